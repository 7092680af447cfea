import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { hasilInputItems, type InstrumentDefinition } from '@zi/schema';
import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { ResultOf, VariablesOf } from 'gql.tada';
import { useMemo, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { writeCells } from '../grid/editing.ts';
import { EditReportAlert, SaveControls, useEvaluationYears, YearSelect } from '../grid/GridControls.tsx';
import { useSpreadsheet } from '../grid/useSpreadsheet.ts';
import { formatNumber } from '../i18n/format.ts';
import { downloadBytes } from '../providers/files.ts';
import { gql, request } from '../providers/graphql.ts';
import { type BulkColumn, bulkColumns, bulkSheet, cellsOfRecords, entriesOf } from './sheet.ts';
import { bulkTable, cellsFromTable } from './workbook.ts';

const BulkSetup = gql(
  'query BulkSetup { agencies(first: 200) { nodes { id name } } instruments { code definition } }',
);
const BulkRow = gql(`fragment BulkRow on Evaluation {
  id year stage paktaSigned paktaTotal unitSakipGrade lhkpnCompliance lhkasnCompliance instrument { code }
  unit { code name eselon coreService afirmasi agency { name profiles { year bpkOpinion sakipGrade indeksRbGrade spipLevel } } }
  surveys { kind score } hasil: answers(layer: UNIT, items: $items) { item option }
  progress(layer: UNIT) { items answered withEvidence toRevise } }`);

const RowsQuery = gql(
  `query BulkRows($first: Int, $after: String, $filter: EvaluationFilter, $items: [String!]) {
    evaluations(first: $first, after: $after, filter: $filter, orderBy: UNIT_NAME) {
      pageInfo { endCursor hasNextPage } nodes { ...BulkRow } } }`,
  [BulkRow],
);
// The saved rows come back as the grid reads them, so it shows them without reading every row again.
const SaveBulk = gql(
  `mutation SaveBulk($entries: [BulkEntry!]!, $items: [String!]) {
    saveBulkEntries(entries: $entries) { ...BulkRow } }`,
  [BulkRow],
);

/** One evaluation's row as the API gives it: what the sheet reads (BulkRecord) and the agency's prerequisites. */
type Loaded = ResultOf<typeof BulkRow>;
type Profile = Loaded['unit']['agency']['profiles'][number];

/** The agency's prerequisites for the year, shown beside each unit (set per agency, not here). */
const profileColumns = [
  'bpkOpinion',
  'sakipGrade',
  'indeksRbGrade',
  'spipLevel',
] as const satisfies (keyof Profile)[];

async function loadRows(year: number, agencyId: number | '', items: string[], signal?: AbortSignal) {
  const rows: Loaded[] = [];
  let after: string | null = null;
  for (;;) {
    const { evaluations }: ResultOf<typeof RowsQuery> = await request(
      RowsQuery,
      { first: 200, after, items, filter: { year, ...(agencyId === '' ? {} : { agencyId }) } },
      signal,
    );
    rows.push(...evaluations.nodes);
    if (!evaluations.pageInfo.hasNextPage) return rows;
    after = evaluations.pageInfo.endCursor;
  }
}

/** Administrators' grid: one row per evaluation of a year, hasil inputs and prerequisites, one call to save. */
export function BulkGrid() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [chosenYear, setYear] = useState<number>();
  const { latest } = useEvaluationYears();
  const year = chosenYear ?? latest;
  const [agencyId, setAgencyId] = useState<number | ''>('');
  const [saving, setSaving] = useState(false);

  const queryClient = useQueryClient();
  const setup = useQuery({
    queryKey: ['bulkSetup'],
    queryFn: async ({ signal }) => {
      const data = await request(BulkSetup, {}, signal);
      return {
        agencies: data.agencies.nodes,
        // `definition` is a JSON scalar: an instrument as the schema package defines it.
        definitions: new Map(
          data.instruments.map((instrument) => [
            instrument.code,
            instrument.definition as InstrumentDefinition,
          ]),
        ),
      };
    },
  });
  const agencies = setup.data?.agencies ?? [];
  const definitions = useMemo(
    () => setup.data?.definitions ?? new Map<string, InstrumentDefinition>(),
    [setup.data],
  );
  const hasilItems = useMemo(
    () => [...definitions.values()].flatMap((definition) => hasilInputItems(definition)),
    [definitions],
  );
  // Another year or agency: other rows, none shown until they arrive. A save puts the saved rows in place.
  const hasilCodes = [...new Set(hasilItems.map((item) => item.code))];
  const rowsKey = ['bulkRows', year, agencyId, hasilCodes.join()];
  const rows = useQuery({
    queryKey: rowsKey,
    queryFn: ({ signal }) => loadRows(year as number, agencyId, hasilCodes, signal),
    enabled: year !== undefined && definitions.size > 0,
  });
  const records = rows.data ?? null;
  const failure = setup.error ?? rows.error;

  const rowInstrument = records?.[0]?.instrument.code;
  const columns = useMemo(
    () =>
      bulkColumns(
        rowInstrument ? hasilInputItems(definitions.get(rowInstrument) as InstrumentDefinition) : [],
      ),
    [definitions, rowInstrument],
  );
  const sheet = useMemo(() => bulkSheet(records ?? [], columns), [records, columns]);
  const original = useMemo(() => cellsOfRecords(records ?? [], columns), [records, columns]);
  const spreadsheet = useSpreadsheet<Loaded>(sheet, original);

  const columnLabel = (column: BulkColumn) =>
    column.kind === 'hasil' ? translate('zi.bulk.hasil', { item: column.label }) : translate(column.label);

  async function exportWorkbook() {
    const table = bulkTable(spreadsheet.state, records ?? [], columns, columnLabel);
    // ExcelJS is fetched when a workbook is first written or read, not with the grid.
    const { writeTable } = await import('@zi/schema/workbook');
    const bytes = await writeTable(
      translate('zi.bulk.title'),
      (table[0] ?? []).map((header, index) => ({ header: String(header), width: index < 3 ? 32 : 16 })),
      table.slice(1),
    );
    downloadBytes(bytes, `isian-massal-${year}.xlsx`);
  }

  /** A filled workbook lands in the grid as edits: checked cell by cell, reviewed, then saved with Save. */
  async function importWorkbook(file: File) {
    try {
      const { readTable } = await import('@zi/schema/workbook');
      const table = await readTable(new Uint8Array(await file.arrayBuffer()), file.name);
      const { cells, unknown } = cellsFromTable(table, records ?? [], columns, columnLabel);
      const result = writeCells(spreadsheet.stateRef.current, sheet, cells);
      spreadsheet.setState(result.state);
      spreadsheet.showReport(result);
      if (unknown.length)
        notify('zi.bulk.unknown_units', { type: 'warning', messageArgs: { units: unknown.join(', ') } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }

  async function save() {
    const entries = entriesOf(spreadsheet.state, records ?? [], columns);
    if (!entries.length) return;
    setSaving(true);
    try {
      // The sheet has parsed every cell by its column (survey scores to numbers, options to the item's labels),
      // which the types of a generic cell grid cannot follow.
      const { saveBulkEntries } = await request(SaveBulk, {
        entries: entries as VariablesOf<typeof SaveBulk>['entries'],
        items: hasilCodes,
      });
      const saved = new Map(saveBulkEntries.map((row) => [row.id, row]));
      queryClient.setQueryData<Loaded[]>(rowsKey, (current) =>
        current?.map((row) => saved.get(row.id) ?? row),
      );
      notify('zi.bulk.saved', { type: 'success', messageArgs: { smart_count: entries.length } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  }

  const columnDefs: ColDef<Loaded>[] = [
    {
      colId: 'unit',
      headerName: translate('zi.bulk.unit'),
      valueGetter: (params) => params.data?.unit.name,
      pinned: 'left',
      width: 260,
    },
    {
      colId: 'agency',
      headerName: translate('zi.bulk.agency'),
      valueGetter: (params) => params.data?.unit.agency.name,
      width: 200,
    },
    {
      colId: 'eselon',
      headerName: translate('zi.bulk.eselon'),
      valueGetter: (params) => params.data?.unit.eselon,
      width: 80,
    },
    {
      colId: 'stage',
      headerName: translate('zi.bulk.stage'),
      valueGetter: (params) => params.data && translate(`zi.stage.${params.data.stage}`),
      pinned: 'left',
      width: 150,
      cellClass: 'zi-fixed',
    },
    {
      colId: 'progress',
      headerName: translate('zi.bulk.progress'),
      valueGetter: (params) =>
        params.data && `${params.data.progress.answered}/${params.data.progress.items}`,
      tooltipValueGetter: (params) =>
        params.data && translate('zi.bulk.progress_detail', params.data.progress),
      width: 100,
      // Always in sight at the row's end, whichever columns are scrolled to.
      pinned: 'right',
      cellClass: (params) => (params.data?.progress.toRevise ? ['zi-fixed', 'zi-overdue'] : 'zi-fixed'),
      headerTooltip: translate('zi.bulk.progress_hint'),
    },
    ...columns.map(
      (column): ColDef<Loaded> => ({
        colId: column.id,
        headerName: columnLabel(column),
        width: column.kind === 'detail' ? 130 : 110,
        editable: (params) => Boolean(params.data) && sheet.editable(String(params.data?.id), column.id),
        valueGetter: (params) =>
          params.data ? spreadsheet.valueOf(String(params.data.id), column.id) : null,
        valueFormatter: (params) =>
          typeof params.value === 'number'
            ? formatNumber(locale, params.value)
            : ((params.value as string) ?? ''),
        cellClassRules: spreadsheet.cellClassRules,
        tooltipValueGetter: (params) =>
          params.data ? spreadsheet.invalidReason(String(params.data.id), column.id) : undefined,
        suppressKeyboardEvent: spreadsheet.suppressKeyboardEvent,
      }),
    ),
    // The agency's prerequisites, read-only here, after what is edited.
    ...profileColumns.map(
      (key): ColDef<Loaded> => ({
        colId: key,
        headerName: translate(`zi.bulk.${key}`),
        valueGetter: (params) =>
          params.data?.unit.agency.profiles.find((profile) => profile.year === params.data?.year)?.[key] ??
          '—',
        width: 110,
        cellClass: 'zi-fixed',
        headerTooltip: translate('zi.bulk.profile_hint'),
      }),
    ),
  ];

  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('zi.bulk.title')} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h5">{translate('zi.bulk.title')}</Typography>
        {year !== undefined && (
          <YearSelect
            value={year}
            onChange={(chosen) => {
              setYear(chosen);
              spreadsheet.clearReport();
            }}
          />
        )}
        <TextField
          select
          fullWidth={false}
          size="small"
          label={translate('zi.bulk.agency')}
          value={agencyId}
          onChange={(event) => {
            setAgencyId(event.target.value === '' ? '' : Number(event.target.value));
            spreadsheet.clearReport();
          }}
          sx={{ minWidth: 240 }}
        >
          <MenuItem value="">{translate('zi.bulk.all_agencies')}</MenuItem>
          {agencies.map((agency) => (
            <MenuItem key={agency.id} value={agency.id}>
              {agency.name}
            </MenuItem>
          ))}
        </TextField>
        <Button
          startIcon={<FileDownloadIcon />}
          onClick={exportWorkbook}
          disabled={!records}
          data-testid="bulk-export"
        >
          {translate('zi.bulk.export')}
        </Button>
        <Button
          component="label"
          startIcon={<FileUploadIcon />}
          disabled={!records}
          data-testid="bulk-import"
        >
          {translate('zi.bulk.import')}
          <input
            hidden
            type="file"
            accept=".xlsx,.csv"
            data-testid="bulk-import-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) importWorkbook(file);
              event.target.value = '';
            }}
          />
        </Button>
        <SaveControls
          state={spreadsheet.state}
          saving={saving}
          onSave={save}
          onUndo={spreadsheet.undo}
          onRedo={spreadsheet.redo}
          testId="bulk"
        />
        <Typography variant="body2">
          {translate('zi.bulk.rows', { smart_count: records?.length ?? 0 })}
        </Typography>
      </Stack>
      <ApiErrorAlert error={failure} testId="bulk-error" />
      <EditReportAlert
        report={spreadsheet.report}
        onClose={spreadsheet.clearReport}
        rowName={(row) => records?.find((record) => String(record.id) === row)?.unit.name ?? row}
        columns={columnDefs}
        testId="bulk-report"
      />
      <Box
        sx={{ height: 'calc(100vh - 220px)', minHeight: 400 }}
        {...spreadsheet.containerProps}
        data-testid="bulk-grid"
      >
        <AgGridReact<Loaded>
          {...spreadsheet.gridProps}
          rowData={records ?? []}
          columnDefs={columnDefs}
          getRowId={(params) => String(params.data.id)}
          loading={records === null && !failure}
          suppressMovableColumns
        />
      </Box>
    </Box>
  );
}
