import { type AnswerInput, type AnswerProblem, evaluateAnswer } from './answers.ts';
import type { InstrumentDefinition, ItemDefinition, NodeDefinition, NodeLevel } from './instrument.ts';

export type Answers = ReadonlyMap<string, AnswerInput> | Readonly<Record<string, AnswerInput | undefined>>;

export interface ScoreOptions {
  /** TLHP completion (0–1) for items the instrument derives from it (the 2014 hasil item). */
  tlhpCompletion?: number | null;
}

export interface NodeScore {
  code: string;
  name: string;
  level: NodeLevel;
  parent: string | null;
  weight: number;
  points: number;
  /** points ÷ weight. */
  percent: number;
  answered: number;
  total: number;
  complete: boolean;
  workbookRow: number | null;
}

export interface ItemScore {
  code: string;
  node: string;
  /** The item's value in [0, 1]; null when unanswered or invalid. */
  value: number | null;
  /** What the item adds to its node's points. */
  points: number | null;
  workbookRow: number | null;
}

export interface Score {
  instrument: string;
  total: number;
  pengungkit: number;
  hasil: number;
  pemenuhan: number | null;
  reform: number | null;
  answered: number;
  itemCount: number;
  complete: boolean;
  /** Every node, parents before children, in worksheet order. */
  nodes: NodeScore[];
  items: ItemScore[];
  /** The area groups (Pemenuhan + Reform of one area) with their combined points and %. */
  areas: { key: string; name: string; weight: number; points: number; percent: number }[];
  problems: AnswerProblem[];
}

interface CompiledNode {
  node: NodeDefinition;
  parent: number;
  children: number[];
  items: number[];
  /** Items carry their own weights (hasil) instead of being averaged. */
  weighted: boolean;
}

export interface CompiledInstrument {
  definition: InstrumentDefinition;
  nodes: CompiledNode[];
  items: ItemDefinition[];
  itemNode: number[];
  nodeIndex: Map<string, number>;
  itemIndex: Map<string, number>;
  derivedFromTlhp: Set<number>;
  areaGroups: { key: string; name: string; nodes: number[]; weight: number }[];
}

const compiledCache = new WeakMap<InstrumentDefinition, CompiledInstrument>();

/** The instrument's tree flattened once into arrays, so scoring is a few tight loops. */
export function compile(definition: InstrumentDefinition): CompiledInstrument {
  const cached = compiledCache.get(definition);
  if (cached) return cached;
  const nodes: CompiledNode[] = [];
  const items: ItemDefinition[] = [];
  const itemNode: number[] = [];
  const visit = (node: NodeDefinition, parent: number) => {
    const index = nodes.length;
    const compiled: CompiledNode = {
      node,
      parent,
      children: [],
      items: [],
      weighted: (node.items ?? []).some((item) => item.weight !== undefined),
    };
    nodes.push(compiled);
    nodes[parent]?.children.push(index);
    for (const item of node.items ?? []) {
      compiled.items.push(items.length);
      items.push(item);
      itemNode.push(index);
    }
    for (const child of node.children ?? []) visit(child, index);
  };
  for (const component of definition.components) visit(component, -1);
  const nodeIndex = new Map(nodes.map((compiled, index) => [compiled.node.code, index]));
  const itemIndex = new Map(items.map((item, index) => [item.code, index]));
  const result: CompiledInstrument = {
    definition,
    nodes,
    items,
    itemNode,
    nodeIndex,
    itemIndex,
    derivedFromTlhp: new Set(
      (definition.derivedItems ?? [])
        .filter((derived) => derived.source === 'tlhpCompletion')
        .map((derived) => itemIndex.get(derived.item) ?? -1),
    ),
    areaGroups: definition.areaGroups.map((group) => {
      const indexes = group.nodes.map((code) => nodeIndex.get(code) ?? -1).filter((index) => index >= 0);
      return {
        key: group.key,
        name: group.name,
        nodes: indexes,
        weight: indexes.reduce((sum, index) => sum + (nodes[index]?.node.weight ?? 0), 0),
      };
    }),
  };
  compiledCache.set(definition, result);
  return result;
}

function answerFor(answers: Answers, code: string): AnswerInput | undefined {
  return answers instanceof Map
    ? answers.get(code)
    : (answers as Record<string, AnswerInput | undefined>)[code];
}

/**
 * Scores one layer's answers: items → sub-areas (average of answered items × weight) → areas →
 * Pemenuhan/Reform → Pengungkit, Hasil (weighted items) → total, with completeness at every node.
 * Unanswered and invalid items are left out of their sub-area's average.
 */
