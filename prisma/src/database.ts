import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaClient } from '../generated/client/client.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { DatabaseError } from './errors.ts';
import { installInstruments } from './instruments.ts';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './pglite.ts';
import { applyMigrationsWith, prismaDir, readMigrationList } from './schema-engine.ts';
import { refreshStoredScoresIfStale } from './scores.ts';
import { seed, seedMarkerKey } from './seed/index.ts';

export { DatabaseError };

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  kind: DatabaseKind;
  url: string;
  prisma: PrismaClient;
  appliedMigrations: string[];
  seeded: boolean;
  close(): Promise<void>;
}

export const defaultDataDir = join(prismaDir, '..', 'data', 'pglite');

export function parseDatabaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseError(`DATABASE_URL is not a URL; expected postgresql://user@host:5432/database`);
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new DatabaseError(
      `DATABASE_URL must start with postgresql:// (got ${url.protocol}//); only PostgreSQL is supported`,
    );
  }
  if (!url.hostname)
    throw new DatabaseError('DATABASE_URL has no host; expected postgresql://user@host:5432/database');
  if (url.pathname.length <= 1)
    throw new DatabaseError('DATABASE_URL names no database, e.g. …/zi_workbench');
  return url;
}

function describeServer(url: URL) {
  return `${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** Fails fast with one readable line instead of a driver stack trace. */
export async function assertReachable(rawUrl: string): Promise<void> {
  const url = parseDatabaseUrl(rawUrl);
  const client = new pg.Client({ connectionString: rawUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const reason =
      error instanceof Error ? error.message || (error as { code?: string }).code : String(error);
    throw new DatabaseError(`cannot reach PostgreSQL at ${describeServer(url)}: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

const pgTextOid = 25;
const pgCharOid = 18;

type QueryIO = (query: unknown) => Promise<pg.QueryResult>;

/**
 * One connection for the schema engine, with two fixes to `PrismaPg` that migrations need:
 * scripts go to the server whole (PrismaPg splits them on every semicolon, which breaks function
 * bodies; the simple protocol runs them as written, as Prisma's native engine does), and catalog
 * columns of PostgreSQL's internal "char" type, which the engine reads when it describes a schema
 * for a diff and PrismaPg cannot map, arrive as text.
 */
async function connectForMigrations(url: string): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const adapter = await new PrismaPg(pool).connect();
  const performIO = (adapter as unknown as { performIO: QueryIO }).performIO.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  let charColumns: number[] = [];
  return Object.assign(adapter, {
    async performIO(query: unknown) {
      const result = await performIO(query);
      charColumns = [];
      result.fields.forEach((field, index) => {
        if (field.dataTypeID !== pgCharOid) return;
        charColumns.push(index);
        field.dataTypeID = pgTextOid;
      });
      return result;
    },
    async queryRaw(query: SqlQuery) {
      const resultSet = await queryRaw(query);
      for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
      return resultSet;
    },
    async executeScript(script: string) {
      try {
        await pool.query(script);
      } catch (error) {
        const { code = '', severity = 'ERROR', message, detail, column, hint } = error as pg.DatabaseError;
        throw new DriverAdapterError({ kind: 'postgres', code, severity, message, detail, column, hint });
      }
    },
    async dispose() {
      await pool.end();
    },
  });
}

/**
 * A schema-engine adapter factory over `url`; `shadowUrl` is the scratch database the engine replays
 * the migration history into when it computes a diff. Closes every connection it opened on dispose.
 */
export function migrationAdapterFactory(url: string, shadowUrl?: string) {
  const opened: SqlDriverAdapter[] = [];
  const open = async (target: string) => {
    const adapter = await connectForMigrations(target);
    opened.push(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => open(url),
    connectToShadowDb: () =>
      shadowUrl ? open(shadowUrl) : Promise.reject(new Error('this command needs no shadow database')),
  };
  return {
    factory,
    async dispose() {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose().catch(() => {})));
    },
  };
}

