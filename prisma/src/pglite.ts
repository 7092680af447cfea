import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PGlite served over the PostgreSQL wire protocol on a loopback port, so Prisma reaches it through
 * the same `pg` adapter as a real server. `dataDir` undefined keeps the database in memory.
 *
 * PGlite is one session: the socket server multiplexes connections, but interleaved extended-protocol
 * messages from two connections would share unnamed statements, so clients must use one connection.
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
