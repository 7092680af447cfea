import {
  type AgencyKind,
  countingLayer,
  criteriaVerdict,
  evaluatePredicate,
  evaluatePredicates,
  isDecided,
  type Layer,
  layers,
  type Predicate,
  type PrerequisiteFacts,
  type Score,
  type Stage,
  scoreAnswers,
  type TlhpSummary,
  type Verdict,
} from '@zi/schema';
import type { AgencyProfile, Prisma, PrismaClient } from '../generated/client/client.ts';
import { answersOfLayer, type LoadedInstrument, loadInstrument, type StoredAnswer } from './instruments.ts';
import { unitTlhpCompletions } from './tlhp.ts';

/**
 * The one service that scores an evaluation's layers: answers + instrument + TLHP as of the evaluation's
 * cut-off. The API's fields, every write that can change a score, the report, the workbook export and the
 * seed call it, and what it computes is what is stored for lists and analytics.
 */

type Client = PrismaClient | Prisma.TransactionClient;

/** What scoring needs of an evaluation. */
export const scoringFields = {
  id: true,
  unitId: true,
  year: true,
  instrumentId: true,
  stage: true,
  proposedAt: true,
} as const;

export interface EvaluationFacts {
  id: number;
  unitId: number;
  year: number;
  instrumentId: number;
  stage: Stage;
  proposedAt: Date | null;
}

export type AnswerRow = StoredAnswer & { evaluationId: number };

export interface ScoredEvaluation {
  evaluation: EvaluationFacts;
  instrument: LoadedInstrument;
  /**
   * Follow-up completion of the unit up to the evaluation's year, as of its cut-off: read where the
   * instrument scores it (or where it was given), else null.
   */
  tlhp: TlhpSummary | null;
  scores: Record<Layer, Score>;
  /** The layer that counts; null while nothing is answered. */
  countingLayer: Layer | null;
}

/**
 * The moment whose follow-up statuses an evaluation counts (domain spec §3): today (null) until it is
 * proposed, the moment of proposal from then on.
 */
export const tlhpCutOff = (evaluation: Pick<EvaluationFacts, 'proposedAt'>) => evaluation.proposedAt;

/** Each evaluation's TLHP completion up to its year, as of its cut-off; one statement for all. */
export function evaluationTlhp(client: Client, evaluations: readonly EvaluationFacts[]) {
  return unitTlhpCompletions(
    client,
    evaluations.map((evaluation) => ({
      unitId: evaluation.unitId,
      year: evaluation.year,
      asOf: tlhpCutOff(evaluation),
    })),
  );
}

/** An agency's prerequisite facts for a year, from its profile of that year (the one in `profiles`, if any). */
export function agencyFacts(agency: {
  kind: AgencyKind;
  profiles: Pick<AgencyProfile, 'bpkOpinion' | 'sakipGrade' | 'indeksRbGrade' | 'spipLevel'>[];
}): PrerequisiteFacts['agency'] {
  const profile = agency.profiles[0];
  return {
    kind: agency.kind,
    bpkOpinion: profile?.bpkOpinion ?? null,
    sakipGrade: profile?.sakipGrade ?? null,
    indeksRbGrade: profile?.indeksRbGrade ?? null,
    spipLevel: profile?.spipLevel ?? null,
  };
}

/** One layer's figures: the rule every caller shares. */
export const scoreLayer = (
  instrument: LoadedInstrument,
  rows: readonly StoredAnswer[],
  layer: Layer,
  tlhp: TlhpSummary | null,
): Score =>
  scoreAnswers(instrument.definition, answersOfLayer(rows, layer, instrument), {
    tlhpCompletion: tlhp?.completion ?? null,
  });

const byEvaluation = (rows: readonly AnswerRow[]) => {
  const grouped = new Map<number, AnswerRow[]>();
  for (const row of rows) {
    const list = grouped.get(row.evaluationId);
    if (list) list.push(row);
    else grouped.set(row.evaluationId, [row]);
  }
  return grouped;
};

/** Each evaluation's instrument and, where the instrument scores it, its TLHP as of the cut-off (else given). */
async function scoringContext(
  client: Client,
  evaluations: readonly EvaluationFacts[],
  given?: readonly TlhpSummary[],
) {
  const instruments = await Promise.all(
    evaluations.map((evaluation) => loadInstrument(client, evaluation.instrumentId)),
  );
  const counting = evaluations.filter((_, index) => instruments[index]?.definition.derivedItems?.length);
  const read = given ? [] : await evaluationTlhp(client, counting);
  return evaluations.map((evaluation, index) => ({
    instrument: instruments[index] as LoadedInstrument,
    tlhp: (given ? given[index] : read[counting.indexOf(evaluation)]) ?? null,
  }));
}

