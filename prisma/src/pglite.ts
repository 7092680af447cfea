import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { runAtExit } from './exit-tasks.ts';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PGlite served over the PostgreSQL wire protocol on a Unix socket, so Prisma reaches it through the
 * same `pg` adapter as a real server. `dataDir` undefined keeps the database in memory.
 *
 * PGlite lets in any user with any password, so nothing listens on TCP: the socket lives in a fresh
 * directory only this user may enter (mkdtemp creates it 0700), removed on stop or exit.
 *
 * PGlite is one session: the socket server multiplexes connections, but interleaved extended-protocol
 * messages from two connections would share unnamed statements, so clients must use one connection.
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  const socketDir = mkdtempSync(join(tmpdir(), 'zi-pglite-'));
  const removeSocketDir = runAtExit(() => rmSync(socketDir, { recursive: true, force: true }));
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  const stop = async () => {
    await server?.stop();
    await db?.close();
    removeSocketDir();
  };
  try {
    db = await PGlite.create(dataDir);
    server = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432'), maxConnections: 4 });
    await server.start();
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
  // pg reads a directory in `host` as the place of the server's socket `.s.PGSQL.<port>`.
  return { url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`, stop };
}
