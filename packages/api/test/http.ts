import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, recordQueries, type TestDatabase } from '@zi/db/testing';
import { closeReportBrowser } from '../src/report.ts';
import { createServer } from '../src/server.ts';
import type { ServerSettings } from '../src/settings.ts';
import { directoryStore, type ObjectStore } from '../src/storage/index.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The seeded demo accounts (README). */
export const demoPasswords: Record<string, string> = {
  'admin@zi.go.id': 'admin-demo',
  'operator@kpp-cibeunying.go.id': 'operator-demo',
  'tpi@kemenkeu.go.id': 'tpi-demo',
  'tpn@menpan.go.id': 'tpn-demo',
  'inspektorat@kemenkeu.go.id': 'inspektorat-demo',
  'analis@menpan.go.id': 'analis-demo',
};

/** The real HTTP server over a fresh, seeded test database; `settings` as the environment would give them. */
export async function startTestServer(
  settings: ServerSettings = { allowedOrigins: [], trustProxy: false },
  store: ObjectStore = directoryStore(mkdtempSync(join(tmpdir(), 'zi-files-'))),
) {
  const database: TestDatabase = await openTestDatabase({ seed: 'always', logQueries: true });
  const server = createServer(database, { settings, store });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    database,
    store,
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
    /** Signs in a demo user (password: the part of the e-mail's role + "-demo") and returns bearer headers. */
    async signIn(email: string, password = demoPasswords[email] ?? '') {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
          variables: { email, password },
        }),
      });
      const body = (await response.json()) as GraphQLResponse<{ login: { token: string } }>;
      if (!body.data) throw new Error(`cannot sign in ${email}: ${JSON.stringify(body.errors)}`);
      return { authorization: `Bearer ${body.data.login.token}` };
    },
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await closeReportBrowser();
      await database.dispose();
    },
  };
}

/**
 * The review scene: a server on the seed, the TPI of Kemenkeu and the operator of KPP Cibeunying signed in,
 * and the operator's 2025 evaluation handed to the TPI (PENILAIAN_TPI).
 */
export async function assessmentScene() {
  const server = await startTestServer();
  const tpi = await server.signIn('tpi@kemenkeu.go.id');
  const operator = await server.signIn('operator@kpp-cibeunying.go.id');
  const { prisma } = server.database;
  const { id: evaluationId } = await prisma.evaluation.findFirstOrThrow({
    where: { year: 2025, unit: { code: 'KPP-BDG-CIBEUNYING' } },
  });
  await prisma.evaluation.update({ where: { id: evaluationId }, data: { stage: 'PENILAIAN_TPI' } });
  return { server, tpi, operator, evaluationId };
}
