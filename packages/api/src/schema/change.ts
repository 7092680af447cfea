import type { Prisma, User } from '@zi/db/client';
import { canReadLayer, may, message, readableLayers } from '@zi/schema';
import { findInScope, type ScopedModel } from '../access.ts';
import { builder } from '../builder.ts';
import { forbidden } from '../errors.ts';
import { Person } from './person.ts';
import { LayerEnum } from './score.ts';

/** The records whose writes are logged, each read through the scope of the model it names. */
const loggedEntities = {
  Agency: 'agency',
  AgencyProfile: 'agencyProfile',
  Unit: 'unit',
  Evaluation: 'evaluation',
  Audit: 'audit',
  Recommendation: 'recommendation',
  User: 'user',
} as const satisfies Record<string, ScopedModel>;

const ChangeEntityEnum = builder.enumType('ChangeEntity', {
  description: 'The kinds of record whose writes are logged.',
  values: Object.keys(loggedEntities) as (keyof typeof loggedEntities)[],
});

builder.prismaObject('ChangeLog', {
  description: 'One write: who, when, what before and after.',
  // One layer's answers are shown only to whom may read that layer, accounts only to administrators.
  authScopes: (entry, { user }) =>
    user !== null &&
    (entry.layer === null || canReadLayer(user, entry.layer)) &&
    (entry.entity !== 'User' || may(user, 'user.read')),
  fields: (t) => ({
    id: t.string({ resolve: (entry) => entry.id.toString() }),
    entity: t.exposeString('entity'),
    entityId: t.exposeString('entityId'),
    action: t.exposeString('action'),
    layer: t.expose('layer', { type: LayerEnum, nullable: true }),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.relation('actor', { type: Person, nullable: true }),
    evaluationId: t.exposeInt('evaluationId', { nullable: true }),
  }),
});

/** Entries of layers `user` may not read are left out. */
const readableEntries = (user: User): Prisma.ChangeLogWhereInput => ({
  OR: [{ layer: null }, { layer: { in: [...readableLayers(user)] } }],
});

builder.queryField('changes', (t) =>
  t.withAuth({ may: 'read' }).prismaField({
    type: ['ChangeLog'],
    description:
      'Every recorded write to one record you may see, oldest first, e.g. changes(entity: Unit, entityId: 12); ' +
      'accounts only for administrators.',
    args: { entity: t.arg({ type: ChangeEntityEnum }), entityId: t.arg.int() },
    resolve: async (query, _root, { entity, entityId }, { prisma, user }) => {
      if (entity === 'User' && !may(user, 'user.read'))
        throw forbidden(message('user.historyAdminsOnly'), 'entity');
      await findInScope(prisma, user, loggedEntities[entity], entityId, { select: { id: true } });
      return prisma.changeLog.findMany({
        ...query,
        where: { AND: [{ entity, entityId: String(entityId) }, readableEntries(user)] },
        orderBy: { id: 'asc' },
      });
    },
  }),
);

builder.prismaObjectFields('Evaluation', (t) => ({
  history: t.withAuth({ signedIn: true }).prismaField({
    type: ['ChangeLog'],
    description:
      'Every write to the evaluation, its answers and surveys that you may read, newest first. A save of answers is ' +
      'one entry of its layer whose `before` and `after` are `{layer, answers: {itemCode: {option, inputs, score, ' +
      'note, evidence, version} | null}}`.',
    args: { first: t.arg.int({ required: false, defaultValue: 100 }) },
    resolve: (query, evaluation, { first }, { prisma, user }) =>
      prisma.changeLog.findMany({
        ...query,
        where: { AND: [{ evaluationId: evaluation.id }, readableEntries(user)] },
        orderBy: { id: 'desc' },
        take: Math.min(Math.max(first ?? 100, 1), 1000),
      }),
  }),
}));
