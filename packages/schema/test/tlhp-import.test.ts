import { describe, expect, it } from 'vitest';
import {
  matchStatusWord,
  maxAmount,
  planTlhpImport,
  type ReachableAudit,
  readTlhpTable,
  renderMessage,
  type StoredRecommendation,
} from '../src/index.ts';

const header = [
  'No. LHP',
  'No. Temuan',
  'Uraian Temuan',
  'No. Rekomendasi',
  'Uraian Rekomendasi',
  'Status',
  'Nilai Rekomendasi',
  'Nilai Setor',
  'Batas Waktu',
];

describe('matchStatusWord', () => {
  it.each([
    ['Sesuai', 'SESUAI'],
    ['Sesuai dengan rekomendasi', 'SESUAI'],
    ['TS', 'SESUAI'],
    ['belum sesuai', 'BELUM_SESUAI'],
    ['BS', 'BELUM_SESUAI'],
    ['Belum Ditindaklanjuti', 'BELUM_DITINDAKLANJUTI'],
    ['BTL', 'BELUM_DITINDAKLANJUTI'],
    ['Tidak Dapat Ditindaklanjuti', 'TIDAK_DAPAT_DITINDAKLANJUTI'],
    ['tdtl', 'TIDAK_DAPAT_DITINDAKLANJUTI'],
    ['  Tidak dapat di-tindaklanjuti. ', 'TIDAK_DAPAT_DITINDAKLANJUTI'],
    ['BELUM_SESUAI', 'BELUM_SESUAI'],
  ])('reads %j as %s', (word, status) => {
    expect(matchStatusWord(word)).toBe(status);
  });

  it.each(['', 'Ok', 'Sesuai?!x', 'Belum'])('refuses %j', (word) => {
    expect(matchStatusWord(word)).toBeNull();
  });
});

describe('readTlhpTable', () => {
  it('finds the columns by their usual names in any order and reads every row', () => {
    const { rows, problems } = readTlhpTable([
      header,
      [
        'LHP-01/2024',
        '1',
        'Kas tidak disetor',
        '1.a',
        'Setorkan kas',
        'BS',
        'Rp 12.500.000,00',
        '2.500.000',
        '31/03/2025',
      ],
      ['', '', '', '', '', '', '', '', ''],
      [
        'LHP-01/2024',
        '1',
        'Kas tidak disetor',
        '1.b',
        'Tegur bendahara',
        'TS',
        0,
        '',
        new Date(Date.UTC(2025, 0, 15)),
      ],
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        auditor: null,
        reportNumber: 'LHP-01/2024',
        findingNumber: '1',
        findingTitle: 'Kas tidak disetor',
        recommendationNumber: '1.a',
        recommendationText: 'Setorkan kas',
        status: 'BELUM_SESUAI',
        amount: 12_500_000,
        recoveredAmount: 2_500_000,
        dueDate: '2025-03-31',
      },
      expect.objectContaining({
        line: 4,
        recommendationNumber: '1.b',
        status: 'SESUAI',
        amount: 0,
        recoveredAmount: null,
        dueDate: '2025-01-15',
      }),
    ]);
  });

  it('rejects a row with an unknown status, a missing number, a bad amount or date, or a key seen before', () => {
    const { rows, problems } = readTlhpTable([
      header,
      ['LHP-01', '1', 'T', '1', 'R', 'Selesai sebagian', '', '', ''],
      ['LHP-01', '', 'T', '2', 'R', 'TS', '', '', ''],
      ['LHP-01', '1', 'T', '3', 'R', 'TS', 'banyak', '', '30/02/2025'],
      ['LHP-01', '1', 'T', '4', 'R', 'TS', '', '', ''],
      ['LHP-01', '1', 'T', '4', 'R', 'BS', '', '', ''],
    ]);
    expect(rows.map((row) => row.line)).toEqual([5]);
    expect(problems.map((problem) => [problem.line, problem.column ?? ''])).toEqual([
      [2, 'status'],
      [3, 'findingNumber'],
      [4, 'amount'],
      [4, 'dueDate'],
      [6, ''],
    ]);
    expect(problems[4]?.message).toEqual({ id: 'tlhpImport.sameRow', params: { line: 5 } });
  });

  it('rejects amounts beyond what the database holds and dates it does not read, with the reason', () => {
    const { rows, problems } = readTlhpTable([
      header,
      ['LHP-01', '1', 'T', '1', 'R', 'TS', 1e18, '', ''],
      ['LHP-01', '1', 'T', '2', 'R', 'TS', '1.000.000.000.000.001', '-5', ''],
      ['LHP-01', '1', 'T', '3', 'R', 'TS', maxAmount, '', '12/31/2025'],
      ['LHP-01', '1', 'T', '4', 'R', 'TS', '', '', '2025'],
      ['LHP-01', '1', 'T', '5', 'R', 'TS', '', '', '31-12-2025'],
    ]);
    expect(rows.map((row) => [row.line, row.amount, row.dueDate])).toEqual([[6, null, '2025-12-31']]);
    expect(problems.map((problem) => [problem.line, problem.column, renderMessage(problem.message)])).toEqual(
      [
        [2, 'amount', expect.stringMatching(/paling besar Rp 1\.000\.000\.000\.000\.000/)],
        [3, 'amount', expect.stringMatching(/paling besar/)],
        [3, 'recoveredAmount', 'nilai uang tidak boleh negatif'],
        [4, 'dueDate', expect.stringMatching(/^"12\/31\/2025" bukan tanggal/)],
        [5, 'dueDate', expect.stringMatching(/^"2025" bukan tanggal/)],
      ],
    );
  });

  it('says which required columns a file lacks', () => {
    const { problems } = readTlhpTable([['Nomor', 'Uraian', 'Keterangan']]);
    expect(problems[0]?.message).toEqual({
      id: 'tlhpImport.missingColumns',
      params: { columns: ['reportNumber', 'findingNumber', 'recommendationNumber', 'status'] },
    });
  });
});

