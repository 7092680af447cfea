/**
 * An LKE instrument as data: a weighted tree whose leaves hold the answered items, plus the
 * predicate thresholds and prerequisites that go with it. Nothing about a particular instrument is
 * written into the engine; an administrator can load another one.
 */

export type AnswerType = 'YA_TIDAK' | 'ABC' | 'ABCD' | 'ABCDE' | 'PERCENT' | 'SURVEY';
export type NodeLevel = 'COMPONENT' | 'SUB_COMPONENT' | 'AREA' | 'SUB_AREA';
export type Layer = 'UNIT' | 'TPI' | 'TPN';
export type Predicate = 'WBK' | 'WBBM';
export type Grade = 'AA' | 'A' | 'BB' | 'B' | 'CC' | 'C' | 'D';
export type BpkOpinion = 'WTP' | 'WDP' | 'TW' | 'TMP';
export type Eselon = 'I' | 'II' | 'III' | 'IV';

export const layers: readonly Layer[] = ['UNIT', 'TPI', 'TPN'];
export const grades: readonly Grade[] = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'];

export interface OptionDefinition {
  label: string;
  value: number;
  meaning?: string;
}

/** A numeric input of a % item; its global code is `<item code>.<key>`. */
export interface InputDefinition {
  key: string;
  label: string;
  workbookRow?: number;
}

/**
 * How a % item turns its inputs into a value in [0, 1]:
 * - `ratio`: Σ numerator ÷ Σ denominator, capped to [0, 1]; a zero denominator is invalid.
 * - `decrease`: (previous − current) ÷ previous, floored at 0; 1 when both are 0; 0 when only previous is 0.
 * `denominatorRow` is the workbook row that shows the denominator's sum, where the workbook has one.
 */
export type PercentFormula =
  | { kind: 'ratio'; numerator: string[]; denominator: string[]; denominatorRow?: number }
  | { kind: 'decrease'; previous: string; current: string };

export interface ItemDefinition {
  code: string;
  question: string;
  criteria?: string;
  answerType: AnswerType;
  /** Option types: the choices and their values. */
  options: OptionDefinition[];
  /** % items: the formula and the inputs it reads (every input must be filled, used or not). */
  formula?: PercentFormula;
  inputs?: InputDefinition[];
  /** Scored hasil items carry their own weight; pengungkit items are averaged within their sub-area. */
  weight?: number;
  workbookRow?: number;
}

export interface NodeDefinition {
  code: string;
  name: string;
  level: NodeLevel;
  weight: number;
  workbookRow?: number;
  children?: NodeDefinition[];
  items?: ItemDefinition[];
}

/** What a criterion measures: the total, a node's points, an item's points, or every area group's %. */
export type Measure =
  | { kind: 'total' }
  | { kind: 'node'; code: string }
  | { kind: 'item'; code: string }
  | { kind: 'areas' };

export interface CriterionRule {
  key: string;
  label: string;
  measure: Measure;
  /** Points for `total`, `node` and `item`; a fraction of the group's weight for `areas`. */
  min: number;
}

export interface PredicateRule {
  criteria: CriterionRule[];
  /** The predicate the unit must already hold (WBBM needs WBK). */
  requiresHeld?: Predicate;
}

export interface AgencyPrerequisites {
  bpkOpinions: BpkOpinion[];
  minSakip: Grade;
  /** Indeks RB: regional governments (pemda) and ministries/agencies (K/L) have different floors. */
  minIndeksRb?: { pemda: Grade; kl: Grade };
  minSpipLevel?: number;
}

export interface UnitPrerequisites {
  coreService: boolean;
  eselon?: Eselon[];
  /** TLHP completion (0–1) the unit must have reached. */
  minTlhpCompletion?: number;
  /** LHKPN and LHKASN compliance (0–100). */
  minLhkpnCompliance?: number;
  minLhkasnCompliance?: number;
  minZiYears?: number;
  minUnitSakip?: Grade;
}

export interface PrerequisiteRule {
  agency: AgencyPrerequisites;
  unit: UnitPrerequisites;
  /** Regency/city units in Stranas PK priority services may be proposed while agency prerequisites are unmet. */
  afirmasi: boolean;
}

/** A hasil item that takes its value from elsewhere rather than from an answer. */
export type DerivedItem = { item: string; source: 'tlhpCompletion' };

/** The nodes reported as the headline figures; an instrument without a Pemenuhan/Reform split omits them. */
export interface Headlines {
  pengungkit: string;
  hasil: string;
  pemenuhan?: string;
  reform?: string;
}

export interface InstrumentDefinition {
  code: string;
  title: string;
  regulation: string;
  description: string;
  validFromYear: number;
  validToYear?: number;
  components: NodeDefinition[];
  headlines: Headlines;
  /** Areas measured together for the per-area criterion (Pemenuhan + Reform of the same area). */
  areaGroups: { key: string; name: string; nodes: string[] }[];
  predicates: Record<Predicate, PredicateRule>;
  prerequisites: Record<Predicate, PrerequisiteRule>;
  derivedItems?: DerivedItem[];
  /** The items that hold the external survey results (anti-corruption IPAK, service quality IPKP). */
  surveyItems: Record<SurveyKind, string>;
}

export type SurveyKind = 'IPAK' | 'IPKP';

/** Every node of the tree, parents before children, in worksheet order. */
export function* walkNodes(
  nodes: readonly NodeDefinition[],
  parent?: NodeDefinition,
): Generator<{ node: NodeDefinition; parent: NodeDefinition | undefined }> {
  for (const node of nodes) {
    yield { node, parent };
    yield* walkNodes(node.children ?? [], node);
  }
}

export function itemsOf(definition: InstrumentDefinition): ItemDefinition[] {
  return [...walkNodes(definition.components)].flatMap(({ node }) => node.items ?? []);
}

/**
 * The hasil items measured outside the assessment and entered in bulk with the surveys, e.g. capaian
 * kinerja (A–E): option items under the hasil component that are neither surveys nor derived.
 */
export function hasilInputItems(definition: InstrumentDefinition): ItemDefinition[] {
  const hasil = definition.components.filter((component) => component.code === definition.headlines.hasil);
  const surveys = new Set<string>(Object.values(definition.surveyItems));
  const derived = new Set((definition.derivedItems ?? []).map((each) => each.item));
  return [...walkNodes(hasil)]
    .flatMap(({ node }) => node.items ?? [])
    .filter((item) => item.options.length > 0 && !surveys.has(item.code) && !derived.has(item.code));
}

export const inputCode = (item: ItemDefinition, input: InputDefinition) => `${item.code}.${input.key}`;

export function gradeAtLeast(grade: Grade | null | undefined, minimum: Grade): boolean {
  return grade != null && grades.indexOf(grade) <= grades.indexOf(minimum);
}
