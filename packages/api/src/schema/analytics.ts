import { loadInstrument } from '@zi/db';
import { Prisma, type User } from '@zi/db/client';
import { canReadLayer, criterionLabel, layers, message, readableLayers, tolerance } from '@zi/schema';
import { findInScope, reachSql, unitColumns } from '../access.ts';
import { builder } from '../builder.ts';
import { forbidden } from '../errors.ts';
import { text } from '../inputs.ts';
import { LayerEnum } from './score.ts';

// Analytics read the stored layer scores (LayerScore) and aggregate in SQL. Every query is limited to
// the evaluations the caller reaches and to the layers the caller may read.

/**
 * Each evaluation's stored score of the layer that counts, as the scoring service stored it; for a reader
 * of fewer layers (a unit operator) the layer it reads.
 */
const countingScores = (user: User) => {
  const readable = readableLayers(user);
  const counting =
    readable.length === layers.length
      ? Prisma.sql`ev."countingLayer"`
      : Prisma.sql`${readable.at(-1)}::"Layer"`;
  return Prisma.sql`
    SELECT s.* FROM "LayerScore" s JOIN "Evaluation" ev ON ev.id = s."evaluationId"
    WHERE s.answered > 0 AND s.layer = ${counting}`;
};

function filters(user: User, args: { year: number; instrument?: string | null; agencyId?: number | null }) {
  return Prisma.sql`e.year = ${args.year}
    AND (${args.instrument ?? null}::text IS NULL OR i.code = ${args.instrument ?? null}::text)
    AND (${args.agencyId ?? null}::int IS NULL OR u."agencyId" = ${args.agencyId ?? null}::int)
    AND ${reachSql(user, unitColumns)}`;
}

const joins = Prisma.sql`
  JOIN "Evaluation" e ON e.id = c."evaluationId"
  JOIN "Unit" u ON u.id = e."unitId"
  JOIN "Agency" a ON a.id = u."agencyId"
  JOIN "Instrument" i ON i.id = e."instrumentId"`;

interface RankingRow {
  rank: bigint;
  evaluationId: number;
  unitId: number;
  unitName: string;
  agencyName: string;
  layer: 'UNIT' | 'TPI' | 'TPN';
  total: number;
  pengungkit: number;
  hasil: number;
  complete: boolean;
  stage: string;
}

const RankingEntry = builder.objectRef<RankingRow>('RankingEntry').implement({
  description: 'An evaluation’s place among the year’s evaluations by the total of its counting layer.',
  fields: (t) => ({
    rank: t.int({ resolve: (row) => Number(row.rank) }),
    evaluationId: t.exposeInt('evaluationId'),
    unitId: t.exposeInt('unitId'),
    unitName: t.exposeString('unitName'),
    agencyName: t.exposeString('agencyName'),
    stage: t.exposeString('stage'),
    layer: t.expose('layer', { type: LayerEnum }),
    total: t.exposeFloat('total'),
    pengungkit: t.exposeFloat('pengungkit'),
    hasil: t.exposeFloat('hasil'),
    complete: t.exposeBoolean('complete'),
  }),
});

const Bucket = builder.objectRef<{ from: number; to: number; count: number }>('HistogramBucket').implement({
  fields: (t) => ({ from: t.exposeFloat('from'), to: t.exposeFloat('to'), count: t.exposeInt('count') }),
});

const AreaHistogram = builder
  .objectRef<{ area: string; buckets: { from: number; to: number; count: number }[] }>('AreaHistogram')
  .implement({
    description: 'Evaluations by the % an area reaches of its weight, in steps of 10%.',
    fields: (t) => ({
      area: t.exposeString('area'),
      buckets: t.field({ type: [Bucket], resolve: (histogram) => histogram.buckets }),
    }),
  });

const ReasonCount = builder
  .objectRef<{ criterion: string; label: string; count: number }>('ReasonCount')
  .implement({
    fields: (t) => ({
      criterion: t.exposeString('criterion', {
        description: 'The criterion’s key, e.g. `total` or `area.PP`.',
      }),
      label: t.exposeString('label'),
      count: t.exposeInt('count'),
    }),
  });

const Readiness = builder
  .objectRef<{
    wbbm: number;
    wbk: number;
    neither: number;
    wbkReasons: { criterion: string; label: string; count: number }[];
  }>('Readiness')
  .implement({
    description:
      'How many evaluations of the year meet the WBBM / WBK criteria on their counting layer (prerequisites not included), ' +
      'and which WBK criteria hold the others back.',
    fields: (t) => ({
      wbbm: t.exposeInt('wbbm'),
      wbk: t.exposeInt('wbk', { description: 'Meet WBK but not WBBM.' }),
      neither: t.exposeInt('neither'),
      wbkReasons: t.field({ type: [ReasonCount], resolve: (readiness) => readiness.wbkReasons }),
    }),
  });

