import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import {
  type AnswerInput,
  answerRows,
  answersFromEntries,
  type InstrumentDefinition,
  renderMessage,
} from '../src/index.ts';
import { openLkeWorksheet, WorkbookError } from '../src/workbook.ts';

/** The official LKE workbook with its sample answers, beside the repository in ../shared. */
export const officialWorkbook = fileURLToPath(
  new URL('../../../../shared/domain/lke-zi-permenpanrb-90-2021.xlsx', import.meta.url),
);

export async function officialSample(definition: InstrumentDefinition) {
  const worksheet = await openLkeWorksheet(officialWorkbook);
  const entries = answerRows(definition).map((row): [string, unknown] => [
    String(row),
    worksheet.valueAt('K', row),
  ]);
  const { answers, problems } = answersFromEntries(definition, entries);
  if (problems.length) throw new Error(`the sample does not read cleanly: ${JSON.stringify(problems)}`);
  return { answers, worksheet };
}

/** Every option item answered with the same option position (0 = best), % and survey items full. */
export function uniformAnswers(
  definition: InstrumentDefinition,
  position: number,
  survey = 4,
): Map<string, AnswerInput> {
  const answers = new Map<string, AnswerInput>();
  for (const { node } of walk(definition)) {
    for (const item of node.items ?? []) {
      if (item.answerType === 'SURVEY') answers.set(item.code, { score: survey });
      else if (item.answerType === 'PERCENT') {
        answers.set(item.code, {
          inputs: Object.fromEntries((item.inputs ?? []).map((input) => [input.key, 10])),
        });
      } else {
        answers.set(item.code, {
          option: item.options[Math.min(position, item.options.length - 1)]?.label ?? null,
        });
      }
    }
  }
  return answers;
}

function* walk(definition: InstrumentDefinition) {
  const stack = [...definition.components];
  while (stack.length) {
    const node = stack.shift();
    if (!node) break;
    yield { node };
    stack.unshift(...(node.children ?? []));
  }
}

/** An .xlsx of one sheet written by exceljs's streaming writer, so a test holds only the packed bytes. */
export async function streamedWorkbook(sheetName: string, rows: Iterable<unknown[]>) {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row).commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** The message of the WorkbookError that `reading` fails with. */
export async function workbookRefusal(reading: Promise<unknown>) {
  const error = await reading.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return renderMessage((error as WorkbookError).reason, 'en');
}

/** PortalRB's master question list for 2026, beside the repository in ../shared. */
export const portalrbMasterList2026 = async () =>
  JSON.parse(
    await readFile(
      new URL('../../../../shared/domain/portalrb-master-soal-2026.json', import.meta.url),
      'utf8',
    ),
  ) as unknown;
