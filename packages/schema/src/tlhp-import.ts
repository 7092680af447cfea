import { amountProblem } from './amounts.ts';
import { dateProblem, parseDateInput } from './dates.ts';
import { parseNumber } from './delimited.ts';
import { type Message, message } from './messages/index.ts';
import { textLimits, textProblem } from './text-limits.ts';
import type { TlhpStatus } from './tlhp.ts';

export type Auditor = 'BPK' | 'BPKP' | 'INSPEKTORAT';

/** Who audits a unit: the state audit board, the development audit agency, or the agency's own inspectorate. */
export const auditors: readonly Auditor[] = ['BPK', 'BPKP', 'INSPEKTORAT'];

/** One recommendation as an inspectorate's follow-up list holds it. */
export interface TlhpImportRow {
  /** The row in the file (1 = the header), for messages. */
  line: number;
  /** Who issued the report, when the list says (a report number is unique only per auditor). */
  auditor: Auditor | null;
  reportNumber: string;
  findingNumber: string;
  findingTitle: string;
  recommendationNumber: string;
  recommendationText: string;
  status: TlhpStatus;
  amount: number | null;
  recoveredAmount: number | null;
  /** yyyy-mm-dd. */
  dueDate: string | null;
}

export interface TlhpImportProblem {
  line: number;
  column?: string;
  message: Message;
}

type Field = Exclude<keyof TlhpImportRow, 'line'>;

/** Header words that name each column, compared without case, spaces or punctuation. */
const headers: Record<Field, string[]> = {
  auditor: ['pemeriksa', 'auditor', 'lembagapemeriksa', 'aparatpengawas'],
  reportNumber: ['nolhp', 'nomorlhp', 'nomorlaporan', 'nolaporan', 'lhp', 'reportnumber', 'report'],
  findingNumber: ['notemuan', 'nomortemuan', 'findingnumber'],
  findingTitle: ['temuan', 'uraiantemuan', 'judultemuan', 'finding', 'findingtitle'],
  recommendationNumber: ['norekomendasi', 'nomorrekomendasi', 'recommendationnumber'],
  recommendationText: ['rekomendasi', 'uraianrekomendasi', 'recommendation', 'recommendationtext'],
  status: ['status', 'statustindaklanjut', 'statustl'],
  amount: ['nilairekomendasi', 'nilai', 'jumlah', 'nilaitemuan', 'amount'],
  recoveredAmount: [
    'nilaitindaklanjut',
    'nilaisetor',
    'disetor',
    'dipulihkan',
    'recovered',
    'recoveredamount',
  ],
  dueDate: ['bataswaktu', 'jatuhtempo', 'tenggat', 'duedate', 'due'],
};

const required: Field[] = ['reportNumber', 'findingNumber', 'recommendationNumber', 'status'];

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const statusWords: Record<TlhpStatus, string[]> = {
  SESUAI: ['sesuai', 'sesuaidenganrekomendasi', 'ts', 'telahsesuai', 'tuntas', 'selesai'],
  BELUM_SESUAI: ['belumsesuai', 'bs', 'belumsesuaidenganrekomendasi', 'dalamproses', 'proses'],
  BELUM_DITINDAKLANJUTI: ['belumditindaklanjuti', 'btl', 'belumtl', 'belumditindaklanjut'],
  TIDAK_DAPAT_DITINDAKLANJUTI: ['tidakdapatditindaklanjuti', 'tdtl', 'tidakdapattl', 'tdd'],
};

const auditorWords: Record<Auditor, string[]> = {
  BPK: ['bpk', 'bpkri', 'badanpemeriksakeuangan'],
  BPKP: ['bpkp', 'badanpengawasankeuangandanpembangunan'],
  INSPEKTORAT: ['inspektorat', 'itjen', 'inspektoratjenderal', 'inspektoratdaerah', 'apip', 'inspectorate'],
};

/** The auditor a follow-up list's word means ("BPK", "Itjen", "Inspektorat"), or null. */
export function matchAuditorWord(word: string): Auditor | null {
  const key = squash(word);
  for (const [auditor, words] of Object.entries(auditorWords) as [Auditor, string[]][])
    if (words.includes(key)) return auditor;
  return null;
}

/** The status a follow-up list's word means ("Sesuai", "BS", "Tidak Dapat Ditindaklanjuti", …), or null. */
export function matchStatusWord(word: string): TlhpStatus | null {
  const key = squash(word);
  for (const [status, words] of Object.entries(statusWords) as [TlhpStatus, string[]][]) {
    if (words.includes(key) || squash(status) === key) return status;
  }
  return null;
}

