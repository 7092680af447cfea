import {
  type AnswerInput,
  type InstrumentDefinition,
  type ItemDefinition,
  type Layer,
  layers,
  layerWriteProblem,
  linksProblem,
  message,
  type NodeDefinition,
  type NodeLevel,
  parseLinks,
  type ReviewedAnswer,
  type Role,
  readAnswerCell,
  readableLayers,
  type Stage,
  textLimits,
  textProblem,
} from '@zi/schema';
import {
  type CellValue,
  cellKey,
  type EditState,
  type Parsed,
  type Sheet,
  valueAt,
} from '../../grid/editing.ts';

/** A worksheet row: a heading of the tree, an item, or one numeric input of a % item (its own row, as in the workbook). */
export type LkeRow =
  | { id: string; kind: 'heading'; code: string; text: string; level: NodeLevel; weight: number }
  | { id: string; kind: 'item'; code: string; text: string; criteria?: string; item: ItemDefinition }
  | { id: string; kind: 'input'; code: string; text: string; item: ItemDefinition; inputKey: string };

/** Every heading, item and % input of the instrument in worksheet order. */
export function lkeRows(definition: InstrumentDefinition): LkeRow[] {
  const rows: LkeRow[] = [];
  const visit = (node: NodeDefinition) => {
    rows.push({
      id: node.code,
      kind: 'heading',
      code: node.code,
      text: node.name,
      level: node.level,
      weight: node.weight,
    });
    for (const child of node.children ?? []) visit(child);
    for (const item of node.items ?? []) {
      rows.push({
        id: item.code,
        kind: 'item',
        code: item.code,
        text: item.question,
        criteria: item.criteria,
        item,
      });
      for (const input of item.inputs ?? []) {
        const code = `${item.code}.${input.key}`;
        rows.push({ id: code, kind: 'input', code, text: input.label, item, inputKey: input.key });
      }
    }
  };
  for (const component of definition.components) visit(component);
  return rows;
}

/** The layer whose note and evidence a column holds: `note.TPI`, `evidence.TPI`. */
export const noteColumn = (layer: Layer) => `note.${layer}`;
export const evidenceColumn = (layer: Layer) => `evidence.${layer}`;

const answerCell = (row: LkeRow) =>
  row.kind === 'input' || (row.kind === 'item' && row.item.answerType !== 'PERCENT');

function parseAnswer(row: LkeRow, text: string): Parsed {
  if (row.kind === 'heading') return { error: message('grid.readOnly') };
  const input = row.kind === 'input' ? row.item.inputs?.find((each) => each.key === row.inputKey) : undefined;
  const read = readAnswerCell(row.item, input, text);
  return 'problem' in read ? { error: read.problem } : read;
}

function parseEvidence(text: string): Parsed {
  const problem = linksProblem(parseLinks(text));
  return problem ? { error: problem } : { value: text.trim() };
}

function parseCell(row: LkeRow, column: string, text: string): Parsed {
  if (column.startsWith('note.')) {
    const tooLong = textProblem(text, textLimits.note);
    return tooLong ? { error: tooLong } : { value: text };
  }
  if (column.startsWith('evidence.')) return parseEvidence(text);
  return parseAnswer(row, text);
}

/** The layers a role reads and may write in the evaluation's stage, by the access policy. */
export function layerAccess(role: Role, stage: Stage) {
  const visible = [...readableLayers({ role })];
  const writable = visible.filter((layer) => layerWriteProblem({ role }, layer, stage) === null);
  return { visible, writable };
}

export interface LkeColumns {
  /** The layers the user may read, in order. */
  visible: readonly Layer[];
  /** The layers the user may write now. */
  writable: readonly Layer[];
  /** The layer whose note and evidence are shown. */
  noteLayer: Layer;
  /** Items sent back for revision that the user may fix although their layer is closed to it. */
  sentBack?: ReadonlyMap<Layer, ReadonlySet<string>>;
}

