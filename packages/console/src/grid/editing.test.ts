import { message } from '@zi/schema';
import { describe, expect, it } from 'vitest';
import {
  type CellValue,
  cellKey,
  fillDown,
  isDirty,
  paste,
  redo,
  resolveConflict,
  restartEditing,
  type Sheet,
  startEditing,
  typeInto,
  undo,
  valueAt,
} from './editing.ts';
import { parseNumber, parseTsv } from './tsv.ts';

/** Rows r1…r5 with a heading at h; column `opt` takes A–C, `num` a number 0–10, `fixed` nothing. */
const sheet: Sheet = {
  rows: ['r1', 'h', 'r2', 'r3', 'r4', 'r5'],
  columns: ['opt', 'num', 'fixed'],
  editable: (row, column) => row !== 'h' && column !== 'fixed',
  parse(_row, column, text) {
    if (column === 'opt') {
      const option = text.trim().toUpperCase();
      return ['A', 'B', 'C'].includes(option)
        ? { value: option }
        : { error: message('grid.grade', { grades: ['A', 'B', 'C'], got: text }) };
    }
    const value = parseNumber(text);
    return value === null || value < 0 || value > 10
      ? { error: message('grid.notANumber', { got: text }) }
      : { value };
  },
};

const saved = new Map<string, CellValue>([
  [cellKey('r1', 'opt'), 'A'],
  [cellKey('r2', 'opt'), 'B'],
  [cellKey('r1', 'num'), 5],
]);

describe('typing', () => {
  it('keeps refused cells marked across a save, until they are rewritten or their row is gone', () => {
    const typed = typeInto(startEditing(new Map()), sheet, { row: 'r1', column: 'opt' }, 'ya');
    const withGood = typeInto(typed.state, sheet, { row: 'r2', column: 'num' }, '4');
    const saved = restartEditing(withGood.state, new Map([[cellKey('r2', 'num'), 4]]), sheet.rows);
    expect(saved.edits.size).toBe(0);
    expect([...saved.invalid.keys()]).toEqual([cellKey('r1', 'opt')]);
    expect(restartEditing(saved, saved.original, ['r2']).invalid.size).toBe(0);
    const fixed = typeInto(saved, sheet, { row: 'r1', column: 'opt' }, 'b');
    expect(fixed.state.invalid.size).toBe(0);
  });

  it('overlays the saved value, marks the cell dirty, and drops the mark when the saved value comes back', () => {
    let state = startEditing(saved);
    state = typeInto(state, sheet, { row: 'r1', column: 'opt' }, 'c').state;
    expect(valueAt(state, 'r1', 'opt')).toBe('C');
    expect(isDirty(state, 'r1', 'opt')).toBe(true);
    state = typeInto(state, sheet, { row: 'r1', column: 'opt' }, 'A').state;
    expect(isDirty(state, 'r1', 'opt')).toBe(false);
    expect(state.edits.size).toBe(0);
  });

  it('refuses invalid text with the reason, keeping the value', () => {
    const { state, rejected } = typeInto(startEditing(saved), sheet, { row: 'r1', column: 'num' }, '11');
    expect(rejected).toEqual([
      { cell: { row: 'r1', column: 'num' }, text: '11', reason: message('grid.notANumber', { got: '11' }) },
    ]);
    expect(valueAt(state, 'r1', 'num')).toBe(5);
    expect(state.invalid.get(cellKey('r1', 'num'))).toEqual(message('grid.notANumber', { got: '11' }));
    expect(state.undo).toHaveLength(0);
  });
});

