import type { Grade, Measure, PrerequisiteRule } from '../../instrument.ts';

/** Tabel 6: every criterion must hold. [key, label, what it measures, WBK minimum, WBBM minimum] */
export const tabel6: [key: string, label: string, measure: Measure, wbk: number, wbbm: number][] = [
  ['total', 'Nilai total', { kind: 'total' }, 75, 85],
  ['pengungkit', 'Komponen pengungkit', { kind: 'node', code: 'PENGUNGKIT' }, 40, 48],
  // A fraction of each area's combined Pemenuhan + Reform weight.
  ['area', 'Setiap area pengungkit', { kind: 'areas' }, 0.6, 0.75],
  ['bersih', 'Birokrasi bersih dan akuntabel', { kind: 'node', code: 'H.I' }, 18.25, 19.5],
  ['ipak', 'Survei persepsi anti korupsi (IPAK)', { kind: 'item', code: 'H.I.a' }, 15.75, 15.75],
  ['kinerja', 'Capaian kinerja', { kind: 'item', code: 'H.I.b' }, 2.5, 3.75],
  ['prima', 'Pelayanan publik yang prima', { kind: 'node', code: 'H.II' }, 14, 15.75],
];

/** Tabel 5 as amended by PermenPANRB 5/2024; WBK and WBBM differ only in the grades they require. */
export function tabel5(grades: {
  sakip: Grade;
  indeksRb: { pemda: Grade; kl: Grade };
  unitSakip: Grade;
}): PrerequisiteRule {
  return {
    agency: { bpkOpinions: ['WTP'], minSakip: grades.sakip, minIndeksRb: grades.indeksRb, minSpipLevel: 3 },
    unit: {
      coreService: true,
      minTlhpCompletion: 1,
      minLhkpnCompliance: 100,
      minLhkasnCompliance: 100,
      minZiYears: 1,
      minUnitSakip: grades.unitSakip,
    },
    afirmasi: true,
  };
}