/** One recommendation's key in a list: auditor (when given) + report + finding + recommendation numbers. */
export const importKey = (
  row: Pick<TlhpImportRow, 'auditor' | 'reportNumber' | 'findingNumber' | 'recommendationNumber'>,
) =>
  `${row.auditor ?? ''}\u001f${row.reportNumber.trim()}\u001f${row.findingNumber.trim()}\u001f${row.recommendationNumber.trim()}`;

/**
 * Reads a follow-up list (its first row the headers, in any order, named as inspectorates name them) into
 * rows, and says what is wrong with the others: a missing number, an unknown status word, an amount or date
 * that is not one, the same report + finding + recommendation twice. Cells may be text, numbers or dates.
 */
export function readTlhpTable(table: readonly (readonly unknown[])[]): {
  rows: TlhpImportRow[];
  problems: TlhpImportProblem[];
} {
  const [header = [], ...body] = table;
  const columns = new Map<Field, number>();
  header.forEach((cell, index) => {
    const word = squash(String(cell ?? ''));
    for (const [field, words] of Object.entries(headers) as [Field, string[]][]) {
      if (!columns.has(field) && words.includes(word)) {
        columns.set(field, index);
        return;
      }
    }
  });
  const missing = required.filter((field) => !columns.has(field));
  if (missing.length) {
    return {
      rows: [],
      problems: [
        {
          line: 1,
          message: message('tlhpImport.missingColumns', { columns: missing }),
        },
      ],
    };
  }
  const rows: TlhpImportRow[] = [];
  const problems: TlhpImportProblem[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const line = index + 2;
    const cell = (field: Field) => {
      const at = columns.get(field);
      return at === undefined ? undefined : cells[at];
    };
    const text = (field: Field) => {
      const value = cell(field);
      return value === null || value === undefined ? '' : String(value).trim();
    };
    if (cells.every((value) => String(value ?? '').trim() === '')) return;
    const rowProblems: TlhpImportProblem[] = [];
    for (const field of ['reportNumber', 'findingNumber', 'recommendationNumber'] as const) {
      if (!text(field)) rowProblems.push({ line, column: field, message: message('tlhpImport.blankNumber') });
    }
    for (const [field, limit] of textColumns) {
      const problem = textProblem(text(field), limit);
      if (problem) rowProblems.push({ line, column: field, message: problem });
    }
    const auditor = text('auditor') ? matchAuditorWord(text('auditor')) : null;
    if (text('auditor') && !auditor)
      rowProblems.push({
        line,
        column: 'auditor',
        message: message('tlhpImport.unknownAuditor', { word: text('auditor') }),
      });
    const status = matchStatusWord(text('status'));
    if (!status) {
      rowProblems.push({
        line,
        column: 'status',
        message: message('tlhpImport.unknownStatus', { word: text('status') }),
      });
    }
    const money = (field: 'amount' | 'recoveredAmount') => {
      const value = cell(field);
      if (value === null || value === undefined || String(value).trim() === '') return null;
      const amount = typeof value === 'number' ? value : parseNumber(String(value));
      const problem =
        amount === null ? message('amount.notANumber', { got: String(value) }) : amountProblem(amount);
      if (problem) {
        rowProblems.push({ line, column: field, message: problem });
        return null;
      }
      return amount;
    };
    const amount = money('amount');
    const recoveredAmount = money('recoveredAmount');
    const rawDue = cell('dueDate');
    const dueProblem = String(rawDue ?? '').trim() === '' ? null : dateProblem(rawDue);
    if (dueProblem) rowProblems.push({ line, column: 'dueDate', message: dueProblem });
    const dueDate = parseDateInput(rawDue);
    const row: TlhpImportRow = {
      line,
      auditor,
      reportNumber: text('reportNumber'),
      findingNumber: text('findingNumber'),
      findingTitle: text('findingTitle'),
      recommendationNumber: text('recommendationNumber'),
      recommendationText: text('recommendationText'),
      status: status ?? 'BELUM_DITINDAKLANJUTI',
      amount,
      recoveredAmount,
      dueDate,
    };
    const key = importKey(row);
    const first = seen.get(key);
    if (
      first !== undefined &&
      !rowProblems.some((problem) => problem.message.id === 'tlhpImport.blankNumber')
    ) {
      rowProblems.push({ line, message: message('tlhpImport.sameRow', { line: first }) });
    }
    if (first === undefined) seen.set(key, line);
    if (rowProblems.length) problems.push(...rowProblems);
    else rows.push(row);
  });
  return { rows, problems };
}

