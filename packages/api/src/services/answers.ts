import {
  type AnswerRow,
  type Completeness,
  type LoadedInstrument,
  loadInstrument,
  rescoreLayers,
  storeScores,
} from '@zi/db';
import type { Prisma, PrismaClient, User } from '@zi/db/client';
import {
  type AnswerInput as EngineAnswer,
  evaluateAnswer,
  type InstrumentDefinition,
  type Layer,
  layerWriteProblem,
  linksProblem,
  message,
  type Score,
  type Stage,
  type SurveyKind,
} from '@zi/schema';
import DataLoader from 'dataloader';
import { assertAllInScope } from '../access.ts';
import { conflict, type FieldProblem, forbidden, validationError } from '../errors.ts';
import { assertCanWriteItems } from './reviews.ts';

/** One answer to write, as a client sends it. */
export interface AnswerChange {
  item: string;
  option?: string | null;
  inputs?: Record<string, number | null | undefined> | null;
  score?: number | null;
  note?: string | null;
  evidence?: string[] | null;
  expectedVersion?: number | null;
}

/** A layer's score with the layer it scores. */
export type LayerScore = Score & { layer: Layer };

export interface SetResult {
  evaluationId: number;
  layer: Layer;
  answers: { item: string; version: number }[];
  score: LayerScore;
}

export interface LayerWrite {
  evaluationId: number;
  layer: Layer;
  answers: AnswerChange[];
  /** Where this set's answers sit in the request, for error paths: `answers` or `sets[2].answers`. */
  path: string;
  /** The layer these answers are copied from, unconfirmed until the layer's owner saves them again. */
  copiedFrom?: Layer;
}

const maxAnswersPerCall = 20_000;

/** Refuses a layer `user` may not write at `stage` (the evaluation's reach is checked separately). */
export function assertCanWriteLayer(user: User, layer: Layer, stage: Stage, field: string) {
  const refused = layerWriteProblem(user, layer, stage);
  if (refused) throw forbidden(message('request.sentence', { reason: refused }), field);
}

/**
 * The survey items whose official result is recorded (the bulk grid writes it into every layer): that result
 * is their one source, so no layer's answer to them is written otherwise.
 */
export const officialSurveyItems = (
  definition: InstrumentDefinition,
  surveys: readonly { kind: SurveyKind }[],
): ReadonlySet<string> => new Set(surveys.map((survey) => definition.surveyItems[survey.kind]));

const engineAnswer = (change: AnswerChange): EngineAnswer => ({
  option: change.option ?? null,
  inputs: (change.inputs ?? null) as EngineAnswer['inputs'],
  score: change.score ?? null,
});

/**
 * Checks one set's answers; `official` are the survey items whose official result is recorded (the bulk
 * grid's surveys): that result is their one source, in every layer.
 */
function checkChanges(
  set: LayerWrite,
  instrument: LoadedInstrument,
  official: ReadonlySet<string>,
  problems: FieldProblem[],
) {
  const seen = new Set<string>();
  set.answers.forEach((change, index) => {
    const at = `${set.path}[${index}]`;
    const item = instrument.itemByCode.get(change.item);
    if (!item || !instrument.idByCode.has(change.item)) {
      problems.push({
        field: `${at}.item`,
        item: change.item,
        message: message('answer.unknownItem', { item: change.item }),
      });
      return;
    }
    if (seen.has(change.item))
      problems.push({
        field: `${at}.item`,
        item: change.item,
        message: message('answer.sentTwice'),
      });
    seen.add(change.item);
    if (official.has(change.item))
      problems.push({
        field: `${at}.item`,
        item: change.item,
        message: message('answer.surveyIsOfficial'),
      });
    for (const problem of evaluateAnswer(item, engineAnswer(change)).problems) {
      problems.push({ field: `${at}.${problem.field}`, item: problem.item, message: problem.message });
    }
    const evidenceProblem = linksProblem(change.evidence ?? []);
    if (evidenceProblem)
      problems.push({ field: `${at}.evidence`, item: change.item, message: evidenceProblem });
  });
}

type StoredRow = {
  evaluationId: number;
  layer: Layer;
  itemId: number;
  option: string | null;
  inputs: Prisma.JsonValue;
  score: number | null;
  note: string | null;
  evidence: string[];
  copiedFrom: Layer | null;
  version: number;
  updatedAt: Date;
  updatedById: number | null;
};

