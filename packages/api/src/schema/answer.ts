import { saveLayerScores } from '@zi/db';
import { Prisma, type PrismaClient, type User } from '@zi/db/client';
import {
  type AnswerInput as EngineAnswer,
  evaluateAnswer,
  isLink,
  type Layer,
  layerRules,
  scoreAnswers,
} from '@zi/schema';
import { builder, currentUser } from '../builder.ts';
import { conflict, type FieldProblem, forbidden, notFound, validationError } from '../errors.ts';
import { answersOfLayer } from '../evaluations.ts';
import { type LoadedInstrument, loadInstrument } from '../instruments.ts';
import { evaluationScope } from '../scope.ts';
import { EvaluationScoreRef, LayerEnum, type LayerScore } from './score.ts';

builder.prismaObject('Answer', {
  description: 'One layer’s answer to one item, with its version for optimistic locking.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    layer: t.expose('layer', { type: LayerEnum }),
    item: t.string({ select: { item: { select: { code: true } } }, resolve: (answer) => answer.item.code }),
    option: t.exposeString('option', { nullable: true }),
    inputs: t.expose('inputs', { type: 'JSON', nullable: true }),
    score: t.exposeFloat('score', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    evidence: t.exposeStringList('evidence'),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    updatedBy: t.relation('updatedBy', { nullable: true }),
  }),
});

const AnswerChange = builder.inputType('AnswerChange', {
  description:
    'One answer to write. Send `expectedVersion` (0 for an answer not yet saved) to detect conflicts.',
  fields: (t) => ({
    item: t.string({ description: 'The item’s code, e.g. P.1.i.a.' }),
    option: t.string({ required: false }),
    inputs: t.field({ type: 'JSON', required: false }),
    score: t.float({ required: false }),
    note: t.string({ required: false }),
    evidence: t.stringList({
      required: false,
      description: 'Links to the supporting documents (http/https).',
    }),
    expectedVersion: t.int({ required: false }),
  }),
});

type Change = typeof AnswerChange.$inferInput;

const SavedAnswer = builder.objectRef<{ item: string; version: number }>('SavedAnswer').implement({
  fields: (t) => ({ item: t.exposeString('item'), version: t.exposeInt('version') }),
});

interface SetResult {
  evaluationId: number;
  layer: Layer;
  answers: { item: string; version: number }[];
  score: LayerScore;
}

export const SaveAnswersResult = builder.objectRef<SetResult>('SaveAnswersResult').implement({
  fields: (t) => ({
    evaluationId: t.exposeInt('evaluationId'),
    layer: t.expose('layer', { type: LayerEnum }),
    answers: t.field({ type: [SavedAnswer], resolve: (result) => result.answers }),
    score: t.field({ type: EvaluationScoreRef, resolve: (result) => result.score }),
  }),
});

const AnswerSet = builder.inputType('AnswerSet', {
  description: 'Answers to one layer of one evaluation.',
  fields: (t) => ({
    evaluationId: t.int(),
    layer: t.field({ type: LayerEnum }),
    answers: t.field({ type: [AnswerChange] }),
  }),
});

interface Set {
  evaluationId: number;
  layer: Layer;
  answers: Change[];
  /** Where this set's answers sit in the request, for error paths: `answers` or `sets[2].answers`. */
  path: string;
}

const maxNoteLength = 2000;
const maxAnswersPerCall = 20_000;

/** Whether `user` may write `layer` of an evaluation in `stage` (its scope is checked separately). */
export function assertCanWriteLayer(user: User, layer: Layer, stage: string) {
  const rule = layerRules[layer];
  if (user.role === 'ADMIN') return;
  if (user.role !== rule.role) throw forbidden(`Lapisan ${layer} hanya diisi oleh ${rule.role}.`);
  if (!rule.openIn.includes(stage as never)) {
    throw forbidden(
      `Lapisan ${layer} dibuka pada tahap ${rule.openIn.join(' dan ')}; evaluasi ini pada tahap ${stage}.`,
    );
  }
}

