import { loadInstrument } from '@zi/db';
import { Prisma, type PrismaClient, type User } from '@zi/db/client';
import {
  canReadLayer,
  type Layer,
  layerWriteProblem,
  message,
  type ReviewedAnswer,
  type ReviewStatus,
  reviewNoteProblem,
  reviewWriteProblem,
  revisionWriteProblem,
  type Stage,
} from '@zi/schema';
import { findInScope } from '../access.ts';
import { type FieldProblem, forbidden, validationError } from '../errors.ts';
import { type Change, recordChanges } from './changes.ts';
import { lockEvaluation } from './evaluations.ts';

type Client = PrismaClient | Prisma.TransactionClient;

export interface ReviewInput {
  item: string;
  status: ReviewStatus;
  note?: string | null;
}

const refusedBecause = (reason: NonNullable<ReturnType<typeof reviewWriteProblem>>, field: string) =>
  forbidden(message('request.sentence', { reason }), field);

/**
 * Refuses a write to `items` of `layer` (answers, evidence) unless `user` may write the layer at `stage`,
 * or the items were all sent back to the layer's owner for revision while its reviewer assesses.
 */
export async function assertCanWriteItems(
  client: Client,
  user: User,
  evaluationId: number,
  layer: Layer,
  stage: Stage,
  items: readonly string[],
  field: string,
) {
  const refused = layerWriteProblem(user, layer, stage);
  if (!refused) return;
  if (items.length && !revisionWriteProblem(user, layer, stage, 'PERLU_PERBAIKAN')) {
    const sentBack = await client.itemReview.count({
      where: { evaluationId, layer, status: 'PERLU_PERBAIKAN', item: { code: { in: [...new Set(items)] } } },
    });
    if (sentBack === new Set(items).size) return;
  }
  throw refusedBecause(refused, field);
}

/** An evaluation `user` reaches, with its instrument's item ids by code. */
async function reviewTarget(prisma: PrismaClient, user: User, evaluationId: number, layer: Layer) {
  const evaluation = await findInScope(prisma, user, 'evaluation', evaluationId);
  if (!canReadLayer(user, layer)) throw forbidden(message('layer.unreadable', { layer }), 'layer');
  return { evaluation, instrument: await loadInstrument(prisma, evaluation.instrumentId) };
}

/** Unknown and repeated items of a list, as problems naming them. */
function itemProblems(
  codes: readonly string[],
  known: ReadonlyMap<string, number>,
  path: (index: number) => string,
) {
  const seen = new Set<string>();
  return codes.flatMap((code, index): FieldProblem[] => {
    const repeated = seen.has(code);
    seen.add(code);
    if (!known.has(code))
      return [{ field: path(index), item: code, message: message('answer.unknownItem', { item: code }) }];
    return repeated ? [{ field: path(index), item: code, message: message('answer.sentTwice') }] : [];
  });
}

const logged = (review: {
  status: ReviewStatus;
  note: string | null;
  revisions: number;
  revisedAt: Date | null;
}) => ({
  status: review.status,
  note: review.note,
  revisions: review.revisions,
  revisedAt: review.revisedAt,
});

const noAnswer: ReviewedAnswer = {
  option: null,
  inputs: null,
  score: null,
  note: null,
  evidence: [],
  documents: [],
};

/** Items' answers and documents in `layer` as they stand, kept when they are sent back to show what changed since. */
async function reviewedAnswers(
  tx: Prisma.TransactionClient,
  evaluationId: number,
  layer: Layer,
  itemIds: number[],
) {
  if (!itemIds.length) return new Map<number, ReviewedAnswer>();
  const where = { evaluationId, layer, itemId: { in: itemIds } };
  const [answers, documents] = await Promise.all([
    tx.answer.findMany({ where }),
    tx.evidenceFile.findMany({ where, select: { id: true, itemId: true }, orderBy: { id: 'asc' } }),
  ]);
  return new Map(
    itemIds.map((itemId): [number, ReviewedAnswer] => {
      const answer = answers.find((each) => each.itemId === itemId);
      return [
        itemId,
        {
          option: answer?.option ?? null,
          inputs: (answer?.inputs ?? null) as ReviewedAnswer['inputs'],
          score: answer?.score ?? null,
          note: answer?.note ?? null,
          evidence: answer?.evidence ?? [],
          documents: documents.filter((each) => each.itemId === itemId).map((each) => each.id),
        },
      ];
    }),
  );
}

/**
 * Records the reviewer's judgement of items of the layer below, all or nothing: SESUAI, or
 * PERLU_PERBAIKAN with a note, which sends the item back to the layer's owner and counts a revision.
 */
