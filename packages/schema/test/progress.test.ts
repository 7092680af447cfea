import { describe, expect, it } from 'vitest';
import { countProgress, itemProgress, passesProgressFilter } from '../src/index.ts';

describe('item progress', () => {
  const sentBack = itemProgress({
    answered: true,
    links: 0,
    documents: 1,
    review: { status: 'PERLU_PERBAIKAN', revisedAt: null },
  });
  const revised = itemProgress({
    answered: true,
    links: 0,
    documents: 0,
    review: { status: 'PERLU_PERBAIKAN', revisedAt: '2026-12-01' },
  });
  const blank = itemProgress({ answered: false, links: 0, documents: 0, review: null });

  it('counts documents or links as evidence, and a revised item as no longer to revise', () => {
    expect(sentBack).toEqual({ answered: true, withEvidence: true, reviewed: true, toRevise: true });
    expect(revised.toRevise).toBe(false);
    expect(countProgress([sentBack, revised, blank])).toEqual({
      items: 3,
      answered: 2,
      withEvidence: 1,
      reviewed: 2,
      toRevise: 1,
    });
  });

  it('lists what is still to answer, document, review or revise', () => {
    expect(passesProgressFilter(blank, 'unanswered')).toBe(true);
    expect(passesProgressFilter(revised, 'withoutEvidence')).toBe(true);
    expect(passesProgressFilter(sentBack, 'withoutEvidence')).toBe(false);
    expect(passesProgressFilter(blank, 'unreviewed')).toBe(true);
    expect(passesProgressFilter(sentBack, 'toRevise')).toBe(true);
    expect(passesProgressFilter(revised, 'toRevise')).toBe(false);
  });
});
