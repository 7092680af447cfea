import { mkdtempSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import ExcelJS from 'exceljs';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadPath, sweepEvidence } from '../src/services/evidence.ts';
import { directoryStore, type ObjectStore, s3Store } from '../src/storage/index.ts';
import { startTestServer } from './http.ts';

/** Small real files of each kind: what their content is, whatever they are called. */
const pdf = (text: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const officialWorkbook = readFileSync(
  new URL('../../../../shared/domain/lke-zi-permenpanrb-90-2021.xlsx', import.meta.url),
);
const executable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90), Buffer.from('PE\0\0')]);

type Server = Awaited<ReturnType<typeof startTestServer>>;

/** The same behaviour on both drivers: a directory, and an S3 API server on localhost. */
const drivers: [string, () => Promise<{ store: ObjectStore; close: () => Promise<void> }>][] = [
  [
    'a directory',
    async () => ({ store: directoryStore(mkdtempSync(join(tmpdir(), 'zi-files-'))), close: async () => {} }),
  ],
  [
    'an S3 API server',
    async () => {
      const s3rver = new S3rver({
        port: 0,
        address: '127.0.0.1',
        silent: true,
        directory: mkdtempSync(join(tmpdir(), 'zi-s3-')),
      });
      const { port } = (await s3rver.run()) as { port: number };
      const settings = {
        bucket: 'zi-evidence',
        endpoint: `http://127.0.0.1:${port}`,
        region: 'us-east-1',
        prefix: 'test/',
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      };
      await new S3Client({ ...settings, forcePathStyle: true }).send(
        new CreateBucketCommand({ Bucket: settings.bucket }),
      );
      return { store: s3Store(settings), close: () => s3rver.close() };
    },
  ],
];

