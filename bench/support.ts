// What the benchmarks share: figures, a scratch PostgreSQL database, and the API over HTTP as an admin.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from '@zi/api';
import { type Database, openDatabase } from '@zi/db';
import { createSchema, createYoga } from 'graphql-yoga';
import pg from 'pg';

/** BENCH_DATABASE_URL names the PostgreSQL server (default: the local one). */
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
export const ms = (value: number) => `${value.toFixed(1)} ms`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Runs `work` on a fresh, migrated and seeded database on the server, dropped afterwards. */
export async function withScratchDatabase(name: string, work: (database: Database) => Promise<void>) {
  const scratch = `zi_bench_${name}_${Date.now()}`;
  await admin(`CREATE DATABASE "${scratch}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  const database = await timed('PostgreSQL: migrate + seed', () =>
    openDatabase({ url: url.toString(), seed: 'always' }),
  );
  try {
    await work(database);
  } finally {
    await database.close();
    await admin(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  }
}

/** The API on a free port, signed in as the demo administrator. */
export async function startApi(database: Database) {
  const server = createServer(database);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(email: "admin@zi.go.id", password: "admin-demo") { token } }',
    }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data ?? {};
  };
  return { url, headers, graphql, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * The yardstick: a bare graphql-yoga server answering `{ hello }`, on this machine, in this process; with
 * `prismaRead` (one evaluation by id through Prisma) and `rawRead` (the same row by one SQL statement), so
 * the figures show what a single database read costs before any of the product's own work.
 */
export async function startBareYoga(database: Database) {
  const { prisma } = database;
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { hello: String! prismaRead(id: Int!): String rawRead(id: Int!): String }',
      resolvers: {
        Query: {
          hello: () => 'world',
          prismaRead: async (_root: unknown, { id }: { id: number }) =>
            (await prisma.evaluation.findFirst({ where: { id } }))?.stage,
          rawRead: async (_root: unknown, { id }: { id: number }) =>
            (
              await prisma.$queryRaw<
                { stage: string }[]
              >`SELECT stage::text FROM "Evaluation" WHERE id = ${id}`
            )[0]?.stage,
        },
      },
    }),
    logging: false,
  });
  const server = createHttpServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
