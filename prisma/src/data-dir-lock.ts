import {
  closeSync,
  fstatSync,
  linkSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseError } from './errors.ts';
import { runAtExit } from './exit-tasks.ts';

/** Inside the data directory, like PostgreSQL's postmaster.pid: `<pid>\n<hostname>\n`. */
export const lockFileName = 'zi-workbench.lock';

interface Owner {
  pid: number;
  host: string;
}

const lockedByThisProcess = new Set<string>();

function errorCode(error: unknown) {
  return (error as NodeJS.ErrnoException).code;
}

function createExclusively(lockPath: string): number | undefined {
  try {
    return openSync(lockPath, 'wx', 0o600);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return undefined;
    throw error;
  }
}

/** The lock file as found, held open so its inode cannot be reused while we look at it. */
function openExisting(lockPath: string): { fd: number; inode: number; owner: Owner | undefined } | undefined {
  let fd: number;
  try {
    fd = openSync(lockPath, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const [pid, host, rest] = readFileSync(fd, 'utf8').split('\n');
    const complete = rest === '' && Number.isInteger(Number(pid)) && Number(pid) > 0 && Boolean(host);
    return {
      fd,
      inode: fstatSync(fd).ino,
      owner: complete ? { pid: Number(pid), host: host ?? '' } : undefined,
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

function isRunning(owner: Owner) {
  // A process on another host (a shared folder) cannot be asked; our own pid is a leftover of an earlier
  // process that had it (a restarted container), since this process's own locks are known.
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Removes the stale lock file `inode` if it is still in place. It is renamed aside first, atomically,
 * and only deleted if it is the stale one: if another process took the lock over in between, what we
 * moved is its fresh lock, which goes back under its name.
 */
function removeStale(lockPath: string, inode: number) {
  const aside = `${lockPath}.stale-${process.pid}`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    if (statSync(aside).ino !== inode) linkSync(aside, lockPath);
  } finally {
    unlinkSync(aside);
  }
}

function describeOwner(dataDir: string, lockPath: string, owner: Owner) {
  const inUse = `the embedded database in ${dataDir} is in use by another ZI Workbench process`;
  if (owner.host === hostname())
    return `${inUse} (pid ${owner.pid}); stop it first or set ZI_DATA_DIR to another folder`;
  return `${inUse} (pid ${owner.pid} on ${owner.host}); stop it first (or delete ${lockPath} if it is gone) or set ZI_DATA_DIR to another folder`;
}

/**
 * Takes the data directory for this process, as PostgreSQL's postmaster.pid does: two processes on one
 * PGlite directory would each cache its pages and overwrite each other's writes. A lock left by a
 * process that no longer runs (killed, crashed) is taken over. Returns the release, which also runs at
 * exit.
 *
 * What remains racy: three processes starting within microseconds of one another on a stale lock (the
 * second moving the first's fresh lock aside while the third creates its own before it is put back), and
 * a stale lock whose pid now belongs to an unrelated process, which reads as in use.
 */
export async function lockDataDir(dataDir: string): Promise<() => void> {
  // The real path: the same folder named another way is still the same database.
  const lockPath = join(realpathSync(dataDir), lockFileName);
  if (lockedByThisProcess.has(lockPath))
    throw new DatabaseError(`the embedded database in ${dataDir} is already open in this process`);
  try {
    for (let attempt = 1; attempt <= 20; attempt++) {
      const fd = createExclusively(lockPath);
      if (fd !== undefined) return hold(lockPath, fd);
      const found = openExisting(lockPath);
      if (!found) continue;
      try {
        if (found.owner && isRunning(found.owner))
          throw new DatabaseError(describeOwner(dataDir, lockPath, found.owner));
        // An incomplete file is a lock being written right now; one still incomplete a second later was
        // left by a process that died between creating and writing it.
        if (found.owner || attempt > 10) removeStale(lockPath, found.inode);
        else await sleep(100);
      } finally {
        closeSync(found.fd);
      }
    }
    throw new Error(`${lockPath} keeps changing`);
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    throw new DatabaseError(`cannot lock the embedded database in ${dataDir}: ${(error as Error).message}`);
  }
}

function hold(lockPath: string, fd: number): () => void {
  let inode: number;
  try {
    writeSync(fd, `${process.pid}\n${hostname()}\n`);
    inode = fstatSync(fd).ino;
  } catch (error) {
    unlinkSync(lockPath);
    throw error;
  } finally {
    closeSync(fd);
  }
  lockedByThisProcess.add(lockPath);
  return runAtExit(() => {
    lockedByThisProcess.delete(lockPath);
    // Only our own file: after a wrongful takeover the lock in place is someone else's.
    try {
      if (statSync(lockPath).ino === inode) unlinkSync(lockPath);
    } catch {
      // Already gone.
    }
  });
}
