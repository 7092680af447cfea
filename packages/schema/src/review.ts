import { type Actor, isDecided } from './access.ts';
import type { Layer } from './instrument.ts';
import { type Message, message } from './messages/index.ts';
import { layerRules, type Role, type Stage } from './stages.ts';
import { textLimits, textProblem } from './text-limits.ts';

export type ReviewStatus = 'SESUAI' | 'PERLU_PERBAIKAN';

/** Who reviews each layer, and at which stage: the TPI the unit's answers, the TPN the TPI's. */
export const reviewRules: Partial<Record<Layer, { role: Role; stage: Stage }>> = {
  UNIT: { role: 'TPI', stage: 'PENILAIAN_TPI' },
  TPI: { role: 'TPN', stage: 'EVALUASI_TPN' },
};

/** The layer an assessor's layer starts from when copied: the one its team reviews (UNIT for TPI, TPI for TPN). */
export function layerBelow(layer: Layer): Layer | null {
  const owner = layerRules[layer].role;
  const below = (Object.keys(reviewRules) as Layer[]).find((each) => reviewRules[each]?.role === owner);
  return below ?? null;
}

/** Why `actor` may not review items of `layer` at `stage` (administrators may at any open stage), or null. */
export function reviewWriteProblem(actor: Pick<Actor, 'role'>, layer: Layer, stage: Stage): Message | null {
  const rule = reviewRules[layer];
  if (!rule) return message('review.notReviewed', { layer });
  if (isDecided(stage)) return message('layer.decided', { stage });
  if (actor.role === 'ADMIN') return null;
  if (actor.role !== rule.role) return message('review.notYourRole', { layer, role: rule.role });
  if (stage !== rule.stage) return message('review.closed', { layer, stage: rule.stage });
  return null;
}

/** Why a review's note does not do: an item sent back needs one saying what to fix. */
export function reviewNoteProblem(status: ReviewStatus, note: string | null | undefined): Message | null {
  if (status === 'PERLU_PERBAIKAN' && !note?.trim()) return message('review.noteRequired');
  return note ? textProblem(note, textLimits.note) : null;
}

/**
 * Why `actor` may not fix an item of `layer` sent back for revision (its answer and evidence, and mark it
 * revised) at `stage`, or null: the layer's owner may while the reviewer assesses, though the layer is
 * otherwise closed then.
 */
export function revisionWriteProblem(
  actor: Pick<Actor, 'role'>,
  layer: Layer,
  stage: Stage,
  status: ReviewStatus | null,
): Message | null {
  if (status !== 'PERLU_PERBAIKAN') return message('review.notSentBack');
  const rule = reviewRules[layer];
  if (!rule || stage !== rule.stage) return message('review.closed', { layer, stage: rule?.stage ?? stage });
  const owner = layerRules[layer].role;
  if (actor.role !== 'ADMIN' && actor.role !== owner)
    return message('layer.notYourRole', { layer, role: owner });
  return null;
}

/** An item's answer and evidence in one layer, as they stood when it was sent back and as they stand now. */
export interface ReviewedAnswer {
  option: string | null;
  inputs: Readonly<Record<string, number | null>> | null;
  score: number | null;
  note: string | null;
  /** Links. */
  evidence: readonly string[];
  /** Ids of the uploaded document revisions. */
  documents: readonly number[];
}

export type ChangeSinceNote = 'answer' | 'note' | 'links' | 'documents';

const sameSet = (left: readonly (string | number)[], right: readonly (string | number)[]) => {
  const sorted = (values: readonly (string | number)[]) => JSON.stringify(values.map(String).toSorted());
  return sorted(left) === sorted(right);
};

const sameInputs = (left: ReviewedAnswer['inputs'], right: ReviewedAnswer['inputs']) => {
  const keys = new Set([...Object.keys(left ?? {}), ...Object.keys(right ?? {})]);
  return [...keys].every((key) => (left?.[key] ?? null) === (right?.[key] ?? null));
};

/** What the layer's owner changed in an item since the reviewer sent it back: what the reviewer looks at again. */
export function changesSinceNote(atNote: ReviewedAnswer, now: ReviewedAnswer): ChangeSinceNote[] {
  const changes: ChangeSinceNote[] = [];
  if (atNote.option !== now.option || atNote.score !== now.score || !sameInputs(atNote.inputs, now.inputs))
    changes.push('answer');
  if ((atNote.note ?? '') !== (now.note ?? '')) changes.push('note');
  if (!sameSet(atNote.evidence, now.evidence)) changes.push('links');
  if (!sameSet(atNote.documents, now.documents)) changes.push('documents');
  return changes;
}
