import { evaluatePredicate, type InstrumentDefinition, type Layer, type Score } from '@zi/schema';
import type { Prisma } from '../generated/client/client.ts';

export interface LayerScoreEntry {
  evaluationId: number;
  layer: Layer;
  definition: InstrumentDefinition;
  score: Score;
}

const unmet = ({ definition, score }: LayerScoreEntry, predicate: 'WBK' | 'WBBM') =>
  evaluatePredicate(definition, score, predicate, null)
    .criteria.filter((criterion) => !criterion.met)
    .map((criterion) => criterion.key);

/**
 * Stores layers' scores and the WBK/WBBM criteria they miss, for analytics in SQL: one statement
 * whatever the number of layers.
 */
export async function saveLayerScores(tx: Prisma.TransactionClient, entries: LayerScoreEntry[]) {
  if (!entries.length) return;
  const column = <T>(pick: (entry: LayerScoreEntry) => T) => entries.map(pick);
  await tx.$executeRaw`
    INSERT INTO "LayerScore" ("evaluationId", "layer", "total", "pengungkit", "pemenuhan", "reform", "hasil", "answered",
                              "itemCount", "areas", "wbkUnmet", "wbbmUnmet", "updatedAt")
    SELECT evaluation_id, layer, total, pengungkit, pemenuhan, reform, hasil, answered, item_count, areas::jsonb,
           ARRAY(SELECT jsonb_array_elements_text(wbk::jsonb)), ARRAY(SELECT jsonb_array_elements_text(wbbm::jsonb)), now()
    FROM unnest(${column((entry) => entry.evaluationId)}::int[], ${column((entry) => entry.layer)}::"Layer"[],
                ${column((entry) => entry.score.total)}::float8[], ${column((entry) => entry.score.pengungkit)}::float8[],
                ${column((entry) => entry.score.pemenuhan)}::float8[], ${column((entry) => entry.score.reform)}::float8[],
                ${column((entry) => entry.score.hasil)}::float8[], ${column((entry) => entry.score.answered)}::int[],
                ${column((entry) => entry.score.itemCount)}::int[],
                ${column((entry) => JSON.stringify(Object.fromEntries(entry.score.areas.map((area) => [area.key, { points: area.points, percent: area.percent }]))))}::text[],
                ${column((entry) => JSON.stringify(unmet(entry, 'WBK')))}::text[], ${column((entry) => JSON.stringify(unmet(entry, 'WBBM')))}::text[])
         AS incoming(evaluation_id, layer, total, pengungkit, pemenuhan, reform, hasil, answered, item_count, areas, wbk, wbbm)
    ON CONFLICT ("evaluationId", "layer") DO UPDATE SET
      "total" = EXCLUDED."total", "pengungkit" = EXCLUDED."pengungkit", "pemenuhan" = EXCLUDED."pemenuhan",
      "reform" = EXCLUDED."reform", "hasil" = EXCLUDED."hasil", "answered" = EXCLUDED."answered",
      "itemCount" = EXCLUDED."itemCount", "areas" = EXCLUDED."areas", "wbkUnmet" = EXCLUDED."wbkUnmet",
      "wbbmUnmet" = EXCLUDED."wbbmUnmet", "updatedAt" = EXCLUDED."updatedAt"`;
}

export const saveLayerScore = (
  tx: Prisma.TransactionClient,
  evaluationId: number,
  layer: Layer,
  definition: InstrumentDefinition,
  score: Score,
) => saveLayerScores(tx, [{ evaluationId, layer, definition, score }]);
