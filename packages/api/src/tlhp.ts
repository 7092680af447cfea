import type { PrismaClient } from '@zi/db/client';
import { emptyCounts, type TlhpSettings, type TlhpStatus, tlhpCompletion } from '@zi/schema';

const settingKey = 'tlhp.excludeTidakDapatDitindaklanjuti';

export async function tlhpSettings(prisma: PrismaClient): Promise<TlhpSettings> {
  const setting = await prisma.setting.findUnique({ where: { key: settingKey } });
  return { excludeTidakDapatDitindaklanjuti: setting ? setting.value !== false : true };
}

/**
 * Completion of the recommendations of one unit or agency, counted in SQL. A recommendation belongs to
 * the finding's unit, or to the audit's unit when the finding names none. `year` limits to audits of
 * that year or earlier (what is outstanding then).
 */
export async function tlhpSummary(
  prisma: PrismaClient,
  owner: { unitId: number } | { agencyId: number },
  year: number | null,
) {
  const byOwner =
    'unitId' in owner
      ? prisma.$queryRaw<{ status: TlhpStatus; count: bigint }[]>`
          SELECT r.status::text AS status, count(*) AS count
          FROM "Recommendation" r JOIN "Finding" f ON f.id = r."findingId" JOIN "Audit" a ON a.id = f."auditId"
          WHERE coalesce(f."unitId", a."unitId") = ${owner.unitId} AND (${year}::int IS NULL OR a.year <= ${year}::int)
          GROUP BY r.status`
      : prisma.$queryRaw<{ status: TlhpStatus; count: bigint }[]>`
          SELECT r.status::text AS status, count(*) AS count
          FROM "Recommendation" r JOIN "Finding" f ON f.id = r."findingId" JOIN "Audit" a ON a.id = f."auditId"
          WHERE a."agencyId" = ${owner.agencyId} AND (${year}::int IS NULL OR a.year <= ${year}::int)
          GROUP BY r.status`;
  const [rows, settings] = await Promise.all([byOwner, tlhpSettings(prisma)]);
  const counts = emptyCounts();
  for (const row of rows) counts[row.status] = Number(row.count);
  return tlhpCompletion(counts, settings);
}
