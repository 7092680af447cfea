import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import * as engineGlue from '@prisma/schema-engine-wasm/schema_engine_bg';

export const prismaDir = fileURLToPath(new URL('..', import.meta.url));
export const schemaPath = join(prismaDir, 'schema.prisma');
export const migrationsDir = join(prismaDir, 'migrations');

const noFilter = { externalTables: [], externalEnums: [] };

let engineModule: Promise<typeof engineGlue> | undefined;

/** The engine is a wasm-bindgen "bundler" build; Node 20 cannot import .wasm, so instantiate it here. */
function loadEngineModule(): Promise<typeof engineGlue> {
  engineModule ??= (async () => {
    const wasmPath = join(
      dirname(fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm'))),
      'schema_engine_bg.wasm',
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': engineGlue as unknown as WebAssembly.ModuleImports,
    });
    engineGlue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineGlue;
  })();
  return engineModule;
}

export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const datamodel = await readFile(schemaPath, 'utf8');
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, datamodel]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

/** The migrations directory in the shape Prisma's CLI hands to the engine. */
export async function readMigrationList(): Promise<MigrationList> {
  const lockfileName = 'migration_lock.toml';
  const lockfile = await readFile(join(migrationsDir, lockfileName), 'utf8').catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: {
          tag: 'ok' as const,
          value: await readFile(join(migrationsDir, name, 'migration.sql'), 'utf8'),
        },
      },
    })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfileName, content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Applies the pending migrations of the history, or of its first `upTo` (an older release's history). */
export async function applyMigrationsWith(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  upTo?: number,
) {
  const history = await readMigrationList();
  const migrationsList = { ...history, migrationDirectories: history.migrationDirectories.slice(0, upTo) };
  return withSchemaEngine(adapterFactory, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilter });
    return appliedMigrationNames;
  });
}

export async function resetWith(adapterFactory: SqlMigrationAwareDriverAdapterFactory) {
  await withSchemaEngine(adapterFactory, (engine) => engine.reset({ filter: noFilter }));
}

/** SQL that takes a database migrated to the current history to schema.prisma; empty when in sync. */
export async function diffMigrationsToSchema(adapterFactory: SqlMigrationAwareDriverAdapterFactory) {
  const migrationsList = await readMigrationList();
  const datamodel = await readFile(schemaPath, 'utf8');
  return withSchemaEngine(adapterFactory, async (engine) => {
    const { stdout } = await engine.diff({
      from: migrationsList.migrationDirectories.length
        ? { tag: 'migrations', ...migrationsList }
        : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: datamodel }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    return stdout ?? '';
  });
}
