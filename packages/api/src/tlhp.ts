import type { PrismaClient } from '@zi/db/client';
import { type Actor, emptyCounts, type TlhpSettings, type TlhpStatus, tlhpCompletion } from '@zi/schema';
import { findingColumns, reachSql } from './access.ts';

const settingKey = 'tlhp.excludeTidakDapatDitindaklanjuti';

export async function tlhpSettings(prisma: PrismaClient): Promise<TlhpSettings> {
  const setting = await prisma.setting.findUnique({ where: { key: settingKey } });
  return { excludeTidakDapatDitindaklanjuti: setting ? setting.value !== false : true };
}

type Completion = ReturnType<typeof tlhpCompletion>;

/**
 * Completion of the recommendations of each unit up to a year (all years when null), in one statement for
 * any number of units. A recommendation belongs to the finding's unit, or to the audit's unit when the
 * finding names none; a year limits to audits of that year or earlier (what is outstanding then).
 */
async function unitCompletions(prisma: PrismaClient, keys: { unitId: number; year: number | null }[]) {
  const [rows, settings] = await Promise.all([
    prisma.$queryRaw<{ unitId: number; year: number | null; status: TlhpStatus; count: bigint }[]>`
      SELECT k.unit_id AS "unitId", k.year, r.status::text AS status, count(*) AS count
      FROM unnest(${keys.map((key) => key.unitId)}::int[], ${keys.map((key) => key.year)}::int[]) AS k(unit_id, year)
      JOIN "Audit" a ON k.year IS NULL OR a.year <= k.year
      JOIN "Finding" f ON f."auditId" = a.id AND coalesce(f."unitId", a."unitId") = k.unit_id
      JOIN "Recommendation" r ON r."findingId" = f.id
      GROUP BY 1, 2, 3`,
    tlhpSettings(prisma),
  ]);
  return keys.map((key) => {
    const counts = emptyCounts();
    for (const row of rows)
      if (row.unitId === key.unitId && row.year === key.year) counts[row.status] = Number(row.count);
    return tlhpCompletion(counts, settings);
  });
}

/** Completion of the recommendations of one unit up to `year` (all years when null). */
export async function unitTlhpSummary(prisma: PrismaClient, unitId: number, year: number | null) {
  return (await unitCompletions(prisma, [{ unitId, year }]))[0] as Completion;
}

/** Completion of the recommendations of one agency that `actor` reaches, up to `year` (all years when null). */
export async function agencyTlhpSummary(
  prisma: PrismaClient,
  actor: Actor,
  agencyId: number,
  year: number | null,
): Promise<Completion> {
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
 * Per-request loader of unit completions up to a year: every load made while a query resolves one level
 * is answered by a single `unitCompletions` statement, so lists of evaluations cost one query, not one each.
 */
export function tlhpLoader(prisma: PrismaClient) {
  type Waiting = {
    unitId: number;
    year: number;
    resolve: (summary: Completion) => void;
    reject: (error: unknown) => void;
  };
  let waiting: Waiting[] = [];
  const cache = new Map<string, Promise<Completion>>();
  async function flush() {
    const batch = waiting;
    waiting = [];
    try {
      const summaries = await unitCompletions(prisma, batch);
      batch.forEach((each, index) => {
        each.resolve(summaries[index] as Completion);
      });
    } catch (error) {
      for (const each of batch) each.reject(error);
    }
  }
  return (unitId: number, year: number) => {
    const key = `${unitId}/${year}`;
    let found = cache.get(key);
    if (!found) {
      found = new Promise((resolve, reject) => {
        if (!waiting.length) setImmediate(flush);
        waiting.push({ unitId, year, resolve, reject });
      });
      cache.set(key, found);
    }
    return found;
  };
}
