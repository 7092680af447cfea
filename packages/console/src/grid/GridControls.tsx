import RedoIcon from '@mui/icons-material/Redo';
import SaveIcon from '@mui/icons-material/Save';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Button, Chip, MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { latestEvaluationYear } from '@zi/schema';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { formatMessage } from '../i18n/format.ts';
import type { ZiDataProvider } from '../providers/dataProvider.ts';
import type { EditState } from './editing.ts';
import type { EditReport } from './useSpreadsheet.ts';

/** Save, the count of unsaved cells, undo and redo: the toolbar every editing grid shares. */
export function SaveControls({
  state,
  saving,
  disabled = false,
  onSave,
  onUndo,
  onRedo,
  testId,
}: {
  state: EditState;
  saving: boolean;
  disabled?: boolean;
  onSave: () => void;
  onUndo: () => void;
  onRedo: () => void;
  /** Prefix of the test ids: `<testId>-save`, `<testId>-dirty`. */
  testId: string;
}) {
  const translate = useTranslate();
  const dirty = state.edits.size;
  // Refused cells outlive a save: what the user typed there was not stored, and the chip says so.
  const refused = state.invalid.size;
  return (
    <>
      <Button
        variant="contained"
        startIcon={<SaveIcon />}
        disabled={!dirty || saving || disabled}
        onClick={onSave}
        data-testid={`${testId}-save`}
      >
        {translate('zi.lke.save')}
      </Button>
      <Chip
        color={dirty ? 'warning' : refused ? 'error' : 'default'}
        label={
          dirty
            ? translate('zi.lke.dirty', { smart_count: dirty })
            : refused
              ? translate('zi.lke.refused', { smart_count: refused })
              : translate('zi.lke.all_saved')
        }
        data-testid={`${testId}-dirty`}
      />
      <Button startIcon={<UndoIcon />} disabled={!state.undo.length} onClick={onUndo}>
        {translate('zi.lke.undo')}
      </Button>
      <Button startIcon={<RedoIcon />} disabled={!state.redo.length} onClick={onRedo}>
        {translate('zi.lke.redo')}
      </Button>
    </>
  );
}

/** What the last paste or fill did: how many cells changed, and why the refused ones were refused. */
export function EditReportAlert({
  report,
  onClose,
  rowName,
  columns,
  testId,
}: {
  report: EditReport | null;
  onClose: () => void;
  rowName: (row: string) => string;
  /** The grid's columns: a refused cell is named by its column's header, as the user sees it. */
  columns: readonly { colId?: string; headerName?: string }[];
  testId: string;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!report || (report.rejected.length === 0 && report.applied < 2)) return null;
  return (
    <Alert
      severity={report.rejected.length ? 'warning' : 'info'}
      onClose={onClose}
      sx={{ mb: 1 }}
      data-testid={testId}
    >
      {translate('zi.lke.pasted', { applied: report.applied, rejected: report.rejected.length })}
      {report.rejected.slice(0, 5).map((rejection) => (
        <div key={`${rejection.cell.row}/${rejection.cell.column}`}>
          {rowName(rejection.cell.row)} ·{' '}
          {columns.find((column) => column.colId === rejection.cell.column)?.headerName ??
            rejection.cell.column}
          : {formatMessage(locale, rejection.reason)}
        </div>
      ))}
    </Alert>
  );
}

/** The years with evaluations the user may see, newest first; `latest` is the one a page opens on. */
export function useEvaluationYears() {
  const dataProvider = useDataProvider<ZiDataProvider>();
  const { data, isPending } = useQuery({
    queryKey: ['evaluationYears'],
    queryFn: () => dataProvider.evaluationYears(),
  });
  const thisYear = new Date().getFullYear();
  /** What a year picker offers: those years, this year and the next one (which can be opened). */
  const choices = [...new Set([latestEvaluationYear(), thisYear, ...(data ?? [])])].sort((a, b) => b - a);
  return { choices, latest: isPending ? undefined : (data?.[0] ?? thisYear) };
}

/** A year among those with evaluations, this year and the next one, which can be opened. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const translate = useTranslate();
  const { choices: years } = useEvaluationYears();
  const choices = years.includes(value) ? years : [...years, value].sort((a, b) => b - a);
  return (
    <TextField
      select
      fullWidth={false}
      size="small"
      label={translate('zi.dashboard.year')}
      value={value}
      onChange={(event) => onChange(Number(event.target.value))}
    >
      {choices.map((year) => (
        <MenuItem key={year} value={year}>
          {year}
        </MenuItem>
      ))}
    </TextField>
  );
}
