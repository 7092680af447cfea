import { canReadLayer } from '@zi/schema';
import { builder } from '../builder.ts';
import { links, text } from '../inputs.ts';
import { type SetResult, saveAnswerSets } from '../services/answers.ts';
import { copyLayerBelow } from '../services/layer-copy.ts';
import { Person } from './person.ts';
import { EvaluationScoreRef, LayerEnum } from './score.ts';

builder.prismaObject('Answer', {
  description: 'One layer’s answer to one item, with its version for optimistic locking.',
  authScopes: (answer, { user }) => user !== null && canReadLayer(user, answer.layer),
  fields: (t) => ({
    id: t.exposeInt('id'),
    layer: t.expose('layer', { type: LayerEnum }),
    item: t.string({ select: { item: { select: { code: true } } }, resolve: (answer) => answer.item.code }),
    option: t.exposeString('option', { nullable: true }),
    inputs: t.expose('inputs', { type: 'JSON', nullable: true }),
    score: t.exposeFloat('score', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    evidence: t.exposeStringList('evidence'),
    copiedFrom: t.expose('copiedFrom', {
      type: LayerEnum,
      nullable: true,
      description:
        'The layer this answer was copied from (copyLayerBelow), until the layer’s owner confirms it by saving ' +
        'it again or changes it.',
    }),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    updatedBy: t.relation('updatedBy', { type: Person, nullable: true }),
  }),
});

const AnswerChange = builder.inputType('AnswerChange', {
  description:
    'One answer to write. Send `expectedVersion` (0 for an answer not yet saved) to detect conflicts.',
  fields: (t) => ({
    item: t.string(text('code', 'The item’s code, e.g. P.1.i.a.')),
    option: t.string({ required: false, ...text('code') }),
    inputs: t.field({ type: 'AnswerInputs', required: false }),
    score: t.float({ required: false }),
    note: t.string({ required: false, ...text('note') }),
    evidence: t.stringList({ required: false, ...links('Links to the supporting documents (http/https).') }),
    expectedVersion: t.int({ required: false }),
  }),
});

const SavedAnswer = builder.objectRef<{ item: string; version: number }>('SavedAnswer').implement({
  fields: (t) => ({ item: t.exposeString('item'), version: t.exposeInt('version') }),
});

export const SaveAnswersResult = builder.objectRef<SetResult>('SaveAnswersResult').implement({
  fields: (t) => ({
    evaluationId: t.exposeInt('evaluationId'),
    layer: t.expose('layer', { type: LayerEnum }),
    answers: t.field({ type: [SavedAnswer], resolve: (result) => result.answers }),
    score: t.field({ type: EvaluationScoreRef, resolve: (result) => result.score }),
  }),
});

const AnswerSet = builder.inputType('AnswerSet', {
  description: 'Answers to one layer of one evaluation.',
  fields: (t) => ({
    evaluationId: t.int(),
    layer: t.field({ type: LayerEnum }),
    answers: t.field({ type: [AnswerChange] }),
  }),
});

builder.mutationFields((t) => ({
  saveAnswers: t.withAuth({ may: 'evaluation.answers' }).field({
    type: SaveAnswersResult,
    description:
      'Saves many answers of one layer at once: all or nothing. Every answer is validated; a stale `expectedVersion` ' +
      '(0 for an answer not yet saved) fails with CONFLICT listing the current values and writes nothing. Returns the ' +
      'new versions and the layer’s score.',
    args: {
      evaluationId: t.arg.int(),
      layer: t.arg({ type: LayerEnum }),
      answers: t.arg({ type: [AnswerChange] }),
    },
    resolve: async (_root, { evaluationId, layer, answers }, { prisma, user }) => {
      const [result] = await saveAnswerSets(prisma, user, [
        { evaluationId, layer, answers, path: 'answers' },
      ]);
      return result as SetResult;
    },
  }),
  saveAnswerSets: t.withAuth({ may: 'evaluation.answers' }).field({
    type: [SaveAnswersResult],
    description:
      'saveAnswers for many evaluations and layers in one call, all or nothing (at most 20,000 answers).',
    args: { sets: t.arg({ type: [AnswerSet] }) },
    resolve: (_root, { sets }, { prisma, user }) =>
      saveAnswerSets(
        prisma,
        user,
        sets.map((set, index) => ({ ...set, path: `sets[${index}].answers` })),
      ),
  }),
  copyLayerBelow: t.withAuth({ may: 'evaluation.answers' }).field({
    type: SaveAnswersResult,
    description:
      'Starts an assessor’s layer (TPI, TPN) from the layer below, all items or one area: each item the layer ' +
      'has not answered takes the answer below, marked `copiedFrom` until the assessor confirms it by saving it ' +
      'again or changes it; the stage move waits for that. Returns the items copied, with their versions.',
    args: {
      evaluationId: t.arg.int(),
      layer: t.arg({ type: LayerEnum, description: 'The assessor’s layer to fill.' }),
      area: t.arg.string({
        required: false,
        ...text('code', 'A progress area’s key (e.g. MP, or HASIL); all items when omitted.'),
      }),
    },
    resolve: (_root, { evaluationId, layer, area }, { prisma, user }) =>
      copyLayerBelow(prisma, user, evaluationId, layer, area),
  }),
}));
