import type { BulkRecord } from './sheet.ts';

/** A bulk-grid row for tests: unit `U<id>` with an IPAK score, capaian kinerja C and some details. */
export const bulkRecord = (id: number): BulkRecord => ({
  id,
  stage: 'PEMBANGUNAN',
  unit: {
    code: `U${id}`,
    name: `Unit ${id}`,
    eselon: 'III',
    coreService: true,
    afirmasi: false,
    agency: { name: 'Kemenkeu' },
  },
  surveys: [{ kind: 'IPAK', score: 3.5 }],
  hasil: [{ item: 'H.I.b', option: 'C' }],
  paktaSigned: 10,
  paktaTotal: 20,
  unitSakipGrade: 'BB',
  lhkpnCompliance: 90,
  lhkasnCompliance: null,
});
