import { toDelimited } from '@zi/schema';
import { readTable, writeTable } from '@zi/schema/workbook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

interface Plan {
  create: { line: number; recommendationNumber: string }[];
  update: { id: number; changes: Record<string, { from: unknown; to: unknown }> }[];
  unchanged: number;
  reject: { line: number; column: string | null; message: string }[];
  committed: boolean;
}

const planFields =
  'create { line recommendationNumber } update { id changes } unchanged reject { line column message } committed';
const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

describe('TLHP follow-up tracking', () => {
  let server: Server;
  let inspektorat: Record<string, string>;
  let agencyId: number;

  /** Everything an import must leave alone when it is refused. */
  const snapshot = async () => {
    const { prisma } = server.database;
    return {
      recommendations: await prisma.recommendation.findMany({ orderBy: { id: 'asc' } }),
      findings: await prisma.finding.count(),
      history: await prisma.recommendationStatusChange.count(),
      changes: await prisma.changeLog.count(),
    };
  };

  const exported = async () => {
    const { body } = await server.graphql<{ recommendationsExport: string }>(
      'query($filter: RecommendationFilter) { recommendationsExport(filter: $filter) }',
      { filter: { agencyId } },
      inspektorat,
    );
    return readTable(Buffer.from(body.data?.recommendationsExport ?? '', 'base64'), 'tl.xlsx');
  };

  const importFile = (mutation: 'previewTlhpImport' | 'importTlhp', file: string, filename: string) =>
    server.graphql<Record<string, Plan>>(
      `mutation($file: String!, $filename: String!) { ${mutation}(file: $file, filename: $filename) { ${planFields} } }`,
      { file, filename },
      inspektorat,
    );

  beforeAll(async () => {
    server = await startTestServer();
    inspektorat = await server.signIn('inspektorat@kemenkeu.go.id');
    agencyId = (await server.database.prisma.agency.findFirstOrThrow({ where: { code: 'KEMENKEU' } })).id;
  });
  afterAll(() => server.stop());

  it('exports the filtered recommendations as a workbook the import reads back, changing nothing', async () => {
    const table = await exported();
    const total = await server.database.prisma.recommendation.count({
      where: { finding: { audit: { agencyId } } },
    });
    expect(table).toHaveLength(total + 1);
    expect(table[0]).toEqual(expect.arrayContaining(['No. LHP', 'No. Temuan', 'No. Rekomendasi', 'Status']));
    const { body } = await importFile(
      'previewTlhpImport',
      base64(
        await writeTable(
          'TL',
          table[0]?.map((header) => ({ header: String(header) })) ?? [],
          table.slice(1) as never,
        ),
      ),
      'ekspor.xlsx',
    );
    expect(body.data?.previewTlhpImport).toMatchObject({
      create: [],
      update: [],
      unchanged: total,
      reject: [],
      committed: false,
    });
  });

  it('previews a CSV list with Indonesian status words, then commits it, and a second import changes nothing', async () => {
    const [header = [], first = [], ...rest] = (await exported()).map((row) =>
      row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? ''))),
    );
    const column = (name: string) => header.indexOf(name);
    const open = [first, ...rest].find((row) => row[column('Status')] !== 'Sesuai') ?? first;
    const changed = [...open];
    changed[column('Status')] = 'TS';
    changed[column('Nilai Setor')] = '1.250.000,50';
    const added = [...open];
    added[column('No. Temuan')] = '99';
    added[column('Uraian Temuan')] = 'Temuan baru dari daftar';
    added[column('No. Rekomendasi')] = '1';
    added[column('Uraian Rekomendasi')] = 'Susun SOP penagihan';
    added[column('Status')] = 'Belum Ditindaklanjuti';
    added[column('Batas Waktu')] = '31/12/2026';
    const csv = base64(`\uFEFF${toDelimited([header, changed, added], ';')}\r\n`);
    const before = await snapshot();

    const preview = (await importFile('previewTlhpImport', csv, 'tindak-lanjut.csv')).body.data
      ?.previewTlhpImport;
    expect(preview?.create).toEqual([{ line: 3, recommendationNumber: '1' }]);
    expect(preview?.update).toHaveLength(1);
    expect(preview?.update[0]?.changes).toMatchObject({
      status: { to: 'SESUAI' },
      recoveredAmount: { to: 1250000.5 },
    });
    expect(await snapshot()).toEqual(before);

    const committed = (await importFile('importTlhp', csv, 'tindak-lanjut.csv')).body.data?.importTlhp;
    expect(committed?.committed).toBe(true);
    const id = preview?.update[0]?.id ?? 0;
    const history = await server.database.prisma.recommendationStatusChange.findMany({
      where: { recommendationId: id },
      orderBy: { id: 'asc' },
    });
    expect(history.at(-1)).toMatchObject({ toStatus: 'SESUAI', note: 'Diimpor dari tindak-lanjut.csv' });
    const created = await server.database.prisma.recommendation.findFirstOrThrow({
      where: { text: 'Susun SOP penagihan' },
      include: { finding: true, history: true },
    });
    expect(created.finding.title).toBe('Temuan baru dari daftar');
    expect(created.dueDate?.toISOString().slice(0, 10)).toBe('2026-12-31');
    expect(created.history.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, 'BELUM_DITINDAKLANJUTI'],
    ]);

    const again = (await importFile('importTlhp', csv, 'tindak-lanjut.csv')).body.data?.importTlhp;
    expect(again).toMatchObject({ create: [], update: [], unchanged: 2, committed: true });
  });

  it('records a new audit report, and a list for it imports under it', async () => {
    const { body } = await server.graphql<{ createAudit: { id: number; reportNumber: string } }>(
      `mutation($input: AuditInput!) { createAudit(input: $input) { id reportNumber } }`,
      {
        input: {
          agencyId,
          auditor: 'INSPEKTORAT',
          reportNumber: 'LHA-77/IJ/2026',
          reportDate: '2026-02-10T00:00:00Z',
          year: 2026,
          title: 'Audit kinerja pelayanan',
        },
      },
      inspektorat,
    );
    expect(body.data?.createAudit.reportNumber).toBe('LHA-77/IJ/2026');
    const again = await server.graphql(
      `mutation { createAudit(input: { agencyId: ${agencyId}, auditor: INSPEKTORAT, reportNumber: "LHA-77/IJ/2026", reportDate: "2026-02-10T00:00:00Z", year: 2026, title: "x" }) { id } }`,
      {},
      inspektorat,
    );
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      problems: [{ field: 'input.reportNumber' }],
    });
    const other = await server.database.prisma.agency.findFirstOrThrow({ where: { code: 'PROV-JABAR' } });
    const elsewhere = await server.graphql(
      `mutation { createAudit(input: { agencyId: ${other.id}, auditor: BPK, reportNumber: "X/1", reportDate: "2026-02-10T00:00:00Z", year: 2026, title: "x" }) { id } }`,
      {},
      inspektorat,
    );
    // Another agency is out of reach: it answers as if it did not exist.
    expect(elsewhere.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const csv = base64(
      'No. LHP,No. Temuan,Temuan,No. Rekomendasi,Rekomendasi,Status\nLHA-77/IJ/2026,1,Antrean panjang,1,Tambah loket,BTL\n',
    );
    const imported = (await importFile('importTlhp', csv, 'lha-77.csv')).body.data?.importTlhp;
    expect(imported?.create).toHaveLength(1);
    const audits = await server.graphql<{
      audits: { totalCount: number; nodes: { reportNumber: string; findingCount: number }[] };
    }>(
      '{ audits(first: 5, filter: { year: 2026 }) { totalCount nodes { reportNumber findingCount } } }',
      {},
      inspektorat,
    );
    expect(audits.body.data?.audits.nodes[0]).toEqual({ reportNumber: 'LHA-77/IJ/2026', findingCount: 1 });
  });

  it('refuses a list with bad rows, naming each line, and writes nothing', async () => {
    const csv = base64(
      [
        'No. LHP;No. Temuan;Temuan;No. Rekomendasi;Rekomendasi;Status',
        '1/LHP/BPK/KEMENKEU/2024;1;T;9;R;Sudah dong',
        '1/LHP/BPK/KEMENKEU/2024;;T;9;R;TS',
        '1/LHP/BPK/KEMENKEU/2024;1;T;8;R;TS',
        '1/LHP/BPK/KEMENKEU/2024;1;T;8;R;BS',
        '1/LHP/BPK/PROV-JABAR/2024;1;T;1;R;TS',
      ].join('\n'),
    );
    const before = await snapshot();
    const { body } = await importFile('importTlhp', csv, 'salah.csv');
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      problems: [
        { field: 'file:2.status' },
        { field: 'file:3.findingNumber' },
        { field: 'file:5', message: 'LHP, temuan dan rekomendasi yang sama sudah ada di baris 4' },
        { field: 'file:6.reportNumber' },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['not a spreadsheet', base64('%PDF-1.7 ...'), 'laporan.pdf', /bukan buku kerja .xlsx maupun berkas .csv/],
    [
      'a broken workbook',
      base64('PK\u0003\u0004 rusak'),
      'rusak.xlsx',
      /bukan buku kerja .xlsx yang dapat dibaca/,
    ],
    [
      'a list without the columns',
      base64('Nomor;Uraian\n1;x'),
      'lain.csv',
      /kolom reportNumber, findingNumber, recommendationNumber, status tidak ditemukan/,
    ],
  ])('answers %s with a clear error', async (_case, file, filename, message) => {
    const { body } = await importFile('previewTlhpImport', file, filename);
    const error = body.errors?.[0];
    if (error) {
      expect(error.extensions?.code).toBe('VALIDATION');
      expect(error.message).toMatch(message);
    } else {
      expect(body.data?.previewTlhpImport?.reject[0]?.message).toMatch(message);
    }
  });

  it('keeps every status change in the history, none lost, under concurrent updates', async () => {
    const recommendation = await server.database.prisma.recommendation.findFirstOrThrow({
      where: { finding: { audit: { agencyId } } },
    });
    const statuses = ['BELUM_SESUAI', 'SESUAI', 'BELUM_DITINDAKLANJUTI', 'SESUAI', 'BELUM_SESUAI', 'SESUAI'];
    const results = await Promise.all(
      statuses.map((status) =>
        server.graphql(
          'mutation($ids: [Int!]!, $status: TlhpStatus!) { setRecommendationStatus(ids: $ids, status: $status) { id } }',
          { ids: [recommendation.id], status },
          inspektorat,
        ),
      ),
    );
    expect(results.every(({ body }) => !body.errors)).toBe(true);
    const history = await server.database.prisma.recommendationStatusChange.findMany({
      where: { recommendationId: recommendation.id },
      orderBy: { id: 'asc' },
    });
    for (let index = 1; index < history.length; index++)
      expect(history[index]?.fromStatus).toBe(history[index - 1]?.toStatus);
    const final = await server.database.prisma.recommendation.findUniqueOrThrow({
      where: { id: recommendation.id },
    });
    expect(history.at(-1)?.toStatus).toBe(final.status);
  });

  it('sets a due date and evidence links, and refuses a link that is not one', async () => {
    const recommendation = await server.database.prisma.recommendation.findFirstOrThrow({
      where: { finding: { audit: { agencyId } } },
    });
    const mutation =
      'mutation($id: Int!, $details: RecommendationDetails!) { updateRecommendation(id: $id, details: $details) { dueDate evidence } }';
    const bad = await server.graphql(
      mutation,
      { id: recommendation.id, details: { evidence: ['berkas.pdf'] } },
      inspektorat,
    );
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      problems: [{ field: 'details.evidence' }],
    });
    const { body } = await server.graphql<{ updateRecommendation: { dueDate: string; evidence: string[] } }>(
      mutation,
      {
        id: recommendation.id,
        details: { dueDate: '2026-06-30T00:00:00.000Z', evidence: ['https://inspektorat.go.id/tl/1.pdf'] },
      },
      inspektorat,
    );
    expect(body.data?.updateRecommendation).toEqual({
      dueDate: '2026-06-30T00:00:00.000Z',
      evidence: ['https://inspektorat.go.id/tl/1.pdf'],
    });
  });

  it('summarises completion per unit, auditor and year, with overdue counts, and a monthly trend from the history', async () => {
    const { body } = await server.graphql<{
      byUnit: {
        key: string;
        label: string;
        overdue: number;
        summary: { total: number; completion: number };
      }[];
      byAuditor: { key: string; summary: { total: number } }[];
      trend: { month: string; summary: { total: number; completion: number } }[];
    }>(
      `query($filter: RecommendationFilter) {
        byUnit: tlhpOverview(groupBy: UNIT, filter: $filter) { key label overdue summary { total completion } }
        byAuditor: tlhpOverview(groupBy: AUDITOR, filter: $filter) { key summary { total } }
        trend: tlhpTrend(filter: $filter, months: 6) { month summary { total completion } }
      }`,
      { filter: { agencyId } },
      inspektorat,
    );
    const total = await server.database.prisma.recommendation.count({
      where: { finding: { audit: { agencyId } } },
    });
    const sum = (groups: { summary: { total: number } }[] = []) =>
      groups.reduce((acc, group) => acc + group.summary.total, 0);
    expect(sum(body.data?.byUnit)).toBe(total);
    expect(sum(body.data?.byAuditor)).toBe(total);
    expect(body.data?.byAuditor.map((group) => group.key).sort()).toEqual(['BPK', 'BPKP', 'INSPEKTORAT']);
    expect(body.data?.trend).toHaveLength(6);
    const now = body.data?.trend.at(-1)?.summary;
    const unitCompletion = await server.graphql<{ agency: { tlhp: { completion: number; total: number } } }>(
      `{ agency(id: ${agencyId}) { tlhp { completion total } } }`,
      {},
      inspektorat,
    );
    expect(now?.total).toBe(unitCompletion.body.data?.agency.tlhp.total);
    expect(now?.completion).toBeCloseTo(unitCompletion.body.data?.agency.tlhp.completion ?? Number.NaN, 12);
  });
});
