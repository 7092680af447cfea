// The product as operators run it: real server processes on the embedded database, started, killed and
// started again on one data directory.
import { type ChildProcess, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const startupLine = /^ZI Workbench on (http:\/\/\S+) \(GraphQL at \/graphql, pglite database\)$/m;
const seedingLine = /^seeding the database with demo data/m;
const seededLine = /^seeded the database$/m;
/** An address of this machine other than loopback, to show what the server does not answer on. */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

let scratch = '';
const running = new Set<ChildProcess>();
let dataDirs = 0;
const newDataDirPath = () => join(scratch, `data-${++dataDirs}`);

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '0.0.0.0', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function launch(dataDir: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      ...process.env,
      ZI_DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: '',
      HOST: '',
      ZI_SEED: '',
      // The socket directory too: a killed server cannot remove its own.
      TMPDIR: join(scratch, 'tmp'),
      ...env,
    },
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  /** Resolves when stdout matches `pattern`; fails when the process exits first. */
  async function printed(pattern: RegExp, timeoutMs = 90_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(stdout);
      if (match) return match;
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`the server exited (${child.exitCode ?? child.signalCode}): ${stdout}${stderr}`);
      if (Date.now() > deadline) throw new Error(`the server did not print ${pattern}: ${stdout}${stderr}`);
      await sleep(25);
    }
  }
  return {
    child,
    port,
    exited,
    printed,
    output: () => ({ stdout, stderr }),
    /** The origin from the startup line, once the server answers. */
    ready: async () => (await printed(startupLine))[1] ?? '',
    async stop() {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function graphql<T>(origin: string, query: string, token?: string) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string }[] };
}

