import type { Layer } from './instrument.ts';
import { type Message, message } from './messages/index.ts';
import { layerRules, type Role, type Stage } from './stages.ts';

/**
 * The access policy: who may do what, and which agencies, units and layers each account reaches. It is
 * written once, here, as plain functions over plain data; the API turns reach into database conditions
 * and the console asks the same functions which actions to offer.
 */

/** An account as the policy sees it. */
export interface Actor {
  id: number;
  role: Role;
  /** TPI, INSPEKTORAT and agency analysts belong to an agency; a unit operator's unit belongs to one too. */
  agencyId: number | null;
  /** Unit operators only. */
  unitId: number | null;
}

/** What an account reaches: everything, one agency's units and audits, or one unit. */
export type Reach =
  | { kind: 'all' }
  | { kind: 'agency'; agencyId: number }
  | { kind: 'unit'; unitId: number; agencyId: number | null }
  | { kind: 'none' };

export function reachOf(actor: Actor): Reach {
  switch (actor.role) {
    case 'ADMIN':
    case 'TPN':
      return { kind: 'all' };
    case 'ANALYST':
      return actor.agencyId === null ? { kind: 'all' } : { kind: 'agency', agencyId: actor.agencyId };
    case 'UNIT_OPERATOR':
      return actor.unitId === null
        ? { kind: 'none' }
        : { kind: 'unit', unitId: actor.unitId, agencyId: actor.agencyId };
    case 'TPI':
    case 'INSPEKTORAT':
      return actor.agencyId === null ? { kind: 'none' } : { kind: 'agency', agencyId: actor.agencyId };
  }
}

