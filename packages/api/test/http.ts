import type { AddressInfo } from 'node:net';
import { openTestDatabase, recordQueries, type TestDatabase } from '@zi/db/testing';
import { createServer } from '../src/server.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The real HTTP server over a fresh, seeded test database. */
export async function startTestServer() {
  const database: TestDatabase = await openTestDatabase({ seed: 'always', logQueries: true });
  const server = createServer(database);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    database,
    url,
    queries: recordQueries(database),
    async graphql<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { response, body: (await response.json()) as GraphQLResponse<T> };
    },
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await database.dispose();
    },
  };
}