export async function reviewItems(
  prisma: PrismaClient,
  user: User,
  evaluationId: number,
  layer: Layer,
  reviews: readonly ReviewInput[],
) {
  const { evaluation, instrument } = await reviewTarget(prisma, user, evaluationId, layer);
  const refused = reviewWriteProblem(user, layer, evaluation.stage);
  if (refused) throw refusedBecause(refused, 'layer');
  const problems = itemProblems(
    reviews.map((review) => review.item),
    instrument.idByCode,
    (index) => `reviews[${index}].item`,
  );
  reviews.forEach((review, index) => {
    const note = reviewNoteProblem(review.status, review.note);
    if (note) problems.push({ field: `reviews[${index}].note`, item: review.item, message: note });
  });
  if (problems.length) throw validationError(message('review.invalid', { count: problems.length }), problems);
  return prisma.$transaction(async (tx) => {
    const stage = (await lockEvaluation(tx, evaluationId)).get(evaluationId) ?? 'DITETAPKAN';
    const late = reviewWriteProblem(user, layer, stage);
    if (late) throw refusedBecause(late, 'layer');
    const itemIds = reviews.map((review) => instrument.idByCode.get(review.item) ?? 0);
    const existing = new Map(
      (await tx.itemReview.findMany({ where: { evaluationId, layer, itemId: { in: itemIds } } })).map(
        (row) => [row.itemId, row],
      ),
    );
    const now = new Date();
    // Sent back anew: it was not waiting for a fix, or the fix it waited for has come.
    const sentBack = reviews.map((review, index) => {
      const before = existing.get(itemIds[index] ?? 0);
      return (
        review.status === 'PERLU_PERBAIKAN' &&
        (before?.status !== 'PERLU_PERBAIKAN' || before.revisedAt !== null)
      );
    });
    const atNote = await reviewedAnswers(
      tx,
      evaluationId,
      layer,
      itemIds.filter((_, index) => sentBack[index]),
    );
    const changes: Change[] = [];
    for (const [index, review] of reviews.entries()) {
      const itemId = itemIds[index] ?? 0;
      const before = existing.get(itemId);
      const anew = sentBack[index];
      const data = {
        status: review.status,
        note: review.note?.trim() || null,
        reviewedById: user.id,
        reviewedAt: now,
        revisions: (before?.revisions ?? 0) + (anew ? 1 : 0),
        revisedAt: anew ? null : (before?.revisedAt ?? null),
        revisedById: anew ? null : (before?.revisedById ?? null),
        answerAtNote:
          review.status === 'SESUAI'
            ? Prisma.DbNull
            : anew
              ? ((atNote.get(itemId) ?? noAnswer) as unknown as Prisma.InputJsonObject)
              : (before?.answerAtNote ?? Prisma.DbNull),
      };
      await tx.itemReview.upsert({
        where: { evaluationId_layer_itemId: { evaluationId, layer, itemId } },
        create: { evaluationId, layer, itemId, ...data },
        update: data,
      });
      changes.push({
        entity: 'ItemReview',
        entityId: `${evaluationId}/${layer}/${review.item}`,
        action: before ? 'UPDATE' : 'CREATE',
        before: before ? { item: review.item, ...logged(before) } : undefined,
        after: { item: review.item, ...logged(data) },
        actorId: user.id,
        evaluationId,
        layer,
      });
    }
    await recordChanges(tx, changes);
    return itemIds;
  });
}

/** The layer's owner marks items sent back for revision as revised: their reviewer sees what changed since. */
export async function markItemsRevised(
  prisma: PrismaClient,
  user: User,
  evaluationId: number,
  layer: Layer,
  items: readonly string[],
) {
  const { evaluation, instrument } = await reviewTarget(prisma, user, evaluationId, layer);
  const refused = revisionWriteProblem(user, layer, evaluation.stage, 'PERLU_PERBAIKAN');
  if (refused) throw refusedBecause(refused, 'layer');
  const problems = itemProblems(items, instrument.idByCode, (index) => `items[${index}]`);
  if (problems.length) throw validationError(message('review.invalid', { count: problems.length }), problems);
  return prisma.$transaction(async (tx) => {
    const stage = (await lockEvaluation(tx, evaluationId)).get(evaluationId) ?? 'DITETAPKAN';
    const itemIds = items.map((item) => instrument.idByCode.get(item) ?? 0);
    const current = new Map(
      (await tx.itemReview.findMany({ where: { evaluationId, layer, itemId: { in: itemIds } } })).map(
        (row) => [row.itemId, row],
      ),
    );
    const notSentBack = items.flatMap((item, index): FieldProblem[] => {
      const problem = revisionWriteProblem(
        user,
        layer,
        stage,
        current.get(itemIds[index] ?? 0)?.status ?? null,
      );
      return problem ? [{ field: `items[${index}]`, item, message: problem }] : [];
    });
    if (notSentBack.length)
      throw validationError(message('review.invalid', { count: notSentBack.length }), notSentBack);
    const now = new Date();
    await tx.itemReview.updateMany({
      where: { evaluationId, layer, itemId: { in: itemIds } },
      data: { revisedAt: now, revisedById: user.id },
    });
    await recordChanges(
      tx,
      items.map((item, index) => {
        const before = current.get(itemIds[index] ?? 0);
        return {
          entity: 'ItemReview',
          entityId: `${evaluationId}/${layer}/${item}`,
          action: 'UPDATE' as const,
          before: before ? { item, ...logged(before) } : undefined,
          after: before ? { item, ...logged({ ...before, revisedAt: now }) } : undefined,
          actorId: user.id,
          evaluationId,
          layer,
        };
      }),
    );
    return itemIds;
  });
}
