import type { Answer, Evaluation, Prisma, PrismaClient, Stage, User } from '@zi/db/client';
import {
  type AnswerInput,
  canReadLayer,
  type Layer,
  layers,
  type Predicate,
  type PrerequisiteFacts,
} from '@zi/schema';
import { forbidden } from './errors.ts';
import type { LoadedInstrument } from './instruments.ts';
import { unitTlhpSummary } from './tlhp.ts';

type StoredAnswer = Pick<Answer, 'itemId' | 'layer' | 'option' | 'inputs' | 'score'>;

/** One layer's stored answers as the scoring engine takes them, by item code. */
export function answersOfLayer(rows: StoredAnswer[], layer: Layer, instrument: LoadedInstrument) {
  const answers = new Map<string, AnswerInput>();
  for (const row of rows) {
    if (row.layer !== layer) continue;
    const code = instrument.codeById.get(row.itemId);
    if (!code) continue;
    answers.set(code, {
      option: row.option,
      inputs: row.inputs as AnswerInput['inputs'],
      score: row.score,
    });
  }
  return answers;
}

/**
 * The layer that counts for the predicate: the latest one filled (TPN over TPI over UNIT). A layer is
 * filled when every item is answered; while none is, the latest with any answer stands in.
 */
export function countingLayer(rows: StoredAnswer[], itemCount: number): Layer {
  const answered = new Map<Layer, number>();
  for (const row of rows) {
    if (row.option === null && row.inputs === null && row.score === null) continue;
    answered.set(row.layer, (answered.get(row.layer) ?? 0) + 1);
  }
  const latestFirst = [...layers].reverse();
  return (
    latestFirst.find((layer) => (answered.get(layer) ?? 0) >= itemCount) ??
    latestFirst.find((layer) => answered.has(layer)) ??
    'UNIT'
  );
}

/** The facts the prerequisites are checked against, read from the unit, its agency and TLHP. */
export async function prerequisiteFacts(
  prisma: PrismaClient,
  evaluation: Pick<
    Evaluation,
    'id' | 'unitId' | 'year' | 'unitSakipGrade' | 'lhkpnCompliance' | 'lhkasnCompliance'
  >,
): Promise<PrerequisiteFacts> {
  const unit = await prisma.unit.findUniqueOrThrow({
    where: { id: evaluation.unitId },
    include: { agency: { include: { profiles: { where: { year: evaluation.year } } } } },
  });
  const [held, tlhp] = await Promise.all([
    prisma.evaluation.findMany({
      where: {
        unitId: unit.id,
        year: { lt: evaluation.year },
        stage: 'DITETAPKAN',
        awardedPredicate: { not: null },
      },
      select: { awardedPredicate: true },
    }),
    unitTlhpSummary(prisma, unit.id, evaluation.year),
  ]);
  const profile = unit.agency.profiles[0];
  const heldPredicates = held.map((row) => row.awardedPredicate as Predicate);
  return {
    agency: {
      kind: unit.agency.kind,
      bpkOpinion: profile?.bpkOpinion ?? null,
      sakipGrade: profile?.sakipGrade ?? null,
      indeksRbGrade: profile?.indeksRbGrade ?? null,
      spipLevel: profile?.spipLevel ?? null,
    },
    unit: {
      eselon: unit.eselon,
      coreService: unit.coreService,
      afirmasi: unit.afirmasi,
      ziSinceYear: unit.ziSinceYear,
    },
    year: evaluation.year,
    unitSakipGrade: evaluation.unitSakipGrade,
    lhkpnCompliance: evaluation.lhkpnCompliance,
    lhkasnCompliance: evaluation.lhkasnCompliance,
    tlhpCompletion: tlhp.completion,
    heldPredicate: heldPredicates.includes('WBBM') ? 'WBBM' : heldPredicates.includes('WBK') ? 'WBK' : null,
  };
}

/** The layer a computed field reads: the one asked for, else the counting layer (a unit operator's own). */
export function layerFor(
  user: User | null,
  requested: Layer | null | undefined,
  rows: StoredAnswer[],
  itemCount: number,
): Layer {
  const layer = requested ?? (user?.role === 'UNIT_OPERATOR' ? 'UNIT' : countingLayer(rows, itemCount));
  if (user && !canReadLayer(user, layer))
    throw forbidden(`Anda tidak dapat membaca lapisan ${layer}.`, 'layer');
  return layer;
}

/**
 * Locks evaluations for the rest of the transaction and returns their stages: a write that depends on
 * the stage (answers, details, a move) sees the stage no racing move can change before it commits.
 * Locked in id order, so writes over several evaluations cannot deadlock each other.
 */
export async function lockEvaluations(tx: Prisma.TransactionClient, ids: readonly number[]) {
  const rows = await tx.$queryRaw<{ id: number; stage: Stage }[]>`
    SELECT id, stage::text AS stage FROM "Evaluation" WHERE id = ANY(${[...ids]}::int[]) ORDER BY id FOR UPDATE`;
  return new Map(rows.map((row) => [row.id, row.stage]));
}

export const lockEvaluation = (tx: Prisma.TransactionClient, id: number) => lockEvaluations(tx, [id]);

/** Whether a write failed on a unique constraint (a racing request wrote the same key first). */
export function uniqueViolation(error: unknown): boolean {
  const { code, meta } = (error ?? {}) as { code?: string; meta?: { code?: string } };
  return code === 'P2002' || (code === 'P2010' && meta?.code === '23505');
}
