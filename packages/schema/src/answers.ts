import { type InputDefinition, type ItemDefinition, inputCode, type PercentFormula } from './instrument.ts';
import { type Message, message } from './messages/index.ts';

/** One layer's answer to one item, as stored and as sent by clients. */
export interface AnswerInput {
  /** Option types: the chosen label ("A", "Ya"). */
  option?: string | null;
  /** % items: numeric inputs by input key. */
  inputs?: Record<string, number | null | undefined> | null;
  /** Survey items: the survey's score on its 0–4 scale. */
  score?: number | null;
}

export interface AnswerProblem {
  /** The item's code, or the input's code (`<item>.<key>`) when one input is at fault. */
  item: string;
  field: 'option' | 'inputs' | 'score';
  message: Message;
}

export interface AnswerEvaluation {
  /** The item's value in [0, 1], or null when the item is unanswered or invalid. */
  value: number | null;
  problems: AnswerProblem[];
}

const unanswered: AnswerEvaluation = { value: null, problems: [] };
const isBlank = (value: unknown) => value === null || value === undefined || value === '';

type Inputs = Readonly<Record<string, number | null | undefined>>;

function sum(inputs: Inputs, keys: readonly string[]) {
  let total = 0;
  for (const key of keys) total += inputs[key] ?? 0;
  return total;
}

function formulaValue(
  item: ItemDefinition,
  formula: PercentFormula,
  inputs: Inputs,
  problems: AnswerProblem[],
) {
  if (formula.kind === 'decrease') {
    const previous = inputs[formula.previous] ?? 0;
    const current = inputs[formula.current] ?? 0;
    // Spec decision: no violations in either year is full marks; violations appearing from none is 0
    // (the workbook divides by zero there).
    if (previous === 0) return current === 0 ? 1 : 0;
    return Math.max(0, (previous - current) / previous);
  }
  const denominator = sum(inputs, formula.denominator);
  if (denominator === 0) {
    const labels = formula.denominator.map(
      (key) => item.inputs?.find((input) => input.key === key)?.label ?? key,
    );
    problems.push({
      item: item.code,
      field: 'inputs',
      message: message('answer.zeroDenominator', { labels }),
    });
    return null;
  }
  return Math.min(1, Math.max(0, sum(inputs, formula.numerator) / denominator));
}

/** The option of `item` that `label` names, ignoring case ("ya" is "Ya"). */
export function findOption(item: ItemDefinition, label: string) {
  const wanted = label.trim().toLowerCase();
  return item.options.find((option) => option.label.toLowerCase() === wanted);
}

/** Validates one answer, adds its problems to `problems` and returns the item's value (0–1) or null. */
type Evaluator = (answer: AnswerInput, problems: AnswerProblem[]) => number | null;

function optionEvaluator(item: ItemDefinition): Evaluator {
  const values = new Map<string, number>();
  for (const option of item.options) {
    values.set(option.label, option.value);
    values.set(option.label.toLowerCase(), option.value);
  }
  const labels = item.options.map((choice) => choice.label);
  return ({ option }, problems) => {
    if (option === null || option === undefined || option === '') return null;
    const value =
      typeof option === 'string'
        ? (values.get(option) ?? values.get(option.trim().toLowerCase()))
        : undefined;
    if (value !== undefined) return value;
    problems.push({
      item: item.code,
      field: 'option',
      message: message('answer.option', { labels, got: described(option) }),
    });
    return null;
  };
}

/** Whether `value` is a survey result on the scale the LKE takes them (IPAK and IPKP, 0–4). */
export const isSurveyScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 4;

function surveyEvaluator(item: ItemDefinition): Evaluator {
  return ({ score }, problems) => {
    if (isBlank(score)) return null;
    if (isSurveyScore(score)) return score / 4;
    problems.push({
      item: item.code,
      field: 'score',
      message: message('answer.surveyRange', { got: described(score) }),
    });
    return null;
  };
}

/** The most any % input may be: every input is a count (people, changes, complaints, reports, services). */
export const maxInputCount = 10_000_000;

/** A short, safe description of a value a client sent, for messages (never the whole of a large value). */
export const described = (value: unknown) => {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  return String(value);
};

const isCount = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxInputCount;

function percentEvaluator(item: ItemDefinition): Evaluator {
  const definitions: readonly InputDefinition[] = item.inputs ?? [];
  const known = new Set(definitions.map((input) => input.key));
  const { formula } = item;
  return ({ inputs }, problems) => {
    if (isBlank(inputs)) return null;
    if (typeof inputs !== 'object' || Array.isArray(inputs)) {
      problems.push({
        item: item.code,
        field: 'inputs',
        message: message('answer.inputsShape', { keys: [...known], got: described(inputs) }),
      });
      return null;
    }
    let blanks = 0;
    let invalid = false;
    for (const input of definitions) {
      const value = inputs[input.key];
      if (isBlank(value)) {
        blanks++;
      } else if (!isCount(value)) {
        invalid = true;
        problems.push({
          item: inputCode(item, input),
          field: 'inputs',
          message: message('answer.inputCount', {
            label: input.label,
            max: maxInputCount,
            got: described(value),
          }),
        });
      }
    }
    if (blanks === definitions.length && !invalid) return null;
    for (const key of Object.keys(inputs)) {
      if (known.has(key) || isBlank(inputs[key])) continue;
      invalid = true;
      problems.push({
        item: `${item.code}.${key}`,
        field: 'inputs',
        message: message('answer.unknownInput', { item: item.code, key, keys: [...known] }),
      });
    }
    // Like the workbook, a % item counts only once every input is filled.
    if (invalid || blanks > 0 || !formula) return null;
    return formulaValue(item, formula, inputs, problems);
  };
}

const evaluators = new WeakMap<ItemDefinition, Evaluator>();

/** The item's answer checker, built once per item definition. */
export function evaluatorFor(item: ItemDefinition): Evaluator {
  let evaluator = evaluators.get(item);
  if (!evaluator) {
    evaluator =
      item.answerType === 'PERCENT'
        ? percentEvaluator(item)
        : item.answerType === 'SURVEY'
          ? surveyEvaluator(item)
          : optionEvaluator(item);
    evaluators.set(item, evaluator);
  }
  return evaluator;
}

/** Validates one answer against its item and returns the item's value (0–1) or null when unanswered. */
export function evaluateAnswer(
  item: ItemDefinition,
  answer: AnswerInput | null | undefined,
): AnswerEvaluation {
  if (!answer) return unanswered;
  const problems: AnswerProblem[] = [];
  const value = evaluatorFor(item)(answer, problems);
  return { value, problems };
}