/** What each role may do at all; which objects it may do it to is its reach. */
export const permissions = {
  /** Agencies, units, evaluations, audits and their follow-ups, instruments, analytics, the change log. */
  read: ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN', 'INSPEKTORAT', 'ANALYST'],
  'agency.write': ['ADMIN'],
  'unit.write': ['ADMIN'],
  'user.read': ['ADMIN'],
  'user.write': ['ADMIN'],
  'evaluation.create': ['ADMIN', 'TPI', 'UNIT_OPERATOR'],
  /** Target, Pakta Integritas and the unit-level prerequisites the unit records about its year. */
  'evaluation.details': ['ADMIN', 'UNIT_OPERATOR'],
  /** Answers of a layer; which layer and when is `layerWriteProblem`. */
  'evaluation.answers': ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
  'evaluation.stage': ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
  /** The bulk grid: surveys, capaian kinerja and details of many evaluations at once. */
  'evaluation.bulk': ['ADMIN', 'TPN'],
  /** The report shows every layer. */
  'evaluation.report': ['ADMIN', 'TPI', 'TPN', 'INSPEKTORAT', 'ANALYST'],
  /** Audits, follow-up statuses and their imports. */
  'tlhp.write': ['ADMIN', 'INSPEKTORAT'],
  /** A new LKE instrument (or a corrected one no evaluation uses yet). */
  'instrument.load': ['ADMIN'],
  /** Deployment settings, such as the evidence size limit and quota. */
  'settings.write': ['ADMIN'],
  /** PortalRB's question lists, and the tokens PortalRB pulls an agency's data with. */
  'portalrb.manage': ['ADMIN'],
  /** What PortalRB fetched of an agency (its units' answers as sent): the agency's own assessors and overseers. */
  'portalrb.read': ['ADMIN', 'TPI', 'INSPEKTORAT', 'ANALYST'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function may(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(actor.role);
}

export function reachesAgency(actor: Actor, agencyId: number): boolean {
  const reach = reachOf(actor);
  return reach.kind === 'all' || (reach.kind !== 'none' && reach.agencyId === agencyId);
}

/** Unit operators read their own UNIT layer only; every other role that reaches an evaluation reads all. */
export function readableLayers(actor: Pick<Actor, 'role'>): readonly Layer[] {
  return actor.role === 'UNIT_OPERATOR' ? ['UNIT'] : ['UNIT', 'TPI', 'TPN'];
}

export function canReadLayer(actor: Pick<Actor, 'role'>, layer: Layer): boolean {
  return readableLayers(actor).includes(layer);
}

/** The layer a figure shows when none is asked for: the counting one where `actor` may read it, else UNIT. */
export function defaultLayer(actor: Pick<Actor, 'role'>, counting: Layer | null): Layer {
  return counting !== null && canReadLayer(actor, counting) ? counting : 'UNIT';
}

/** Stages at which the evaluation has been decided: its answers, details and scores no longer change. */
export const decidedStages: readonly Stage[] = ['DITETAPKAN', 'TIDAK_DITETAPKAN', 'DICABUT'];

export const isDecided = (stage: Stage) => decidedStages.includes(stage);

/** Why `actor` may not write `layer` of an evaluation at `stage`, or null when it may. */
export function layerWriteProblem(actor: Pick<Actor, 'role'>, layer: Layer, stage: Stage): Message | null {
  if (isDecided(stage)) return message('layer.decided', { stage });
  if (actor.role === 'ADMIN') return null;
  const rule = layerRules[layer];
  if (actor.role !== rule.role) return message('layer.notYourRole', { layer, role: rule.role });
  if (!rule.openIn.includes(stage)) return message('layer.closed', { layer, openIn: rule.openIn, stage });
  return null;
}

/** Why `actor` may not change an evaluation's details (target, Pakta, unit prerequisites) at `stage`. */
export function detailsWriteProblem(actor: Pick<Actor, 'role'>, stage: Stage): Message | null {
  if (!may(actor, 'evaluation.details')) return message('details.notYourRole');
  if (isDecided(stage)) return message('details.decided', { stage });
  if (actor.role === 'ADMIN') return null;
  const open = layerRules.UNIT.openIn;
  if (!open.includes(stage)) return message('details.closed', { openIn: open, stage });
  return null;
}

/**
 * Why `actor` may not read an evaluation's report (every layer's score) at `stage`, or null: roles with the
 * report permission always; the unit once its evaluation has been decided, when the result is official.
 */
export function reportReadProblem(actor: Pick<Actor, 'role'>, stage: Stage): Message | null {
  if (may(actor, 'evaluation.report')) return null;
  if (actor.role === 'UNIT_OPERATOR' && isDecided(stage)) return null;
  return message('report.unitBeforeDecision');
}

/** Why the bulk grid may not write an evaluation at `stage`, or null. */
export function bulkWriteProblem(stage: Stage): Message | null {
  return isDecided(stage) ? message('bulk.decided', { stage }) : null;
}

/** Whom an account may see in full (e-mail, role, scope, activity); others appear by name only. */
export function seesAccount(actor: Actor, account: { id: number }): boolean {
  return actor.id === account.id || may(actor, 'user.read');
}

/** Where an account of each role sits: nationally, in an agency (required or not), or in a unit. */
export const accountScopes: Record<Role, 'national' | 'agency' | 'agencyOrNational' | 'unit'> = {
  ADMIN: 'national',
  TPN: 'national',
  TPI: 'agency',
  INSPEKTORAT: 'agency',
  ANALYST: 'agencyOrNational',
  UNIT_OPERATOR: 'unit',
};

/** What is wrong with where an account sits for its role, by field (whether the agency and unit exist is the caller's check). */
export function accountScopeProblems(account: {
  role: Role;
  agencyId?: number | null;
  unitId?: number | null;
}): { field: 'agencyId' | 'unitId'; message: Message }[] {
  const { role } = account;
  const scope = accountScopes[role];
  const problems: { field: 'agencyId' | 'unitId'; message: Message }[] = [];
  if (scope === 'national' && account.agencyId != null)
    problems.push({ field: 'agencyId', message: message('user.roleNational', { role }) });
  if (scope === 'agency' && account.agencyId == null)
    problems.push({ field: 'agencyId', message: message('user.roleNeedsAgency', { role }) });
  if (scope === 'unit' && account.unitId == null)
    problems.push({ field: 'unitId', message: message('user.operatorNeedsUnit') });
  if (scope !== 'unit' && account.unitId != null)
    problems.push({ field: 'unitId', message: message('user.roleWithoutUnit', { role }) });
  return problems;
}
