import { scoreLayer } from '@zi/db';
import {
  type ItemProgress,
  itemProgress,
  type Layer,
  type ProgressCounts,
  progressSummary,
} from '@zi/schema';
import { builder } from '../builder.ts';
import { layerFor } from '../services/evaluations.ts';
import { layerArg, scoringInputs, scoringSelection } from './evaluation.ts';
import { LayerEnum } from './score.ts';

type AreaProgress = ProgressCounts & { key: string; name: string };
type LayerProgress = ProgressCounts & { layer: Layer; areas: AreaProgress[] };

const ProgressCountsRef = builder.interfaceRef<ProgressCounts>('ProgressCounts').implement({
  description: 'How many items are answered, documented, reviewed, to revise and copies to confirm.',
  fields: (t) => ({
    items: t.exposeInt('items'),
    answered: t.exposeInt('answered', { description: 'Items the score counts as answered.' }),
    withEvidence: t.exposeInt('withEvidence', { description: 'Items with a link or an uploaded document.' }),
    reviewed: t.exposeInt('reviewed', { description: 'Items the layer’s reviewer has judged.' }),
    toRevise: t.exposeInt('toRevise', { description: 'Items sent back and not yet marked revised.' }),
    unconfirmed: t.exposeInt('unconfirmed', {
      description: 'Answers copied from the layer below and not yet confirmed.',
    }),
  }),
});

const AreaProgressRef = builder.objectRef<AreaProgress>('AreaProgress').implement({
  description: 'One progress area’s counts: a pengungkit area (Pemenuhan and Reform together) or hasil.',
  interfaces: [ProgressCountsRef],
  fields: (t) => ({ key: t.exposeString('key'), name: t.exposeString('name') }),
});

const LayerProgressRef = builder.objectRef<LayerProgress>('LayerProgress').implement({
  description: 'Where one layer of an evaluation stands, overall and per area.',
  interfaces: [ProgressCountsRef],
  fields: (t) => ({
    layer: t.expose('layer', { type: LayerEnum }),
    areas: t.field({ type: [AreaProgressRef], resolve: (progress) => progress.areas }),
  }),
});

builder.prismaObjectFields('Evaluation', (t) => ({
  progress: t.field({
    type: LayerProgressRef,
    args: layerArg,
    description:
      'One layer’s progress overall and per area, counted as the LKE worksheet counts it: answered as the live ' +
      'score counts, evidence by links or documents, reviewed by the layer’s reviewer.',
    select: scoringSelection,
    resolve: async (evaluation, args, context) => {
      // The facts are asked for beside the score's inputs, so a page's progress reads them in one batch.
      const layer = layerFor(context.user, args.layer, evaluation.countingLayer);
      const [{ tlhp, answers, instrument }, facts] = await Promise.all([
        scoringInputs(context, evaluation, layer),
        context.progressFacts(evaluation.id, layer),
      ]);
      const progress = new Map<string, ItemProgress>();
      for (const item of scoreLayer(instrument, answers, layer, tlhp).items) {
        const itemFacts = facts.get(instrument.idByCode.get(item.code) ?? 0);
        progress.set(
          item.code,
          itemProgress({
            answered: item.value != null,
            links: itemFacts?.links ?? 0,
            documents: itemFacts?.documents ?? 0,
            review: itemFacts?.review,
            copiedFrom: itemFacts?.copiedFrom,
          }),
        );
      }
      return { layer, ...progressSummary(instrument.definition, progress) };
    },
  }),
}));
