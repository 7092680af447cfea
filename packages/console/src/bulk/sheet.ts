import {
  bulkWriteProblem,
  type EvaluationDetailValues,
  evaluationDetailProblems,
  grades,
  type ItemDefinition,
  isSurveyScore,
  type Message,
  message,
  readAnswerCell,
  type Stage,
} from '@zi/schema';
import {
  type CellValue,
  cellKey,
  type EditState,
  type Parsed,
  type Sheet,
  valueAt,
} from '../grid/editing.ts';
import { parseNumber } from '../grid/tsv.ts';

/** One evaluation's row as the bulk grid loads it. */
export interface BulkRecord {
  id: number;
  stage: Stage;
  unit: {
    code: string;
    name: string;
    eselon: string;
    coreService: boolean;
    afirmasi: boolean;
    agency: { name: string };
  };
  surveys: { kind: string; score: number }[];
  hasil: { item: string; option: string | null }[];
  paktaSigned: number | null;
  paktaTotal: number | null;
  unitSakipGrade: string | null;
  lhkpnCompliance: number | null;
  lhkasnCompliance: number | null;
}

type Kind = 'survey' | 'hasil' | 'detail' | 'flag';

export interface BulkColumn {
  id: string;
  kind: Kind;
  /** The label key or, for hasil items, the item code. */
  label: string;
  read(record: BulkRecord): CellValue;
  parse(text: string): Parsed;
}

/** A number cell checked by the rule the API applies to the field it becomes. */
function numberCell(problemOf: (value: number, text: string) => Message | null | undefined) {
  return (text: string): Parsed => {
    const value = parseNumber(text);
    if (value === null) return { error: message('grid.notANumber', { got: text }) };
    const problem = problemOf(value, text);
    return problem ? { error: problem } : { value };
  };
}

const surveyScore = numberCell((value) =>
  isSurveyScore(value) ? null : message('answer.surveyRange', { got: String(value) }),
);

const detailNumber = (field: keyof EvaluationDetailValues, whole: boolean) =>
  numberCell((value, text) =>
    whole && !Number.isInteger(value)
      ? message('grid.wholeNumber', { got: text })
      : evaluationDetailProblems({ [field]: value })[0]?.message,
  );

const yes = new Set(['ya', 'y', 'yes', 'true', '1', 'benar']);
const no = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'salah']);

function parseFlag(text: string): Parsed {
  const word = text.trim().toLowerCase();
  if (yes.has(word)) return { value: 'Ya' };
  if (no.has(word)) return { value: 'Tidak' };
  return { error: message('grid.flag', { got: text }) };
}

function parseGrade(text: string): Parsed {
  const grade = text.trim().toUpperCase();
  return (grades as readonly string[]).includes(grade)
    ? { value: grade }
    : { error: message('grid.grade', { grades, got: text }) };
}

const detail = (id: keyof BulkRecord, parse: (text: string) => Parsed): BulkColumn => ({
  id,
  kind: 'detail',
  label: `zi.bulk.${id}`,
  read: (record) => record[id] as CellValue,
  parse,
});

/** The editable columns: the two surveys, the instrument's other hasil inputs, the details, the unit's flags. */
export function bulkColumns(hasilItems: readonly ItemDefinition[]): BulkColumn[] {
  const survey = (kind: string): BulkColumn => ({
    id: kind,
    kind: 'survey',
    label: `zi.bulk.${kind}`,
    read: (record) => record.surveys.find((each) => each.kind === kind)?.score ?? null,
    parse: surveyScore,
  });
  const flag = (id: 'coreService' | 'afirmasi'): BulkColumn => ({
    id,
    kind: 'flag',
    label: `zi.bulk.${id}`,
    read: (record) => (record.unit[id] ? 'Ya' : 'Tidak'),
    parse: parseFlag,
  });
  return [
    survey('IPAK'),
    survey('IPKP'),
    ...hasilItems.map(
      (item): BulkColumn => ({
        id: item.code,
        kind: 'hasil',
        label: item.code,
        read: (record) => record.hasil.find((each) => each.item === item.code)?.option ?? null,
        parse: (text) => {
          const read = readAnswerCell(item, undefined, text);
          return 'problem' in read ? { error: read.problem } : read;
        },
      }),
    ),
    detail('paktaSigned', detailNumber('paktaSigned', true)),
    detail('paktaTotal', detailNumber('paktaTotal', true)),
    detail('unitSakipGrade', parseGrade),
    detail('lhkpnCompliance', detailNumber('lhkpnCompliance', false)),
    detail('lhkasnCompliance', detailNumber('lhkasnCompliance', false)),
    flag('coreService'),
    flag('afirmasi'),
  ];
}

