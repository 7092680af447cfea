import { print } from '@0no-co/graphql.web';
import { initGraphQLTada, type ResultOf, type TadaDocumentNode, type VariablesOf } from 'gql.tada';
import { HttpError } from 'react-admin';
import type { introspection } from '../graphql-env.d.ts';
import { i18nProvider } from '../i18n/index.ts';

/**
 * Operations typed from the committed `packages/api/schema.graphql` by gql.tada: results and variables are
 * inferred by the type checker, so a field renamed in the API fails `pnpm typecheck` here. (Run
 * `pnpm --filter @zi/console schema:types` after the API's schema changes; a test checks it was.)
 */
export const gql = initGraphQLTada<{
  introspection: introspection;
  // Fragments spread their fields into the result, as react-admin's records need them.
  disableMasking: true;
  scalars: { DateTime: string; JSON: unknown; AnswerInputs: Record<string, number | null | undefined> };
}>();

// biome-ignore lint/suspicious/noExplicitAny: any document, typed by what it returns and takes.
type Document = TadaDocumentNode<any, any>;

/** Sends a typed operation; its result is typed by the document. */
export function request<D extends Document>(
  document: D,
  variables: VariablesOf<D>,
  signal?: AbortSignal,
): Promise<ResultOf<D>> {
  return graphql<ResultOf<D>>(print(document), variables as Record<string, unknown>, signal);
}

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * POSTs one operation to the API on this origin; the session cookie rides along, and the API answers
 * errors in the language the console shows. `signal` cancels it (react-query passes one to each query).
 */
async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    signal,
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'accept-language': i18nProvider.getLocale(),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLErrorShape[] };
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error);
  if (!body.data) throw new HttpError(`API answered ${response.status}`, response.status, body);
  return body.data;
}

/**
 * An error the API answered, with its code and extensions. Its body carries react-admin's form errors only
 * when the API named fields, so a form marks those fields and shows the API's own message; any other
 * refusal (FORBIDDEN, CONFLICT, …) is notified with the API's message instead of "the form is invalid".
 */
export class ApiError extends HttpError {
  readonly code: string | undefined;
  readonly extensions: Record<string, unknown>;
  constructor(error: GraphQLErrorShape) {
    const code = error.extensions?.code;
    const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 400;
    super(error.message, status, { errors: formErrors(error) });
    // HttpError pins its own prototype; this one must stay an ApiError.
    Object.setPrototypeOf(this, ApiError.prototype);
    this.code = code;
    this.extensions = error.extensions ?? {};
  }
}

/** `input.agencyId` → the form's `agency.id` input, as the console's forms name references. */
function formErrors(error: GraphQLErrorShape): Record<string, unknown> | undefined {
  const problems = error.extensions?.problems as { field: string; message: string }[] | undefined;
  if (!problems?.length) return undefined;
  const errors: Record<string, unknown> = { root: { serverError: error.message } };
  for (const problem of problems) {
    const path = problem.field
      .replace(/^input\./, '')
      .replace(/Id$/, '.id')
      .split('.');
    let node = errors;
    for (const key of path.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[path.at(-1) as string] = problem.message;
  }
  return errors;
}
