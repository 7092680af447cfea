import type { ReviewStatus } from './review.ts';

/** Where one item of a layer stands in the weeks before the deadline. */
export interface ItemProgress {
  answered: boolean;
  /** Links or uploaded documents. */
  withEvidence: boolean;
  reviewed: boolean;
  /** Sent back for revision and not yet marked revised. */
  toRevise: boolean;
}

export function itemProgress(facts: {
  answered: boolean;
  links: number;
  documents: number;
  review: { status: ReviewStatus; revisedAt: unknown } | null | undefined;
}): ItemProgress {
  return {
    answered: facts.answered,
    withEvidence: facts.links + facts.documents > 0,
    reviewed: Boolean(facts.review),
    toRevise: facts.review?.status === 'PERLU_PERBAIKAN' && !facts.review.revisedAt,
  };
}

/** The item lists people ask for: what is still to answer, to document, to review, to revise. */
export const progressFilters = ['unanswered', 'withoutEvidence', 'unreviewed', 'toRevise'] as const;
export type ProgressFilter = (typeof progressFilters)[number];

export function passesProgressFilter(item: ItemProgress, filter: ProgressFilter): boolean {
  switch (filter) {
    case 'unanswered':
      return !item.answered;
    case 'withoutEvidence':
      return !item.withEvidence;
    case 'unreviewed':
      return !item.reviewed;
    case 'toRevise':
      return item.toRevise;
  }
}

/** How many items of `items` are answered, documented, reviewed and to revise. */
export function countProgress(items: Iterable<ItemProgress>) {
  const counts = { items: 0, answered: 0, withEvidence: 0, reviewed: 0, toRevise: 0 };
  for (const item of items) {
    counts.items += 1;
    if (item.answered) counts.answered += 1;
    if (item.withEvidence) counts.withEvidence += 1;
    if (item.reviewed) counts.reviewed += 1;
    if (item.toRevise) counts.toRevise += 1;
  }
  return counts;
}
