import { formatFigure } from './display.ts';
import {
  type AgencyPrerequisites,
  type BpkOpinion,
  type CriterionRule,
  type Eselon,
  type Grade,
  gradeAtLeast,
  type InstrumentDefinition,
  type Predicate,
  type UnitPrerequisites,
} from './instrument.ts';
import { type Message, message } from './messages/index.ts';
import { compile, type Score } from './score.ts';

/** Scores are compared with this tolerance, so 75 reached through floating-point sums counts as 75. */
export const tolerance = 1e-9;

/** Whether `actual` reaches `required`: the one comparison of every criterion, check, advice and tally. */
export const meets = (actual: number, required: number) => actual >= required - tolerance;

export interface CriterionResult {
  key: string;
  label: string;
  /** For the per-area criterion: the area group. */
  area?: string;
  unit: 'points' | 'percent';
  required: number;
  actual: number;
  met: boolean;
  /** Points still needed (for areas: points of that area); 0 when met. */
  gap: number;
}

export type AgencyKind = 'KEMENTERIAN' | 'LEMBAGA' | 'PROVINSI' | 'KABUPATEN' | 'KOTA' | 'TNI' | 'POLRI';

/** What the prerequisites are checked against; unknown facts are null and fail their check. */
export interface PrerequisiteFacts {
  agency: {
    kind: AgencyKind;
    bpkOpinion: BpkOpinion | null;
    sakipGrade: Grade | null;
    indeksRbGrade: Grade | null;
    spipLevel: number | null;
  } | null;
  unit: { eselon: Eselon; coreService: boolean; afirmasi: boolean; ziSinceYear: number | null };
  year: number;
  unitSakipGrade: Grade | null;
  lhkpnCompliance: number | null;
  lhkasnCompliance: number | null;
  /** TLHP completion 0–1. */
  tlhpCompletion: number | null;
  /** The predicate the unit already holds, if any. */
  heldPredicate: Predicate | null;
}

export interface PrerequisiteResult {
  key: string;
  level: 'agency' | 'unit';
  label: string;
  required: string;
  actual: string | null;
  met: boolean;
  /** Agency prerequisites an afirmasi unit may be proposed without. */
  waived: boolean;
}

export interface PredicateResult {
  predicate: Predicate;
  criteria: CriterionResult[];
  prerequisites: PrerequisiteResult[];
  met: boolean;
  reasons: Message[];
}

export interface Verdict {
  /** The best predicate every criterion and prerequisite allows, or null. */
  predicate: Predicate | null;
  results: Record<Predicate, PredicateResult>;
  reasons: Message[];
}

const pemda: AgencyKind[] = ['PROVINSI', 'KABUPATEN', 'KOTA'];
const regencyOrCity: AgencyKind[] = ['KABUPATEN', 'KOTA'];

function measureCriterion(
  definition: InstrumentDefinition,
  score: Score,
  rule: CriterionRule,
): CriterionResult[] {
  const compiled = compile(definition);
  const result = (actual: number, extra: Partial<CriterionResult> = {}, scale = 1): CriterionResult => {
    const met = meets(actual, rule.min);
    return {
      key: rule.key,
      label: rule.label,
      unit: 'points',
      required: rule.min,
      actual,
      met,
      gap: met ? 0 : (rule.min - actual) * scale,
      ...extra,
    };
  };
  switch (rule.measure.kind) {
    case 'total':
      return [result(score.total)];
    case 'node': {
      const index = compiled.nodeIndex.get(rule.measure.code);
      return [result(index === undefined ? 0 : (score.nodes[index]?.points ?? 0))];
    }
    case 'item': {
      const index = compiled.itemIndex.get(rule.measure.code);
      return [result(index === undefined ? 0 : (score.items[index]?.points ?? 0))];
    }
    case 'areas':
      return score.areas.map((area) =>
        result(
          area.percent,
          {
            key: `${rule.key}.${area.key}`,
            label: `${rule.label}: ${area.name}`,
            area: area.key,
            unit: 'percent',
          },
          area.weight,
        ),
      );
  }
}

const formatPercent = (fraction: number) => `${formatFigure(fraction * 100)}%`;

/**
 * Whether an agency meets a predicate's agency-level prerequisites for the year (the facts of its profile):
 * whether it may propose units for that predicate at all, afirmasi aside.
 */
