import type {
  AgencyKind,
  Auditor,
  BpkOpinion,
  Eselon,
  Grade,
  Predicate,
  Role,
  Stage,
  TlhpStatus,
} from '../../generated/client/enums.ts';

export interface SeedUnit {
  code: string;
  name: string;
  eselon: Eselon;
  coreService?: boolean;
  afirmasi?: boolean;
  ziSinceYear?: number;
  children?: SeedUnit[];
}

export interface SeedAgency {
  code: string;
  kind: AgencyKind;
  name: string;
  region: string;
  profiles: {
    year: number;
    bpkOpinion: BpkOpinion;
    sakipGrade: Grade;
    indeksRbGrade: Grade;
    spipLevel: number;
  }[];
  units: SeedUnit[];
}

const profiles = (
  grades: [BpkOpinion, Grade, Grade, number],
  improved: [BpkOpinion, Grade, Grade, number],
): SeedAgency['profiles'] => [
  {
    year: 2020,
    bpkOpinion: grades[0],
    sakipGrade: grades[1],
    indeksRbGrade: grades[2],
    spipLevel: grades[3],
  },
  {
    year: 2024,
    bpkOpinion: grades[0],
    sakipGrade: grades[1],
    indeksRbGrade: grades[2],
    spipLevel: grades[3],
  },
  {
    year: 2025,
    bpkOpinion: improved[0],
    sakipGrade: improved[1],
    indeksRbGrade: improved[2],
    spipLevel: improved[3],
  },
];