/** The longest text each text column takes, as the database and the rest of the product hold them. */
const textColumns = [
  ['reportNumber', textLimits.name],
  ['findingNumber', textLimits.code],
  ['findingTitle', textLimits.title],
  ['recommendationNumber', textLimits.code],
  ['recommendationText', textLimits.text],
] as const satisfies readonly (readonly [Field, number])[];

/** An audit report the importer reaches. */
export interface ReachableAudit {
  id: number;
  auditor: Auditor;
  reportNumber: string;
}

/** A recommendation already stored, with what the import compares. */
export interface StoredRecommendation {
  id: number;
  auditId: number;
  reportNumber: string;
  findingNumber: string;
  number: string;
  text: string;
  status: TlhpStatus;
  amount: number | null;
  recoveredAmount: number | null;
  dueDate: string | null;
}

/** A row and the audit report it was matched to. */
export type MatchedRow = TlhpImportRow & { auditId: number };

export interface TlhpImportPlan {
  create: MatchedRow[];
  update: {
    row: MatchedRow;
    id: number;
    changes: Partial<Record<Field, { from: unknown; to: unknown }>>;
  }[];
  unchanged: number;
  reject: TlhpImportProblem[];
}

const compared = ['recommendationText', 'status', 'amount', 'recoveredAmount', 'dueDate'] as const;

/**
 * What importing `rows` would do: create the recommendations that are new (under a report that exists and
 * that the importer reaches), update those whose text, status, amounts or due date differ, leave the rest.
 * A report is found by its number, and by its auditor where the list names one (numbers are unique per
 * auditor only); keyed by report + finding + recommendation, so importing the same file twice changes nothing.
 */
export function planTlhpImport(
  rows: readonly TlhpImportRow[],
  problems: readonly TlhpImportProblem[],
  stored: readonly StoredRecommendation[],
  audits: readonly ReachableAudit[],
): TlhpImportPlan {
  const keyOf = (auditId: number, findingNumber: string, number: string) =>
    `${auditId}\u001f${findingNumber.trim()}\u001f${number.trim()}`;
  const byKey = new Map(stored.map((each) => [keyOf(each.auditId, each.findingNumber, each.number), each]));
  const plan: TlhpImportPlan = { create: [], update: [], unchanged: 0, reject: [...problems] };
  for (const unmatched of rows) {
    const candidates = audits.filter(
      (audit) =>
        audit.reportNumber === unmatched.reportNumber &&
        (!unmatched.auditor || audit.auditor === unmatched.auditor),
    );
    const [audit] = candidates;
    if (!audit || candidates.length > 1) {
      plan.reject.push({
        line: unmatched.line,
        column: audit ? 'auditor' : 'reportNumber',
        message: audit
          ? message('tlhpImport.reportOfSeveral', {
              reportNumber: unmatched.reportNumber,
              auditors: candidates.map((each) => each.auditor),
            })
          : message('tlhpImport.unknownReport', {
              reportNumber: unmatched.reportNumber,
              auditor: unmatched.auditor,
            }),
      });
      continue;
    }
    const row: MatchedRow = { ...unmatched, auditId: audit.id };
    const existing = byKey.get(keyOf(audit.id, row.findingNumber, row.recommendationNumber));
    if (!existing) {
      if (!row.recommendationText)
        plan.reject.push({
          line: row.line,
          column: 'recommendationText',
          message: message('tlhpImport.newNeedsText'),
        });
      else plan.create.push(row);
      continue;
    }
    const before = {
      recommendationText: existing.text,
      status: existing.status,
      amount: existing.amount,
      recoveredAmount: existing.recoveredAmount,
      dueDate: existing.dueDate,
    };
    const changes: TlhpImportPlan['update'][number]['changes'] = {};
    for (const field of compared) {
      // A blank text or amount in the list keeps what is stored rather than erasing it.
      if (row[field] === null || row[field] === '') continue;
      if (row[field] !== before[field]) changes[field] = { from: before[field], to: row[field] };
    }
    if (Object.keys(changes).length) plan.update.push({ row, id: existing.id, changes });
    else plan.unchanged++;
  }
  plan.reject.sort((a, b) => a.line - b.line);
  return plan;
}
