import type { InstrumentDefinition, PrerequisiteRule } from '../instrument.ts';
import { component, percent, subComponent, survey, weighted } from './builders.ts';
import { pengungkit2014 } from './permenpanrb-52-2014-pengungkit.ts';

const prerequisites2014: PrerequisiteRule = {
  agency: { bpkOpinions: ['WTP'], minSakip: 'CC' },
  unit: { coreService: true, eselon: ['I', 'II', 'III'] },
  afirmasi: false,
};

export const permenpanrb52of2014: InstrumentDefinition = {
  code: 'PERMENPANRB-52-2014',
  title: 'Lembar Kerja Evaluasi Zona Integritas (PermenPANRB 52/2014)',
  regulation: 'Peraturan Menteri PANRB Nomor 52 Tahun 2014 (diubah PermenPANRB 10/2019)',
  description:
    'Pengungkit 60 (Manajemen Perubahan 5, Penataan Tatalaksana 5, Penataan Sistem Manajemen SDM 15, Penguatan ' +
    'Akuntabilitas Kinerja 10, Penguatan Pengawasan 15, Peningkatan Kualitas Pelayanan Publik 10) and Hasil 40 ' +
    '(corruption-perception survey 15, TLHP completion 5, service-quality survey 20). The item list is the 2021 ' +
    'Pemenuhan items, which PermenPANRB 90/2021 carried forward from this worksheet, regrouped under these ' +
    'weights, with E-Office in place of SPBE.',
  validFromYear: 2015,
  validToYear: 2021,
  components: [
    component('PENGUNGKIT', undefined, 'Pengungkit', 60, pengungkit2014),
    component('HASIL', undefined, 'Hasil', 40, [
      subComponent('H.I', undefined, 'Pemerintah yang Bersih dan Bebas KKN', 20, [
        weighted(
          survey(
            'H.I.a',
            undefined,
            'Nilai Survei Persepsi Korupsi',
            'Diisi dengan nilai hasil survei persepsi korupsi (0–4).',
          ),
          15,
        ),
        weighted(
          percent(
            'H.I.b',
            undefined,
            'Persentase penyelesaian tindak lanjut hasil pemeriksaan (TLHP)',
            'Rekomendasi yang telah ditindaklanjuti sesuai dibagi seluruh rekomendasi (di luar yang tidak dapat ditindaklanjuti).',
            [
              ['rekomendasi', 'Jumlah rekomendasi'],
              ['sesuai', 'Jumlah rekomendasi yang telah ditindaklanjuti sesuai'],
            ],
            { kind: 'ratio', numerator: ['sesuai'], denominator: ['rekomendasi'] },
          ),
          5,
        ),
      ]),
      subComponent('H.II', undefined, 'Kualitas Pelayanan Publik', 20, [
        weighted(
          survey(
            'H.II.a',
            undefined,
            'Nilai Persepsi Kualitas Pelayanan',
            'Diisi dengan nilai hasil survei persepsi kualitas pelayanan (0–4).',
          ),
          20,
        ),
      ]),
    ]),
  ],
  headlines: { pengungkit: 'PENGUNGKIT', hasil: 'HASIL' },
  surveyItems: { IPAK: 'H.I.a', IPKP: 'H.II.a' },
  areaGroups: pengungkit2014.map((area) => ({ key: area.code, name: area.name, nodes: [area.code] })),
  predicates: {
    WBK: {
      criteria: [
        { key: 'total', label: 'Nilai total', measure: { kind: 'total' }, min: 75 },
        {
          key: 'bersih',
          label: 'Pemerintah yang bersih dan bebas KKN',
          measure: { kind: 'node', code: 'H.I' },
          min: 18,
        },
        {
          key: 'survei',
          label: 'Survei persepsi korupsi',
          measure: { kind: 'item', code: 'H.I.a' },
          min: 13.5,
        },
        { key: 'tlhp', label: 'Penyelesaian TLHP', measure: { kind: 'item', code: 'H.I.b' }, min: 3 },
      ],
    },
    WBBM: {
      requiresHeld: 'WBK',
      criteria: [{ key: 'total', label: 'Nilai total', measure: { kind: 'total' }, min: 85 }],
    },
  },
  prerequisites: { WBK: prerequisites2014, WBBM: prerequisites2014 },
  derivedItems: [{ item: 'H.I.b', source: 'tlhpCompletion' }],
};
