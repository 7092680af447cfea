import { itemsOf, layers, permenpanrb90of2021, renderMessage, scoreAnswers } from '@zi/schema';
import { describe, expect, it } from 'vitest';
import { cellKey, paste, startEditing, typeInto, valueAt } from '../../grid/editing.ts';
import { parseTsv } from '../../grid/tsv.ts';
import {
  answersOfLayer,
  cellsOfAnswers,
  changesOfLayer,
  dirtyLayers,
  evidenceColumn,
  layerAccess,
  lkeRows,
  lkeSheet,
  noteColumn,
  savedAfter,
} from './sheet.ts';

const rows = lkeRows(permenpanrb90of2021);
const items = itemsOf(permenpanrb90of2021);
const unitSheet = lkeSheet(rows, { visible: layers, writable: ['UNIT'], noteLayer: 'UNIT' });

describe('the LKE worksheet rows', () => {
  it('hold every heading, all 113 items and each % input on its own row, in worksheet order', () => {
    expect(rows.filter((row) => row.kind === 'item')).toHaveLength(113);
    expect(rows[0]).toMatchObject({ kind: 'heading', code: 'PENGUNGKIT', level: 'COMPONENT' });
    const percent = items.find((item) => item.answerType === 'PERCENT');
    const at = rows.findIndex((row) => row.id === percent?.code);
    expect(rows.slice(at + 1, at + 1 + (percent?.inputs?.length ?? 0)).map((row) => row.kind)).toEqual(
      (percent?.inputs ?? []).map(() => 'input'),
    );
  });
});

