import { describe, expect, it } from 'vitest';
import {
  changesSinceNote,
  countProgress,
  itemProgress,
  itemsOf,
  layerBelow,
  passesProgressFilter,
  permenpanrb52of2014,
  permenpanrb90of2021,
  progressAreas,
  progressSummary,
} from '../src/index.ts';

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
  const copied = itemProgress({ answered: true, links: 0, documents: 0, review: null, copiedFrom: 'UNIT' });

  it('counts documents or links as evidence, and a revised item as no longer to revise', () => {
    expect(sentBack).toEqual({
      answered: true,
      withEvidence: true,
      reviewed: true,
      toRevise: true,
      unconfirmed: false,
    });
    expect(revised.toRevise).toBe(false);
    expect(countProgress([sentBack, revised, blank, copied])).toEqual({
      items: 4,
      answered: 3,
      withEvidence: 1,
      reviewed: 2,
      toRevise: 1,
      unconfirmed: 1,
    });
  });

  it('lists what is still to answer, document, review or revise', () => {
    expect(passesProgressFilter(blank, 'unanswered')).toBe(true);
    expect(passesProgressFilter(revised, 'withoutEvidence')).toBe(true);
    expect(passesProgressFilter(sentBack, 'withoutEvidence')).toBe(false);
    expect(passesProgressFilter(blank, 'unreviewed')).toBe(true);
    expect(passesProgressFilter(sentBack, 'toRevise')).toBe(true);
    expect(passesProgressFilter(revised, 'toRevise')).toBe(false);
    expect(passesProgressFilter(copied, 'unconfirmed')).toBe(true);
    expect(passesProgressFilter(revised, 'unconfirmed')).toBe(false);
  });
});

describe('progress areas', () => {
  it('are the six pengungkit areas, Pemenuhan and Reform together, then hasil, covering every item once', () => {
    for (const definition of [permenpanrb90of2021, permenpanrb52of2014]) {
      const areas = progressAreas(definition);
      const covered = areas.flatMap((area) => area.items);
      expect(covered.toSorted()).toEqual(
        itemsOf(definition)
          .map((item) => item.code)
          .toSorted(),
      );
      expect(new Set(covered).size).toBe(covered.length);
    }
    const areas = progressAreas(permenpanrb90of2021);
    expect(areas.map((area) => area.key)).toEqual(['MP', 'TL', 'SDM', 'AK', 'PW', 'PP', 'HASIL']);
    expect(areas[0]?.items).toContain('P.1.i.a');
    expect(areas[0]?.items.some((code) => code.startsWith('R.1'))).toBe(true);
  });

  it('sum up to the layer’s counts', () => {
    const progress = new Map(
      itemsOf(permenpanrb90of2021).map((item, index) => [
        item.code,
        itemProgress({ answered: index % 2 === 0, links: index % 3, documents: 0, review: null }),
      ]),
    );
    const summary = progressSummary(permenpanrb90of2021, progress);
    expect(summary.items).toBe(113);
    expect(summary.answered).toBe(57);
    for (const key of ['items', 'answered', 'withEvidence'] as const)
      expect(summary.areas.reduce((sum, area) => sum + area[key], 0)).toBe(summary[key]);
  });
});

describe('the layer an assessor copies', () => {
  it('is the one its team reviews', () => {
    expect(layerBelow('TPI')).toBe('UNIT');
    expect(layerBelow('TPN')).toBe('TPI');
    expect(layerBelow('UNIT')).toBeNull();
  });
});

describe('what changed since an item was sent back', () => {
  const atNote = {
    option: 'B',
    inputs: null,
    score: null,
    note: 'SK belum ada',
    evidence: ['https://drive.example/sk'],
    documents: [4],
  };
  it('names the answer, note, links and documents that differ, and nothing when all is as it was', () => {
    expect(changesSinceNote(atNote, { ...atNote, evidence: [...atNote.evidence] })).toEqual([]);
    expect(changesSinceNote(atNote, { ...atNote, option: 'A', documents: [4, 9] })).toEqual([
      'answer',
      'documents',
    ]);
    expect(changesSinceNote(atNote, { ...atNote, note: 'SK terlampir', evidence: [] })).toEqual([
      'note',
      'links',
    ]);
  });
  it('compares % inputs by value, a missing input as an empty one', () => {
    const percent = { ...atNote, option: null, inputs: { a: 3, b: null } };
    expect(changesSinceNote(percent, { ...percent, inputs: { a: 3 } })).toEqual([]);
    expect(changesSinceNote(percent, { ...percent, inputs: { a: 4, b: null } })).toEqual(['answer']);
  });
});
