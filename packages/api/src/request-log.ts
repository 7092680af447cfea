import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** One line per request, for the operations team's log search: never a token, password or variable. */
export interface RequestLogEntry {
  time: string;
  requestId: string;
  method: string;
  /** The path without its query string. */
  path: string;
  status: number;
  durationMs: number;
  /** The signed-in user, when there is one. */
  userId: number | null;
  /** The GraphQL operation's name, when it has one. */
  operation: string | null;
  ip: string;
}

interface Noted {
  userId: number | null;
  operation: string | null;
}

const noted = new WeakMap<IncomingMessage, Noted>();

/** What a request is about, as GraphQL learns it: who is signed in, which operation. */
export function noteRequest(request: IncomingMessage, facts: Partial<Noted>) {
  noted.set(request, { userId: null, operation: null, ...noted.get(request), ...facts });
}

/** Records the name of each executed GraphQL operation (as the document names it) for its log line. */
export const operationNames: Plugin<{ req?: IncomingMessage }> = {
  onExecute({ args }) {
    const request = args.contextValue.req;
    const operation = getOperationAST(args.document, args.operationName)?.name?.value ?? null;
    if (request) noteRequest(request, { operation });
  },
};

/** A request id for `request` (answered in `X-Request-Id`) and, once answered, one log entry to `write`. */
export function logRequest(
  request: IncomingMessage,
  response: ServerResponse,
  ip: string,
  write: (entry: RequestLogEntry) => void,
) {
  const started = performance.now();
  const requestId = randomUUID();
  response.setHeader('x-request-id', requestId);
  response.once('finish', () => {
    const facts = noted.get(request);
    write({
      time: new Date().toISOString(),
      requestId,
      method: request.method ?? 'GET',
      path: (request.url ?? '/').split('?')[0] ?? '/',
      status: response.statusCode,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      userId: facts?.userId ?? null,
      operation: facts?.operation ?? null,
      ip,
    });
  });
}

/** Log entries as JSON lines on standard output, as container platforms collect them. */
export const jsonLines = (entry: RequestLogEntry) => process.stdout.write(`${JSON.stringify(entry)}\n`);
