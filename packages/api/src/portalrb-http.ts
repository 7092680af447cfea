import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '@zi/db/client';
import { localeOf, type Message, message, renderMessage } from '@zi/schema';
import {
  logFetch,
  nominations,
  type PortalrbAnswer,
  portalrbBase,
  portalrbError,
  tokenAgency,
  unitAnswers,
} from './services/portalrb.ts';
import type { ServerSettings } from './settings.ts';

const routes = [
  { pattern: /^\/pengusulan\/unit-(wbk|wbbm)$/, endpoint: (match: RegExpExecArray) => `unit-${match[1]}` },
  { pattern: /^\/lke\/jawaban-unit\/([^/]+)$/, endpoint: () => 'jawaban-unit' },
] as const;

/** A unit code from the path; one that does not decode stays as sent, so it is simply not found. */
function unitOf(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Calls per token per minute on one replica (`ZI_PORTALRB_PER_MINUTE`); PortalRB queues a province at once. */
function rateLimiter(perMinute: number) {
  const windows = new Map<number, { start: number; count: number }>();
  return (tokenId: number, now = Date.now()): number | null => {
    const window = windows.get(tokenId);
    if (!window || now - window.start >= 60_000) {
      windows.set(tokenId, { start: now, count: 1 });
      return null;
    }
    window.count += 1;
    return window.count > perMinute ? Math.ceil((window.start + 60_000 - now) / 1000) : null;
  };
}

/**
 * PortalRB's pull API (`/portalrb/v1`): the WBK and WBBM nomination lists and one unit's LKE answers, for the
 * agency whose bearer token is sent. Every call is answered in JSON (errors as `{error, code, message}`) and
 * logged; a PortalRB token is no session, and a session is no PortalRB token.
 */
export function portalrbRoutes(options: {
  prisma: PrismaClient;
  settings: ServerSettings;
  origin: (request: IncomingMessage) => string;
}) {
  const { prisma, settings } = options;
  const limited = rateLimiter(settings.portalrbPerMinute ?? 600);
  return (request: IncomingMessage, response: ServerResponse): Promise<void> | null => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== portalrbBase && !url.pathname.startsWith(`${portalrbBase}/`)) return null;
    return answer(request, response, url).catch((error: unknown) => {
      console.error(error);
      const failed = portalrbError(500, 'INTERNAL_ERROR', renderMessage(message('portalrb.internal'), 'id'));
      send(response, failed, Buffer.from(JSON.stringify(failed.body)));
    });
  };

  async function answer(request: IncomingMessage, response: ServerResponse, url: URL) {
    const started = performance.now();
    const locale = localeOf(request.headers['accept-language']);
    const say = (said: Message) => renderMessage(said, locale);
    const path = url.pathname.slice(portalrbBase.length);
    const route = routes
      .map((each) => ({ each, match: each.pattern.exec(path) }))
      .find((found) => found.match);
    // An unknown path is logged as asked for, cut to a length a log row keeps.
    const endpoint = route?.match ? route.each.endpoint(route.match) : (path || '/').slice(0, 200);
    const unitCode = route?.match && endpoint === 'jawaban-unit' ? unitOf(route.match[1] ?? '') : null;
    const yearText = url.searchParams.get('tahun');
    const year =
      yearText === null ? new Date().getFullYear() : /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const token = bearer ? await tokenAgency(prisma, bearer) : null;
    const result = await (async (): Promise<PortalrbAnswer> => {
      if (!token) return portalrbError(401, 'UNAUTHORIZED', say(message('portalrb.unauthorized')));
      const retryAfter = limited(token.id);
      if (retryAfter !== null)
        return { ...portalrbError(429, 'RATE_LIMITED', say(message('portalrb.rateLimited'))), retryAfter };
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return portalrbError(405, 'METHOD_NOT_ALLOWED', say(message('portalrb.getOnly')));
      if (!route?.match) return portalrbError(404, 'DATA_NOT_FOUND', say(message('portalrb.unknownPath')));
      if (year === null || year < 2000 || year > 2100)
        return portalrbError(
          422,
          'INVALID_REQUEST',
          say(message('portalrb.badYear', { got: yearText ?? '' })),
        );
      if (unitCode !== null)
        return unitAnswers(prisma, token.agencyId, unitCode, year, options.origin(request), say);
      return nominations(prisma, token.agencyId, year, endpoint === 'unit-wbbm' ? 'WBBM' : 'WBK', say);
    })();
    const body = Buffer.from(JSON.stringify(result.body));
    // Logged before it is sent: what PortalRB holds, the agency sees.
    await logFetch(prisma, {
      tokenId: token?.id ?? null,
      agencyId: token?.agencyId ?? null,
      endpoint,
      unitCode,
      year,
      status: result.status,
      bytes: body.length,
      durationMs: performance.now() - started,
      body: endpoint === 'jawaban-unit' && result.status === 200 ? result.body : null,
    });
    send(response, result, body, request.method === 'HEAD');
  }
}

function send(response: ServerResponse, result: PortalrbAnswer, body: Buffer, headOnly = false) {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(result.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.length,
    'cache-control': 'no-store',
    ...(result.retryAfter === undefined ? {} : { 'retry-after': String(result.retryAfter) }),
  });
  response.end(headOnly ? undefined : body);
}