const rowId = (record: BulkRecord) => String(record.id);

/** The grid over `records`: a decided evaluation's row is read-only, by the rule the API applies to bulk saves. */
export function bulkSheet(records: readonly BulkRecord[], columns: readonly BulkColumn[]): Sheet {
  const byId = new Map(columns.map((column) => [column.id, column]));
  const locked = new Map(
    records.flatMap((record) => {
      const problem = bulkWriteProblem(record.stage);
      return problem ? [[rowId(record), problem] as const] : [];
    }),
  );
  return {
    rows: records.map(rowId),
    columns: columns.map((column) => column.id),
    editable: (row, column) => byId.has(column) && !locked.has(row),
    readOnlyReason: (row) => locked.get(row) ?? null,
    parse: (_row, column, text) => byId.get(column)?.parse(text) ?? { error: message('grid.unknownCell') },
  };
}

export function cellsOfRecords(records: readonly BulkRecord[], columns: readonly BulkColumn[]) {
  const cells = new Map<string, CellValue>();
  for (const record of records)
    for (const column of columns) {
      const value = column.read(record);
      if (value !== null) cells.set(cellKey(rowId(record), column.id), value);
    }
  return cells;
}

/**
 * The `saveBulkEntries` payload: one entry per row with an edited cell, holding only what was edited.
 * A cleared detail is sent as null (cleared); a cleared survey, hasil answer or flag is left as saved.
 */
export function entriesOf(state: EditState, records: readonly BulkRecord[], columns: readonly BulkColumn[]) {
  return records.flatMap((record) => {
    const row = rowId(record);
    const edited = columns.filter((column) => state.edits.has(cellKey(row, column.id)));
    if (!edited.length) return [];
    const value = (column: BulkColumn) => valueAt(state, row, column.id);
    const of = (kind: Kind) =>
      edited.filter((column) => column.kind === kind && (kind === 'detail' || value(column) !== null));
    const surveys = of('survey').map((column) => ({ kind: column.id, score: value(column) as number }));
    const hasil = of('hasil').map((column) => ({ item: column.id, option: value(column) as string }));
    const details = Object.fromEntries(of('detail').map((column) => [column.id, value(column)]));
    const flags = Object.fromEntries(of('flag').map((column) => [column.id, value(column) === 'Ya']));
    // What the row held when it was read, for each field sent: the server refuses the save if any changed since.
    const read = (column: BulkColumn) => column.read(record);
    const expected = {
      surveys: of('survey').map((column) => ({ kind: column.id, score: read(column) })),
      hasil: of('hasil').map((column) => ({ item: column.id, option: read(column) })),
      details: Object.fromEntries(of('detail').map((column) => [column.id, read(column)])),
      ...Object.fromEntries(of('flag').map((column) => [column.id, read(column) === 'Ya'])),
    };
    return [
      {
        evaluationId: record.id,
        ...(surveys.length ? { surveys } : {}),
        ...(hasil.length ? { hasil } : {}),
        ...(Object.keys(details).length ? { details } : {}),
        ...flags,
        expected,
      },
    ];
  });
}