describe('the LKE sheet', () => {
  it('lets only the writable layer change, and never headings or a % item’s computed row', () => {
    const percent = items.find((item) => item.answerType === 'PERCENT')?.code ?? '';
    expect(unitSheet.editable('P.1.i.a', 'UNIT')).toBe(true);
    expect(unitSheet.editable('P.1.i.a', 'TPI')).toBe(false);
    expect(unitSheet.editable('P.1.i', 'UNIT')).toBe(false);
    expect(unitSheet.editable(percent, 'UNIT')).toBe(false);
    expect(unitSheet.editable(`${percent}.agen`, 'UNIT')).toBe(true);
    expect(unitSheet.editable('P.1.i.a', noteColumn('UNIT'))).toBe(true);
    expect(unitSheet.columns).toEqual(['UNIT', 'TPI', 'TPN', 'note.UNIT', 'evidence.UNIT']);
  });

  it('checks each cell as the API checks the answer it becomes, refusing with the API’s own message', () => {
    const parse = (row: string, text: string, column = 'UNIT') => unitSheet.parse(row, column, text);
    const reason = (parsed: ReturnType<typeof parse>, locale: 'id' | 'en' = 'id') =>
      'error' in parsed ? renderMessage(parsed.error, locale) : null;
    expect(parse('P.1.i.a', 'ya')).toEqual({ value: 'Ya' });
    expect(reason(parse('P.1.i.a', 'B'))).toBe('jawabannya Ya atau Tidak, bukan "B"');
    expect(reason(parse('P.1.i.a', 'B'), 'en')).toBe('the answer is Ya or Tidak, not "B"');
    expect(parse('H.I.a', '3,6')).toEqual({ value: 3.6 });
    expect(reason(parse('H.I.a', '4,2'))).toBe('nilai survei antara 0 dan 4, bukan 4.2');
    expect(parse('R.1.i.a.agen', '1.250')).toEqual({ value: 1250 });
    // A head count is whole, as the API requires: 2,5 agents is refused here, not after saving.
    for (const text of ['-1', '2,5', '20.000.000'])
      expect(parse('R.1.i.a.agen', text)).toMatchObject({ error: { id: 'answer.inputCount' } });
    expect(parse('R.1.i.a.agen', 'dua')).toMatchObject({ error: { id: 'answer.inputNotANumber' } });
    expect(parse('P.1.i', 'Ya')).toEqual({ error: { id: 'grid.readOnly' } });
    expect(reason(parse('P.1.i.a', 'https://a.go.id/x.pdf dokumen.pdf', evidenceColumn('UNIT')))).toBe(
      'bukti harus tautan http(s), bukan "dokumen.pdf"',
    );
    const tooMany = Array.from({ length: 51 }, (_, index) => `https://a.go.id/${index}.pdf`).join(' ');
    expect(parse('P.1.i.a', tooMany, evidenceColumn('UNIT'))).toMatchObject({
      error: { id: 'value.tooManyLinks' },
    });
    expect(parse('P.1.i.a', 'n'.repeat(2001), noteColumn('UNIT'))).toMatchObject({
      error: { id: 'value.tooLong', params: { max: 2000 } },
    });
  });

  it('scores what the cells hold, and sends only the edited items of a layer, whole and with their versions', () => {
    const { cells, versions } = cellsOfAnswers([
      {
        item: 'R.1.i.a',
        layer: 'UNIT',
        option: null,
        inputs: { agen: 10, perubahan: 4 },
        score: null,
        note: 'lama',
        evidence: ['https://a.go.id/sk.pdf'],
        version: 3,
      },
    ]);
    let state = startEditing(cells);
    expect(valueAt(state, 'R.1.i.a.agen', 'UNIT')).toBe(10);
    state = paste(state, unitSheet, { row: 'P.1.i.a', column: 'UNIT' }, parseTsv('Ya\nb\n')).state;
    state = typeInto(state, unitSheet, { row: 'R.1.i.a.perubahan', column: 'UNIT' }, '8').state;
    state = typeInto(
      state,
      unitSheet,
      { row: 'P.1.i.a', column: evidenceColumn('UNIT') },
      'https://b.go.id/1 https://b.go.id/2',
    ).state;
    expect(dirtyLayers(state, items)).toEqual(['UNIT']);
    expect(changesOfLayer(state, items, 'UNIT', versions)).toEqual([
      {
        item: 'P.1.i.a',
        option: 'Ya',
        note: null,
        evidence: ['https://b.go.id/1', 'https://b.go.id/2'],
        expectedVersion: 0,
      },
      { item: 'P.1.i.b', option: 'B', note: null, evidence: [], expectedVersion: 0 },
      {
        item: 'R.1.i.a',
        inputs: { agen: 10, perubahan: 8 },
        note: 'lama',
        evidence: ['https://a.go.id/sk.pdf'],
        expectedVersion: 3,
      },
    ]);
    const score = scoreAnswers(permenpanrb90of2021, answersOfLayer(state, items, 'UNIT'));
    expect(score.items.find((item) => item.code === 'R.1.i.a')?.value).toBeCloseTo(0.8, 12);
    expect(score.answered).toBe(3);
    expect(state.edits.has(cellKey('P.1.i.a', 'TPI'))).toBe(false);
  });
});

