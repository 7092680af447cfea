import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

const official = readFileSync(
  new URL('../../../../shared/domain/lke-zi-permenpanrb-90-2021.xlsx', import.meta.url),
);
const base64 = (bytes: Uint8Array | ArrayBuffer) => Buffer.from(bytes as ArrayBuffer).toString('base64');

describe('the LKE workbook round trip', () => {
  let server: Server;
  let operator: Record<string, string>;
  let evaluationId: number;

  const snapshot = async () => ({
    answers: await server.database.prisma.answer.findMany({
      where: { evaluationId },
      orderBy: { id: 'asc' },
    }),
    changes: await server.database.prisma.changeLog.count(),
  });
  const preview = (file: string) =>
    server.graphql<{
      previewWorkbookImport: {
        changes: { item: string; row: number }[];
        unchanged: number;
        problems: { row: number; item: string; message: string }[];
      };
    }>(
      'mutation($id: Int!, $file: String!) { previewWorkbookImport(evaluationId: $id, layer: UNIT, file: $file) { changes { item row } unchanged problems { row item message } } }',
      { id: evaluationId, file },
      operator,
    );
  const importFile = (file: string) =>
    server.graphql<{ importWorkbook: { score: { total: number; answered: number } } }>(
      'mutation($id: Int!, $file: String!) { importWorkbook(evaluationId: $id, layer: UNIT, file: $file) { score { total answered } } }',
      { id: evaluationId, file },
      operator,
    );
  const exported = async () => {
    const { body } = await server.graphql<{ evaluationWorkbook: string }>(
      'query($id: Int!) { evaluationWorkbook(evaluationId: $id, layer: UNIT) }',
      { id: evaluationId },
      operator,
    );
    return Buffer.from(body.data?.evaluationWorkbook ?? '', 'base64');
  };
  /** The exported workbook with some answer cells overwritten. */
  const edited = async (cells: Record<string, ExcelJS.CellValue>) => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await exported();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('LKE ZI');
    for (const [address, value] of Object.entries(cells)) if (sheet) sheet.getCell(address).value = value;
    return base64(await workbook.xlsx.writeBuffer());
  };

  beforeAll(async () => {
    server = await startTestServer();
    operator = await server.signIn('operator@kpp-cibeunying.go.id');
    evaluationId = (
      await server.database.prisma.evaluation.findFirstOrThrow({
        where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2025 },
      })
    ).id;
  });
  afterAll(() => server.stop());

  it('imports the official workbook into the UNIT layer and scores it as the workbook does (LHKPN rule aside)', async () => {
    const planned = (await preview(base64(official))).body.data?.previewWorkbookImport;
    expect(planned?.problems).toEqual([]);
    expect(planned?.changes.length).toBeGreaterThan(0);
    expect(planned?.changes.find((change) => change.item === 'R.1.i.a')?.row).toBe(128);
    const { body } = await importFile(base64(official));
    expect(body.errors).toBeUndefined();
    expect(body.data?.importWorkbook.score).toEqual({ total: 95.63260073260074, answered: 113 });
    const stored = await server.graphql<{
      evaluation: { score: { nodes: { code: string; points: number; workbookRow: number }[] } };
    }>(
      `{ evaluation(id: ${evaluationId}) { score(layer: UNIT) { nodes { code points workbookRow } } } }`,
      {},
      operator,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      official.buffer.slice(official.byteOffset, official.byteOffset + official.byteLength) as ArrayBuffer,
    );
    const cached = (row: number) => {
      const value = workbook.getWorksheet('LKE ZI')?.getCell(`L${row}`).value;
      return Number(value && typeof value === 'object' && 'result' in value ? value.result : value);
    };
    // Reform 5.iii and its ancestors follow the spec's LHKPN rule, not the workbook's formula.
    const lhkpnChain = ['R.5.iii', 'R.5.iii.2', 'R.5', 'R', 'PENGUNGKIT'];
    const nodes =
      stored.body.data?.evaluation.score.nodes.filter((node) => !lhkpnChain.includes(node.code)) ?? [];
    expect(nodes.length).toBeGreaterThan(40);
    for (const node of nodes)
      expect(Math.abs(node.points - cached(node.workbookRow)), node.code).toBeLessThanOrEqual(1e-9);
  });

  it('exports the layer and reads the export back without a single difference', async () => {
    const planned = (await preview(base64(await exported()))).body.data?.previewWorkbookImport;
    expect(planned).toEqual({ changes: [], unchanged: 113, problems: [] });
  });

  it('finds the items by their text when rows were inserted above them', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await exported();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    workbook.getWorksheet('LKE ZI')?.spliceRows(5, 0, ['catatan instansi'], ['baris sisipan']);
    const planned = (await preview(base64(await workbook.xlsx.writeBuffer()))).body.data
      ?.previewWorkbookImport;
    expect(planned).toEqual({ changes: [], unchanged: 113, problems: [] });
  });

  it.each([
    ['an answer out of range', { K9: 'Z' }, [{ row: 9, item: 'P.1.i.b' }]],
    ['a % item with a zero denominator', { K129: 0, K130: 3 }, [{ row: 128, item: 'R.1.i.a' }]],
    ['a survey score above 4', { K202: 4.5 }, [{ row: 202, item: 'H.I.a' }]],
  ])('refuses %s with its row, and writes nothing', async (_case, cells, problems) => {
    const file = await edited(cells as Record<string, ExcelJS.CellValue>);
    const before = await snapshot();
    const { body } = await importFile(file);
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect((await preview(file)).body.data?.previewWorkbookImport.problems).toEqual(
      (problems as object[]).map((problem) => expect.objectContaining(problem)),
    );
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [
      'a file that is not a workbook',
      base64(Buffer.from('bukan xlsx')),
      /bukan buku kerja .xlsx yang dapat dibaca/,
    ],
    ['a workbook in another layout', 'tlhp', /tidak memiliki lembar "LKE ZI"|tidak berformat resmi/],
  ])('refuses %s with a clear error', async (_case, file, message) => {
    let content = file;
    if (file === 'tlhp') {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Tindak Lanjut').addRow(['No. LHP', 'Status']);
      content = base64(await workbook.xlsx.writeBuffer());
    }
    const before = await snapshot();
    const { body } = await importFile(content);
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });
});
