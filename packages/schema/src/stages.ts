import type { Layer } from './instrument.ts';
import { type Message, message } from './messages/index.ts';

export type Stage =
  | 'PENCANANGAN'
  | 'PEMBANGUNAN'
  | 'PENILAIAN_TPI'
  | 'DIUSULKAN'
  | 'EVALUASI_TPN'
  | 'DITETAPKAN'
  | 'TIDAK_DITETAPKAN'
  | 'DICABUT';

/** Every stage, in the order of the process; the last three are its other endings. */
export const stages: readonly Stage[] = [
  'PENCANANGAN',
  'PEMBANGUNAN',
  'PENILAIAN_TPI',
  'DIUSULKAN',
  'EVALUASI_TPN',
  'DITETAPKAN',
  'TIDAK_DITETAPKAN',
  'DICABUT',
];

export type Role = 'ADMIN' | 'UNIT_OPERATOR' | 'TPI' | 'TPN' | 'INSPEKTORAT' | 'ANALYST';

export interface StageTransition {
  from: Stage;
  to: Stage;
  /** Roles that may make the move (each within its own scope). */
  roles: Role[];
  /** The layer that must be completely answered first. */
  completeLayer?: Layer;
  /** The Pakta Integritas must be signed by most staff (more than half). */
  paktaSigned?: boolean;
  /** The target predicate's criteria must hold on the TPN layer, and the predicate is awarded. */
  awards?: boolean;
  requiresNote?: boolean;
  /** The layer whose items sent back for revision hold the move, unless a note overrides them. */
  reviewedLayer?: Layer;
}

/** The evaluation process of PermenPANRB 90/2021 §6: who moves an evaluation on, and when. */
export const stageTransitions: readonly StageTransition[] = [
  { from: 'PENCANANGAN', to: 'PEMBANGUNAN', roles: ['UNIT_OPERATOR', 'ADMIN'], paktaSigned: true },
  { from: 'PEMBANGUNAN', to: 'PENILAIAN_TPI', roles: ['UNIT_OPERATOR', 'ADMIN'], completeLayer: 'UNIT' },
  {
    from: 'PENILAIAN_TPI',
    to: 'DIUSULKAN',
    roles: ['TPI', 'ADMIN'],
    completeLayer: 'TPI',
    reviewedLayer: 'UNIT',
  },
  { from: 'DIUSULKAN', to: 'EVALUASI_TPN', roles: ['TPN', 'ADMIN'] },
  {
    from: 'EVALUASI_TPN',
    to: 'DITETAPKAN',
    roles: ['TPN', 'ADMIN'],
    completeLayer: 'TPN',
    awards: true,
    reviewedLayer: 'TPI',
  },
  {
    from: 'EVALUASI_TPN',
    to: 'TIDAK_DITETAPKAN',
    roles: ['TPN', 'ADMIN'],
    completeLayer: 'TPN',
    requiresNote: true,
  },
  { from: 'DITETAPKAN', to: 'DICABUT', roles: ['TPN', 'ADMIN'], requiresNote: true },
];

/** Who fills each layer, and in which stages it is open (administrators may always correct). */
export const layerRules: Record<Layer, { role: Role; openIn: Stage[] }> = {
  UNIT: { role: 'UNIT_OPERATOR', openIn: ['PENCANANGAN', 'PEMBANGUNAN'] },
  TPI: { role: 'TPI', openIn: ['PENILAIAN_TPI'] },
  TPN: { role: 'TPN', openIn: ['EVALUASI_TPN'] },
};

export interface TransitionFacts {
  stage: Stage;
  role: Role;
  paktaSigned: number | null;
  paktaTotal: number | null;
  /** Answered and total items per layer. */
  completeness: Record<Layer, { answered: number; total: number }>;
  /** Whether the target predicate's criteria hold on the TPN layer. */
  targetMet: boolean;
  /** Items of each layer marked PERLU_PERBAIKAN by its reviewers. */
  toRevise: Record<Layer, number>;
  /** Answers of each layer copied from the layer below that its owner has not confirmed or changed yet. */
  unconfirmed: Record<Layer, number>;
  /** Omitted when listing the moves before the user has been asked for a note. */
  note?: string | null;
}

/** Blockers a note lifts: the mover says why the move goes on anyway. */
const liftedByNote = new Set(['stage.itemsToRevise']);

/** Whether a note would lift every one of `blockers` (none is no reason to ask). */
export const noteLiftsBlockers = (blockers: readonly Message[]) =>
  blockers.length > 0 && blockers.every((blocker) => liftedByNote.has(blocker.id));

/** Why `facts` do not allow moving to `to`; empty when the move is allowed. */
export function transitionBlockers(to: Stage, facts: TransitionFacts): Message[] {
  const transition = stageTransitions.find((each) => each.from === facts.stage && each.to === to);
  if (!transition) return [message('stage.noSuchMove', { from: facts.stage, to })];
  // A role that may not make the move is told only that: the state of layers it may not read stays unsaid.
  if (!transition.roles.includes(facts.role))
    return [message('stage.notYourMove', { roles: transition.roles, to })];
  const blockers: Message[] = [];
  if (transition.paktaSigned) {
    const { paktaSigned, paktaTotal } = facts;
    if (!paktaTotal || paktaSigned === null || paktaSigned * 2 <= paktaTotal)
      blockers.push(message('stage.paktaUnsigned'));
  }
  if (transition.completeLayer) {
    const layer = transition.completeLayer;
    const { answered, total } = facts.completeness[layer];
    if (answered < total) blockers.push(message('stage.layerIncomplete', { layer, answered, total }));
    const unconfirmed = facts.unconfirmed[layer];
    if (unconfirmed > 0) blockers.push(message('stage.copiesUnconfirmed', { layer, count: unconfirmed }));
  }
  if (transition.awards && !facts.targetMet) blockers.push(message('stage.targetUnmet'));
  const reviewed = transition.reviewedLayer;
  if (reviewed && facts.toRevise[reviewed] > 0 && !facts.note?.trim())
    blockers.push(message('stage.itemsToRevise', { layer: reviewed, count: facts.toRevise[reviewed] }));
  if (transition.requiresNote && facts.note !== undefined && !facts.note?.trim())
    blockers.push(message('stage.noteRequired'));
  return blockers;
}
