import { saveLayerScore } from '@zi/db';
import type { Prisma, PrismaClient, User } from '@zi/db/client';
import {
  type AnswerInput as EngineAnswer,
  evaluateAnswer,
  type Layer,
  layerRules,
  scoreAnswers,
} from '@zi/schema';
import { builder } from '../builder.ts';
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

const SaveAnswersResult = builder
  .objectRef<{ answers: { item: string; version: number }[]; score: LayerScore }>('SaveAnswersResult')
  .implement({
    fields: (t) => ({
      answers: t.field({ type: [SavedAnswer], resolve: (result) => result.answers }),
      score: t.field({ type: EvaluationScoreRef, resolve: (result) => result.score }),
    }),
  });

const maxNoteLength = 2000;

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

function checkChanges(changes: Change[], instrument: LoadedInstrument) {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const at = `answers[${index}]`;
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
    for (const problem of evaluateAnswer(item, {
      option: change.option ?? null,
      inputs: (inputs ?? null) as EngineAnswer['inputs'],
      score: change.score ?? null,
    }).problems) {
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
  return problems;
}

type StoredRow = {
  id: number;
  itemId: number;
  option: string | null;
  inputs: unknown;
  score: number | null;
  note: string | null;
  evidence: string[];
  version: number;
  updatedAt: Date;
  updatedById: number | null;
};

/** Writes every change with one INSERT … ON CONFLICT statement and returns the rows as written. */
function upsertAnswers(
  tx: Prisma.TransactionClient,
  evaluationId: number,
  layer: Layer,
  userId: number,
  rows: { itemId: number; change: Change }[],
) {
  const column = <T>(pick: (row: { itemId: number; change: Change }) => T) => rows.map(pick);
  return tx.$queryRaw<StoredRow[]>`
    INSERT INTO "Answer" ("evaluationId", "itemId", "layer", "option", "inputs", "score", "note", "evidence", "version", "updatedById", "updatedAt")
    SELECT ${evaluationId}, item_id, ${layer}::"Layer", option, inputs, score, note,
           ARRAY(SELECT jsonb_array_elements_text(evidence)), 1, ${userId}, now()
    FROM unnest(${column((row) => row.itemId)}::int[], ${column((row) => row.change.option ?? null)}::text[],
                ${column((row) => (row.change.inputs == null ? null : JSON.stringify(row.change.inputs)))}::jsonb[],
                ${column((row) => row.change.score ?? null)}::float8[], ${column((row) => row.change.note ?? null)}::text[],
                ${column((row) => JSON.stringify(row.change.evidence ?? []))}::jsonb[])
         AS incoming(item_id, option, inputs, score, note, evidence)
    ON CONFLICT ("evaluationId", "itemId", "layer") DO UPDATE SET
      "option" = EXCLUDED."option", "inputs" = EXCLUDED."inputs", "score" = EXCLUDED."score", "note" = EXCLUDED."note",
      "evidence" = EXCLUDED."evidence", "version" = "Answer"."version" + 1,
      "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "id", "itemId", "option", "inputs", "score", "note", "evidence", "version", "updatedAt", "updatedById"`;
}

const publicAnswer = (row: Omit<StoredRow, 'id' | 'itemId'> | undefined, item: string) =>
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

async function loadEvaluation(prisma: PrismaClient, user: User, evaluationId: number) {
  const evaluation = await prisma.evaluation.findUnique({ where: { id: evaluationId } });
  if (!evaluation) throw notFound('Evaluasi', evaluationId);
  if (!(await prisma.evaluation.count({ where: { id: evaluationId, ...evaluationScope(user) } }))) {
    throw forbidden('Evaluasi ini di luar cakupan Anda.');
  }
  return evaluation;
}

builder.mutationField('saveAnswers', (t) =>
  t.field({
    type: SaveAnswersResult,
    description:
      'Saves many answers of one layer at once: all or nothing. Every answer is validated; a stale `expectedVersion` ' +
      'fails with CONFLICT listing the current values and writes nothing. Returns the new versions and the layer’s score.',
    args: {
      evaluationId: t.arg.int(),
      layer: t.arg({ type: LayerEnum }),
      answers: t.arg({ type: [AnswerChange] }),
    },
    resolve: async (_root, { evaluationId, layer, answers: changes }, { prisma, user }) => {
      if (!user) throw forbidden('Silakan masuk terlebih dahulu.');
      const evaluation = await loadEvaluation(prisma, user, evaluationId);
      assertCanWriteLayer(user, layer, evaluation.stage);
      const instrument = await loadInstrument(prisma, evaluation.instrumentId);
      const problems = checkChanges(changes, instrument);
      if (problems.length) {
        throw validationError(`${problems.length} jawaban tidak valid; tidak ada yang disimpan.`, problems);
      }
      const rows = changes.map((change) => ({ itemId: instrument.idByCode.get(change.item) ?? 0, change }));
      return prisma.$transaction(async (tx) => {
        const current = await tx.$queryRaw<StoredRow[]>`
          SELECT "id", "itemId", "option", "inputs", "score", "note", "evidence", "version", "updatedAt", "updatedById"
          FROM "Answer"
          WHERE "evaluationId" = ${evaluationId} AND "layer" = ${layer}::"Layer" AND "itemId" = ANY(${rows.map((row) => row.itemId)}::int[])
          FOR UPDATE`;
        const before = new Map(current.map((row) => [row.itemId, row]));
        const stale = rows.filter(
          ({ itemId, change }) =>
            change.expectedVersion != null && change.expectedVersion !== (before.get(itemId)?.version ?? 0),
        );
        if (stale.length) {
          throw conflict(
            `${stale.length} jawaban telah diubah orang lain; tidak ada yang disimpan.`,
            stale.map(({ itemId, change }) => ({
              expectedVersion: change.expectedVersion,
              current: publicAnswer(before.get(itemId), change.item),
            })),
          );
        }
        const written = await upsertAnswers(tx, evaluationId, layer, user.id, rows);
        const byItem = new Map(written.map((row) => [row.itemId, row]));
        // Two first saves of the same new answer race past the lock; the loser finds version 2, not 1.
        const raced = rows.filter(
          ({ itemId, change }) =>
            change.expectedVersion != null && byItem.get(itemId)?.version !== change.expectedVersion + 1,
        );
        if (raced.length) {
          throw conflict(
            `${raced.length} jawaban telah diubah orang lain; tidak ada yang disimpan.`,
            raced.map(({ itemId, change }) => ({
              expectedVersion: change.expectedVersion,
              current: publicAnswer(byItem.get(itemId), change.item),
            })),
          );
        }
        await recordChanges(
          tx,
          rows.map(({ itemId, change }) => ({
            entity: 'Answer',
            entityId: byItem.get(itemId)?.id ?? 0,
            action: before.has(itemId) ? 'UPDATE' : 'CREATE',
            before: before.has(itemId)
              ? { layer, ...publicAnswer(before.get(itemId), change.item) }
              : undefined,
            after: { layer, ...publicAnswer(byItem.get(itemId), change.item) },
            actorId: user.id,
            evaluationId,
          })),
        );
        await tx.evaluation.update({ where: { id: evaluationId }, data: { updatedAt: new Date() } });
        const layerAnswers = await tx.answer.findMany({
          where: { evaluationId, layer },
          select: { itemId: true, layer: true, option: true, inputs: true, score: true },
        });
        const score = scoreAnswers(instrument.definition, answersOfLayer(layerAnswers, layer, instrument));
        await saveLayerScore(tx, evaluationId, layer, instrument.definition, score);
        return {
          answers: rows.map(({ itemId, change }) => ({
            item: change.item,
            version: byItem.get(itemId)?.version ?? 0,
          })),
          score: { layer, ...score },
        };
      });
    },
  }),
);
