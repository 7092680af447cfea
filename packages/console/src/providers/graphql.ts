import { HttpError } from 'react-admin';
import { i18nProvider } from '../i18n/index.ts';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * POSTs one operation to the API on this origin; the session cookie rides along, and the API answers
 * errors in the language the console shows.
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
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
  if (error) {
    const status =
      error.extensions?.code === 'UNAUTHENTICATED' ? 401 : error.extensions?.code === 'FORBIDDEN' ? 403 : 400;
    throw new HttpError(error.message, status, body);
  }
  if (!body.data) throw new HttpError(`API answered ${response.status}`, response.status, body);
  return body.data;
}
