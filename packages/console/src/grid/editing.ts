/**
 * The spreadsheet behaviour the grids share, as plain functions over immutable state: typed values over
 * the saved ones, paste of a block, fill-down, undo/redo until saved, and cells refused with a reason.
 * AG Grid Community only draws the cells; everything here is testable without a browser.
 */

import { type Message, message } from '@zi/schema';

export type CellValue = string | number | null;

export interface CellRef {
  row: string;
  column: string;
}

export const cellKey = (row: string, column: string) => `${row}\u001f${column}`;
const rowOfKey = (key: string) => key.slice(0, key.indexOf('\u001f'));

export type Parsed = { value: CellValue } | { error: Message };

/** The shape of a grid: its rows and columns in display order, which cells can change, and how text becomes a value. */
export interface Sheet {
  rows: readonly string[];
  columns: readonly string[];
  editable(row: string, column: string): boolean;
  /** Why a cell that is not editable refuses a value, when there is more to say than that it is fixed. */
  readOnlyReason?(row: string, column: string): Message | null;
  parse(row: string, column: string, text: string): Parsed;
}

/** One cell's edit as undo sees it: the edited value before and after (undefined: not edited). */
interface Change {
  key: string;
  before: CellValue | undefined;
  after: CellValue | undefined;
}

export interface EditState {
  /** The values as saved. */
  readonly original: ReadonlyMap<string, CellValue>;
  /** The user's values that differ from the saved ones: the dirty cells. */
  readonly edits: ReadonlyMap<string, CellValue>;
  /** Cells whose typed or pasted text was refused, with the reason. */
  readonly invalid: ReadonlyMap<string, Message>;
  readonly undo: readonly Change[][];
  readonly redo: readonly Change[][];
}

export interface Rejection {
  cell: CellRef;
  text: string;
  reason: Message;
}

export const startEditing = (original: ReadonlyMap<string, CellValue>): EditState => ({
  original,
  edits: new Map(),
  invalid: new Map(),
  undo: [],
  redo: [],
});

/**
 * Editing starts again over saved values; cells refused before stay marked (among `rows`, the grid's rows
 * now) until they are rewritten, since what was typed there was never stored.
 */
export function restartEditing(
  state: EditState,
  original: ReadonlyMap<string, CellValue>,
  rows: readonly string[],
): EditState {
  const present = new Set(rows);
  const invalid = [...state.invalid].filter(([key]) => present.has(rowOfKey(key)));
  return { ...startEditing(original), invalid: new Map(invalid) };
}

export function valueAt(state: EditState, row: string, column: string): CellValue {
  const key = cellKey(row, column);
  return state.edits.has(key) ? (state.edits.get(key) ?? null) : (state.original.get(key) ?? null);
}

export const isDirty = (state: EditState, row: string, column: string) =>
  state.edits.has(cellKey(row, column));

/** The text a value shows as, and parses back from. */
export const valueText = (value: CellValue) => (value === null ? '' : String(value));

/** Applies writes as one undoable step; values equal to the saved ones drop out of the edits. */
function apply(
  state: EditState,
  writes: { key: string; value: CellValue }[],
  invalid: Map<string, Message>,
): EditState {
  const edits = new Map(state.edits);
  const batch: Change[] = [];
  for (const { key, value } of writes) {
    const before = edits.get(key);
    const after = value === (state.original.get(key) ?? null) ? undefined : value;
    if (before === after && edits.has(key) === (after !== undefined)) continue;
    batch.push({ key, before: edits.has(key) ? before : undefined, after });
    if (after === undefined) edits.delete(key);
    else edits.set(key, after);
  }
  if (!batch.length) return { ...state, invalid };
  return { ...state, edits, invalid, undo: [...state.undo, batch], redo: [] };
}