describe.each(drivers)('evidence documents on %s', (_driver, makeStore) => {
  let server: Server;
  let store: ObjectStore;
  let closeStore: () => Promise<void>;
  let admin: Record<string, string>;
  let operator: Record<string, string>;
  let tpi: Record<string, string>;
  let own: number;
  let other: number;

  beforeAll(async () => {
    ({ store, close: closeStore } = await makeStore());
    server = await startTestServer(undefined, store);
    admin = await server.signIn('admin@zi.go.id');
    operator = await server.signIn('operator@kpp-cibeunying.go.id');
    tpi = await server.signIn('tpi@kemenkeu.go.id');
    const { prisma } = server.database;
    own = (
      await prisma.evaluation.findFirstOrThrow({
        where: { year: 2025, unit: { code: 'KPP-BDG-CIBEUNYING' } },
      })
    ).id;
    other = (
      await prisma.evaluation.findFirstOrThrow({
        where: { year: 2025, unit: { code: 'DPMPTSP', agency: { code: 'PROV-JABAR' } } },
      })
    ).id;
  });
  afterAll(async () => {
    await server.stop();
    await closeStore();
  });

  const target = (evaluationId: number, title: string, layer = 'UNIT', item = 'P.1.i.a') => ({
    evaluationId: String(evaluationId),
    layer,
    item,
    title,
    fileName: `${title}.pdf`,
  });

  async function upload(headers: Record<string, string>, query: Record<string, string>, body: Buffer) {
    const url = new URL('/files/evidence', server.url);
    url.search = new URLSearchParams(query).toString();
    const response = await fetch(url, { method: 'POST', headers, body: new Uint8Array(body) });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: { evidenceFile: { id: number; revision: number; sha256: string; contentType: string } };
        errors?: {
          message: string;
          extensions: { code: string; problems?: { field: string; messageId: string }[] };
        }[];
      },
    };
  }

  const listed = async (headers: Record<string, string>, evaluationId: number, layer = 'UNIT') =>
    server.graphql<{
      evaluation: {
        evidenceUsage: number;
        evidenceFiles: {
          id: number;
          title: string;
          revision: number;
          fileName: string;
          size: number;
          downloadUrl: string;
          uploadedBy: { name: string };
        }[];
      };
    }>(
      `{ evaluation(id: ${evaluationId}) { evidenceUsage evidenceFiles(layer: ${layer}) { id title revision fileName size downloadUrl uploadedBy { name } } } }`,
      {},
      headers,
    );

  const objects = async () => {
    const keys: string[] = [];
    for await (const object of store.list()) keys.push(object.key);
    return keys.sort();
  };
  const rows = () => server.database.prisma.evidenceFile.count();

  it('uploads, lists and downloads a file, which the unit’s operator and the change log see', async () => {
    const sent = pdf('SK Tim Pembangunan ZI');
    const { status, body } = await upload(operator, target(own, 'SK Tim ZI'), sent);
    expect(status).toBe(201);
    expect(body.data?.evidenceFile).toMatchObject({ revision: 1, contentType: 'application/pdf' });
    const { body: list } = await listed(operator, own);
    const [file] = list.data?.evaluation.evidenceFiles ?? [];
    expect(file).toMatchObject({
      title: 'SK Tim ZI',
      revision: 1,
      fileName: 'SK Tim ZI.pdf',
      size: sent.length,
    });
    expect(file?.uploadedBy.name).toBeTruthy();
    expect(list.data?.evaluation.evidenceUsage).toBe(sent.length);
    const download = await fetch(new URL(file?.downloadUrl ?? '', server.url));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''SK%20Tim%20ZI.pdf");
    expect(Buffer.from(await download.arrayBuffer()).equals(sent)).toBe(true);
    const { body: history } = await server.graphql<{
      evaluation: { history: { entity: string; action: string }[] };
    }>(`{ evaluation(id: ${own}) { history { entity action } } }`, {}, operator);
    expect(history.data?.evaluation.history).toContainEqual({ entity: 'EvidenceFile', action: 'CREATE' });
  });

  it('streams a file larger than one part of an S3 multipart upload (6 MB), and serves it back whole', async () => {
    const large = Buffer.concat([pdf('besar'), Buffer.alloc(6 * 1024 * 1024, 7)]);
    const { status, body } = await upload(operator, target(own, 'Dokumen besar', 'UNIT', 'P.5.i.a'), large);
    expect(status).toBe(201);
    const { body: list } = await listed(operator, own);
    const file = list.data?.evaluation.evidenceFiles.find((each) => each.id === body.data?.evidenceFile.id);
    const download = await fetch(new URL(file?.downloadUrl ?? '', server.url));
    expect(Buffer.from(await download.arrayBuffer()).equals(large)).toBe(true);
  });

  it('judges an Office workbook by its content, whatever its name', async () => {
    const { status, body } = await upload(
      operator,
      { ...target(own, 'LKE resmi'), fileName: 'lke.bin' },
      officialWorkbook,
    );
    expect(status).toBe(201);
    expect(body.data?.evidenceFile.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('keeps a new upload under the same title as the next revision, and identical content once', async () => {
    const first = await upload(operator, target(own, 'SOP Pelayanan', 'UNIT', 'P.2.i.a'), pdf('SOP v1'));
    const second = await upload(operator, target(own, 'SOP Pelayanan', 'UNIT', 'P.2.i.a'), pdf('SOP v2'));
    expect([first.body.data?.evidenceFile.revision, second.body.data?.evidenceFile.revision]).toEqual([1, 2]);
    const before = await objects();
    const copy = await upload(operator, target(own, 'SOP (salinan)', 'UNIT', 'P.2.i.b'), pdf('SOP v2'));
    expect(copy.body.data?.evidenceFile.sha256).toBe(second.body.data?.evidenceFile.sha256);
    expect(await objects()).toEqual(before);
    const { body } = await listed(operator, own);
    expect(
      body.data?.evaluation.evidenceFiles
        .filter((file) => file.title === 'SOP Pelayanan')
        .map((file) => file.revision),
    ).toEqual([2, 1]);
  });

  it('withdraws only the newest revision, and drops content no revision carries', async () => {
    const first = await upload(operator, target(own, 'Laporan Monev', 'UNIT', 'P.3.i.a'), pdf('Monev 1'));
    const second = await upload(operator, target(own, 'Laporan Monev', 'UNIT', 'P.3.i.a'), pdf('Monev 2'));
    const remove = (id?: number) =>
      server.graphql(`mutation { deleteEvidenceFile(id: ${id}) }`, {}, operator);
    const refused = await remove(first.body.data?.evidenceFile.id);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const before = (await objects()).length;
    expect((await remove(second.body.data?.evidenceFile.id)).body.data).toEqual({ deleteEvidenceFile: true });
    expect((await remove(first.body.data?.evidenceFile.id)).body.data).toEqual({ deleteEvidenceFile: true });
    expect((await objects()).length).toBe(before - 2);
    const { body } = await server.graphql<{ evaluation: { history: { entity: string; action: string }[] } }>(
      `{ evaluation(id: ${own}) { history { entity action } } }`,
      {},
      operator,
    );
    expect(body.data?.evaluation.history).toContainEqual({ entity: 'EvidenceFile', action: 'DELETE' });
  });

  describe('refuses bad files with a clear error, storing nothing', () => {
    const refusedWith = async (
      query: Record<string, string>,
      body: Buffer,
      status: number,
      messageId: string,
    ) => {
      const rowsBefore = await rows();
      const objectsBefore = await objects();
      const answer = await upload(operator, query, body);
      expect(answer.status).toBe(status);
      expect(answer.body.errors?.[0]?.extensions.problems?.[0]?.messageId).toBe(messageId);
      expect(await rows()).toBe(rowsBefore);
      expect(await objects()).toEqual(objectsBefore);
    };

    it('a renamed executable', () => refusedWith(target(own, 'Program'), executable, 415, 'evidence.type'));
    it('an empty file', () => refusedWith(target(own, 'Kosong'), Buffer.alloc(0), 400, 'evidence.empty'));
    it('a file over the limit, and one that would overrun the quota', async () => {
      const set = (file: number, quota: number) =>
        server.graphql(
          `mutation { setEvidenceLimits(maxFileMegabytes: ${file}, quotaMegabytes: ${quota}) { maxFileBytes } }`,
          {},
          admin,
        );
      await set(0.001, 500);
      await refusedWith(
        target(own, 'Besar'),
        Buffer.concat([pdf('besar'), Buffer.alloc(2000, 32)]),
        413,
        'evidence.tooLarge',
      );
      await set(20, 0.0001);
      await refusedWith(target(own, 'Kuota'), pdf('kuota'), 413, 'evidence.quota');
      await set(20, 500);
    });
    it('an upload cut off midway', async () => {
      const rowsBefore = await rows();
      const url = new URL('/files/evidence', server.url);
      url.search = new URLSearchParams(target(own, 'Terputus')).toString();
      await new Promise<void>((resolve) => {
        const request = httpRequest(url, {
          method: 'POST',
          headers: { ...operator, 'content-length': String(1024 * 1024) },
        });
        request.on('error', () => resolve());
        request.write(Buffer.concat([pdf('terputus'), Buffer.alloc(100_000, 32)]));
        setTimeout(() => {
          request.destroy();
          resolve();
        }, 200);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await rows()).toBe(rowsBefore);
      expect((await objects()).filter((key) => key.endsWith('.partial'))).toEqual([]);
    });
    it('a title missing, a layer unknown', async () => {
      const answer = await upload(operator, { ...target(own, ''), layer: 'X' }, png);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions.problems?.map((problem) => problem.field).sort()).toEqual([
        'layer',
        'title',
      ]);
    });
  });

  describe('reaches only what is the caller’s', () => {
    let otherFile: number;
    beforeAll(async () => {
      otherFile =
        (await upload(admin, target(other, 'Bukti Jabar', 'TPI'), pdf('Jabar'))).body.data?.evidenceFile.id ??
        0;
    });

    it('without a session, or from another site, an upload is refused', async () => {
      expect((await upload({}, target(own, 'Anonim'), png)).status).toBe(401);
      expect(
        (await upload({ ...operator, origin: 'https://jahat.example' }, target(own, 'Situs lain'), png))
          .status,
      ).toBe(403);
    });

    it('an operator uploads to no other unit, nor to a layer it may not write; a TPI of another agency sees nothing', async () => {
      expect((await upload(operator, target(other, 'Bukan milik'), png)).status).toBe(404);
      expect((await upload(operator, target(own, 'Lapisan TPI', 'TPI'), png)).status).toBe(403);
      expect((await listed(operator, own, 'TPI')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await listed(tpi, other, 'TPI')).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('a download link works for its user only while that user reaches the file, and not once expired or altered', async () => {
      const { prisma } = server.database;
      const operatorUser = await prisma.user.findFirstOrThrow({
        where: { email: 'operator@kpp-cibeunying.go.id' },
      });
      const tpiUser = await prisma.user.findFirstOrThrow({ where: { email: 'tpi@kemenkeu.go.id' } });
      const get = async (path: string) => {
        const response = await fetch(new URL(path, server.url));
        return {
          status: response.status,
          body: (await response.json()) as { errors: { extensions: { messageId: string } }[] },
        };
      };
      // Signed for a user who does not reach the file: refused as if it did not exist.
      expect((await get(await downloadPath(prisma, otherFile, operatorUser))).status).toBe(404);
      expect((await get(await downloadPath(prisma, otherFile, tpiUser))).status).toBe(404);
      const adminUser = await prisma.user.findFirstOrThrow({ where: { email: 'admin@zi.go.id' } });
      const valid = await downloadPath(prisma, otherFile, adminUser);
      const expired = await downloadPath(prisma, otherFile, adminUser, Date.now() - 11 * 60 * 1000);
      expect((await get(expired)).body.errors[0]?.extensions.messageId).toBe('evidence.linkExpired');
      const altered = valid.replace(`user=${adminUser.id}`, `user=${operatorUser.id}`);
      expect((await get(altered)).body.errors[0]?.extensions.messageId).toBe('evidence.linkInvalid');
      const guessed = valid.replace(`/${otherFile}?`, `/${otherFile + 1}?`);
      expect((await get(guessed)).status).toBe(403);
    });
  });

  it('downloads by a document’s lasting address for whoever is signed in and reaches it, and the workbook carries it', async () => {
    const { body } = await upload(operator, target(own, 'Lasting', 'UNIT', 'P.4.i.a'), pdf('lasting'));
    const id = body.data?.evidenceFile.id ?? 0;
    const address = new URL(`/files/evidence/${id}`, server.url);
    expect((await fetch(address, { headers: operator })).status).toBe(200);
    expect((await fetch(address)).status).toBe(401);
    const otherFile = (await upload(admin, target(other, 'Bukan untuk operator'), pdf('lain'))).body.data
      ?.evidenceFile.id;
    expect(
      (await fetch(new URL(`/files/evidence/${otherFile}`, server.url), { headers: operator })).status,
    ).toBe(404);

    const workbook = await server.graphql<{ evaluationWorkbook: string }>(
      `{ evaluationWorkbook(evaluationId: ${own}, layer: UNIT) }`,
      {},
      operator,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      Buffer.from(workbook.body.data?.evaluationWorkbook ?? '', 'base64') as unknown as ArrayBuffer,
    );
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells.some((text) => text.includes(address.href))).toBe(true);
  });

  it('sweeps content and objects no row names, and keeps what rows name', async () => {
    const kept = await objects();
    await store.put('evidence/orphan', Readable.from([pdf('yatim')]));
    await server.database.prisma.evidenceBlob.create({
      data: {
        sha256: 'f'.repeat(64),
        storageKey: 'evidence/unused',
        size: 3,
        contentType: 'application/pdf',
      },
    });
    await store.put('evidence/unused', Readable.from([Buffer.from('abc')]));
    const swept = await sweepEvidence(server.database.prisma, store, { graceMs: -60_000 });
    expect(swept).toEqual({ contents: 1, objects: 2 });
    expect(await objects()).toEqual(kept);
  });
});
