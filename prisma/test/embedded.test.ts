import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFileName } from '../src/data-dir-lock.ts';
import { DatabaseError, openDatabase } from '../src/database.ts';
import { seedMarkerKey } from '../src/seed/index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'zi-embedded-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let dataDirs = 0;
function freshDataDir() {
  const dir = join(scratch, `data-${++dataDirs}`);
  mkdirSync(dir);
  return dir;
}

/** The TCP sockets this process listens on (Linux): LISTEN rows of /proc/net/tcp{,6} it has a descriptor of. */
function listeningTcpSockets(): string[] {
  const listening = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const row of readFileSync(table, 'utf8').trim().split('\n').slice(1)) {
      const fields = row.trim().split(/\s+/);
      const [state, inode] = [fields[3], fields[9]];
      if (state === '0A' && inode) listening.add(inode);
    }
  }
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))?.[1];
      return inode && listening.has(inode) ? [inode] : [];
    } catch {
      return [];
    }
  });
}

const lockContent = (pid: number, host = hostname()) => `${pid}\n${host}\n`;

/** A pid that was just in use on this host and no longer is. */
function goneProcessId() {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (!pid) throw new Error('could not start a process');
  return pid;
}

/** These concern the embedded database only; the PostgreSQL pass of the tests leaves them out. */
const onPostgreSQL = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(onPostgreSQL)('the embedded database is reached through a private Unix socket only', () => {
  it.each([
    ['in memory', () => null],
    ['in a data directory', freshDataDir],
  ])('%s', async (_case, dataDir) => {
    const listeningBefore = process.platform === 'linux' ? listeningTcpSockets() : [];
    const database = await openDatabase({ dataDir: dataDir(), seed: 'never' });
    const url = new URL(database.url);
    const socketDir = url.searchParams.get('host') ?? '';
    try {
      expect(url.port).toBe('');
      expect(socketDir).toMatch(/^\//);
      expect(statSync(socketDir).mode & 0o777).toBe(0o700);
      expect(lstatSync(join(socketDir, '.s.PGSQL.5432')).isSocket()).toBe(true);
      if (process.platform === 'linux') expect(listeningTcpSockets()).toEqual(listeningBefore);
      expect(await database.prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
    expect(existsSync(socketDir)).toBe(false);
  });
});

describe.skipIf(onPostgreSQL)('the data directory lock', () => {
  it('is held, with our pid and host, while the database is open', async () => {
    const dataDir = freshDataDir();
    const lockPath = join(dataDir, lockFileName);
    const database = await openDatabase({ dataDir, seed: 'never' });
    expect(readFileSync(lockPath, 'utf8')).toBe(lockContent(process.pid));
    expect(statSync(lockPath).mode & 0o777).toBe(0o600);
    await database.close();
    expect(existsSync(lockPath)).toBe(false);
  });

  it('refuses a directory a running process holds, in one line, before opening it', async () => {
    const dataDir = freshDataDir();
    const runningPid = process.ppid;
    writeFileSync(join(dataDir, lockFileName), lockContent(runningPid));
    const opening = openDatabase({ dataDir, seed: 'never' });
    await expect(opening).rejects.toThrow(DatabaseError);
    await expect(opening).rejects.toThrow(
      `the embedded database in ${dataDir} is in use by another ZI Workbench process (pid ${runningPid}); stop it first or set ZI_DATA_DIR to another folder`,
    );
    expect(readFileSync(join(dataDir, lockFileName), 'utf8')).toBe(lockContent(runningPid));
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(false);
  });

  it('refuses a directory already open in this process', async () => {
    const dataDir = freshDataDir();
    const database = await openDatabase({ dataDir, seed: 'never' });
    try {
      await expect(openDatabase({ dataDir, seed: 'never' })).rejects.toThrow(/already open in this process/);
    } finally {
      await database.close();
    }
  });

  it('refuses a lock taken on another host, naming the file to delete if that process is gone', async () => {
    const dataDir = freshDataDir();
    writeFileSync(join(dataDir, lockFileName), lockContent(4242, 'elsewhere.example'));
    await expect(openDatabase({ dataDir, seed: 'never' })).rejects.toThrow(
      `(pid 4242 on elsewhere.example); stop it first (or delete ${join(dataDir, lockFileName)} if it is gone)`,
    );
  });

  it.each([
    ['a process that is gone (killed)', () => lockContent(goneProcessId())],
    ['an earlier process with our pid (a restarted container)', () => lockContent(process.pid)],
    ['a process that died while writing it', () => ''],
  ])('takes over a lock left by %s', async (_case, staleContent) => {
    const dataDir = freshDataDir();
    const lockPath = join(dataDir, lockFileName);
    writeFileSync(lockPath, staleContent());
    const database = await openDatabase({ dataDir, seed: 'never' });
    expect(readFileSync(lockPath, 'utf8')).toBe(lockContent(process.pid));
    await database.close();
    expect(readdirSync(dataDir).filter((name) => name.startsWith(lockFileName))).toEqual([]);
  });

  it('lets exactly one of several processes racing for a stale lock have it', async () => {
    const dataDir = freshDataDir();
    writeFileSync(join(dataDir, lockFileName), lockContent(goneProcessId()));
    const lockModule = new URL('../src/data-dir-lock.ts', import.meta.url).href;
    const script = `import { lockDataDir } from ${JSON.stringify(lockModule)};
      const locked = await lockDataDir(${JSON.stringify(dataDir)}).then(() => true, () => false);
      console.log(locked ? 'locked' : 'refused');
      setTimeout(() => process.exit(0), 3000);`;
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
        });
        return new Promise<string>((resolve) => child.once('exit', () => resolve(output.trim())));
      }),
    );
    expect(outcomes.sort()).toEqual(['locked', 'refused', 'refused', 'refused', 'refused', 'refused']);
  });
});

describe.skipIf(onPostgreSQL)('seeding the embedded database', () => {
  it('finishes on the next start when a first start stopped before its seed was committed', async () => {
    const dataDir = freshDataDir();
    // What a first start killed while seeding leaves: migrated, seed transaction rolled back.
    await (await openDatabase({ dataDir, seed: 'never' })).close();

    const phases: string[] = [];
    const next = await openDatabase({ dataDir, onSeed: (phase) => phases.push(phase) });
    try {
      expect(next.seeded).toBe(true);
      expect(phases).toEqual(['start', 'done']);
      expect(await next.prisma.user.findUnique({ where: { email: 'admin@zi.go.id' } })).not.toBeNull();
      expect(await next.prisma.setting.findUnique({ where: { key: seedMarkerKey } })).not.toBeNull();
    } finally {
      await next.close();
    }

    const later = await openDatabase({ dataDir, onSeed: (phase) => phases.push(phase) });
    expect(later.seeded).toBe(false);
    expect(phases).toEqual(['start', 'done']);
    await later.close();
  });

  it('leaves a database seeded before the marker existed as it is', async () => {
    const dataDir = freshDataDir();
    const first = await openDatabase({ dataDir, seed: 'always' });
    await first.prisma.setting.delete({ where: { key: seedMarkerKey } });
    // A row the seed would put back if it ran again.
    const seededSetting = { key: 'tlhp.excludeTidakDapatDitindaklanjuti' };
    await first.prisma.setting.delete({ where: seededSetting });
    await first.close();

    const next = await openDatabase({ dataDir });
    try {
      expect(next.seeded).toBe(false);
      expect(await next.prisma.setting.findUnique({ where: seededSetting })).toBeNull();
    } finally {
      await next.close();
    }
  });
});
