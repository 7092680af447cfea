import { bulkWriteProblem, hasilInputItems, permenpanrb90of2021 } from '@zi/schema';
import { describe, expect, it } from 'vitest';
import { paste, startEditing, valueAt } from '../grid/editing.ts';
import { parseTsv } from '../grid/tsv.ts';
import { bulkRecord as record } from './fixtures.ts';
import { bulkColumns, bulkSheet, cellsOfRecords, entriesOf } from './sheet.ts';

const columns = bulkColumns(hasilInputItems(permenpanrb90of2021));
const records = [record(1), record(2), record(3)];
const sheet = bulkSheet(records, columns);

describe('the bulk grid', () => {
  it('has the surveys, capaian kinerja, details and flags as columns, read from the records', () => {
    expect(columns.map((column) => column.id)).toEqual([
      'IPAK',
      'IPKP',
      'H.I.b',
      'paktaSigned',
      'paktaTotal',
      'unitSakipGrade',
      'lhkpnCompliance',
      'lhkasnCompliance',
      'coreService',
      'afirmasi',
    ]);
    const state = startEditing(cellsOfRecords(records, columns));
    expect(
      ['IPAK', 'IPKP', 'H.I.b', 'coreService', 'afirmasi'].map((column) => valueAt(state, '2', column)),
    ).toEqual([3.5, null, 'C', 'Ya', 'Tidak']);
  });

  it('keeps a decided evaluation’s row read-only, saying why, by the API’s rule', () => {
    const decided = { ...record(4), stage: 'DITETAPKAN' as const };
    const withDecided = bulkSheet([record(1), decided], columns);
    const start = startEditing(cellsOfRecords([record(1), decided], columns));
    const { state, rejected } = paste(
      start,
      withDecided,
      { row: '1', column: 'IPAK' },
      parseTsv('3,1\n3,2\n'),
    );
    expect(valueAt(state, '1', 'IPAK')).toBe(3.1);
    expect(valueAt(state, '4', 'IPAK')).toBe(3.5);
    expect(rejected.map((each) => [each.cell.row, each.reason])).toEqual([
      ['4', bulkWriteProblem('DITETAPKAN')],
    ]);
    expect(entriesOf(state, [record(1), decided], columns).map((entry) => entry.evaluationId)).toEqual([1]);
  });

  it('validates a pasted block cell by cell and sends only what changed, row by row', () => {
    const block = parseTsv('3,61\t3,9\tb\t12\t20\taa\n5\t\tF\t1,5\t\tx\n');
    const { state, rejected } = paste(
      startEditing(cellsOfRecords(records, columns)),
      sheet,
      { row: '1', column: 'IPAK' },
      block,
    );
    expect(rejected.map((each) => [each.cell.row, each.cell.column])).toEqual([
      ['2', 'IPAK'],
      ['2', 'H.I.b'],
      ['2', 'paktaSigned'],
      ['2', 'unitSakipGrade'],
    ]);
    expect(entriesOf(state, records, columns)).toEqual([
      {
        evaluationId: 1,
        surveys: [
          { kind: 'IPAK', score: 3.61 },
          { kind: 'IPKP', score: 3.9 },
        ],
        hasil: [{ item: 'H.I.b', option: 'B' }],
        details: { paktaSigned: 12, unitSakipGrade: 'AA' },
        expected: {
          surveys: [
            { kind: 'IPAK', score: 3.5 },
            { kind: 'IPKP', score: null },
          ],
          hasil: [{ item: 'H.I.b', option: 'C' }],
          details: { paktaSigned: 10, unitSakipGrade: 'BB' },
        },
      },
      {
        evaluationId: 2,
        details: { paktaTotal: null },
        expected: { surveys: [], hasil: [], details: { paktaTotal: 20 } },
      },
    ]);
  });

  it('reads Ya/Tidak flags forgivingly and sends them as booleans', () => {
    const { state } = paste(
      startEditing(cellsOfRecords(records, columns)),
      sheet,
      { row: '3', column: 'coreService' },
      [['tidak', 'YA']],
    );
    expect(entriesOf(state, records, columns)).toEqual([
      {
        evaluationId: 3,
        coreService: false,
        afirmasi: true,
        expected: { surveys: [], hasil: [], details: {}, coreService: true, afirmasi: false },
      },
    ]);
  });
});
