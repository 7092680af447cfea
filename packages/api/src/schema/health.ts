import { builder } from '../builder.ts';

const Health = builder.objectRef<{ ok: boolean; database: string }>('Health').implement({
  description: 'Liveness of the API and its database.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    database: t.exposeString('database', { description: '`pglite` (embedded) or `postgresql`.' }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: Health,
    skipTypeScopes: true,
    resolve: async (_root, _args, { prisma, databaseKind }) => {
      await prisma.$queryRaw`SELECT 1`;
      return { ok: true, database: databaseKind };
    },
  }),
);