/** Whether `_prisma_migrations` already records every migration of the history as applied. */
async function isUpToDate(url: string): Promise<boolean> {
  const { migrationDirectories } = await readMigrationList();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.name));
    return migrationDirectories.every((directory) => applied.has(directory.path));
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

/** Applies pending migrations; the schema engine is loaded only when something is pending. */
export async function migrate(url: string): Promise<string[]> {
  if (await isUpToDate(url)) return [];
  const { factory, dispose } = migrationAdapterFactory(url);
  try {
    return await applyMigrationsWith(factory);
  } finally {
    await dispose();
  }
}

export function createPrismaClient(url: string, kind: DatabaseKind, options: { logQueries?: boolean } = {}) {
  // PGlite is a single session; one pooled connection keeps statements from different requests apart.
  // Timestamps are stored without a zone, in UTC as Prisma writes them; SQL's now() must agree whatever the
  // server's own TimeZone. (PGlite's sessions are UTC already.)
  const adapter = new PrismaPg(
    kind === 'pglite'
      ? { connectionString: url, max: 1 }
      : { connectionString: url, max: 10, options: '-c TimeZone=UTC' },
  );
  return new PrismaClient({ adapter, log: options.logQueries ? [{ level: 'query', emit: 'event' }] : [] });
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; without one the embedded PGlite database is used. */
  url?: string | undefined;
  /** PGlite data directory (default `ZI_DATA_DIR`, else ./data/pglite); `null` keeps it in memory. */
  dataDir?: string | null;
  /**
   * `auto`: seed a PGlite database until a seed has completed (a start killed while seeding leaves it
   * unseeded, so the next one seeds); PostgreSQL only when asked.
   */
  seed?: 'auto' | 'always' | 'never';
  /** Told when seeding starts and when it is done, e.g. to say so on the console. */
  onSeed?: (phase: 'start' | 'done') => void;
  /** Emit every SQL statement as a `query` event (`prisma.$on('query', …)`), for tests that count them. */
  logQueries?: boolean;
}

/** The seed's marker, or for a database seeded before the marker existed, any user. */
async function hasBeenSeeded(prisma: PrismaClient) {
  const marker = await prisma.setting.findUnique({ where: { key: seedMarkerKey } });
  return marker !== null || (await prisma.user.findFirst({ select: { id: true } })) !== null;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const seedMode = options.seed ?? 'auto';
  let embedded: EmbeddedPostgres | undefined;
  let releaseDataDir: (() => void) | undefined;
  let kind: DatabaseKind;
  let url: string;
  if (options.url) {
    kind = 'postgresql';
    url = options.url;
    await assertReachable(url);
  } else {
    kind = 'pglite';
    const dataDir =
      options.dataDir === undefined ? (process.env.ZI_DATA_DIR ?? defaultDataDir) : options.dataDir;
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      releaseDataDir = await lockDataDir(dataDir);
    }
    embedded = await startEmbeddedPostgres(dataDir ?? undefined).catch((error: unknown) => {
      releaseDataDir?.();
      throw new DatabaseError(`cannot open the embedded database in ${dataDir}: ${(error as Error).message}`);
    });
    url = embedded.url;
  }
  try {
    const appliedMigrations = await migrate(url);
    const prisma = createPrismaClient(url, kind, { logQueries: options.logQueries ?? false });
    await installInstruments(prisma);
    const seeded =
      seedMode === 'always' || (seedMode === 'auto' && kind === 'pglite' && !(await hasBeenSeeded(prisma)));
    if (seeded) {
      options.onSeed?.('start');
      await seed(prisma);
      options.onSeed?.('done');
    }
    await refreshStoredScoresIfStale(prisma);
    return {
      kind,
      url,
      prisma,
      appliedMigrations,
      seeded,
      async close() {
        await prisma.$disconnect();
        await embedded?.stop();
        releaseDataDir?.();
      },
    };
  } catch (error) {
    await embedded?.stop();
    releaseDataDir?.();
    throw error;
  }
}
