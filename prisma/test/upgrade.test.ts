import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationAdapterFactory, openDatabase } from '../src/database.ts';
import { startEmbeddedPostgres } from '../src/pglite.ts';
import { applyMigrationsWith, readMigrationList } from '../src/schema-engine.ts';
import { storedScoresVersionKey } from '../src/scores.ts';
import { createEmptyDatabase, openTestDatabase, type TestDatabase, testServerUrl } from '../src/testing.ts';

type Tables = Record<string, string[]>;

/** The tables of a database and their columns (less Prisma's own bookkeeping). */
async function tablesOf(client: pg.Client): Promise<Tables> {
  const { rows } = await client.query<{ table: string; column: string }>(`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`);
  const tables: Tables = {};
  for (const row of rows) tables[row.table] = [...(tables[row.table] ?? []), row.column];
  return tables;
}

/** Rows of `table` as JSON, those columns only (less `updatedAt`, which a refresh touches), in a fixed order. */
async function rowsOf(client: pg.Client, table: string, columns: string[]) {
  const list = columns
    .filter((column) => column !== 'updatedAt')
    .map((column) => `"${column}"`)
    .join(', ');
  const { rows } = await client.query<{ rows: unknown[] | null }>(
    `SELECT json_agg(t ORDER BY t::text) AS rows FROM (SELECT ${list} FROM "${table}") t`,
  );
  return rows[0]?.rows ?? [];
}

/**
 * An upgrade keeps every row: a database on the previous release's schema (the history less its newest
 * migration), holding the whole demo data set, is migrated to the head by an ordinary start.
 */
describe(`upgrading a ${testServerUrl ? 'PostgreSQL' : 'PGlite'} database from the previous release`, () => {
  let source: TestDatabase;
  let old: { url: string; drop(): Promise<void> };
  let sourceClient: pg.Client;
  let oldTables: Tables;

  beforeAll(async () => {
    source = await openTestDatabase({ seed: 'always' });
    if (testServerUrl) {
      const empty = await createEmptyDatabase();
      old = { url: empty.url as string, drop: empty.drop };
    } else {
      const embedded = await startEmbeddedPostgres();
      old = { url: embedded.url, drop: embedded.stop };
    }
    const { migrationDirectories } = await readMigrationList();
    const { factory, dispose } = migrationAdapterFactory(old.url);
    try {
      await applyMigrationsWith(factory, migrationDirectories.length - 1);
    } finally {
      await dispose();
    }
    sourceClient = new pg.Client({ connectionString: source.url });
    await sourceClient.connect();
    const target = new pg.Client({ connectionString: old.url });
    await target.connect();
    try {
      oldTables = await tablesOf(target);
      const sourceTables = await tablesOf(sourceClient);
      // The demo data, as the previous release would have held it: the columns both schemas have. What only
      // the previous release had (the newest migration drops it) stays empty, its NOT NULL relaxed for that.
      await target.query('SET session_replication_role = replica');
      for (const [table, columns] of Object.entries(oldTables)) {
        const common = columns.filter((column) => sourceTables[table]?.includes(column));
        if (!common.length) continue;
        for (const column of columns.filter((each) => !common.includes(each)))
          await target.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" DROP NOT NULL`);
        const list = common.map((column) => `"${column}"`).join(', ');
        const {
          rows: [{ rows }],
        } = await sourceClient.query(
          `SELECT coalesce(json_agg(t), '[]') AS rows FROM (SELECT ${list} FROM "${table}") t`,
        );
        await target.query(
          `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
          [JSON.stringify(rows)],
        );
        const { rows: serial } = await target
          .query<{ sequence: string | null }>(`SELECT pg_get_serial_sequence('"${table}"', 'id') AS sequence`)
          .catch(() => ({ rows: [] as { sequence: string | null }[] }));
        const sequence = serial[0]?.sequence;
        if (sequence) await target.query(`SELECT setval($1, (SELECT max(id) FROM "${table}"))`, [sequence]);
      }
      // The previous release kept no stored-score version: the start after the upgrade scores everything again.
      await target.query(`DELETE FROM "Setting" WHERE key = $1`, [storedScoresVersionKey]);
    } finally {
      await target.end();
    }
  }, 120_000);
  afterAll(async () => {
    await sourceClient?.end();
    await source?.dispose();
    await old?.drop();
  });

  it('applies the newest migration on start and loses no row or value', async () => {
    const upgraded = await openDatabase({ url: old.url, seed: 'never' });
    const client = new pg.Client({ connectionString: old.url });
    await client.connect();
    try {
      const { migrationDirectories } = await readMigrationList();
      expect(upgraded.appliedMigrations).toEqual([migrationDirectories.at(-1)?.path]);
      const lost: string[] = [];
      const head = await tablesOf(client);
      // What the newest migration drops on purpose (a table or column nothing read) is not looked for.
      for (const [table, all] of Object.entries(oldTables)) {
        const columns = all.filter((column) => head[table]?.includes(column));
        if (!columns.length) continue;
        const before = await rowsOf(sourceClient, table, columns);
        const after = await rowsOf(client, table, columns);
        if (JSON.stringify(after) !== JSON.stringify(before))
          lost.push(`${table}: ${before.length} rows before, ${after.length} after, or values changed`);
      }
      expect(lost).toEqual([]);
      expect(Object.keys(oldTables).length).toBeGreaterThan(15);
      // What the newest schema adds is filled in as the product computes it: cut-offs, counting layers,
      // verdicts and the decisions of decided evaluations, as a database made by this release has them.
      for (const table of ['Evaluation', 'LayerScore', 'Decision'])
        expect(await rowsOf(client, table, head[table] ?? [])).toEqual(
          await rowsOf(sourceClient, table, head[table] ?? []),
        );
    } finally {
      await client.end();
      await upgraded.prisma.$disconnect();
    }
  });
});
