import type { Prisma } from '@zi/db/client';
import { builder } from '../builder.ts';

export interface Change {
  entity: string;
  entityId: number | string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  before?: unknown;
  after?: unknown;
  actorId: number;
  evaluationId?: number;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Appends change-log entries inside the caller's transaction, in one statement whatever their number. */
export async function recordChanges(tx: Prisma.TransactionClient, changes: Change[]) {
  if (!changes.length) return;
  const column = <T>(pick: (change: Change) => T) => changes.map(pick);
  await tx.$executeRaw`
    INSERT INTO "ChangeLog" ("entity", "entityId", "action", "before", "after", "actorId", "evaluationId", "at")
    SELECT entity, entity_id, action::"ChangeAction", before::jsonb, after::jsonb, actor_id, evaluation_id, now()
    FROM unnest(${column((change) => change.entity)}::text[], ${column((change) => String(change.entityId))}::text[],
                ${column((change) => change.action)}::text[], ${column((change) => json(change.before))}::text[],
                ${column((change) => json(change.after))}::text[], ${column((change) => change.actorId)}::int[],
                ${column((change) => change.evaluationId ?? null)}::int[])
         AS incoming(entity, entity_id, action, before, after, actor_id, evaluation_id)`;
}

export const recordChange = (tx: Prisma.TransactionClient, change: Change) => recordChanges(tx, [change]);

builder.prismaObject('ChangeLog', {
  description: 'One write: who, when, what before and after.',
  fields: (t) => ({
    id: t.string({ resolve: (entry) => entry.id.toString() }),
    entity: t.exposeString('entity'),
    entityId: t.exposeString('entityId'),
    action: t.exposeString('action'),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.relation('actor', { nullable: true }),
    evaluationId: t.exposeInt('evaluationId', { nullable: true }),
  }),
});

builder.queryField('changes', (t) =>
  t.prismaField({
    type: ['ChangeLog'],
    authScopes: { role: ['ADMIN', 'TPN', 'ANALYST'] },
    description:
      'Every recorded write to one record, oldest first, e.g. changes(entity: "Unit", entityId: "12").',
    args: { entity: t.arg.string(), entityId: t.arg.string() },
    resolve: (query, _root, { entity, entityId }, { prisma }) =>
      prisma.changeLog.findMany({ ...query, where: { entity, entityId }, orderBy: { id: 'asc' } }),
  }),
);

builder.prismaObjectField('Evaluation', 'history', (t) =>
  t.prismaField({
    type: ['ChangeLog'],
    description:
      'Every write to the evaluation, its answers and surveys, newest first. A save of answers is one entry whose ' +
      '`before` and `after` are `{layer, answers: {itemCode: {option, inputs, score, note, evidence, version} | null}}`.',
    args: { first: t.arg.int({ required: false, defaultValue: 100 }) },
    resolve: (query, evaluation, { first }, { prisma }) =>
      prisma.changeLog.findMany({
        ...query,
        where: { evaluationId: evaluation.id },
        orderBy: { id: 'desc' },
        take: Math.min(Math.max(first ?? 100, 1), 1000),
      }),
  }),
);
