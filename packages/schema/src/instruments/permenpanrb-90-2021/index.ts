import type { InstrumentDefinition } from '../../instrument.ts';
import { component } from '../builders.ts';
import { hasil } from './hasil.ts';
import { pemenuhan } from './pemenuhan.ts';
import { reform } from './reform.ts';
import { tabel5, tabel6 } from './rules.ts';

// LKE ZI, Lampiran III PermenPANRB 90/2021, one file per part: the Pemenuhan and Reform trees and Hasil
// (every scored row of the official worksheet, with its workbook row, in the regulation's wording), and
// the rules: Tabel 6 (criteria) and Tabel 5 (prerequisites).

export const permenpanrb90of2021: InstrumentDefinition = {
  code: 'PERMENPANRB-90-2021',
  title: 'Lembar Kerja Evaluasi Zona Integritas (PermenPANRB 90/2021)',
  regulation: 'Peraturan Menteri PANRB Nomor 90 Tahun 2021, Lampiran III',
  description:
    'Pengungkit 60 (Pemenuhan 30 + Reform 30) and Hasil 40 (IPAK survey, capaian kinerja, IPKP survey). ' +
    'Reform 5.iii counts LHKPN and LHKASN one point each (the official workbook averages LHKPN twice), and both ' +
    'denominators are the sums of their sub-inputs.',
  validFromYear: 2022,
  components: [component('PENGUNGKIT', 4, 'Pengungkit', 60, [pemenuhan, reform]), hasil],
  headlines: { pengungkit: 'PENGUNGKIT', hasil: 'HASIL', pemenuhan: 'P', reform: 'R' },
  surveyItems: { IPAK: 'H.I.a', IPKP: 'H.II.a' },
  areaGroups: [
    { key: 'MP', name: 'Manajemen Perubahan', nodes: ['P.1', 'R.1'] },
    { key: 'TL', name: 'Penataan Tatalaksana', nodes: ['P.2', 'R.2'] },
    { key: 'SDM', name: 'Penataan Sistem Manajemen SDM Aparatur', nodes: ['P.3', 'R.3'] },
    { key: 'AK', name: 'Penguatan Akuntabilitas', nodes: ['P.4', 'R.4'] },
    { key: 'PW', name: 'Penguatan Pengawasan', nodes: ['P.5', 'R.5'] },
    { key: 'PP', name: 'Peningkatan Kualitas Pelayanan Publik', nodes: ['P.6', 'R.6'] },
  ],
  predicates: {
    WBK: { criteria: tabel6.map(([key, label, measure, wbk]) => ({ key, label, measure, min: wbk })) },
    WBBM: {
      requiresHeld: 'WBK',
      criteria: tabel6.map(([key, label, measure, , wbbm]) => ({ key, label, measure, min: wbbm })),
    },
  },
  prerequisites: {
    WBK: tabel5({ sakip: 'B', indeksRb: { pemda: 'CC', kl: 'B' }, unitSakip: 'B' }),
    WBBM: tabel5({ sakip: 'BB', indeksRb: { pemda: 'B', kl: 'BB' }, unitSakip: 'BB' }),
  },
};
