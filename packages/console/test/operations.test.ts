import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const consoleRoot = fileURLToPath(new URL('..', import.meta.url));

// The console's operations are typed and checked (`gql-tada check` in `pnpm typecheck`) against these
// types; they must be those of the API's committed schema, or a renamed field would go unnoticed.
it('types its GraphQL operations from the committed packages/api/schema.graphql', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'zi-graphql-env-'));
  try {
    const generated = join(scratch, 'graphql-env.d.ts');
    execFileSync(
      join(consoleRoot, 'node_modules/.bin/gql-tada'),
      ['generate', 'output', '--output', generated],
      {
        cwd: consoleRoot,
        stdio: 'pipe',
      },
    );
    expect(
      readFileSync(generated, 'utf8'),
      'src/graphql-env.d.ts is stale: run `pnpm --filter @zi/console schema:types`',
    ).toBe(readFileSync(join(consoleRoot, 'src/graphql-env.d.ts'), 'utf8'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
