import { describe, expect, it } from 'vitest';
import {
  type Actor,
  accountScopeProblems,
  canReadLayer,
  defaultLayer,
  detailsWriteProblem,
  layerWriteProblem,
  type Message,
  may,
  type Role,
  reachesAgency,
  reachOf,
  renderMessage,
  seesAccount,
  transitionBlockers,
} from '../src/index.ts';

const said = (problem: Message | null) => problem && renderMessage(problem);

const actor = (role: Role, scope: Partial<Actor> = {}): Actor => ({
  id: 7,
  role,
  agencyId: null,
  unitId: null,
  ...scope,
});

describe('the access policy', () => {
  it('gives each role its reach', () => {
    expect(reachOf(actor('ADMIN'))).toEqual({ kind: 'all' });
    expect(reachOf(actor('TPN'))).toEqual({ kind: 'all' });
    expect(reachOf(actor('ANALYST'))).toEqual({ kind: 'all' });
    expect(reachOf(actor('ANALYST', { agencyId: 3 }))).toEqual({ kind: 'agency', agencyId: 3 });
    expect(reachOf(actor('TPI', { agencyId: 3 }))).toEqual({ kind: 'agency', agencyId: 3 });
    expect(reachOf(actor('INSPEKTORAT', { agencyId: 3 }))).toEqual({ kind: 'agency', agencyId: 3 });
    expect(reachOf(actor('UNIT_OPERATOR', { agencyId: 3, unitId: 9 }))).toEqual({
      kind: 'unit',
      unitId: 9,
      agencyId: 3,
    });
  });

  it('reaches nothing for an account whose scope is missing, rather than everything', () => {
    expect(reachOf(actor('TPI'))).toEqual({ kind: 'none' });
    expect(reachOf(actor('INSPEKTORAT'))).toEqual({ kind: 'none' });
    expect(reachOf(actor('UNIT_OPERATOR', { agencyId: 3 }))).toEqual({ kind: 'none' });
    expect(reachesAgency(actor('TPI'), 3)).toBe(false);
  });

  it('lets a unit operator read only the UNIT layer', () => {
    const operator = actor('UNIT_OPERATOR', { agencyId: 3, unitId: 9 });
    expect(['UNIT', 'TPI', 'TPN'].map((layer) => canReadLayer(operator, layer as 'UNIT'))).toEqual([
      true,
      false,
      false,
    ]);
    expect(canReadLayer(actor('TPI', { agencyId: 3 }), 'TPN')).toBe(true);
  });

  it('opens each layer to its role in its stages, and no layer of a decided evaluation to anyone', () => {
    expect(layerWriteProblem(actor('UNIT_OPERATOR'), 'UNIT', 'PEMBANGUNAN')).toBeNull();
    expect(said(layerWriteProblem(actor('UNIT_OPERATOR'), 'UNIT', 'PENILAIAN_TPI'))).toMatch(
      /dibuka pada tahap/,
    );
    expect(said(layerWriteProblem(actor('TPI'), 'UNIT', 'PEMBANGUNAN'))).toMatch(
      /hanya diisi oleh Operator unit/,
    );
    expect(layerWriteProblem(actor('ADMIN'), 'TPN', 'PEMBANGUNAN')).toBeNull();
    for (const stage of ['DITETAPKAN', 'TIDAK_DITETAPKAN', 'DICABUT'] as const)
      expect(said(layerWriteProblem(actor('ADMIN'), 'TPN', stage))).toMatch(/sudah diputuskan/);
  });

  it('lets the unit change its details while it builds, an administrator until the decision', () => {
    expect(detailsWriteProblem(actor('UNIT_OPERATOR'), 'PEMBANGUNAN')).toBeNull();
    expect(said(detailsWriteProblem(actor('UNIT_OPERATOR'), 'DIUSULKAN'))).toMatch(/diisi unit pada tahap/);
    expect(detailsWriteProblem(actor('ADMIN'), 'DIUSULKAN')).toBeNull();
    expect(said(detailsWriteProblem(actor('ADMIN'), 'DITETAPKAN'))).toMatch(/sudah diputuskan/);
    expect(said(detailsWriteProblem(actor('TPI'), 'PEMBANGUNAN'))).toMatch(/tidak mengubah/);
  });

  it('shows accounts in full only to themselves and administrators', () => {
    expect(seesAccount(actor('TPN'), { id: 7 })).toBe(true);
    expect(seesAccount(actor('TPN'), { id: 8 })).toBe(false);
    expect(seesAccount(actor('ADMIN'), { id: 8 })).toBe(true);
    expect(may(actor('ANALYST'), 'user.read')).toBe(false);
  });

  it('tells a role that may not make a stage move only that, not the state of other layers', () => {
    const facts = {
      stage: 'PENILAIAN_TPI' as const,
      role: 'UNIT_OPERATOR' as const,
      paktaSigned: 10,
      paktaTotal: 10,
      completeness: {
        UNIT: { answered: 113, total: 113 },
        TPI: { answered: 50, total: 113 },
        TPN: { answered: 0, total: 113 },
      },
      targetMet: false,
      toRevise: { UNIT: 2, TPI: 0, TPN: 0 },
      unconfirmed: { UNIT: 0, TPI: 3, TPN: 0 },
    };
    expect(transitionBlockers('DIUSULKAN', facts).map(said)).toEqual([
      'hanya Tim Penilai Internal atau Administrator yang dapat memindahkan ke Diusulkan',
    ]);
    expect(transitionBlockers('DIUSULKAN', { ...facts, role: 'TPI' })).toEqual([
      { id: 'stage.layerIncomplete', params: { layer: 'TPI', answered: 50, total: 113 } },
      { id: 'stage.copiesUnconfirmed', params: { layer: 'TPI', count: 3 } },
      { id: 'stage.itemsToRevise', params: { layer: 'UNIT', count: 2 } },
    ]);
    // The TPI may go on with items still to revise by saying why, but not with copies it has not looked at.
    expect(
      transitionBlockers('DIUSULKAN', { ...facts, role: 'TPI', note: 'Diteruskan, perbaikan menyusul' }),
    ).toEqual([
      { id: 'stage.layerIncomplete', params: { layer: 'TPI', answered: 50, total: 113 } },
      { id: 'stage.copiesUnconfirmed', params: { layer: 'TPI', count: 3 } },
    ]);
  });
});

