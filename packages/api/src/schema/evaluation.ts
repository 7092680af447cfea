import {
  answersOfLayer,
  type EvaluationFacts,
  loadInstrument,
  prerequisiteFacts,
  scoreLayer,
  scoringFields,
} from '@zi/db';
import { type Prisma, Stage, type User } from '@zi/db/client';
import {
  adviseGaps,
  canReadLayer,
  detailsWriteProblem,
  emptyCounts,
  evaluatePredicates,
  evaluationDetailProblems,
  instrumentForYear,
  type Layer,
  latestEvaluationYear,
  message,
  noteLiftsBlockers,
  renderMessage,
  type Score,
  type TlhpSummary,
  tlhpCompletion,
  type Verdict,
} from '@zi/schema';
import { findInScope, scopeOf } from '../access.ts';
import { builder, type Context, reachable } from '../builder.ts';
import { type FieldProblem, forbidden, validationError } from '../errors.ts';
import { itemCodes, text } from '../inputs.ts';
import { recordChange } from '../services/changes.ts';
import { layerFor, lockEvaluation, uniqueViolation } from '../services/evaluations.ts';
import { moveStage, nextStages, type StageOption, transitionSelection } from '../services/stages.ts';
import { GradeEnum } from './agency.ts';
import { Person } from './person.ts';
import { EvaluationScoreRef, GapAdviceRef, LayerEnum, PredicateEnum, VerdictRef } from './score.ts';
import { TlhpSummaryRef } from './tlhp-summary.ts';

export const StageEnum = builder.enumType(Stage, { name: 'Stage' });

export const layerArg = builder.args((t) => ({
  layer: t.field({
    type: LayerEnum,
    required: false,
    description: 'Default: the layer that counts, the latest one completely filled (TPN over TPI over UNIT).',
  }),
}));