async function signInAsAdmin(origin: string) {
  const { data } = await graphql<{ login: { token: string } }>(
    origin,
    'mutation { login(email: "admin@zi.go.id", password: "admin-demo") { token } }',
  );
  return data?.login.token;
}

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('server processes on the embedded database', () => {
  /** A data directory created, migrated and seeded by a first start and closed cleanly; tests copy it. */
  let seededDataDir = '';
  const copyOfSeeded = () => {
    const dataDir = newDataDirPath();
    cpSync(seededDataDir, dataDir, { recursive: true });
    return dataDir;
  };

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'zi-process-test-'));
    mkdirSync(join(scratch, 'tmp'));
    seededDataDir = newDataDirPath();
    const first = await launch(seededDataDir);
    await first.ready();
    expect(first.output().stdout).toMatch(seedingLine);
    expect(first.output().stdout).toMatch(seededLine);
    await first.stop();
  }, 180_000);

  afterAll(async () => {
    await Promise.all(
      [...running].map((child) => {
        child.kill('SIGKILL');
        return new Promise((resolve) => child.once('exit', resolve));
      }),
    );
    rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses a second server on the same data directory in one line while the first keeps serving', async () => {
    const dataDir = copyOfSeeded();
    const first = await launch(dataDir);
    const origin = await first.ready();
    const second = await launch(dataDir);
    const secondStarted = second.ready().then(
      () => 'started',
      () => 'not started',
    );
    expect(await Promise.race([second.exited, secondStarted])).toBe(1);
    expect(second.output().stderr).toBe(
      `error: the embedded database in ${dataDir} is in use by another ZI Workbench process (pid ${first.child.pid}); stop it first or set ZI_DATA_DIR to another folder\n`,
    );
    expect(await graphql(origin, '{ health { ok } }')).toEqual({ data: { health: { ok: true } } });
    await first.stop();
  }, 120_000);

  it('adds demo data only when asked by name: any other ZI_SEED stops the start in one line', async () => {
    const refused = await launch(copyOfSeeded(), { ZI_SEED: '1' });
    expect(await refused.exited).toBe(1);
    expect(refused.output().stderr).toBe(
      'error: ZI_SEED=1 is not understood; ZI_SEED=demo adds the demo data\n',
    );
  });

  it('starts on the data directory of a killed server, with what it wrote', async () => {
    const dataDir = copyOfSeeded();
    const first = await launch(dataDir);
    const origin = await first.ready();
    const token = await signInAsAdmin(origin);
    const created = await graphql<{ createAgency: { id: number } }>(
      origin,
      'mutation { createAgency(input: { code: "SEBELUM-KILL", kind: LEMBAGA, name: "Dibuat sebelum SIGKILL" }) { id } }',
      token,
    );
    expect(created.errors).toBeUndefined();
    await first.kill();
    expect(readFileSync(join(dataDir, 'zi-workbench.lock'), 'utf8')).toMatch(
      new RegExp(`^${first.child.pid}\n`),
    );

    const next = await launch(dataDir);
    const nextOrigin = await next.ready();
    const agency = await graphql<{ agency: { code: string } }>(
      nextOrigin,
      `{ agency(id: ${created.data?.createAgency.id}) { code } }`,
      token,
    );
    expect(agency).toEqual({ data: { agency: { code: 'SEBELUM-KILL' } } });
    await next.stop();
    expect(existsSync(join(dataDir, 'zi-workbench.lock'))).toBe(false);
  }, 120_000);

  it('seeds on the next start when the first start was killed while seeding', async () => {
    const dataDir = newDataDirPath();
    const first = await launch(dataDir);
    await first.printed(seedingLine);
    // Into the seed's transaction (the passwords are hashed before it, in a fraction of a second).
    await sleep(1000);
    expect(first.output().stdout, 'the seed finished before the kill').not.toMatch(seededLine);
    await first.kill();

    const next = await launch(dataDir);
    const origin = await next.ready();
    expect(next.output().stdout).toMatch(seedingLine);
    expect(next.output().stdout).toMatch(seededLine);
    expect(await signInAsAdmin(origin)).toMatch(/\S{20,}/);
    await next.stop();
  }, 180_000);

  it('leaves no row for an upload cut off by a killed server, and sweeps its half-written file after a restart', async () => {
    const dataDir = copyOfSeeded();
    const filesDir = join(scratch, `files-${dataDirs}`);
    const first = await launch(dataDir, { ZI_FILES_DIR: filesDir });
    const origin = await first.ready();
    const token = await signInAsAdmin(origin);
    const { data } = await graphql<{ evaluations: { nodes: { id: number }[] } }>(
      origin,
      '{ evaluations(first: 1, filter: { year: 2025 }) { nodes { id } } }',
      token,
    );
    const evaluationId = data?.evaluations.nodes[0]?.id;
    const query = `evaluationId=${evaluationId}&layer=UNIT&item=P.1.i.a&title=Setengah`;
    const upload = httpRequest(`${origin}/files/evidence?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-length': String(4 * 1024 * 1024) },
    });
    upload.on('error', () => undefined);
    upload.write(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(512 * 1024, 32)]));
    const partial = async () => {
      const found = existsSync(filesDir) ? readdirSync(filesDir, { recursive: true }).map(String) : [];
      return found.filter((name) => name.endsWith('.partial'));
    };
    for (let waited = 0; !(await partial()).length && waited < 100; waited++) await sleep(50);
    const [halfWritten] = await partial();
    expect(halfWritten, 'the upload reached storage before the kill').toBeDefined();
    await first.kill();
    upload.destroy();

    // An hour on, as the sweep sees it: the next start sweeps what no row names.
    const anHourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(filesDir, halfWritten ?? ''), anHourAgo, anHourAgo);
    const next = await launch(dataDir, { ZI_FILES_DIR: filesDir });
    const nextOrigin = await next.ready();
    const files = await graphql<{ evaluation: { evidenceFiles: unknown[] } }>(
      nextOrigin,
      `{ evaluation(id: ${evaluationId}) { evidenceFiles(layer: UNIT) { id } } }`,
      token,
    );
    expect(files).toEqual({ data: { evaluation: { evidenceFiles: [] } } });
    for (let waited = 0; (await partial()).length && waited < 100; waited++) await sleep(50);
    expect(await partial()).toEqual([]);
    await next.stop();
  }, 120_000);

  it('listens on 127.0.0.1 by default', async () => {
    const server = await launch(copyOfSeeded());
    expect(await server.ready()).toBe(`http://127.0.0.1:${server.port}`);
    expect(await graphql(`http://127.0.0.1:${server.port}`, '{ health { ok } }')).toEqual({
      data: { health: { ok: true } },
    });
    if (externalAddress) {
      await expect(fetch(`http://${externalAddress}:${server.port}/graphql`)).rejects.toMatchObject({
        cause: { code: 'ECONNREFUSED' },
      });
    }
    await server.stop();
  }, 120_000);

  it.skipIf(!externalAddress)(
    'listens on HOST when set',
    async () => {
      const server = await launch(copyOfSeeded(), { HOST: externalAddress ?? '' });
      const origin = await server.ready();
      expect(origin).toBe(`http://${externalAddress}:${server.port}`);
      expect(await graphql(origin, '{ health { ok } }')).toEqual({ data: { health: { ok: true } } });
      await expect(fetch(`http://127.0.0.1:${server.port}/graphql`)).rejects.toMatchObject({
        cause: { code: 'ECONNREFUSED' },
      });
      await server.stop();
    },
    120_000,
  );
});
