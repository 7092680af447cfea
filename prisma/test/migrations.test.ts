import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migrationAdapterFactory } from '../src/database.ts';
import { startEmbeddedPostgres } from '../src/pglite.ts';
import { diffMigrationsToSchema, readMigrationList } from '../src/schema-engine.ts';
import { openTestDatabase, type TestDatabase, testServerUrl } from '../src/testing.ts';

describe(`migrations on ${testServerUrl ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.dispose());

  it('applies the whole history to an empty database and records it in _prisma_migrations', async () => {
    const { migrationDirectories } = await readMigrationList();
    expect(database.appliedMigrations).toEqual(migrationDirectories.map((directory) => directory.path));
    const rows = await database.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(database.appliedMigrations);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it('re-applying is a no-op', async () => {
    expect(await migrate(database.url)).toEqual([]);
    const applied = await database.prisma.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM _prisma_migrations`;
    expect(applied).toHaveLength(database.appliedMigrations.length);
  });

  it('creates every model of schema.prisma', async () => {
    const schema = await readFile(new URL('../schema.prisma', import.meta.url), 'utf8');
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]);
    const tables = await database.prisma.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
    expect(tables.map((table) => table.tablename)).toEqual(expect.arrayContaining(models));
  });
});

describe('the migration history', () => {
  it('matches schema.prisma: `pnpm db:migration` would write nothing', async () => {
    const main = await startEmbeddedPostgres();
    const shadow = await startEmbeddedPostgres();
    const { factory, dispose } = migrationAdapterFactory(main.url, shadow.url);
    try {
      const sql = await diffMigrationsToSchema(factory);
      expect(sql.replace(/^--.*$/gm, '').trim()).toBe('');
    } finally {
      await dispose();
      await Promise.all([main.stop(), shadow.stop()]);
    }
  });
});
