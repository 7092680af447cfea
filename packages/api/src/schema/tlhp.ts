import { Auditor, Prisma, TlhpStatus, type User } from '@zi/db/client';
import {
  amountProblem,
  isRecordYear,
  linksProblem,
  message,
  openTlhpStatuses,
  reachesAgency,
  recordYears,
  tlhpStatusLabels as statusLabels,
} from '@zi/schema';
import { writeTable } from '@zi/schema/workbook';
import { findInScope, findingColumns, reachSql, scopeOf } from '../access.ts';
import { builder, costOf, reachable } from '../builder.ts';
import { type FieldProblem, notFound, validationError } from '../errors.ts';
import { links, text } from '../inputs.ts';
import { recordChanges } from '../services/changes.ts';
import { setStatuses } from '../services/tlhp.ts';
import { Person } from './person.ts';
import { unitIfReachable } from './unit.ts';

export const TlhpStatusEnum = builder.enumType(TlhpStatus, { name: 'TlhpStatus' });
export const AuditorEnum = builder.enumType(Auditor, { name: 'Auditor' });

builder.prismaObject('Audit', {
  description: 'An audit report (LHP) by BPK, BPKP or the inspectorate.',
  authScopes: reachable('audit'),
  fields: (t) => ({
    id: t.exposeInt('id'),
    auditor: t.expose('auditor', { type: AuditorEnum }),
    reportNumber: t.exposeString('reportNumber'),
    reportDate: t.expose('reportDate', { type: 'DateTime' }),
    year: t.exposeInt('year'),
    title: t.exposeString('title'),
    agency: t.relation('agency'),
    unit: t.prismaField({
      type: 'Unit',
      nullable: true,
      description: 'The audited unit, when the audit concerns one unit you may see.',
      select: { unitId: true },
      resolve: (query, audit, _args, context) => unitIfReachable(query, audit.unitId, context),
    }),
    findings: t.withAuth({ signedIn: true }).relation('findings', {
      description: 'The findings you may see.',
      query: (_args, { user }) => ({ where: scopeOf(user).finding, orderBy: { number: 'asc' } }),
    }),
    findingCount: t.withAuth({ signedIn: true }).relationCount('findings', {
      where: (_args, { user }) => scopeOf(user).finding,
    }),
  }),
});

builder.prismaObject('Finding', {
  authScopes: reachable('finding'),
  fields: (t) => ({
    id: t.exposeInt('id'),
    number: t.exposeString('number'),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    audit: t.relation('audit'),
    unit: t.prismaField({
      type: 'Unit',
      nullable: true,
      select: { unitId: true },
      resolve: (query, finding, _args, context) => unitIfReachable(query, finding.unitId, context),
    }),
    recommendations: t.relation('recommendations', { query: { orderBy: { number: 'asc' } } }),
  }),
});

builder.prismaObject('Recommendation', {
  authScopes: reachable('recommendation'),
  fields: (t) => ({
    id: t.exposeInt('id'),
    number: t.exposeString('number'),
    text: t.exposeString('text'),
    status: t.expose('status', { type: TlhpStatusEnum }),
    amount: t.float({ nullable: true, resolve: (row) => (row.amount === null ? null : Number(row.amount)) }),
    recoveredAmount: t.float({
      nullable: true,
      resolve: (row) => (row.recoveredAmount === null ? null : Number(row.recoveredAmount)),
    }),
    dueDate: t.expose('dueDate', { type: 'DateTime', nullable: true }),
    evidence: t.exposeStringList('evidence'),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    finding: t.relation('finding'),
    history: t.relation('history', { query: { orderBy: { at: 'asc' } } }),
  }),
});

builder.prismaObject('RecommendationStatusChange', {
  fields: (t) => ({
    id: t.exposeInt('id'),
    fromStatus: t.expose('fromStatus', { type: TlhpStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: TlhpStatusEnum }),
    note: t.exposeString('note', { nullable: true }),
    evidence: t.exposeStringList('evidence'),
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.relation('actor', { type: Person, nullable: true }),
  }),
});

const RecommendationFilter = builder.inputType('RecommendationFilter', {
  fields: (t) => ({
    agencyId: t.int({ required: false }),
    unitId: t.int({ required: false }),
    auditor: t.field({ type: AuditorEnum, required: false }),
    year: t.int({ required: false }),
    status: t.field({ type: [TlhpStatusEnum], required: false }),
    overdue: t.boolean({
      required: false,
      description: 'Past its due date and still open (BELUM_SESUAI or BELUM_DITINDAKLANJUTI).',
    }),
  }),
});