describe('the worksheet after a save', () => {
  it('holds what reading the answers again would give: the sent answers with the versions the API returned', () => {
    const before = [
      {
        item: 'P.1.i.a',
        layer: 'UNIT',
        option: 'Tidak',
        inputs: null,
        score: null,
        note: null,
        evidence: [],
        version: 1,
      },
      {
        item: 'P.1.i.b',
        layer: 'UNIT',
        option: 'A',
        inputs: null,
        score: null,
        note: 'catatan',
        evidence: ['https://a.go.id/x'],
        version: 4,
      },
      {
        item: 'P.1.i.b',
        layer: 'TPI',
        option: 'B',
        inputs: null,
        score: null,
        note: null,
        evidence: [],
        version: 2,
      },
    ] as const;
    const saved = cellsOfAnswers(before);
    let state = startEditing(saved.cells);
    state = paste(state, unitSheet, { row: 'P.1.i.a', column: 'UNIT' }, parseTsv('Ya')).state;
    state = typeInto(state, unitSheet, { row: 'P.1.i.b', column: evidenceColumn('UNIT') }, '').state;
    state = typeInto(state, unitSheet, { row: 'R.1.i.a.agen', column: 'UNIT' }, '7').state;
    const sent = [{ layer: 'UNIT' as const, answers: changesOfLayer(state, items, 'UNIT', saved.versions) }];
    const returned = [
      {
        layer: 'UNIT' as const,
        answers: [
          { item: 'P.1.i.a', version: 2 },
          { item: 'P.1.i.b', version: 5 },
          { item: 'R.1.i.a', version: 1 },
        ],
      },
    ];
    const reread = cellsOfAnswers([
      { ...before[0], option: 'Ya', version: 2 },
      { ...before[1], evidence: [], version: 5 },
      before[2],
      {
        item: 'R.1.i.a',
        layer: 'UNIT',
        option: null,
        inputs: { agen: 7, perubahan: null },
        score: null,
        note: null,
        evidence: [],
        version: 1,
      },
    ]);
    const after = savedAfter(saved, items, sent, returned);
    expect(new Map([...after.cells].sort())).toEqual(new Map([...reread.cells].sort()));
    expect(new Map([...after.versions].sort())).toEqual(new Map([...reread.versions].sort()));
  });

  it('sends copies the assessor confirms as they stand, and keeps them copies no more once saved', () => {
    const copies = [
      {
        item: 'P.1.i.a',
        layer: 'TPI' as const,
        option: 'Ya',
        inputs: null,
        score: null,
        note: null,
        evidence: [],
      },
      {
        item: 'P.1.i.b',
        layer: 'TPI' as const,
        option: 'B',
        inputs: null,
        score: null,
        note: null,
        evidence: [],
      },
    ].map((answer) => ({ ...answer, copiedFrom: 'UNIT', version: 1 }));
    const saved = cellsOfAnswers(copies);
    expect([...saved.copied]).toEqual([cellKey('P.1.i.a', 'TPI'), cellKey('P.1.i.b', 'TPI')]);
    const state = startEditing(saved.cells);
    const sent = changesOfLayer(state, items, 'TPI', saved.versions, new Set(['P.1.i.b']));
    expect(sent).toEqual([{ item: 'P.1.i.b', option: 'B', note: null, evidence: [], expectedVersion: 1 }]);
    const after = savedAfter(
      saved,
      items,
      [{ layer: 'TPI', answers: sent }],
      [{ layer: 'TPI', answers: [{ item: 'P.1.i.b', version: 2 }] }],
    );
    expect([...after.copied]).toEqual([cellKey('P.1.i.a', 'TPI')]);
  });
});

describe('which layers the worksheet shows and opens', () => {
  it('follows the access policy: unit operators see their own layer, no one edits a decided evaluation', () => {
    expect(layerAccess('UNIT_OPERATOR', 'PEMBANGUNAN')).toEqual({ visible: ['UNIT'], writable: ['UNIT'] });
    expect(layerAccess('TPI', 'PENILAIAN_TPI')).toEqual({
      visible: ['UNIT', 'TPI', 'TPN'],
      writable: ['TPI'],
    });
    expect(layerAccess('TPI', 'PEMBANGUNAN').writable).toEqual([]);
    expect(layerAccess('ADMIN', 'EVALUASI_TPN').writable).toEqual(['UNIT', 'TPI', 'TPN']);
    for (const stage of ['DITETAPKAN', 'TIDAK_DITETAPKAN', 'DICABUT'] as const)
      expect(layerAccess('ADMIN', stage).writable).toEqual([]);
    expect(layerAccess('ANALYST', 'EVALUASI_TPN')).toEqual({ visible: ['UNIT', 'TPI', 'TPN'], writable: [] });
  });
});
