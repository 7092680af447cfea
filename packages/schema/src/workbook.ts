import ExcelJS from 'exceljs';
import { answerRows, answersFromEntries, type SheetProblem } from './answer-sheet.ts';
import { parseDelimited } from './delimited.ts';
import type { InstrumentDefinition } from './instrument.ts';
import { message } from './messages/index.ts';
import {
  answerColumn,
  checkSheetSize,
  loadXlsx,
  openLkeWorksheet,
  plainValue,
  tableLimits,
  WorkbookError,
} from './xlsx.ts';

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

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

const countOf = (text: string, char: string) => {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
};

/**
 * The first sheet of an .xlsx file, or a CSV file, as rows of cell values (text, numbers, dates), within
 * `tableLimits`. A CSV may separate its cells with commas, semicolons (as Excel writes it in Indonesian) or
 * tabs.
 */
export async function readTable(bytes: Uint8Array, filename: string): Promise<unknown[][]> {
  if (isZip(bytes)) {
    const workbook = await loadXlsx(bytes, tableLimits, filename);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new WorkbookError(message('file.noSheet', { file: filename }));
    checkSheetSize(sheet, tableLimits, filename);
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      rows[number - 1] = values.slice(1).map(plainValue);
    });
    return Array.from(rows, (row) => row ?? []);
  }
  if (!/\.(csv|txt|tsv)$/i.test(filename)) {
    throw new WorkbookError(message('file.notATable', { file: filename }));
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new WorkbookError(message('file.notText', { file: filename }));
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [';', '\t', ','].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
  );
  // Counted before parsing, by line breaks (LF, or CR alone) and delimiters; quoted ones count too.
  const breaks = Math.max(countOf(text, '\n'), countOf(text, '\r'));
  if (breaks > tableLimits.rows || breaks + countOf(text, delimiter) > tableLimits.cells)
    throw new WorkbookError(
      message('file.tableTooLarge', {
        file: filename,
        maxRows: tableLimits.rows,
        maxCells: tableLimits.cells,
      }),
    );
  return parseDelimited(text, delimiter);
}

/** A one-sheet .xlsx of a table with a bold, frozen header row. */
export async function writeTable(
  sheetName: string,
  columns: { header: string; width?: number }[],
  rows: readonly (readonly (string | number | Date | null)[])[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export {
  type LkeWorkbookSummary,
  lkeWorkbookRows,
  readLkeWorkbook,
  type WorkbookAnswer,
  type WorkbookProblem,
  writeLkeWorkbook,
} from './lke-workbook.ts';
export {
  answerColumn,
  lkeSheetName,
  lkeWorkbookLimits,
  openLkeWorksheet,
  plainValue,
  tableLimits,
  WorkbookError,
  type WorkbookLimits,
} from './xlsx.ts';
