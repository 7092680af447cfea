import { type AnswerInput, type AnswerProblem, evaluatorFor } from './answers.ts';
import {
  type InstrumentDefinition,
  type ItemDefinition,
  type Layer,
  layers,
  type NodeDefinition,
  type NodeLevel,
} from './instrument.ts';

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

type Evaluator = ReturnType<typeof evaluatorFor>;

interface CompiledNode {
  node: NodeDefinition;
  parent: number;
  parentCode: string | null;
  children: number[];
  items: number[];
  /** Items carry their own weights (hasil) instead of being averaged. */
  weighted: boolean;
}

export interface CompiledInstrument {
  definition: InstrumentDefinition;
  nodes: CompiledNode[];
  items: ItemDefinition[];
  evaluators: Evaluator[];
  itemNode: number[];
  itemNodeCode: string[];
  headlines: Record<keyof InstrumentDefinition['headlines'], number>;
  nodeIndex: Map<string, number>;
  itemIndex: Map<string, number>;
  derivedFromTlhp: Set<number>;
  areaGroups: { key: string; name: string; nodes: number[]; weight: number }[];
}

const NONE = -1;

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
      parentCode: nodes[parent]?.node.code ?? null,
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
    evaluators: items.map(evaluatorFor),
    itemNode,
    itemNodeCode: itemNode.map((index) => nodes[index]?.node.code ?? ''),
    headlines: {
      pengungkit: nodeIndex.get(definition.headlines.pengungkit) ?? NONE,
      hasil: nodeIndex.get(definition.headlines.hasil) ?? NONE,
      pemenuhan: definition.headlines.pemenuhan
        ? (nodeIndex.get(definition.headlines.pemenuhan) ?? NONE)
        : NONE,
      reform: definition.headlines.reform ? (nodeIndex.get(definition.headlines.reform) ?? NONE) : NONE,
    },
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
  const { nodes, items, evaluators } = compiled;
  const itemCount = items.length;
  // NaN marks an unanswered (or invalid) item; typed arrays keep the hot loop free of boxing.
  const values = new Float64Array(itemCount);
  const itemPoints = new Float64Array(itemCount).fill(Number.NaN);
  const problems: AnswerProblem[] = [];
  const isMap = answers instanceof Map;
  const tlhp = options.tlhpCompletion;
  for (let index = 0; index < itemCount; index++) {
    if (tlhp != null && compiled.derivedFromTlhp.has(index)) {
      values[index] = Math.min(1, Math.max(0, tlhp));
      continue;
    }
    const code = (items[index] as ItemDefinition).code;
    const answer = isMap
      ? (answers as ReadonlyMap<string, AnswerInput>).get(code)
      : (answers as Readonly<Record<string, AnswerInput | undefined>>)[code];
    const value = answer ? (evaluators[index] as Evaluator)(answer, problems) : null;
    values[index] = value ?? Number.NaN;
  }

  const nodeCount = nodes.length;
  const points = new Float64Array(nodeCount);
  const answered = new Int32Array(nodeCount);
  const totals = new Int32Array(nodeCount);
  // Children come after their parent in `nodes`, so a reverse sweep rolls up bottom-first.
  for (let index = nodeCount - 1; index >= 0; index--) {
    const compiledNode = nodes[index] as CompiledNode;
    const nodeItems = compiledNode.items;
    let sum = 0;
    let count = 0;
    let own = 0;
    for (const itemIndex of nodeItems) {
      const value = values[itemIndex] as number;
      if (Number.isNaN(value)) continue;
      count++;
      if (compiledNode.weighted) {
        const weighted = value * ((items[itemIndex] as ItemDefinition).weight ?? 0);
        itemPoints[itemIndex] = weighted;
        own += weighted;
      } else {
        sum += value;
      }
    }
    if (!compiledNode.weighted && count > 0) {
      const weight = compiledNode.node.weight;
      own = (sum / count) * weight;
      for (const itemIndex of nodeItems) {
        const value = values[itemIndex] as number;
        if (!Number.isNaN(value)) itemPoints[itemIndex] = (value / count) * weight;
      }
    }
    let nodeAnswered = count;
    let nodeTotal = nodeItems.length;
    for (const child of compiledNode.children) {
      own += points[child] as number;
      nodeAnswered += answered[child] as number;
      nodeTotal += totals[child] as number;
    }
    points[index] = own;
    answered[index] = nodeAnswered;
    totals[index] = nodeTotal;
  }

  const nodeScores: NodeScore[] = new Array(nodeCount);
  let total = 0;
  let answeredCount = 0;
  for (let index = 0; index < nodeCount; index++) {
    const { node, parentCode } = nodes[index] as CompiledNode;
    const nodePoints = points[index] as number;
    if (parentCode === null) {
      total += nodePoints;
      answeredCount += answered[index] as number;
    }
    nodeScores[index] = {
      code: node.code,
      name: node.name,
      level: node.level,
      parent: parentCode,
      weight: node.weight,
      points: nodePoints,
      percent: node.weight > 0 ? nodePoints / node.weight : 0,
      answered: answered[index] as number,
      total: totals[index] as number,
      complete: answered[index] === totals[index],
      workbookRow: node.workbookRow ?? null,
    };
  }
  const itemScores: ItemScore[] = new Array(itemCount);
  for (let index = 0; index < itemCount; index++) {
    const item = items[index] as ItemDefinition;
    const value = values[index] as number;
    const itemPoint = itemPoints[index] as number;
    itemScores[index] = {
      code: item.code,
      node: compiled.itemNodeCode[index] as string,
      value: Number.isNaN(value) ? null : value,
      points: Number.isNaN(itemPoint) ? null : itemPoint,
      workbookRow: item.workbookRow ?? null,
    };
  }
  const areas: Score['areas'] = new Array(compiled.areaGroups.length);
  compiled.areaGroups.forEach((group, groupIndex) => {
    let groupPoints = 0;
    for (const index of group.nodes) groupPoints += points[index] as number;
    areas[groupIndex] = {
      key: group.key,
      name: group.name,
      weight: group.weight,
      points: groupPoints,
      percent: group.weight > 0 ? groupPoints / group.weight : 0,
    };
  });
  const headline = (index: number) => (index === NONE ? null : (points[index] as number));
  return {
    instrument: definition.code,
    total,
    pengungkit: headline(compiled.headlines.pengungkit) ?? 0,
    hasil: headline(compiled.headlines.hasil) ?? 0,
    pemenuhan: headline(compiled.headlines.pemenuhan),
    reform: headline(compiled.headlines.reform),
    answered: answeredCount,
    itemCount,
    complete: answeredCount === itemCount,
    nodes: nodeScores,
    items: itemScores,
    areas,
    problems,
  };
}

/**
 * The layer that counts for the predicate (domain spec §2): the latest one completely answered (TPN over
 * TPI over UNIT); while none is, the latest with any answer; null when nothing is answered.
 */
export function countingLayer(
  completeness: Partial<Record<Layer, { answered: number; itemCount: number }>>,
): Layer | null {
  const latestFirst = [...layers].reverse();
  const answered = (layer: Layer) => completeness[layer]?.answered ?? 0;
  return (
    latestFirst.find(
      (layer) => answered(layer) > 0 && answered(layer) >= (completeness[layer]?.itemCount ?? 0),
    ) ??
    latestFirst.find((layer) => answered(layer) > 0) ??
    null
  );
}
