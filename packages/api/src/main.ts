import type { AddressInfo } from 'node:net';
import { DatabaseError, hasAdministrator, openDatabase } from '@zi/db';
import { jsonLines } from './request-log.ts';
import { createServer } from './server.ts';

const port = Number(process.env.PORT ?? 4000);
// Demo data only when asked by name: a production start never gets the demo accounts by a stray value.
const seedDemo = process.env.ZI_SEED === 'demo';
if (process.env.ZI_SEED && !seedDemo) {
  console.error(`error: ZI_SEED=${process.env.ZI_SEED} is not understood; ZI_SEED=demo adds the demo data`);
  process.exit(1);
}
const database = await openDatabase({
  url: process.env.DATABASE_URL,
  seed: seedDemo ? 'always' : 'auto',
  onSeed: (phase) =>
    console.log(phase === 'start' ? 'seeding the database with demo data…' : 'seeded the database'),
}).catch((error: unknown) => {
  console.error(
    `error: ${error instanceof DatabaseError ? error.message : (error as Error).message.split('\n')[0]}`,
  );
  process.exit(1);
});
// A production database gets no demo accounts: the first administrator is made by hand.
if (!(await hasAdministrator(database.prisma)))
  console.warn(
    'warning: no active administrator, so no one can sign in to manage the product: run ' +
      '`pnpm db:admin --email <address>` (password from ZI_ADMIN_PASSWORD or asked on the terminal)',
  );
// On the embedded database the product is a one-machine install, so loopback only; replicas on PostgreSQL
// sit behind a load balancer and listen on every interface.
const host = process.env.HOST || (database.kind === 'pglite' ? '127.0.0.1' : '0.0.0.0');
// One JSON line per request on standard output, unless ZI_REQUEST_LOG=off.
const server = createServer(database, {
  sweep: true,
  ...(process.env.ZI_REQUEST_LOG === 'off' ? {} : { log: jsonLines }),
});
const failToListen = (error: Error) => {
  console.error(`error: cannot listen on ${host}:${port}: ${error.message}`);
  database.close().finally(() => process.exit(1));
};
server.once('error', failToListen);
server.listen(port, host, () => {
  server.off('error', failToListen);
  const { address, family, port: boundPort } = server.address() as AddressInfo;
  const origin = `http://${family === 'IPv6' ? `[${address}]` : address}:${boundPort}`;
  console.log(`ZI Workbench on ${origin} (GraphQL at /graphql, ${database.kind} database)`);
});
// The embedded database must be closed cleanly to keep its files consistent.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => database.close().then(() => process.exit(0))));
}
