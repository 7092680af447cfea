import { builder } from '../builder.ts';
import { databaseAnswers } from '../health.ts';

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
    description: 'Open to everyone: `ok` is false while the database does not answer.',
    resolve: async (_root, _args, { prisma, databaseKind }) => ({
      ok: await databaseAnswers(prisma),
      database: databaseKind,
    }),
  }),
);