/**
 * Scores every layer of each evaluation from its stored answers and TLHP as of its cut-off (each read
 * here unless given: the answers of all the evaluations, their TLHP summaries in order).
 */
export async function scoreEvaluations(
  client: Client,
  evaluations: readonly EvaluationFacts[],
  given: { answers?: readonly AnswerRow[]; tlhp?: readonly TlhpSummary[] } = {},
): Promise<ScoredEvaluation[]> {
  if (!evaluations.length) return [];
  const rows =
    given.answers ??
    (await client.answer.findMany({
      where: { evaluationId: { in: evaluations.map((evaluation) => evaluation.id) } },
      select: { evaluationId: true, itemId: true, layer: true, option: true, inputs: true, score: true },
    }));
  const answers = byEvaluation(rows);
  const context = await scoringContext(client, evaluations, given.tlhp);
  return evaluations.map((evaluation, index) => {
    const { instrument, tlhp } = context[index] as (typeof context)[number];
    const own = answers.get(evaluation.id) ?? [];
    const scores = Object.fromEntries(
      layers.map((layer) => [layer, scoreLayer(instrument, own, layer, tlhp)]),
    ) as Record<Layer, Score>;
    return { evaluation, instrument, tlhp, scores, countingLayer: countingLayer(scores) };
  });
}

/** How many items of each layer are answered, of how many: what the counting layer is chosen by. */
export type Completeness = Partial<Record<Layer, { answered: number; itemCount: number }>>;

/** An evaluation of which some layers were scored again; the others stand as stored. */
export type RescoredEvaluation = Omit<ScoredEvaluation, 'scores'> & { scores: Partial<Record<Layer, Score>> };

/**
 * After a write to some layers: scores those layers again from `answers` (theirs as they now stand), and
 * the counting layer from them and the stored completeness of the other layers, whose answers (and so
 * stored scores) the write left alone.
 */
export async function rescoreLayers(
  client: Client,
  writes: readonly { evaluation: EvaluationFacts; layers: readonly Layer[]; stored: Completeness }[],
  answers: readonly AnswerRow[],
): Promise<RescoredEvaluation[]> {
  const grouped = byEvaluation(answers);
  const context = await scoringContext(
    client,
    writes.map((write) => write.evaluation),
  );
  return writes.map(({ evaluation, layers: written, stored }, index) => {
    const { instrument, tlhp } = context[index] as (typeof context)[number];
    const own = grouped.get(evaluation.id) ?? [];
    const scores: Partial<Record<Layer, Score>> = Object.fromEntries(
      written.map((layer) => [layer, scoreLayer(instrument, own, layer, tlhp)]),
    );
    return { evaluation, instrument, tlhp, scores, countingLayer: countingLayer({ ...stored, ...scores }) };
  });
}

const unmet = (entry: RescoredEvaluation, score: Score, predicate: Predicate) =>
  evaluatePredicate(entry.instrument.definition, score, predicate, null)
    .criteria.filter((criterion) => !criterion.met)
    .map((criterion) => criterion.key);

/**
 * Stores the scored layers and counting layers in one statement for any number of evaluations; what
 * analytics and lists read. (A decided evaluation's answers no longer change and its TLHP counts as of its
 * proposal, so what is stored for it stays what it was decided on; the Decision keeps the verdict.)
 */
