import { z } from 'zod';
import { type InstrumentDefinition, itemsOf } from './instrument.ts';
import { type Message, message } from './messages/index.ts';

/** One question of PortalRB's master list, as far as mapping it needs. */
export interface PortalrbSoal {
  id: number;
  text: string;
  /** `YA_TIDAK`, `ABC` … `ABCDE`, `Jumlah`/`jumlah` (a count), `0-4` (a survey). */
  answerType: string;
}

export interface PortalrbMasterList {
  year: number;
  generatedAt: string | null;
  soals: PortalrbSoal[];
}

/** Where a soal's answer lives in the instrument: an option or survey item, or one input of a % item. */
export interface SoalTarget {
  soal: number;
  item: string;
  input?: string;
}

export interface SoalProblem {
  soal: number | null;
  message: Message;
}

const soalSchema = z.looseObject({
  id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]),
  teks_pertanyaan: z.string(),
  jenis_jawaban: z.string(),
});
type SoalNode = { soals?: z.infer<typeof soalSchema>[] | null; children?: SoalNode[] | null };
const nodeSchema: z.ZodType<SoalNode> = z.lazy(() =>
  z.looseObject({
    soals: z.array(soalSchema).nullish(),
    children: z.array(nodeSchema).nullish(),
  }),
);
const masterSchema = z.looseObject({
  tahun: z.number().int().min(2000).max(2100),
  total_soal: z.number().int().nonnegative().optional(),
  generated_at: z.string().nullish(),
  data: z.array(nodeSchema),
});

/** Reads PortalRB's master question list (its JSON as published), its soal in tree order. */
export function parseMasterList(json: unknown): { list: PortalrbMasterList | null; problems: SoalProblem[] } {
  const parsed = masterSchema.safeParse(json);
  if (!parsed.success)
    return {
      list: null,
      problems: [
        {
          soal: null,
          message: message('portalrb.notMasterList', { reason: parsed.error.issues[0]?.message ?? '' }),
        },
      ],
    };
  const soals: PortalrbSoal[] = [];
  const walk = (node: SoalNode) => {
    for (const soal of node.soals ?? [])
      soals.push({ id: Number(soal.id), text: soal.teks_pertanyaan, answerType: soal.jenis_jawaban });
    for (const child of node.children ?? []) walk(child);
  };
  for (const node of parsed.data.data) walk(node);
  const problems: SoalProblem[] = [];
  if (parsed.data.total_soal !== undefined && parsed.data.total_soal !== soals.length)
    problems.push({
      soal: null,
      message: message('portalrb.totalMismatch', { stated: parsed.data.total_soal, found: soals.length }),
    });
  return {
    list: { year: parsed.data.tahun, generatedAt: parsed.data.generated_at ?? null, soals },
    problems,
  };
}

/** The instrument's input rows in worksheet order: each option or survey item, each input of a % item. */
export function inputRows(definition: InstrumentDefinition) {
  return itemsOf(definition).flatMap((item) =>
    item.answerType === 'PERCENT'
      ? (item.inputs ?? []).map((input) => ({
          item: item.code,
          input: input.key as string | undefined,
          text: input.label,
          answerType: 'COUNT',
        }))
      : [{ item: item.code, input: undefined, text: item.question, answerType: item.answerType as string }],
  );
}

const portalrbTypes: Record<string, string> = { jumlah: 'COUNT', '0-4': 'SURVEY' };
const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, ' ')
      .split(' ')
      .filter((word) => word.length > 2),
  );
/** How much of the shorter text the other shares, word by word (0–1). */
function overlap(left: string, right: string) {
  const a = words(left);
  const b = words(right);
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
/** The official 2026 list shares at least 80% of the words of every row; a list shifted by a row shares far less of most. */
const minimumOverlap = 0.6;

/**
 * Maps a master list onto the instrument's input rows in order (the 127 soal of 2026 are the 90/2021
 * workbook's 127 input rows), checking each pair by answer type and by text; a list that does not map
 * is refused with every soal that fails.
 */
export function mapMasterList(
  definition: InstrumentDefinition,
  list: PortalrbMasterList,
): { mapping: SoalTarget[]; problems: SoalProblem[] } {
  const rows = inputRows(definition);
  const problems: SoalProblem[] = [];
  if (rows.length !== list.soals.length)
    problems.push({
      soal: null,
      message: message('portalrb.countMismatch', { soals: list.soals.length, inputs: rows.length }),
    });
  const ids = new Set<number>();
  const mapping = list.soals.flatMap((soal, index): SoalTarget[] => {
    if (ids.has(soal.id)) problems.push({ soal: soal.id, message: message('portalrb.soalTwice') });
    ids.add(soal.id);
    const row = rows[index];
    if (!row) return [];
    const type = portalrbTypes[soal.answerType.toLowerCase()] ?? soal.answerType.toUpperCase();
    if (type !== row.answerType)
      problems.push({
        soal: soal.id,
        message: message('portalrb.typeMismatch', {
          item: row.input ? `${row.item}.${row.input}` : row.item,
          got: soal.answerType,
          expected: row.answerType,
        }),
      });
    else if (overlap(soal.text, row.text) < minimumOverlap)
      problems.push({
        soal: soal.id,
        message: message('portalrb.textMismatch', {
          item: row.input ? `${row.item}.${row.input}` : row.item,
        }),
      });
    return [{ soal: soal.id, item: row.item, ...(row.input ? { input: row.input } : {}) }];
  });
  return { mapping: problems.length ? [] : mapping, problems };
}

/** A stored or computed answer value as PortalRB takes it: the option, or a number as a decimal string with a dot. */
export function portalrbValue(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'number' ? String(value) : value;
}