function recommendationWhere(
  user: User,
  filter: typeof RecommendationFilter.$inferInput | null | undefined,
): Prisma.RecommendationWhereInput {
  const unitId = filter?.unitId;
  return {
    AND: [
      scopeOf(user).recommendation,
      filter?.agencyId != null ? { finding: { audit: { agencyId: filter.agencyId } } } : {},
      unitId != null ? { finding: { OR: [{ unitId }, { unitId: null, audit: { unitId } }] } } : {},
      filter?.auditor
        ? { finding: { audit: { auditor: filter.auditor as Prisma.EnumAuditorFilter['equals'] } } }
        : {},
      filter?.year != null ? { finding: { audit: { year: filter.year } } } : {},
      filter?.status?.length ? { status: { in: filter.status } } : {},
      filter?.overdue ? { dueDate: { lt: new Date() }, status: { in: [...openTlhpStatuses] } } : {},
    ],
  };
}

/** The same filter as `recommendationWhere`, for SQL over `"Recommendation" r`, `"Finding" f`, `"Audit" a`. */
export function recommendationSql(
  user: User,
  filter: typeof RecommendationFilter.$inferInput | null | undefined,
): Prisma.Sql {
  const owner = findingColumns.unitId;
  return Prisma.sql`${reachSql(user, findingColumns)}
    AND (${filter?.agencyId ?? null}::int IS NULL OR a."agencyId" = ${filter?.agencyId ?? null}::int)
    AND (${filter?.unitId ?? null}::int IS NULL OR ${owner} = ${filter?.unitId ?? null}::int)
    AND (${filter?.auditor ?? null}::text IS NULL OR a.auditor::text = ${filter?.auditor ?? null}::text)
    AND (${filter?.year ?? null}::int IS NULL OR a.year = ${filter?.year ?? null}::int)
    AND (${filter?.status?.length ? filter.status : null}::text[] IS NULL OR r.status::text = ANY(${filter?.status?.length ? filter.status : null}::text[]))
    AND (NOT ${filter?.overdue ?? false} OR (r."dueDate" < now() AND r.status::text = ANY(${openTlhpStatuses}::text[])))`;
}

export { RecommendationFilter };

