import { may, message, type Predicate, renderMessage, type SoalTarget } from '@zi/schema';
import { z } from 'zod';
import { findInScope } from '../access.ts';
import { builder, costOf, type SignedInContext } from '../builder.ts';
import { codedError, notFound } from '../errors.ts';
import { text } from '../inputs.ts';
import { nominationLetterHtml } from '../nomination-letter.ts';
import { evaluationReportPdf } from '../report.ts';
import {
  createPortalrbToken,
  kategoriOf,
  loadMasterList,
  portalrbBase,
  proposedEvaluations,
  unitAnswers,
  wbbmEligible,
} from '../services/portalrb.ts';
import { Person } from './person.ts';
import { PredicateEnum } from './score.ts';

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

interface Nomination {
  predicate: Predicate;
  kategori: string;
  evaluationId: number;
  lastFetchAt: Date | null;
  changedSinceFetch: boolean;
}

const NominationRef = builder.objectRef<Nomination>('PortalrbNomination').implement({
  description: 'A unit on PortalRB’s WBK or WBBM list, with when PortalRB last took its answers.',
  fields: (t) => ({
    predicate: t.expose('predicate', { type: PredicateEnum }),
    kategori: t.exposeString('kategori', {
      description: '`WBK`, `WBK-AFIRMASI` or `WBBM`, as PortalRB sees it.',
    }),
    evaluation: t.prismaField({
      type: 'Evaluation',
      resolve: (query, nomination, _args, { prisma }) =>
        prisma.evaluation.findUniqueOrThrow({ ...query, where: { id: nomination.evaluationId } }),
    }),
    lastFetchAt: t.expose('lastFetchAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When PortalRB last took the unit’s answers (status 200).',
    }),
    changedSinceFetch: t.exposeBoolean('changedSinceFetch', {
      description:
        'Whether the evaluation changed after PortalRB last took its answers (or never took them).',
    }),
  }),
});

builder.prismaObjectFields('Agency', (t) => ({
  portalrbWbbmEligible: t.boolean({
    description:
      'Whether the agency meets WBBM’s agency prerequisites in the year, so PortalRB may take a WBBM list.',
    args: { year: t.arg.int() },
    authScopes: (_agency, _args, { user }) => user !== null && may(user, 'portalrb.read'),
    resolve: (agency, { year }, { prisma }) => wbbmEligible(prisma, agency.id, year),
  }),
  portalrbNominations: t.field({
    type: [NominationRef],
    description:
      'The WBK and WBBM lists of the year as PortalRB sees them (the same rule its endpoints use).',
    args: { year: t.arg.int() },
    authScopes: (_agency, _args, { user }) => user !== null && may(user, 'portalrb.read'),
    resolve: async (agency, { year }, { prisma }) => {
      const select = { id: true, updatedAt: true, unit: { select: { code: true, afirmasi: true } } } as const;
      const [wbk, wbbm, fetches] = await Promise.all([
        proposedEvaluations(prisma, agency.id, year, 'WBK', select),
        proposedEvaluations(prisma, agency.id, year, 'WBBM', select),
        prisma.portalrbFetch.groupBy({
          by: ['unitCode'],
          where: { agencyId: agency.id, year, endpoint: 'jawaban-unit', status: 200 },
          _max: { at: true },
        }),
      ]);
      const lastFetch = new Map(fetches.map((fetch) => [fetch.unitCode, fetch._max.at]));
      return (
        [
          ['WBK', wbk],
          ['WBBM', wbbm],
        ] as const
      ).flatMap(([predicate, evaluations]) =>
        evaluations.map((evaluation): Nomination => {
          const fetchedAt = lastFetch.get(evaluation.unit.code) ?? null;
          return {
            predicate,
            kategori: kategoriOf(predicate, evaluation.unit.afirmasi),
            evaluationId: evaluation.id,
            lastFetchAt: fetchedAt,
            changedSinceFetch: !fetchedAt || evaluation.updatedAt > fetchedAt,
          };
        }),
      );
    },
  }),
}));

builder.prismaObjectFields('Evaluation', (t) => ({
  portalrbAnswers: t.field({
    type: 'JSON',
    description:
      'The unit’s answers exactly as PortalRB’s jawaban-unit endpoint sends them now (a proposed evaluation, ' +
      'with the year’s master list loaded).',
    authScopes: (_evaluation, _args, { user }) => user !== null && may(user, 'portalrb.read'),
    select: { year: true, unit: { select: { code: true, agencyId: true } } },
    resolve: async (evaluation, _args, { prisma, origin, locale }) => {
      const answer = await unitAnswers(
        prisma,
        evaluation.unit.agencyId,
        evaluation.unit.code,
        evaluation.year,
        origin,
        (said) => renderMessage(said, locale),
      );
      if (answer.status !== 200) {
        const { message: text } = answer.body as { message: string };
        throw codedError(
          answer.status === 404 ? 'NOT_FOUND' : 'VALIDATION',
          message('portalrb.unavailable', { reason: text }),
        );
      }
      return answer.body;
    },
  }),
}));

async function letterFor({ prisma, user }: SignedInContext, agencyId: number, year: number) {
  await findInScope(prisma, user, 'agency', agencyId);
  return nominationLetterHtml(prisma, agencyId, year);
}

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
  portalrbNominationLetter: t.withAuth({ may: 'portalrb.read' }).string({
    complexity: costOf.report,
    description:
      'The agency head’s letter proposing the year’s WBK and WBBM units (the lists PortalRB pulls) with the SPTJM, ' +
      'as an HTML page ready to print and sign.',
    args: { agencyId: t.arg.int(), year: t.arg.int() },
    resolve: (_root, { agencyId, year }, context) => letterFor(context, agencyId, year),
  }),
  portalrbNominationLetterPdf: t.withAuth({ may: 'portalrb.read' }).string({
    complexity: costOf.pdf,
    description: 'The nomination letter as a PDF (base64), printed as the evaluation report is.',
    args: { agencyId: t.arg.int(), year: t.arg.int() },
    resolve: async (_root, { agencyId, year }, context) =>
      Buffer.from(await evaluationReportPdf(await letterFor(context, agencyId, year))).toString('base64'),
  }),
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