export const agencies: SeedAgency[] = [
  {
    code: 'KEMENKEU',
    kind: 'KEMENTERIAN',
    name: 'Kementerian Keuangan',
    region: 'DKI Jakarta',
    profiles: profiles(['WTP', 'A', 'A', 4], ['WTP', 'A', 'A', 4]),
    units: [
      {
        code: 'DJP',
        name: 'Direktorat Jenderal Pajak',
        eselon: 'I',
        children: [
          {
            code: 'KANWIL-DJP-JABAR1',
            name: 'Kantor Wilayah DJP Jawa Barat I',
            eselon: 'II',
            coreService: true,
            ziSinceYear: 2019,
            children: [
              {
                code: 'KPP-BDG-CIBEUNYING',
                name: 'KPP Pratama Bandung Cibeunying',
                eselon: 'III',
                coreService: true,
                ziSinceYear: 2018,
              },
              {
                code: 'KPP-BDG-KAREES',
                name: 'KPP Pratama Bandung Karees',
                eselon: 'III',
                coreService: true,
                ziSinceYear: 2021,
              },
            ],
          },
        ],
      },
      {
        code: 'DJBC',
        name: 'Direktorat Jenderal Bea dan Cukai',
        eselon: 'I',
        children: [
          {
            code: 'KANWIL-DJBC-JATIM1',
            name: 'Kantor Wilayah DJBC Jawa Timur I',
            eselon: 'II',
            coreService: true,
            ziSinceYear: 2020,
            children: [
              {
                code: 'KPPBC-TANJUNG-PERAK',
                name: 'KPPBC TMP Tanjung Perak',
                eselon: 'III',
                coreService: true,
                ziSinceYear: 2017,
              },
            ],
          },
        ],
      },
      {
        code: 'DJPB',
        name: 'Direktorat Jenderal Perbendaharaan',
        eselon: 'I',
        children: [
          { code: 'KPPN-BDG1', name: 'KPPN Bandung I', eselon: 'III', coreService: true, ziSinceYear: 2019 },
        ],
      },
    ],
  },
  {
    code: 'PROV-JABAR',
    kind: 'PROVINSI',
    name: 'Pemerintah Provinsi Jawa Barat',
    region: 'Jawa Barat',
    profiles: profiles(['WTP', 'BB', 'B', 3], ['WTP', 'A', 'BB', 3]),
    units: [
      {
        code: 'DPMPTSP',
        name: 'Dinas Penanaman Modal dan PTSP',
        eselon: 'II',
        coreService: true,
        ziSinceYear: 2020,
      },
      {
        code: 'BAPENDA',
        name: 'Badan Pendapatan Daerah',
        eselon: 'II',
        children: [
          {
            code: 'SAMSAT-BDG1',
            name: 'UPTD Pengelolaan Pendapatan Daerah Kota Bandung I (Samsat)',
            eselon: 'III',
            coreService: true,
            ziSinceYear: 2021,
          },
        ],
      },
      { code: 'RSUD-AL-IHSAN', name: 'RSUD Al Ihsan', eselon: 'II', coreService: true, ziSinceYear: 2022 },
    ],
  },
  {
    code: 'KAB-BANYUWANGI',
    kind: 'KABUPATEN',
    name: 'Pemerintah Kabupaten Banyuwangi',
    region: 'Jawa Timur',
    profiles: profiles(['WTP', 'B', 'CC', 3], ['WTP', 'BB', 'B', 3]),
    units: [
      {
        code: 'DISDUKCAPIL',
        name: 'Dinas Kependudukan dan Pencatatan Sipil',
        eselon: 'III',
        coreService: true,
        afirmasi: true,
        ziSinceYear: 2021,
      },
      {
        code: 'RSUD-BLAMBANGAN',
        name: 'RSUD Blambangan',
        eselon: 'III',
        coreService: true,
        afirmasi: true,
        ziSinceYear: 2022,
      },
      {
        code: 'DINKES',
        name: 'Dinas Kesehatan',
        eselon: 'III',
        children: [
          {
            code: 'PUSKESMAS-GENTENG',
            name: 'UPTD Puskesmas Genteng',
            eselon: 'IV',
            coreService: true,
            ziSinceYear: 2023,
          },
        ],
      },
    ],
  },
  {
    code: 'KOTA-SURABAYA',
    kind: 'KOTA',
    name: 'Pemerintah Kota Surabaya',
    region: 'Jawa Timur',
    profiles: profiles(['WDP', 'BB', 'B', 3], ['WTP', 'A', 'BB', 4]),
    units: [
      {
        code: 'DISPENDUKCAPIL',
        name: 'Dinas Kependudukan dan Pencatatan Sipil',
        eselon: 'III',
        coreService: true,
        afirmasi: true,
        ziSinceYear: 2020,
      },
      {
        code: 'DPMPTSP',
        name: 'Dinas Penanaman Modal dan PTSP',
        eselon: 'III',
        coreService: true,
        afirmasi: true,
        ziSinceYear: 2021,
      },
      {
        code: 'RSUD-SOEWANDHIE',
        name: 'RSUD dr. Mohamad Soewandhie',
        eselon: 'III',
        coreService: true,
        afirmasi: true,
        ziSinceYear: 2022,
      },
    ],
  },
];

/** Evaluations by agency and unit code: year, stage, target, and how well the unit answers (0–1). */
export interface SeedEvaluation {
  agency: string;
  unit: string;
  year: number;
  stage: Stage;
  target: Predicate;
  quality: number;
  awarded?: Predicate;
}

