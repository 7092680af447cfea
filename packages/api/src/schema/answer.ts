import { saveLayerScores } from '@zi/db';
import { Prisma, type PrismaClient, type User } from '@zi/db/client';
import {
  type AnswerInput as EngineAnswer,
  evaluateAnswer,
  type Layer,
  layerRules,
  scoreAnswers,
} from '@zi/schema';
import { builder, currentUser } from '../builder.ts';
import { conflict, type FieldProblem, forbidden, notFound, validationError } from '../errors.ts';
import { answersOfLayer } from '../evaluations.ts';
import { type LoadedInstrument, loadInstrument } from '../instruments.ts';
import { evaluationScope } from '../scope.ts';
import { recordChanges } from './change.ts';
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

const SaveAnswersResult = builder.objectRef<SetResult>('SaveAnswersResult').implement({
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
    const answer: EngineAnswer = {
      option: change.option ?? null,
      inputs: (inputs ?? null) as EngineAnswer['inputs'],
      score: change.score ?? null,
    };
    for (const problem of evaluateAnswer(item, answer).problems) {
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
      if (!/^https?:\/\/\S+$/i.test(link)) {
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
  id: number;
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

interface Row {
  evaluationId: number;
  layer: Layer;
  itemId: number;
  change: Change;
}

const returning = Prisma.sql`"id", "evaluationId", "layer"::text AS "layer", "itemId", "option", "inputs", "score", "note",
  "evidence", "version", "updatedAt", "updatedById"`;

/** Locks every stored row of the layers the write touches (their scores are recomputed) and returns them. */
function lockLayers(tx: Prisma.TransactionClient, sets: Set[]) {
  return tx.$queryRaw<StoredRow[]>`
    SELECT ${returning} FROM "Answer"
    WHERE ("evaluationId", "layer") IN (
      SELECT * FROM unnest(${sets.map((set) => set.evaluationId)}::int[], ${sets.map((set) => set.layer)}::"Layer"[]))
    FOR UPDATE`;
}

/** Writes every row with one INSERT … ON CONFLICT statement and returns the rows as written. */
function upsertAnswers(tx: Prisma.TransactionClient, userId: number, rows: Row[]) {
  const column = <T>(pick: (row: Row) => T) => rows.map(pick);
  return tx.$queryRaw<StoredRow[]>`
    INSERT INTO "Answer" ("evaluationId", "itemId", "layer", "option", "inputs", "score", "note", "evidence", "version", "updatedById", "updatedAt")
    SELECT evaluation_id, item_id, layer, option, inputs, score, note, ARRAY(SELECT jsonb_array_elements_text(evidence)), 1, ${userId}, now()
    FROM unnest(${column((row) => row.evaluationId)}::int[], ${column((row) => row.itemId)}::int[], ${column((row) => row.layer)}::"Layer"[],
                ${column((row) => row.change.option ?? null)}::text[],
                ${column((row) => (row.change.inputs == null ? null : JSON.stringify(row.change.inputs)))}::jsonb[],
                ${column((row) => row.change.score ?? null)}::float8[], ${column((row) => row.change.note ?? null)}::text[],
                ${column((row) => JSON.stringify(row.change.evidence ?? []))}::jsonb[])
         AS incoming(evaluation_id, item_id, layer, option, inputs, score, note, evidence)
    ON CONFLICT ("evaluationId", "itemId", "layer") DO UPDATE SET
      "option" = EXCLUDED."option", "inputs" = EXCLUDED."inputs", "score" = EXCLUDED."score", "note" = EXCLUDED."note",
      "evidence" = EXCLUDED."evidence", "version" = "Answer"."version" + 1,
      "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt"
    RETURNING ${returning}`;
}

const rowKey = (row: { evaluationId: number; layer: string; itemId: number }) =>
  `${row.evaluationId}/${row.layer}/${row.itemId}`;

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

/**
 * Saves answer sets all or nothing: every answer is validated, the stored rows are locked and their
 * versions compared, then all rows are written in one statement with their change-log entries and the
 * layers' stored scores, in one transaction.
 */
async function saveAnswerSets(prisma: PrismaClient, user: User, sets: Set[]): Promise<SetResult[]> {
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
    const key = `${set.evaluationId}/${set.layer}`;
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
  const rows: Row[] = sets.flatMap((set) =>
    set.answers.map((change) => ({
      evaluationId: set.evaluationId,
      layer: set.layer,
      itemId: instrumentOf(set).idByCode.get(change.item) ?? 0,
      change,
    })),
  );
  return prisma.$transaction(
    async (tx) => {
      const before = new Map((await lockLayers(tx, sets)).map((row) => [rowKey(row), row]));
      const mismatched = (current: Map<string, StoredRow>, expected: (row: Row) => number) =>
        rows
          .filter(
            (row) =>
              row.change.expectedVersion != null &&
              (current.get(rowKey(row))?.version ?? 0) !== expected(row),
          )
          .map((row) => ({
            evaluationId: row.evaluationId,
            layer: row.layer,
            expectedVersion: row.change.expectedVersion,
            current: publicAnswer(current.get(rowKey(row)), row.change.item),
          }));
      const stale = mismatched(before, (row) => row.change.expectedVersion ?? 0);
      if (stale.length)
        throw conflict(`${stale.length} jawaban telah diubah orang lain; tidak ada yang disimpan.`, stale);
      const written = new Map((await upsertAnswers(tx, user.id, rows)).map((row) => [rowKey(row), row]));
      // Two first saves of the same new answer race past the lock; the loser finds version 2, not 1.
      const raced = mismatched(written, (row) => (row.change.expectedVersion ?? 0) + 1);
      if (raced.length)
        throw conflict(`${raced.length} jawaban telah diubah orang lain; tidak ada yang disimpan.`, raced);
      await recordChanges(
        tx,
        rows.map((row) => {
          const previous = before.get(rowKey(row));
          return {
            entity: 'Answer',
            entityId: written.get(rowKey(row))?.id ?? 0,
            action: previous ? 'UPDATE' : 'CREATE',
            before: previous ? { layer: row.layer, ...publicAnswer(previous, row.change.item) } : undefined,
            after: { layer: row.layer, ...publicAnswer(written.get(rowKey(row)), row.change.item) },
            actorId: user.id,
            evaluationId: row.evaluationId,
          };
        }),
      );
      await tx.evaluation.updateMany({
        where: { id: { in: evaluationIds } },
        data: { updatedAt: new Date() },
      });
      // Each layer as it now stands: the rows locked before the write, overlaid with the rows written.
      const layerRows = new Map(before);
      for (const [key, row] of written) layerRows.set(key, row);
      const stored = [...layerRows.values()];
      const results: SetResult[] = sets.map((set) => {
        const instrument = instrumentOf(set);
        const score = scoreAnswers(
          instrument.definition,
          answersOfLayer(
            stored.filter((row) => row.evaluationId === set.evaluationId),
            set.layer,
            instrument,
          ),
        );
        return {
          evaluationId: set.evaluationId,
          layer: set.layer,
          answers: set.answers.map((change) => ({
            item: change.item,
            version:
              written.get(
                rowKey({
                  evaluationId: set.evaluationId,
                  layer: set.layer,
                  itemId: instrument.idByCode.get(change.item) ?? 0,
                }),
              )?.version ?? 0,
          })),
          score: { layer: set.layer, ...score },
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
