// `pnpm start` builds the console only when its sources changed since the last build: a hash of everything
// the bundle is made of (the console's and the schema's sources, the Vite config, the lockfile) is kept
// beside the build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const inputs = [
  'src',
  'index.html',
  'vite.config.ts',
  'package.json',
  '../schema/src',
  '../../pnpm-lock.yaml',
];
const marker = join(root, 'dist', '.sources');

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

const hash = createHash('sha256');
for (const file of inputs.flatMap((input) => files(join(root, input)))) {
  hash.update(file.slice(root.length)).update(readFileSync(file));
}
const sources = hash.digest('hex');

if (existsSync(marker) && readFileSync(marker, 'utf8') === sources) {
  console.log('console: unchanged since its last build');
} else {
  await build({ root, logLevel: 'warn' });
  writeFileSync(marker, sources);
  console.log('console: built');
}