export const evaluations: SeedEvaluation[] = [
  {
    agency: 'KEMENKEU',
    unit: 'KPP-BDG-CIBEUNYING',
    year: 2020,
    stage: 'DITETAPKAN',
    target: 'WBK',
    quality: 0.85,
    awarded: 'WBK',
  },
  {
    agency: 'KEMENKEU',
    unit: 'KPP-BDG-CIBEUNYING',
    year: 2024,
    stage: 'DITETAPKAN',
    target: 'WBBM',
    quality: 0.95,
    awarded: 'WBBM',
  },
  {
    agency: 'KEMENKEU',
    unit: 'KPP-BDG-CIBEUNYING',
    year: 2025,
    stage: 'PEMBANGUNAN',
    target: 'WBBM',
    quality: 0.95,
  },
  {
    agency: 'KEMENKEU',
    unit: 'KPP-BDG-KAREES',
    year: 2024,
    stage: 'TIDAK_DITETAPKAN',
    target: 'WBK',
    quality: 0.6,
  },
  {
    agency: 'KEMENKEU',
    unit: 'KPP-BDG-KAREES',
    year: 2025,
    stage: 'EVALUASI_TPN',
    target: 'WBK',
    quality: 0.8,
  },
  {
    agency: 'KEMENKEU',
    unit: 'KPPBC-TANJUNG-PERAK',
    year: 2024,
    stage: 'DITETAPKAN',
    target: 'WBK',
    quality: 0.88,
    awarded: 'WBK',
  },
  {
    agency: 'KEMENKEU',
    unit: 'KPPBC-TANJUNG-PERAK',
    year: 2025,
    stage: 'DIUSULKAN',
    target: 'WBBM',
    quality: 0.92,
  },
  { agency: 'KEMENKEU', unit: 'KPPN-BDG1', year: 2025, stage: 'PENILAIAN_TPI', target: 'WBK', quality: 0.75 },
  {
    agency: 'KEMENKEU',
    unit: 'KANWIL-DJP-JABAR1',
    year: 2025,
    stage: 'PENCANANGAN',
    target: 'WBK',
    quality: 0.7,
  },
  {
    agency: 'PROV-JABAR',
    unit: 'DPMPTSP',
    year: 2024,
    stage: 'TIDAK_DITETAPKAN',
    target: 'WBK',
    quality: 0.55,
  },
  { agency: 'PROV-JABAR', unit: 'DPMPTSP', year: 2025, stage: 'PENILAIAN_TPI', target: 'WBK', quality: 0.78 },
  {
    agency: 'PROV-JABAR',
    unit: 'SAMSAT-BDG1',
    year: 2025,
    stage: 'PEMBANGUNAN',
    target: 'WBK',
    quality: 0.7,
  },
  {
    agency: 'KAB-BANYUWANGI',
    unit: 'DISDUKCAPIL',
    year: 2024,
    stage: 'DITETAPKAN',
    target: 'WBK',
    quality: 0.86,
    awarded: 'WBK',
  },
  {
    agency: 'KAB-BANYUWANGI',
    unit: 'DISDUKCAPIL',
    year: 2025,
    stage: 'EVALUASI_TPN',
    target: 'WBBM',
    quality: 0.9,
  },
  {
    agency: 'KAB-BANYUWANGI',
    unit: 'RSUD-BLAMBANGAN',
    year: 2025,
    stage: 'PEMBANGUNAN',
    target: 'WBK',
    quality: 0.65,
  },
  {
    agency: 'KAB-BANYUWANGI',
    unit: 'PUSKESMAS-GENTENG',
    year: 2025,
    stage: 'PENCANANGAN',
    target: 'WBK',
    quality: 0.5,
  },
  {
    agency: 'KOTA-SURABAYA',
    unit: 'DISPENDUKCAPIL',
    year: 2024,
    stage: 'DITETAPKAN',
    target: 'WBK',
    quality: 0.9,
    awarded: 'WBK',
  },
  {
    agency: 'KOTA-SURABAYA',
    unit: 'DISPENDUKCAPIL',
    year: 2025,
    stage: 'DIUSULKAN',
    target: 'WBBM',
    quality: 0.93,
  },
  {
    agency: 'KOTA-SURABAYA',
    unit: 'DPMPTSP',
    year: 2025,
    stage: 'PENILAIAN_TPI',
    target: 'WBK',
    quality: 0.72,
  },
  {
    agency: 'KOTA-SURABAYA',
    unit: 'RSUD-SOEWANDHIE',
    year: 2025,
    stage: 'PEMBANGUNAN',
    target: 'WBK',
    quality: 0.68,
  },
];

export interface SeedUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  agency?: string;
  unit?: [agency: string, unit: string];
}