/** Writes cells given by row and column, each validated; refused ones are marked. One undo step. */
export function writeCells(
  state: EditState,
  sheet: Sheet,
  cells: { row: string; column: string; text: string }[],
): { state: EditState; rejected: Rejection[]; applied: number } {
  const invalid = new Map(state.invalid);
  const writes: { key: string; value: CellValue }[] = [];
  const rejected: Rejection[] = [];
  for (const { row, column, text } of cells) {
    const key = cellKey(row, column);
    if (!sheet.editable(row, column)) {
      const reason = sheet.readOnlyReason?.(row, column) ?? message('grid.readOnly');
      if (text.trim()) rejected.push({ cell: { row, column }, text, reason });
      continue;
    }
    const parsed = text.trim() === '' ? { value: null } : sheet.parse(row, column, text);
    if ('error' in parsed) {
      invalid.set(key, parsed.error);
      rejected.push({ cell: { row, column }, text, reason: parsed.error });
      continue;
    }
    invalid.delete(key);
    writes.push({ key, value: parsed.value });
  }
  return { state: apply(state, writes, invalid), rejected, applied: writes.length };
}

/** Typing into one cell: the text is parsed like a paste of one cell. */
export const typeInto = (state: EditState, sheet: Sheet, cell: CellRef, text: string) =>
  writeCells(state, sheet, [{ ...cell, text }]);

/**
 * Pastes a block (rows of cell texts) with its top-left at `anchor`: each cell is validated, invalid
 * ones are marked with the reason and not applied, cells past the grid's edge are dropped. A blank cell
 * clears its target; blank cells over headings and other fixed cells are skipped, so a column copied
 * from the official workbook lines up. The whole paste is one undo step.
 */
export function paste(state: EditState, sheet: Sheet, anchor: CellRef, block: string[][]) {
  const top = sheet.rows.indexOf(anchor.row);
  const left = sheet.columns.indexOf(anchor.column);
  const cells: { row: string; column: string; text: string }[] = [];
  if (top < 0 || left < 0) return { state, rejected: [] as Rejection[], applied: 0 };
  block.forEach((texts, rowOffset) => {
    const row = sheet.rows[top + rowOffset];
    if (row === undefined) return;
    texts.forEach((text, columnOffset) => {
      const column = sheet.columns[left + columnOffset];
      if (column !== undefined) cells.push({ row, column, text });
    });
  });
  return writeCells(state, sheet, cells);
}

export interface Range {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Ctrl+D: each column of the range takes the value of its first editable cell, checked against every row below. */
export function fillDown(state: EditState, sheet: Sheet, range: Range) {
  const cells: { row: string; column: string; text: string }[] = [];
  for (let columnIndex = range.left; columnIndex <= range.right; columnIndex++) {
    const column = sheet.columns[columnIndex];
    if (column === undefined) continue;
    let source: string | undefined;
    for (let rowIndex = range.top; rowIndex <= range.bottom; rowIndex++) {
      const row = sheet.rows[rowIndex];
      if (row === undefined || !sheet.editable(row, column)) continue;
      if (source === undefined) source = valueText(valueAt(state, row, column));
      else cells.push({ row, column, text: source });
    }
  }
  return writeCells(state, sheet, cells);
}

function replay(state: EditState, batch: Change[], direction: 'undo' | 'redo'): Map<string, CellValue> {
  const edits = new Map(state.edits);
  for (const change of batch) {
    const value = direction === 'undo' ? change.before : change.after;
    if (value === undefined) edits.delete(change.key);
    else edits.set(change.key, value);
  }
  return edits;
}

export function undo(state: EditState): EditState {
  const batch = state.undo.at(-1);
  if (!batch) return state;
  return {
    ...state,
    edits: replay(state, batch, 'undo'),
    undo: state.undo.slice(0, -1),
    redo: [...state.redo, batch],
  };
}

export function redo(state: EditState): EditState {
  const batch = state.redo.at(-1);
  if (!batch) return state;
  return {
    ...state,
    edits: replay(state, batch, 'redo'),
    redo: state.redo.slice(0, -1),
    undo: [...state.undo, batch],
  };
}

/**
 * Someone else saved `key` as `theirs`: take theirs (drop the edit) or keep mine (the edit stays and will
 * overwrite theirs on the next save). Either way their value becomes the saved one.
 */
export function resolveConflict(
  state: EditState,
  key: string,
  theirs: CellValue,
  keep: 'mine' | 'theirs',
): EditState {
  const original = new Map(state.original).set(key, theirs);
  const edits = new Map(state.edits);
  if (keep === 'theirs' || edits.get(key) === theirs) edits.delete(key);
  else if (!edits.has(key)) edits.set(key, state.original.get(key) ?? null);
  return { ...state, original, edits };
}
