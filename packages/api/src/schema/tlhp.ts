import { Auditor, type Prisma, TlhpStatus, type User } from '@zi/db/client';
import type { TlhpSummary } from '@zi/schema';
import { builder, currentUser } from '../builder.ts';
import { type FieldProblem, forbidden, notFound, validationError } from '../errors.ts';
import { auditScope } from '../scope.ts';
import { recordChanges } from './change.ts';

export const TlhpSummaryRef = builder.objectRef<TlhpSummary>('TlhpSummary').implement({
  description:
    'Audit follow-up completion: SESUAI ÷ (all, less TIDAK_DAPAT_DITINDAKLANJUTI unless the setting counts them).',
  fields: (t) => ({
    total: t.exposeInt('total'),
    denominator: t.exposeInt('denominator'),
    completion: t.exposeFloat('completion', { description: '0–1; 1 when nothing is left to follow up.' }),
    sesuai: t.int({ resolve: (summary) => summary.counts.SESUAI }),
    belumSesuai: t.int({ resolve: (summary) => summary.counts.BELUM_SESUAI }),
    belumDitindaklanjuti: t.int({ resolve: (summary) => summary.counts.BELUM_DITINDAKLANJUTI }),
    tidakDapatDitindaklanjuti: t.int({ resolve: (summary) => summary.counts.TIDAK_DAPAT_DITINDAKLANJUTI }),
  }),
});

export const TlhpStatusEnum = builder.enumType(TlhpStatus, { name: 'TlhpStatus' });
export const AuditorEnum = builder.enumType(Auditor, { name: 'Auditor' });

builder.prismaObject('Audit', {
  description: 'An audit report (LHP) by BPK, BPKP or the inspectorate.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    auditor: t.expose('auditor', { type: AuditorEnum }),
    reportNumber: t.exposeString('reportNumber'),
    reportDate: t.expose('reportDate', { type: 'DateTime' }),
    year: t.exposeInt('year'),
    title: t.exposeString('title'),
    agency: t.relation('agency'),
    unit: t.relation('unit', { nullable: true }),
    findings: t.relation('findings', { query: { orderBy: { number: 'asc' } } }),
  }),
});

builder.prismaObject('Finding', {
  fields: (t) => ({
    id: t.exposeInt('id'),
    number: t.exposeString('number'),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    audit: t.relation('audit'),
    unit: t.relation('unit', { nullable: true }),
    recommendations: t.relation('recommendations', { query: { orderBy: { number: 'asc' } } }),
  }),
});

builder.prismaObject('Recommendation', {
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
    actor: t.relation('actor', { nullable: true }),
  }),
});

const RecommendationFilter = builder.inputType('RecommendationFilter', {
  fields: (t) => ({
    agencyId: t.int({ required: false }),
    unitId: t.int({ required: false }),
    auditor: t.field({ type: AuditorEnum, required: false }),
    year: t.int({ required: false }),
    status: t.field({ type: [TlhpStatusEnum], required: false }),
    overdue: t.boolean({ required: false, description: 'Past its due date and not SESUAI.' }),
  }),
});

function recommendationWhere(
  user: User,
  filter: typeof RecommendationFilter.$inferInput | null | undefined,
): Prisma.RecommendationWhereInput {
  const unitId = filter?.unitId;
  return {
    AND: [
      { finding: { audit: auditScope(user) } },
      filter?.agencyId != null ? { finding: { audit: { agencyId: filter.agencyId } } } : {},
      unitId != null ? { finding: { OR: [{ unitId }, { unitId: null, audit: { unitId } }] } } : {},
      filter?.auditor
        ? { finding: { audit: { auditor: filter.auditor as Prisma.EnumAuditorFilter['equals'] } } }
        : {},
      filter?.year != null ? { finding: { audit: { year: filter.year } } } : {},
      filter?.status?.length ? { status: { in: filter.status } } : {},
      filter?.overdue ? { dueDate: { lt: new Date() }, status: { not: 'SESUAI' } } : {},
    ],
  };
}

builder.queryField('recommendations', (t) =>
  t.prismaConnection(
    {
      type: 'Recommendation',
      cursor: 'id',
      description: 'Audit recommendations you may see, filtered; at most 200 a page.',
      args: { filter: t.arg({ type: RecommendationFilter, required: false }) },
      totalCount: (_connection, args, context) =>
        context.prisma.recommendation.count({
          where: recommendationWhere(currentUser(context), args.filter),
        }),
      resolve: (query, _root, args, context) =>
        context.prisma.recommendation.findMany({
          ...query,
          where: recommendationWhere(currentUser(context), args.filter),
          orderBy: [{ findingId: 'asc' }, { number: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'RecommendationConnection' },
    { name: 'RecommendationEdge' },
  ),
);

builder.mutationField('setRecommendationStatus', (t) =>
  t.prismaField({
    type: ['Recommendation'],
    authScopes: { role: ['INSPEKTORAT', 'ADMIN'] },
    description:
      'Sets the follow-up status of many recommendations at once; each change enters its history. ' +
      'TIDAK_DAPAT_DITINDAKLANJUTI needs a note.',
    args: {
      ids: t.arg.intList(),
      status: t.arg({ type: TlhpStatusEnum }),
      note: t.arg.string({ required: false }),
      evidence: t.arg.stringList({ required: false }),
    },
    resolve: (query, _root, { ids, status, note, evidence }, context) => {
      const user = currentUser(context);
      return context.prisma.$transaction(async (tx) => {
        const problems: FieldProblem[] = [];
        if (!ids.length) problems.push({ field: 'ids', message: 'pilih minimal satu rekomendasi' });
        if (status === 'TIDAK_DAPAT_DITINDAKLANJUTI' && !note?.trim()) {
          problems.push({
            field: 'note',
            message: 'status Tidak Dapat Ditindaklanjuti memerlukan catatan alasan',
          });
        }
        for (const link of evidence ?? []) {
          if (!/^https?:\/\/\S+$/i.test(link))
            problems.push({ field: 'evidence', message: `bukti harus tautan http(s), bukan "${link}"` });
        }
        if (problems.length) throw validationError('Perubahan status tidak valid.', problems);
        const found = await tx.recommendation.findMany({
          where: { id: { in: ids } },
          select: { id: true, status: true },
        });
        const missing = ids.filter((id) => !found.some((row) => row.id === id));
        if (missing.length) throw notFound('Rekomendasi', missing.join(', '));
        const inScope = await tx.recommendation.count({
          where: { id: { in: ids }, finding: { audit: auditScope(user) } },
        });
        if (inScope !== found.length) throw forbidden('Sebagian rekomendasi di luar instansi Anda.');
        const changing = found.filter((row) => row.status !== status);
        await tx.recommendation.updateMany({
          where: { id: { in: changing.map((row) => row.id) } },
          data: { status, version: { increment: 1 }, ...(evidence?.length ? { evidence } : {}) },
        });
        await tx.recommendationStatusChange.createMany({
          data: changing.map((row) => ({
            recommendationId: row.id,
            fromStatus: row.status,
            toStatus: status,
            note: note ?? null,
            evidence: evidence ?? [],
            actorId: user.id,
          })),
        });
        await recordChanges(
          tx,
          changing.map((row) => ({
            entity: 'Recommendation',
            entityId: row.id,
            action: 'UPDATE' as const,
            before: { status: row.status },
            after: { status, note },
            actorId: user.id,
          })),
        );
        return tx.recommendation.findMany({ ...query, where: { id: { in: ids } }, orderBy: { id: 'asc' } });
      });
    },
  }),
);