builder.prismaObject('Evaluation', {
  description: 'One unit’s Zona Integritas evaluation for a year, on one instrument.',
  authScopes: reachable('evaluation'),
  fields: (t) => ({
    id: t.exposeInt('id'),
    year: t.exposeInt('year'),
    stage: t.expose('stage', { type: StageEnum }),
    targetPredicate: t.expose('targetPredicate', { type: PredicateEnum }),
    awardedPredicate: t.expose('awardedPredicate', { type: PredicateEnum, nullable: true }),
    decreeNumber: t.exposeString('decreeNumber', { nullable: true }),
    decreeDate: t.expose('decreeDate', { type: 'DateTime', nullable: true }),
    proposedAt: t.expose('proposedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was proposed (DIUSULKAN): from then on its TLHP figures stand as at that moment.',
    }),
    paktaSigned: t.exposeInt('paktaSigned', { nullable: true }),
    paktaTotal: t.exposeInt('paktaTotal', { nullable: true }),
    unitSakipGrade: t.exposeString('unitSakipGrade', { nullable: true }),
    lhkpnCompliance: t.exposeFloat('lhkpnCompliance', { nullable: true }),
    lhkasnCompliance: t.exposeFloat('lhkasnCompliance', { nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    unit: t.relation('unit'),
    instrument: t.relation('instrument'),
    transitions: t.relation('transitions', { query: { orderBy: { at: 'asc' } } }),
    surveys: t.relation('surveys'),
    answers: t.relation('answers', {
      args: {
        layer: t.arg({ type: LayerEnum }),
        items: t.arg.stringList({ required: false, ...itemCodes('Only these items, by code.') }),
      },
      description: 'One layer’s stored answers in worksheet order; unit operators read only the UNIT layer.',
      authScopes: (_evaluation, args, { user }) => user !== null && canReadLayer(user, args.layer),
      query: (args) => ({
        where: { layer: args.layer, ...(args.items ? { item: { code: { in: args.items } } } : {}) },
        orderBy: { item: { order: 'asc' } },
      }),
    }),
    score: t.field({
      type: EvaluationScoreRef,
      args: layerArg,
      description:
        'One layer scored now (TLHP as of the evaluation’s cut-off); for a decided evaluation its `decision` is what counts.',
      select: scoringSelection,
      resolve: async (evaluation, args, context) => {
        const { instrument, layer, tlhp, answers } = await scoringInputs(context, evaluation, args.layer);
        return { layer, ...scoreLayer(instrument, answers, layer, tlhp) };
      },
    }),
    tlhp: t.field({
      type: TlhpSummaryRef,
      description:
        'Follow-up completion of the unit’s audits up to the evaluation’s year, on the statuses in force at its ' +
        'cut-off (today until it is proposed, its proposal from then on): the 2021 prerequisite and the 2014 hasil item.',
      select: scoringSelection,
      resolve: (evaluation, _args, { tlhpAt }) => tlhpAt(evaluation),
    }),
    predicate: t.field({
      type: VerdictRef,
      args: layerArg,
      description:
        'WBK and WBBM for one layer as they stand now; for a decided evaluation its `decision` is what counts.',
      select: {
        ...scoringSelection,
        unitSakipGrade: true,
        lhkpnCompliance: true,
        lhkasnCompliance: true,
      },
      resolve: async (evaluation, args, context) => {
        const { instrument, layer, tlhp, answers } = await scoringInputs(
          context,
          evaluation,
          args.layer,
          true,
        );
        const score = scoreLayer(instrument, answers, layer, tlhp);
        const facts = await prerequisiteFacts(context.prisma, evaluation, tlhp);
        return { layer, ...evaluatePredicates(instrument.definition, score, facts) };
      },
    }),
    gapAdvice: t.field({
      type: GapAdviceRef,
      args: {
        target: t.arg({
          type: PredicateEnum,
          required: false,
          description: 'Default: the evaluation’s target predicate.',
        }),
        ...layerArg,
      },
      select: { ...scoringSelection, targetPredicate: true },
      resolve: async (evaluation, args, context) => {
        const { instrument, layer, tlhp, answers } = await scoringInputs(context, evaluation, args.layer);
        const target = args.target ?? evaluation.targetPredicate;
        return {
          layer,
          ...adviseGaps(instrument.definition, answersOfLayer(answers, layer, instrument), target, {
            tlhpCompletion: tlhp.completion,
          }),
        };
      },
    }),
    storedScore: t.field({
      type: StoredScoreRef,
      nullable: true,
      args: layerArg,
      description:
        'One layer’s figures as stored by the scoring service (equal to `score`), read without scoring: what lists ' +
        'and analytics show. Null while the layer has no stored score.',
      select: (args) => ({
        countingLayer: true,
        scores: {
          ...(args.layer ? { where: { layer: args.layer } } : {}),
          select: {
            layer: true,
            total: true,
            pengungkit: true,
            pemenuhan: true,
            reform: true,
            hasil: true,
            answered: true,
            itemCount: true,
          },
        },
      }),
      resolve: (evaluation, args, { user }) => {
        const layer = layerFor(user, args.layer, evaluation.countingLayer);
        const stored = evaluation.scores.find((each) => each.layer === layer);
        return stored ? { ...stored, complete: stored.answered === stored.itemCount } : null;
      },
    }),
    decision: t.relation('decision', {
      nullable: true,
      description: 'What the evaluation was decided on (DITETAPKAN or TIDAK_DITETAPKAN), as it was then.',
    }),
  }),
});

builder.prismaObject('Decision', {
  description:
    'An evaluation’s decision and what it rests on, recorded when it was taken: the counting layer’s score, ' +
    'WBK and WBBM with their criteria and prerequisites, and the TLHP figures. Later changes never rewrite it.',
  fields: (t) => ({
    stage: t.expose('stage', { type: StageEnum }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime' }),
    layer: t.expose('layer', { type: LayerEnum }),
    score: t.field({
      type: EvaluationScoreRef,
      resolve: (decision) => ({ layer: decision.layer, ...(decision.score as unknown as Score) }),
    }),
    predicate: t.field({
      type: VerdictRef,
      resolve: (decision) => ({ layer: decision.layer, ...(decision.verdict as unknown as Verdict) }),
    }),
    tlhp: t.field({ type: TlhpSummaryRef, resolve: (decision) => decision.tlhp as unknown as TlhpSummary }),
  }),
});

type StoredScore = Pick<
  Score,
  'total' | 'pengungkit' | 'pemenuhan' | 'reform' | 'hasil' | 'answered' | 'itemCount'
> & {
  layer: Layer;
  complete: boolean;
};

const StoredScoreRef = builder.objectRef<StoredScore>('StoredScore').implement({
  description: 'A layer’s headline figures as stored by the scoring service.',
  fields: (t) => ({
    layer: t.expose('layer', { type: LayerEnum }),
    total: t.exposeFloat('total'),
    pengungkit: t.exposeFloat('pengungkit'),
    pemenuhan: t.exposeFloat('pemenuhan', { nullable: true }),
    reform: t.exposeFloat('reform', { nullable: true }),
    hasil: t.exposeFloat('hasil'),
    answered: t.exposeInt('answered'),
    itemCount: t.exposeInt('itemCount'),
    complete: t.exposeBoolean('complete'),
  }),
});

/** What the scoring fields select of an evaluation. */
export const scoringSelection = { ...scoringFields, countingLayer: true } as const;

/**
 * The instrument, the layer a field reads (asked for, else the counting one) and the TLHP as of the
 * cut-off; read only where the instrument scores TLHP, unless `always`.
 */
export async function scoringInputs(
  { prisma, user, tlhpAt, layerAnswers }: Context,
  evaluation: EvaluationFacts & { countingLayer: Layer | null },
  requested: Layer | null | undefined,
  always = false,
) {
  const instrument = await loadInstrument(prisma, evaluation.instrumentId);
  const layer = layerFor(user, requested, evaluation.countingLayer);
  const [tlhp, answers] = await Promise.all([
    always || instrument.definition.derivedItems?.length ? tlhpAt(evaluation) : noFollowUps,
    layerAnswers(evaluation.id, layer),
  ]);
  return { instrument, layer, tlhp, answers };
}

/** Stands in where an instrument does not score TLHP. */
const noFollowUps = tlhpCompletion(emptyCounts());

builder.prismaObject('StageTransition', {
  fields: (t) => ({
    id: t.exposeInt('id'),
    fromStage: t.expose('fromStage', { type: StageEnum, nullable: true }),
    toStage: t.expose('toStage', { type: StageEnum }),
    note: t.exposeString('note', { nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.relation('actor', { type: Person, nullable: true }),
  }),
});

const EvaluationFilter = builder.inputType('EvaluationFilter', {
  fields: (t) => ({
    agencyId: t.int({ required: false }),
    unitId: t.int({ required: false }),
    year: t.int({ required: false }),
    stage: t.field({ type: [StageEnum], required: false }),
    instrument: t.string({ required: false, ...text('code', 'Instrument code, e.g. PERMENPANRB-90-2021.') }),
    awardedPredicate: t.field({ type: PredicateEnum, required: false }),
    search: t.string({ required: false, ...text('name', 'Part of the unit’s or agency’s name or code.') }),
    minTotal: t.float({ required: false, description: 'Stored total of `scoreLayer` at least this.' }),
    maxTotal: t.float({ required: false, description: 'Stored total of `scoreLayer` at most this.' }),
    scoreLayer: t.field({
      type: LayerEnum,
      required: false,
      description: 'The layer minTotal/maxTotal read; default UNIT.',
    }),
  }),
});

const EvaluationOrder = builder.enumType('EvaluationOrder', {
  values: ['YEAR_DESC', 'YEAR_ASC', 'UNIT_NAME', 'UPDATED_DESC'] as const,
});

const orderBy: Record<typeof EvaluationOrder.$inferType, Prisma.EvaluationOrderByWithRelationInput[]> = {
  YEAR_DESC: [{ year: 'desc' }, { id: 'asc' }],
  YEAR_ASC: [{ year: 'asc' }, { id: 'asc' }],
  UNIT_NAME: [{ unit: { name: 'asc' } }, { year: 'desc' }, { id: 'asc' }],
  UPDATED_DESC: [{ updatedAt: 'desc' }, { id: 'asc' }],
};

export function evaluationWhere(
  user: User,
  filter: typeof EvaluationFilter.$inferInput | null | undefined,
): Prisma.EvaluationWhereInput {
  if (!filter) return {};
  const search = filter.search?.trim();
  const scoreLayer = filter.scoreLayer ?? 'UNIT';
  // A filter on a layer's total is a read of that total.
  if (
    (filter.minTotal != null || filter.maxTotal != null || filter.scoreLayer) &&
    !canReadLayer(user, scoreLayer)
  )
    throw forbidden(message('layer.unreadable', { layer: scoreLayer }), 'filter.scoreLayer');
  return {
    ...(filter.unitId != null ? { unitId: filter.unitId } : {}),
    ...(filter.agencyId != null ? { unit: { agencyId: filter.agencyId } } : {}),
    ...(filter.year != null ? { year: filter.year } : {}),
    ...(filter.stage?.length ? { stage: { in: filter.stage } } : {}),
    ...(filter.instrument ? { instrument: { code: filter.instrument } } : {}),
    ...(filter.awardedPredicate ? { awardedPredicate: filter.awardedPredicate } : {}),
    ...(filter.minTotal != null || filter.maxTotal != null
      ? {
          scores: {
            some: {
              layer: scoreLayer,
              total: {
                ...(filter.minTotal != null ? { gte: filter.minTotal } : {}),
                ...(filter.maxTotal != null ? { lte: filter.maxTotal } : {}),
              },
            },
          },
        }
      : {}),
    ...(search
      ? {
          OR: [
            { unit: { name: { contains: search, mode: 'insensitive' } } },
            { unit: { code: { contains: search, mode: 'insensitive' } } },
            { unit: { agency: { name: { contains: search, mode: 'insensitive' } } } },
          ],
        }
      : {}),
  };
}

builder.queryFields((t) => ({
  evaluations: t.withAuth({ may: 'read' }).prismaConnection(
    {
      type: 'Evaluation',
      cursor: 'id',
      description: 'Evaluations you may see, filtered and sorted; at most 200 a page.',
      args: {
        filter: t.arg({ type: EvaluationFilter, required: false }),
        orderBy: t.arg({ type: EvaluationOrder, required: false, defaultValue: 'YEAR_DESC' }),
      },
      totalCount: (_connection, args, { prisma, user }) =>
        prisma.evaluation.count({
          where: { AND: [scopeOf(user).evaluation, evaluationWhere(user, args.filter)] },
        }),
      resolve: (query, _root, args, { prisma, user }) =>
        prisma.evaluation.findMany({
          ...query,
          where: { AND: [scopeOf(user).evaluation, evaluationWhere(user, args.filter)] },
          orderBy: orderBy[args.orderBy ?? 'YEAR_DESC'],
        }),
    },
    { name: 'EvaluationConnection' },
    { name: 'EvaluationEdge' },
  ),
  evaluationYears: t.withAuth({ may: 'read' }).intList({
    description:
      'The years of the evaluations you may see, newest first (pickers add the next year, which can be opened).',
    resolve: async (_root, _args, { prisma, user }) => {
      const rows = await prisma.evaluation.findMany({
        where: scopeOf(user).evaluation,
        distinct: ['year'],
        select: { year: true },
        orderBy: { year: 'desc' },
      });
      return rows.map((row) => row.year);
    },
  }),
  evaluation: t.withAuth({ may: 'read' }).prismaField({
    type: 'Evaluation',
    args: { id: t.arg.int() },
    resolve: (query, _root, { id }, { prisma, user }) => findInScope(prisma, user, 'evaluation', id, query),
  }),
}));

const NextStage = builder.objectRef<StageOption>('NextStage').implement({
  description: 'A stage the evaluation can move to from where it is, and what stands in the way.',
  fields: (t) => ({
    to: t.expose('to', { type: StageEnum }),
    allowed: t.boolean({ resolve: (next) => next.blockers.length === 0 }),
    requiresNote: t.exposeBoolean('requiresNote'),
    noteLiftsBlockers: t.boolean({
      description: 'Whether the move may be made anyway with a note saying why (items still to be revised).',
      resolve: (next) => noteLiftsBlockers(next.blockers),
    }),
    blockers: t.stringList({
      description:
        'Why the signed-in user cannot make the move now, in the language asked for; empty when allowed.',
      resolve: (next, _args, { locale }) => next.blockers.map((blocker) => renderMessage(blocker, locale)),
    }),
  }),
});

builder.prismaObjectFields('Evaluation', (t) => ({
  nextStages: t.withAuth({ signedIn: true }).field({
    type: [NextStage],
    select: transitionSelection,
    resolve: async (evaluation, _args, { prisma, user, tlhpAt }) =>
      nextStages(prisma, evaluation, user, await tlhpAt(evaluation)),
  }),
}));

builder.mutationField('transitionStage', (t) =>
  t.withAuth({ may: 'evaluation.stage' }).prismaField({
    type: 'Evaluation',
    description:
      'Moves an evaluation to its next stage when the role and the preconditions allow it; the move is recorded. ' +
      'The evaluation is locked while the move is checked and made, so of racing moves exactly one happens.',
    args: {
      evaluationId: t.arg.int(),
      to: t.arg({ type: StageEnum }),
      note: t.arg.string({ required: false, ...text('note') }),
      decreeNumber: t.arg.string({
        required: false,
        ...text('name', 'For DITETAPKAN: the minister’s decree.'),
      }),
      decreeDate: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: async (query, _root, args, { prisma, user }) => {
      const { instrumentId } = await findInScope(prisma, user, 'evaluation', args.evaluationId, {
        select: { instrumentId: true },
      });
      // Read before the transaction: on the embedded database it holds the only connection.
      await loadInstrument(prisma, instrumentId);
      return prisma.$transaction(async (tx) => {
        await moveStage(tx, user, args);
        return tx.evaluation.findUniqueOrThrow({ ...query, where: { id: args.evaluationId } });
      });
    },
  }),
);

export const EvaluationDetails = builder.inputType('EvaluationDetails', {
  description:
    'What the unit records about its own year: target, Pakta Integritas and unit-level prerequisites.',
  fields: (t) => ({
    targetPredicate: t.field({ type: PredicateEnum, required: false }),
    paktaSigned: t.int({ required: false }),
    paktaTotal: t.int({ required: false }),
    unitSakipGrade: t.field({ type: GradeEnum, required: false }),
    lhkpnCompliance: t.float({ required: false, description: '0–100' }),
    lhkasnCompliance: t.float({ required: false, description: '0–100' }),
  }),
});

/** The details' problems, named as the `details` argument's fields. */
export const checkDetails = (details: typeof EvaluationDetails.$inferInput): FieldProblem[] =>
  evaluationDetailProblems(details).map((problem) => ({ ...problem, field: `details.${problem.field}` }));

const detailData = (details: typeof EvaluationDetails.$inferInput) =>
  Object.fromEntries(
    Object.entries(details).filter(([, value]) => value !== undefined),
  ) as Prisma.EvaluationUpdateInput;

/** Evaluation years the product accepts: from the first instrument's years up to next year's nomination. */

builder.mutationFields((t) => ({
  createEvaluation: t.withAuth({ may: 'evaluation.create' }).prismaField({
    type: 'Evaluation',
    description:
      'Nominates a unit for a year (at most next year) on the instrument in force that year; it starts at PENCANANGAN.',
    args: {
      unitId: t.arg.int(),
      year: t.arg.int(),
      details: t.arg({ type: EvaluationDetails, required: false }),
    },
    resolve: async (query, _root, { unitId, year, details }, { prisma, user }) => {
      await findInScope(prisma, user, 'unit', unitId, { select: { id: true } });
      const instrument = instrumentForYear(
        year,
        await prisma.instrument.findMany({
          select: { id: true, code: true, validFromYear: true, validToYear: true },
        }),
      );
      const problems = details ? checkDetails(details) : [];
      if (!instrument)
        problems.push({ field: 'year', message: message('evaluation.noInstrument', { year }) });
      else if (year > latestEvaluationYear())
        problems.push({
          field: 'year',
          message: message('evaluation.yearTooLate', { latest: latestEvaluationYear() }),
        });
      const taken = { field: 'year', message: message('evaluation.yearTaken', { year }) };
      if (await prisma.evaluation.count({ where: { unitId, year } })) problems.push(taken);
      if (problems.length || !instrument) throw validationError(message('evaluation.cannotCreate'), problems);
      return prisma
        .$transaction(async (tx) => {
          const evaluation = await tx.evaluation.create({
            ...query,
            data: {
              unitId,
              year,
              instrumentId: instrument.id,
              ...(details ? (detailData(details) as object) : {}),
            },
          });
          await tx.stageTransition.create({
            data: { evaluationId: evaluation.id, toStage: 'PENCANANGAN', actorId: user.id },
          });
          await recordChange(tx, {
            entity: 'Evaluation',
            entityId: evaluation.id,
            action: 'CREATE',
            after: { unitId, year, instrument: instrument.code, ...details },
            actorId: user.id,
            evaluationId: evaluation.id,
          });
          return evaluation;
        })
        .catch((error: unknown) => {
          // Another request created the same unit's year since the check above.
          if (uniqueViolation(error)) throw validationError(message('evaluation.cannotCreate'), [taken]);
          throw error;
        });
    },
  }),
  updateEvaluation: t.withAuth({ may: 'evaluation.details' }).prismaField({
    type: 'Evaluation',
    description:
      'Changes what the unit records about its year; the unit while it builds (PENCANANGAN, PEMBANGUNAN), an ' +
      'administrator until the evaluation is decided.',
    args: { id: t.arg.int(), details: t.arg({ type: EvaluationDetails }) },
    resolve: async (query, _root, { id, details }, { prisma, user }) => {
      await findInScope(prisma, user, 'evaluation', id, { select: { id: true } });
      return prisma.$transaction(async (tx) => {
        await lockEvaluation(tx, id);
        const before = await tx.evaluation.findUniqueOrThrow({ where: { id } });
        const refused = detailsWriteProblem(user, before.stage);
        if (refused) throw forbidden(message('request.sentence', { reason: refused }));
        const problems = checkDetails({
          paktaSigned: before.paktaSigned,
          paktaTotal: before.paktaTotal,
          ...detailData(details),
        } as typeof EvaluationDetails.$inferInput);
        if (problems.length) throw validationError(message('details.invalid'), problems);
        const updated = await tx.evaluation.update({ ...query, where: { id }, data: detailData(details) });
        await recordChange(tx, {
          entity: 'Evaluation',
          entityId: id,
          action: 'UPDATE',
          before,
          after: details,
          actorId: user.id,
          evaluationId: id,
        });
        return updated;
      });
    },
  }),
}));
