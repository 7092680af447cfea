import { Eselon, type Prisma } from '@zi/db/client';
import { isRecordCode, type Linked, message } from '@zi/schema';
import { findInScope, scopeOf } from '../access.ts';
import { builder, type Context, reachable } from '../builder.ts';
import { type FieldProblem, validationError } from '../errors.ts';
import { text } from '../inputs.ts';
import { recordChange } from '../services/changes.ts';
import { unitTlhpSummary } from '../services/tlhp.ts';
import { TlhpSummaryRef } from './tlhp-summary.ts';

export const EselonEnum = builder.enumType(Eselon, { name: 'Eselon' });

builder.prismaObject('Unit', {
  description: 'A unit kerja nominated for Zona Integritas.',
  authScopes: reachable('unit'),
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    eselon: t.expose('eselon', { type: EselonEnum }),
    coreService: t.exposeBoolean('coreService'),
    afirmasi: t.exposeBoolean('afirmasi'),
    ziSinceYear: t.exposeInt('ziSinceYear', { nullable: true }),
    agency: t.relation('agency'),
    parent: t.prismaField({
      type: 'Unit',
      nullable: true,
      description: 'The unit above, when you may see it.',
      select: { parentId: true },
      resolve: (query, unit, _args, context) => unitIfReachable(query, unit.parentId, context),
    }),
    children: t.withAuth({ signedIn: true }).relation('children', {
      description: 'The units below that you may see.',
      query: (_args, { user }) => ({ where: scopeOf(user).unit, orderBy: { code: 'asc' } }),
    }),
    evaluations: t.withAuth({ signedIn: true }).relation('evaluations', {
      query: (_args, { user }) => ({ where: scopeOf(user).evaluation, orderBy: { year: 'desc' } }),
    }),
    tlhp: t.field({
      type: TlhpSummaryRef,
      description:
        'Follow-up completion of the unit’s audit recommendations up to `year` (all years when omitted).',
      args: { year: t.arg.int({ required: false }) },
      resolve: (unit, { year }, { prisma }) => unitTlhpSummary(prisma, unit.id, year ?? null),
    }),
  }),
});

/**
 * The unit `unitId` when the caller reaches it, else null: for relations that may point outside the
 * caller's reach (a unit's parent, an audit's unit). findUnique calls of one tick are batched by
 * Prisma, the reach checks by the request's loader.
 */
export async function unitIfReachable(
  query: { select?: Prisma.UnitSelect; include?: Prisma.UnitInclude },
  unitId: number | null,
  { prisma, reaches }: Context,
) {
  return unitId !== null && (await reaches('unit', unitId))
    ? prisma.unit.findUnique({ ...query, where: { id: unitId } } as Prisma.UnitFindUniqueArgs)
    : null;
}

