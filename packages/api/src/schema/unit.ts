import { Eselon, type Prisma } from '@zi/db/client';
import { builder } from '../builder.ts';
import { forbidden, notFound } from '../errors.ts';
import { evaluationScope, unitScope } from '../scope.ts';
import { tlhpSummary } from '../tlhp.ts';
import { TlhpSummaryRef } from './tlhp.ts';

export const EselonEnum = builder.enumType(Eselon, { name: 'Eselon' });

builder.prismaObject('Unit', {
  description: 'A unit kerja nominated for Zona Integritas.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    eselon: t.expose('eselon', { type: EselonEnum }),
    coreService: t.exposeBoolean('coreService'),
    afirmasi: t.exposeBoolean('afirmasi'),
    ziSinceYear: t.exposeInt('ziSinceYear', { nullable: true }),
    agency: t.relation('agency'),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', {
      query: (_args, { user }) => ({ where: user ? unitScope(user) : { id: -1 }, orderBy: { code: 'asc' } }),
    }),
    evaluations: t.relation('evaluations', {
      query: (_args, { user }) => ({
        where: user ? evaluationScope(user) : { id: -1 },
        orderBy: { year: 'desc' },
      }),
    }),
    tlhp: t.field({
      type: TlhpSummaryRef,
      description:
        'Follow-up completion of the unit’s audit recommendations up to `year` (all years when omitted).',
      args: { year: t.arg.int({ required: false }) },
      resolve: (unit, { year }, { prisma }) => tlhpSummary(prisma, { unitId: unit.id }, year ?? null),
    }),
  }),
});

const UnitFilter = builder.inputType('UnitFilter', {
  fields: (t) => ({
    agencyId: t.int({ required: false }),
    parentId: t.int({ required: false }),
    eselon: t.field({ type: [EselonEnum], required: false }),
    search: t.string({ required: false, description: 'Part of the name or code.' }),
  }),
});

function unitWhere(filter: typeof UnitFilter.$inferInput | null | undefined): Prisma.UnitWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(filter?.agencyId != null ? { agencyId: filter.agencyId } : {}),
    ...(filter?.parentId != null ? { parentId: filter.parentId } : {}),
    ...(filter?.eselon?.length ? { eselon: { in: filter.eselon } } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' } },
            { code: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}

builder.queryFields((t) => ({
  units: t.prismaConnection(
    {
      type: 'Unit',
      cursor: 'id',
      description: 'Units you may see; at most 200 a page.',
      args: { filter: t.arg({ type: UnitFilter, required: false }) },
      totalCount: (_connection, args, { prisma, user }) =>
        prisma.unit.count({ where: { AND: [user ? unitScope(user) : { id: -1 }, unitWhere(args.filter)] } }),
      resolve: (query, _root, args, { prisma, user }) =>
        prisma.unit.findMany({
          ...query,
          where: { AND: [user ? unitScope(user) : { id: -1 }, unitWhere(args.filter)] },
          orderBy: [{ agencyId: 'asc' }, { code: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'UnitConnection' },
    { name: 'UnitEdge' },
  ),
  unit: t.prismaField({
    type: 'Unit',
    args: { id: t.arg.int() },
    resolve: async (query, _root, { id }, { prisma, user }) => {
      const unit = await prisma.unit.findUnique({ ...query, where: { id } });
      if (!unit) throw notFound('Unit', id);
      if (!user || !(await prisma.unit.count({ where: { id, ...unitScope(user) } }))) {
        throw forbidden('Unit ini di luar cakupan Anda.');
      }
      return unit;
    },
  }),
}));
