import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { permenpanrb90of2021 } from '../src/index.ts';
import { lkeWorkbookLimits, readLkeWorkbook, readTable, tableLimits, writeTable } from '../src/workbook.ts';
import { officialWorkbook, workbookRefusal as refusal, streamedWorkbook } from './fixtures.ts';

/** An .xlsx of `rows` rows of `columns` numbers. */
const numbers = (rows: number, columns: number, sheetName = 'LKE ZI') =>
  streamedWorkbook(
    sheetName,
    Array.from({ length: rows }, () => Array.from({ length: columns }, (_, at) => at)),
  );

const arrayBuffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('workbook limits', () => {
  it('reads the official LKE workbook and a list at the row limit', async () => {
    const official = readFileSync(officialWorkbook);
    const { answers } = await readLkeWorkbook(arrayBuffer(official), permenpanrb90of2021);
    expect(answers.length).toBeGreaterThan(100);
    const table = await readTable(await numbers(tableLimits.rows, 2, 'TL'), 'tl.xlsx');
    expect(table).toHaveLength(tableLimits.rows);
  });

  it('refuses a list with more rows than the limit before exceljs parses it', async () => {
    expect(await refusal(readTable(await numbers(tableLimits.rows + 1, 1, 'TL'), 'tl.xlsx'))).toBe(
      'tl.xlsx is too large: its sheets have more than 50,000 rows',
    );
  });

  it('refuses an LKE workbook with more rows or cells than an LKE has', async () => {
    const definition = permenpanrb90of2021;
    expect(
      await refusal(readLkeWorkbook(arrayBuffer(await numbers(lkeWorkbookLimits.rows + 1, 1)), definition)),
    ).toBe('the file is too large: its sheets have more than 2,000 rows');
    expect(await refusal(readLkeWorkbook(arrayBuffer(await numbers(1_000, 101)), definition))).toBe(
      'the file is too large: its sheets have more than 100,000 cells',
    );
  });

  it('refuses a sheet whose few cells lie so far apart that reading them as a table would not fit', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('TL');
    for (let row = 1; row <= 100; row++) sheet.getCell(row, 16_384).value = row;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await refusal(readTable(bytes, 'lebar.xlsx'))).toBe(
      'lebar.xlsx is too large: the sheet "TL" spans 100 rows and 16,384 columns (at most 50,000 rows and 1,000,000 cells)',
    );
  });

  it('refuses a CSV with more lines or cells than the limit', async () => {
    const lines = new TextEncoder().encode('a;b\n'.repeat(tableLimits.rows + 1));
    expect(await refusal(readTable(lines, 'tl.csv'))).toMatch(/^tl\.csv is too large/);
    const wide = new TextEncoder().encode(`${';'.repeat(tableLimits.cells)}\n`);
    expect(await refusal(readTable(wide, 'tl.csv'))).toMatch(/^tl\.csv is too large/);
  });

  it('refuses a damaged or truncated zip as unreadable', async () => {
    const bytes = await writeTable('TL', [{ header: 'No. LHP' }], [['1']]);
    expect(await refusal(readTable(bytes.subarray(0, bytes.length - 30), 'potong.xlsx'))).toMatch(
      /^potong\.xlsx is not a readable \.xlsx workbook \(no zip directory\)/,
    );
    const damaged = bytes.slice();
    damaged.fill(0, 40, 200);
    expect(await refusal(readTable(damaged, 'rusak.xlsx'))).toMatch(
      /^rusak\.xlsx is not a readable \.xlsx workbook/,
    );
  });
});
