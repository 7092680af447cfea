import ExcelJS from 'exceljs';
import { type AnswerInput, evaluateAnswer } from './answers.ts';
import { parseNumber } from './delimited.ts';
import {
  type InstrumentDefinition,
  type ItemDefinition,
  itemsOf,
  type NodeDefinition,
  type NodeLevel,
} from './instrument.ts';
import { type Message, message } from './messages/index.ts';
import type { CriterionResult } from './predicates.ts';
import type { Answers, Score } from './score.ts';
import { lkeSheetName, openLkeWorksheet, plainValue, WorkbookError } from './xlsx.ts';

/** The official layout's columns: codes and names B–G, then weight, explanation, options, answer, value, %. */
const column = {
  weight: 'H',
  explanation: 'I',
  options: 'J',
  answer: 'K',
  value: 'L',
  percent: 'M',
  note: 'O',
  evidence: 'Q',
};
const codeColumn: Record<NodeLevel, string> = {
  COMPONENT: 'B',
  SUB_COMPONENT: 'C',
  AREA: 'D',
  SUB_AREA: 'E',
};
const nameColumn: Record<NodeLevel, string> = {
  COMPONENT: 'C',
  SUB_COMPONENT: 'D',
  AREA: 'E',
  SUB_AREA: 'F',
};
const firstRow = 4;

const optionsLabel = (item: ItemDefinition) =>
  item.answerType === 'PERCENT'
    ? '%'
    : item.answerType === 'SURVEY'
      ? '0-4'
      : item.options.map((option) => option.label).join('/');

const text = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** Where every node, item and % input sits: the official row when the instrument has one, else the next free row. */
function layout(definition: InstrumentDefinition) {
  const rows = new Map<string, number>();
  let next = firstRow;
  const place = (key: string, official: number | undefined) => {
    const row = official ?? next;
    rows.set(key, row);
    next = Math.max(next, row) + 1;
  };
  const visit = (node: NodeDefinition) => {
    place(node.code, node.workbookRow);
    for (const child of node.children ?? []) visit(child);
    for (const item of node.items ?? []) {
      place(item.code, item.workbookRow);
      for (const input of item.inputs ?? []) place(`${item.code}.${input.key}`, input.workbookRow);
    }
  };
  for (const component of definition.components) visit(component);
  return { rows, last: next - 1 };
}

/** The value formula of an item (0–1, or "" when unanswered or invalid), as the engine evaluates it. */
function itemValueFormula(item: ItemDefinition, row: number, derived: boolean) {
  const answer = `${column.answer}${row}`;
  if (derived || item.answerType === 'PERCENT') return `IF(ISNUMBER(${answer}),${answer},"")`;
  if (item.answerType === 'SURVEY')
    return `IF(AND(ISNUMBER(${answer}),${answer}>=0,${answer}<=4),${answer}/4,"")`;
  return item.options.reduceRight(
    (otherwise, option) => `IF(${answer}=${text(option.label)},${option.value},${otherwise})`,
    '""',
  );
}

/** The % an item's inputs give, in the answer cell of the item's own row, as the engine computes it. */
function percentFormula(item: ItemDefinition, rowOf: (key: string) => number) {
  const cell = (key: string) => `${column.answer}${rowOf(`${item.code}.${key}`)}`;
  const inputs = (item.inputs ?? []).map((input) => cell(input.key));
  const blank = `OR(${inputs.map((each) => `NOT(ISNUMBER(${each}))`).join(',')})`;
  const formula = item.formula;
  if (!formula) return '""';
  if (formula.kind === 'decrease') {
    const previous = cell(formula.previous);
    const current = cell(formula.current);
    return `IF(${blank},"",IF(${previous}=0,IF(${current}=0,1,0),MAX(0,(${previous}-${current})/${previous})))`;
  }
  const sum = (keys: string[]) => `(${keys.map(cell).join('+')})`;
  return `IF(${blank},"",IF(${sum(formula.denominator)}=0,"",MIN(1,MAX(0,${sum(formula.numerator)}/${sum(formula.denominator)}))))`;
}

export interface LkeWorkbookSummary {
  title: string;
  score: Score;
  criteria: CriterionResult[];
}

/**
 * One layer of an evaluation as a workbook in the official LKE layout: sheet `LKE ZI` with the same rows
 * and columns and live formulas, so Excel or LibreOffice recompute exactly what the product computes, and
 * a `Ringkasan` sheet with the score tree (live and as computed) and the predicate criteria.
 */
