import { AgencyKind, BpkOpinion, Grade, type Prisma } from '@zi/db/client';
import { isRecordCode, isRecordYear, message, recordYears } from '@zi/schema';
import { findInScope, scopeOf } from '../access.ts';
import { builder, reachable } from '../builder.ts';
import { type FieldProblem, validationError } from '../errors.ts';
import { text } from '../inputs.ts';
import { recordChange } from '../services/changes.ts';
import { agencyTlhpSummary } from '../services/tlhp.ts';
import { TlhpSummaryRef } from './tlhp-summary.ts';

export const AgencyKindEnum = builder.enumType(AgencyKind, { name: 'AgencyKind' });
export const GradeEnum = builder.enumType(Grade, { name: 'Grade' });
export const BpkOpinionEnum = builder.enumType(BpkOpinion, { name: 'BpkOpinion' });

builder.prismaObject('Agency', {
  description: 'An instansi: ministry, agency, province or regency/city.',
  authScopes: reachable('agency'),
  fields: (t) => ({
    id: t.exposeInt('id'),
    kind: t.expose('kind', { type: AgencyKindEnum }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    region: t.exposeString('region', { nullable: true }),
    units: t.withAuth({ signedIn: true }).relation('units', {
      description: 'The agency’s units you may see.',
      query: (_args, { user }) => ({
        where: scopeOf(user).unit,
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
    tlhp: t.withAuth({ signedIn: true }).field({
      type: TlhpSummaryRef,
      description:
        'Follow-up completion of the agency’s audit recommendations you may see, up to `year` (all years when omitted).',
      args: { year: t.arg.int({ required: false }) },
      resolve: (agency, { year }, { prisma, user }) =>
        agencyTlhpSummary(prisma, user, agency.id, year ?? null),
    }),
  }),
});

builder.prismaObject('AgencyProfile', {
  description: 'Agency-level prerequisites for one year (Tabel 5).',
  authScopes: reachable('agencyProfile'),
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
    search: t.string({ required: false, ...text('name', 'Part of the name, code or region.') }),
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
  agencies: t.withAuth({ may: 'read' }).prismaConnection(
    {
      type: 'Agency',
      cursor: 'id',
      description: 'Agencies you may see, by name; at most 200 a page.',
      args: { filter: t.arg({ type: AgencyFilter, required: false }) },
      totalCount: (_connection, args, { prisma, user }) =>
        prisma.agency.count({ where: { AND: [scopeOf(user).agency, agencyWhere(args.filter)] } }),
      resolve: (query, _root, args, { prisma, user }) =>
        prisma.agency.findMany({
          ...query,
          where: { AND: [scopeOf(user).agency, agencyWhere(args.filter)] },
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'AgencyConnection' },
    { name: 'AgencyEdge' },
  ),
  agency: t.withAuth({ may: 'read' }).prismaField({
    type: 'Agency',
    args: { id: t.arg.int() },
    resolve: (query, _root, { id }, { prisma, user }) => findInScope(prisma, user, 'agency', id, query),
  }),
}));

const AgencyInput = builder.inputType('AgencyInput', {
  fields: (t) => ({
    kind: t.field({ type: AgencyKindEnum }),
    code: t.string(text('code')),
    name: t.string(text('name')),
    region: t.string({ required: false, ...text('name') }),
  }),
});

const AgencyProfileInput = builder.inputType('AgencyProfileInput', {
  description: 'A field left out keeps its stored value; null clears it.',
  fields: (t) => ({
    bpkOpinion: t.field({ type: BpkOpinionEnum, required: false }),
    sakipGrade: t.field({ type: GradeEnum, required: false }),
    indeksRbGrade: t.field({ type: GradeEnum, required: false }),
    spipLevel: t.int({ required: false }),
  }),
});

/** An input field left out (undefined) keeps the stored value; an explicit null clears it. */
const keptUnlessGiven = <T>(given: T | null | undefined, stored: T | null | undefined): T | null =>
  given === undefined ? (stored ?? null) : given;

function checkAgency(input: typeof AgencyInput.$inferInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isRecordCode(input.code)) problems.push({ field: 'input.code', message: message('value.code') });
  if (!input.name.trim()) problems.push({ field: 'input.name', message: message('value.required') });
  return problems;
}

const counted = { _count: { select: { units: true, audits: true, users: true } } } as const;

builder.mutationFields((t) => ({
  createAgency: t.withAuth({ may: 'agency.write' }).prismaField({
    type: 'Agency',
    args: { input: t.arg({ type: AgencyInput }) },
    resolve: (query, _root, { input }, context) =>
      context.prisma.$transaction(async (tx) => {
        const problems = checkAgency(input);
        if (await tx.agency.count({ where: { code: input.code } })) {
          problems.push({ field: 'input.code', message: message('value.codeTaken', { code: input.code }) });
        }
        if (problems.length) throw validationError(message('agency.invalid'), problems);
        const agency = await tx.agency.create({ ...query, data: { ...input, region: input.region ?? null } });
        await recordChange(tx, {
          entity: 'Agency',
          entityId: agency.id,
          action: 'CREATE',
          after: input,
          actorId: context.user.id,
        });
        return agency;
      }),
  }),
  updateAgency: t.withAuth({ may: 'agency.write' }).prismaField({
    type: 'Agency',
    args: { id: t.arg.int(), input: t.arg({ type: AgencyInput }) },
    resolve: (query, _root, { id, input }, context) =>
      context.prisma.$transaction(async (tx) => {
        const before = await findInScope(tx, context.user, 'agency', id);
        const problems = checkAgency(input);
        if (await tx.agency.count({ where: { code: input.code, id: { not: id } } })) {
          problems.push({ field: 'input.code', message: message('value.codeTaken', { code: input.code }) });
        }
        if (problems.length) throw validationError(message('agency.invalid'), problems);
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
          actorId: context.user.id,
        });
        return agency;
      }),
  }),
  deleteAgency: t.withAuth({ may: 'agency.write' }).boolean({
    description: 'Removes an agency that has no units, audits or users.',
    args: { id: t.arg.int() },
    resolve: (_root, { id }, context) =>
      context.prisma.$transaction(async (tx) => {
        const before = await findInScope<'agency', Prisma.AgencyGetPayload<{ include: typeof counted }>>(
          tx,
          context.user,
          'agency',
          id,
          { include: counted },
        );
        const { units, audits, users } = before._count;
        if (units + audits + users > 0) {
          const links = [
            { what: 'units', count: units },
            { what: 'audits', count: audits },
            { what: 'users', count: users },
          ] as const;
          throw validationError(message('agency.stillLinked'), [
            {
              field: 'id',
              message: message('record.linked', { links: links.filter((link) => link.count > 0) }),
            },
          ]);
        }
        await tx.agency.delete({ where: { id } });
        await recordChange(tx, {
          entity: 'Agency',
          entityId: id,
          action: 'DELETE',
          before,
          actorId: context.user.id,
        });
        return true;
      }),
  }),
  saveAgencyProfile: t.withAuth({ may: 'agency.write' }).prismaField({
    type: 'AgencyProfile',
    description: 'Sets an agency’s prerequisites for one year (BPK opinion, SAKIP, Indeks RB, SPIP).',
    args: { agencyId: t.arg.int(), year: t.arg.int(), input: t.arg({ type: AgencyProfileInput }) },
    resolve: (query, _root, { agencyId, year, input }, context) =>
      context.prisma.$transaction(async (tx) => {
        await findInScope(tx, context.user, 'agency', agencyId, { select: { id: true } });
        const problems: FieldProblem[] = [];
        if (!isRecordYear(year))
          problems.push({ field: 'year', message: message('value.yearRange', recordYears) });
        if (input.spipLevel != null && (input.spipLevel < 1 || input.spipLevel > 5)) {
          problems.push({ field: 'input.spipLevel', message: message('agency.spipRange') });
        }
        if (problems.length) throw validationError(message('agency.profileInvalid'), problems);
        const before = await tx.agencyProfile.findUnique({ where: { agencyId_year: { agencyId, year } } });
        const data = {
          bpkOpinion: keptUnlessGiven(input.bpkOpinion, before?.bpkOpinion),
          sakipGrade: keptUnlessGiven(input.sakipGrade, before?.sakipGrade),
          indeksRbGrade: keptUnlessGiven(input.indeksRbGrade, before?.indeksRbGrade),
          spipLevel: keptUnlessGiven(input.spipLevel, before?.spipLevel),
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
          actorId: context.user.id,
        });
        return profile;
      }),
  }),
}));
