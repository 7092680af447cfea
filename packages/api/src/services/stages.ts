import {
  decisionFields,
  recordDecision,
  refreshStoredScores,
  type ScoredEvaluation,
  scoreEvaluations,
} from '@zi/db';
import type { Prisma, PrismaClient, Stage, User } from '@zi/db/client';
import {
  evaluatePredicate,
  layers,
  type Message,
  message,
  type Predicate,
  type Role,
  stageTransitions,
  type TlhpSummary,
  type TransitionFacts,
  transitionBlockers,
} from '@zi/schema';
import { forbidden, validationError } from '../errors.ts';
import { recordChange } from './changes.ts';
import { lockEvaluation } from './evaluations.ts';

/** The answers scoring reads of an evaluation, and whether each is a copy still to confirm. */
const answerSelection = {
  select: {
    evaluationId: true,
    itemId: true,
    layer: true,
    option: true,
    inputs: true,
    score: true,
    copiedFrom: true,
  },
} as const;

/** An evaluation with what the stage machine and the decision record read of it. */
export const transitionSelection = {
  ...decisionFields,
  paktaSigned: true,
  paktaTotal: true,
  targetPredicate: true,
  awardedPredicate: true,
  answers: answerSelection,
  reviews: { where: { status: 'PERLU_PERBAIKAN' }, select: { layer: true } },
} as const;

type TransitionEvaluation = Prisma.EvaluationGetPayload<{ select: typeof transitionSelection }>;

/** What the stage machine checks a move against: the role, the Pakta, each layer's completeness, the TPN verdict. */
function transitionFacts(
  scored: ScoredEvaluation,
  evaluation: TransitionEvaluation,
  role: Role,
): TransitionFacts {
  const { scores, instrument } = scored;
  return {
    stage: evaluation.stage,
    role,
    paktaSigned: evaluation.paktaSigned,
    paktaTotal: evaluation.paktaTotal,
    completeness: Object.fromEntries(
      layers.map((layer) => [layer, { answered: scores[layer].answered, total: scores[layer].itemCount }]),
    ) as TransitionFacts['completeness'],
    targetMet: evaluatePredicate(
      instrument.definition,
      scores.TPN,
      evaluation.targetPredicate as Predicate,
      null,
    ).met,
    toRevise: Object.fromEntries(
      layers.map((layer) => [layer, evaluation.reviews.filter((review) => review.layer === layer).length]),
    ) as TransitionFacts['toRevise'],
    unconfirmed: Object.fromEntries(
      layers.map((layer) => [
        layer,
        evaluation.answers.filter((answer) => answer.layer === layer && answer.copiedFrom).length,
      ]),
    ) as TransitionFacts['unconfirmed'],
  };
}

export interface StageOption {
  to: Stage;
  requiresNote: boolean;
  blockers: Message[];
}

/** The moves from where the evaluation stands, each with what stops `user` from making it now. */
export async function nextStages(
  prisma: PrismaClient,
  evaluation: TransitionEvaluation,
  user: User,
  tlhp: TlhpSummary,
): Promise<StageOption[]> {
  const [scored] = await scoreEvaluations(prisma, [evaluation], {
    answers: evaluation.answers,
    tlhp: [tlhp],
  });
  const facts = transitionFacts(scored as ScoredEvaluation, evaluation, user.role);
  return stageTransitions
    .filter((transition) => transition.from === evaluation.stage)
    .map((transition) => ({
      to: transition.to,
      requiresNote: transition.requiresNote ?? false,
      blockers: transitionBlockers(transition.to, facts),
    }));
}

export interface StageMove {
  evaluationId: number;
  to: Stage;
  note?: string | null;
  decreeNumber?: string | null;
  decreeDate?: Date | null;
}

/**
 * Moves an evaluation (which `user` reaches) when the role and the preconditions allow, inside `tx`:
 * locked while the move is checked and made, so of racing moves exactly one happens; the move, a
 * proposal's frozen scores, a decision's record and the change-log entry are written with it.
 */
export async function moveStage(tx: Prisma.TransactionClient, user: User, move: StageMove) {
  await lockEvaluation(tx, move.evaluationId);
  const evaluation = await tx.evaluation.findUniqueOrThrow({
    where: { id: move.evaluationId },
    select: transitionSelection,
  });
  const [scored] = await scoreEvaluations(tx, [evaluation], { answers: evaluation.answers });
  const blockers = transitionBlockers(move.to, {
    ...transitionFacts(scored as ScoredEvaluation, evaluation, user.role),
    note: move.note ?? null,
  });
  const notTheirs = blockers.find((blocker) => blocker.id === 'stage.notYourMove');
  if (notTheirs) throw forbidden(notTheirs, 'to');
  if (blockers.length) {
    throw validationError(
      message('stage.blocked', { to: move.to, blockers }),
      blockers.map((blocker) => ({ field: 'to', message: blocker })),
    );
  }
  const data: Prisma.EvaluationUpdateInput = { stage: move.to };
  if (move.to === 'DITETAPKAN') {
    Object.assign(data, {
      awardedPredicate: evaluation.targetPredicate,
      decreeNumber: move.decreeNumber ?? null,
      decreeDate: move.decreeDate ?? null,
    });
  }
  if (move.to === 'DICABUT') data.revokedAt = new Date();
  // From its proposal on, the evaluation counts the follow-up statuses of that moment.
  if (move.to === 'DIUSULKAN') data.proposedAt = new Date();
  const updated = await tx.evaluation.update({
    where: { id: evaluation.id },
    data,
    select: { stage: true, awardedPredicate: true },
  });
  if (move.to === 'DIUSULKAN') await refreshStoredScores(tx, [evaluation.id]);
  if (move.to === 'DITETAPKAN' || move.to === 'TIDAK_DITETAPKAN')
    await recordDecision(tx, { ...evaluation, stage: move.to }, move.to);
  await tx.stageTransition.create({
    data: {
      evaluationId: evaluation.id,
      fromStage: evaluation.stage,
      toStage: move.to,
      note: move.note ?? null,
      actorId: user.id,
    },
  });
  await recordChange(tx, {
    entity: 'Evaluation',
    entityId: evaluation.id,
    action: 'UPDATE',
    before: { stage: evaluation.stage, awardedPredicate: evaluation.awardedPredicate },
    after: updated,
    actorId: user.id,
    evaluationId: evaluation.id,
  });
}