/**
 * The LKE worksheet as the editing functions see it: a column per visible layer, then the note and
 * evidence of `noteLayer`; a cell is editable when its layer is writable, or its item was sent back for
 * revision to the user.
 */
export function lkeSheet(
  rows: readonly LkeRow[],
  { visible, writable, noteLayer, sentBack }: LkeColumns,
): Sheet {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const layerOf = (column: string) => column.split('.').at(-1) as Layer;
  return {
    rows: rows.map((row) => row.id),
    columns: [...visible, noteColumn(noteLayer), evidenceColumn(noteLayer)],
    editable(rowId, column) {
      const row = byId.get(rowId);
      if (!row) return false;
      const layer = layerOf(column);
      const fixable = row.kind !== 'heading' && Boolean(sentBack?.get(layer)?.has(row.item.code));
      if (!writable.includes(layer) && !fixable) return false;
      return column.includes('.') ? row.kind === 'item' : answerCell(row);
    },
    parse(rowId, column, text) {
      const row = byId.get(rowId);
      return row ? parseCell(row, column, text) : { error: message('grid.unknownCell') };
    },
  };
}

/** A stored answer as the API returns it. */
export interface StoredAnswer {
  item: string;
  layer: Layer;
  option: string | null;
  inputs: Record<string, number | null | undefined> | null;
  score: number | null;
  note: string | null;
  evidence: readonly string[];
  /** The layer it was copied from, until confirmed or changed. */
  copiedFrom?: string | null;
  version: number;
}

/**
 * The saved answers as cell values, each answer's version for conflict detection, and the answers that
 * are copies still to confirm (by the key of their value cell).
 */
export function cellsOfAnswers(answers: readonly StoredAnswer[]) {
  const cells = new Map<string, CellValue>();
  const versions = new Map<string, number>();
  const copied = new Set<string>();
  for (const answer of answers) {
    versions.set(cellKey(answer.item, answer.layer), answer.version);
    if (answer.copiedFrom) copied.add(cellKey(answer.item, answer.layer));
    if (answer.option !== null) cells.set(cellKey(answer.item, answer.layer), answer.option);
    if (answer.score !== null) cells.set(cellKey(answer.item, answer.layer), answer.score);
    for (const [key, value] of Object.entries(answer.inputs ?? {})) {
      if (value != null) cells.set(cellKey(`${answer.item}.${key}`, answer.layer), value);
    }
    if (answer.note) cells.set(cellKey(answer.item, noteColumn(answer.layer)), answer.note);
    if (answer.evidence.length)
      cells.set(cellKey(answer.item, evidenceColumn(answer.layer)), answer.evidence.join(' '));
  }
  return { cells, versions, copied };
}

/** One layer's answer to an item as the edited cells stand. */
export function answerOf(state: EditState, item: ItemDefinition, layer: Layer): AnswerInput {
  if (item.answerType === 'PERCENT') {
    return {
      inputs: Object.fromEntries(
        (item.inputs ?? []).map((input) => [
          input.key,
          valueAt(state, `${item.code}.${input.key}`, layer) as number | null,
        ]),
      ),
    };
  }
  const value = valueAt(state, item.code, layer);
  return item.answerType === 'SURVEY'
    ? { score: value as number | null }
    : { option: value as string | null };
}

/** One layer's answers, by item code, for the scoring engine. */
export function answersOfLayer(state: EditState, items: readonly ItemDefinition[], layer: Layer) {
  return new Map(items.map((item) => [item.code, answerOf(state, item, layer)]));
}

/** The rows whose cells hold an item's answer, note and evidence. */
const cellsOfItem = (item: ItemDefinition, layer: Layer) => [
  cellKey(item.code, layer),
  cellKey(item.code, noteColumn(layer)),
  cellKey(item.code, evidenceColumn(layer)),
  ...(item.inputs ?? []).map((input) => cellKey(`${item.code}.${input.key}`, layer)),
];