export function agencyEligible(
  definition: InstrumentDefinition,
  predicate: Predicate,
  agency: PrerequisiteFacts['agency'],
): boolean {
  return agencyChecks(definition.prerequisites[predicate].agency, { agency }).every((check) => check.met);
}

function agencyChecks(
  rule: AgencyPrerequisites,
  facts: Pick<PrerequisiteFacts, 'agency'>,
): Omit<PrerequisiteResult, 'waived'>[] {
  const { agency } = facts;
  const checks: Omit<PrerequisiteResult, 'waived'>[] = [
    {
      key: 'bpkOpinion',
      level: 'agency',
      label: 'Opini BPK atas laporan keuangan',
      required: rule.bpkOpinions.join(' / '),
      actual: agency?.bpkOpinion ?? null,
      met: agency?.bpkOpinion != null && rule.bpkOpinions.includes(agency.bpkOpinion),
    },
    {
      key: 'sakip',
      level: 'agency',
      label: 'Nilai SAKIP instansi',
      required: `≥ ${rule.minSakip}`,
      actual: agency?.sakipGrade ?? null,
      met: gradeAtLeast(agency?.sakipGrade, rule.minSakip),
    },
  ];
  if (rule.minIndeksRb) {
    const minimum = agency && pemda.includes(agency.kind) ? rule.minIndeksRb.pemda : rule.minIndeksRb.kl;
    checks.push({
      key: 'indeksRb',
      level: 'agency',
      label: 'Indeks Reformasi Birokrasi',
      required: `≥ ${minimum}`,
      actual: agency?.indeksRbGrade ?? null,
      met: gradeAtLeast(agency?.indeksRbGrade, minimum),
    });
  }
  if (rule.minSpipLevel !== undefined) {
    checks.push({
      key: 'spip',
      level: 'agency',
      label: 'Maturitas SPIP',
      required: `≥ level ${rule.minSpipLevel}`,
      actual: agency?.spipLevel == null ? null : `level ${agency.spipLevel}`,
      met: agency?.spipLevel != null && agency.spipLevel >= rule.minSpipLevel,
    });
  }
  return checks;
}

function unitChecks(rule: UnitPrerequisites, facts: PrerequisiteFacts): Omit<PrerequisiteResult, 'waived'>[] {
  const checks: Omit<PrerequisiteResult, 'waived'>[] = [];
  const unit = (key: string, label: string, required: string, actual: string | null, met: boolean) =>
    checks.push({ key, level: 'unit', label, required, actual, met });
  if (rule.coreService) {
    unit(
      'coreService',
      'Unit penyelenggara pelayanan inti berdampak publik',
      'ya',
      facts.unit.coreService ? 'ya' : 'tidak',
      facts.unit.coreService,
    );
  }
  if (rule.eselon) {
    unit(
      'eselon',
      'Tingkat eselon unit',
      rule.eselon.join(' / '),
      facts.unit.eselon,
      rule.eselon.includes(facts.unit.eselon),
    );
  }
  if (rule.minTlhpCompletion !== undefined) {
    unit(
      'tlhp',
      'Penyelesaian TLHP (APIP/BPK)',
      `≥ ${formatPercent(rule.minTlhpCompletion)}`,
      facts.tlhpCompletion == null ? null : formatPercent(facts.tlhpCompletion),
      facts.tlhpCompletion != null && meets(facts.tlhpCompletion, rule.minTlhpCompletion),
    );
  }
  const compliance = (key: string, label: string, minimum: number | undefined, actual: number | null) => {
    if (minimum === undefined) return;
    unit(
      key,
      label,
      `≥ ${minimum}%`,
      actual == null ? null : `${actual}%`,
      actual != null && meets(actual, minimum),
    );
  };
  compliance('lhkpn', 'Kepatuhan LHKPN', rule.minLhkpnCompliance, facts.lhkpnCompliance);
  compliance('lhkasn', 'Kepatuhan LHKASN', rule.minLhkasnCompliance, facts.lhkasnCompliance);
  if (rule.minZiYears !== undefined) {
    const years = facts.unit.ziSinceYear == null ? null : facts.year - facts.unit.ziSinceYear;
    unit(
      'ziYears',
      'Lama membangun Zona Integritas',
      `≥ ${rule.minZiYears} tahun`,
      years == null ? null : `${years} tahun`,
      years != null && years >= rule.minZiYears,
    );
  }
  if (rule.minUnitSakip) {
    unit(
      'unitSakip',
      'Nilai SAKIP internal unit',
      `≥ ${rule.minUnitSakip}`,
      facts.unitSakipGrade,
      gradeAtLeast(facts.unitSakipGrade, rule.minUnitSakip),
    );
  }
  return checks;
}

