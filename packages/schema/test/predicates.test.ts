import { describe, expect, it } from 'vitest';
import {
  compile,
  criteriaVerdict,
  evaluatePredicate,
  evaluatePredicates,
  formatFigure,
  formatGap,
  gapForDisplay,
  meets,
  type Predicate,
  type PrerequisiteFacts,
  permenpanrb52of2014,
  permenpanrb90of2021,
  renderMessage,
  roundForDisplay,
  type Score,
  scoreAnswers,
} from '../src/index.ts';
import { uniformAnswers } from './fixtures.ts';

const definition = permenpanrb90of2021;
const { nodeIndex, itemIndex } = compile(definition);
const perfect = scoreAnswers(definition, uniformAnswers(definition, 0));

/** A perfect score with some figures set by hand, to test the rules exactly at their thresholds. */
function scoreWith(overrides: {
  total?: number;
  nodes?: Record<string, number>;
  items?: Record<string, number>;
  areas?: Record<string, number>;
}): Score {
  const score = structuredClone(perfect);
  if (overrides.total !== undefined) score.total = overrides.total;
  for (const [code, points] of Object.entries(overrides.nodes ?? {})) {
    const node = score.nodes[nodeIndex.get(code) ?? -1];
    if (node) node.points = points;
  }
  for (const [code, points] of Object.entries(overrides.items ?? {})) {
    const item = score.items[itemIndex.get(code) ?? -1];
    if (item) item.points = points;
  }
  for (const area of score.areas) area.percent = overrides.areas?.[area.key] ?? area.percent;
  return score;
}

const criterion = (score: Score, predicate: Predicate, key: string) =>
  evaluatePredicate(definition, score, predicate, null).criteria.find((each) => each.key === key);

describe('predicate criteria at their thresholds (Tabel 6)', () => {
  it.each([
    ['WBK', 'total', { total: 75 }, { total: 74.99 }],
    ['WBBM', 'total', { total: 85 }, { total: 84.99 }],
    ['WBK', 'pengungkit', { nodes: { PENGUNGKIT: 40 } }, { nodes: { PENGUNGKIT: 39.99 } }],
    ['WBBM', 'pengungkit', { nodes: { PENGUNGKIT: 48 } }, { nodes: { PENGUNGKIT: 47.99 } }],
    ['WBK', 'area.SDM', { areas: { SDM: 0.6 } }, { areas: { SDM: 0.5999 } }],
    ['WBBM', 'area.PW', { areas: { PW: 0.75 } }, { areas: { PW: 0.7499 } }],
    ['WBK', 'bersih', { nodes: { 'H.I': 18.25 } }, { nodes: { 'H.I': 18.24 } }],
    ['WBBM', 'bersih', { nodes: { 'H.I': 19.5 } }, { nodes: { 'H.I': 19.49 } }],
    ['WBK', 'ipak', { items: { 'H.I.a': 15.75 } }, { items: { 'H.I.a': 15.74 } }],
    ['WBK', 'kinerja', { items: { 'H.I.b': 2.5 } }, { items: { 'H.I.b': 2.49 } }],
    ['WBBM', 'kinerja', { items: { 'H.I.b': 3.75 } }, { items: { 'H.I.b': 3.74 } }],
    ['WBK', 'prima', { nodes: { 'H.II': 14 } }, { nodes: { 'H.II': 13.99 } }],
    ['WBBM', 'prima', { nodes: { 'H.II': 15.75 } }, { nodes: { 'H.II': 15.74 } }],
  ] as const)('%s %s: met exactly at the threshold, not just below', (predicate, key, at, below) => {
    expect(criterion(scoreWith(at), predicate, key)).toMatchObject({ met: true, gap: 0 });
    const short = criterion(scoreWith(below), predicate, key);
    expect(short?.met).toBe(false);
    expect(short?.gap).toBeGreaterThan(0);
  });

  it('reports the area gap in points of that area (60% of Pengawasan’s 15 points is 9)', () => {
    const short = criterion(scoreWith({ areas: { PW: 0.5 } }), 'WBK', 'area.PW');
    expect(short).toMatchObject({ unit: 'percent', required: 0.6, actual: 0.5, met: false });
    expect(short?.gap).toBeCloseTo(1.5, 12);
  });

  it('counts a total that floating-point sums leave a hair under 75 as 75', () => {
    expect(criterion(scoreWith({ total: 75 - 1e-12 }), 'WBK', 'total')?.met).toBe(true);
  });
});

