// Evidence upload and download of a 20 MB PDF through the API, on the directory driver and on an S3 API
// server (s3rver, on localhost), each beside the plain operation on the same machine in the same run: the
// same bytes written to and read from a file, a direct S3 client put and get. Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
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

async function throughApi(
  label: string,
  store: ObjectStore,
  plain: { put: (body: Buffer, run: number) => Promise<unknown>; get: (run: number) => Promise<unknown> },
) {
  const database = await openDatabase({ dataDir: null, seed: 'always' });
  const server = createServer(database, { store });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const graphql = async (query: string, token?: string) =>
    (await (
      await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data: Record<string, unknown> };
  const { data } = await graphql(
    'mutation { login(email: "admin@zi.go.id", password: "admin-demo") { token } }',
  );
  const token = (data.login as { token: string }).token;
  const evaluation = await database.prisma.evaluation.findFirstOrThrow({ where: { year: 2025 } });
  const bodies = Array.from({ length: runs }, pdf);
  const ids: number[] = [];
  const upload = await timedRuns(async (run) => {
    const response = await fetch(
      `${origin}/files/evidence?evaluationId=${evaluation.id}&layer=UNIT&item=P.1.i.a&title=Bench-${run}`,
      { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: bodies[run] },
    );
    const body = (await response.json()) as { data: { evidenceFile: { id: number } } };
    ids.push(body.data.evidenceFile.id);
  });
  const put = await timedRuns((run) => plain.put(bodies[run] as Buffer, run));
  const links = await graphql(
    `{ evaluation(id: ${evaluation.id}) { evidenceFiles(layer: UNIT) { id downloadUrl } } }`,
    token,
  );
  const urls = (links.data.evaluation as { evidenceFiles: { downloadUrl: string }[] }).evidenceFiles.map(
    (file) => file.downloadUrl,
  );
  const download = await timedRuns(async (run) => {
    await (await fetch(`${origin}${urls[run]}`)).arrayBuffer();
  });
  const get = await timedRuns((run) => plain.get(run));
  console.log(
    `${label}: 20 MB PDF, p50 of ${runs}: upload ${rate(upload)} vs ${rate(put)} plain (${(upload / put).toFixed(2)}×); ` +
      `download ${rate(download)} vs ${rate(get)} plain (${(download / get).toFixed(2)}×)`,
  );
  await new Promise((resolve) => server.close(resolve));
  await database.close();
}

const scratch = await mkdtemp(join(tmpdir(), 'zi-bench-evidence-'));
try {
  await throughApi('directory', directoryStore(join(scratch, 'files')), {
    put: (body, run) => writeFile(join(scratch, `copy-${run}.pdf`), body),
    get: (run) => readFile(join(scratch, `copy-${run}.pdf`)),
  });

  const s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: join(scratch, 's3') });
  const { port } = await s3rver.run();
  const settings = {
    bucket: 'zi-bench',
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    prefix: '',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  };
  const client = new S3Client({ ...settings, forcePathStyle: true });
  await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
  await throughApi('S3 (s3rver)', s3Store(settings), {
    put: (body, run) =>
      client.send(new PutObjectCommand({ Bucket: settings.bucket, Key: `plain-${run}`, Body: body })),
    get: async (run) =>
      (
        await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: `plain-${run}` }))
      ).Body?.transformToByteArray(),
  });
  await s3rver.close();
} finally {
  await rm(scratch, { recursive: true, force: true });
}
process.exit(0);