const describeCriterion = (criterion: CriterionResult) =>
  message('criterion.short', {
    label: criterion.label,
    actual: criterion.actual,
    required: criterion.required,
    gap: criterion.gap,
    percent: criterion.unit === 'percent',
  });

/** The label of a criterion by the key its results carry (`area.PP` for one area group), or undefined. */
export function criterionLabel(definition: InstrumentDefinition, key: string): string | undefined {
  for (const rule of [...definition.predicates.WBK.criteria, ...definition.predicates.WBBM.criteria]) {
    if (rule.key === key) return rule.label;
    const group = definition.areaGroups.find((each) => `${rule.key}.${each.key}` === key);
    if (rule.measure.kind === 'areas' && group) return `${rule.label}: ${group.name}`;
  }
  return undefined;
}

/** Every criterion and prerequisite of one predicate for a scored layer; `facts` null checks criteria only. */
export function evaluatePredicate(
  definition: InstrumentDefinition,
  score: Score,
  predicate: Predicate,
  facts: PrerequisiteFacts | null,
): PredicateResult {
  const rule = definition.predicates[predicate];
  const criteria = rule.criteria.flatMap((criterion) => measureCriterion(definition, score, criterion));
  const reasons = criteria.filter((criterion) => !criterion.met).map(describeCriterion);
  let prerequisites: PrerequisiteResult[] = [];
  if (facts) {
    const prerequisiteRule = definition.prerequisites[predicate];
    const afirmasi =
      prerequisiteRule.afirmasi &&
      facts.unit.afirmasi &&
      facts.agency !== null &&
      regencyOrCity.includes(facts.agency.kind);
    prerequisites = [
      ...agencyChecks(prerequisiteRule.agency, facts).map((check) => ({
        ...check,
        waived: afirmasi && !check.met,
      })),
      ...unitChecks(prerequisiteRule.unit, facts).map((check) => ({ ...check, waived: false })),
    ];
    if (rule.requiresHeld) {
      prerequisites.push({
        key: 'held',
        level: 'unit',
        label: `Telah berpredikat ${rule.requiresHeld}`,
        required: rule.requiresHeld,
        actual: facts.heldPredicate,
        met: facts.heldPredicate === rule.requiresHeld || facts.heldPredicate === predicate,
        waived: false,
      });
    }
    for (const check of prerequisites) {
      if (!check.met && !check.waived) {
        reasons.push(
          message('prerequisite.unmet', {
            label: check.label,
            actual: check.actual,
            required: check.required,
          }),
        );
      }
    }
  }
  // A higher predicate stands on the lower one: WBBM needs every WBK criterion and prerequisite too.
  const lower = predicate === 'WBBM' ? evaluatePredicate(definition, score, 'WBK', facts) : null;
  if (lower && !lower.met)
    reasons.unshift(...lower.reasons.map((reason) => message('predicate.wbkFirst', { reason })));
  return { predicate, criteria, prerequisites, met: reasons.length === 0, reasons };
}

/** WBK and WBBM for one scored layer, and the best predicate that holds (WBBM only where WBK holds too). */
export function evaluatePredicates(
  definition: InstrumentDefinition,
  score: Score,
  facts: PrerequisiteFacts | null,
): Verdict {
  const results = {
    WBK: evaluatePredicate(definition, score, 'WBK', facts),
    WBBM: evaluatePredicate(definition, score, 'WBBM', facts),
  };
  const predicate = results.WBBM.met ? 'WBBM' : results.WBK.met ? 'WBK' : null;
  // Why the unit does not reach the next predicate up.
  const reasons =
    predicate === 'WBBM' ? [] : predicate === 'WBK' ? results.WBBM.reasons : results.WBK.reasons;
  return { predicate, results, reasons };
}

/** The best predicate a scored layer's criteria allow, prerequisites aside: what analytics tally, once each. */
export const criteriaVerdict = (definition: InstrumentDefinition, score: Score) =>
  evaluatePredicates(definition, score, null).predicate;
