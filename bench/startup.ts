// Start-up time of the product on the embedded database: first start (create, migrate, seed) and
// warm start (open, check migrations), measured from process spawn to the first answered query.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../packages/api/src/main.ts', import.meta.url));
const dataDir = join(mkdtempSync(join(tmpdir(), 'zi-bench-')), 'pglite');
const port = 4600 + Math.floor(Math.random() * 300);

async function answered(): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { ok } }' }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function timeStart(): Promise<{ ms: number; child: ChildProcess }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, PORT: String(port), ZI_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: 'ignore',
  });
  while (!(await answered())) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { ms: performance.now() - started, child };
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const first = await timeStart();
await stop(first.child);
const warm: number[] = [];
for (let run = 0; run < 3; run++) {
  const { ms, child } = await timeStart();
  warm.push(ms);
  await stop(child);
}
rmSync(join(dataDir, '..'), { recursive: true, force: true });
const median = warm.sort((a, b) => a - b)[1] ?? Number.NaN;
console.log(`first start (create + migrate + seed PGlite): ${(first.ms / 1000).toFixed(2)} s`);
console.log(`warm start (median of 3):                     ${(median / 1000).toFixed(2)} s`);
