import { existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import type { Database } from '@zi/db';
import { createYoga } from 'graphql-yoga';
import sirv from 'sirv';
import { sessionToken, userForToken } from './auth.ts';
import type { Context } from './builder.ts';
import { schema } from './schema/index.ts';

export const consoleDist = fileURLToPath(new URL('../../console/dist', import.meta.url));

/** GraphQL at /graphql; the built console (when present) everywhere else, on the same origin. */
export function createServer(database: Pick<Database, 'prisma' | 'kind'>, consoleDir = consoleDist) {
  const yoga = createYoga<object, Omit<Context, 'request'>>({
    schema,
    plugins: [useCookies()],
    context: async ({ request }) => ({
      prisma: database.prisma,
      databaseKind: database.kind,
      user: await userForToken(database.prisma, await sessionToken(request)),
    }),
    graphiql: { title: 'ZI Workbench GraphQL' },
  });
  const serveConsole = existsSync(consoleDir) ? sirv(consoleDir, { single: true, gzip: true }) : undefined;
  return createHttpServer((request, response) => {
    if (request.url?.startsWith(yoga.graphqlEndpoint) || !serveConsole) return yoga(request, response);
    serveConsole(request, response);
  });
}
