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