const AreaDeviation = builder
  .objectRef<{
    area: string;
    evaluations: number;
    withTpn: number;
    tpiMinusUnit: number | null;
    tpnMinusTpi: number | null;
    tpnMinusUnit: number | null;
  }>('AreaDeviation')
  .implement({
    description:
      'Mean difference of an area’s % between the layers, over evaluations whose layers compared are complete.',
    fields: (t) => ({
      area: t.exposeString('area'),
      evaluations: t.exposeInt('evaluations', {
        description: 'Evaluations with complete UNIT and TPI layers: what the TPI − UNIT figure rests on.',
      }),
      withTpn: t.exposeInt('withTpn', {
        description: 'Of those, evaluations with a complete TPN layer: what the TPN figures rest on.',
      }),
      tpiMinusUnit: t.exposeFloat('tpiMinusUnit', { nullable: true }),
      tpnMinusTpi: t.exposeFloat('tpnMinusTpi', { nullable: true }),
      tpnMinusUnit: t.exposeFloat('tpnMinusUnit', { nullable: true }),
    }),
  });

const TrendPoint = builder
  .objectRef<{ year: number; layer: 'UNIT' | 'TPI' | 'TPN'; total: number; instrument: string }>('TrendPoint')
  .implement({
    fields: (t) => ({
      year: t.exposeInt('year'),
      instrument: t.exposeString('instrument'),
      layer: t.expose('layer', { type: LayerEnum }),
      total: t.exposeFloat('total'),
    }),
  });

const yearArgs = (
  t: PothosSchemaTypes.QueryFieldBuilder<
    typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
    object
  >,
) => ({
  year: t.arg.int(),
  instrument: t.arg.string({ required: false, ...text('code') }),
  agencyId: t.arg.int({ required: false }),
});

function buckets(rows: { bucket: number; count: bigint }[], width: number, count: number) {
  return Array.from({ length: count }, (_, index) => ({
    from: index * width,
    to: (index + 1) * width,
    count: Number(rows.find((row) => Number(row.bucket) === index)?.count ?? 0),
  }));
}

