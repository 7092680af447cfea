import { type CellValue, type EditState, valueAt, valueText } from '../grid/editing.ts';
import type { BulkColumn, BulkRecord } from './sheet.ts';

/** The bulk grid as a table for a workbook: unit code and name, then one column per editable column. */
export function bulkTable(
  state: EditState,
  records: readonly BulkRecord[],
  columns: readonly BulkColumn[],
  label: (column: BulkColumn) => string,
): (string | number | null)[][] {
  return [
    ['Kode unit', 'Unit', 'Instansi', ...columns.map(label)],
    ...records.map((record) => [
      record.unit.code,
      record.unit.name,
      record.unit.agency.name,
      ...columns.map((column) => valueAt(state, String(record.id), column.id) as CellValue),
    ]),
  ];
}

/**
 * The cells a filled bulk workbook sets: rows found by unit code, columns by their label (or id). Rows of
 * units not in the grid and columns not known are reported, not guessed.
 */
export function cellsFromTable(
  table: readonly (readonly unknown[])[],
  records: readonly BulkRecord[],
  columns: readonly BulkColumn[],
  label: (column: BulkColumn) => string,
) {
  const [header = [], ...rows] = table;
  const squash = (value: unknown) =>
    String(value ?? '')
      .trim()
      .toLowerCase();
  const codeAt = header.findIndex((cell) => squash(cell) === 'kode unit');
  const byHeader = new Map(
    columns.flatMap((column) => [
      [squash(label(column)), column],
      [squash(column.id), column],
    ]),
  );
  const mapped = header.flatMap((cell, index) => {
    const column = byHeader.get(squash(cell));
    return column ? [{ index, column }] : [];
  });
  const byCode = new Map(records.map((record) => [record.unit.code, record]));
  const cells: { row: string; column: string; text: string }[] = [];
  const unknown: string[] = [];
  if (codeAt < 0) return { cells, unknown: ['kolom "Kode unit" tidak ada'] };
  for (const row of rows) {
    const code = String(row[codeAt] ?? '').trim();
    if (!code) continue;
    const record = byCode.get(code);
    if (!record) {
      unknown.push(code);
      continue;
    }
    for (const { index, column } of mapped)
      cells.push({
        row: String(record.id),
        column: column.id,
        text: valueText((row[index] ?? null) as CellValue),
      });
  }
  return { cells, unknown };
}
