import type {
  AdviceStep,
  CriterionResult,
  GapAdvice,
  Layer,
  NodeScore,
  PredicateResult,
  PrerequisiteResult,
  Score,
  Verdict,
} from '@zi/schema';
import { renderMessage } from '@zi/schema';
import { builder } from '../builder.ts';
import type { LayerScore } from '../services/answers.ts';

export const LayerEnum = builder.enumType('Layer', {
  values: {
    UNIT: { description: 'Self-assessment by the unit' },
    TPI: { description: 'Internal assessors' },
    TPN: { description: 'National team' },
  } as const,
});
export const PredicateEnum = builder.enumType('Predicate', { values: ['WBK', 'WBBM'] as const });
export const NodeLevelEnum = builder.enumType('NodeLevel', {
  values: ['COMPONENT', 'SUB_COMPONENT', 'AREA', 'SUB_AREA'] as const,
});

const ScoreNodeRef = builder.objectRef<NodeScore>('ScoreNode').implement({
  description: 'A node of the worksheet tree with its points and completeness.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    level: t.expose('level', { type: NodeLevelEnum }),
    parent: t.exposeString('parent', { nullable: true }),
    weight: t.exposeFloat('weight'),
    points: t.exposeFloat('points'),
    percent: t.exposeFloat('percent', { description: 'points ÷ weight (0–1).' }),
    answered: t.exposeInt('answered'),
    total: t.exposeInt('total'),
    complete: t.exposeBoolean('complete'),
    workbookRow: t.exposeInt('workbookRow', { nullable: true }),
  }),
});

const AreaScoreRef = builder.objectRef<Score['areas'][number]>('AreaScore').implement({
  description: 'One area, Pemenuhan and Reform together, as the per-area criterion measures it.',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    weight: t.exposeFloat('weight'),
    points: t.exposeFloat('points'),
    percent: t.exposeFloat('percent'),
  }),
});

const ItemScoreRef = builder.objectRef<Score['items'][number]>('ItemScore').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    node: t.exposeString('node'),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'The item’s value 0–1; null when unanswered.',
    }),
    points: t.exposeFloat('points', { nullable: true }),
  }),
});

export const EvaluationScoreRef = builder.objectRef<LayerScore>('EvaluationScore').implement({
  description: 'One layer scored by the rules of the evaluation’s instrument.',
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
    nodes: t.field({ type: [ScoreNodeRef], resolve: (score) => score.nodes }),
    areas: t.field({ type: [AreaScoreRef], resolve: (score) => score.areas }),
    items: t.field({ type: [ItemScoreRef], resolve: (score) => score.items }),
  }),
});

const CriterionRef = builder.objectRef<CriterionResult>('Criterion').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label'),
    area: t.exposeString('area', { nullable: true }),
    unit: t.exposeString('unit', { description: '`points`, or `percent` (0–1) for the per-area criterion.' }),
    required: t.exposeFloat('required'),
    actual: t.exposeFloat('actual'),
    met: t.exposeBoolean('met'),
    gap: t.exposeFloat('gap', { description: 'Points still needed; 0 when met.' }),
  }),
});

const PrerequisiteRef = builder.objectRef<PrerequisiteResult>('Prerequisite').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    level: t.exposeString('level'),
    label: t.exposeString('label'),
    required: t.exposeString('required'),
    actual: t.exposeString('actual', { nullable: true }),
    met: t.exposeBoolean('met'),
    waived: t.exposeBoolean('waived', {
      description: 'An agency prerequisite an afirmasi unit may be proposed without.',
    }),
  }),
});

const PredicateResultRef = builder.objectRef<PredicateResult>('PredicateResult').implement({
  fields: (t) => ({
    predicate: t.expose('predicate', { type: PredicateEnum }),
    met: t.exposeBoolean('met'),
    criteria: t.field({ type: [CriterionRef], resolve: (result) => result.criteria }),
    prerequisites: t.field({ type: [PrerequisiteRef], resolve: (result) => result.prerequisites }),
    reasons: t.stringList({
      description: 'Why the predicate is not met, in the language asked for.',
      resolve: (result, _args, { locale }) => result.reasons.map((reason) => renderMessage(reason, locale)),
    }),
  }),
});

export const VerdictRef = builder.objectRef<Verdict & { layer: Layer }>('PredicateVerdict').implement({
  description:
    'WBK and WBBM for one layer: every criterion and prerequisite, and the best predicate that holds.',
  fields: (t) => ({
    layer: t.expose('layer', { type: LayerEnum }),
    predicate: t.expose('predicate', { type: PredicateEnum, nullable: true }),
    wbk: t.field({ type: PredicateResultRef, resolve: (verdict) => verdict.results.WBK }),
    wbbm: t.field({ type: PredicateResultRef, resolve: (verdict) => verdict.results.WBBM }),
    reasons: t.stringList({
      description: 'Why the next predicate up is not reached, in the language asked for.',
      resolve: (verdict, _args, { locale }) => verdict.reasons.map((reason) => renderMessage(reason, locale)),
    }),
  }),
});

const AdviceStepRef = builder.objectRef<AdviceStep>('AdviceStep').implement({
  fields: (t) => ({
    item: t.exposeString('item'),
    from: t.exposeString('from'),
    to: t.exposeString('to'),
    gain: t.exposeFloat('gain', { description: 'Points the step adds to the total.' }),
    message: t.string({ resolve: (step, _args, { locale }) => renderMessage(step.message, locale) }),
  }),
});

export const GapAdviceRef = builder.objectRef<GapAdvice & { layer: Layer }>('GapAdvice').implement({
  fields: (t) => ({
    layer: t.expose('layer', { type: LayerEnum }),
    target: t.expose('target', { type: PredicateEnum }),
    reachable: t.exposeBoolean('reachable'),
    steps: t.field({ type: [AdviceStepRef], resolve: (advice) => advice.steps }),
    blockers: t.exposeStringList('blockers'),
  }),
});