export async function storeScores(tx: Prisma.TransactionClient, scored: readonly RescoredEvaluation[]) {
  if (!scored.length) return;
  const entries = scored.flatMap((entry) =>
    layers.flatMap((layer) => {
      const score = entry.scores[layer];
      return score ? [{ entry, layer, score }] : [];
    }),
  );
  const column = <T>(pick: (each: (typeof entries)[number]) => T) => entries.map(pick);
  await tx.$executeRaw`
    WITH stored AS (
      INSERT INTO "LayerScore" ("evaluationId", "layer", "total", "pengungkit", "pemenuhan", "reform", "hasil", "answered",
                                "itemCount", "areas", "wbkUnmet", "wbbmUnmet", "verdict", "tlhpCompletion", "updatedAt")
      SELECT evaluation_id, layer, total, pengungkit, pemenuhan, reform, hasil, answered, item_count, areas::jsonb,
             ARRAY(SELECT jsonb_array_elements_text(wbk::jsonb)), ARRAY(SELECT jsonb_array_elements_text(wbbm::jsonb)),
             verdict::"Predicate", tlhp, now()
      FROM unnest(${column((each) => each.entry.evaluation.id)}::int[], ${column((each) => each.layer)}::"Layer"[],
                  ${column((each) => each.score.total)}::float8[], ${column((each) => each.score.pengungkit)}::float8[],
                  ${column((each) => each.score.pemenuhan)}::float8[], ${column((each) => each.score.reform)}::float8[],
                  ${column((each) => each.score.hasil)}::float8[], ${column((each) => each.score.answered)}::int[],
                  ${column((each) => each.score.itemCount)}::int[],
                  ${column((each) => JSON.stringify(Object.fromEntries(each.score.areas.map((area) => [area.key, { points: area.points, percent: area.percent }]))))}::text[],
                  ${column((each) => JSON.stringify(unmet(each.entry, each.score, 'WBK')))}::text[],
                  ${column((each) => JSON.stringify(unmet(each.entry, each.score, 'WBBM')))}::text[],
                  ${column((each) => criteriaVerdict(each.entry.instrument.definition, each.score))}::text[],
                  ${column((each) => (each.entry.instrument.definition.derivedItems?.length ? (each.entry.tlhp?.completion ?? null) : null))}::float8[])
           AS incoming(evaluation_id, layer, total, pengungkit, pemenuhan, reform, hasil, answered, item_count, areas, wbk, wbbm, verdict, tlhp)
      ON CONFLICT ("evaluationId", "layer") DO UPDATE SET
        "total" = EXCLUDED."total", "pengungkit" = EXCLUDED."pengungkit", "pemenuhan" = EXCLUDED."pemenuhan",
        "reform" = EXCLUDED."reform", "hasil" = EXCLUDED."hasil", "answered" = EXCLUDED."answered",
        "itemCount" = EXCLUDED."itemCount", "areas" = EXCLUDED."areas", "wbkUnmet" = EXCLUDED."wbkUnmet",
        "wbbmUnmet" = EXCLUDED."wbbmUnmet", "verdict" = EXCLUDED."verdict", "tlhpCompletion" = EXCLUDED."tlhpCompletion",
        "updatedAt" = EXCLUDED."updatedAt")
    UPDATE "Evaluation" e SET "countingLayer" = d.layer::"Layer"
    FROM unnest(${scored.map((entry) => entry.evaluation.id)}::int[], ${scored.map((entry) => entry.countingLayer)}::text[])
      AS d(id, layer)
    WHERE e.id = d.id AND e."countingLayer" IS DISTINCT FROM d.layer::"Layer"`;
}

/** Scores and stores the evaluations `ids` from their stored answers. */
export async function refreshStoredScores(tx: Prisma.TransactionClient, ids: readonly number[]) {
  if (!ids.length) return;
  const evaluations = await tx.evaluation.findMany({
    where: { id: { in: [...ids] } },
    select: scoringFields,
  });
  await storeScores(tx, await scoreEvaluations(tx, evaluations));
}

/**
 * After follow-up statuses of these units changed: refreshes the stored scores that count them, those
 * of evaluations on an instrument scoring TLHP that are not yet proposed (a proposed one counts the
 * statuses of its proposal).
 */
export async function refreshScoresForTlhp(tx: Prisma.TransactionClient, unitIds: readonly number[]) {
  if (!unitIds.length) return;
  const candidates = await tx.evaluation.findMany({
    where: { unitId: { in: [...new Set(unitIds)] }, proposedAt: null },
    select: scoringFields,
  });
  const counting: EvaluationFacts[] = [];
  for (const evaluation of candidates) {
    const instrument = await loadInstrument(tx, evaluation.instrumentId);
    if (instrument.definition.derivedItems?.length && !isDecided(evaluation.stage)) counting.push(evaluation);
  }
  await storeScores(tx, await scoreEvaluations(tx, counting));
}

