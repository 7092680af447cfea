import type { InstrumentDefinition, ItemDefinition, NodeDefinition } from '@zi/schema';

// Stand-ins with the real instruments' shape and weights but two items per area, until the scoring
// engine ships the complete PERMENPANRB-90-2021 and PERMENPANRB-52-2014 definitions.

const areas = [
  ['MP', 'Manajemen Perubahan'],
  ['TL', 'Penataan Tatalaksana'],
  ['SDM', 'Penataan Sistem Manajemen SDM Aparatur'],
  ['AK', 'Penguatan Akuntabilitas'],
  ['PW', 'Penguatan Pengawasan'],
  ['PP', 'Peningkatan Kualitas Pelayanan Publik'],
] as const;

const abc = [
  { label: 'A', value: 1 },
  { label: 'B', value: 0.5 },
  { label: 'C', value: 0 },
];
const yaTidak = [
  { label: 'Ya', value: 1 },
  { label: 'Tidak', value: 0 },
];

function areaNode(prefix: string, code: string, name: string, weight: number): NodeDefinition {
  const items: ItemDefinition[] = [
    {
      code: `${prefix}.${code}.i.a`,
      question: `${name}: kebijakan telah ditetapkan`,
      answerType: 'YA_TIDAK',
      options: yaTidak,
    },
    {
      code: `${prefix}.${code}.i.b`,
      question: `${name}: kebijakan telah dilaksanakan`,
      answerType: 'ABC',
      options: abc,
    },
  ];
  return {
    code: `${prefix}.${code}`,
    name,
    level: 'AREA',
    weight,
    children: [
      { code: `${prefix}.${code}.i`, name: `${name} (pemenuhan)`, level: 'SUB_AREA', weight, items },
    ],
  };
}

const survey = (code: string, question: string, weight: number): ItemDefinition => ({
  code,
  question,
  answerType: 'SURVEY',
  options: [],
  weight,
});

export const placeholder2021: InstrumentDefinition = {
  code: 'PERMENPANRB-90-2021',
  title: 'LKE Zona Integritas 2021 (placeholder)',
  regulation: 'PermenPANRB 90/2021',
  description: 'Placeholder with the 2021 weights and two items per area.',
  validFromYear: 2022,
  components: [
    {
      code: 'PENGUNGKIT',
      name: 'Pengungkit',
      level: 'COMPONENT',
      weight: 60,
      children: (['PEMENUHAN', 'REFORM'] as const).map((side) => ({
        code: side,
        name: side === 'PEMENUHAN' ? 'Pemenuhan' : 'Reform',
        level: 'SUB_COMPONENT' as const,
        weight: 30,
        children: areas.map(([code, name], index) =>
          areaNode(side, code, name, [4, 3.5, 5, 5, 7.5, 5][index] ?? 0),
        ),
      })),
    },
    {
      code: 'HASIL',
      name: 'Hasil',
      level: 'COMPONENT',
      weight: 40,
      children: [
        {
          code: 'HASIL.BERSIH',
          name: 'Birokrasi yang bersih dan akuntabel',
          level: 'SUB_COMPONENT',
          weight: 22.5,
          items: [
            survey('HASIL.IPAK', 'Nilai Survei Persepsi Anti Korupsi (IPAK)', 17.5),
            {
              code: 'HASIL.KINERJA',
              question: 'Capaian kinerja lebih baik dari capaian sebelumnya',
              answerType: 'ABC',
              options: abc,
              weight: 5,
            },
          ],
        },
        {
          code: 'HASIL.PRIMA',
          name: 'Pelayanan publik yang prima',
          level: 'SUB_COMPONENT',
          weight: 17.5,
          items: [survey('HASIL.IPKP', 'Nilai Persepsi Kualitas Pelayanan (IPKP)', 17.5)],
        },
      ],
    },
  ],
};

export const placeholder2014: InstrumentDefinition = {
  code: 'PERMENPANRB-52-2014',
  title: 'LKE Zona Integritas 2014 (placeholder)',
  regulation: 'PermenPANRB 52/2014',
  description: 'Placeholder with the 2014 weights and two items per area.',
  validFromYear: 2015,
  validToYear: 2021,
  components: [
    {
      code: 'PENGUNGKIT',
      name: 'Pengungkit',
      level: 'COMPONENT',
      weight: 60,
      children: areas.map(([code, name], index) =>
        areaNode('PENGUNGKIT', code, name, [5, 5, 15, 10, 15, 10][index] ?? 0),
      ),
    },
    {
      code: 'HASIL',
      name: 'Hasil',
      level: 'COMPONENT',
      weight: 40,
      children: [
        {
          code: 'HASIL.BERSIH',
          name: 'Pemerintah yang bersih dan bebas KKN',
          level: 'SUB_COMPONENT',
          weight: 20,
          items: [
            survey('HASIL.IPK', 'Nilai Survei Persepsi Korupsi', 15),
            {
              code: 'HASIL.TLHP',
              question: 'Persentase penyelesaian TLHP',
              answerType: 'PERCENT',
              options: [],
              formula: 'tlhp',
              inputs: [
                { code: 'HASIL.TLHP.total', label: 'Jumlah rekomendasi' },
                { code: 'HASIL.TLHP.sesuai', label: 'Jumlah rekomendasi selesai ditindaklanjuti' },
              ],
              weight: 5,
            },
          ],
        },
        {
          code: 'HASIL.PRIMA',
          name: 'Kualitas pelayanan publik',
          level: 'SUB_COMPONENT',
          weight: 20,
          items: [survey('HASIL.IPKP', 'Nilai Persepsi Kualitas Pelayanan', 20)],
        },
      ],
    },
  ],
};