describe('survey and capaian kinerja thresholds through real scoring', () => {
  const scoreOf = (ipak: number, kinerja: string, ipkp: number) => {
    const answers = uniformAnswers(definition, 0);
    answers.set('H.I.a', { score: ipak });
    answers.set('H.I.b', { option: kinerja });
    answers.set('H.II.a', { score: ipkp });
    return scoreAnswers(definition, answers);
  };

  it('IPAK 3.60 with capaian C is exactly the WBK floor of 15.75 and 18.25; 3.59 is not', () => {
    expect(criterion(scoreOf(3.6, 'C', 4), 'WBK', 'ipak')?.met).toBe(true);
    expect(criterion(scoreOf(3.6, 'C', 4), 'WBK', 'bersih')?.met).toBe(true);
    expect(criterion(scoreOf(3.59, 'C', 4), 'WBK', 'ipak')?.met).toBe(false);
    expect(criterion(scoreOf(3.6, 'D', 4), 'WBK', 'kinerja')?.met).toBe(false);
  });

  it('IPKP 3.20 meets WBK’s 14.00 and 3.60 WBBM’s 15.75; capaian B meets WBBM’s 3.75', () => {
    expect(criterion(scoreOf(4, 'A', 3.2), 'WBK', 'prima')?.met).toBe(true);
    expect(criterion(scoreOf(4, 'A', 3.19), 'WBK', 'prima')?.met).toBe(false);
    expect(criterion(scoreOf(4, 'A', 3.6), 'WBBM', 'prima')?.met).toBe(true);
    expect(criterion(scoreOf(4, 'A', 3.59), 'WBBM', 'prima')?.met).toBe(false);
    expect(criterion(scoreOf(3.6, 'B', 4), 'WBBM', 'bersih')?.met).toBe(true);
    expect(criterion(scoreOf(3.6, 'C', 4), 'WBBM', 'kinerja')?.met).toBe(false);
  });
});

const soundMinistry: NonNullable<PrerequisiteFacts['agency']> = {
  kind: 'KEMENTERIAN',
  bpkOpinion: 'WTP',
  sakipGrade: 'A',
  indeksRbGrade: 'BB',
  spipLevel: 3,
};
const facts = (overrides: Partial<PrerequisiteFacts> = {}): PrerequisiteFacts => ({
  agency: soundMinistry,
  unit: { eselon: 'III', coreService: true, afirmasi: false, ziSinceYear: 2022 },
  year: 2025,
  unitSakipGrade: 'BB',
  lhkpnCompliance: 100,
  lhkasnCompliance: 100,
  tlhpCompletion: 1,
  heldPredicate: 'WBK',
  ...overrides,
});
const failing = (predicate: Predicate, given: PrerequisiteFacts) =>
  evaluatePredicate(definition, perfect, predicate, given)
    .prerequisites.filter((check) => !check.met && !check.waived)
    .map((check) => check.key);

describe('prerequisites (Tabel 5 as amended by 5/2024)', () => {
  it('a perfect unit of a sound ministry qualifies for both', () => {
    const verdict = evaluatePredicates(definition, perfect, facts());
    expect(verdict.predicate).toBe('WBBM');
    expect(verdict.reasons).toEqual([]);
  });

  it('Indeks RB floors differ for ministries (B / BB) and regional governments (CC / B)', () => {
    const agency = (kind: 'KEMENTERIAN' | 'PROVINSI', grade: 'B' | 'CC') => ({
      ...soundMinistry,
      kind,
      indeksRbGrade: grade,
    });
    expect(failing('WBK', facts({ agency: agency('KEMENTERIAN', 'CC') }))).toEqual(['indeksRb']);
    expect(failing('WBK', facts({ agency: agency('PROVINSI', 'CC') }))).toEqual([]);
    expect(failing('WBBM', facts({ agency: agency('KEMENTERIAN', 'B') }))).toEqual(['indeksRb']);
    expect(failing('WBBM', facts({ agency: agency('PROVINSI', 'B') }))).toEqual([]);
  });

  it('TLHP must be 100% complete, LHKPN/LHKASN 100%, ZI built for a year, unit SAKIP ≥ B', () => {
    expect(
      failing(
        'WBK',
        facts({
          tlhpCompletion: 0.9,
          lhkpnCompliance: 99,
          unitSakipGrade: 'CC',
          unit: { ...facts().unit, ziSinceYear: 2025 },
        }),
      ),
    ).toEqual(['tlhp', 'lhkpn', 'ziYears', 'unitSakip']);
  });

  it('missing agency data fails the agency checks instead of passing them silently', () => {
    expect(failing('WBK', facts({ agency: null }))).toEqual(['bpkOpinion', 'sakip', 'indeksRb', 'spip']);
  });

  it('afirmasi: a regency/city priority-service unit is not held back by its agency', () => {
    const weakRegency = {
      kind: 'KABUPATEN' as const,
      bpkOpinion: 'WDP' as const,
      sakipGrade: 'C' as const,
      indeksRbGrade: 'C' as const,
      spipLevel: 2,
    };
    expect(failing('WBK', facts({ agency: weakRegency, unit: { ...facts().unit, afirmasi: true } }))).toEqual(
      [],
    );
    expect(failing('WBK', facts({ agency: weakRegency }))).toEqual([
      'bpkOpinion',
      'sakip',
      'indeksRb',
      'spip',
    ]);
    const weakMinistry = { ...weakRegency, kind: 'KEMENTERIAN' as const };
    expect(
      failing('WBK', facts({ agency: weakMinistry, unit: { ...facts().unit, afirmasi: true } })),
    ).toHaveLength(4);
  });

  it('WBBM needs the unit to hold WBK already', () => {
    expect(failing('WBBM', facts({ heldPredicate: null }))).toEqual(['held']);
    const verdict = evaluatePredicates(definition, perfect, facts({ heldPredicate: null }));
    expect(verdict.predicate).toBe('WBK');
    expect(verdict.reasons.map((reason) => renderMessage(reason))).toEqual([
      'Telah berpredikat WBK: belum ada data (syarat WBK)',
    ]);
  });
});

