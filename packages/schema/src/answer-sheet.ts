import type { AnswerInput } from './answers.ts';
import { parseNumber } from './delimited.ts';
import {
  type InputDefinition,
  type InstrumentDefinition,
  type ItemDefinition,
  inputCode,
  itemsOf,
} from './instrument.ts';

/** A problem found while reading answers, located by the key the user gave (row or code). */
export interface SheetProblem {
  key: string;
  message: string;
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

const describe = (target: Target) =>
  target.input ? `${target.item.code}.${target.input.key}` : target.item.code;

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
      problems.push({ key, message: `no item or input of ${definition.code} has the row or code "${key}"` });
      continue;
    }
    const { item, input } = target;
    const answer = answers.get(item.code) ?? {};
    if (input) {
      const number = numberOf(value);
      if (number === undefined) {
        problems.push({
          key,
          message: `${describe(target)} (${input.label}) needs a number, got ${JSON.stringify(value)}`,
        });
        continue;
      }
      answer.inputs = { ...answer.inputs, [input.key]: number };
    } else if (item.answerType === 'PERCENT') {
      const codes = (item.inputs ?? []).map((each) => inputCode(item, each)).join(', ');
      problems.push({ key, message: `${item.code} is computed from its inputs; give ${codes} instead` });
      continue;
    } else if (item.answerType === 'SURVEY') {
      const number = numberOf(value);
      if (number === undefined) {
        problems.push({
          key,
          message: `${item.code} needs a survey score from 0 to 4, got ${JSON.stringify(value)}`,
        });
        continue;
      }
      answer.score = number;
    } else {
      answer.option = String(value).trim();
    }
    answers.set(item.code, answer);
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
