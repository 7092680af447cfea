import { describe, expect, it } from 'vitest';
import { emptyCounts, summarizeTlhp, type TlhpStatus, tlhpCompletion } from '../src/index.ts';

const counts = (sesuai: number, belumSesuai: number, belum: number, tdtl: number) => ({
  ...emptyCounts(),
  SESUAI: sesuai,
  BELUM_SESUAI: belumSesuai,
  BELUM_DITINDAKLANJUTI: belum,
  TIDAK_DAPAT_DITINDAKLANJUTI: tdtl,
});

describe('TLHP completion', () => {
  it('is SESUAI ÷ (all − TDTL) by default: 6 of 10 with 2 TDTL is 6/8', () => {
    expect(tlhpCompletion(counts(6, 1, 1, 2))).toEqual({
      counts: counts(6, 1, 1, 2),
      total: 10,
      denominator: 8,
      completion: 0.75,
    });
  });

  it('keeps TDTL in the denominator when the setting says so: 6/10', () => {
    expect(tlhpCompletion(counts(6, 1, 1, 2), { excludeTidakDapatDitindaklanjuti: false }).completion).toBe(
      0.6,
    );
  });

  it('is 100% with nothing to follow up, or only TDTL left under the default', () => {
    expect(tlhpCompletion(counts(0, 0, 0, 0)).completion).toBe(1);
    expect(tlhpCompletion(counts(3, 0, 0, 2)).completion).toBe(1);
    expect(tlhpCompletion(counts(3, 0, 0, 2), { excludeTidakDapatDitindaklanjuti: false }).completion).toBe(
      0.6,
    );
  });

  it('rolls up per unit, auditor or any key', () => {
    const recommendations: { unit: string; auditor: string; status: TlhpStatus }[] = [
      { unit: 'KPP', auditor: 'BPK', status: 'SESUAI' },
      { unit: 'KPP', auditor: 'BPK', status: 'BELUM_SESUAI' },
      { unit: 'KPP', auditor: 'BPKP', status: 'TIDAK_DAPAT_DITINDAKLANJUTI' },
      { unit: 'RSUD', auditor: 'BPK', status: 'SESUAI' },
    ];
    const byUnit = summarizeTlhp(recommendations, (r) => r.unit);
    expect(byUnit.get('KPP')?.completion).toBe(0.5);
    expect(byUnit.get('RSUD')?.completion).toBe(1);
    const byAuditor = summarizeTlhp(recommendations, (r) => r.auditor, {
      excludeTidakDapatDitindaklanjuti: false,
    });
    expect(byAuditor.get('BPK')?.completion).toBeCloseTo(2 / 3, 15);
    expect(byAuditor.get('BPKP')?.completion).toBe(0);
  });
});
