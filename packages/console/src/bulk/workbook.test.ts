import { hasilInputItems, permenpanrb90of2021 } from '@zi/schema';
import { describe, expect, it } from 'vitest';
import { startEditing, valueAt, writeCells } from '../grid/editing.ts';
import { bulkRecord } from './fixtures.ts';
import { bulkColumns, bulkSheet, cellsOfRecords } from './sheet.ts';
import { bulkTable, cellsFromTable } from './workbook.ts';

const records = [bulkRecord(1), bulkRecord(2)];
const columns = bulkColumns(hasilInputItems(permenpanrb90of2021));
const label = (column: { label: string }) => column.label;
const sheet = bulkSheet(records, columns);

describe('the bulk workbook', () => {
  it('reads its own export back without a change', () => {
    const state = startEditing(cellsOfRecords(records, columns));
    const table = bulkTable(state, records, columns, label);
    expect(table[0]?.slice(0, 4)).toEqual(['Kode unit', 'Unit', 'Instansi', 'zi.bulk.IPAK']);
    const { cells, unknown } = cellsFromTable(table, records, columns, label);
    expect(unknown).toEqual([]);
    expect(writeCells(state, sheet, cells).state.edits.size).toBe(0);
  });

  it('applies a filled workbook by unit code and column name, validating every cell, and names unknown units', () => {
    const state = startEditing(cellsOfRecords(records, columns));
    const table = [
      ['Instansi', 'zi.bulk.IPKP', 'Kode unit', 'H.I.b', 'zi.bulk.paktaSigned', 'Catatan lain'],
      ['Kemenkeu', '3,85', 'U2', 'A', 'banyak', 'abaikan'],
      ['Kemenkeu', '3,1', 'U9', 'B', '1', ''],
    ];
    const { cells, unknown } = cellsFromTable(table, records, columns, label);
    expect(unknown).toEqual(['U9']);
    const { state: next, rejected } = writeCells(state, sheet, cells);
    expect([valueAt(next, '2', 'IPKP'), valueAt(next, '2', 'H.I.b'), valueAt(next, '1', 'IPKP')]).toEqual([
      3.85,
      'A',
      null,
    ]);
    expect(rejected.map((each) => [each.cell.row, each.cell.column])).toEqual([['2', 'paktaSigned']]);
  });
});
