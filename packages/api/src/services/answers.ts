import { type AnswerRow, type LoadedInstrument, loadInstrument, scoreEvaluations, storeScores } from '@zi/db';
import { Prisma, type PrismaClient, type User } from '@zi/db/client';
import {
  type AnswerInput as EngineAnswer,
  evaluateAnswer,
  type Layer,
  layerWriteProblem,
  linksProblem,
  message,
  type Score,
  type Stage,
} from '@zi/schema';
import DataLoader from 'dataloader';
import { assertAllInScope } from '../access.ts';
import { conflict, type FieldProblem, forbidden, validationError } from '../errors.ts';
import { lockEvaluations } from './evaluations.ts';

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
}

const maxAnswersPerCall = 20_000;

/** Refuses a layer `user` may not write at `stage` (the evaluation's reach is checked separately). */
export function assertCanWriteLayer(user: User, layer: Layer, stage: Stage, field: string) {
  const refused = layerWriteProblem(user, layer, stage);
  if (refused) throw forbidden(message('request.sentence', { reason: refused }), field);
}

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
  version: number;
  updatedAt: Date;
  updatedById: number | null;
};

/** What scoring and the version check need of a stored answer. */
type LockedRow = Pick<
  StoredRow,
  'evaluationId' | 'layer' | 'itemId' | 'option' | 'inputs' | 'score' | 'version'
>;

interface Row {
  evaluationId: number;
  layer: Layer;
  itemId: number;
  change: AnswerChange;
}

/**
 * Locks every stored answer of the evaluations the write touches and returns them: the versions to check,
 * and all layers as they stand, which are scored again once the write is overlaid.
 */
function lockAnswers(tx: Prisma.TransactionClient, evaluationIds: number[]) {
  return tx.$queryRaw<LockedRow[]>`
    SELECT "evaluationId", "layer"::text AS "layer", "itemId", "option", "inputs", "score", "version" FROM "Answer"
    WHERE "evaluationId" = ANY(${evaluationIds}::int[])
    FOR UPDATE`;
}

