import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import type { Database } from '@zi/db';
import { createYoga } from 'graphql-yoga';
import sirv from 'sirv';
import { sessionToken, userForToken } from './auth.ts';
import type { Context } from './builder.ts';
import { schema } from './schema/index.ts';
import { tlhpLoader } from './tlhp.ts';

// Limits against abusive documents; a full evaluation tree (agencies → units → evaluations → score
// nodes) stays well inside them.
const armor = new EnvelopArmor({
  maxDepth: { n: 12 },
  maxAliases: { n: 30 },
  // Armor prices list arguments such as `first` by their size; a year's full ranking (8,000 rows) must fit.
  costLimit: { maxCost: 100_000 },
  maxTokens: { n: 4_000 },
  maxDirectives: { n: 20 },
}).protect();

export const consoleDist = fileURLToPath(new URL('../../console/dist', import.meta.url));

/** GraphQL at /graphql; the built console (when present) everywhere else, on the same origin. */
export function createServer(database: Pick<Database, 'prisma' | 'kind'>, consoleDir = consoleDist) {
  const yoga = createYoga<{ req: IncomingMessage }, Omit<Context, 'request'>>({
    schema,
    plugins: [useCookies(), ...armor.plugins],
    context: async ({ request, req }) => ({
      prisma: database.prisma,
      databaseKind: database.kind,
      clientIp: req.socket.remoteAddress ?? 'unknown',
      user: await userForToken(database.prisma, await sessionToken(request)),
      tlhpUpTo: tlhpLoader(database.prisma),
    }),
    graphiql: { title: 'ZI Workbench GraphQL' },
  });
  const serveConsole = existsSync(consoleDir) ? sirv(consoleDir, { single: true, gzip: true }) : undefined;
  return createHttpServer((request, response) => {
    if (request.url?.startsWith(yoga.graphqlEndpoint) || !serveConsole) return yoga(request, response);
    serveConsole(request, response);
  });
}
