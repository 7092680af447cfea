import { Eselon, type Prisma } from '@zi/db/client';
import { builder, currentUser } from '../builder.ts';
import { type FieldProblem, forbidden, notFound, validationError } from '../errors.ts';
import { evaluationScope, unitScope } from '../scope.ts';
import { tlhpSummary } from '../tlhp.ts';
import { recordChange } from './change.ts';
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

const UnitInput = builder.inputType('UnitInput', {
  fields: (t) => ({
    agencyId: t.int(),
    parentId: t.int({ required: false }),
    code: t.string(),
    name: t.string(),
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
  if (!input.name.trim()) problems.push({ field: 'input.name', message: 'nama wajib diisi' });
  if (!/^[A-Z0-9-]{2,40}$/.test(input.code))
    problems.push({ field: 'input.code', message: 'kode 2–40 huruf besar, angka atau -' });
  if (!(await tx.agency.count({ where: { id: input.agencyId } }))) {
    problems.push({ field: 'input.agencyId', message: `instansi ${input.agencyId} tidak ada` });
  }
  if (
    await tx.unit.count({
      where: { agencyId: input.agencyId, code: input.code, ...(id ? { id: { not: id } } : {}) },
    })
  ) {
    problems.push({ field: 'input.code', message: `kode ${input.code} sudah dipakai di instansi ini` });
  }
  if (input.parentId != null) {
    const parent = await tx.unit.findUnique({ where: { id: input.parentId } });
    if (!parent || parent.agencyId !== input.agencyId) {
      problems.push({ field: 'input.parentId', message: 'unit induk harus unit dari instansi yang sama' });
    } else if (id !== null) {
      // Walk up from the new parent: meeting the unit itself would close a cycle.
      let ancestor: typeof parent | null = parent;
      while (ancestor) {
        if (ancestor.id === id) {
          problems.push({
            field: 'input.parentId',
            message: 'unit tidak dapat menjadi induk dari dirinya sendiri',
          });
          break;
        }
        ancestor =
          ancestor.parentId === null ? null : await tx.unit.findUnique({ where: { id: ancestor.parentId } });
      }
    }
  }
  if (problems.length) throw validationError('Data unit tidak valid.', problems);
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

builder.mutationFields((t) => ({
  createUnit: t.prismaField({
    type: 'Unit',
    authScopes: { role: ['ADMIN'] },
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
          actorId: currentUser(context).id,
        });
        return unit;
      }),
  }),
  updateUnit: t.prismaField({
    type: 'Unit',
    authScopes: { role: ['ADMIN'] },
    args: { id: t.arg.int(), input: t.arg({ type: UnitInput }) },
    resolve: (query, _root, { id, input }, context) =>
      context.prisma.$transaction(async (tx) => {
        const before = await tx.unit.findUnique({ where: { id } });
        if (!before) throw notFound('Unit', id);
        await checkUnit(tx, input, id);
        const unit = await tx.unit.update({ ...query, where: { id }, data: unitData(input) });
        await recordChange(tx, {
          entity: 'Unit',
          entityId: id,
          action: 'UPDATE',
          before,
          after: unitData(input),
          actorId: currentUser(context).id,
        });
        return unit;
      }),
  }),
  deleteUnit: t.boolean({
    authScopes: { role: ['ADMIN'] },
    description: 'Removes a unit without sub-units, evaluations, audits or users.',
    args: { id: t.arg.int() },
    resolve: (_root, { id }, context) =>
      context.prisma.$transaction(async (tx) => {
        const before = await tx.unit.findUnique({
          where: { id },
          include: {
            _count: {
              select: { children: true, evaluations: true, audits: true, findings: true, users: true },
            },
          },
        });
        if (!before) throw notFound('Unit', id);
        const linked = Object.entries(before._count).filter(([, count]) => count > 0);
        if (linked.length) {
          throw validationError('Unit masih memiliki data terkait.', [
            { field: 'id', message: linked.map(([what, count]) => `${count} ${what}`).join(', ') },
          ]);
        }
        await tx.unit.delete({ where: { id } });
        await recordChange(tx, {
          entity: 'Unit',
          entityId: id,
          action: 'DELETE',
          before,
          actorId: currentUser(context).id,
        });
        return true;
      }),
  }),
}));