describe('where an account sits for its role', () => {
  it('keeps national roles out of agencies, agency roles in one, unit operators in a unit', () => {
    const fields = (account: Parameters<typeof accountScopeProblems>[0]) =>
      accountScopeProblems(account).map((problem) => [problem.field, problem.message.id]);
    expect(fields({ role: 'ADMIN', agencyId: null, unitId: null })).toEqual([]);
    expect(fields({ role: 'TPN', agencyId: 3 })).toEqual([['agencyId', 'user.roleNational']]);
    expect(fields({ role: 'TPI', agencyId: null })).toEqual([['agencyId', 'user.roleNeedsAgency']]);
    expect(fields({ role: 'INSPEKTORAT', agencyId: 3, unitId: 7 })).toEqual([
      ['unitId', 'user.roleWithoutUnit'],
    ]);
    expect(fields({ role: 'ANALYST', agencyId: null })).toEqual([]);
    expect(fields({ role: 'ANALYST', agencyId: 3 })).toEqual([]);
    expect(fields({ role: 'UNIT_OPERATOR', agencyId: 3 })).toEqual([['unitId', 'user.operatorNeedsUnit']]);
    expect(fields({ role: 'UNIT_OPERATOR', unitId: 7 })).toEqual([]);
  });
});

describe('the layer a figure shows when none is asked for', () => {
  it('is the counting layer where the role reads it, else the unit’s own', () => {
    expect(defaultLayer({ role: 'TPN' }, 'TPN')).toBe('TPN');
    expect(defaultLayer({ role: 'ANALYST' }, 'TPI')).toBe('TPI');
    expect(defaultLayer({ role: 'ADMIN' }, null)).toBe('UNIT');
    expect(defaultLayer({ role: 'UNIT_OPERATOR' }, 'TPN')).toBe('UNIT');
  });
});