builder.queryFields((t) => ({
  ranking: t.withAuth({ may: 'read' }).field({
    type: [RankingEntry],
    description: 'Evaluations of a year ranked by the total of their counting layer.',
    args: { ...yearArgs(t), first: t.arg.int({ required: false, defaultValue: 50 }) },
    resolve: async (_root, args, { prisma, user }) => {
      const limit = Math.min(Math.max(args.first ?? 50, 1), 10_000);
      return prisma.$queryRaw<RankingRow[]>`
        SELECT rank() OVER (ORDER BY c.total DESC) AS rank, e.id AS "evaluationId", u.id AS "unitId", u.name AS "unitName",
               a.name AS "agencyName", e.stage::text AS stage, c.layer::text AS layer, c.total, c.pengungkit, c.hasil,
               c.answered = c."itemCount" AS complete
        FROM (${countingScores(user)}) c ${joins}
        WHERE ${filters(user, args)}
        ORDER BY c.total DESC, e.id
        LIMIT ${limit}`;
    },
  }),
  scoreHistogram: t.withAuth({ may: 'read' }).field({
    type: [Bucket],
    description: 'Evaluations of a year by total, in steps of `width` points (counting layer).',
    args: { ...yearArgs(t), width: t.arg.float({ required: false, defaultValue: 10 }) },
    resolve: async (_root, args, { prisma, user }) => {
      const width = Math.min(Math.max(args.width ?? 10, 1), 100);
      const count = Math.ceil(100 / width);
      const rows = await prisma.$queryRaw<{ bucket: number; count: bigint }[]>`
        SELECT least(floor((c.total + ${tolerance}) / ${width})::int, ${count - 1}) AS bucket, count(*) AS count
        FROM (${countingScores(user)}) c ${joins}
        WHERE ${filters(user, args)}
        GROUP BY 1`;
      return buckets(rows, width, count);
    },
  }),
  areaHistograms: t.withAuth({ may: 'read' }).field({
    type: [AreaHistogram],
    description: 'For each area, evaluations of a year by the % of its weight reached (counting layer).',
    args: yearArgs(t),
    resolve: async (_root, args, { prisma, user }) => {
      const rows = await prisma.$queryRaw<{ area: string; bucket: number; count: bigint }[]>`
        SELECT area.key AS area, least(floor(((area.value->>'percent')::float8 + ${tolerance}) * 10)::int, 9) AS bucket,
               count(*) AS count
        FROM (${countingScores(user)}) c ${joins}, jsonb_each(c.areas) AS area
        WHERE ${filters(user, args)}
        GROUP BY 1, 2 ORDER BY 1`;
      const areas = [...new Set(rows.map((row) => row.area))];
      return areas.map((area) => ({
        area,
        buckets: buckets(
          rows.filter((row) => row.area === area),
          0.1,
          10,
        ),
      }));
    },
  }),
  readiness: t.withAuth({ may: 'read' }).field({
    type: Readiness,
    args: yearArgs(t),
    resolve: async (_root, args, { prisma, user }) => {
      // Each evaluation counts once, by the verdict its criteria give (the scoring service's, stored).
      const [counts] = await prisma.$queryRaw<{ wbbm: bigint; wbk: bigint; neither: bigint }[]>`
        SELECT count(*) FILTER (WHERE c.verdict = 'WBBM') AS wbbm, count(*) FILTER (WHERE c.verdict = 'WBK') AS wbk,
               count(*) FILTER (WHERE c.verdict IS NULL) AS neither
        FROM (${countingScores(user)}) c ${joins}
        WHERE ${filters(user, args)}`;
      const reasons = await prisma.$queryRaw<{ criterion: string; count: bigint }[]>`
        SELECT reason AS criterion, count(*) AS count
        FROM (${countingScores(user)}) c ${joins}, unnest(c."wbkUnmet") AS reason
        WHERE ${filters(user, args)} AND c.verdict IS NULL
        GROUP BY 1 ORDER BY 2 DESC, 1`;
      const definitions = await Promise.all(
        (await prisma.instrument.findMany({ select: { id: true } })).map(
          async ({ id }) => (await loadInstrument(prisma, id)).definition,
        ),
      );
      return {
        wbbm: Number(counts?.wbbm ?? 0),
        wbk: Number(counts?.wbk ?? 0),
        neither: Number(counts?.neither ?? 0),
        wbkReasons: reasons.map((row) => ({
          criterion: row.criterion,
          label:
            definitions.map((definition) => criterionLabel(definition, row.criterion)).find(Boolean) ??
            row.criterion,
          count: Number(row.count),
        })),
      };
    },
  }),
  layerDeviation: t.withAuth({ may: 'read' }).field({
    type: [AreaDeviation],
    description:
      'How far the assessors’ layers move each area’s % from the unit’s own, on average; for roles that read every layer.',
    args: yearArgs(t),
    resolve: (_root, args, { prisma, user }) => {
      const hidden = (['TPI', 'TPN'] as const).find((layer) => !canReadLayer(user, layer));
      if (hidden) throw forbidden(message('layer.unreadable', { layer: hidden }));
      return prisma.$queryRaw<(typeof AreaDeviation.$inferType)[]>`
        WITH areas AS (
          SELECT s."evaluationId", s.layer, area.key AS area, (area.value->>'percent')::float8 AS percent
          FROM "LayerScore" s, jsonb_each(s.areas) AS area WHERE s.answered = s."itemCount"
        )
        SELECT unit.area, count(*)::int AS evaluations, count(tpn.percent)::int AS "withTpn",
               avg(tpi.percent - unit.percent) AS "tpiMinusUnit",
               avg(tpn.percent - tpi.percent) AS "tpnMinusTpi",
               avg(tpn.percent - unit.percent) AS "tpnMinusUnit"
        FROM areas unit
        JOIN "Evaluation" e ON e.id = unit."evaluationId"
        JOIN "Unit" u ON u.id = e."unitId"
        JOIN "Instrument" i ON i.id = e."instrumentId"
        LEFT JOIN areas tpi ON tpi."evaluationId" = unit."evaluationId" AND tpi.area = unit.area AND tpi.layer = 'TPI'
        LEFT JOIN areas tpn ON tpn."evaluationId" = unit."evaluationId" AND tpn.area = unit.area AND tpn.layer = 'TPN'
        WHERE unit.layer = 'UNIT' AND tpi.percent IS NOT NULL AND ${filters(user, args)}
        GROUP BY unit.area ORDER BY unit.area`;
    },
  }),
  scoreTrend: t.withAuth({ may: 'read' }).field({
    type: [TrendPoint],
    description: 'A unit’s total year by year (counting layer of each year among the layers you may read).',
    args: { unitId: t.arg.int() },
    resolve: async (_root, { unitId }, { prisma, user }) => {
      await findInScope(prisma, user, 'unit', unitId, { select: { id: true } });
      return prisma.$queryRaw<(typeof TrendPoint.$inferType)[]>`
        SELECT e.year, i.code AS instrument, c.layer::text AS layer, c.total
        FROM (${countingScores(user)}) c
        JOIN "Evaluation" e ON e.id = c."evaluationId" JOIN "Instrument" i ON i.id = e."instrumentId"
        WHERE e."unitId" = ${unitId}
        ORDER BY e.year`;
    },
  }),
}));