const engineAnswer = (change: Change): EngineAnswer => ({
  option: change.option ?? null,
  inputs: (change.inputs ?? null) as EngineAnswer['inputs'],
  score: change.score ?? null,
});

function checkChanges(set: Set, instrument: LoadedInstrument, problems: FieldProblem[]) {
  const seen = new Set<string>();
  set.answers.forEach((change, index) => {
    const at = `${set.path}[${index}]`;
    const item = instrument.itemByCode.get(change.item);
    if (!item || !instrument.idByCode.has(change.item)) {
      problems.push({
        field: `${at}.item`,
        item: change.item,
        message: `butir "${change.item}" tidak ada pada instrumen evaluasi ini`,
      });
      return;
    }
    if (seen.has(change.item))
      problems.push({
        field: `${at}.item`,
        item: change.item,
        message: 'butir ini dikirim lebih dari sekali',
      });
    seen.add(change.item);
    const inputs = change.inputs;
    if (inputs != null && (typeof inputs !== 'object' || Array.isArray(inputs))) {
      problems.push({
        field: `${at}.inputs`,
        item: change.item,
        message: 'inputs adalah objek angka per kunci input',
      });
      return;
    }
    for (const problem of evaluateAnswer(item, engineAnswer(change)).problems) {
      problems.push({ field: `${at}.${problem.field}`, item: problem.item, message: problem.message });
    }
    if ((change.note?.length ?? 0) > maxNoteLength) {
      problems.push({
        field: `${at}.note`,
        item: change.item,
        message: `catatan paling panjang ${maxNoteLength} karakter`,
      });
    }
    for (const link of change.evidence ?? []) {
      if (!isLink(link)) {
        problems.push({
          field: `${at}.evidence`,
          item: change.item,
          message: `bukti dukung harus berupa tautan http(s), bukan "${link}"`,
        });
      }
    }
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
  change: Change;
}

/** Locks every stored row of the layers the write touches (their scores are recomputed) and returns them. */
function lockLayers(tx: Prisma.TransactionClient, sets: Set[]) {
  return tx.$queryRaw<LockedRow[]>`
    SELECT "evaluationId", "layer"::text AS "layer", "itemId", "option", "inputs", "score", "version" FROM "Answer"
    WHERE ("evaluationId", "layer") IN (
      SELECT * FROM unnest(${sets.map((set) => set.evaluationId)}::int[], ${sets.map((set) => set.layer)}::"Layer"[]))
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
      INSERT INTO "ChangeLog" ("entity", "entityId", "action", "before", "after", "actorId", "evaluationId", "at")
      SELECT 'Evaluation', written."evaluationId"::text, 'UPDATE', ${answersJson('previous')}, ${answersJson('written')},
             ${userId}, written."evaluationId", now()
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
export async function saveAnswerSets(prisma: PrismaClient, user: User, sets: Set[]): Promise<SetResult[]> {
  const total = sets.reduce((sum, set) => sum + set.answers.length, 0);
  if (total > maxAnswersPerCall) {
    throw validationError(`Paling banyak ${maxAnswersPerCall} jawaban per permintaan.`, [
      { field: 'answers', message: `${total} dikirim` },
    ]);
  }
  const evaluationIds = [...new Set(sets.map((set) => set.evaluationId))];
  const evaluations = new Map(
    (await prisma.evaluation.findMany({ where: { id: { in: evaluationIds } } })).map((row) => [row.id, row]),
  );
  const absent = evaluationIds.filter((id) => !evaluations.has(id));
  if (absent.length) throw notFound('Evaluasi', absent.join(', '));
  const reachable = await prisma.evaluation.count({
    where: { id: { in: evaluationIds }, ...evaluationScope(user) },
  });
  if (reachable !== evaluationIds.length) throw forbidden('Sebagian evaluasi di luar cakupan Anda.');
  for (const set of sets)
    assertCanWriteLayer(user, set.layer, evaluations.get(set.evaluationId)?.stage ?? '');
  // Instruments are read before the transaction: on the embedded database it holds the only connection.
  const instruments = new Map<number, LoadedInstrument>();
  for (const evaluation of evaluations.values()) {
    if (!instruments.has(evaluation.instrumentId))
      instruments.set(evaluation.instrumentId, await loadInstrument(prisma, evaluation.instrumentId));
  }
  const instrumentOf = (of: { evaluationId: number }) =>
    instruments.get(evaluations.get(of.evaluationId)?.instrumentId ?? -1) as LoadedInstrument;
  const problems: FieldProblem[] = [];
  const seenSets = new Set<string>();
  sets.forEach((set, index) => {
    const key = layerKey(set);
    if (seenSets.has(key))
      problems.push({
        field: `sets[${index}]`,
        message: 'evaluasi dan lapisan ini dikirim lebih dari sekali',
      });
    seenSets.add(key);
    checkChanges(set, instrumentOf(set), problems);
  });
  if (problems.length)
    throw validationError(`${problems.length} jawaban tidak valid; tidak ada yang disimpan.`, problems);
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
      `${error.rows.length} jawaban telah diubah orang lain; tidak ada yang disimpan.`,
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
        const before = new Map((await lockLayers(tx, sets)).map((row) => [rowKey(row), row]));
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
        // Each layer as it now stands: its rows as locked before the write, overlaid with the answers written.
        const lockedByLayer = new Map<string, LockedRow[]>();
        for (const row of before.values()) {
          const list = lockedByLayer.get(layerKey(row));
          if (list) list.push(row);
          else lockedByLayer.set(layerKey(row), [row]);
        }
        const results: SetResult[] = sets.map((set, index) => {
          const instrument = instrumentOf(set);
          const answers = answersOfLayer(lockedByLayer.get(layerKey(set)) ?? [], set.layer, instrument);
          for (const change of set.answers) answers.set(change.item, engineAnswer(change));
          return {
            evaluationId: set.evaluationId,
            layer: set.layer,
            answers: (rowsOfSet[index] ?? []).map((row) => ({
              item: row.change.item,
              version: written.get(rowKey(row))?.version ?? 0,
            })),
            score: { layer: set.layer, ...scoreAnswers(instrument.definition, answers) },
          };
        });
        await saveLayerScores(
          tx,
          results.map((result) => ({
            evaluationId: result.evaluationId,
            layer: result.layer,
            definition: instrumentOf(result).definition,
            score: result.score,
          })),
        );
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

builder.mutationFields((t) => ({
  saveAnswers: t.field({
    type: SaveAnswersResult,
    description:
      'Saves many answers of one layer at once: all or nothing. Every answer is validated; a stale `expectedVersion` ' +
      '(0 for an answer not yet saved) fails with CONFLICT listing the current values and writes nothing. Returns the ' +
      'new versions and the layer’s score.',
    args: {
      evaluationId: t.arg.int(),
      layer: t.arg({ type: LayerEnum }),
      answers: t.arg({ type: [AnswerChange] }),
    },
    resolve: async (_root, { evaluationId, layer, answers }, context) => {
      const [result] = await saveAnswerSets(context.prisma, currentUser(context), [
        { evaluationId, layer, answers, path: 'answers' },
      ]);
      return result as SetResult;
    },
  }),
  saveAnswerSets: t.field({
    type: [SaveAnswersResult],
    description:
      'saveAnswers for many evaluations and layers in one call, all or nothing (at most 20,000 answers).',
    args: { sets: t.arg({ type: [AnswerSet] }) },
    resolve: (_root, { sets }, context) =>
      saveAnswerSets(
        context.prisma,
        currentUser(context),
        sets.map((set, index) => ({ ...set, path: `sets[${index}].answers` })),
      ),
  }),
}));