const UnitFilter = builder.inputType('UnitFilter', {
  fields: (t) => ({
    agencyId: t.int({ required: false }),
    parentId: t.int({ required: false }),
    eselon: t.field({ type: [EselonEnum], required: false }),
    search: t.string({ required: false, ...text('name', 'Part of the name or code.') }),
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
  units: t.withAuth({ may: 'read' }).prismaConnection(
    {
      type: 'Unit',
      cursor: 'id',
      description: 'Units you may see; at most 200 a page.',
      args: { filter: t.arg({ type: UnitFilter, required: false }) },
      totalCount: (_connection, args, { prisma, user }) =>
        prisma.unit.count({ where: { AND: [scopeOf(user).unit, unitWhere(args.filter)] } }),
      resolve: (query, _root, args, { prisma, user }) =>
        prisma.unit.findMany({
          ...query,
          where: { AND: [scopeOf(user).unit, unitWhere(args.filter)] },
          orderBy: [{ agencyId: 'asc' }, { code: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'UnitConnection' },
    { name: 'UnitEdge' },
  ),
  unit: t.withAuth({ may: 'read' }).prismaField({
    type: 'Unit',
    args: { id: t.arg.int() },
    resolve: (query, _root, { id }, { prisma, user }) => findInScope(prisma, user, 'unit', id, query),
  }),
}));

const UnitInput = builder.inputType('UnitInput', {
  fields: (t) => ({
    agencyId: t.int(),
    parentId: t.int({ required: false }),
    code: t.string(text('code')),
    name: t.string(text('name')),
    eselon: t.field({ type: EselonEnum }),
    coreService: t.boolean({ required: false, defaultValue: false }),
    afirmasi: t.boolean({ required: false, defaultValue: false }),
    ziSinceYear: t.int({ required: false }),
  }),
});

async function checkUnit(
  tx: Prisma.TransactionClient,
  input: typeof UnitInput.$inferInput,
  id: number | null,
) {
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push({ field: 'input.name', message: message('value.required') });
  if (!isRecordCode(input.code)) problems.push({ field: 'input.code', message: message('value.code') });
  if (!(await tx.agency.count({ where: { id: input.agencyId } }))) {
    problems.push({ field: 'input.agencyId', message: message('agency.missing', { id: input.agencyId }) });
  }
  if (
    await tx.unit.count({
      where: { agencyId: input.agencyId, code: input.code, ...(id ? { id: { not: id } } : {}) },
    })
  ) {
    problems.push({ field: 'input.code', message: message('unit.codeTaken', { code: input.code }) });
  }
  if (input.parentId != null) {
    const parent = await tx.unit.findUnique({ where: { id: input.parentId } });
    if (!parent || parent.agencyId !== input.agencyId) {
      problems.push({ field: 'input.parentId', message: message('unit.parentOtherAgency') });
    } else if (id !== null) {
      // Walk up from the new parent: meeting the unit itself would close a cycle.
      let ancestor: typeof parent | null = parent;
      while (ancestor) {
        if (ancestor.id === id) {
          problems.push({ field: 'input.parentId', message: message('unit.parentSelf') });
          break;
        }
        ancestor =
          ancestor.parentId === null ? null : await tx.unit.findUnique({ where: { id: ancestor.parentId } });
      }
    }
  }
  if (problems.length) throw validationError(message('unit.invalid'), problems);
}

const unitData = (input: typeof UnitInput.$inferInput) => ({
  agencyId: input.agencyId,
  parentId: input.parentId ?? null,
  code: input.code,
  name: input.name.trim(),
  eselon: input.eselon,
  coreService: input.coreService ?? false,
  afirmasi: input.afirmasi ?? false,
  ziSinceYear: input.ziSinceYear ?? null,
});

const counted = {
  _count: { select: { children: true, evaluations: true, audits: true, findings: true, users: true } },
} as const;

builder.mutationFields((t) => ({
  createUnit: t.withAuth({ may: 'unit.write' }).prismaField({
    type: 'Unit',
    args: { input: t.arg({ type: UnitInput }) },
    resolve: (query, _root, { input }, context) =>
      context.prisma.$transaction(async (tx) => {
        await checkUnit(tx, input, null);
        const unit = await tx.unit.create({ ...query, data: unitData(input) });
        await recordChange(tx, {
          entity: 'Unit',
          entityId: unit.id,
          action: 'CREATE',
          after: unitData(input),
          actorId: context.user.id,
        });
        return unit;
      }),
  }),
  updateUnit: t.withAuth({ may: 'unit.write' }).prismaField({
    type: 'Unit',
    args: { id: t.arg.int(), input: t.arg({ type: UnitInput }) },
    resolve: (query, _root, { id, input }, context) =>
      context.prisma.$transaction(async (tx) => {
        const before = await findInScope(tx, context.user, 'unit', id);
        await checkUnit(tx, input, id);
        const unit = await tx.unit.update({ ...query, where: { id }, data: unitData(input) });
        await recordChange(tx, {
          entity: 'Unit',
          entityId: id,
          action: 'UPDATE',
          before,
          after: unitData(input),
          actorId: context.user.id,
        });
        return unit;
      }),
  }),
  deleteUnit: t.withAuth({ may: 'unit.write' }).boolean({
    description: 'Removes a unit without sub-units, evaluations, audits or users.',
    args: { id: t.arg.int() },
    resolve: (_root, { id }, context) =>
      context.prisma.$transaction(async (tx) => {
        const before = await findInScope<'unit', Prisma.UnitGetPayload<{ include: typeof counted }>>(
          tx,
          context.user,
          'unit',
          id,
          { include: counted },
        );
        const links = (Object.entries(before._count) as [Linked, number][])
          .filter(([, count]) => count > 0)
          .map(([what, count]) => ({ what, count }));
        if (links.length) {
          throw validationError(message('unit.stillLinked'), [
            { field: 'id', message: message('record.linked', { links }) },
          ]);
        }
        await tx.unit.delete({ where: { id } });
        await recordChange(tx, {
          entity: 'Unit',
          entityId: id,
          action: 'DELETE',
          before,
          actorId: context.user.id,
        });
        return true;
      }),
  }),
}));