/** One account per role; the README lists them. */
export const users: SeedUser[] = [
  { email: 'admin@zi.go.id', name: 'Admin Nasional', role: 'ADMIN', password: 'admin-demo' },
  {
    email: 'operator@kpp-cibeunying.go.id',
    name: 'Siti Rahmawati',
    role: 'UNIT_OPERATOR',
    password: 'operator-demo',
    unit: ['KEMENKEU', 'KPP-BDG-CIBEUNYING'],
  },
  {
    email: 'tpi@kemenkeu.go.id',
    name: 'Budi Santoso',
    role: 'TPI',
    password: 'tpi-demo',
    agency: 'KEMENKEU',
  },
  { email: 'tpn@menpan.go.id', name: 'Dewi Lestari', role: 'TPN', password: 'tpn-demo' },
  {
    email: 'inspektorat@kemenkeu.go.id',
    name: 'Agus Wibowo',
    role: 'INSPEKTORAT',
    password: 'inspektorat-demo',
    agency: 'KEMENKEU',
  },
  { email: 'analis@menpan.go.id', name: 'Rina Kusuma', role: 'ANALYST', password: 'analis-demo' },
];

export interface SeedAudit {
  agency: string;
  unit?: string;
  auditor: Auditor;
  reportNumber: string;
  reportDate: string;
  year: number;
  title: string;
  findings: {
    number: string;
    title: string;
    unit?: string;
    recommendations: {
      number: string;
      text: string;
      status: TlhpStatus;
      amount?: number;
      recovered?: number;
      due?: string;
    }[];
  }[];
}

const statuses: TlhpStatus[] = [
  'SESUAI',
  'BELUM_SESUAI',
  'BELUM_DITINDAKLANJUTI',
  'TIDAK_DAPAT_DITINDAKLANJUTI',
];

function auditFor(
  agency: string,
  unit: string,
  auditor: Auditor,
  index: number,
  year: number,
  allDone: boolean,
): SeedAudit {
  const reportNumber = `${index + 1}/LHP/${auditor}/${agency}/${year}`;
  return {
    agency,
    unit,
    auditor,
    reportNumber,
    reportDate: `${year}-0${(index % 8) + 2}-15`,
    year,
    title: `${auditor === 'BPK' ? 'Pemeriksaan kepatuhan' : auditor === 'BPKP' ? 'Audit kinerja' : 'Audit operasional'} ${unit} tahun ${year - 1}`,
    findings: [1, 2].map((finding) => ({
      number: `${finding}`,
      title:
        finding === 1
          ? 'Penatausahaan aset belum tertib'
          : 'Pertanggungjawaban belanja perjalanan dinas tidak lengkap',
      recommendations: [1, 2].map((recommendation) => {
        const status = allDone
          ? 'SESUAI'
          : (statuses[(index + finding + recommendation) % statuses.length] ?? 'SESUAI');
        return {
          number: `${finding}.${recommendation}`,
          text:
            recommendation === 1
              ? 'Memerintahkan pengelola BMN melakukan inventarisasi dan pemutakhiran data aset'
              : 'Memproses kelebihan pembayaran sesuai ketentuan dan menyetorkannya ke kas negara',
          status,
          ...(recommendation === 2
            ? { amount: 12_500_000 * finding, recovered: status === 'SESUAI' ? 12_500_000 * finding : 0 }
            : {}),
          due: `${year}-12-31`,
        };
      }),
    })),
  };
}

export const audits: SeedAudit[] = [
  auditFor('KEMENKEU', 'KPP-BDG-CIBEUNYING', 'BPK', 0, 2024, true),
  auditFor('KEMENKEU', 'KPP-BDG-KAREES', 'BPKP', 1, 2024, false),
  auditFor('KEMENKEU', 'KPPBC-TANJUNG-PERAK', 'INSPEKTORAT', 2, 2025, false),
  auditFor('PROV-JABAR', 'DPMPTSP', 'BPK', 3, 2024, false),
  auditFor('PROV-JABAR', 'SAMSAT-BDG1', 'INSPEKTORAT', 4, 2025, false),
  auditFor('KAB-BANYUWANGI', 'DISDUKCAPIL', 'BPKP', 5, 2024, true),
  auditFor('KAB-BANYUWANGI', 'RSUD-BLAMBANGAN', 'INSPEKTORAT', 6, 2025, false),
  auditFor('KOTA-SURABAYA', 'DISPENDUKCAPIL', 'BPK', 7, 2025, false),
];
