import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BackupTarget, backupDatabase, restoreDatabase } from '../src/backup.ts';
import { type Database, openDatabase } from '../src/database.ts';
import { createEmptyDatabase, testServerUrl } from '../src/testing.ts';

const cli = new URL('../src/cli.ts', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'zi-backup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every row of every table, in a fixed order: what a restore must give back. */
async function everyTable(database: Database) {
  const tables = await database.prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const contents: Record<string, unknown[]> = {};
  for (const { name } of tables)
    contents[name] = await database.prisma.$queryRawUnsafe(`SELECT * FROM "${name}" ORDER BY 1`);
  return JSON.parse(
    JSON.stringify(contents, (_key, value) => (typeof value === 'bigint' ? Number(value) : value)),
  );
}

/** Seeds, backs up, changes, restores: every table is as it was backed up. */
async function roundTrip(target: BackupTarget, open: (seed: 'always' | 'never') => Promise<Database>) {
  const seeded = await open('always');
  const before = await everyTable(seeded);
  expect(before.Evaluation.length).toBeGreaterThan(10);
  await seeded.close();
  const file = join(scratch, `${'url' in target ? 'pg' : 'pglite'}.backup`);
  await backupDatabase(target, file);

  const changed = await open('never');
  await changed.prisma.answer.deleteMany({ where: { layer: 'TPN' } });
  await changed.prisma.unit.updateMany({ data: { name: 'Diubah setelah cadangan' } });
  expect(await everyTable(changed)).not.toEqual(before);
  await changed.close();

  await restoreDatabase(target, file);
  const restored = await open('never');
  expect(await everyTable(restored)).toEqual(before);
  await restored.close();
  return file;
}

describe('backups of the embedded database', () => {
  const dataDir = join(scratch, 'pglite');
  const open = (seed: 'always' | 'never' = 'never') => openDatabase({ dataDir, seed });

  it('restore every table as it was backed up', async () => {
    await roundTrip({ dataDir }, open);
  });

  it('refuse a file that is not a backup, and a database that is open, changing nothing', async () => {
    const notABackup = join(scratch, 'catatan.txt');
    writeFileSync(notABackup, 'bukan cadangan');
    await expect(restoreDatabase({ dataDir }, notABackup)).rejects.toThrow(/is not a ZI Workbench backup/);
    const gzipOfSomethingElse = join(scratch, 'lain.gz');
    writeFileSync(gzipOfSomethingElse, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    await expect(restoreDatabase({ dataDir }, gzipOfSomethingElse)).rejects.toThrow(
      /is not a ZI Workbench backup/,
    );

    // The command says so in one line and exits non-zero.
    const command = spawnSync(process.execPath, ['--import', 'tsx', cli, 'restore', notABackup], {
      env: { ...process.env, ZI_DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(command.status).toBe(1);
    expect(command.stderr.trim()).toMatch(
      /^error: .*catatan\.txt is not a ZI Workbench backup of the embedded database$/,
    );

    const running = await open();
    try {
      const before = await everyTable(running);
      const file = join(scratch, 'pglite.backup');
      await expect(restoreDatabase({ dataDir }, file)).rejects.toThrow(/already open in this process/);
      await expect(backupDatabase({ dataDir }, join(scratch, 'lagi.backup'))).rejects.toThrow(/already open/);
      expect(await everyTable(running)).toEqual(before);
    } finally {
      await running.close();
    }
  });
});

describe.skipIf(!testServerUrl)('backups of PostgreSQL', () => {
  it('restore every table as it was backed up, through pg_dump and pg_restore', async () => {
    const empty = await createEmptyDatabase();
    try {
      const url = empty.url as string;
      const file = await roundTrip({ url }, (seed) => openDatabase({ url, seed }));
      await expect(restoreDatabase({ dataDir: join(scratch, 'pglite') }, file)).rejects.toThrow(
        /is not a ZI Workbench backup of the embedded database/,
      );
    } finally {
      await empty.drop();
    }
  });
});
