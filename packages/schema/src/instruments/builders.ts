import type {
  AnswerType,
  InputDefinition,
  ItemDefinition,
  NodeDefinition,
  OptionDefinition,
  PercentFormula,
} from '../instrument.ts';

type OptionType = Exclude<AnswerType, 'PERCENT' | 'SURVEY'>;

/** The worksheet's option values; A/B/C/D uses its rounded constants 0.67 and 0.33, not 2/3 and 1/3. */
export const optionValues: Record<OptionType, [label: string, value: number][]> = {
  YA_TIDAK: [
    ['Ya', 1],
    ['Tidak', 0],
  ],
  ABC: [
    ['A', 1],
    ['B', 0.5],
    ['C', 0],
  ],
  ABCD: [
    ['A', 1],
    ['B', 0.67],
    ['C', 0.33],
    ['D', 0],
  ],
  ABCDE: [
    ['A', 1],
    ['B', 0.75],
    ['C', 0.5],
    ['D', 0.25],
    ['E', 0],
  ],
};

/** The options of a type, each with its meaning taken from the criteria's "a. …", "b. …" lines. */
export function choices(type: OptionType, criteria?: string | null): OptionDefinition[] {
  const meanings = new Map(
    [...(criteria ?? '').matchAll(/^\s*([a-e])\.\s*(.+)$/gim)].map(([, letter, text]) => [
      (letter ?? '').toUpperCase(),
      (text ?? '').trim(),
    ]),
  );
  return optionValues[type].map(([label, value]) => {
    const meaning = meanings.get(label);
    return meaning ? { label, value, meaning } : { label, value };
  });
}

const rowOf = (workbookRow: number | undefined) => (workbookRow === undefined ? {} : { workbookRow });

export function item(
  code: string,
  workbookRow: number | undefined,
  answerType: OptionType,
  question: string,
  criteria: string | null,
): ItemDefinition {
  return {
    code,
    question,
    ...(criteria ? { criteria } : {}),
    answerType,
    options: choices(answerType, criteria),
    ...rowOf(workbookRow),
  };
}

export function percent(
  code: string,
  workbookRow: number | undefined,
  question: string,
  criteria: string | null,
  inputs: [key: string, label: string, workbookRow?: number][],
  formula: PercentFormula,
): ItemDefinition {
  return {
    code,
    question,
    ...(criteria ? { criteria } : {}),
    answerType: 'PERCENT',
    options: [],
    formula,
    inputs: inputs.map(([key, label, row]): InputDefinition => ({ key, label, ...rowOf(row) })),
    ...rowOf(workbookRow),
  };
}

/** A hasil item with its own weight: a survey score (0–4) or an option item scored value × weight. */
export function weighted(item: ItemDefinition, weight: number): ItemDefinition {
  return { ...item, weight };
}

export function survey(
  code: string,
  workbookRow: number | undefined,
  question: string,
  criteria: string,
): ItemDefinition {
  return { code, question, criteria, answerType: 'SURVEY', options: [], ...rowOf(workbookRow) };
}

const node =
  (level: NodeDefinition['level']) =>
  (
    code: string,
    workbookRow: number | undefined,
    name: string,
    weight: number,
    content: (NodeDefinition | ItemDefinition)[],
  ): NodeDefinition => {
    const children = content.filter((part): part is NodeDefinition => 'level' in part);
    const items = content.filter((part): part is ItemDefinition => 'answerType' in part);
    return {
      code,
      name,
      level,
      weight,
      ...rowOf(workbookRow),
      ...(children.length ? { children } : {}),
      ...(items.length ? { items } : {}),
    };
  };

export const component = node('COMPONENT');
export const subComponent = node('SUB_COMPONENT');
export const area = node('AREA');
export const subArea = node('SUB_AREA');
