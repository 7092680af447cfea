import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Alert, Box, Button, Chip, Link, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  countProgress,
  itemProgress,
  itemsOf,
  type Layer,
  layers,
  type ProgressFilter,
  passesProgressFilter,
  progressFilters,
  progressSummary,
  type Role,
  reviewRules,
  scoreAnswers,
} from '@zi/schema';
import type { CellClassParams, ColDef, ICellRendererParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useBlocker } from 'react-router';
import { ApiErrorAlert } from '../../ApiErrorAlert.tsx';
import { type CellValue, cellKey, resolveConflict, valueAt } from '../../grid/editing.ts';
import { EditReportAlert, SaveControls } from '../../grid/GridControls.tsx';
import { useSpreadsheet } from '../../grid/useSpreadsheet.ts';
import { formatNumber } from '../../i18n/format.ts';
import { usePortalrbSoals } from '../../portalrb/soals.ts';
import type { EvaluationDetail } from '../../providers/dataProvider.ts';
import { ApiError, gql, request } from '../../providers/graphql.ts';
import { AreaProgress } from './AreaProgress.tsx';
import { type Conflict, ConflictDialog } from './ConflictDialog.tsx';
import { CopyLayerButton } from './CopyLayerButton.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { useEvidence } from './evidence.ts';
import { ReviewDialog } from './ReviewDialog.tsx';
import { type ItemReview, sentBackItems, useReviews } from './reviews.ts';
import { ScorePanel } from './ScorePanel.tsx';
import {
  answersOfLayer,
  cellsOfAnswers,
  changesOfLayer,
  dirtyLayers,
  evidenceColumn,
  type LkeRow,
  layerAccess,
  lkeRows,
  lkeSheet,
  noteColumn,
  reviewedAnswerOf,
  type StoredAnswer,
  savedAfter,
} from './sheet.ts';

/** What the worksheet needs of an evaluation; `tlhp` is the follow-up completion the 2014 instrument scores. */
export type LkeEvaluation = Pick<
  EvaluationDetail,
  'id' | 'year' | 'stage' | 'targetPredicate' | 'instrument' | 'tlhp'
>;

/** Between an option's letter and its meaning in the option list. */
const meaningSeparator = ' — ';

const AnswerFields = gql(
  `fragment AnswerFields on Answer { item layer option inputs score note evidence copiedFrom version }`,
);
const AnswersQuery = gql(
  `query Answers($id: Int!, $unit: Boolean!, $tpi: Boolean!, $tpn: Boolean!) { evaluation(id: $id) {
    UNIT: answers(layer: UNIT) @include(if: $unit) { ...AnswerFields }
    TPI: answers(layer: TPI) @include(if: $tpi) { ...AnswerFields }
    TPN: answers(layer: TPN) @include(if: $tpn) { ...AnswerFields } } }`,
  [AnswerFields],
);

const SaveAnswerSets = gql(`mutation SaveAnswerSets($sets: [AnswerSet!]!) {
  saveAnswerSets(sets: $sets) { layer answers { item version } } }`);

/** The layers the role may read, in one request (a layer it may not read is not asked for). */
async function loadAnswers(evaluationId: number, visible: readonly Layer[], signal?: AbortSignal) {
  const { evaluation } = await request(
    AnswersQuery,
    {
      id: evaluationId,
      unit: visible.includes('UNIT'),
      tpi: visible.includes('TPI'),
      tpn: visible.includes('TPN'),
    },
    signal,
  );
  return cellsOfAnswers(
    visible.flatMap((layer) =>
      // `inputs` is a JSON scalar in the schema: the API stores an item's numeric inputs by key there.
      (evaluation[layer] ?? []).map((answer) => ({
        ...answer,
        inputs: answer.inputs as StoredAnswer['inputs'],
      })),
    ),
  );
}

