import { type EvaluationFacts, evaluationTlhp, tlhpCutOff, tlhpSettings, unitTlhpCompletions } from '@zi/db';
import type { PrismaClient } from '@zi/db/client';
import { type Actor, emptyCounts, type TlhpStatus, type TlhpSummary, tlhpCompletion } from '@zi/schema';
import DataLoader from 'dataloader';
import { findingColumns, reachSql } from './access.ts';

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
