import { builder } from '../builder.ts';

const Health = builder.objectRef<{ ok: boolean; database: string }>('Health').implement({
  description: 'Liveness of the API and its database.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    database: t.exposeString('database', { description: '`pglite` (embedded) or `postgresql`.' }),
  }),
});

/** A database slower than this to answer `SELECT 1` counts as down. */
const healthTimeoutMs = 3_000;

builder.queryField('health', (t) =>
  t.field({
    type: Health,
    skipTypeScopes: true,
    description: 'Open to everyone: `ok` is false while the database does not answer.',
    resolve: async (_root, _args, { prisma, databaseKind }) => {
      const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, healthTimeoutMs, false).unref());
      const answered = prisma.$queryRaw`SELECT 1`.then(
        () => true,
        () => false,
      );
      const ok = await Promise.race([answered, timeout]);
      return { ok, database: databaseKind };
    },
  }),
);
