import {
  type EvaluationFacts,
  evaluationTlhp,
  refreshScoresForTlhp,
  tlhpCutOff,
  tlhpSettings,
  unitsOfRecommendations,
  unitTlhpCompletions,
} from '@zi/db';
import type { Prisma, PrismaClient, User } from '@zi/db/client';
import {
  type Actor,
  emptyCounts,
  linksProblem,
  message,
  statusNoteProblem,
  type TlhpStatus,
  type TlhpSummary,
  tlhpCompletion,
} from '@zi/schema';
import DataLoader from 'dataloader';
import { findingColumns, outOfScope, reachSql } from '../access.ts';
import { type FieldProblem, notFound, validationError } from '../errors.ts';
import { recordChanges } from './changes.ts';

/** Completion of the recommendations of one unit up to `year` (all years when null), on today's statuses. */
export async function unitTlhpSummary(prisma: PrismaClient, unitId: number, year: number | null) {
  return (await unitTlhpCompletions(prisma, [{ unitId, year, asOf: null }]))[0] as TlhpSummary;
}

/** Completion of the recommendations of one agency that `actor` reaches, up to `year` (all years when null). */
export async function agencyTlhpSummary(
  prisma: PrismaClient,
  actor: Actor,
  agencyId: number,
  year: number | null,
): Promise<TlhpSummary> {
  const [rows, settings] = await Promise.all([
    prisma.$queryRaw<{ status: TlhpStatus; count: bigint }[]>`
      SELECT r.status::text AS status, count(*) AS count
      FROM "Recommendation" r JOIN "Finding" f ON f.id = r."findingId" JOIN "Audit" a ON a.id = f."auditId"
      WHERE a."agencyId" = ${agencyId} AND (${year}::int IS NULL OR a.year <= ${year}::int)
        AND ${reachSql(actor, findingColumns)}
      GROUP BY r.status`,
    tlhpSettings(prisma),
  ]);
  const counts = emptyCounts();
  for (const row of rows) counts[row.status] = Number(row.count);
  return tlhpCompletion(counts, settings);
}

/**
 * Per request: an evaluation's TLHP completion up to its year as of its cut-off; every one asked for while
 * a query resolves one level is read by a single statement, so lists cost one query, not one each.
 */
export function tlhpLoader(prisma: PrismaClient) {
  const loader = new DataLoader<EvaluationFacts, TlhpSummary, string>(
    (evaluations) => evaluationTlhp(prisma, evaluations),
    {
      cacheKeyFn: (evaluation) =>
        `${evaluation.unitId}/${evaluation.year}/${tlhpCutOff(evaluation)?.getTime() ?? 'now'}`,
    },
  );
  return (evaluation: EvaluationFacts) => loader.load(evaluation);
}

export type StatusStep = { id: number; from: TlhpStatus | null; to: TlhpStatus };
type StepMeta = { note: string | null; evidence: string[]; actorId: number };

/**
 * Appends status steps to the recommendations' histories in one statement (`from` null starts a history),
 * and refreshes the stored scores that count these recommendations: every status write goes through here.
 */
export async function appendHistory(
  tx: Prisma.TransactionClient,
  steps: StatusStep[],
  { note, evidence, actorId }: StepMeta,
) {
  if (!steps.length) return;
  await tx.$executeRaw`
    INSERT INTO "RecommendationStatusChange" ("recommendationId", "fromStatus", "toStatus", "note", "evidence", "actorId", "at")
    SELECT id, from_status::"TlhpStatus", to_status::"TlhpStatus", ${note}, ${evidence}::text[], ${actorId},
           -- The time of the step rather than of the transaction start: steps queued on the row lock keep their order.
           clock_timestamp() AT TIME ZONE 'UTC'
    FROM unnest(${steps.map((step) => step.id)}::int[], ${steps.map((step) => step.from)}::text[],
                ${steps.map((step) => step.to)}::text[]) AS s(id, from_status, to_status)`;
  await refreshScoresForTlhp(
    tx,
    await unitsOfRecommendations(
      tx,
      steps.map((step) => step.id),
    ),
  );
}

/** Status steps into the histories and the change log. */
export async function recordStatusChanges(tx: Prisma.TransactionClient, steps: StatusStep[], meta: StepMeta) {
  await appendHistory(tx, steps, meta);
  await recordChanges(
    tx,
    steps.map((step) => ({
      entity: 'Recommendation',
      entityId: step.id,
      action: step.from === null ? ('CREATE' as const) : ('UPDATE' as const),
      before: step.from === null ? undefined : { status: step.from },
      after: { status: step.to, note: meta.note },
      actorId: meta.actorId,
    })),
  );
}

/**
 * Sets the follow-up status of recommendations `user` reaches, all or nothing: checked, locked so that
 * concurrent changes queue up and each history entry starts where the last one ended, then recorded.
 */
export async function setStatuses(
  tx: Prisma.TransactionClient,
  user: User,
  {
    ids,
    status,
    note,
    evidence,
  }: { ids: number[]; status: TlhpStatus; note: string | null; evidence: string[] },
) {
  const missing = await outOfScope(tx, user, 'recommendation', ids);
  if (missing.length) throw notFound('recommendation', missing.join(', '));
  const problems: FieldProblem[] = [];
  if (!ids.length) problems.push({ field: 'ids', message: message('status.pickOne') });
  const noteProblem = statusNoteProblem(status, note);
  if (noteProblem) problems.push({ field: 'note', message: noteProblem });
  const evidenceProblem = linksProblem(evidence);
  if (evidenceProblem) problems.push({ field: 'evidence', message: evidenceProblem });
  if (problems.length) throw validationError(message('status.invalid'), problems);
  const found = await tx.$queryRaw<{ id: number; status: TlhpStatus }[]>`
    SELECT id, status::text AS status FROM "Recommendation" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  const changing = found.filter((row) => row.status !== status);
  await tx.recommendation.updateMany({
    where: { id: { in: changing.map((row) => row.id) } },
    data: { status, version: { increment: 1 }, ...(evidence.length ? { evidence } : {}) },
  });
  await recordStatusChanges(
    tx,
    changing.map((row) => ({ id: row.id, from: row.status, to: status })),
    { note, evidence, actorId: user.id },
  );
}
