import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * GraphiQL with its scripts, styles and editor workers inside the page (yoga's default loads them from a
 * public CDN, which an intranet cannot reach and a government app should not pull). The page is 9 MB,
 * so it is built once, sent gzipped (≈2 MB) and revalidated by ETag: a reload costs one 304.
 */
const page = (() => {
  let built: { html: Buffer; gzipped: Buffer; etag: string } | undefined;
  return () => {
    if (!built) {
      const html = Buffer.from(renderGraphiQL({ title: 'ZI Workbench GraphQL', endpoint: '/graphql' }));
      built = {
        html,
        gzipped: gzipSync(html),
        etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`,
      };
    }
    return built;
  };
})();

/** Whether a request is a browser opening the GraphQL endpoint, which gets GraphiQL. */
export const wantsGraphiQL = (request: IncomingMessage) =>
  request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');

export function serveGraphiQL(request: IncomingMessage, response: ServerResponse) {
  const { html, gzipped, etag } = page();
  const headers = { etag, 'cache-control': 'no-cache', vary: 'accept-encoding' };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response
    .writeHead(200, {
      ...headers,
      'content-type': 'text/html; charset=utf-8',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    })
    .end(gzip ? gzipped : html);
}
