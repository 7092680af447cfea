import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { PrismaClient, User } from '@zi/db/client';
import { type Locale, localeOf, message } from '@zi/schema';
import { GraphQLError } from 'graphql';
import { sessionToken } from './auth.ts';
import { codedError, finishedError } from './errors.ts';
import {
  describedFile,
  evidencePath,
  readableFile,
  signedUser,
  UploadRefused,
  uploadEvidence,
  uploadRequestOf,
} from './services/evidence.ts';
import { type ServerSettings, sameOriginOrAllowed } from './settings.ts';
import type { ObjectStore } from './storage/index.ts';

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

function answerError(response: ServerResponse, error: unknown, locale: Locale) {
  const coded =
    error instanceof UploadRefused
      ? codedError('VALIDATION', error.problem, {}, [{ field: 'file', message: error.problem }])
      : error instanceof GraphQLError
        ? error
        : null;
  if (response.headersSent || response.destroyed) return;
  if (!coded) {
    console.error(error);
    response.writeHead(500, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(
      JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL' } }] }),
    );
    return;
  }
  const status =
    error instanceof UploadRefused ? error.status : (statusOf[String(coded.extensions.code)] ?? 400);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify({ errors: [finishedError(coded, locale).toJSON()] }));
}

/** `Content-Disposition` for a name that may hold any character: an ASCII fallback and the UTF-8 original. */
const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** A fetch `Request` carrying the headers only: what the session and cross-site checks read. */
const headersOnly = (request: IncomingMessage) =>
  new Request(`http://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`, {
    method: request.method === 'GET' || request.method === 'HEAD' ? request.method : 'POST',
    headers: Object.entries(request.headers).flatMap(([name, value]) =>
      value === undefined
        ? []
        : (Array.isArray(value) ? value : [value]).map((each) => [name, each] as [string, string]),
    ),
  });

/**
 * The evidence routes, or null for a request that is not theirs. Uploads stream into the store as they
 * arrive (no size is read into memory) by a signed-in user who may write the layer; downloads stream out
 * to whoever holds a valid signed link made for a user who may still read it or, without a signature (the
 * lasting address a workbook carries), to a signed-in user who may read it.
 */
export function evidenceRoutes(options: {
  prisma: PrismaClient;
  store: ObjectStore;
  settings: ServerSettings;
  userFor: (token: string | undefined) => Promise<User | null>;
}) {
  const { prisma, store, settings, userFor } = options;
  return (request: IncomingMessage, response: ServerResponse): Promise<void> | null => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const locale = localeOf(request.headers['accept-language']);
    if (url.pathname === evidencePath && request.method === 'POST')
      return upload(request, response, url).catch((error: unknown) => answerError(response, error, locale));
    const download = new RegExp(`^${evidencePath}/(\\d+)$`).exec(url.pathname);
    if (download && (request.method === 'GET' || request.method === 'HEAD'))
      return serve(request, response, Number(download[1]), url).catch((error: unknown) =>
        answerError(response, error, locale),
      );
    return null;
  };

  async function upload(request: IncomingMessage, response: ServerResponse, url: URL) {
    const headers = headersOnly(request);
    if (!sameOriginOrAllowed(headers, settings)) throw codedError('FORBIDDEN', message('request.crossSite'));
    const user = await userFor(await sessionToken(headers));
    if (!user) throw codedError('UNAUTHENTICATED', message('auth.signInFirst'));
    const length = request.headers['content-length'];
    const declared = length === undefined ? null : Number(length);
    const file = await uploadEvidence(
      prisma,
      store,
      user,
      uploadRequestOf(url.searchParams, Number.isFinite(declared) ? declared : null),
      request,
    );
    response.writeHead(201, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(JSON.stringify({ data: { evidenceFile: describedFile(file) } }));
  }

  async function serve(request: IncomingMessage, response: ServerResponse, id: number, url: URL) {
    const signed = url.searchParams.has('signature');
    const user = signed
      ? await signedUser(prisma, id, url.searchParams)
      : await userFor(await sessionToken(headersOnly(request)));
    if (!user && !signed) throw codedError('UNAUTHENTICATED', message('auth.signInFirst'));
    const file = await readableFile(prisma, user, id);
    const object = await store.get(file.blob.storageKey);
    if (!object) throw codedError('NOT_FOUND', message('evidence.missing'));
    response.writeHead(200, {
      'content-type': file.blob.contentType,
      'content-length': object.size,
      'content-disposition': attachment(file.fileName),
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
      'cache-control': 'private, no-store',
    });
    if (request.method === 'HEAD') {
      object.body.destroy();
      response.end();
      return;
    }
    await pipeline(object.body, response);
  }
}
