import type { Prisma } from '@zi/db/client';
import type { Layer } from '@zi/schema';

export interface Change {
  entity: string;
  entityId: number | string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  before?: unknown;
  after?: unknown;
  actorId: number;
  evaluationId?: number;
  /** The layer the change belongs to: only those who may read the layer see it in the history. */
  layer?: Layer;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Appends change-log entries inside the caller's transaction, in one statement whatever their number. */
export async function recordChanges(tx: Prisma.TransactionClient, changes: Change[]) {
  if (!changes.length) return;
  const column = <T>(pick: (change: Change) => T) => changes.map(pick);
  await tx.$executeRaw`
    INSERT INTO "ChangeLog" ("entity", "entityId", "action", "before", "after", "actorId", "evaluationId", "layer", "at")
    SELECT entity, entity_id, action::"ChangeAction", before::jsonb, after::jsonb, actor_id, evaluation_id, layer, now()
    FROM unnest(${column((change) => change.entity)}::text[], ${column((change) => String(change.entityId))}::text[],
                ${column((change) => change.action)}::text[], ${column((change) => json(change.before))}::text[],
                ${column((change) => json(change.after))}::text[], ${column((change) => change.actorId)}::int[],
                ${column((change) => change.evaluationId ?? null)}::int[], ${column((change) => change.layer ?? null)}::"Layer"[])
         AS incoming(entity, entity_id, action, before, after, actor_id, evaluation_id, layer)`;
}

export const recordChange = (tx: Prisma.TransactionClient, change: Change) => recordChanges(tx, [change]);
