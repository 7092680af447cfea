import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@zi/db';
import { createEmptyDatabase, testServerUrl } from '@zi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords, type GraphQLResponse } from './http.ts';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** One API process on `url`, as a replica behind a load balancer runs; resolves once it listens. */
function startReplica(url: string) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', ZI_SEED: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise<{ endpoint: string; stop(): Promise<void> }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const origin = /ZI Workbench on (http:\/\/\S+)/.exec(output)?.[1];
      if (!origin) return;
      clearTimeout(timer);
      resolve({
        endpoint: `${origin}/graphql`,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}:\n${output}`)));
  });
}

type Replica = Awaited<ReturnType<typeof startReplica>>;

async function ask<T = Record<string, unknown>>(
  replica: Replica,
  query: string,
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(replica.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

const codeOf = (body: GraphQLResponse) => body.errors?.[0]?.extensions?.code ?? 'OK';

async function signIn(replica: Replica, email: string) {
  const body = await ask<{ login: { token: string } }>(
    replica,
    `mutation { login(email: "${email}", password: "${demoPasswords[email]}") { token } }`,
  );
  return body.data?.login.token ?? '';
}

/** Scale-out as deployed: two API processes, nothing shared but the PostgreSQL database. */
describe.skipIf(!testServerUrl)('two API replicas over one PostgreSQL', () => {
  let drop: () => Promise<void>;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    const empty = await createEmptyDatabase();
    drop = empty.drop;
    const url = empty.url as string;
    await (await openDatabase({ url, seed: 'always' })).close();
    [a, b] = await Promise.all([startReplica(url), startReplica(url)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await drop?.();
  });

  /** Asks `replica` who `token` is until it is refused, for at most `ms`; the refusal's code. */
  async function refusedWithin(replica: Replica, token: string, ms: number) {
    const since = Date.now();
    let code = codeOf(await ask(replica, '{ me { email } }', token));
    while (code === 'OK' && Date.now() - since < ms) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      code = codeOf(await ask(replica, '{ me { email } }', token));
    }
    return code;
  }

  // Each replica trusts a session it has read for a minute while it listens; half a second is far inside
  // that and inside the one second it would trust without listening, so only the notification can do it.
  it('honours a session made on one on the other, and a logout on one on the other at once (NOTIFY)', async () => {
    const token = await signIn(a, 'analis@menpan.go.id');
    expect((await ask(b, '{ me { email } }', token)).data).toEqual({ me: { email: 'analis@menpan.go.id' } });
    expect(codeOf(await ask(a, 'mutation { logout }', token))).toBe('OK');
    expect(await refusedWithin(b, token, 500)).toBe('UNAUTHENTICATED');
  });

  it('honours a deactivation made on one replica on the other at once', async () => {
    const admin = await signIn(a, 'admin@zi.go.id');
    const token = await signIn(b, 'tpn@menpan.go.id');
    const me = await ask<{ me: { id: number; email: string; name: string } }>(
      b,
      '{ me { id email name } }',
      token,
    );
    const user = me.data?.me;
    const deactivate = await ask(
      a,
      `mutation { updateUser(id: ${user?.id}, input: { email: "${user?.email}", name: "${user?.name}", role: TPN, active: false }) { id } }`,
      admin,
    );
    expect(codeOf(deactivate)).toBe('OK');
    expect(await refusedWithin(b, token, 500)).toBe('UNAUTHENTICATED');
  });

  it('gives the second of two editors on different replicas a CONFLICT, not a lost update', async () => {
    const [first, second] = await Promise.all([signIn(a, 'admin@zi.go.id'), signIn(b, 'admin@zi.go.id')]);
    const read = await ask<{
      evaluations: { nodes: { id: number; answers: { item: string; version: number }[] }[] };
    }>(
      a,
      '{ evaluations(first: 1, filter: { year: 2025, stage: PEMBANGUNAN }) { nodes { id answers(layer: UNIT, items: ["P.1.i.a"]) { item version } } } }',
      first,
    );
    const evaluation = read.data?.evaluations.nodes[0];
    const version = evaluation?.answers[0]?.version ?? 0;
    const save = (replica: Replica, token: string, option: string) =>
      ask(
        replica,
        `mutation { saveAnswers(evaluationId: ${evaluation?.id}, layer: UNIT, answers: [{ item: "P.1.i.a", option: "${option}", expectedVersion: ${version} }]) { answers { version } } }`,
        token,
      );
    expect(codeOf(await save(a, first, 'Ya'))).toBe('OK');
    expect(codeOf(await save(b, second, 'Tidak'))).toBe('CONFLICT');
  });

  it('shares the sign-in limit: guesses spread over both replicas are counted together', async () => {
    const guess = (replica: Replica) =>
      ask(replica, 'mutation { login(email: "tpi@kemenkeu.go.id", password: "salah-sekali") { token } }');
    const codes = [];
    for (let attempt = 0; attempt < 6; attempt++) codes.push(codeOf(await guess(attempt % 2 ? b : a)));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  });

  it('makes a stage move raced from both replicas happen once', async () => {
    const [first, second] = await Promise.all([signIn(a, 'admin@zi.go.id'), signIn(b, 'admin@zi.go.id')]);
    const listed = await ask<{ evaluations: { nodes: { id: number }[] } }>(
      a,
      '{ evaluations(first: 1, filter: { stage: PENCANANGAN }) { nodes { id } } }',
      first,
    );
    const id = listed.data?.evaluations.nodes[0]?.id;
    const move = (replica: Replica, token: string) =>
      ask(replica, `mutation { transitionStage(evaluationId: ${id}, to: PEMBANGUNAN) { stage } }`, token);
    const outcomes = await Promise.all([move(a, first), move(b, second), move(a, first), move(b, second)]);
    expect(outcomes.map(codeOf).sort()).toEqual(['OK', 'VALIDATION', 'VALIDATION', 'VALIDATION']);
  });
});