/** The stored answers behind a conflict, as the CONFLICT error shows them. */
function currentAnswers(tx: Prisma.TransactionClient, rows: Row[]) {
  return tx.$queryRaw<StoredRow[]>`
    SELECT "evaluationId", "layer"::text AS "layer", "itemId", "option", "inputs", "score", "note", "evidence",
           "version", "updatedAt", "updatedById"
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
        version: row.version,
        updatedAt: row.updatedAt,
        updatedById: row.updatedById,
      }
    : { item, version: 0 };

/** Answers as a save's change-log entry holds them: `{layer, answers: {itemCode: answer | null}}`. */
const answersJson = (alias: string) =>
  Prisma.raw(`jsonb_build_object('layer', written."layer", 'answers', jsonb_object_agg(item."code",
    CASE WHEN ${alias}."id" IS NOT NULL THEN jsonb_build_object('option', ${alias}."option", 'inputs', ${alias}."inputs",
      'score', ${alias}."score", 'note', ${alias}."note", 'evidence', ${alias}."evidence", 'version', ${alias}."version") END))`);

/**
 * Writes every row with one INSERT … ON CONFLICT and, in the same statement, one change-log entry per
 * evaluation layer holding its answers before and after, built in the database from the rows themselves.
 * Returns each written row's new version.
 */
function upsertAnswers(tx: Prisma.TransactionClient, userId: number, rows: Row[]) {
  const column = <T>(pick: (row: Row) => T) => rows.map(pick);
  return tx.$queryRaw<Pick<LockedRow, 'evaluationId' | 'layer' | 'itemId' | 'version'>[]>`
    WITH incoming AS (
      SELECT * FROM unnest(${column((row) => row.evaluationId)}::int[], ${column((row) => row.itemId)}::int[],
                           ${column((row) => row.layer)}::"Layer"[], ${column((row) => row.change.option ?? null)}::text[],
                           ${column((row) => (row.change.inputs == null ? null : JSON.stringify(row.change.inputs)))}::jsonb[],
                           ${column((row) => row.change.score ?? null)}::float8[], ${column((row) => row.change.note ?? null)}::text[],
                           ${column((row) => (row.change.evidence?.length ? JSON.stringify(row.change.evidence) : null))}::jsonb[])
        AS incoming(evaluation_id, item_id, layer, option, inputs, score, note, evidence)),
    previous AS (
      SELECT answer.* FROM "Answer" answer JOIN incoming
        ON answer."evaluationId" = incoming.evaluation_id AND answer."itemId" = incoming.item_id AND answer."layer" = incoming.layer),
    written AS (
      INSERT INTO "Answer" ("evaluationId", "itemId", "layer", "option", "inputs", "score", "note", "evidence", "version", "updatedById", "updatedAt")
      SELECT evaluation_id, item_id, layer, option, inputs, score, note,
             CASE WHEN evidence IS NULL THEN '{}' ELSE ARRAY(SELECT jsonb_array_elements_text(evidence)) END, 1, ${userId}, now()
      FROM incoming
      ON CONFLICT ("evaluationId", "itemId", "layer") DO UPDATE SET
        "option" = EXCLUDED."option", "inputs" = EXCLUDED."inputs", "score" = EXCLUDED."score", "note" = EXCLUDED."note",
        "evidence" = EXCLUDED."evidence", "version" = "Answer"."version" + 1,
        "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING *),
    logged AS (
      INSERT INTO "ChangeLog" ("entity", "entityId", "action", "before", "after", "actorId", "evaluationId", "layer", "at")
      SELECT 'Evaluation', written."evaluationId"::text, 'UPDATE', ${answersJson('previous')}, ${answersJson('written')},
             ${userId}, written."evaluationId", written."layer", now()
      FROM written JOIN "InstrumentItem" item ON item."id" = written."itemId"
      LEFT JOIN previous ON previous."id" = written."id"
      GROUP BY written."evaluationId", written."layer")
    SELECT "evaluationId", "layer"::text AS "layer", "itemId", "version" FROM written`;
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
  const evaluations = new Map(
    (await prisma.evaluation.findMany({ where: { id: { in: evaluationIds } } })).map((row) => [row.id, row]),
  );
  for (const set of sets)
    assertCanWriteLayer(user, set.layer, evaluations.get(set.evaluationId)?.stage ?? 'DITETAPKAN', set.path);
  // Instruments are read before the transaction: on the embedded database it holds the only connection.
  const instruments = new Map<number, LoadedInstrument>();
  for (const evaluation of evaluations.values()) {
    if (!instruments.has(evaluation.instrumentId))
      instruments.set(evaluation.instrumentId, await loadInstrument(prisma, evaluation.instrumentId));
  }
  const instrumentOf = (of: { evaluationId: number }) =>
    instruments.get(evaluations.get(of.evaluationId)?.instrumentId ?? -1) as LoadedInstrument;
  const officialSurveys = new Map<number, Set<string>>();
  for (const survey of await prisma.surveyResult.findMany({
    where: { evaluationId: { in: evaluationIds } },
    select: { evaluationId: true, kind: true },
  })) {
    const item = instrumentOf(survey).definition.surveyItems[survey.kind];
    officialSurveys.set(
      survey.evaluationId,
      (officialSurveys.get(survey.evaluationId) ?? new Set()).add(item),
    );
  }
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
    })),
  );
  const rows = rowsOfSet.flat();
  const stale = (current: Map<string, Pick<LockedRow, 'version'>>, expected: (row: Row) => number) =>
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
        // The stages as they stand under the lock: a move that raced the checks above is seen here.
        const stages = await lockEvaluations(tx, evaluationIds);
        for (const set of sets)
          assertCanWriteLayer(user, set.layer, stages.get(set.evaluationId) ?? 'DITETAPKAN', set.path);
        const before = new Map((await lockAnswers(tx, evaluationIds)).map((row) => [rowKey(row), row]));
        const outdated = stale(before, (row) => row.change.expectedVersion ?? 0);
        if (outdated.length) throw new StaleAnswers(outdated);
        const written = new Map((await upsertAnswers(tx, user.id, rows)).map((row) => [rowKey(row), row]));
        // Two first saves of the same new answer race past the lock; the loser finds version 2, not 1.
        const raced = stale(written, (row) => (row.change.expectedVersion ?? 0) + 1);
        if (raced.length) throw new StaleAnswers(raced);
        await tx.evaluation.updateMany({
          where: { id: { in: evaluationIds } },
          data: { updatedAt: new Date() },
        });
        // Every layer of the evaluations as it now stands (the rows as locked, overlaid with the write),
        // scored and stored by the one scoring service.
        const now = new Map(before);
        for (const { evaluationId, layer, itemId, change } of rows) {
          const { option = null, inputs = null, score = null } = change;
          const version = written.get(rowKey({ evaluationId, layer, itemId }))?.version ?? 0;
          now.set(rowKey({ evaluationId, layer, itemId }), {
            ...{ evaluationId, layer, itemId, option, score, version },
            inputs: inputs as Prisma.JsonValue,
          });
        }
        const scored = new Map(
          (await scoreEvaluations(tx, [...evaluations.values()], { answers: [...now.values()] })).map(
            (entry) => [entry.evaluation.id, entry],
          ),
        );
        await storeScores(tx, [...scored.values()]);
        const results: SetResult[] = sets.map((set, index) => ({
          evaluationId: set.evaluationId,
          layer: set.layer,
          answers: (rowsOfSet[index] ?? []).map((row) => ({
            item: row.change.item,
            version: written.get(rowKey(row))?.version ?? 0,
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
