import { tlhpSettings } from '@zi/db';
import { Prisma } from '@zi/db/client';
import { emptyCounts, openTlhpStatuses, type TlhpStatus, tlhpCompletion } from '@zi/schema';
import { builder } from '../builder.ts';
import { RecommendationFilter, recommendationSql } from './tlhp.ts';
import { TlhpSummaryRef } from './tlhp-summary.ts';

const TlhpGrouping = builder.enumType('TlhpGrouping', {
  values: ['UNIT', 'AGENCY', 'AUDITOR', 'YEAR'] as const,
});

type Grouping = typeof TlhpGrouping.$inferType;

const groupings: Record<Grouping, { key: Prisma.Sql; label: Prisma.Sql }> = {
  UNIT: {
    key: Prisma.sql`coalesce(f."unitId", a."unitId")::text`,
    label: Prisma.sql`coalesce(u.name, ag.name || ' (tingkat instansi)')`,
  },
  AGENCY: { key: Prisma.sql`a."agencyId"::text`, label: Prisma.sql`ag.name` },
  AUDITOR: { key: Prisma.sql`a.auditor::text`, label: Prisma.sql`a.auditor::text` },
  YEAR: { key: Prisma.sql`a.year::text`, label: Prisma.sql`a.year::text` },
};

interface Group {
  key: string;
  label: string;
  counts: ReturnType<typeof emptyCounts>;
  overdue: number;
}

const TlhpGroupSummary = builder
  .objectRef<Group & { summary: ReturnType<typeof tlhpCompletion> }>('TlhpGroupSummary')
  .implement({
    description: 'Follow-up completion of one unit, agency, auditor or audit year.',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'The unit or agency id, the auditor or the year.' }),
      label: t.exposeString('label'),
      summary: t.field({ type: TlhpSummaryRef, resolve: (group) => group.summary }),
      overdue: t.exposeInt('overdue', { description: 'Past their due date and still open.' }),
    }),
  });

const TlhpMonth = builder
  .objectRef<{ month: string; summary: ReturnType<typeof tlhpCompletion> }>('TlhpMonth')
  .implement({
    fields: (t) => ({
      month: t.exposeString('month', {
        description: 'yyyy-mm; the completion as it stood at that month’s end.',
      }),
      summary: t.field({ type: TlhpSummaryRef, resolve: (point) => point.summary }),
    }),
  });

const filterArg = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) =>
  t.arg({ type: RecommendationFilter, required: false });

builder.queryFields((t) => ({
  tlhpOverview: t.withAuth({ may: 'read' }).field({
    type: [TlhpGroupSummary],
    description:
      'Follow-up completion, counts per status and overdue counts per unit, agency, auditor or audit year, over ' +
      'the recommendations the filter selects (and the caller reaches).',
    args: { groupBy: t.arg({ type: TlhpGrouping }), filter: filterArg(t) },
    resolve: async (_root, { groupBy, filter }, context) => {
      const { key, label } = groupings[groupBy];
      const rows = await context.prisma.$queryRaw<
        { key: string | null; label: string; status: TlhpStatus; count: bigint; overdue: bigint }[]
      >`
        SELECT ${key} AS key, ${label} AS label, r.status::text AS status, count(*) AS count,
               count(*) FILTER (WHERE r."dueDate" < now() AND r.status::text = ANY(${openTlhpStatuses}::text[])) AS overdue
        FROM "Recommendation" r JOIN "Finding" f ON f.id = r."findingId" JOIN "Audit" a ON a.id = f."auditId"
        JOIN "Agency" ag ON ag.id = a."agencyId" LEFT JOIN "Unit" u ON u.id = coalesce(f."unitId", a."unitId")
        WHERE ${recommendationSql(context.user, filter)}
        GROUP BY 1, 2, 3 ORDER BY 2`;
      const settings = await tlhpSettings(context.prisma);
      const groups = new Map<string, Group>();
      for (const row of rows) {
        const id = row.key ?? '';
        const group = groups.get(id) ?? { key: id, label: row.label, counts: emptyCounts(), overdue: 0 };
        group.counts[row.status] += Number(row.count);
        group.overdue += Number(row.overdue);
        groups.set(id, group);
      }
      return [...groups.values()].map((group) => ({
        ...group,
        summary: tlhpCompletion(group.counts, settings),
      }));
    },
  }),
  tlhpTrend: t.withAuth({ may: 'read' }).field({
    type: [TlhpMonth],
    description:
      'Completion at each of the last `months` month ends, rebuilt from the status history: each recommendation ' +
      'counts from its audit’s report date with the last status it had by then.',
    args: { filter: filterArg(t), months: t.arg.int({ required: false, defaultValue: 12 }) },
    resolve: async (_root, { filter, months }, context) => {
      const span = Math.min(Math.max(months ?? 12, 1), 60);
      const rows = await context.prisma.$queryRaw<{ month: string; status: TlhpStatus; count: bigint }[]>`
        WITH month_ends AS (
          SELECT to_char(m, 'YYYY-MM') AS month, m + interval '1 month' AS until
          FROM generate_series(date_trunc('month', now()) - make_interval(months => ${span - 1}), date_trunc('month', now()), interval '1 month') m
        ), selected AS (
          SELECT r.id, a."reportDate"
          FROM "Recommendation" r JOIN "Finding" f ON f.id = r."findingId" JOIN "Audit" a ON a.id = f."auditId"
          WHERE ${recommendationSql(context.user, filter)}
        )
        SELECT m.month, coalesce(last.status, 'BELUM_DITINDAKLANJUTI') AS status, count(*) AS count
        FROM month_ends m JOIN selected s ON s."reportDate" < m.until
        LEFT JOIN LATERAL (
          SELECT h."toStatus"::text AS status FROM "RecommendationStatusChange" h
          WHERE h."recommendationId" = s.id AND h.at < m.until ORDER BY h.at DESC, h.id DESC LIMIT 1
        ) last ON TRUE
        GROUP BY 1, 2 ORDER BY 1`;
      const settings = await tlhpSettings(context.prisma);
      const byMonth = new Map<string, ReturnType<typeof emptyCounts>>();
      for (let back = span - 1; back >= 0; back--) {
        const date = new Date();
        date.setUTCDate(1);
        date.setUTCMonth(date.getUTCMonth() - back);
        byMonth.set(date.toISOString().slice(0, 7), emptyCounts());
      }
      for (const row of rows) {
        const counts = byMonth.get(row.month);
        if (counts) counts[row.status] += Number(row.count);
      }
      return [...byMonth].map(([month, counts]) => ({ month, summary: tlhpCompletion(counts, settings) }));
    },
  }),
}));