/** The LKE worksheet of one evaluation: every item under its headings, a column per layer, live score beside it. */
export function LkeGrid({ evaluation, role }: { evaluation: LkeEvaluation; role: Role }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const definition = evaluation.instrument.definition;
  const rows = useMemo(() => lkeRows(definition), [definition]);
  const soals = usePortalrbSoals(evaluation.instrument.code, evaluation.year);
  const items = useMemo(() => itemsOf(definition), [definition]);
  const access = useMemo(() => layerAccess(role, evaluation.stage), [role, evaluation.stage]);
  const { visible, writable } = access;
  const [noteLayer, setNoteLayer] = useState<Layer>(writable[0] ?? visible.at(-1) ?? 'UNIT');
  const reviews = useReviews(evaluation.id, visible);
  const sentBack = useMemo(
    () => sentBackItems(reviews.data ?? [], role, evaluation.stage),
    [reviews.data, role, evaluation.stage],
  );
  const sheet = useMemo(
    () => lkeSheet(rows, { ...access, noteLayer, sentBack }),
    [rows, access, noteLayer, sentBack],
  );
  const savable = (layer: Layer) => writable.includes(layer) || sentBack.has(layer);
  const [reviewItem, setReviewItem] = useState<string | null>(null);
  const toRevise = (reviews.data ?? []).filter(
    (review) => review.layer === noteLayer && review.status === 'PERLU_PERBAIKAN',
  );
  // The saved answers the edits rest on. Read once and then kept from what saves answer: a refetch (on
  // focus, say) would rebase the worksheet under the user's unsaved edits.
  const queryClient = useQueryClient();
  const answersKey = useMemo(
    () => ['lkeAnswers', evaluation.id, access.visible] as const,
    [evaluation.id, access],
  );
  const savedAnswers = useQuery({
    queryKey: answersKey,
    queryFn: ({ signal }) => loadAnswers(evaluation.id, access.visible, signal),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    // Left and opened again, the worksheet reads the answers anew.
    gcTime: 0,
  });
  const saved = savedAnswers.data ?? null;
  // Read through a ref, so the layer columns' class rules stay one object: a new one each render has the
  // grid redraw its cells under the keyboard.
  const copiedRef = useRef(saved?.copied);
  copiedRef.current = saved?.copied;
  const isCopy = (code: string, layer: Layer) => copiedRef.current?.has(cellKey(code, layer)) ?? false;
  const setSaved = (next: NonNullable<typeof saved>) => queryClient.setQueryData(answersKey, next);
  const [saving, setSaving] = useState(false);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const savedCells = saved?.cells;
  const original = useMemo(() => savedCells ?? new Map<string, CellValue>(), [savedCells]);
  const spreadsheet = useSpreadsheet<LkeRow>(sheet, original);
  const { cellClassRules } = spreadsheet;
  const layerClassRules = useMemo(
    () => ({
      ...cellClassRules,
      'zi-copied': (params: CellClassParams<LkeRow>) =>
        params.data?.kind === 'item' &&
        (copiedRef.current?.has(cellKey(params.data.code, params.column.getColId())) ?? false),
    }),
    [cellClassRules],
  );
  const { state } = spreadsheet;

  const dirty = state.edits.size;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(translate('zi.lke.leave_unsaved', { count: dirty }))) blocker.proceed();
    else blocker.reset();
  }, [blocker, dirty, translate]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const scoreLayer = noteLayer;
  const answers = useMemo(() => answersOfLayer(state, items, scoreLayer), [state, items, scoreLayer]);
  const tlhpCompletion = evaluation.tlhp.completion;
  const score = useMemo(
    () => scoreAnswers(definition, answers, { tlhpCompletion }),
    [definition, answers, tlhpCompletion],
  );
  const itemScores = useMemo(() => new Map(score.items.map((item) => [item.code, item])), [score]);
  const evidence = useEvidence(evaluation.id, noteLayer);
  const [progressFilter, setProgressFilter] = useState<ProgressFilter | ''>('');
  const progress = useMemo(
    () =>
      new Map(
        items.map((item) => [
          item.code,
          itemProgress({
            answered: itemScores.get(item.code)?.value != null,
            links: String(valueAt(state, item.code, evidenceColumn(noteLayer)) ?? '')
              .split(/\s+/)
              .filter(Boolean).length,
            documents: evidence.documents.get(item.code) ?? 0,
            review: reviews.byItem.get(`${noteLayer}/${item.code}`),
            copiedFrom: saved?.copied.has(cellKey(item.code, noteLayer)) ? 'below' : null,
          }),
        ]),
      ),
    [items, itemScores, state, noteLayer, evidence.documents, reviews.byItem, saved],
  );
  const counts = countProgress(progress.values());
  const reviewed = items.find((item) => item.code === reviewItem);
  const reviewedNow = reviewed
    ? reviewedAnswerOf(
        state,
        reviewed,
        noteLayer,
        (evidence.data?.files ?? []).filter((file) => file.item === reviewed.code).map((file) => file.id),
      )
    : null;
  const [showAreas, setShowAreas] = useState(false);
  const gridRef = useRef<AgGridReact<LkeRow>>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the grid filters again whenever the filter or the facts change.
  useEffect(() => {
    gridRef.current?.api?.onFilterChanged();
  }, [progressFilter, progress]);
  // A copy confirmed, changed or made restyles its cell, which the grid does not know to redraw.
  const copies = saved?.copied;
  useEffect(() => {
    if (copies) gridRef.current?.api?.refreshCells({ columns: [...layers], force: true });
  }, [copies]);
  const number = (value: number, digits = 2) => formatNumber(locale, value, digits);
  const [evidenceItem, setEvidenceItem] = useState<string | null>(null);
  const [dropped, setDropped] = useState<File[]>([]);
  const openEvidence = (code: string, files: File[] = []) => {
    setDropped(files);
    setEvidenceItem(code);
  };
  /** Files dropped on an item's row (or one of its % inputs) open that item's documents, ready to upload. */
  const dropFiles = (event: React.DragEvent) => {
    const rowId = (event.target as HTMLElement).closest('[row-id]')?.getAttribute('row-id');
    const row = rows.find((each) => each.id === rowId);
    if (!row || row.kind === 'heading' || !event.dataTransfer.files.length) return;
    event.preventDefault();
    openEvidence(row.item.code, [...event.dataTransfer.files]);
  };

  /** Saves the edits and, when given, confirms those copies of the layer shown as they stand. */
  async function save(confirmed: ReadonlySet<string> = new Set()) {
    if (!saved) return;
    const dirty = dirtyLayers(state, items);
    const sets = layers
      .filter(
        (layer) => (dirty.includes(layer) && savable(layer)) || (layer === noteLayer && confirmed.size > 0),
      )
      .map((layer) => ({
        evaluationId: evaluation.id,
        layer,
        answers: changesOfLayer(
          state,
          items,
          layer,
          saved.versions,
          layer === noteLayer ? confirmed : undefined,
        ),
      }));
    if (!sets.length) return;
    setSaving(true);
    try {
      const { saveAnswerSets } = await request(SaveAnswerSets, { sets });
      setSaved(savedAfter(saved, items, sets, saveAnswerSets));
      // The stage moves and their blockers rest on these answers: the evaluation (not the answers) is read again.
      queryClient.invalidateQueries({ queryKey: ['evaluations', 'getOne'] });
      notify('zi.lke.saved', {
        type: 'success',
        messageArgs: { count: sets.reduce((sum, set) => sum + set.answers.length, 0) },
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT')
        setConflicts((error.extensions.conflicts as Conflict[]) ?? []);
      else notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  }

  /** The copies among the rows the grid shows (after the progress filter): the ones the user looked at. */
  function shownCopies() {
    const codes = new Set<string>();
    gridRef.current?.api.forEachNodeAfterFilter((node) => {
      if (node.data?.kind === 'item' && isCopy(node.data.code, noteLayer)) codes.add(node.data.code);
    });
    return codes;
  }

  function copied() {
    queryClient.invalidateQueries({ queryKey: answersKey });
    queryClient.invalidateQueries({ queryKey: ['evaluations', 'getOne'] });
  }

  function resolve(conflict: Conflict, keep: 'mine' | 'theirs') {
    if (!saved) return;
    const item = items.find((each) => each.code === conflict.current.item);
    if (!item) return;
    const { cells } = cellsOfAnswers([{ ...conflict.current, layer: conflict.layer } as StoredAnswer]);
    const keys = [
      cellKey(item.code, conflict.layer),
      cellKey(item.code, noteColumn(conflict.layer)),
      cellKey(item.code, evidenceColumn(conflict.layer)),
      ...(item.inputs ?? []).map((input) => cellKey(`${item.code}.${input.key}`, conflict.layer)),
    ];
    let next = spreadsheet.stateRef.current;
    for (const key of keys) next = resolveConflict(next, key, cells.get(key) ?? null, keep);
    spreadsheet.setState(next);
    const versions = new Map(saved.versions).set(
      cellKey(item.code, conflict.layer),
      conflict.current.version,
    );
    setSaved({ ...saved, versions });
    setConflicts((list) => list.filter((each) => each !== conflict));
  }

  const layerColumn = (layer: Layer): ColDef<LkeRow> => ({
    colId: layer,
    headerName: translate(`zi.layer.${layer}`),
    width: 90,
    editable: (params) => Boolean(params.data) && sheet.editable(params.data?.id ?? '', layer),
    valueGetter: (params) => (params.data ? spreadsheet.valueOf(params.data.id, layer) : null),
    valueFormatter: (params) =>
      typeof params.value === 'number' ? number(params.value, 4) : ((params.value as string | null) ?? ''),
    // Typing starts a text edit (parsed like a paste); Enter, F2 or a double click opens the option list.
    cellEditorSelector: (params) => {
      const row = params.data;
      if (params.eventKey?.length !== 1 && row?.kind === 'item' && row.item.options.length) {
        // Each option with its meaning, as the official workbook explains it; valueParser keeps the letter.
        return {
          component: 'agSelectCellEditor',
          params: {
            values: [
              '',
              ...row.item.options.map((option) =>
                option.meaning ? `${option.label}${meaningSeparator}${option.meaning}` : option.label,
              ),
            ],
          },
        };
      }
      return { component: 'agTextCellEditor' };
    },
    valueParser: (params) =>
      typeof params.newValue === 'string' ? params.newValue.split(meaningSeparator)[0] : params.newValue,
    cellClassRules: layerClassRules,
    // Why a cell was refused, that it is a copy to confirm, or, for a chosen option, what it means.
    tooltipValueGetter: (params) => {
      const row = params.data;
      if (!row) return undefined;
      const chosen =
        row.kind === 'item' ? row.item.options.find((option) => option.label === params.value) : undefined;
      const copy =
        row.kind === 'item' && isCopy(row.code, layer) ? translate('zi.copy.unconfirmed') : undefined;
      return spreadsheet.invalidReason(row.id, layer) ?? [copy, chosen?.meaning].filter(Boolean).join('\n');
    },
    suppressKeyboardEvent: spreadsheet.suppressKeyboardEvent,
    cellStyle: { textAlign: 'center' },
  });

  const columnDefs: ColDef<LkeRow>[] = [
    {
      colId: 'code',
      headerName: translate('zi.lke.code'),
      valueGetter: (params) => params.data?.code,
      width: 120,
      pinned: 'left',
    },
    ...(soals.size
      ? [
          {
            colId: 'soal',
            headerName: translate('zi.lke.soal'),
            headerTooltip: translate('zi.lke.soal_hint'),
            valueGetter: (params) => (params.data ? (soals.get(params.data.code) ?? null) : null),
            width: 70,
            cellClass: 'zi-fixed',
          } satisfies ColDef<LkeRow>,
        ]
      : []),
    {
      colId: 'question',
      headerName: translate('zi.lke.question'),
      flex: 1,
      minWidth: 240,
      valueGetter: (params) => params.data?.text,
      // One line a row, so a laptop screen shows a sub-area at once; the whole text, and the item's
      // criteria, on hover.
      tooltipValueGetter: (params) => {
        const row = params.data;
        if (row?.kind !== 'item' || !row.criteria) return row?.text;
        return `${row.text}\n\n${translate('zi.lke.criteria')}: ${row.criteria}`;
      },
    },
    ...visible.map(layerColumn),
    {
      colId: 'value',
      headerName: translate('zi.lke.value', { layer: translate(`zi.layer.${scoreLayer}`) }),
      width: 100,
      valueGetter: (params) => {
        const row = params.data;
        if (row?.kind === 'heading')
          return score.nodes.find((node) => node.code === row.code)?.points ?? null;
        if (row?.kind === 'item') return itemScores.get(row.code)?.value ?? null;
        return null;
      },
      valueFormatter: (params) =>
        params.value === null || params.value === undefined
          ? ''
          : params.data?.kind === 'item'
            ? `${number((params.value as number) * 100, 1)}%`
            : number(params.value as number),
      cellStyle: { textAlign: 'right' },
    },
    {
      colId: noteColumn(noteLayer),
      headerName: translate('zi.lke.note', { layer: translate(`zi.layer.${noteLayer}`) }),
      width: 160,
      editable: (params) => sheet.editable(params.data?.id ?? '', noteColumn(noteLayer)),
      valueGetter: (params) =>
        params.data ? spreadsheet.valueOf(params.data.id, noteColumn(noteLayer)) : null,
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
      cellClassRules: spreadsheet.cellClassRules,
      tooltipValueGetter: (params) =>
        params.data ? spreadsheet.invalidReason(params.data.id, noteColumn(noteLayer)) : undefined,
      suppressKeyboardEvent: spreadsheet.suppressKeyboardEvent,
    },
    {
      colId: evidenceColumn(noteLayer),
      headerName: translate('zi.lke.evidence'),
      width: 170,
      editable: (params) => sheet.editable(params.data?.id ?? '', evidenceColumn(noteLayer)),
      valueGetter: (params) =>
        params.data ? spreadsheet.valueOf(params.data.id, evidenceColumn(noteLayer)) : null,
      cellRenderer: EvidenceCell,
      cellClassRules: spreadsheet.cellClassRules,
      tooltipValueGetter: (params) =>
        params.data ? spreadsheet.invalidReason(params.data.id, evidenceColumn(noteLayer)) : undefined,
      suppressKeyboardEvent: spreadsheet.suppressKeyboardEvent,
    },
    ...(reviewRules[noteLayer]
      ? [
          {
            colId: 'review',
            headerName: translate('zi.review.column'),
            width: 150,
            valueGetter: (params) =>
              params.data?.kind === 'item'
                ? (reviews.byItem.get(`${noteLayer}/${params.data.code}`) ?? null)
                : null,
            cellRenderer: (params: ICellRendererParams<LkeRow, ItemReview | null>) =>
              params.data?.kind === 'item' ? (
                <Button
                  size="small"
                  color={
                    params.value?.status === 'PERLU_PERBAIKAN' && !params.value.revisedAt
                      ? 'warning'
                      : 'inherit'
                  }
                  onClick={() => params.data && setReviewItem(params.data.code)}
                  data-testid={`review-${params.data.code}`}
                >
                  {params.value
                    ? `${translate(`zi.review.status.${params.value.status}`)}${params.value.revisedAt && params.value.status === 'PERLU_PERBAIKAN' ? ` · ${translate('zi.review.revised')}` : ''}`
                    : '–'}
                </Button>
              ) : null,
          } satisfies ColDef<LkeRow>,
        ]
      : []),
    {
      colId: 'documents',
      headerName: translate('zi.evidence.documents'),
      width: 110,
      valueGetter: (params) =>
        params.data?.kind === 'item' ? (evidence.documents.get(params.data.code) ?? 0) : null,
      cellRenderer: (params: ICellRendererParams<LkeRow, number | null>) =>
        params.data?.kind === 'item' ? (
          <Button
            size="small"
            startIcon={<AttachFileIcon />}
            onClick={() => params.data && openEvidence(params.data.code)}
            aria-label={translate('zi.evidence.open', { item: params.data.code })}
            data-testid={`evidence-${params.data.code}`}
          >
            {params.value}
          </Button>
        ) : null,
    },
  ];

  return (
    // The score panel stands beside the worksheet on wide screens; on an office laptop (1366 px) the worksheet
    // takes the width, its live total stays in the toolbar and the panel follows below.
    <Stack direction={{ xs: 'column', xl: 'row' }} spacing={2} sx={{ width: '100%' }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
          <SaveControls
            state={state}
            saving={saving}
            disabled={!saved}
            onSave={() => save()}
            onUndo={spreadsheet.undo}
            onRedo={spreadsheet.redo}
            testId="lke"
          />
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('zi.lke.note_layer')}
            value={noteLayer}
            onChange={(event) => setNoteLayer(event.target.value as Layer)}
            sx={{ minWidth: 160 }}
          >
            {visible.map((layer) => (
              <MenuItem key={layer} value={layer}>
                {translate(`zi.layer.${layer}`)}
              </MenuItem>
            ))}
          </TextField>
          <Chip
            color="primary"
            variant="outlined"
            label={`${translate('zi.score.title', { layer: translate(`zi.layer.${scoreLayer}`) })}: ${number(score.total)}`}
            data-testid="lke-total"
          />
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('zi.progress.filter')}
            value={progressFilter}
            onChange={(event) => setProgressFilter(event.target.value as ProgressFilter | '')}
            sx={{ minWidth: 180 }}
            data-testid="lke-progress-filter"
          >
            <MenuItem value="">{translate('zi.progress.all')}</MenuItem>
            {progressFilters.map((filter) => (
              <MenuItem key={filter} value={filter}>
                {translate(`zi.progress.${filter}`)}
              </MenuItem>
            ))}
          </TextField>
          <Typography variant="body2" data-testid="lke-progress">
            {translate('zi.progress.summary', counts)}
            {counts.unconfirmed > 0 && ` · ${translate('zi.progress.unconfirmed_count', counts)}`}
          </Typography>
          <Button size="small" onClick={() => setShowAreas((shown) => !shown)} data-testid="lke-areas-toggle">
            {translate(showAreas ? 'zi.progress.hide_areas' : 'zi.progress.by_area')}
          </Button>
          {writable.includes(noteLayer) && (
            <CopyLayerButton
              evaluationId={evaluation.id}
              layer={noteLayer}
              definition={definition}
              disabled={dirty > 0 || !saved}
              onCopied={copied}
            />
          )}
          {writable.includes(noteLayer) && counts.unconfirmed > 0 && (
            <Button
              size="small"
              variant="outlined"
              disabled={saving}
              onClick={() => save(shownCopies())}
              data-testid="lke-confirm-copies"
            >
              {translate('zi.copy.confirm')}
            </Button>
          )}
          {!writable.length && <Typography variant="body2">{translate('zi.lke.read_only')}</Typography>}
        </Stack>
        {showAreas && <AreaProgress areas={progressSummary(definition, progress).areas} />}
        <ApiErrorAlert error={savedAnswers.error} testId="lke-error" />
        <ApiErrorAlert error={evidence.error} testId="lke-evidence-error" />
        <ApiErrorAlert error={reviews.error} testId="lke-reviews-error" />
        {toRevise.length > 0 && (
          <Alert severity="warning" sx={{ mb: 1 }} data-testid="lke-to-revise">
            {translate('zi.review.to_revise', { smart_count: toRevise.length })}:{' '}
            {toRevise.map((review, index) => (
              <span key={review.id}>
                {index ? '; ' : ''}
                <Link component="button" onClick={() => setReviewItem(review.item)}>
                  {review.item}
                </Link>
                {review.revisedAt ? ` (${translate('zi.review.revised')})` : ` — ${review.note ?? ''}`}
              </span>
            ))}
          </Alert>
        )}
        <EditReportAlert
          report={spreadsheet.report}
          onClose={spreadsheet.clearReport}
          rowName={(row) => row}
          columns={columnDefs}
          testId="lke-report"
        />
        <Box
          sx={{ height: 'calc(100vh - 260px)', minHeight: 420 }}
          {...spreadsheet.containerProps}
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes('Files')) event.preventDefault();
          }}
          onDrop={dropFiles}
          data-testid="lke-grid"
          data-loaded={Boolean(saved) && state.original === original}
        >
          <AgGridReact<LkeRow>
            {...spreadsheet.gridProps}
            ref={gridRef}
            isExternalFilterPresent={() => progressFilter !== ''}
            doesExternalFilterPass={(node) =>
              !node.data ||
              node.data.kind === 'heading' ||
              progressFilter === '' ||
              passesProgressFilter(
                progress.get(node.data.item.code) ??
                  itemProgress({ answered: false, links: 0, documents: 0, review: null }),
                progressFilter,
              )
            }
            rowData={rows}
            columnDefs={columnDefs}
            getRowId={(params) => params.data.id}
            getRowClass={(params) =>
              params.data?.kind === 'heading' ? `zi-heading zi-${params.data.level.toLowerCase()}` : undefined
            }
            tooltipShowDelay={300}
            suppressMovableColumns
            loading={!saved}
          />
        </Box>
      </Box>
      <ScorePanel
        definition={definition}
        answers={answers}
        score={score}
        layer={scoreLayer}
        target={evaluation.targetPredicate}
        tlhpCompletion={tlhpCompletion}
      />
      <ConflictDialog conflicts={conflicts} onResolve={resolve} />
      <ReviewDialog
        evaluationId={evaluation.id}
        layer={noteLayer}
        item={reviewItem}
        review={reviewItem ? reviews.byItem.get(`${noteLayer}/${reviewItem}`) : undefined}
        current={reviewedNow}
        role={role}
        stage={evaluation.stage}
        onClose={() => setReviewItem(null)}
      />
      <EvidencePanel
        evaluationId={evaluation.id}
        layer={noteLayer}
        item={rows.find((row) => row.kind === 'item' && row.code === evidenceItem) ?? null}
        files={evidence.data?.files ?? []}
        usage={evidence.data?.usage ?? 0}
        writable={
          writable.includes(noteLayer) || Boolean(evidenceItem && sentBack.get(noteLayer)?.has(evidenceItem))
        }
        dropped={dropped}
        onClose={() => setEvidenceItem(null)}
      />
    </Stack>
  );
}

function EvidenceCell({ value }: ICellRendererParams<LkeRow>) {
  const links = String(value ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return (
    <span>
      {links.map((link, index) => (
        <a key={link} href={link} target="_blank" rel="noreferrer" style={{ marginRight: 6 }}>
          {index + 1}
        </a>
      ))}
    </span>
  );
}
