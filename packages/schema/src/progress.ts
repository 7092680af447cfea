import { type InstrumentDefinition, itemsOf, walkNodes } from './instrument.ts';
import type { ReviewStatus } from './review.ts';

/** Where one item of a layer stands in the weeks before the deadline. */
export interface ItemProgress {
  answered: boolean;
  /** Links or uploaded documents. */
  withEvidence: boolean;
  reviewed: boolean;
  /** Sent back for revision and not yet marked revised. */
  toRevise: boolean;
  /** Copied from the layer below and not yet confirmed or changed by the layer's owner. */
  unconfirmed: boolean;
}

export function itemProgress(facts: {
  answered: boolean;
  links: number;
  documents: number;
  review: { status: ReviewStatus; revisedAt: unknown } | null | undefined;
  copiedFrom?: string | null;
}): ItemProgress {
  return {
    answered: facts.answered,
    withEvidence: facts.links + facts.documents > 0,
    reviewed: Boolean(facts.review),
    toRevise: facts.review?.status === 'PERLU_PERBAIKAN' && !facts.review.revisedAt,
    unconfirmed: Boolean(facts.copiedFrom),
  };
}

/** The item lists people ask for: what is still to answer, to document, to review, to revise. */
export const progressFilters = [
  'unanswered',
  'withoutEvidence',
  'unreviewed',
  'toRevise',
  'unconfirmed',
] as const;
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
    case 'unconfirmed':
      return item.unconfirmed;
  }
}

export interface ProgressCounts {
  items: number;
  answered: number;
  withEvidence: number;
  reviewed: number;
  toRevise: number;
  unconfirmed: number;
}

/** How many items of `items` are answered, documented, reviewed, to revise and copies to confirm. */
export function countProgress(items: Iterable<ItemProgress>): ProgressCounts {
  const counts = { items: 0, answered: 0, withEvidence: 0, reviewed: 0, toRevise: 0, unconfirmed: 0 };
  for (const item of items) {
    counts.items += 1;
    if (item.answered) counts.answered += 1;
    if (item.withEvidence) counts.withEvidence += 1;
    if (item.reviewed) counts.reviewed += 1;
    if (item.toRevise) counts.toRevise += 1;
    if (item.unconfirmed) counts.unconfirmed += 1;
  }
  return counts;
}

/**
 * The areas progress is watched by, and assessors copy the layer below by: the six pengungkit areas (each
 * with its Pemenuhan and Reform parts, as the per-area criterion groups them), then the hasil component.
 */
export function progressAreas(definition: InstrumentDefinition) {
  const underNode = (codes: readonly string[]) =>
    [...walkNodes(definition.components)]
      .filter(({ node }) => codes.includes(node.code))
      .flatMap(({ node }) => itemsOf({ ...definition, components: [node] }).map((item) => item.code));
  const hasil = definition.components.find((component) => component.code === definition.headlines.hasil);
  return [
    ...definition.areaGroups.map((group) => ({
      key: group.key,
      name: group.name,
      items: underNode(group.nodes),
    })),
    ...(hasil ? [{ key: hasil.code, name: hasil.name, items: underNode([hasil.code]) }] : []),
  ];
}

/** A layer's progress: its items' counts overall and per progress area. */
export function progressSummary(
  definition: InstrumentDefinition,
  progress: ReadonlyMap<string, ItemProgress>,
): ProgressCounts & { areas: (ProgressCounts & { key: string; name: string })[] } {
  const of = (codes: readonly string[]) => countProgress(codes.flatMap((code) => progress.get(code) ?? []));
  return {
    ...of(itemsOf(definition).map((item) => item.code)),
    areas: progressAreas(definition).map((area) => ({ key: area.key, name: area.name, ...of(area.items) })),
  };
}
