import {
  type AnswerType,
  type InstrumentDefinition,
  type ItemDefinition,
  inputCode,
  type NodeDefinition,
  walkNodes,
} from './instrument.ts';

export interface InstrumentProblem {
  /** The node, item or rule at fault. */
  at: string;
  message: string;
}

const answerTypes: readonly AnswerType[] = ['YA_TIDAK', 'ABC', 'ABCD', 'ABCDE', 'PERCENT', 'SURVEY'];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9;

function checkItem(item: ItemDefinition, add: (at: string, message: string) => void) {
  const at = `item ${item.code}`;
  if (!answerTypes.includes(item.answerType)) {
    add(at, `unknown answer type "${item.answerType}"; expected one of ${answerTypes.join(', ')}`);
    return;
  }
  if (item.answerType === 'PERCENT') {
    const keys = new Set((item.inputs ?? []).map((input) => input.key));
    if (!item.inputs?.length) add(at, 'a % item needs numeric inputs');
    if (!item.formula) {
      add(at, 'a % item needs a formula');
    } else {
      const used =
        item.formula.kind === 'ratio'
          ? [...item.formula.numerator, ...item.formula.denominator]
          : [item.formula.previous, item.formula.current];
      for (const key of used)
        if (!keys.has(key)) add(at, `its formula reads "${key}", which is not one of its inputs`);
      if (item.formula.kind === 'ratio' && !item.formula.denominator.length)
        add(at, 'a ratio needs a denominator');
    }
  } else if (item.answerType !== 'SURVEY') {
    if (!item.options.length) add(at, `a ${item.answerType} item needs options`);
    for (const option of item.options) {
      if (!(option.value >= 0 && option.value <= 1))
        add(at, `option ${option.label} has value ${option.value}, outside 0–1`);
    }
  }
  if (item.weight !== undefined && !(item.weight >= 0)) add(at, `weight ${item.weight} is negative`);
}

/** Rejects an ill-formed instrument; every message names the node, item or rule at fault. */
export function validateInstrument(definition: InstrumentDefinition): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const add = (at: string, message: string) => problems.push({ at, message });
  const codes = new Map<string, string>();
  const claim = (code: string, what: string) => {
    const earlier = codes.get(code);
    if (earlier) add(what, `duplicate code "${code}" (also ${earlier})`);
    else codes.set(code, what);
  };
  const nodes = new Map<string, NodeDefinition>();
  const items = new Set<string>();

  const componentSum = definition.components.reduce((sum, component) => sum + component.weight, 0);
  if (!close(componentSum, 100)) add('instrument', `component weights add up to ${componentSum}, not 100`);

  for (const { node } of walkNodes(definition.components)) {
    const at = `node ${node.code} (${node.name})`;
    claim(node.code, at);
    nodes.set(node.code, node);
    if (!(node.weight >= 0)) add(at, `weight ${node.weight} is negative`);
    const children = node.children ?? [];
    const nodeItems = node.items ?? [];
    if (!children.length && !nodeItems.length) add(at, 'has neither children nor items');
    if (children.length) {
      const sum = children.reduce((total, child) => total + child.weight, 0);
      if (!close(sum, node.weight))
        add(at, `children weights add up to ${sum}, not the node's ${node.weight}`);
    }
    const weighted = nodeItems.filter((item) => item.weight !== undefined);
    if (weighted.length && weighted.length !== nodeItems.length) {
      add(at, 'mixes weighted and unweighted items');
    } else if (weighted.length) {
      const sum = weighted.reduce((total, item) => total + (item.weight ?? 0), 0);
      if (!close(sum + children.reduce((total, child) => total + child.weight, 0), node.weight)) {
        add(at, `item weights add up to ${sum}, not the node's ${node.weight}`);
      }
    }
    for (const item of nodeItems) {
      claim(item.code, `item ${item.code}`);
      items.add(item.code);
      for (const input of item.inputs ?? []) claim(inputCode(item, input), `input ${inputCode(item, input)}`);
      checkItem(item, add);
    }
  }

  const { headlines } = definition;
  for (const [name, code] of Object.entries(headlines)) {
    if (code !== undefined && !nodes.has(code))
      add(`headline ${name}`, `names node "${code}", which does not exist`);
  }
  for (const group of definition.areaGroups) {
    for (const code of group.nodes) {
      if (!nodes.has(code)) add(`area group ${group.key}`, `names node "${code}", which does not exist`);
    }
  }
  for (const [predicate, rule] of Object.entries(definition.predicates)) {
    for (const criterion of rule.criteria) {
      const at = `${predicate} criterion ${criterion.key}`;
      const { measure } = criterion;
      if (measure.kind === 'node' && !nodes.has(measure.code))
        add(at, `measures node "${measure.code}", which does not exist`);
      if (measure.kind === 'item' && !items.has(measure.code))
        add(at, `measures item "${measure.code}", which does not exist`);
      if (measure.kind === 'areas' && !(criterion.min >= 0 && criterion.min <= 1)) {
        add(at, `an area threshold is a fraction of the area's weight (0–1), got ${criterion.min}`);
      }
    }
  }
  for (const [kind, code] of Object.entries(definition.surveyItems)) {
    if (!items.has(code)) add(`survey ${kind}`, `names item "${code}", which does not exist`);
  }
  for (const derived of definition.derivedItems ?? []) {
    if (!items.has(derived.item)) add(`derived item ${derived.item}`, 'names an item that does not exist');
  }
  return problems;
}
