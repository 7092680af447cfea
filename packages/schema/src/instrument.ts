/** An LKE instrument as data: a weighted tree whose leaves hold the answered items. */

export type AnswerType = 'YA_TIDAK' | 'ABC' | 'ABCD' | 'ABCDE' | 'PERCENT' | 'SURVEY';
export type NodeLevel = 'COMPONENT' | 'SUB_COMPONENT' | 'AREA' | 'SUB_AREA';
export type Layer = 'UNIT' | 'TPI' | 'TPN';

export interface OptionDefinition {
  label: string;
  value: number;
  meaning?: string;
}

export interface InputDefinition {
  code: string;
  label: string;
  workbookRow?: number;
}

export interface ItemDefinition {
  code: string;
  question: string;
  criteria?: string;
  answerType: AnswerType;
  options: OptionDefinition[];
  /** % items: the formula's name and the numeric inputs it reads. */
  formula?: string;
  inputs?: InputDefinition[];
  /** Own weight of a scored hasil item; pengungkit items are unweighted within their sub-area. */
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

export interface InstrumentDefinition {
  code: string;
  title: string;
  regulation: string;
  description: string;
  validFromYear: number;
  validToYear?: number;
  components: NodeDefinition[];
}

/** Every node of the tree, parents before children, in worksheet order. */
export function* walkNodes(
  nodes: NodeDefinition[],
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
