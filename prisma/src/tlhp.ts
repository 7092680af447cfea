import {
  emptyCounts,
  type TlhpSettings,
  type TlhpStatus,
  type TlhpSummary,
  tlhpCompletion,
} from '@zi/schema';
import type { Prisma, PrismaClient } from '../generated/client/client.ts';

type Client = PrismaClient | Prisma.TransactionClient;

const settingKey = 'tlhp.excludeTidakDapatDitindaklanjuti';

export async function tlhpSettings(client: Client): Promise<TlhpSettings> {
  const setting = await client.setting.findUnique({ where: { key: settingKey } });
  return { excludeTidakDapatDitindaklanjuti: setting ? setting.value !== false : true };
}

/** Whose follow-ups, up to which audit year (null: all), on the statuses in force when (null: now). */
export interface TlhpKey {
  unitId: number;
  year: number | null;
  asOf: Date | null;
}

/**
 * Completion of the recommendations of each unit, in one statement for any number of keys. A
 * recommendation belongs to the finding's unit, or to the audit's unit when the finding names none; a year
 * limits to audits of that year or earlier. At a moment in the past, each recommendation counts with the
 * last status its history gives it by then, and one with no history by then did not exist yet.
 */
export async function unitTlhpCompletions(client: Client, keys: readonly TlhpKey[]): Promise<TlhpSummary[]> {
  if (!keys.length) return [];
  const rows = await client.$queryRaw<{ key: bigint; status: TlhpStatus; count: bigint }[]>`
    SELECT k.key, coalesce(last.status, r.status::text) AS status, count(*) AS count
    FROM unnest(${keys.map((key) => key.unitId)}::int[], ${keys.map((key) => key.year)}::int[],
                ${keys.map((key) => key.asOf)}::timestamp[]) WITH ORDINALITY AS k(unit_id, year, as_of, key)
    JOIN "Audit" a ON k.year IS NULL OR a.year <= k.year
    JOIN "Finding" f ON f."auditId" = a.id AND coalesce(f."unitId", a."unitId") = k.unit_id
    JOIN "Recommendation" r ON r."findingId" = f.id
    LEFT JOIN LATERAL (
      SELECT h."toStatus"::text AS status FROM "RecommendationStatusChange" h
      WHERE k.as_of IS NOT NULL AND h."recommendationId" = r.id AND h.at <= k.as_of
      ORDER BY h.at DESC, h.id DESC LIMIT 1) last ON TRUE
    WHERE k.as_of IS NULL OR last.status IS NOT NULL
    GROUP BY 1, 2`;
  const settings = await tlhpSettings(client);
  return keys.map((_, index) => {
    const counts = emptyCounts();
    for (const row of rows) if (Number(row.key) === index + 1) counts[row.status] = Number(row.count);
    return tlhpCompletion(counts, settings);
  });
}

/** The units recommendations belong to (the finding's, else the audit's), for refreshing what counts them. */
export async function unitsOfRecommendations(client: Client, ids: readonly number[]): Promise<number[]> {
  if (!ids.length) return [];
  const rows = await client.$queryRaw<{ unitId: number }[]>`
    SELECT DISTINCT coalesce(f."unitId", a."unitId") AS "unitId"
    FROM "Recommendation" r JOIN "Finding" f ON f.id = r."findingId" JOIN "Audit" a ON a.id = f."auditId"
    WHERE r.id = ANY(${[...ids]}::int[]) AND coalesce(f."unitId", a."unitId") IS NOT NULL`;
  return rows.map((row) => row.unitId);
}
