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

const json = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Appends change-log entries inside the caller's transaction, in one statement. */
export async function recordChanges(tx: Prisma.TransactionClient, changes: Change[]) {
  if (!changes.length) return;
  await tx.changeLog.createMany({
    data: changes.map((change) => ({
      entity: change.entity,
      entityId: String(change.entityId),
      action: change.action,
      before: json(change.before),
      after: json(change.after),
      actorId: change.actorId,
      evaluationId: change.evaluationId ?? null,
    })),
  });
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
    description: 'Every write to the evaluation, its answers and surveys, newest first.',
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