describe('planTlhpImport', () => {
  const stored: StoredRecommendation[] = [
    {
      id: 7,
      auditId: 1,
      reportNumber: 'LHP-01',
      findingNumber: '1',
      number: '1',
      text: 'Setorkan kas',
      status: 'BELUM_SESUAI',
      amount: 100,
      recoveredAmount: null,
      dueDate: null,
    },
    {
      id: 8,
      auditId: 1,
      reportNumber: 'LHP-01',
      findingNumber: '1',
      number: '2',
      text: 'Tegur',
      status: 'SESUAI',
      amount: null,
      recoveredAmount: null,
      dueDate: null,
    },
  ];
  const { rows, problems } = readTlhpTable([
    header,
    ['LHP-01', '1', 'Kas', '1', 'Setorkan kas', 'Sesuai', '100', '100', ''],
    ['LHP-01', '1', 'Kas', '2', '', 'TS', '', '', ''],
    ['LHP-01', '2', 'Aset', '1', 'Inventarisasi aset', 'BTL', '', '', '31/12/2025'],
    ['LHP-99', '1', 'X', '1', 'Y', 'BTL', '', '', ''],
    ['LHP-01', '3', 'Z', '1', '', 'BTL', '', '', ''],
  ]);
  const audits: ReachableAudit[] = [{ id: 1, auditor: 'BPK', reportNumber: 'LHP-01' }];
  const plan = planTlhpImport(rows, problems, stored, audits);

  it('creates the new, updates what differs, leaves the same alone and rejects unknown reports', () => {
    expect(plan.create.map((row) => row.line)).toEqual([4]);
    expect(plan.update).toEqual([
      {
        row: expect.objectContaining({ line: 2 }),
        id: 7,
        changes: { status: { from: 'BELUM_SESUAI', to: 'SESUAI' }, recoveredAmount: { from: null, to: 100 } },
      },
    ]);
    expect(plan.unchanged).toBe(1);
    expect(plan.reject.map((problem) => [problem.line, problem.column])).toEqual([
      [5, 'reportNumber'],
      [6, 'recommendationText'],
    ]);
  });

  it('changes nothing the second time the same list is imported', () => {
    const after: StoredRecommendation[] = [
      { ...stored[0], status: 'SESUAI', recoveredAmount: 100 } as StoredRecommendation,
      stored[1] as StoredRecommendation,
      {
        id: 9,
        auditId: 1,
        reportNumber: 'LHP-01',
        findingNumber: '2',
        number: '1',
        text: 'Inventarisasi aset',
        status: 'BELUM_DITINDAKLANJUTI',
        amount: null,
        recoveredAmount: null,
        dueDate: '2025-12-31',
      },
    ];
    const again = planTlhpImport(rows, problems, after, audits);
    expect([again.create.length, again.update.length, again.unchanged]).toEqual([0, 0, 3]);
  });

  it('tells apart reports of one number from two auditors by the Pemeriksa column, and asks for it otherwise', () => {
    const twoAuditors: ReachableAudit[] = [
      ...audits,
      { id: 2, auditor: 'INSPEKTORAT', reportNumber: 'LHP-01' },
    ];
    const withAuditor = readTlhpTable([
      ['Pemeriksa', ...header],
      ['Itjen', 'LHP-01', '1', 'Kas', '1', 'Setorkan kas', 'BTL', '', '', ''],
      ['BPK', 'LHP-01', '1', 'Kas', '1', 'Setorkan kas', 'Sesuai', '100', '100', ''],
      ['KPK', 'LHP-01', '1', 'Kas', '1', 'Setorkan kas', 'BTL', '', '', ''],
    ]);
    expect(withAuditor.problems).toEqual([expect.objectContaining({ line: 4, column: 'auditor' })]);
    const matched = planTlhpImport(withAuditor.rows, [], stored, twoAuditors);
    expect(matched.create).toEqual([
      expect.objectContaining({ line: 2, auditId: 2, auditor: 'INSPEKTORAT' }),
    ]);
    expect(matched.update).toEqual([
      expect.objectContaining({ id: 7, row: expect.objectContaining({ auditId: 1 }) }),
    ]);
    const ambiguous = planTlhpImport(rows, problems, stored, twoAuditors);
    expect(
      ambiguous.reject.filter((problem) => problem.column === 'auditor').map((problem) => problem.line),
    ).toEqual([2, 3, 4, 6]);
  });
});