/** The facts an evaluation's prerequisites are checked against: its unit, agency, year and TLHP at the cut-off. */
export async function prerequisiteFacts(
  client: Client,
  evaluation: EvaluationFacts & {
    unitSakipGrade: PrerequisiteFacts['unitSakipGrade'];
    lhkpnCompliance: number | null;
    lhkasnCompliance: number | null;
  },
  tlhp?: TlhpSummary,
): Promise<PrerequisiteFacts> {
  const unit = await client.unit.findUniqueOrThrow({
    where: { id: evaluation.unitId },
    include: { agency: { include: { profiles: { where: { year: evaluation.year } } } } },
  });
  const held = await client.evaluation.findMany({
    where: {
      unitId: unit.id,
      year: { lt: evaluation.year },
      stage: 'DITETAPKAN',
      awardedPredicate: { not: null },
    },
    select: { awardedPredicate: true },
  });
  const completion = tlhp ?? ((await evaluationTlhp(client, [evaluation]))[0] as TlhpSummary);
  const heldPredicates = held.map((row) => row.awardedPredicate as Predicate);
  return {
    agency: agencyFacts(unit.agency),
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
    tlhpCompletion: completion.completion,
    heldPredicate: heldPredicates.includes('WBBM') ? 'WBBM' : heldPredicates.includes('WBK') ? 'WBK' : null,
  };
}

export const decisionFields = {
  ...scoringFields,
  unitSakipGrade: true,
  lhkpnCompliance: true,
  lhkasnCompliance: true,
} as const;

/** What an evaluation is decided on: the counting layer's score, its verdict with prerequisites, the TLHP. */
export interface DecisionRecord {
  layer: Layer;
  score: Score;
  verdict: Verdict;
  tlhp: TlhpSummary;
}

/**
 * Records what an evaluation was decided on as it stands now, for a decision (`stage`) taken now; the
 * record is never rewritten by later changes.
 */
export async function recordDecision(
  tx: Prisma.TransactionClient,
  evaluation: Parameters<typeof prerequisiteFacts>[1],
  stage: Stage,
  decidedAt = new Date(),
): Promise<DecisionRecord> {
  const [scored] = await scoreEvaluations(tx, [evaluation]);
  if (!scored) throw new Error(`evaluation ${evaluation.id} cannot be scored`);
  const layer = scored.countingLayer ?? 'TPN';
  const score = scored.scores[layer];
  const tlhp = scored.tlhp ?? ((await evaluationTlhp(tx, [evaluation]))[0] as TlhpSummary);
  const facts = await prerequisiteFacts(tx, evaluation, tlhp);
  const record: DecisionRecord = {
    layer,
    score,
    verdict: evaluatePredicates(scored.instrument.definition, score, facts),
    tlhp,
  };
  const json = (value: unknown) => value as Prisma.InputJsonValue;
  await tx.decision.create({
    data: {
      evaluationId: evaluation.id,
      stage,
      decidedAt,
      layer,
      score: json(record.score),
      verdict: json(record.verdict),
      tlhp: json(record.tlhp),
    },
  });
  return record;
}

/** Bumped whenever the scoring rules change what is stored: databases stored under another version are refreshed. */
export const storedScoresVersion = 2;
export const storedScoresVersionKey = 'scores.version';

/**
 * Brings stored figures up to the current rules after a migration or an upgrade: every evaluation's
 * stored scores are computed again, in batches, and a decided evaluation without a recorded decision gets
 * one, from what it stands on now. Nothing happens when the stored version is current.
 */
export async function refreshStoredScoresIfStale(prisma: PrismaClient) {
  const setting = await prisma.setting.findUnique({ where: { key: storedScoresVersionKey } });
  if (setting?.value === storedScoresVersion) return false;
  const ids = (await prisma.evaluation.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map(
    (evaluation) => evaluation.id,
  );
  for (let start = 0; start < ids.length; start += 500) {
    const batch = ids.slice(start, start + 500);
    await prisma.$transaction((tx) => refreshStoredScores(tx, batch), { timeout: 120_000 });
  }
  const undecided = await prisma.evaluation.findMany({
    where: { stage: { in: ['DITETAPKAN', 'TIDAK_DITETAPKAN'] }, decision: null },
    select: decisionFields,
  });
  for (const evaluation of undecided) {
    await prisma.$transaction(async (tx) => {
      const decided = await tx.stageTransition.findFirst({
        where: { evaluationId: evaluation.id, toStage: evaluation.stage },
        orderBy: { at: 'desc' },
        select: { at: true },
      });
      await recordDecision(tx, evaluation, evaluation.stage, decided?.at);
    });
  }
  await prisma.setting.upsert({
    where: { key: storedScoresVersionKey },
    create: { key: storedScoresVersionKey, value: storedScoresVersion },
    update: { value: storedScoresVersion },
  });
  return true;
}
