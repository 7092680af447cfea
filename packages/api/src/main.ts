import { DatabaseError, openDatabase } from '@zi/db';
import { createServer } from './server.ts';

const port = Number(process.env.PORT ?? 4000);
const database = await openDatabase({
  url: process.env.DATABASE_URL,
  seed: process.env.ZI_SEED ? 'always' : 'auto',
}).catch((error: unknown) => {
  console.error(
    `error: ${error instanceof DatabaseError ? error.message : (error as Error).message.split('\n')[0]}`,
  );
  process.exit(1);
});
const server = createServer(database).listen(port, () =>
  console.log(`ZI Workbench on http://localhost:${port} (GraphQL at /graphql, ${database.kind} database)`),
);
// The embedded database must be closed cleanly to keep its files consistent.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => database.close().then(() => process.exit(0))));
}
