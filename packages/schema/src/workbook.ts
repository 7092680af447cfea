import ExcelJS from 'exceljs';
import { answerRows, answersFromEntries, type SheetProblem } from './answer-sheet.ts';
import type { InstrumentDefinition } from './instrument.ts';

/** The sheet of the official LKE workbook that holds the worksheet. */
export const lkeSheetName = 'LKE ZI';
/** The official layout's answer column. */
export const answerColumn = 'K';

export class WorkbookError extends Error {
  override name = 'WorkbookError';
}

/** A cell's value as a person reads it: formula results, rich text joined, errors as their text. */
export function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return value.text;
  if ('error' in value) return value.error;
  return undefined;
}

export async function openLkeWorksheet(source: string | ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  try {
    if (typeof source === 'string') await workbook.xlsx.readFile(source);
    else await workbook.xlsx.load(source);
  } catch (error) {
    throw new WorkbookError(`not a readable .xlsx workbook (${(error as Error).message})`);
  }
  const sheet = workbook.getWorksheet(lkeSheetName);
  if (!sheet) {
    const names = workbook.worksheets.map((each) => `"${each.name}"`).join(', ');
    throw new WorkbookError(`the workbook has no sheet "${lkeSheetName}" (it has ${names || 'no sheets'})`);
  }
  return {
    sheet,
    valueAt: (column: string, row: number) => plainValue(sheet.getCell(`${column}${row}`).value),
  };
}

/** The answers in column K of a workbook in the official layout, matched to items by row. */
export async function readWorkbookAnswers(
  source: string | ArrayBuffer,
  definition: InstrumentDefinition,
): Promise<ReturnType<typeof answersFromEntries>> {
  const { valueAt } = await openLkeWorksheet(source);
  const entries = answerRows(definition).map((row): [string, unknown] => [
    String(row),
    valueAt(answerColumn, row),
  ]);
  const read = answersFromEntries(definition, entries);
  return {
    answers: read.answers,
    problems: read.problems.map((problem: SheetProblem) => ({ ...problem, key: `row ${problem.key}` })),
  };
}
