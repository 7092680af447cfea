import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import type { Database } from '@zi/db';
import { localeOf, type Message, message, renderMessage } from '@zi/schema';
import { createYoga, type Plugin } from 'graphql-yoga';
import sirv from 'sirv';
import { reachLoaders } from './access.ts';
import { pruneEveryMs, pruneSignInRecords, sessionReader, sessionToken } from './auth.ts';
import type { Context } from './builder.ts';
import { errorCodes, finishedError } from './errors.ts';
import { evidenceRoutes } from './evidence-http.ts';
import { serveGraphiQL, wantsGraphiQL } from './graphiql.ts';
import { answerProbe, probePaths } from './health.ts';
import { portalrbRoutes } from './portalrb-http.ts';
import { logRequest, noteRequest, operationNames, type RequestLogEntry } from './request-log.ts';
import { schema } from './schema/index.ts';
import { layerAnswersLoader } from './services/answers.ts';
import { sweepEvidence } from './services/evidence.ts';
import { progressFactsLoader } from './services/progress.ts';
import { tlhpLoader } from './services/tlhp.ts';
import {
  cameOverHttps,
  clientAddress,
  type ServerSettings,
  sameOriginOrAllowed,
  settingsFrom,
} from './settings.ts';
import { type ObjectStore, storeFrom } from './storage/index.ts';

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

/** A request refused before GraphQL runs, in the caller's language. */
const refusal = (acceptLanguage: string | null | undefined, message: Message, code: string) =>
  JSON.stringify({
    errors: [
      {
        message: renderMessage(message, localeOf(acceptLanguage)),
        extensions: { code, messageId: message.id, params: message.params },
      },
    ],
  });

/** Requests from another site's pages are refused before they can act with the caller's cookie. */
const crossSiteRefusal = (settings: ServerSettings): Plugin => ({
  onRequest({ request, endResponse }) {
    if (!sameOriginOrAllowed(request, settings))
      endResponse(
        new Response(
          refusal(request.headers.get('accept-language'), message('request.crossSite'), errorCodes.FORBIDDEN),
          {
            status: 403,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          },
        ),
      );
  },
});

/** Every error with a code, and every text of a response in the caller's language (see `finishedError`). */
const errorsInOneLanguage: Plugin = {
  onResultProcess({ request, result, setResult }) {
    if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
    const locale = localeOf(request.headers.get('accept-language'));
    setResult({ ...result, errors: result.errors.map((error) => finishedError(error, locale)) });
  },
};

/** The largest request body taken: a 20 MB file as base64 with room for the rest of the request. */
export const maxBodyBytes = 32 * 1024 * 1024;

/** A POST must say its length, and the length must fit: bodies are read whole before they are parsed. */
function bodyRefusal(request: IncomingMessage): { status: number; message: Message } | null {
  if (request.method !== 'POST') return null;
  const length = Number(request.headers['content-length']);
  if (request.headers['content-length'] === undefined || Number.isNaN(length))
    return { status: 411, message: message('request.lengthRequired') };
  if (length > maxBodyBytes)
    return { status: 413, message: message('request.tooLarge', { megabytes: maxBodyBytes / 1024 / 1024 }) };
  return null;
}

/** GraphQL at /graphql; the built console (when present) everywhere else, on the same origin. */
export function createServer(
  database: Pick<Database, 'prisma' | 'kind'> & { url?: string },
  options: {
    consoleDir?: string;
    settings?: ServerSettings;
    /** Where each request's log entry goes (`jsonLines` in production); none by default. */
    log?: (entry: RequestLogEntry) => void;
    /** Where evidence files are kept; by default as the environment says (`storeFrom`). */
    store?: ObjectStore;
    /**
     * Whether this server sweeps `store` (at start and hourly) of what the database no longer names; only
     * where the two belong together, as in the product's own start.
     */
    sweep?: boolean;
  } = {},
) {
  const settings = options.settings ?? settingsFrom(process.env);
  const store = options.store ?? storeFrom(process.env);
  const consoleDir = options.consoleDir ?? consoleDist;
  // Replicas on PostgreSQL hear each other's sign-outs; the embedded database has one process only.
  const sessions = sessionReader(database.prisma, database.kind === 'postgresql' ? database.url : undefined);
  const yoga = createYoga<{ req: IncomingMessage }, Omit<Context, 'request'>>({
    schema,
    plugins: [
      crossSiteRefusal(settings),
      useCookies(),
      ...armor.plugins,
      errorsInOneLanguage,
      operationNames,
    ],
    // Closed but to the allowed origins: no other site's script may read an answer.
    cors: (request) => {
      const origin = request.headers.get('origin');
      return origin !== null && settings.allowedOrigins.includes(origin)
        ? { origin, credentials: true, methods: ['GET', 'POST'] }
        : false;
    },
    context: async ({ request, req }) => {
      const user = await sessions.userFor(await sessionToken(request));
      if (user) noteRequest(req, { userId: user.id });
      return {
        prisma: database.prisma,
        databaseKind: database.kind,
        clientIp: clientAddress(req, settings),
        https: cameOverHttps(req, settings),
        user,
        sessions,
        locale: localeOf(request.headers.get('accept-language')),
        tlhpAt: tlhpLoader(database.prisma),
        layerAnswers: layerAnswersLoader(database.prisma),
        progressFacts: progressFactsLoader(database.prisma),
        reaches: reachLoaders(database.prisma, user),
        store,
        origin: settings.publicOrigin ?? new URL(request.url).origin,
      };
    },
    // Browsers get GraphiQL from `serveGraphiQL`, with its assets inside; yoga's would fetch them from a CDN.
    graphiql: false,
    // `bodyRefusal` has already held the body to its stated length, which Node's parser never reads past;
    // yoga's own limit would pipe every body through a counting stream again (a tenth of a small request's CPU).
    maxRequestBodySize: false,
  });
  const files = evidenceRoutes({ prisma: database.prisma, store, settings, userFor: sessions.userFor });
  const portalrb = portalrbRoutes({
    prisma: database.prisma,
    settings,
    origin: (request) =>
      settings.publicOrigin ??
      `${cameOverHttps(request, settings) ? 'https' : 'http'}://${request.headers.host}`,
  });
  const serveConsole = existsSync(consoleDir) ? sirv(consoleDir, { single: true, gzip: true }) : undefined;
  const { log } = options;
  const server = createHttpServer((request, response) => {
    if (log) logRequest(request, response, clientAddress(request, settings), log);
    const probe = probePaths.find((path) => request.url === path);
    if (probe && (request.method === 'GET' || request.method === 'HEAD'))
      return void answerProbe(probe, response, database);
    if (files(request, response)) return;
    if (portalrb(request, response)) return;
    if (request.url?.startsWith(yoga.graphqlEndpoint) || !serveConsole) {
      if (wantsGraphiQL(request)) return serveGraphiQL(request, response);
      const refused = bodyRefusal(request);
      if (refused) {
        response.writeHead(refused.status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(refusal(request.headers['accept-language'], refused.message, errorCodes.VALIDATION));
        return;
      }
      return yoga(request, response);
    }
    serveConsole(request, response);
  });
  // Expired sessions, old sign-in attempts and evidence no row names go at start and hourly; what fails
  // is tried next time.
  const prune = () => {
    void pruneSignInRecords(database.prisma).catch(() => undefined);
    if (options.sweep) void sweepEvidence(database.prisma, store).catch(() => undefined);
  };
  const pruning = setInterval(prune, pruneEveryMs).unref();
  server.once('listening', prune);
  server.once('close', () => {
    clearInterval(pruning);
    void sessions.close();
  });
  return server;
}
