import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PrismaClient } from '../generated/client/client.ts';
import { type Database, type OpenDatabaseOptions, openDatabase } from './database.ts';

/**
 * The server the tests run against: `TEST_DATABASE_URL` names a PostgreSQL server (any database on
 * it; each test gets a fresh database there), otherwise every test gets its own in-memory PGlite.
 */
export const testServerUrl = process.env.TEST_DATABASE_URL;

export interface TestDatabase extends Database {
  /** Closes the connections and drops the database. */
  dispose(): Promise<void>;
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database of the kind under test, or `undefined` for PGlite, which starts empty. */
export async function createEmptyDatabase(): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  if (!testServerUrl) return { url: undefined, drop: async () => {} };
  const name = `zi_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export async function openTestDatabase(
  options: Pick<OpenDatabaseOptions, 'seed' | 'logQueries'> = {},
): Promise<TestDatabase> {
  const empty = await createEmptyDatabase();
  const database = await openDatabase({
    ...options,
    url: empty.url,
    dataDir: null,
    seed: options.seed ?? 'never',
  });
  return Object.assign(database, {
    async dispose() {
      await database.close();
      await empty.drop();
    },
  });
}

/**
 * Collects the SQL statements a database opened with `logQueries` sends, for N+1 guards. Parameter
 * lists are folded (`IN ($?)`), so a snapshot changes with the statements, not with the row counts.
 */
export function recordQueries(database: Database) {
  const statements: string[] = [];
  (database.prisma as unknown as PrismaClient<'query'>).$on('query', (event) =>
    statements.push(event.query.replace(/\$\d+(,\$\d+)*/g, '$?')),
  );
  return {
    statements,
    /** Runs `work` and returns the statements it sent. */
    async during(work: () => Promise<unknown>) {
      statements.length = 0;
      await work();
      return [...statements];
    },
  };
}
