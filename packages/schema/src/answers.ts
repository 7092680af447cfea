import { type InputDefinition, type ItemDefinition, inputCode, type PercentFormula } from './instrument.ts';

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
  message: string;
}

export interface AnswerEvaluation {
  /** The item's value in [0, 1], or null when the item is unanswered or invalid. */
  value: number | null;
  problems: AnswerProblem[];
}

const unanswered: AnswerEvaluation = { value: null, problems: [] };
const isBlank = (value: unknown) => value === null || value === undefined || value === '';

function formulaValue(
  item: ItemDefinition,
  formula: PercentFormula,
  inputs: Record<string, number>,
): AnswerEvaluation {
  if (formula.kind === 'decrease') {
    const previous = inputs[formula.previous] ?? 0;
    const current = inputs[formula.current] ?? 0;
    // Spec decision: no violations in either year is full marks; violations appearing from none is 0
    // (the workbook divides by zero there).
    if (previous === 0) return { value: current === 0 ? 1 : 0, problems: [] };
    return { value: Math.max(0, (previous - current) / previous), problems: [] };
  }
  const sum = (keys: string[]) => keys.reduce((total, key) => total + (inputs[key] ?? 0), 0);
  const denominator = sum(formula.denominator);
  if (denominator === 0) {
    const labels = formula.denominator
      .map((key) => item.inputs?.find((input) => input.key === key)?.label ?? key)
      .join(' + ');
    return {
      value: null,
      problems: [
        {
          item: item.code,
          field: 'inputs',
          message: `the denominator (${labels}) is 0, so no percentage exists`,
        },
      ],
    };
  }
  return { value: Math.min(1, Math.max(0, sum(formula.numerator) / denominator)), problems: [] };
}

function percentValue(item: ItemDefinition, raw: AnswerInput['inputs']): AnswerEvaluation {
  const definitions: InputDefinition[] = item.inputs ?? [];
  if (!raw || definitions.every((input) => isBlank(raw[input.key]))) return unanswered;
  const problems: AnswerProblem[] = [];
  const known = new Set(definitions.map((input) => input.key));
  for (const key of Object.keys(raw)) {
    if (!known.has(key) && !isBlank(raw[key])) {
      problems.push({
        item: `${item.code}.${key}`,
        field: 'inputs',
        message: `${item.code} has no input "${key}"; its inputs are ${[...known].join(', ')}`,
      });
    }
  }
  const inputs: Record<string, number> = {};
  let missing = false;
  for (const input of definitions) {
    const value = raw[input.key];
    if (isBlank(value)) {
      missing = true;
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push({
        item: inputCode(item, input),
        field: 'inputs',
        message: `"${input.label}" must be a number of 0 or more, got ${JSON.stringify(value)}`,
      });
    } else {
      inputs[input.key] = value;
    }
  }
  if (problems.length) return { value: null, problems };
  // Like the workbook, a % item counts only once every input is filled.
  if (missing || !item.formula) return unanswered;
  return formulaValue(item, item.formula, inputs);
}

/** The option of `item` that `label` names, ignoring case ("ya" is "Ya"). */
export function findOption(item: ItemDefinition, label: string) {
  const wanted = label.trim().toLowerCase();
  return item.options.find((option) => option.label.toLowerCase() === wanted);
}

/** Validates one answer against its item and returns the item's value (0–1) or null when unanswered. */
export function evaluateAnswer(
  item: ItemDefinition,
  answer: AnswerInput | null | undefined,
): AnswerEvaluation {
  if (!answer) return unanswered;
  switch (item.answerType) {
    case 'PERCENT':
      return percentValue(item, answer.inputs);
    case 'SURVEY': {
      const { score } = answer;
      if (isBlank(score)) return unanswered;
      if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 4) {
        return {
          value: null,
          problems: [
            {
              item: item.code,
              field: 'score',
              message: `a survey score is between 0 and 4, got ${JSON.stringify(score)}`,
            },
          ],
        };
      }
      return { value: score / 4, problems: [] };
    }
    default: {
      const { option } = answer;
      if (isBlank(option)) return unanswered;
      const chosen = typeof option === 'string' ? findOption(item, option) : undefined;
      if (!chosen) {
        const labels = item.options.map((choice) => choice.label).join(', ');
        return {
          value: null,
          problems: [
            {
              item: item.code,
              field: 'option',
              message: `the answer is one of ${labels}, got ${JSON.stringify(option)}`,
            },
          ],
        };
      }
      return { value: chosen.value, problems: [] };
    }
  }
}
