import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  amountProblem,
  auditors,
  isOverdue,
  linksProblem,
  may,
  message,
  parseDateInput,
  parseLinks,
  parseNumber,
  type Role,
  statusNoteProblem,
  type TlhpStatus,
  tlhpStatuses,
} from '@zi/schema';
import type { CellEditRequestEvent, ColDef, GridApi } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useRef, useState } from 'react';
import { useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { gridTheme } from '../grid/useSpreadsheet.ts';
import { formatDate, formatMessage, formatNumber } from '../i18n/format.ts';
import { gridLocaleText } from '../i18n/grid.ts';
import { gql, request } from '../providers/graphql.ts';
import {
  downloadExport,
  loadRecommendations,
  type RecommendationRow,
  setStatus,
  type TlhpFilter,
  updateDetails,
} from './api.ts';
import { HistoryDrawer } from './HistoryDrawer.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { NoteDialog } from './NoteDialog.tsx';

const Owners = gql(`query Owners($agencyId: Int) { agencies(first: 200) { nodes { id name } }
  units(first: 200, filter: { agencyId: $agencyId }) { nodes { id name } } }`);

/** A filter's select: the empty choice means every value. */
function FilterSelect<T extends string | number>({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: T | undefined;
  choices: { id: T; name: string }[];
  onChange: (value: T | undefined) => void;
}) {
  const translate = useTranslate();
  return (
    <TextField
      select
      fullWidth={false}
      size="small"
      label={label}
      value={value ?? ''}
      onChange={(event) => {
        const chosen = choices.find((choice) => String(choice.id) === event.target.value);
        onChange(chosen?.id);
      }}
      sx={{ minWidth: 150 }}
    >
      <MenuItem value="">{translate('zi.tlhp.all')}</MenuItem>
      {choices.map((choice) => (
        <MenuItem key={choice.id} value={String(choice.id)}>
          {choice.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/**
 * The recommendations the filter selects, in an AG Grid: inspectorates change a status, due date, recovered
 * amount or evidence inline (saved at once, into the history), or select rows and set their status together.
 */
export function RecommendationGrid({
  filter,
  setFilter,
}: {
  filter: TlhpFilter;
  setFilter: (filter: TlhpFilter) => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<string>();
  const canEdit = may({ role: permissions as Role }, 'tlhp.write');
  const [selected, setSelected] = useState<number[]>([]);
  const [bulkStatus, setBulkStatus] = useState<TlhpStatus>('SESUAI');
  const [asking, setAsking] = useState<{ ids: number[]; status: TlhpStatus } | null>(null);
  const [history, setHistory] = useState<RecommendationRow | null>(null);
  const [importing, setImporting] = useState(false);
  const api = useRef<GridApi<RecommendationRow> | null>(null);

  const queryClient = useQueryClient();
  const rowsKey = ['recommendations', filter];
  const recommendations = useQuery({
    queryKey: rowsKey,
    queryFn: ({ signal }) => loadRecommendations(filter, signal),
  });
  const rows = recommendations.data ?? null;
  const reload = () => queryClient.invalidateQueries({ queryKey: ['recommendations'] });
  const owners = useQuery({
    queryKey: ['tlhpOwners', filter.agencyId ?? null],
    queryFn: ({ signal }) => request(Owners, { agencyId: filter.agencyId ?? null }, signal),
  });
  const agencies = owners.data?.agencies.nodes ?? [];
  const units = owners.data?.units.nodes ?? [];

  const replace = (changed: RecommendationRow[]) => {
    const byId = new Map(changed.map((row) => [row.id, row]));
    queryClient.setQueryData<RecommendationRow[]>(rowsKey, (current) =>
      current?.map((row) => byId.get(row.id) ?? row),
    );
  };

  async function applyStatus(ids: number[], status: TlhpStatus, note: string | null) {
    try {
      replace(await setStatus(ids, status, note));
      notify('zi.tlhp.status_set', { type: 'success', messageArgs: { smart_count: ids.length } });
      api.current?.deselectAll();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }

  const requestStatus = (ids: number[], status: TlhpStatus) =>
    statusNoteProblem(status, null) ? setAsking({ ids, status }) : applyStatus(ids, status, null);

  async function onCellEditRequest(event: CellEditRequestEvent<RecommendationRow>) {
    const row = event.data;
    const text = String(event.newValue ?? '').trim();
    const column = event.column.getColId();
    try {
      if (column === 'status') {
        const status = tlhpStatuses.find(
          (each) => each === text || translate(`zi.tlhp.status.${each}`) === text,
        );
        if (status && status !== row.status) requestStatus([row.id], status);
        return;
      }
      if (column === 'dueDate') {
        const date = text ? parseDateInput(text) : null;
        if (text && !date) throw new Error(translate('zi.tlhp.bad_date', { text }));
        replace([await updateDetails(row.id, { dueDate: date ? `${date}T00:00:00.000Z` : null })]);
      } else if (column === 'recoveredAmount') {
        const amount = text ? parseNumber(text) : null;
        const problem =
          amount === null ? (text ? message('grid.notANumber', { got: text }) : null) : amountProblem(amount);
        if (problem) throw new Error(formatMessage(locale, problem));
        replace([await updateDetails(row.id, { recoveredAmount: amount })]);
      } else if (column === 'evidence') {
        const links = parseLinks(text);
        const problem = linksProblem(links);
        if (problem) throw new Error(formatMessage(locale, problem));
        replace([await updateDetails(row.id, { evidence: links })]);
      }
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }

  const money = (value: number | null) => (value === null ? '' : `Rp ${formatNumber(locale, value, 2)}`);
  const columnDefs: ColDef<RecommendationRow>[] = [
    {
      colId: 'report',
      headerName: translate('zi.tlhp.report'),
      valueGetter: (p) => p.data?.finding.audit.reportNumber,
      width: 200,
      pinned: 'left',
    },
    {
      colId: 'auditor',
      headerName: translate('zi.tlhp.auditor'),
      valueGetter: (p) => p.data?.finding.audit.auditor,
      width: 110,
    },
    {
      colId: 'year',
      headerName: translate('zi.tlhp.year'),
      valueGetter: (p) => p.data?.finding.audit.year,
      width: 80,
    },
    {
      colId: 'unit',
      headerName: translate('zi.tlhp.unit'),
      valueGetter: (p) =>
        p.data?.finding.unit?.name ?? p.data?.finding.audit.unit?.name ?? p.data?.finding.audit.agency.name,
      width: 200,
    },
    {
      colId: 'finding',
      headerName: translate('zi.tlhp.finding'),
      valueGetter: (p) => `${p.data?.finding.number}. ${p.data?.finding.title}`,
      width: 220,
      tooltipValueGetter: (p) => p.data?.finding.title,
    },
    {
      colId: 'text',
      headerName: translate('zi.tlhp.recommendation'),
      valueGetter: (p) => `${p.data?.number}. ${p.data?.text}`,
      flex: 1,
      minWidth: 240,
      tooltipValueGetter: (p) => p.data?.text,
    },
    {
      colId: 'status',
      headerName: translate('zi.tlhp.status_column'),
      width: 200,
      editable: canEdit,
      valueGetter: (p) => (p.data ? translate(`zi.tlhp.status.${p.data.status}`) : ''),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: tlhpStatuses.map((status) => translate(`zi.tlhp.status.${status}`)) },
      cellClassRules: {
        'zi-done': (p) => p.data?.status === 'SESUAI',
        'zi-overdue': (p) => Boolean(p.data && isOverdue(p.data)),
      },
    },
    {
      colId: 'amount',
      headerName: translate('zi.tlhp.amount'),
      valueGetter: (p) => money(p.data?.amount ?? null),
      width: 150,
      cellStyle: { textAlign: 'right' },
    },
    {
      colId: 'recoveredAmount',
      headerName: translate('zi.tlhp.recovered'),
      editable: canEdit,
      valueGetter: (p) => money(p.data?.recoveredAmount ?? null),
      width: 150,
      cellStyle: { textAlign: 'right' },
    },
    {
      colId: 'dueDate',
      headerName: translate('zi.tlhp.due'),
      editable: canEdit,
      valueGetter: (p) => (p.data?.dueDate ? formatDate(locale, p.data.dueDate) : ''),
      width: 130,
      cellClassRules: { 'zi-overdue': (p) => Boolean(p.data && isOverdue(p.data)) },
    },
    {
      colId: 'evidence',
      headerName: translate('zi.lke.evidence'),
      editable: canEdit,
      valueGetter: (p) => p.data?.evidence.join(' '),
      width: 200,
    },
  ];

  const years = [...new Set((rows ?? []).map((row) => row.finding.audit.year))].sort((a, b) => b - a);
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
        {agencies.length > 1 && (
          <FilterSelect
            label={translate('zi.tlhp.agency')}
            value={filter.agencyId}
            choices={agencies}
            onChange={(agencyId) => setFilter({ ...filter, agencyId, unitId: undefined })}
          />
        )}
        <FilterSelect
          label={translate('zi.tlhp.unit')}
          value={filter.unitId}
          choices={units}
          onChange={(unitId) => setFilter({ ...filter, unitId })}
        />
        <FilterSelect
          label={translate('zi.tlhp.auditor')}
          value={filter.auditor}
          choices={auditors.map((id) => ({ id, name: id }))}
          onChange={(auditor) => setFilter({ ...filter, auditor })}
        />
        <FilterSelect
          label={translate('zi.tlhp.year')}
          value={filter.year}
          choices={[...new Set([...years, ...(filter.year ? [filter.year] : [])])].map((id) => ({
            id,
            name: String(id),
          }))}
          onChange={(year) => setFilter({ ...filter, year })}
        />
        <FilterSelect
          label={translate('zi.tlhp.status_column')}
          value={filter.status?.[0]}
          choices={tlhpStatuses.map((id) => ({ id, name: translate(`zi.tlhp.status.${id}`) }))}
          onChange={(status) => setFilter({ ...filter, status: status ? [status] : undefined })}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={Boolean(filter.overdue)}
              onChange={(event) => setFilter({ ...filter, overdue: event.target.checked || undefined })}
            />
          }
          label={translate('zi.tlhp.overdue_only')}
        />
        <Button
          startIcon={<FileDownloadIcon />}
          onClick={() => downloadExport(filter, `tlhp-${new Date().toISOString().slice(0, 10)}.xlsx`)}
        >
          {translate('zi.tlhp.export')}
        </Button>
        {canEdit && (
          <Button startIcon={<FileUploadIcon />} onClick={() => setImporting(true)} data-testid="tlhp-import">
            {translate('zi.tlhp.import')}
          </Button>
        )}
      </Stack>
      {canEdit && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }} data-testid="tlhp-bulk">
          <Typography variant="body2">
            {translate('zi.tlhp.selected', { smart_count: selected.length })}
          </Typography>
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('zi.tlhp.set_status')}
            value={bulkStatus}
            onChange={(event) => setBulkStatus(event.target.value as TlhpStatus)}
            sx={{ minWidth: 220 }}
          >
            {tlhpStatuses.map((status) => (
              <MenuItem key={status} value={status}>
                {translate(`zi.tlhp.status.${status}`)}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="contained"
            disabled={!selected.length}
            onClick={() => requestStatus(selected, bulkStatus)}
            data-testid="tlhp-apply"
          >
            {translate('zi.tlhp.apply')}
          </Button>
        </Stack>
      )}
      <ApiErrorAlert error={recommendations.error ?? owners.error} testId="tlhp-error" />
      <Box sx={{ height: 'calc(100vh - 320px)', minHeight: 360 }} data-testid="tlhp-grid">
        <AgGridReact<RecommendationRow>
          theme={gridTheme}
          localeText={gridLocaleText(locale)}
          rowData={rows ?? []}
          loading={recommendations.isPending}
          columnDefs={columnDefs}
          getRowId={(params) => String(params.data.id)}
          readOnlyEdit
          onCellEditRequest={onCellEditRequest}
          rowSelection={
            canEdit
              ? { mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }
              : undefined
          }
          onSelectionChanged={(event) => setSelected(event.api.getSelectedRows().map((row) => row.id))}
          onRowDoubleClicked={(event) => setHistory(event.data ?? null)}
          onGridReady={(event) => {
            api.current = event.api;
          }}
          tooltipShowDelay={300}
        />
      </Box>
      <Typography variant="caption">{translate('zi.tlhp.history_hint')}</Typography>
      <NoteDialog
        open={asking !== null}
        onCancel={() => setAsking(null)}
        onConfirm={(note) => {
          if (asking) applyStatus(asking.ids, asking.status, note);
          setAsking(null);
        }}
      />
      <HistoryDrawer recommendation={history} onClose={() => setHistory(null)} />
      <ImportDialog open={importing} onClose={() => setImporting(false)} onImported={reload} />
    </Box>
  );
}
