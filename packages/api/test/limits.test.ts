import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamedWorkbook } from '../../schema/test/fixtures.ts';
import { whileAskingHealth } from './health-watch.ts';
import { type GraphQLResponse, startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

const megabyte = 1024 * 1024;

/** A follow-up list of 200,000 rows × 10 columns (2 million cells), streamed so the test holds only the zip. */
const twoMillionCells = () =>
  streamedWorkbook(
    'TL',
    (function* () {
      yield [
        'No. LHP',
        'No. Temuan',
        'Temuan',
        'No. Rekomendasi',
        'Rekomendasi',
        'Status',
        'A',
        'B',
        'C',
        'D',
      ];
      for (let row = 1; row < 200_000; row++)
        yield Array.from({ length: 10 }, (_, column) => row * 10 + column);
    })(),
  );

/**
 * A zip whose one sheet is `megabytes` MB of one cell repeated, deflated as it is made (it packs about a
 * thousand times). `declaredSize` makes the zip's directory lie about the unpacked size.
 */
async function zipBomb(megabytes: number, declaredSize = megabytes * megabyte) {
  const block = Buffer.alloc(megabyte, '<c r="A1"><v>1</v></c>');
  const deflate = createDeflateRaw();
  const packed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => packed.push(chunk));
  let crc = 0;
  for (let count = 0; count < megabytes; count++) {
    crc = crc32(block, crc);
    if (!deflate.write(block)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  const data = Buffer.concat(packed);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const sizes = (header: Buffer, at: number) => {
    header.writeUInt32LE(crc, at);
    header.writeUInt32LE(data.length, at + 4);
    header.writeUInt32LE(declaredSize, at + 8);
    header.writeUInt16LE(name.length, at + 12);
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  sizes(local, 14);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  sizes(central, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('uploaded workbooks cannot take the server down', () => {
  let server: Server;
  let inspektorat: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    inspektorat = await server.signIn('inspektorat@kemenkeu.go.id');
  });
  afterAll(() => server.stop());

  const preview = (file: Uint8Array, filename: string) =>
    server.graphql<{ previewTlhpImport: { unchanged: number } }>(
      'mutation($file: String!, $filename: String!) { previewTlhpImport(file: $file, filename: $filename) { unchanged } }',
      { file: Buffer.from(file).toString('base64'), filename },
      inspektorat,
    );

  const expectTooLarge = (body: GraphQLResponse) =>
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      problems: [{ field: 'file', message: expect.stringMatching(/terlalu besar/) }],
    });

  it('refuses a list of 2 million cells as too large, while health keeps answering within 500 ms', async () => {
    const file = await twoMillionCells();
    const { result, elapsed, latencies, slowest } = await whileAskingHealth(server, () =>
      preview(file, 'besar.xlsx'),
    );
    expectTooLarge(result.body);
    console.log(
      `2 million cells (${(file.length / megabyte).toFixed(1)} MB): refused in ${elapsed.toFixed(0)} ms; ` +
        `health answered ${latencies.length} times, slowest ${slowest.toFixed(0)} ms`,
    );
    expect(slowest).toBeLessThan(500);
  });

  it.each([
    ['declaring its size', 400, undefined],
    ['lying about its size', 400, 4096],
  ])('refuses a zip bomb %s quickly, without unpacking it', async (_case, megabytes, declaredSize) => {
    const file = await zipBomb(megabytes, declaredSize);
    expect(file.length).toBeLessThan((megabytes * megabyte) / 200);
    const rssBefore = process.memoryUsage().rss;
    const { result, elapsed, slowest } = await whileAskingHealth(server, () => preview(file, 'bom.xlsx'));
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION' });
    expect(result.body.errors?.[0]?.message).toMatch(/terlalu besar|larger than its zip directory says/);
    expect(elapsed).toBeLessThan(3_000);
    expect(slowest).toBeLessThan(500);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * megabyte);
  });
});
