import ExcelJS from 'exceljs';
import { answerRows, answersFromEntries, type SheetProblem } from './answer-sheet.ts';
import { parseDelimited } from './delimited.ts';
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

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * The first sheet of an .xlsx file, or a CSV file, as rows of cell values (text, numbers, dates). A CSV
 * may separate its cells with commas, semicolons (as Excel writes it in Indonesian) or tabs.
 */
export async function readTable(bytes: Uint8Array, filename: string): Promise<unknown[][]> {
  if (isZip(bytes)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
    } catch (error) {
      throw new WorkbookError(`${filename} is not a readable .xlsx workbook (${(error as Error).message})`);
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new WorkbookError(`${filename} has no sheet`);
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      rows[number - 1] = values.slice(1).map(plainValue);
    });
    return Array.from(rows, (row) => row ?? []);
  }
  if (!/\.(csv|txt|tsv)$/i.test(filename)) {
    throw new WorkbookError(`${filename} is neither an .xlsx workbook nor a .csv file`);
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new WorkbookError(`${filename} is not a text file`);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [';', '\t', ','].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
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
