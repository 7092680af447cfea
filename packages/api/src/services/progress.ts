import type { PrismaClient } from '@zi/db/client';
import type { Layer, ReviewStatus } from '@zi/schema';
import DataLoader from 'dataloader';

/** What progress reads of one item of a layer besides its score: links, documents, review, copy. */
export interface ItemFacts {
  links: number;
  documents: number;
  review: { status: ReviewStatus; revisedAt: Date | null } | null;
  copiedFrom: Layer | null;
}

type FactRow = {
  evaluationId: number;
  layer: Layer;
  itemId: number;
  links: number | null;
  copiedFrom: Layer | null;
  documents: number | null;
  status: ReviewStatus | null;
  revisedAt: Date | null;
};

/**
 * Per request: each layer's item facts by item id, one statement for every layer asked for while a query
 * resolves one level (a page of evaluations with their progress costs one).
 */
export function progressFactsLoader(prisma: PrismaClient) {
  const loader = new DataLoader<{ evaluationId: number; layer: Layer }, Map<number, ItemFacts>, string>(
    async (keys) => {
      const rows = await prisma.$queryRaw<FactRow[]>`
        WITH k AS (
          SELECT * FROM unnest(${keys.map((key) => key.evaluationId)}::int[], ${keys.map((key) => key.layer)}::text[])
            AS k(evaluation_id, layer))
        SELECT a."evaluationId", a.layer::text AS layer, a."itemId", cardinality(a.evidence) AS links,
               a."copiedFrom"::text AS "copiedFrom", NULL::int AS documents, NULL AS status, NULL::timestamp AS "revisedAt"
        FROM "Answer" a JOIN k ON a."evaluationId" = k.evaluation_id AND a.layer::text = k.layer
        UNION ALL
        SELECT f."evaluationId", f.layer::text, f."itemId", NULL, NULL, count(DISTINCT f.title)::int, NULL, NULL
        FROM "EvidenceFile" f JOIN k ON f."evaluationId" = k.evaluation_id AND f.layer::text = k.layer
        GROUP BY f."evaluationId", f.layer, f."itemId"
        UNION ALL
        SELECT r."evaluationId", r.layer::text, r."itemId", NULL, NULL, NULL, r.status::text, r."revisedAt"
        FROM "ItemReview" r JOIN k ON r."evaluationId" = k.evaluation_id AND r.layer::text = k.layer`;
      const byKey = new Map<string, Map<number, ItemFacts>>();
      for (const row of rows) {
        const key = `${row.evaluationId}/${row.layer}`;
        const items = byKey.get(key) ?? new Map<number, ItemFacts>();
        byKey.set(key, items);
        const facts = items.get(row.itemId) ?? { links: 0, documents: 0, review: null, copiedFrom: null };
        items.set(row.itemId, facts);
        if (row.links !== null) facts.links = row.links;
        if (row.copiedFrom !== null) facts.copiedFrom = row.copiedFrom;
        if (row.documents !== null) facts.documents = row.documents;
        if (row.status !== null) facts.review = { status: row.status, revisedAt: row.revisedAt };
      }
      return keys.map((key) => byKey.get(`${key.evaluationId}/${key.layer}`) ?? new Map());
    },
    { cacheKeyFn: (key) => `${key.evaluationId}/${key.layer}` },
  );
  return (evaluationId: number, layer: Layer) => loader.load({ evaluationId, layer });
}
