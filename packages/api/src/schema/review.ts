import { canReadLayer } from '@zi/schema';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { itemCodes, maxItemCodes, text } from '../inputs.ts';
import { markItemsRevised, reviewItems } from '../services/reviews.ts';
import { Person } from './person.ts';
import { LayerEnum } from './score.ts';

const ReviewStatusEnum = builder.enumType('ReviewStatus', {
  values: ['SESUAI', 'PERLU_PERBAIKAN'] as const,
  description: 'An assessor’s judgement of an item: in order, or sent back to be revised (with a note).',
});

builder.prismaObject('ItemReview', {
  description:
    'The reviewer’s judgement of one item of the layer below (TPI of UNIT, TPN of TPI), and whether the ' +
    'layer’s owner has revised it since; its history is in the change log.',
  authScopes: (review, { user }) => user !== null && canReadLayer(user, review.layer),
  fields: (t) => ({
    id: t.string({
      description: '`evaluationId/layer/itemId`: one review per item of a layer.',
      resolve: (review) => `${review.evaluationId}/${review.layer}/${review.itemId}`,
    }),
    layer: t.expose('layer', { type: LayerEnum, description: 'The layer reviewed.' }),
    item: t.string({ select: { item: { select: { code: true } } }, resolve: (review) => review.item.code }),
    status: t.expose('status', { type: ReviewStatusEnum }),
    note: t.exposeString('note', { nullable: true }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime' }),
    reviewedBy: t.relation('reviewedBy', { type: Person, nullable: true }),
    answerAtNote: t.expose('answerAtNote', {
      type: 'JSON',
      nullable: true,
      description:
        'While the item is sent back: its answer and documents in the layer reviewed as they stood then ' +
        '(`{option, inputs, score, note, evidence, documents}`, documents as evidence file ids), to see what ' +
        'the owner changed since.',
    }),
    revisions: t.exposeInt('revisions', { description: 'How many times the item was sent back.' }),
    revisedAt: t.expose('revisedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the owner marked it revised since it was last sent back.',
    }),
    revisedBy: t.relation('revisedBy', { type: Person, nullable: true }),
  }),
});

builder.prismaObjectFields('Evaluation', (t) => ({
  reviews: t.relation('reviews', {
    args: { layer: t.arg({ type: LayerEnum, description: 'The layer reviewed.' }) },
    description: 'The reviewers’ judgements of one layer’s items, in worksheet order.',
    authScopes: (_evaluation, args, { user }) => user !== null && canReadLayer(user, args.layer),
    query: (args) => ({ where: { layer: args.layer }, orderBy: { item: { order: 'asc' } } }),
  }),
}));

const ReviewInput = builder.inputType('ReviewInput', {
  fields: (t) => ({
    item: t.string(text('code', 'The item’s code, e.g. P.1.i.a.')),
    status: t.field({ type: ReviewStatusEnum }),
    note: t.string({ required: false, ...text('note', 'What to fix; required when sending an item back.') }),
  }),
});

builder.mutationFields((t) => ({
  reviewItems: t.withAuth({ may: 'evaluation.answers' }).prismaField({
    type: ['ItemReview'],
    description:
      'The reviewer (TPI for UNIT at PENILAIAN_TPI, TPN for TPI at EVALUASI_TPN) judges items of the layer ' +
      'below, all or nothing; PERLU_PERBAIKAN needs a note and lets the layer’s owner fix the item meanwhile.',
    args: {
      evaluationId: t.arg.int(),
      layer: t.arg({ type: LayerEnum, description: 'The layer reviewed.' }),
      reviews: t.arg({ type: [ReviewInput], validate: z.array(z.unknown()).max(maxItemCodes) }),
    },
    resolve: async (query, _root, { evaluationId, layer, reviews }, { prisma, user }) => {
      const itemIds = await reviewItems(prisma, user, evaluationId, layer, reviews);
      return prisma.itemReview.findMany({
        ...query,
        where: { evaluationId, layer, itemId: { in: itemIds } },
        orderBy: { item: { order: 'asc' } },
      });
    },
  }),
  markItemsRevised: t.withAuth({ may: 'evaluation.answers' }).prismaField({
    type: ['ItemReview'],
    description: 'The layer’s owner marks items sent back for revision as revised.',
    args: {
      evaluationId: t.arg.int(),
      layer: t.arg({ type: LayerEnum }),
      items: t.arg.stringList(itemCodes('The items marked revised, by code.')),
    },
    resolve: async (query, _root, { evaluationId, layer, items }, { prisma, user }) => {
      const itemIds = await markItemsRevised(prisma, user, evaluationId, layer, items);
      return prisma.itemReview.findMany({
        ...query,
        where: { evaluationId, layer, itemId: { in: itemIds } },
        orderBy: { item: { order: 'asc' } },
      });
    },
  }),
}));
