import { evaluatePredicate, type InstrumentDefinition, type Layer, type Score } from '@zi/schema';
import type { Prisma } from '../generated/client/client.ts';

/** Stores one layer's score and the WBK/WBBM criteria it misses, for analytics in SQL. */
export async function saveLayerScore(
  tx: Prisma.TransactionClient,
  evaluationId: number,
  layer: Layer,
  definition: InstrumentDefinition,
  score: Score,
) {
  const unmet = (predicate: 'WBK' | 'WBBM') =>
    evaluatePredicate(definition, score, predicate, null)
      .criteria.filter((criterion) => !criterion.met)
      .map((criterion) => criterion.key);
  const data = {
    total: score.total,
    pengungkit: score.pengungkit,
    pemenuhan: score.pemenuhan,
    reform: score.reform,
    hasil: score.hasil,
    answered: score.answered,
    itemCount: score.itemCount,
    areas: Object.fromEntries(
      score.areas.map((area) => [area.key, { points: area.points, percent: area.percent }]),
    ),
    wbkUnmet: unmet('WBK'),
    wbbmUnmet: unmet('WBBM'),
  };
  await tx.layerScore.upsert({
    where: { evaluationId_layer: { evaluationId, layer } },
    create: { evaluationId, layer, ...data },
    update: data,
  });
}
