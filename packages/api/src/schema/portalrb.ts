import { may, type SoalTarget } from '@zi/schema';
import { z } from 'zod';
import { findInScope } from '../access.ts';
import { builder } from '../builder.ts';
import { notFound } from '../errors.ts';
import { text } from '../inputs.ts';
import { createPortalrbToken, loadMasterList, portalrbBase } from '../services/portalrb.ts';
import { Person } from './person.ts';

const SoalTargetRef = builder.objectRef<SoalTarget>('PortalrbSoal').implement({
  description: 'Where one PortalRB soal’s answer lives in the instrument.',
  fields: (t) => ({
    soal: t.exposeInt('soal', { description: 'The soal id in PortalRB’s master list.' }),
    item: t.exposeString('item'),
    input: t.exposeString('input', {
      nullable: true,
      description: 'For a % item: the input the soal counts.',
    }),
  }),
});

builder.prismaObject('PortalrbMasterList', {
  description: 'PortalRB’s master question list of a year, mapped onto the instrument in force that year.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    generatedAt: t.exposeString('generatedAt', { nullable: true }),
    loadedAt: t.expose('loadedAt', { type: 'DateTime' }),
    loadedBy: t.relation('loadedBy', { type: Person, nullable: true }),
    instrument: t.relation('instrument'),
    soals: t.field({
      type: [SoalTargetRef],
      description: 'Each soal with its item (and input), in the list’s order.',
      resolve: (list) => list.mapping as unknown as SoalTarget[],
    }),
  }),
});

builder.prismaObject('PortalrbToken', {
  description:
    'A token PortalRB pulls one agency’s nominations and answers with; the token itself is shown once.',
  authScopes: (_token, { user }) => user !== null && may(user, 'portalrb.manage'),
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.relation('createdBy', { type: Person, nullable: true }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObject('PortalrbFetch', {
  description: 'One call PortalRB made to the agency’s endpoints, answered or refused.',
  authScopes: (_fetch, { user }) => user !== null && may(user, 'portalrb.read'),
  fields: (t) => ({
    id: t.exposeInt('id'),
    endpoint: t.exposeString('endpoint', { description: '`unit-wbk`, `unit-wbbm` or `jawaban-unit`.' }),
    unitCode: t.exposeString('unitCode', { nullable: true }),
    year: t.exposeInt('year', { nullable: true }),
    status: t.exposeInt('status'),
    bytes: t.exposeInt('bytes'),
    durationMs: t.exposeFloat('durationMs'),
    at: t.expose('at', { type: 'DateTime' }),
    body: t.expose('body', {
      type: 'JSON',
      nullable: true,
      description: 'The answers as sent (jawaban-unit, status 200).',
    }),
  }),
});

builder.prismaObjectFields('Agency', (t) => ({
  portalrbTokens: t.relation('portalrbTokens', {
    description: 'The agency’s PortalRB tokens, newest first (administrators).',
    authScopes: (_agency, _args, { user }) => user !== null && may(user, 'portalrb.manage'),
    query: { orderBy: { id: 'desc' } },
  }),
  portalrbFetches: t.relation('portalrbFetches', {
    description: 'What PortalRB fetched of the agency, newest first (at most 500).',
    args: {
      unitCode: t.arg.string({
        required: false,
        ...text('code', 'Only the fetches of this unit’s answers.'),
      }),
      first: t.arg.int({ required: false, validate: z.number().int().min(1).max(500) }),
    },
    authScopes: (_agency, _args, { user }) => user !== null && may(user, 'portalrb.read'),
    query: (args) => ({
      where: args.unitCode ? { unitCode: args.unitCode } : {},
      orderBy: { id: 'desc' },
      take: args.first ?? 100,
    }),
  }),
}));

const CreatedToken = builder
  .objectRef<{ token: string; record: { id: number } }>('CreatedPortalrbToken')
  .implement({
    description: 'A new token, shown this once: give it to PortalRB with the base URL.',
    fields: (t) => ({
      token: t.exposeString('token'),
      baseUrl: t.string({ resolve: (_created, _args, { origin }) => `${origin}${portalrbBase}` }),
      record: t.prismaField({
        type: 'PortalrbToken',
        resolve: (query, created, _args, { prisma }) =>
          prisma.portalrbToken.findUniqueOrThrow({ ...query, where: { id: created.record.id } }),
      }),
    }),
  });

builder.queryFields((t) => ({
  portalrbMasterLists: t.withAuth({ may: 'read' }).prismaField({
    type: ['PortalrbMasterList'],
    description: 'PortalRB’s master question lists loaded, newest year first.',
    resolve: (query, _root, _args, { prisma }) =>
      prisma.portalrbMasterList.findMany({ ...query, orderBy: { year: 'desc' } }),
  }),
}));

builder.mutationFields((t) => ({
  loadPortalrbMasterList: t.withAuth({ may: 'portalrb.manage' }).prismaField({
    type: 'PortalrbMasterList',
    description:
      'Loads PortalRB’s master question list (its JSON as published) for its year, mapping each soal onto the ' +
      'inputs of the instrument in force by order and checking it by answer type and text; a list that does not ' +
      'map is refused naming every soal that fails. Loading a year again replaces its list.',
    args: { list: t.arg({ type: 'JSON' }) },
    resolve: async (query, _root, { list }, { prisma, user }) => {
      const { year } = await loadMasterList(prisma, user, list);
      return prisma.portalrbMasterList.findUniqueOrThrow({ ...query, where: { year } });
    },
  }),
  createPortalrbToken: t.withAuth({ may: 'portalrb.manage' }).field({
    type: CreatedToken,
    description: 'Creates a PortalRB token for an agency; the token is returned this once and stored hashed.',
    args: {
      agencyId: t.arg.int(),
      name: t.arg.string({ ...text('name', 'What the token is for, e.g. “PortalRB 2026”.') }),
      expiresAt: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, { prisma, user }) => createPortalrbToken(prisma, user, args),
  }),
  revokePortalrbToken: t.withAuth({ may: 'portalrb.manage' }).prismaField({
    type: 'PortalrbToken',
    description: 'Revokes a PortalRB token at once; calls with it answer 401 from then on.',
    args: { id: t.arg.int() },
    resolve: async (query, _root, { id }, { prisma, user }) => {
      const token = await prisma.portalrbToken.findUnique({ where: { id }, select: { agencyId: true } });
      if (!token) throw notFound('portalrbToken', id);
      await findInScope(prisma, user, 'agency', token.agencyId);
      return prisma.portalrbToken.update({
        ...query,
        where: { id },
        data: { revokedAt: new Date() },
      });
    },
  }),
}));
