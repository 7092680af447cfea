import { useQuery } from '@tanstack/react-query';
import {
  type Layer,
  type ReviewStatus,
  type Role,
  reviewRules,
  revisionWriteProblem,
  type Stage,
} from '@zi/schema';
import { useMemo } from 'react';
import { gql, request } from '../../providers/graphql.ts';

const ReviewFields = gql(`fragment ReviewFields on ItemReview {
  id item layer status note revisions reviewedAt revisedAt answerAtNote reviewedBy { name } revisedBy { name } }`);

const ReviewsQuery = gql(
  `query Reviews($id: Int!, $unit: Boolean!, $tpi: Boolean!) { evaluation(id: $id) {
    UNIT: reviews(layer: UNIT) @include(if: $unit) { ...ReviewFields }
    TPI: reviews(layer: TPI) @include(if: $tpi) { ...ReviewFields } } }`,
  [ReviewFields],
);

export const ReviewItems = gql(
  `mutation ReviewItems($id: Int!, $layer: Layer!, $reviews: [ReviewInput!]!) {
    reviewItems(evaluationId: $id, layer: $layer, reviews: $reviews) { ...ReviewFields } }`,
  [ReviewFields],
);

export const MarkItemsRevised = gql(
  `mutation MarkItemsRevised($id: Int!, $layer: Layer!, $items: [String!]!) {
    markItemsRevised(evaluationId: $id, layer: $layer, items: $items) { ...ReviewFields } }`,
  [ReviewFields],
);

export type ItemReview = NonNullable<Awaited<ReturnType<typeof loadReviews>>>[number];

/** The reviewed layers among those the user reads. */
const reviewedLayers = (visible: readonly Layer[]) => visible.filter((layer) => reviewRules[layer]);

async function loadReviews(evaluationId: number, visible: readonly Layer[], signal?: AbortSignal) {
  const layers = reviewedLayers(visible);
  const { evaluation } = await request(
    ReviewsQuery,
    { id: evaluationId, unit: layers.includes('UNIT'), tpi: layers.includes('TPI') },
    signal,
  );
  return [...(evaluation.UNIT ?? []), ...(evaluation.TPI ?? [])];
}

/** The reviews of the layers the user reads, by `layer/item`. */
export function useReviews(evaluationId: number, visible: readonly Layer[]) {
  const query = useQuery({
    queryKey: ['reviews', evaluationId, visible],
    queryFn: ({ signal }) => loadReviews(evaluationId, visible, signal),
  });
  const byItem = useMemo(
    () => new Map((query.data ?? []).map((review) => [`${review.layer}/${review.item}`, review])),
    [query.data],
  );
  return { ...query, byItem };
}

/** Per layer, the items sent back that `role` may fix now although the layer is closed to it. */
export function sentBackItems(
  reviews: readonly ItemReview[],
  role: Role,
  stage: Stage,
): Map<Layer, Set<string>> {
  const fixable = new Map<Layer, Set<string>>();
  for (const review of reviews) {
    const layer = review.layer as Layer;
    if (revisionWriteProblem({ role }, layer, stage, review.status as ReviewStatus)) continue;
    fixable.set(layer, (fixable.get(layer) ?? new Set()).add(review.item));
  }
  return fixable;
}
