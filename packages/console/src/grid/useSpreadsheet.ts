import {
  type CellClassParams,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  type Column,
  CustomEditorModule,
  ExternalFilterModule,
  type GridApi,
  LargeTextEditorModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowAutoHeightModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  type SuppressKeyboardEventParams,
  TextEditorModule,
  TooltipModule,
  themeQuartz,
} from 'ag-grid-community';
import {
  type ClipboardEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocaleState } from 'react-admin';
import { formatMessage } from '../i18n/format.ts';
import { gridLocaleText } from '../i18n/grid.ts';
import {
  type CellValue,
  cellKey,
  type EditState,
  fillDown,
  isDirty,
  paste,
  type Range,
  type Rejection,
  redo,
  restartEditing,
  type Sheet,
  startEditing,
  typeInto,
  undo,
  valueAt,
  valueText,
} from './editing.ts';
import { parseTsv, toTsv } from './tsv.ts';

// Only the grid features the console uses (AG Grid's AllCommunityModule doubles the grid's code); a feature
// whose module is missing logs an AG Grid error, which the browser tests fail on.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  TextEditorModule,
  SelectEditorModule,
  LargeTextEditorModule,
  CustomEditorModule,
  RowSelectionModule,
  TooltipModule,
  CellStyleModule,
  RowStyleModule,
  RowAutoHeightModule,
  LocaleModule,
  ScrollApiModule,
  RenderApiModule,
  // The LKE worksheet's "show items" filter, and the rows it shows (the copies to confirm).
  ExternalFilterModule,
  ClientSideRowModelApiModule,
]);

export const gridTheme = themeQuartz.withParams({
  fontSize: 13,
  headerFontWeight: 600,
  rowHeight: 32,
  headerHeight: 36,
  spacing: 6,
});

interface Position {
  rowIndex: number;
  column: string;
}

/** What a paste or fill did, for the status line under the grid. */
export interface EditReport {
  applied: number;
  rejected: Rejection[];
}

const isEditing = (api: GridApi | null) => (api?.getEditingCells().length ?? 0) > 0;

/** One cell on from `from` in an arrow key's direction (lower-cased key), within the sheet; null at its edge. */
function stepped(from: Position, key: string, sheet: Sheet): Position | null {
  const columnIndex = sheet.columns.indexOf(from.column);
  const rowIndex = from.rowIndex + (key === 'arrowdown' ? 1 : key === 'arrowup' ? -1 : 0);
  const column = sheet.columns[columnIndex + (key === 'arrowright' ? 1 : key === 'arrowleft' ? -1 : 0)];
  if (column === undefined || rowIndex < 0 || rowIndex >= sheet.rows.length) return null;
  return { rowIndex, column };
}

/**
 * Spreadsheet behaviour on top of AG Grid Community: the grid draws and navigates, this hook owns the
 * values (readOnlyEdit), the range (anchor + shift-extended focus), paste and copy of TSV blocks,
 * Ctrl+D fill-down, Delete over a range, and Ctrl+Z / Ctrl+Y until the values are saved.
 */