describe('the 2014 rules', () => {
  const answers = uniformAnswers(permenpanrb52of2014, 0, 3.6);
  it('score TLHP completion as the 5-point hasil item and require ≥ 3 of it for WBK', () => {
    const complete = scoreAnswers(permenpanrb52of2014, answers, { tlhpCompletion: 1 });
    const partial = scoreAnswers(permenpanrb52of2014, answers, { tlhpCompletion: 0.5 });
    expect(complete.total - partial.total).toBeCloseTo(2.5, 12);
    const tlhp = (score: Score) =>
      evaluatePredicate(permenpanrb52of2014, score, 'WBK', null).criteria.find((c) => c.key === 'tlhp');
    expect(tlhp(complete)?.met).toBe(true);
    expect(tlhp(partial)).toMatchObject({ met: false, actual: 2.5, gap: 0.5 });
  });

  it('require a survey of 13.5 points (3.60 of 4 on a 15-point item) and eselon I–III', () => {
    const score = scoreAnswers(permenpanrb52of2014, answers, { tlhpCompletion: 1 });
    expect(
      evaluatePredicate(permenpanrb52of2014, score, 'WBK', null).criteria.find((c) => c.key === 'survei')
        ?.met,
    ).toBe(true);
    const eselonIV = facts({ unit: { ...facts().unit, eselon: 'IV' } });
    expect(failing('WBK', eselonIV)).toEqual([]);
    expect(
      evaluatePredicate(permenpanrb52of2014, score, 'WBK', eselonIV).prerequisites.find(
        (check) => check.key === 'eselon',
      )?.met,
    ).toBe(false);
  });
});

describe('a WBBM verdict stands on WBK (domain spec §3, both instruments)', () => {
  it.each<[string, { tlhpCompletion: number; survey: number; bersih?: number }]>([
    ['bersih 17.99 < 18', { tlhpCompletion: 1, survey: 4, bersih: 17.99 }],
    ['a survey of 13.46 < 13.5', { tlhpCompletion: 1, survey: 3.59 }],
    ['TLHP 2.99 < 3', { tlhpCompletion: 0.598, survey: 4 }],
  ])('2014: total ≥ 85 with %s is no WBBM, and counts once', (_case, { tlhpCompletion, survey, bersih }) => {
    const score = scoreAnswers(permenpanrb52of2014, uniformAnswers(permenpanrb52of2014, 0, survey), {
      tlhpCompletion,
    });
    const node = score.nodes.find((each) => each.code === 'H.I');
    if (bersih !== undefined && node) node.points = bersih;
    expect(score.total).toBeGreaterThanOrEqual(85);
    const verdict = evaluatePredicates(permenpanrb52of2014, score, null);
    expect(verdict.results.WBK.met).toBe(false);
    expect(verdict.results.WBBM.met).toBe(false);
    expect(verdict.results.WBBM.reasons[0]).toMatchObject({ id: 'predicate.wbkFirst' });
    expect(verdict.predicate).toBeNull();
    expect(criteriaVerdict(permenpanrb52of2014, score)).toBeNull();
  });

  it('2021: every WBBM criterion met but one WBK area below 60 % gives no verdict', () => {
    const score = scoreWith({ areas: { PP: 0.59 } });
    expect(
      evaluatePredicate(definition, score, 'WBBM', null).criteria.every(
        (each) => each.key.startsWith('area') || each.met,
      ),
    ).toBe(true);
    expect(evaluatePredicates(definition, score, null).predicate).toBeNull();
  });

  it('meets a threshold within 1e-9, the same in every check', () => {
    expect(meets(0.5999999999999999, 0.6)).toBe(true);
    expect(meets(74.999999998, 75)).toBe(false);
    expect(criterion(scoreWith({ areas: { PP: 0.5999999999999999 } }), 'WBK', 'area.PP')?.met).toBe(true);
  });
});

describe('display rounding (domain spec §3)', () => {
  it('rounds half away from zero after dropping float noise, as the workbook shows', () => {
    expect(roundForDisplay(38.724999999999994)).toBe(38.73);
    expect(roundForDisplay(38.725)).toBe(38.73);
    expect(roundForDisplay(-38.725)).toBe(-38.73);
    expect(roundForDisplay(95.63260073260074)).toBe(95.63);
    expect(formatFigure(38.724999999999994)).toBe('38,73');
    expect(formatFigure(1234.5, 'en-US')).toBe('1,234.50');
  });

  it('never shows an unmet criterion’s gap as zero', () => {
    expect(gapForDisplay(0.002)).toBe(0.01);
    expect(formatGap(0.002)).toBe('0,01');
    expect(gapForDisplay(0.5)).toBe(0.5);
    expect(gapForDisplay(0)).toBe(0);
    expect(gapForDisplay(0.1 + 0.2 - 0.3)).toBe(0);
  });
});