export function scoreAnswers(
  definition: InstrumentDefinition,
  answers: Answers,
  options: ScoreOptions = {},
): Score {
  const compiled = compile(definition);
  const { nodes, items } = compiled;
  const values = new Array<number | null>(items.length);
  const problems: AnswerProblem[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as ItemDefinition;
    if (compiled.derivedFromTlhp.has(index) && options.tlhpCompletion != null) {
      values[index] = Math.min(1, Math.max(0, options.tlhpCompletion));
      continue;
    }
    const evaluation = evaluateAnswer(item, answerFor(answers, item.code));
    values[index] = evaluation.value;
    if (evaluation.problems.length) problems.push(...evaluation.problems);
  }

  const points = new Float64Array(nodes.length);
  const answered = new Int32Array(nodes.length);
  const totals = new Int32Array(nodes.length);
  const itemPoints = new Array<number | null>(items.length).fill(null);
  // Children come after their parent in `nodes`, so a reverse sweep rolls up bottom-first.
  for (let index = nodes.length - 1; index >= 0; index--) {
    const compiledNode = nodes[index] as CompiledNode;
    let sum = 0;
    let count = 0;
    let own = 0;
    for (const itemIndex of compiledNode.items) {
      const value = values[itemIndex];
      if (value === null || value === undefined) continue;
      count++;
      if (compiledNode.weighted) {
        const itemPointsValue = value * ((items[itemIndex] as ItemDefinition).weight ?? 0);
        itemPoints[itemIndex] = itemPointsValue;
        own += itemPointsValue;
      } else {
        sum += value;
      }
    }
    if (!compiledNode.weighted && count > 0) {
      own = (sum / count) * compiledNode.node.weight;
      for (const itemIndex of compiledNode.items) {
        const value = values[itemIndex];
        if (value !== null && value !== undefined)
          itemPoints[itemIndex] = (value / count) * compiledNode.node.weight;
      }
    }
    let childAnswered = 0;
    let childTotal = 0;
    for (const child of compiledNode.children) {
      own += points[child] ?? 0;
      childAnswered += answered[child] ?? 0;
      childTotal += totals[child] ?? 0;
    }
    points[index] = own;
    answered[index] = count + childAnswered;
    totals[index] = compiledNode.items.length + childTotal;
  }

  const nodeScores: NodeScore[] = nodes.map((compiledNode, index) => {
    const { node } = compiledNode;
    const nodePoints = points[index] ?? 0;
    return {
      code: node.code,
      name: node.name,
      level: node.level,
      parent: compiledNode.parent >= 0 ? (nodes[compiledNode.parent]?.node.code ?? null) : null,
      weight: node.weight,
      points: nodePoints,
      percent: node.weight > 0 ? nodePoints / node.weight : 0,
      answered: answered[index] ?? 0,
      total: totals[index] ?? 0,
      complete: answered[index] === totals[index],
      workbookRow: node.workbookRow ?? null,
    };
  });
  const pointsOf = (code: string | undefined) => {
    const index = code === undefined ? undefined : compiled.nodeIndex.get(code);
    return index === undefined ? null : (points[index] ?? 0);
  };
  const { headlines } = definition;
  let total = 0;
  let answeredCount = 0;
  for (let index = 0; index < nodes.length; index++) {
    if ((nodes[index] as CompiledNode).parent < 0) {
      total += points[index] ?? 0;
      answeredCount += answered[index] ?? 0;
    }
  }
  return {
    instrument: definition.code,
    total,
    pengungkit: pointsOf(headlines.pengungkit) ?? 0,
    hasil: pointsOf(headlines.hasil) ?? 0,
    pemenuhan: pointsOf(headlines.pemenuhan),
    reform: pointsOf(headlines.reform),
    answered: answeredCount,
    itemCount: items.length,
    complete: answeredCount === items.length,
    nodes: nodeScores,
    items: items.map((item, index) => ({
      code: item.code,
      node: (nodes[compiled.itemNode[index] ?? 0] as CompiledNode).node.code,
      value: values[index] ?? null,
      points: itemPoints[index] ?? null,
      workbookRow: item.workbookRow ?? null,
    })),
    areas: compiled.areaGroups.map((group) => {
      const groupPoints = group.nodes.reduce((sum, index) => sum + (points[index] ?? 0), 0);
      return {
        key: group.key,
        name: group.name,
        weight: group.weight,
        points: groupPoints,
        percent: group.weight > 0 ? groupPoints / group.weight : 0,
      };
    }),
    problems,
  };
}