export function useSpreadsheet<TData extends { id: string | number }>(
  sheet: Sheet,
  original: ReadonlyMap<string, CellValue>,
) {
  const [locale] = useLocaleState();
  const [state, setState] = useState<EditState>(() => startEditing(original));
  const [report, setReport] = useState<EditReport | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const sheetRef = useRef(sheet);
  sheetRef.current = sheet;
  const apiRef = useRef<GridApi | null>(null);
  const range = useRef<{ anchor: Position; focus: Position } | null>(null);

  useEffect(
    () => setState((current) => restartEditing(current, original, sheetRef.current.rows)),
    [original],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: cells read the state through the ref; a new state must repaint them.
  useEffect(() => {
    apiRef.current?.refreshCells({ force: true });
  }, [state, sheet]);

  const currentRange = useCallback((): Range | null => {
    if (!range.current) return null;
    const { anchor, focus } = range.current;
    const columns = sheetRef.current.columns;
    const left = columns.indexOf(anchor.column);
    const right = columns.indexOf(focus.column);
    if (left < 0 || right < 0) return null;
    return {
      top: Math.min(anchor.rowIndex, focus.rowIndex),
      bottom: Math.max(anchor.rowIndex, focus.rowIndex),
      left: Math.min(left, right),
      right: Math.max(left, right),
    };
  }, []);

  const cellsOfRange = useCallback(() => {
    const bounds = currentRange();
    const { rows, columns } = sheetRef.current;
    const cells: { row: string; column: string }[][] = [];
    if (!bounds) return cells;
    for (let rowIndex = bounds.top; rowIndex <= bounds.bottom; rowIndex++) {
      const row = rows[rowIndex];
      if (row === undefined) continue;
      cells.push(columns.slice(bounds.left, bounds.right + 1).map((column) => ({ row, column })));
    }
    return cells;
  }, [currentRange]);

  const run = useCallback((next: EditState, done?: EditReport) => {
    setState(next);
    if (done) setReport(done);
  }, []);

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<TData>) => {
      if (event.data?.id === undefined) return;
      const row = String(event.data.id);
      // With readOnlyEdit the grid hands over the editor's value unparsed; a column's valueParser still applies.
      const parser = event.colDef.valueParser;
      const value = typeof parser === 'function' ? parser(event) : event.newValue;
      const text = value === null || value === undefined ? '' : String(value);
      const result = typeInto(
        stateRef.current,
        sheetRef.current,
        { row, column: event.column.getColId() },
        text,
      );
      run(result.state, result.rejected.length ? result : undefined);
    },
    [run],
  );

  const inRange = useCallback(
    (rowIndex: number, column: string) => {
      const bounds = currentRange();
      if (!bounds) return false;
      const columnIndex = sheetRef.current.columns.indexOf(column);
      return (
        rowIndex >= bounds.top &&
        rowIndex <= bounds.bottom &&
        columnIndex >= bounds.left &&
        columnIndex <= bounds.right
      );
    },
    [currentRange],
  );

  // Cells Shift+Arrow moved the focus to. The grid reports focus changes later, in order, and without the key
  // that caused them; each such report is recognised here and leaves the range as onKeyDown set it.
  const focusGiven = useRef<string[]>([]);
  const onCellFocused = useCallback(
    (event: CellFocusedEvent) => {
      if (event.rowIndex === null || event.rowIndex === undefined || !event.column) return;
      const column = typeof event.column === 'string' ? event.column : (event.column as Column).getColId();
      const position = { rowIndex: event.rowIndex, column };
      const current = range.current;
      if (!event.sourceEvent) {
        const given = focusGiven.current.indexOf(`${position.rowIndex}/${column}`);
        if (given >= 0) {
          focusGiven.current.splice(0, given + 1);
          return;
        }
        // The grid focusing a cell of the range again after drawing its rows anew (no user focuses without an
        // event): the range stands.
        if (
          inRange(position.rowIndex, column) ||
          (current?.focus.rowIndex === position.rowIndex && current.focus.column === column)
        )
          return;
      }
      const shift = (event.sourceEvent as { shiftKey?: boolean } | null | undefined)?.shiftKey ?? false;
      const extending = shift && current !== null && sheetRef.current.columns.includes(column);
      range.current =
        extending && current
          ? { anchor: current.anchor, focus: position }
          : { anchor: position, focus: position };
      event.api.refreshCells({ force: true });
    },
    [inRange],
  );

  /** Keys the grid would otherwise act on: we own undo, redo, fill-down and clearing a range. */
  const suppressKeyboardEvent = useCallback(({ event, editing }: SuppressKeyboardEventParams) => {
    if (editing) return false;
    const key = event.key.toLowerCase();
    const command = event.ctrlKey || event.metaKey;
    const span =
      range.current &&
      (range.current.anchor.rowIndex !== range.current.focus.rowIndex ||
        range.current.anchor.column !== range.current.focus.column);
    return (
      (command && ['z', 'y', 'd', 'c', 'v'].includes(key)) ||
      ((key === 'delete' || key === 'backspace') && Boolean(span)) ||
      (event.shiftKey && key.startsWith('arrow'))
    );
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (isEditing(apiRef.current)) return;
      const key = event.key.toLowerCase();
      const command = event.ctrlKey || event.metaKey;
      if (command && key === 'z' && !event.shiftKey) run(undo(stateRef.current));
      else if (command && (key === 'y' || (key === 'z' && event.shiftKey))) run(redo(stateRef.current));
      else if (command && key === 'd') {
        const bounds = currentRange();
        if (!bounds) return;
        const result = fillDown(stateRef.current, sheetRef.current, bounds);
        run(result.state, result);
      } else if (event.shiftKey && key.startsWith('arrow') && range.current) {
        const next = stepped(range.current.focus, key, sheetRef.current);
        if (!next) return;
        range.current = { anchor: range.current.anchor, focus: next };
        focusGiven.current.push(`${next.rowIndex}/${next.column}`);
        apiRef.current?.ensureIndexVisible(next.rowIndex);
        apiRef.current?.setFocusedCell(next.rowIndex, next.column);
        apiRef.current?.refreshCells({ force: true });
      } else if ((key === 'delete' || key === 'backspace') && range.current) {
        const block = cellsOfRange().map((cells) => cells.map(() => ''));
        const anchor = cellsOfRange()[0]?.[0];
        if (!anchor || block.length * (block[0]?.length ?? 0) < 2) return;
        const result = paste(stateRef.current, sheetRef.current, anchor, block);
        run(result.state, result);
      } else return;
      event.preventDefault();
    },
    [cellsOfRange, currentRange, run],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent) => {
      if (isEditing(apiRef.current)) return;
      const focused = apiRef.current?.getFocusedCell();
      const row = focused ? sheetRef.current.rows[focused.rowIndex] : undefined;
      if (!focused || row === undefined) return;
      event.preventDefault();
      const block = parseTsv(event.clipboardData.getData('text/plain'));
      const result = paste(
        stateRef.current,
        sheetRef.current,
        { row, column: focused.column.getColId() },
        block,
      );
      run(result.state, result);
    },
    [run],
  );

  const onCopy = useCallback(
    (event: ClipboardEvent) => {
      if (isEditing(apiRef.current)) return;
      const cells = cellsOfRange();
      if (!cells.length) return;
      event.preventDefault();
      event.clipboardData.setData(
        'text/plain',
        toTsv(
          cells.map((line) =>
            line.map((cell) => valueText(valueAt(stateRef.current, cell.row, cell.column))),
          ),
        ),
      );
    },
    [cellsOfRange],
  );

  /** Class rules every editable column shares: dirty, refused, in the range, fixed. */
  const cellClassRules = useMemo(
    () => ({
      'zi-dirty': (params: CellClassParams<TData>) =>
        Boolean(params.data) && isDirty(stateRef.current, String(params.data?.id), params.column.getColId()),
      'zi-invalid': (params: CellClassParams<TData>) =>
        stateRef.current.invalid.has(cellKey(String(params.data?.id), params.column.getColId())),
      'zi-in-range': (params: CellClassParams<TData>) =>
        range.current !== null &&
        (range.current.anchor.rowIndex !== range.current.focus.rowIndex ||
          range.current.anchor.column !== range.current.focus.column) &&
        inRange(params.rowIndex, params.column.getColId()),
      'zi-fixed': (params: CellClassParams<TData>) =>
        !sheetRef.current.editable(String(params.data?.id), params.column.getColId()),
    }),
    [inRange],
  );

  return {
    state,
    stateRef,
    setState,
    report,
    showReport: setReport,
    clearReport: () => setReport(null),
    undo: () => run(undo(stateRef.current)),
    redo: () => run(redo(stateRef.current)),
    /** Reads a cell for the grid's valueGetter. */
    valueOf: (row: string, column: string) => valueAt(stateRef.current, row, column),
    invalidReason: (row: string, column: string) => {
      const reason = stateRef.current.invalid.get(cellKey(row, column));
      return reason && formatMessage(locale, reason);
    },
    cellClassRules,
    gridProps: {
      readOnlyEdit: true,
      onCellEditRequest,
      onCellFocused,
      onGridReady: ({ api }: { api: GridApi }) => {
        apiRef.current = api;
      },
      theme: gridTheme,
      localeText: gridLocaleText(locale),
    },
    suppressKeyboardEvent,
    containerProps: { onKeyDown, onPaste, onCopy },
  };
}
