import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir, lockFileName } from './data-dir-lock.ts';
import { DatabaseError } from './errors.ts';

/** Which database a backup or restore works on: PostgreSQL at `url`, else the embedded one in `dataDir`. */
export type BackupTarget = { url: string } | { dataDir: string };

/** The first bytes of each kind of backup: PGlite's gzipped data directory, pg_dump's custom format. */
const signatures = { pglite: Buffer.from([0x1f, 0x8b]), postgresql: Buffer.from('PGDMP') };

function startsWith(file: string, signature: Buffer) {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(signature.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(signature);
  } finally {
    closeSync(fd);
  }
}

/** Runs a PostgreSQL client tool, or says which package brings it. */
function postgresTool(tool: 'pg_dump' | 'pg_restore', args: string[]) {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    throw new DatabaseError(
      `${tool} is not installed: install PostgreSQL's client tools (Debian: postgresql-client)`,
    );
  if (result.status !== 0)
    throw new DatabaseError(
      `${tool} failed: ${(result.stderr || String(result.error)).trim().split('\n')[0]}`,
    );
}

/**
 * Writes a backup of the database to `file`: pg_dump's custom format for PostgreSQL, the whole data
 * directory (gzipped tar) for the embedded database, which must not be open meanwhile (its lock says so).
 */
export async function backupDatabase(target: BackupTarget, file: string): Promise<void> {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  if ('url' in target) return postgresTool('pg_dump', ['--format=custom', `--file=${file}`, target.url]);
  const release = await lockDataDir(target.dataDir);
  try {
    const db = await PGlite.create(target.dataDir);
    try {
      writeFileSync(file, Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

/**
 * Replaces the database with the backup in `file`. A file that is not a backup of this kind of database is
 * refused before anything changes. The embedded database must not be open (its lock says so); its current
 * files are kept beside it in `<dataDir>.before-restore-<time>` until the operator deletes them.
 */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<{ keptAt?: string }> {
  const kind = 'url' in target ? 'postgresql' : 'pglite';
  if (!startsWith(file, signatures[kind]))
    throw new DatabaseError(
      `${file} is not a ZI Workbench backup of ${kind === 'pglite' ? 'the embedded database' : 'PostgreSQL'}`,
    );
  if ('url' in target) {
    postgresTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      `--dbname=${target.url}`,
      file,
    ]);
    return {};
  }
  const release = await lockDataDir(target.dataDir);
  const staging = mkdtempSync(`${resolve(target.dataDir)}.restoring-`);
  try {
    const db = await PGlite.create(staging, { loadDataDir: new Blob([readFileSync(file)]) }).catch(() => {
      throw new DatabaseError(`${file} is not a ZI Workbench backup: its database does not open`);
    });
    try {
      await db.query('SELECT count(*) FROM "_prisma_migrations"').catch(() => {
        throw new DatabaseError(`${file} is not a ZI Workbench backup: it holds no ZI Workbench database`);
      });
    } finally {
      await db.close();
    }
    const keptAt = `${resolve(target.dataDir)}.before-restore-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
    mkdirSync(keptAt);
    // The lock file stays where it is, held, until the restored files are in place.
    for (const entry of readdirSync(target.dataDir))
      if (entry !== lockFileName) renameSync(join(target.dataDir, entry), join(keptAt, entry));
    for (const entry of readdirSync(staging))
      if (entry !== lockFileName) renameSync(join(staging, entry), join(target.dataDir, entry));
    return { keptAt };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}
