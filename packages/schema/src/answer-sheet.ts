import { type AnswerInput, evaluateAnswer, findOption } from './answers.ts';
import { parseNumber } from './delimited.ts';
import {
  type InputDefinition,
  type InstrumentDefinition,
  type ItemDefinition,
  inputCode,
  itemsOf,
} from './instrument.ts';
import { type Message, message } from './messages/index.ts';

/** A problem found while reading answers, located by the key the user gave (row or code). */
export interface SheetProblem {
  key: string;
  message: Message;
}

type Target = { item: ItemDefinition; input?: InputDefinition };

/** Every addressable cell of an instrument: items and % inputs by code and by workbook row. */
export function answerTargets(definition: InstrumentDefinition): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const item of itemsOf(definition)) {
    targets.set(item.code, { item });
    if (item.workbookRow !== undefined) targets.set(String(item.workbookRow), { item });
    for (const input of item.inputs ?? []) {
      targets.set(inputCode(item, input), { item, input });
      if (input.workbookRow !== undefined) targets.set(String(input.workbookRow), { item, input });
    }
  }
  return targets;
}

/** A number given as one, or typed as people type it (see `parseNumber`). */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' ? (parseNumber(value) ?? undefined) : undefined;
}

/** One cell's value and the part of an answer it gives (a % input, a survey score or an option), unchecked. */
function answerOfCell(
  item: ItemDefinition,
  input: InputDefinition | undefined,
  value: unknown,
): { answer: AnswerInput; value: number | string } | { problem: Message } {
  if (!input && item.answerType === 'PERCENT') {
    const codes = (item.inputs ?? []).map((each) => inputCode(item, each));
    return { problem: message('answer.computed', { item: item.code, codes }) };
  }
  if (!input && item.answerType !== 'SURVEY') {
    const option = String(value).trim();
    return { answer: { option }, value: option };
  }
  const number = numberOf(value);
  if (number === undefined)
    return {
      problem: input
        ? message('answer.inputNotANumber', { label: input.label, got: String(value) })
        : message('answer.surveyNotANumber', { got: String(value) }),
    };
  return { answer: input ? { inputs: { [input.key]: number } } : { score: number }, value: number };
}

/**
 * One cell of an answer sheet typed or pasted in the console, checked as the API checks the answer it
 * becomes: the value to keep (an option by its own label), or what is wrong with it.
 */
export function readAnswerCell(
  item: ItemDefinition,
  input: InputDefinition | undefined,
  text: string,
): { value: number | string } | { problem: Message } {
  const read = answerOfCell(item, input, text);
  if ('problem' in read) return read;
  const [problem] = evaluateAnswer(item, read.answer).problems;
  if (problem) return { problem: problem.message };
  return typeof read.value === 'string'
    ? { value: findOption(item, read.value)?.label ?? read.value }
    : { value: read.value };
}

/**
 * Turns `[row or code, value]` entries (a JSON answer file, or the answer column of a workbook) into
 * answers by item code. Blank values are skipped; anything that cannot be an answer is a problem.
 */
export function answersFromEntries(
  definition: InstrumentDefinition,
  entries: Iterable<[key: string, value: unknown]>,
): { answers: Map<string, AnswerInput>; problems: SheetProblem[] } {
  const targets = answerTargets(definition);
  const answers = new Map<string, AnswerInput>();
  const problems: SheetProblem[] = [];
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === '') continue;
    const target = targets.get(key.trim());
    if (!target) {
      problems.push({ key, message: message('answer.unknownKey', { instrument: definition.code, key }) });
      continue;
    }
    const { item, input } = target;
    const read = answerOfCell(item, input, value);
    if ('problem' in read) {
      problems.push({ key, message: read.problem });
      continue;
    }
    const answer = answers.get(item.code) ?? {};
    const inputs = read.answer.inputs && { inputs: { ...answer.inputs, ...read.answer.inputs } };
    answers.set(item.code, { ...answer, ...read.answer, ...inputs });
  }
  return { answers, problems };
}

/** The workbook rows that hold answers (option and survey items, and % inputs), for reading a worksheet. */
export function answerRows(definition: InstrumentDefinition): number[] {
  return itemsOf(definition).flatMap((item) =>
    item.answerType === 'PERCENT'
      ? (item.inputs ?? []).flatMap((input) => (input.workbookRow === undefined ? [] : [input.workbookRow]))
      : item.workbookRow === undefined
        ? []
        : [item.workbookRow],
  );
}
