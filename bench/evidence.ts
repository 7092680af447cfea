// Evidence upload and download of a 20 MB PDF through the API, on the directory driver and on an S3 API
// server (s3rver, on localhost), each beside two yardsticks in the same run: a bare Node HTTP server doing
// the same storage operation with the same bytes (the transfer's own cost), and the storage operation alone
// (a file written and read, a direct S3 client put and get). Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createServer, directoryStore, type ObjectStore, s3Store } from '@zi/api';
import { openDatabase } from '@zi/db';
import S3rver from 's3rver';
import { median, ms } from './support.ts';

const size = 20 * 1024 * 1024;
const runs = 7;
const pdf = () =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 16), Buffer.from('\n%%EOF\n')]);

async function timedRuns(work: (run: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work(run);
    times.push(performance.now() - started);
  }
  return median(times);
}

const rate = (milliseconds: number) =>
  `${ms(milliseconds)} (${(size / 1024 / 1024 / (milliseconds / 1000)).toFixed(0)} MB/s)`;

interface Plain {
  /** Stores the body as object `run`. */
  put(body: Readable | Buffer, run: number): Promise<unknown>;
  /** Object `run`'s content. */
  get(run: number): Promise<Readable>;
}

/** A bare HTTP server: POST /{run} stores the body, GET /{run} streams it back. */
async function bareServer(plain: Plain) {
  const server = createHttpServer((request: IncomingMessage, response: ServerResponse) => {
    const run = Number(request.url?.slice(1));
    const work =
      request.method === 'POST'
        ? plain.put(request, run).then(() => response.end('{}'))
        : plain.get(run).then((body) => pipeline(body, response));
    work.catch((error: unknown) => response.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function figures(label: string, store: ObjectStore, plain: Plain) {
  const database = await openDatabase({ dataDir: null, seed: 'always' });
  const server = createServer(database, { store });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const graphql = async (query: string, token?: string) =>
    (
      (await (
        await fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data: Record<string, unknown> }
    ).data;
  const login = await graphql(
    'mutation { login(email: "admin@zi.go.id", password: "admin-demo") { token } }',
  );
  const token = (login.login as { token: string }).token;
  const evaluation = await database.prisma.evaluation.findFirstOrThrow({ where: { year: 2025 } });
  const bodies = Array.from({ length: runs }, pdf);

  const upload = await timedRuns(async (run) => {
    const response = await fetch(
      `${origin}/files/evidence?evaluationId=${evaluation.id}&layer=UNIT&item=P.1.i.a&title=Bench-${run}`,
      { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: bodies[run] },
    );
    if (response.status !== 201) throw new Error(`upload refused: ${await response.text()}`);
  });
  const listed = await graphql(
    `{ evaluation(id: ${evaluation.id}) { evidenceFiles(layer: UNIT) { downloadUrl } } }`,
    token,
  );
  const urls = (listed.evaluation as { evidenceFiles: { downloadUrl: string }[] }).evidenceFiles.map(
    (file) => file.downloadUrl,
  );
  const download = await timedRuns(async (run) => {
    await (await fetch(`${origin}${urls[run]}`)).arrayBuffer();
  });

  const bare = await bareServer(plain);
  const bareUpload = await timedRuns(async (run) => {
    await (await fetch(`${bare.url}/${run}`, { method: 'POST', body: bodies[run] })).text();
  });
  const bareDownload = await timedRuns(async (run) => {
    await (await fetch(`${bare.url}/${run}`)).arrayBuffer();
  });
  await bare.close();
  const put = await timedRuns((run) => plain.put(bodies[run] as Buffer, run));
  const get = await timedRuns(async (run) => {
    for await (const _chunk of await plain.get(run));
  });

  console.log(
    `${label}: 20 MB PDF, p50 of ${runs}: upload ${rate(upload)}; a bare HTTP server storing it ${rate(bareUpload)} ` +
      `(${(upload / bareUpload).toFixed(2)}×); the store alone ${rate(put)} (${(upload / put).toFixed(2)}×)`,
  );
  console.log(
    `${label}: 20 MB PDF, p50 of ${runs}: download ${rate(download)}; a bare HTTP server serving it ${rate(bareDownload)} ` +
      `(${(download / bareDownload).toFixed(2)}×); the store alone ${rate(get)} (${(download / get).toFixed(2)}×)`,
  );
  await new Promise((resolve) => server.close(resolve));
  await database.close();
}

const scratch = await mkdtemp(join(tmpdir(), 'zi-bench-evidence-'));
try {
  const plainFile = (run: number) => join(scratch, `plain-${run}.pdf`);
  await figures('directory', directoryStore(join(scratch, 'files')), {
    put: (body, run) =>
      Buffer.isBuffer(body)
        ? writeFile(plainFile(run), body)
        : pipeline(body, createWriteStream(plainFile(run))),
    get: async (run) => createReadStream(plainFile(run)),
  });

  const s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: join(scratch, 's3') });
  const { port } = await s3rver.run();
  const settings = {
    bucket: 'zi-bench',
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    prefix: 'api/',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  };
  const client = new S3Client({ ...settings, forcePathStyle: true });
  await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
  await figures('S3 (s3rver)', s3Store(settings), {
    put: (body, run) =>
      Buffer.isBuffer(body)
        ? client.send(new PutObjectCommand({ Bucket: settings.bucket, Key: `plain-${run}`, Body: body }))
        : new Upload({ client, params: { Bucket: settings.bucket, Key: `plain-${run}`, Body: body } }).done(),
    get: async (run) =>
      (await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: `plain-${run}` })))
        .Body as Readable,
  });
  await s3rver.close();
} finally {
  await rm(scratch, { recursive: true, force: true });
}
process.exit(0);
