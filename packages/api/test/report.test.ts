import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

describe('the evaluation report', () => {
  let server: Server;
  let tpn: Record<string, string>;
  let evaluationId: number;

  beforeAll(async () => {
    server = await startTestServer();
    tpn = await server.signIn('tpn@menpan.go.id');
    evaluationId = (
      await server.database.prisma.evaluation.findFirstOrThrow({
        where: { unit: { code: 'KPP-BDG-KAREES' }, year: 2025 },
      })
    ).id;
  });
  afterAll(() => server.stop());

  it('renders a PDF with the unit, every layer’s score, the criteria, TLHP and the signatures', async () => {
    const { body } = await server.graphql<{ evaluationReportPdf: string }>(
      `{ evaluationReportPdf(evaluationId: ${evaluationId}) }`,
      {},
      tpn,
    );
    expect(body.errors).toBeUndefined();
    const bytes = Buffer.from(body.data?.evaluationReportPdf ?? '', 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
      mergePages: true,
    });
    expect(totalPages).toBeGreaterThanOrEqual(2);
    for (const expected of [
      'Laporan Evaluasi Zona Integritas',
      'KPP Pratama Bandung Karees',
      'Nilai per lapisan',
      'Selisih penilaian per area',
      'Kriteria predikat',
      'Tindak lanjut hasil pemeriksaan',
      'Ketua Tim Penilai Nasional',
      'Evaluasi TPN',
    ])
      expect(text).toContain(expected);
  });

  it('lists the unit’s evidence per item: each document’s newest revision with its lasting link, and the links', async () => {
    const admin = await server.signIn('admin@zi.go.id');
    const upload = (body: string) =>
      fetch(
        new URL(
          `/files/evidence?evaluationId=${evaluationId}&layer=UNIT&item=P.2.i.a&title=SOP%20Layanan&fileName=sop.pdf`,
          server.url,
        ),
        { method: 'POST', headers: admin, body: `%PDF-1.4\n% ${body}\n%%EOF\n` },
      );
    expect((await upload('versi 1')).status).toBe(201);
    const second = await upload('versi 2');
    const { id } = ((await second.json()) as { data: { evidenceFile: { id: number } } }).data.evidenceFile;
    const { body } = await server.graphql<{ evaluationReport: string }>(
      `{ evaluationReport(evaluationId: ${evaluationId}) }`,
      {},
      tpn,
    );
    const html = body.data?.evaluationReport ?? '';
    const section = html.slice(html.indexOf('Bukti dukung unit per butir'));
    expect(section).toMatch(
      /<td>P\.2\.i\.a<\/td><td><a href="http:\/\/[^"]+\/files\/evidence\/(\d+)">SOP Layanan<\/a> \(revisi 2, sop\.pdf\)/,
    );
    expect(section).toContain(`/files/evidence/${id}"`);
    expect(section.match(/SOP Layanan/g)).toHaveLength(1);
  });

  it('is for a unit operator only once its evaluation is decided, and then shows the assessors’ layers', async () => {
    const operator = await server.signIn('operator@kpp-cibeunying.go.id');
    const own = (year: number) =>
      server.database.prisma.evaluation.findFirstOrThrow({
        where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year },
      });
    const open = await server.graphql(
      `{ evaluationReport(evaluationId: ${(await own(2025)).id}) }`,
      {},
      operator,
    );
    expect(open.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageId: 'report.unitBeforeDecision',
    });
    const decided = await server.graphql<{ evaluationReport: string }>(
      `{ evaluationReport(evaluationId: ${(await own(2024)).id}) }`,
      {},
      operator,
    );
    expect(decided.body.data?.evaluationReport).toContain('Ditetapkan');
    const elsewhere = await server.graphql(
      `{ evaluationReport(evaluationId: ${evaluationId}) }`,
      {},
      operator,
    );
    expect(elsewhere.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
