import { AgencyKind, BpkOpinion, Grade, type Prisma } from '@zi/db/client';
import { builder, currentUser } from '../builder.ts';
import { type FieldProblem, forbidden, notFound, validationError } from '../errors.ts';
import { agencyScope, unitScope } from '../scope.ts';
import { tlhpSummary } from '../tlhp.ts';
import { recordChange } from './change.ts';
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

const AgencyInput = builder.inputType('AgencyInput', {
  fields: (t) => ({
    kind: t.field({ type: AgencyKindEnum }),
    code: t.string(),
    name: t.string(),
    region: t.string({ required: false }),
  }),
});

const AgencyProfileInput = builder.inputType('AgencyProfileInput', {
  fields: (t) => ({
    bpkOpinion: t.field({ type: BpkOpinionEnum, required: false }),
    sakipGrade: t.field({ type: GradeEnum, required: false }),
    indeksRbGrade: t.field({ type: GradeEnum, required: false }),
    spipLevel: t.int({ required: false }),
  }),
});

function checkAgency(input: typeof AgencyInput.$inferInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!/^[A-Z0-9-]{2,40}$/.test(input.code))
    problems.push({ field: 'input.code', message: 'kode 2–40 huruf besar, angka atau -' });
  if (!input.name.trim()) problems.push({ field: 'input.name', message: 'nama wajib diisi' });
  return problems;
}

const admin = { role: ['ADMIN'] } as const;

builder.mutationFields((t) => ({
  createAgency: t.prismaField({
    type: 'Agency',
    authScopes: { role: [...admin.role] },
    args: { input: t.arg({ type: AgencyInput }) },
    resolve: (query, _root, { input }, context) =>
      context.prisma.$transaction(async (tx) => {
        const problems = checkAgency(input);
        if (await tx.agency.count({ where: { code: input.code } })) {
          problems.push({ field: 'input.code', message: `kode ${input.code} sudah dipakai` });
        }
        if (problems.length) throw validationError('Data instansi tidak valid.', problems);
        const agency = await tx.agency.create({ ...query, data: { ...input, region: input.region ?? null } });
        await recordChange(tx, {
          entity: 'Agency',
          entityId: agency.id,
          action: 'CREATE',
          after: input,
          actorId: currentUser(context).id,
        });
        return agency;
      }),
  }),
  updateAgency: t.prismaField({
    type: 'Agency',
    authScopes: { role: [...admin.role] },
    args: { id: t.arg.int(), input: t.arg({ type: AgencyInput }) },
    resolve: (query, _root, { id, input }, context) =>
      context.prisma.$transaction(async (tx) => {
        const before = await tx.agency.findUnique({ where: { id } });
        if (!before) throw notFound('Instansi', id);
        const problems = checkAgency(input);
        if (await tx.agency.count({ where: { code: input.code, id: { not: id } } })) {
          problems.push({ field: 'input.code', message: `kode ${input.code} sudah dipakai` });
        }
        if (problems.length) throw validationError('Data instansi tidak valid.', problems);
        const agency = await tx.agency.update({
          ...query,
          where: { id },
          data: { ...input, region: input.region ?? null },
        });
        await recordChange(tx, {
          entity: 'Agency',
          entityId: id,
          action: 'UPDATE',
          before,
          after: input,
          actorId: currentUser(context).id,
        });
        return agency;
      }),
  }),
  deleteAgency: t.boolean({
    authScopes: { role: [...admin.role] },
    description: 'Removes an agency that has no units, audits or users.',
    args: { id: t.arg.int() },
    resolve: (_root, { id }, context) =>
      context.prisma.$transaction(async (tx) => {
        const before = await tx.agency.findUnique({
          where: { id },
          include: { _count: { select: { units: true, audits: true, users: true } } },
        });
        if (!before) throw notFound('Instansi', id);
        const { units, audits, users } = before._count;
        if (units + audits + users > 0) {
          throw validationError('Instansi masih memiliki unit, audit atau pengguna.', [
            { field: 'id', message: `${units} unit, ${audits} audit, ${users} pengguna masih terhubung` },
          ]);
        }
        await tx.agency.delete({ where: { id } });
        await recordChange(tx, {
          entity: 'Agency',
          entityId: id,
          action: 'DELETE',
          before,
          actorId: currentUser(context).id,
        });
        return true;
      }),
  }),
  saveAgencyProfile: t.prismaField({
    type: 'AgencyProfile',
    authScopes: { role: [...admin.role] },
    description: 'Sets an agency’s prerequisites for one year (BPK opinion, SAKIP, Indeks RB, SPIP).',
    args: { agencyId: t.arg.int(), year: t.arg.int(), input: t.arg({ type: AgencyProfileInput }) },
    resolve: (query, _root, { agencyId, year, input }, context) =>
      context.prisma.$transaction(async (tx) => {
        if (!(await tx.agency.count({ where: { id: agencyId } }))) throw notFound('Instansi', agencyId);
        const problems: FieldProblem[] = [];
        if (year < 2000 || year > 2100)
          problems.push({ field: 'year', message: 'tahun antara 2000 dan 2100' });
        if (input.spipLevel != null && (input.spipLevel < 1 || input.spipLevel > 5)) {
          problems.push({ field: 'input.spipLevel', message: 'level SPIP antara 1 dan 5' });
        }
        if (problems.length) throw validationError('Profil instansi tidak valid.', problems);
        const before = await tx.agencyProfile.findUnique({ where: { agencyId_year: { agencyId, year } } });
        const data = {
          bpkOpinion: input.bpkOpinion ?? null,
          sakipGrade: input.sakipGrade ?? null,
          indeksRbGrade: input.indeksRbGrade ?? null,
          spipLevel: input.spipLevel ?? null,
        };
        const profile = await tx.agencyProfile.upsert({
          ...query,
          where: { agencyId_year: { agencyId, year } },
          create: { agencyId, year, ...data },
          update: data,
        });
        await recordChange(tx, {
          entity: 'AgencyProfile',
          entityId: profile.id,
          action: before ? 'UPDATE' : 'CREATE',
          before,
          after: data,
          actorId: currentUser(context).id,
        });
        return profile;
      }),
  }),
}));
