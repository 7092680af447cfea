import { AgencyKind, BpkOpinion, Grade, type Prisma } from '@zi/db/client';
import { builder } from '../builder.ts';
import { forbidden, notFound } from '../errors.ts';
import { agencyScope, unitScope } from '../scope.ts';
import { tlhpSummary } from '../tlhp.ts';
import { TlhpSummaryRef } from './tlhp.ts';

export const AgencyKindEnum = builder.enumType(AgencyKind, { name: 'AgencyKind' });
export const GradeEnum = builder.enumType(Grade, { name: 'Grade' });
export const BpkOpinionEnum = builder.enumType(BpkOpinion, { name: 'BpkOpinion' });

builder.prismaObject('Agency', {
  description: 'An instansi: ministry, agency, province or regency/city.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    kind: t.expose('kind', { type: AgencyKindEnum }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    region: t.exposeString('region', { nullable: true }),
    units: t.relation('units', {
      description: 'The agency’s units you may see.',
      query: (_args, { user }) => ({
        where: user ? unitScope(user) : { id: -1 },
        orderBy: [{ eselon: 'asc' }, { code: 'asc' }],
      }),
    }),
    profiles: t.relation('profiles', { query: { orderBy: { year: 'desc' } } }),
    profile: t.prismaField({
      type: 'AgencyProfile',
      nullable: true,
      description: 'The agency’s prerequisites for one year.',
      args: { year: t.arg.int() },
      resolve: (query, agency, { year }, { prisma }) =>
        prisma.agencyProfile.findUnique({
          ...query,
          where: { agencyId_year: { agencyId: agency.id, year } },
        }),
    }),
    tlhp: t.field({
      type: TlhpSummaryRef,
      description: 'Follow-up completion of every audit of the agency up to `year` (all years when omitted).',
      args: { year: t.arg.int({ required: false }) },
      resolve: (agency, { year }, { prisma }) => tlhpSummary(prisma, { agencyId: agency.id }, year ?? null),
    }),
  }),
});

builder.prismaObject('AgencyProfile', {
  description: 'Agency-level prerequisites for one year (Tabel 5).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    year: t.exposeInt('year'),
    bpkOpinion: t.expose('bpkOpinion', { type: BpkOpinionEnum, nullable: true }),
    sakipGrade: t.expose('sakipGrade', { type: GradeEnum, nullable: true }),
    indeksRbGrade: t.expose('indeksRbGrade', { type: GradeEnum, nullable: true }),
    spipLevel: t.exposeInt('spipLevel', { nullable: true }),
  }),
});

const AgencyFilter = builder.inputType('AgencyFilter', {
  fields: (t) => ({
    kind: t.field({ type: [AgencyKindEnum], required: false }),
    search: t.string({ required: false, description: 'Part of the name, code or region.' }),
  }),
});

function agencyWhere(filter: typeof AgencyFilter.$inferInput | null | undefined): Prisma.AgencyWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(filter?.kind?.length ? { kind: { in: filter.kind } } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' } },
            { code: { contains: search, mode: 'insensitive' } },
            { region: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}

builder.queryFields((t) => ({
  agencies: t.prismaConnection(
    {
      type: 'Agency',
      cursor: 'id',
      description: 'Agencies you may see, by name; at most 200 a page.',
      args: { filter: t.arg({ type: AgencyFilter, required: false }) },
      totalCount: (_connection, args, { prisma, user }) =>
        prisma.agency.count({
          where: { AND: [user ? agencyScope(user) : { id: -1 }, agencyWhere(args.filter)] },
        }),
      resolve: (query, _root, args, { prisma, user }) =>
        prisma.agency.findMany({
          ...query,
          where: { AND: [user ? agencyScope(user) : { id: -1 }, agencyWhere(args.filter)] },
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'AgencyConnection' },
    { name: 'AgencyEdge' },
  ),
  agency: t.prismaField({
    type: 'Agency',
    args: { id: t.arg.int() },
    resolve: async (query, _root, { id }, { prisma, user }) => {
      const agency = await prisma.agency.findUnique({ ...query, where: { id } });
      if (!agency) throw notFound('Instansi', id);
      if (!user || !(await prisma.agency.count({ where: { id, ...agencyScope(user) } }))) {
        throw forbidden('Instansi ini di luar cakupan Anda.');
      }
      return agency;
    },
  }),
}));