export async function writeLkeWorkbook(
  definition: InstrumentDefinition,
  answers: Answers,
  summary: LkeWorkbookSummary,
  options: {
    tlhpCompletion?: number | null;
    notes?: ReadonlyMap<string, { note: string | null; evidence: string[] }>;
  } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lkeSheetName, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q'].map(
    (key) => ({
      key,
      width: { G: 60, I: 50, O: 40, Q: 40 }[key] ?? (key === 'A' ? 5 : 8),
    }),
  );
  const header = sheet.getRow(2);
  for (const [key, title] of Object.entries({
    B: 'Penilaian',
    H: 'Bobot',
    I: 'Penjelasan',
    J: 'Pilihan Jawaban',
    K: 'Jawaban',
    L: 'Nilai',
    M: '%',
    O: 'Catatan',
    Q: 'Bukti dukung',
  }))
    header.getCell(key).value = title;
  header.font = { bold: true };
  const { rows } = layout(definition);
  const rowOf = (key: string) => rows.get(key) as number;
  const derived = new Set((definition.derivedItems ?? []).map((each) => each.item));
  const answerOf = (code: string): AnswerInput | undefined =>
    answers instanceof Map ? answers.get(code) : (answers as Record<string, AnswerInput | undefined>)[code];
  const set = (row: number, key: string, value: ExcelJS.CellValue) => {
    sheet.getCell(`${key}${row}`).value = value;
  };

  const visit = (node: NodeDefinition, depthLabel: string) => {
    const row = rowOf(node.code);
    set(row, codeColumn[node.level], depthLabel);
    set(row, nameColumn[node.level], node.name);
    set(row, column.weight, node.weight);
    sheet.getRow(row).font = { bold: true };
    const parts: string[] = [];
    const items = node.items ?? [];
    const weighted = items.some((item) => item.weight !== undefined);
    const itemCells = items.map((item) => `${column.value}${rowOf(item.code)}`);
    if (items.length && weighted)
      parts.push(items.map((item, index) => `N(${itemCells[index]})*${item.weight ?? 0}`).join('+'));
    else if (items.length) parts.push(`IFERROR(AVERAGE(${itemCells.join(',')})*${column.weight}${row},0)`);
    (node.children ?? []).forEach((child, index) => {
      parts.push(`${column.value}${rowOf(child.code)}`);
      visit(child, child.code.split('.').at(-1) ?? String(index + 1));
    });
    set(row, column.value, { formula: parts.join('+') || '0' });
    set(row, column.percent, { formula: `IFERROR(${column.value}${row}/${column.weight}${row},0)` });
    for (const item of items) {
      const itemRow = rowOf(item.code);
      const answer = answerOf(item.code);
      set(itemRow, 'F', item.code.split('.').at(-1) ?? '');
      set(itemRow, 'G', item.question);
      if (item.criteria) set(itemRow, column.explanation, item.criteria);
      set(itemRow, column.options, optionsLabel(item));
      if (item.weight !== undefined) set(itemRow, column.weight, item.weight);
      if (derived.has(item.code)) set(itemRow, column.answer, options.tlhpCompletion ?? null);
      else if (item.answerType === 'PERCENT')
        set(itemRow, column.answer, { formula: percentFormula(item, rowOf) });
      else if (item.answerType === 'SURVEY') set(itemRow, column.answer, answer?.score ?? null);
      else set(itemRow, column.answer, answer?.option ?? null);
      set(itemRow, column.value, { formula: itemValueFormula(item, itemRow, derived.has(item.code)) });
      const note = options.notes?.get(item.code);
      if (note?.note) set(itemRow, column.note, note.note);
      if (note?.evidence.length) set(itemRow, column.evidence, note.evidence.join('\n'));
      for (const input of item.inputs ?? []) {
        const inputRow = rowOf(`${item.code}.${input.key}`);
        set(inputRow, 'G', `- ${input.label}`);
        set(inputRow, column.options, 'Jumlah');
        set(inputRow, column.answer, answer?.inputs?.[input.key] ?? null);
      }
    }
  };
  definition.components.forEach((component, index) => {
    visit(component, String.fromCharCode(65 + index));
  });
  sheet.getColumn(column.answer).alignment = { horizontal: 'center' };

  const overview = workbook.addWorksheet('Ringkasan');
  overview.columns = [
    { header: 'Kode', key: 'code', width: 14 },
    { header: 'Komponen / area', key: 'name', width: 50 },
    { header: 'Bobot', key: 'weight', width: 8 },
    { header: 'Nilai (rumus)', key: 'live', width: 14 },
    { header: 'Nilai ZI Workbench', key: 'points', width: 18 },
    { header: 'Terjawab', key: 'answered', width: 10 },
  ];
  overview.getRow(1).font = { bold: true };
  overview.insertRow(1, [summary.title]);
  overview.getRow(1).font = { bold: true, size: 13 };
  const components = definition.components.map(
    (component) => `'${lkeSheetName}'!${column.value}${rowOf(component.code)}`,
  );
  overview.addRow({
    code: 'TOTAL',
    name: 'Nilai total',
    weight: 100,
    live: { formula: components.join('+') },
    points: summary.score.total,
    answered: `${summary.score.answered}/${summary.score.itemCount}`,
  });
  for (const node of summary.score.nodes)
    overview.addRow({
      code: node.code,
      name: node.name,
      weight: node.weight,
      live: { formula: `'${lkeSheetName}'!${column.value}${rowOf(node.code)}` },
      points: node.points,
      answered: `${node.answered}/${node.total}`,
    });
  overview.addRow([]);
  overview.addRow(['Kriteria', 'Uraian', 'Syarat', 'Capaian', 'Terpenuhi', 'Kekurangan']).font = {
    bold: true,
  };
  for (const criterion of summary.criteria)
    overview.addRow([
      criterion.key,
      criterion.label,
      criterion.required,
      criterion.actual,
      criterion.met ? 'Ya' : 'Tidak',
      criterion.gap,
    ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The row of every node, item and % input in a workbook `writeLkeWorkbook` writes. */
export const lkeWorkbookRows = (definition: InstrumentDefinition) => layout(definition).rows;

export interface WorkbookAnswer {
  item: string;
  /** The item's row in the workbook read. */
  row: number;
  answer: AnswerInput;
}

export interface WorkbookProblem {
  row: number;
  item?: string;
  message: Message;
}

const squash = (value: unknown) =>
  String(value ?? '')
    .toLowerCase()
    .replace(/^[\s-]+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Reads one layer's answers from a workbook in the official layout (sheet `LKE ZI`, answers in column K).
 * Items are found by their question text in column G, in order, so rows an agency inserted or removed do not
 * shift them; an item whose text was reworded falls back to its official row. % inputs are the rows under
 * their item, found by label. Every answer is validated; problems name the row.
 */
export async function readLkeWorkbook(source: ArrayBuffer, definition: InstrumentDefinition) {
  const { sheet } = await openLkeWorksheet(source);
  const cell = (key: string, row: number) => plainValue(sheet.getCell(`${key}${row}`).value);
  const rowCount = sheet.rowCount;
  const questionRows = new Map<string, number[]>();
  for (let row = 1; row <= rowCount; row++) {
    const text = squash(cell('G', row));
    if (text) questionRows.set(text, [...(questionRows.get(text) ?? []), row]);
  }
  const items = itemsOf(definition);
  const used = new Set<number>();
  const answers: WorkbookAnswer[] = [];
  const problems: WorkbookProblem[] = [];
  let after = 0;
  let matched = 0;
  for (const item of items) {
    const candidates = (questionRows.get(squash(item.question)) ?? []).filter(
      (row) => row > after && !used.has(row),
    );
    const official =
      item.workbookRow !== undefined && !used.has(item.workbookRow) ? item.workbookRow : undefined;
    const row = candidates[0] ?? official;
    if (row === undefined) continue;
    if (candidates[0] !== undefined) matched++;
    used.add(row);
    after = Math.max(after, row);
    const value = cell('K', row);
    let answer: AnswerInput;
    const inputRows = new Map<string, number>();
    if (item.answerType === 'PERCENT') {
      const inputs: Record<string, number | null> = {};
      for (const input of item.inputs ?? []) {
        let inputRow: number | undefined;
        for (let next = row + 1; next <= Math.min(rowCount, row + 12); next++) {
          if (squash(cell('G', next)) === squash(input.label)) {
            inputRow = next;
            break;
          }
        }
        inputRow ??= input.workbookRow;
        if (inputRow === undefined) continue;
        used.add(inputRow);
        inputRows.set(`${item.code}.${input.key}`, inputRow);
        const raw = cell('K', inputRow);
        const number = typeof raw === 'number' ? raw : parseNumber(String(raw ?? ''));
        if (raw !== null && raw !== undefined && String(raw).trim() !== '' && number === null)
          problems.push({
            row: inputRow,
            item: item.code,
            message: message('answer.inputNotANumber', { label: input.label, got: String(raw) }),
          });
        inputs[input.key] = number;
      }
      answer = { inputs };
    } else if (item.answerType === 'SURVEY') {
      const number = typeof value === 'number' ? value : parseNumber(String(value ?? ''));
      if (value !== null && value !== undefined && String(value).trim() !== '' && number === null)
        problems.push({
          row,
          item: item.code,
          message: message('answer.surveyNotANumber', { got: String(value) }),
        });
      answer = { score: number };
    } else {
      const text = value === null || value === undefined ? '' : String(value).trim();
      answer = { option: text === '' || text.toLowerCase() === 'blm diisi' ? null : text };
    }
    for (const problem of evaluateAnswer(item, answer).problems)
      problems.push({
        row: inputRows.get(problem.item) ?? row,
        item: item.code,
        message: problem.message,
      });
    answers.push({ item: item.code, row, answer });
  }
  if (matched < items.length / 2) {
    throw new WorkbookError(
      message('file.notLkeLayout', { sheet: lkeSheetName, matched, total: items.length }),
    );
  }
  return { answers, problems };
}