builder.queryField('recommendations', (t) =>
  t.withAuth({ may: 'read' }).prismaConnection(
    {
      type: 'Recommendation',
      cursor: 'id',
      description: 'Audit recommendations you may see, filtered; at most 200 a page.',
      args: { filter: t.arg({ type: RecommendationFilter, required: false }) },
      totalCount: (_connection, args, { prisma, user }) =>
        prisma.recommendation.count({ where: recommendationWhere(user, args.filter) }),
      resolve: (query, _root, args, { prisma, user }) =>
        prisma.recommendation.findMany({
          ...query,
          where: recommendationWhere(user, args.filter),
          orderBy: [{ findingId: 'asc' }, { number: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'RecommendationConnection' },
    { name: 'RecommendationEdge' },
  ),
);

builder.mutationField('setRecommendationStatus', (t) =>
  t.withAuth({ may: 'tlhp.write' }).prismaField({
    type: ['Recommendation'],
    description:
      'Sets the follow-up status of many recommendations at once; each change enters its history. ' +
      'TIDAK_DAPAT_DITINDAKLANJUTI needs a note.',
    args: {
      ids: t.arg.intList(),
      status: t.arg({ type: TlhpStatusEnum }),
      note: t.arg.string({ required: false, ...text('note') }),
      evidence: t.arg.stringList({
        required: false,
        ...links('Links to the follow-up documents (http/https).'),
      }),
    },
    resolve: (query, _root, { ids, status, note, evidence }, { prisma, user }) => {
      return prisma.$transaction(async (tx) => {
        await setStatuses(tx, user, { ids, status, note: note ?? null, evidence: evidence ?? [] });
        return tx.recommendation.findMany({ ...query, where: { id: { in: ids } }, orderBy: { id: 'asc' } });
      });
    },
  }),
);

const RecommendationDetails = builder.inputType('RecommendationDetails', {
  description: 'What the inspectorate keeps on a recommendation besides its status; what is left out stays.',
  fields: (t) => ({
    dueDate: t.field({ type: 'DateTime', required: false }),
    evidence: t.stringList({ required: false, ...links('Links to the follow-up documents (http/https).') }),
    recoveredAmount: t.float({ required: false, description: 'Rupiah, 0 up to 10^15.' }),
  }),
});

builder.mutationField('updateRecommendation', (t) =>
  t.withAuth({ may: 'tlhp.write' }).prismaField({
    type: 'Recommendation',
    description:
      'Sets a recommendation’s due date, evidence links or recovered amount; the change is logged.',
    args: { id: t.arg.int(), details: t.arg({ type: RecommendationDetails }) },
    resolve: async (query, _root, { id, details }, context) => {
      const { user } = context;
      const before = await findInScope(context.prisma, user, 'recommendation', id);
      const problems: FieldProblem[] = [];
      const evidenceProblem = linksProblem(details.evidence ?? []);
      if (evidenceProblem) problems.push({ field: 'details.evidence', message: evidenceProblem });
      const amount = details.recoveredAmount == null ? null : amountProblem(details.recoveredAmount);
      if (amount) problems.push({ field: 'details.recoveredAmount', message: amount });
      if (problems.length) throw validationError(message('recommendation.invalid'), problems);
      const data = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined));
      return context.prisma.$transaction(async (tx) => {
        const updated = await tx.recommendation.update({
          ...query,
          where: { id },
          data: { ...data, version: { increment: 1 } },
        });
        await recordChanges(tx, [
          {
            entity: 'Recommendation',
            entityId: id,
            action: 'UPDATE',
            before: Object.fromEntries(
              Object.keys(data).map((key) => [key, before[key as keyof typeof before]]),
            ),
            after: data,
            actorId: user.id,
          },
        ]);
        return updated;
      });
    },
  }),
);

const exportColumns = [
  { header: 'No. LHP', width: 22 },
  { header: 'Pemeriksa', width: 12 },
  { header: 'Tahun', width: 8 },
  { header: 'Instansi', width: 28 },
  { header: 'Unit', width: 28 },
  { header: 'No. Temuan', width: 10 },
  { header: 'Uraian Temuan', width: 40 },
  { header: 'No. Rekomendasi', width: 10 },
  { header: 'Uraian Rekomendasi', width: 48 },
  { header: 'Status', width: 26 },
  { header: 'Nilai Rekomendasi', width: 16 },
  { header: 'Nilai Setor', width: 16 },
  { header: 'Batas Waktu', width: 12 },
];

builder.queryField('recommendationsExport', (t) =>
  t.withAuth({ may: 'read' }).string({
    complexity: costOf.file,
    description:
      'The filtered recommendations as an .xlsx workbook (base64), in the follow-up list layout the import reads.',
    args: { filter: t.arg({ type: RecommendationFilter, required: false }) },
    resolve: async (_root, { filter }, context) => {
      const rows = await context.prisma.$queryRaw<
        {
          reportNumber: string;
          auditor: string;
          year: number;
          agency: string;
          unit: string | null;
          findingNumber: string;
          findingTitle: string;
          number: string;
          text: string;
          status: string;
          amount: number | null;
          recoveredAmount: number | null;
          dueDate: Date | null;
        }[]
      >`
        SELECT a."reportNumber", a.auditor::text AS auditor, a.year, ag.name AS agency, u.name AS unit,
               f.number AS "findingNumber", f.title AS "findingTitle", r.number, r.text, r.status::text AS status,
               r.amount::float8 AS amount, r."recoveredAmount"::float8 AS "recoveredAmount", r."dueDate"
        FROM "Recommendation" r JOIN "Finding" f ON f.id = r."findingId" JOIN "Audit" a ON a.id = f."auditId"
        JOIN "Agency" ag ON ag.id = a."agencyId" LEFT JOIN "Unit" u ON u.id = coalesce(f."unitId", a."unitId")
        WHERE ${recommendationSql(context.user, filter)}
        ORDER BY a."reportNumber", f.number, r.number`;
      const bytes = await writeTable(
        'Tindak Lanjut',
        exportColumns,
        rows.map((row) => [
          row.reportNumber,
          row.auditor,
          row.year,
          row.agency,
          row.unit,
          row.findingNumber,
          row.findingTitle,
          row.number,
          row.text,
          statusLabels[row.status as TlhpStatus],
          row.amount,
          row.recoveredAmount,
          row.dueDate,
        ]),
      );
      return Buffer.from(bytes).toString('base64');
    },
  }),
);

const AuditFilter = builder.inputType('AuditFilter', {
  fields: (t) => ({
    agencyId: t.int({ required: false }),
    auditor: t.field({ type: AuditorEnum, required: false }),
    year: t.int({ required: false }),
  }),
});

builder.queryField('audits', (t) =>
  t.withAuth({ may: 'read' }).prismaConnection(
    {
      type: 'Audit',
      cursor: 'id',
      description: 'Audit reports you may see, newest first; at most 200 a page.',
      args: { filter: t.arg({ type: AuditFilter, required: false }) },
      totalCount: (_connection, { filter }, { prisma, user }) =>
        prisma.audit.count({ where: auditWhere(user, filter) }),
      resolve: (query, _root, { filter }, { prisma, user }) =>
        prisma.audit.findMany({
          ...query,
          where: auditWhere(user, filter),
          orderBy: [{ reportDate: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'AuditConnection' },
    { name: 'AuditEdge' },
  ),
);

function auditWhere(
  user: User,
  filter: typeof AuditFilter.$inferInput | null | undefined,
): Prisma.AuditWhereInput {
  return {
    AND: [
      scopeOf(user).audit,
      filter?.agencyId != null ? { agencyId: filter.agencyId } : {},
      filter?.auditor ? { auditor: filter.auditor as Prisma.EnumAuditorFilter['equals'] } : {},
      filter?.year != null ? { year: filter.year } : {},
    ],
  };
}

const AuditInput = builder.inputType('AuditInput', {
  fields: (t) => ({
    agencyId: t.int(),
    unitId: t.int({ required: false, description: 'The audited unit, when the audit concerns one unit.' }),
    auditor: t.field({ type: AuditorEnum }),
    reportNumber: t.string(text('name', 'The report (LHP) number, unique per auditor.')),
    reportDate: t.field({ type: 'DateTime' }),
    year: t.int({ description: 'The audit year.' }),
    title: t.string(text('title')),
  }),
});

builder.mutationField('createAudit', (t) =>
  t.withAuth({ may: 'tlhp.write' }).prismaField({
    type: 'Audit',
    description:
      'Records an audit report so that its findings and recommendations can be followed up or imported.',
    args: { input: t.arg({ type: AuditInput }) },
    resolve: async (query, _root, { input }, { prisma, user }) => {
      if (!reachesAgency(user, input.agencyId)) throw notFound('agency', input.agencyId);
      const problems: FieldProblem[] = [];
      if (!input.reportNumber.trim())
        problems.push({ field: 'input.reportNumber', message: message('audit.reportNumberRequired') });
      if (!input.title.trim())
        problems.push({ field: 'input.title', message: message('audit.titleRequired') });
      if (!isRecordYear(input.year))
        problems.push({ field: 'input.year', message: message('value.yearRange', recordYears) });
      if (!(await prisma.agency.count({ where: { id: input.agencyId } })))
        problems.push({ field: 'input.agencyId', message: message('agency.missing', {}) });
      if (
        input.unitId != null &&
        !(await prisma.unit.count({ where: { id: input.unitId, agencyId: input.agencyId } }))
      )
        problems.push({ field: 'input.unitId', message: message('unit.notInAgency') });
      if (
        await prisma.audit.count({
          where: { auditor: input.auditor, reportNumber: input.reportNumber.trim() },
        })
      )
        problems.push({
          field: 'input.reportNumber',
          message: message('audit.taken', { reportNumber: input.reportNumber, auditor: input.auditor }),
        });
      if (problems.length) throw validationError(message('audit.invalid'), problems);
      return prisma.$transaction(async (tx) => {
        const audit = await tx.audit.create({
          ...query,
          data: {
            ...input,
            reportNumber: input.reportNumber.trim(),
            title: input.title.trim(),
            unitId: input.unitId ?? null,
          },
        });
        await recordChanges(tx, [
          { entity: 'Audit', entityId: audit.id, action: 'CREATE', after: input, actorId: user.id },
        ]);
        return audit;
      });
    },
  }),
);

builder.queryField('audit', (t) =>
  t.withAuth({ may: 'read' }).prismaField({
    type: 'Audit',
    args: { id: t.arg.int() },
    resolve: (query, _root, { id }, { prisma, user }) => findInScope(prisma, user, 'audit', id, query),
  }),
);