interface Row {
  evaluationId: number;
  layer: Layer;
  itemId: number;
  change: AnswerChange;
  copiedFrom: Layer | null;
}

/**
 * Locks the evaluations in id order (so writes over several evaluations cannot deadlock each other) and
 * marks them changed; returns what each is under the lock: its stage (a move that raced the checks before
 * is seen here), its proposal and its layers' stored completeness, which picks the counting layer.
 */
async function lockEvaluationsForWrite(tx: Prisma.TransactionClient, ids: number[]) {
  const rows = await tx.$queryRaw<
    { id: number; stage: Stage; proposedAt: Date | null; completeness: Completeness | null }[]
  >`
    UPDATE "Evaluation" e SET "updatedAt" = now()
    FROM (SELECT id FROM "Evaluation" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE) locked
    WHERE e.id = locked.id
    RETURNING e.id, e.stage::text AS stage, e."proposedAt",
      (SELECT jsonb_object_agg(s.layer, jsonb_build_object('answered', s.answered, 'itemCount', s."itemCount"))
       FROM "LayerScore" s WHERE s."evaluationId" = e.id) AS completeness`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** What the version check, the change log and scoring need of a locked answer. */
type LockedRow = Omit<StoredRow, 'updatedAt' | 'updatedById'>;

/**
 * Locks every stored answer of the layers the write touches and returns them: the versions to check, the
 * change log's "before", and the layers as they stand, scored again once the write is overlaid.
 */
function lockAnswers(tx: Prisma.TransactionClient, sets: LayerWrite[]) {
  return tx.$queryRaw<LockedRow[]>`
    SELECT "evaluationId", "layer"::text AS "layer", "itemId", "option", "inputs", "score", "note", "evidence",
           "copiedFrom"::text AS "copiedFrom", "version"
    FROM "Answer" WHERE ("evaluationId", "layer") IN (
      SELECT * FROM unnest(${sets.map((set) => set.evaluationId)}::int[], ${sets.map((set) => set.layer)}::"Layer"[]))
    FOR UPDATE`;
}

/** The stored answers behind a conflict, as the CONFLICT error shows them. */
function currentAnswers(tx: Prisma.TransactionClient, rows: Row[]) {
  return tx.$queryRaw<StoredRow[]>`
    SELECT "evaluationId", "layer"::text AS "layer", "itemId", "option", "inputs", "score", "note", "evidence",
           "copiedFrom"::text AS "copiedFrom", "version", "updatedAt", "updatedById"
    FROM "Answer" WHERE ("evaluationId", "itemId", "layer") IN (
      SELECT * FROM unnest(${rows.map((row) => row.evaluationId)}::int[], ${rows.map((row) => row.itemId)}::int[],
                           ${rows.map((row) => row.layer)}::"Layer"[]))`;
}

/** A stored answer as a CONFLICT error shows it. */
const publicAnswer = (row: StoredRow | undefined, item: string) =>
  row
    ? {
        item,
        option: row.option,
        inputs: row.inputs,
        score: row.score,
        note: row.note,
        evidence: row.evidence,
        copiedFrom: row.copiedFrom,
        version: row.version,
        updatedAt: row.updatedAt,
        updatedById: row.updatedById,
      }
    : { item, version: 0 };

/** An answer's values as the change log holds them; `copiedFrom` only while it is an unconfirmed copy. */
const loggedAnswer = (
  answer: Pick<StoredRow, 'option' | 'inputs' | 'score' | 'note' | 'evidence' | 'copiedFrom' | 'version'>,
) => ({
  option: answer.option,
  inputs: answer.inputs,
  score: answer.score,
  note: answer.note,
  evidence: answer.evidence,
  ...(answer.copiedFrom ? { copiedFrom: answer.copiedFrom } : {}),
  version: answer.version,
});

/**
 * One change-log entry per evaluation layer written, its answers before and after:
 * `{layer, answers: {itemCode: answer | null}}`. The rows are locked, so each written version is the
 * stored one plus one (a first save that lost a race is rolled back with its entry).
 */
function changeLogEntries(rows: Row[], before: ReadonlyMap<string, LockedRow>) {
  const entries = new Map<
    string,
    { evaluationId: number; layer: Layer; before: Record<string, unknown>; after: Record<string, unknown> }
  >();
  for (const row of rows) {
    const key = layerKey(row);
    const entry = entries.get(key) ?? {
      evaluationId: row.evaluationId,
      layer: row.layer,
      before: {},
      after: {},
    };
    entries.set(key, entry);
    const previous = before.get(rowKey(row));
    const { change } = row;
    entry.before[change.item] = previous ? loggedAnswer(previous) : null;
    entry.after[change.item] = loggedAnswer({
      option: change.option ?? null,
      inputs: (change.inputs ?? null) as Prisma.JsonValue,
      score: change.score ?? null,
      note: change.note ?? null,
      evidence: change.evidence ?? [],
      copiedFrom: row.copiedFrom,
      version: (previous?.version ?? 0) + 1,
    });
  }
  return [...entries.values()];
}

/**
 * Writes every row with one INSERT … ON CONFLICT and, in the same statement, the change-log entries; the
 * rows travel as one JSON parameter (Prisma serialises array parameters value by value). Returns the rows
 * whose new version is not `expected`: none, unless a first save raced another past the lock.
 */
async function upsertAnswers(
  tx: Prisma.TransactionClient,
  userId: number,
  rows: (Row & { expected: number })[],
  log: ReturnType<typeof changeLogEntries>,
) {
  const incoming = JSON.stringify(
    rows.map(({ evaluationId, itemId, layer, change, copiedFrom, expected }) => ({
      evaluationId,
      itemId,
      layer,
      option: change.option ?? null,
      inputs: change.inputs ?? null,
      score: change.score ?? null,
      note: change.note ?? null,
      evidence: change.evidence ?? [],
      copiedFrom,
      expected,
    })),
  );
  const entries = JSON.stringify(
    log.map(({ evaluationId, layer, before, after }) => ({
      evaluationId,
      layer,
      before: { layer, answers: before },
      after: { layer, answers: after },
    })),
  );
  return tx.$queryRaw<{ evaluationId: number; layer: Layer; itemId: number; version: number }[]>`
    WITH incoming AS (
      SELECT * FROM jsonb_to_recordset(${incoming}::jsonb) AS incoming("evaluationId" int, "itemId" int, "layer" "Layer",
        "option" text, "inputs" jsonb, "score" float8, "note" text, "evidence" text[], "copiedFrom" "Layer", "expected" int)),
    written AS (
      INSERT INTO "Answer" ("evaluationId", "itemId", "layer", "option", "inputs", "score", "note", "evidence", "copiedFrom", "version", "updatedById", "updatedAt")
      SELECT "evaluationId", "itemId", "layer", "option", nullif("inputs", 'null'), "score", "note", "evidence", "copiedFrom", 1, ${userId}, now()
      FROM incoming
      ON CONFLICT ("evaluationId", "itemId", "layer") DO UPDATE SET
        "option" = EXCLUDED."option", "inputs" = EXCLUDED."inputs", "score" = EXCLUDED."score", "note" = EXCLUDED."note",
        "evidence" = EXCLUDED."evidence", "copiedFrom" = EXCLUDED."copiedFrom", "version" = "Answer"."version" + 1,
        "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "evaluationId", "layer", "itemId", "version"),
    logged AS (
      INSERT INTO "ChangeLog" ("entity", "entityId", "action", "before", "after", "actorId", "evaluationId", "layer", "at")
      SELECT 'Evaluation', "evaluationId"::text, 'UPDATE', "before", "after", ${userId}, "evaluationId", "layer", now()
      FROM jsonb_to_recordset(${entries}::jsonb) AS entry("evaluationId" int, "layer" "Layer", "before" jsonb, "after" jsonb))
    SELECT written."evaluationId", written."layer"::text AS "layer", written."itemId", written."version"
    FROM written JOIN incoming USING ("evaluationId", "itemId", "layer")
    WHERE written."version" <> incoming."expected"`;
}

const layerKey = (of: { evaluationId: number; layer: string }) => `${of.evaluationId}/${of.layer}`;
const rowKey = (row: { evaluationId: number; layer: string; itemId: number }) =>
  `${row.evaluationId}/${row.layer}/${row.itemId}`;

/**
 * Saves answer sets all or nothing: every answer is validated, the stored rows are locked and their
 * versions compared, then all rows are written in one statement with their change-log entries and the
 * layers' stored scores, in one transaction.
 */
export async function saveAnswerSets(
  prisma: PrismaClient,
  user: User,
  sets: LayerWrite[],
): Promise<SetResult[]> {
  const total = sets.reduce((sum, set) => sum + set.answers.length, 0);
  if (total > maxAnswersPerCall) {
    throw validationError(message('answer.tooMany', { max: maxAnswersPerCall }), [
      { field: 'answers', message: message('answer.sent', { count: total }) },
    ]);
  }
  const evaluationIds = [...new Set(sets.map((set) => set.evaluationId))];
  await assertAllInScope(prisma, user, 'evaluation', evaluationIds);
  const assertCanWriteSet = (
    client: PrismaClient | Prisma.TransactionClient,
    set: LayerWrite,
    stage: Stage,
  ) =>
    assertCanWriteItems(
      client,
      user,
      set.evaluationId,
      set.layer,
      stage,
      set.answers.map((answer) => answer.item),
      set.path,
    );
  const evaluations = new Map(
    (
      await prisma.evaluation.findMany({
        where: { id: { in: evaluationIds } },
        include: { surveys: { select: { kind: true } } },
      })
    ).map((row) => [row.id, row]),
  );
  for (const set of sets)
    await assertCanWriteSet(prisma, set, evaluations.get(set.evaluationId)?.stage ?? 'DITETAPKAN');
  // Instruments are read before the transaction: on the embedded database it holds the only connection.
  const instruments = new Map<number, LoadedInstrument>();
  for (const evaluation of evaluations.values()) {
    if (!instruments.has(evaluation.instrumentId))
      instruments.set(evaluation.instrumentId, await loadInstrument(prisma, evaluation.instrumentId));
  }
  const instrumentOf = (of: { evaluationId: number }) =>
    instruments.get(evaluations.get(of.evaluationId)?.instrumentId ?? -1) as LoadedInstrument;
  const officialSurveys = new Map(
    [...evaluations.values()].map((evaluation) => [
      evaluation.id,
      officialSurveyItems(instrumentOf({ evaluationId: evaluation.id }).definition, evaluation.surveys),
    ]),
  );
  const problems: FieldProblem[] = [];
  const seenSets = new Set<string>();
  sets.forEach((set, index) => {
    const key = layerKey(set);
    if (seenSets.has(key))
      problems.push({
        field: `sets[${index}]`,
        message: message('answer.setSentTwice'),
      });
    seenSets.add(key);
    checkChanges(set, instrumentOf(set), officialSurveys.get(set.evaluationId) ?? new Set(), problems);
  });
  if (problems.length) throw validationError(message('answer.invalid', { count: problems.length }), problems);
  const rowsOfSet: Row[][] = sets.map((set) =>
    set.answers.map((change) => ({
      evaluationId: set.evaluationId,
      layer: set.layer,
      itemId: instrumentOf(set).idByCode.get(change.item) ?? 0,
      change,
      copiedFrom: set.copiedFrom ?? null,
    })),
  );
  const rows = rowsOfSet.flat();
  const stale = (current: Map<string, Pick<StoredRow, 'version'>>, expected: (row: Row) => number) =>
    rows.filter(
      (row) =>
        row.change.expectedVersion != null && (current.get(rowKey(row))?.version ?? 0) !== expected(row),
    );
  try {
    return await writeAnswers();
  } catch (error) {
    if (!(error instanceof StaleAnswers)) throw error;
    // Read after the rollback, so a first save that lost a race shows the winner's answer.
    const current = new Map((await currentAnswers(prisma, error.rows)).map((row) => [rowKey(row), row]));
    throw conflict(
      message('answer.conflict', { count: error.rows.length }),
      error.rows.map((row) => ({
        evaluationId: row.evaluationId,
        layer: row.layer,
        expectedVersion: row.change.expectedVersion,
        current: publicAnswer(current.get(rowKey(row)), row.change.item),
      })),
    );
  }

  function writeAnswers() {
    return prisma.$transaction(
      async (tx) => {
        const locked = await lockEvaluationsForWrite(tx, evaluationIds);
        for (const set of sets)
          await assertCanWriteSet(tx, set, locked.get(set.evaluationId)?.stage ?? 'DITETAPKAN');
        const before = new Map((await lockAnswers(tx, sets)).map((row) => [rowKey(row), row]));
        const outdated = stale(before, (row) => row.change.expectedVersion ?? 0);
        if (outdated.length) throw new StaleAnswers(outdated);
        const log = changeLogEntries(rows, before);
        const version = (row: Row) => (before.get(rowKey(row))?.version ?? 0) + 1;
        const unexpected = await upsertAnswers(
          tx,
          user.id,
          rows.map((row) => ({ ...row, expected: version(row) })),
          log,
        );
        // Writes to an evaluation queue on its lock, so a first save cannot meet a row created since the
        // lock was read; should one, an answer the caller holds a version of is a conflict.
        const written = new Map(unexpected.map((row) => [rowKey(row), row]));
        const raced = rows.filter((row) => row.change.expectedVersion != null && written.has(rowKey(row)));
        if (raced.length) throw new StaleAnswers(raced);
        // The written layers as they now stand (the rows as locked, overlaid with the write), scored and
        // stored by the one scoring service.
        const now = new Map<string, AnswerRow>(before);
        for (const { evaluationId, layer, itemId, change } of rows) {
          const { option = null, inputs = null, score = null } = change;
          now.set(rowKey({ evaluationId, layer, itemId }), {
            ...{ evaluationId, layer, itemId, option, score },
            inputs: inputs as Prisma.JsonValue,
          });
        }
        const rescored = await rescoreLayers(
          tx,
          [...evaluations.values()].map((evaluation) => {
            const { stage, proposedAt, completeness } = locked.get(evaluation.id) ?? {
              ...evaluation,
              completeness: null,
            };
            return {
              evaluation: { ...evaluation, stage, proposedAt },
              layers: [
                ...new Set(sets.filter((set) => set.evaluationId === evaluation.id).map((set) => set.layer)),
              ],
              stored: completeness ?? {},
            };
          }),
          [...now.values()],
        );
        await storeScores(tx, rescored);
        const scored = new Map(rescored.map((entry) => [entry.evaluation.id, entry]));
        const results: SetResult[] = sets.map((set, index) => ({
          evaluationId: set.evaluationId,
          layer: set.layer,
          answers: (rowsOfSet[index] ?? []).map((row) => ({
            item: row.change.item,
            version: written.get(rowKey(row))?.version ?? version(row),
          })),
          score: {
            layer: set.layer,
            ...(scored.get(set.evaluationId)?.scores[set.layer] as Score),
          },
        }));
        return results;
      },
      { timeout: 60_000 },
    );
  }
}

/** Rows whose stored version is not the one the caller expected; the write is rolled back. */
class StaleAnswers extends Error {
  constructor(readonly rows: Row[]) {
    super('stale answers');
  }
}

/**
 * Per request: the stored answers of one layer of an evaluation, the ones a score reads; every layer asked
 * for while a query resolves one level is read by a single statement (a page scored live costs one).
 */
export function layerAnswersLoader(prisma: PrismaClient) {
  const loader = new DataLoader<{ evaluationId: number; layer: Layer }, AnswerRow[], string>(
    async (keys) => {
      const rows = await prisma.$queryRaw<AnswerRow[]>`
        SELECT a."evaluationId", a."itemId", a.layer::text AS layer, a.option, a.inputs, a.score
        FROM "Answer" a
        JOIN unnest(${keys.map((key) => key.evaluationId)}::int[], ${keys.map((key) => key.layer)}::text[])
          AS k(evaluation_id, layer) ON a."evaluationId" = k.evaluation_id AND a.layer::text = k.layer`;
      const byKey = new Map<string, AnswerRow[]>();
      for (const row of rows) {
        const key = `${row.evaluationId}/${row.layer}`;
        const list = byKey.get(key);
        if (list) list.push(row);
        else byKey.set(key, [row]);
      }
      return keys.map((key) => byKey.get(`${key.evaluationId}/${key.layer}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.evaluationId}/${key.layer}` },
  );
  return (evaluationId: number, layer: Layer) => loader.load({ evaluationId, layer });
}
