import type { Prisma, Stage, User } from '@zi/db/client';
import { canReadLayer, defaultLayer, type Layer, message } from '@zi/schema';
import { forbidden } from '../errors.ts';

/** The layer a computed field reads: the one asked for, else the counting one (a unit operator's own). */
export function layerFor(
  user: User | null,
  requested: Layer | null | undefined,
  counting: Layer | null,
): Layer {
  const layer = requested ?? (user ? defaultLayer(user, counting) : (counting ?? 'UNIT'));
  if (user && !canReadLayer(user, layer)) throw forbidden(message('layer.unreadable', { layer }), 'layer');
  return layer;
}

/**
 * Locks evaluations for the rest of the transaction and returns their stages: a write that depends on
 * the stage (answers, details, a move) sees the stage no racing move can change before it commits.
 * Locked in id order, so writes over several evaluations cannot deadlock each other.
 */
export async function lockEvaluations(tx: Prisma.TransactionClient, ids: readonly number[]) {
  const rows = await tx.$queryRaw<{ id: number; stage: Stage }[]>`
    SELECT id, stage::text AS stage FROM "Evaluation" WHERE id = ANY(${[...ids]}::int[]) ORDER BY id FOR UPDATE`;
  return new Map(rows.map((row) => [row.id, row.stage]));
}

export const lockEvaluation = (tx: Prisma.TransactionClient, id: number) => lockEvaluations(tx, [id]);

/**
 * Locks an evaluation whose content changes outside its answers (evidence documents) and stamps it changed,
 * as an answer write does: what PortalRB took before is older. Returns its stage under the lock.
 */
export async function lockChangedEvaluation(tx: Prisma.TransactionClient, id: number) {
  const [row] = await tx.$queryRaw<{ stage: Stage }[]>`
    UPDATE "Evaluation" SET "updatedAt" = now() WHERE id = ${id} RETURNING stage::text AS stage`;
  return row?.stage ?? 'DITETAPKAN';
}

/** Whether a write failed on a unique constraint (a racing request wrote the same key first). */
export function uniqueViolation(error: unknown): boolean {
  const { code, meta } = (error ?? {}) as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
  };
  // Raw statements fail with P2010 carrying the driver's error: PostgreSQL's 23505.
  return code === 'P2002' || (code === 'P2010' && meta?.driverAdapterError?.cause?.originalCode === '23505');
}