/** The `saveAnswers` payload for one layer: every item with an edited cell, whole, with the version it was read at. */
export function changesOfLayer(
  state: EditState,
  items: readonly ItemDefinition[],
  layer: Layer,
  versions: ReadonlyMap<string, number>,
  /** Items to send as they stand though not edited: copies the user confirms. */
  confirmed: ReadonlySet<string> = new Set(),
) {
  return items
    .filter(
      (item) => confirmed.has(item.code) || cellsOfItem(item, layer).some((key) => state.edits.has(key)),
    )
    .map((item) => {
      const note = valueAt(state, item.code, noteColumn(layer));
      const evidence = valueAt(state, item.code, evidenceColumn(layer));
      return {
        item: item.code,
        ...answerOf(state, item, layer),
        note: note === null || note === '' ? null : String(note),
        evidence: evidence === null ? [] : parseLinks(String(evidence)),
        expectedVersion: versions.get(cellKey(item.code, layer)) ?? 0,
      };
    });
}

/** An item of a layer as it stands in the worksheet, with its documents: what a review compares with its note. */
export function reviewedAnswerOf(
  state: EditState,
  item: ItemDefinition,
  layer: Layer,
  documents: readonly number[],
): ReviewedAnswer {
  const answer = answerOf(state, item, layer);
  const note = valueAt(state, item.code, noteColumn(layer));
  const links = valueAt(state, item.code, evidenceColumn(layer));
  return {
    option: answer.option ?? null,
    inputs: (answer.inputs ?? null) as ReviewedAnswer['inputs'],
    score: answer.score ?? null,
    note: note === null || note === '' ? null : String(note),
    evidence: links === null ? [] : parseLinks(String(links)),
    documents,
  };
}

/** A layer's changes as sent to `saveAnswerSets`. */
export interface SentSet {
  layer: Layer;
  answers: ReturnType<typeof changesOfLayer>;
}

/**
 * The saved answers after a save, from what was sent and the versions the API gave back (it stores an
 * answer as sent), so the worksheet need not read every answer again: each saved item's cells are replaced.
 */
export function savedAfter(
  saved: {
    cells: ReadonlyMap<string, CellValue>;
    versions: ReadonlyMap<string, number>;
    copied: ReadonlySet<string>;
  },
  items: readonly ItemDefinition[],
  sent: readonly SentSet[],
  versions: readonly { layer: Layer; answers: readonly { item: string; version: number }[] }[],
) {
  const cells = new Map(saved.cells);
  const nextVersions = new Map(saved.versions);
  // A saved copy is confirmed or changed: a copy no more.
  const copied = new Set(saved.copied);
  const byCode = new Map(items.map((item) => [item.code, item]));
  sent.forEach((set, index) => {
    const versionOf = new Map(
      (versions[index]?.answers ?? []).map((answer) => [answer.item, answer.version]),
    );
    const stored = set.answers.map(
      (change): StoredAnswer => ({
        item: change.item,
        layer: set.layer,
        option: 'option' in change ? (change.option ?? null) : null,
        inputs: 'inputs' in change ? (change.inputs ?? null) : null,
        score: 'score' in change ? (change.score ?? null) : null,
        note: change.note,
        evidence: change.evidence,
        version: versionOf.get(change.item) ?? change.expectedVersion,
      }),
    );
    for (const answer of stored) {
      const item = byCode.get(answer.item);
      if (item) for (const key of cellsOfItem(item, set.layer)) cells.delete(key);
      copied.delete(cellKey(answer.item, set.layer));
    }
    const fresh = cellsOfAnswers(stored);
    for (const [key, value] of fresh.cells) cells.set(key, value);
    for (const [key, version] of fresh.versions) nextVersions.set(key, version);
  });
  return { cells, versions: nextVersions, copied };
}

/** The layers that have unsaved edits. */
export function dirtyLayers(state: EditState, items: readonly ItemDefinition[]): Layer[] {
  return layers.filter((layer) =>
    items.some((item) => cellsOfItem(item, layer).some((key) => state.edits.has(key))),
  );
}
