import { GraphQLError } from 'graphql';

/** The codes clients can rely on in `errors[].extensions.code`. */
export const errorCodes = {
  VALIDATION: 'VALIDATION',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  NOT_FOUND: 'NOT_FOUND',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The document itself is refused before anything runs: syntax, schema validation, size and cost limits. */
  INVALID_QUERY: 'INVALID_QUERY',
} as const;

export interface FieldProblem {
  /** The argument or input field at fault, e.g. `answers[3].option` or an item code. */
  field: string;
  message: string;
  item?: string;
}

export function validationError(message: string, problems: FieldProblem[]) {
  return new GraphQLError(message, { extensions: { code: errorCodes.VALIDATION, problems } });
}

/** Refused by the access policy; `field` names the argument that asked for what the caller may not have. */
export function forbidden(message: string, field?: string) {
  return new GraphQLError(message, {
    extensions: { code: errorCodes.FORBIDDEN, ...(field ? { field } : {}) },
  });
}

export function notFound(what: string, id: number | string) {
  return new GraphQLError(`${what} ${id} tidak ditemukan.`, {
    extensions: { code: errorCodes.NOT_FOUND, id },
  });
}

export function conflict(message: string, conflicts: unknown[]) {
  return new GraphQLError(message, { extensions: { code: errorCodes.CONFLICT, conflicts } });
}

/** Refused for now because the server is busy with the same kind of work; the client may try again later. */
export function rateLimited(message: string) {
  return new GraphQLError(message, { extensions: { code: errorCodes.RATE_LIMITED } });
}
