import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DatabaseError, openDatabase, parseDatabaseUrl } from '../src/database.ts';

const cli = new URL('../src/cli.ts', import.meta.url).pathname;

function runCli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('database selection', () => {
  it.each([
    ['not a url', /is not a URL/],
    ['mysql://root@localhost/zi', /must start with postgresql:\/\/ \(got mysql:\/\/\)/],
    ['postgresql://localhost', /names no database/],
  ])('rejects DATABASE_URL=%s with a specific message', (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(DatabaseError);
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });

  it('names the server it cannot reach', async () => {
    await expect(openDatabase({ url: 'postgresql://postgres@127.0.0.1:1/zi' })).rejects.toThrow(
      /^cannot reach PostgreSQL at 127\.0\.0\.1:1\/zi: .*ECONNREFUSED/,
    );
  });

  it.each([
    ['a malformed URL', 'postgres//nohost', /^error: DATABASE_URL is not a URL/],
    [
      'an unreachable server',
      'postgresql://postgres@127.0.0.1:1/zi',
      /^error: cannot reach PostgreSQL at 127\.0\.0\.1:1\/zi/,
    ],
  ])('the migrate command reports %s in one line and exits non-zero', (_case, url, message) => {
    const result = runCli(['migrate'], { DATABASE_URL: url });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