describe('paste', () => {
  it('applies a block at the anchor, marks invalid cells with their reason and skips blank cells over headings', () => {
    const block = parseTsv('b\t7\n\t\nc\t12\nx\t1,5\n');
    const { state, rejected, applied } = paste(
      startEditing(saved),
      sheet,
      { row: 'r1', column: 'opt' },
      block,
    );
    expect(valueAt(state, 'r1', 'opt')).toBe('B');
    expect(valueAt(state, 'r1', 'num')).toBe(7);
    expect(valueAt(state, 'r2', 'opt')).toBe('C');
    expect(valueAt(state, 'r2', 'num')).toBeNull();
    expect(valueAt(state, 'r3', 'opt')).toBeNull();
    expect(valueAt(state, 'r3', 'num')).toBe(1.5);
    expect(rejected.map((each) => [each.cell.row, each.cell.column, each.reason])).toEqual([
      ['r2', 'num', message('grid.notANumber', { got: '12' })],
      ['r3', 'opt', message('grid.grade', { grades: ['A', 'B', 'C'], got: 'x' })],
    ]);
    expect(applied).toBe(4);
    expect(state.invalid.size).toBe(2);
    expect(state.undo).toHaveLength(1);
  });

  it('refuses text pasted onto a fixed cell and drops what falls past the grid', () => {
    const { state, rejected } = paste(startEditing(saved), sheet, { row: 'r5', column: 'num' }, [
      ['3', 'x', 'y'],
      ['4'],
    ]);
    expect(valueAt(state, 'r5', 'num')).toBe(3);
    expect(rejected).toEqual([
      { cell: { row: 'r5', column: 'fixed' }, text: 'x', reason: message('grid.readOnly') },
    ]);
  });

  it('clears a cell under a blank pasted cell', () => {
    const { state } = paste(startEditing(saved), sheet, { row: 'r1', column: 'opt' }, [['']]);
    expect(valueAt(state, 'r1', 'opt')).toBeNull();
    expect(isDirty(state, 'r1', 'opt')).toBe(true);
  });

  it('is undone and redone as one step, and a later paste clears an earlier invalid mark', () => {
    let state = paste(startEditing(saved), sheet, { row: 'r2', column: 'opt' }, [['C'], ['A'], ['z']]).state;
    expect(state.invalid.has(cellKey('r4', 'opt'))).toBe(true);
    state = paste(state, sheet, { row: 'r4', column: 'opt' }, [['B']]).state;
    expect(state.invalid.size).toBe(0);
    state = undo(undo(state));
    expect(state.edits.size).toBe(0);
    expect(valueAt(state, 'r2', 'opt')).toBe('B');
    state = redo(state);
    expect([valueAt(state, 'r2', 'opt'), valueAt(state, 'r3', 'opt'), valueAt(state, 'r4', 'opt')]).toEqual([
      'C',
      'A',
      null,
    ]);
    state = redo(state);
    expect(valueAt(state, 'r4', 'opt')).toBe('B');
    expect(redo(state)).toBe(state);
  });
});

describe('fill-down', () => {
  it('copies the first editable cell of each column down the range, over headings, as one undo step', () => {
    let state = startEditing(saved);
    state = fillDown(state, sheet, { top: 0, bottom: 4, left: 0, right: 1 }).state;
    expect(['r1', 'r2', 'r3', 'r4'].map((row) => valueAt(state, row, 'opt'))).toEqual(['A', 'A', 'A', 'A']);
    expect(['r1', 'r2', 'r3', 'r4'].map((row) => valueAt(state, row, 'num'))).toEqual([5, 5, 5, 5]);
    expect(valueAt(state, 'r5', 'opt')).toBeNull();
    expect(state.undo).toHaveLength(1);
    state = undo(state);
    expect(valueAt(state, 'r2', 'opt')).toBe('B');
    expect(state.edits.size).toBe(0);
  });
});

describe('a conflict with someone else’s save', () => {
  const key = cellKey('r1', 'opt');
  const edited = () => typeInto(startEditing(saved), sheet, { row: 'r1', column: 'opt' }, 'C').state;

  it('takes theirs: the edit is dropped and their value becomes the saved one', () => {
    const state = resolveConflict(edited(), key, 'B', 'theirs');
    expect(valueAt(state, 'r1', 'opt')).toBe('B');
    expect(state.edits.size).toBe(0);
  });

  it('keeps mine: the edit stays, over their value', () => {
    const state = resolveConflict(edited(), key, 'B', 'mine');
    expect(valueAt(state, 'r1', 'opt')).toBe('C');
    expect(state.original.get(key)).toBe('B');
    expect(isDirty(state, 'r1', 'opt')).toBe(true);
  });
});
