import { GraphQLError } from 'graphql';

/** The codes clients can rely on in `errors[].extensions.code`. */
export const errorCodes = {
  VALIDATION: 'VALIDATION',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  NOT_FOUND: 'NOT_FOUND',
  RATE_LIMITED: 'RATE_LIMITED',
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

export function forbidden(message: string) {
  return new GraphQLError(message, { extensions: { code: errorCodes.FORBIDDEN } });
}

export function notFound(what: string, id: number | string) {
  return new GraphQLError(`${what} ${id} tidak ditemukan.`, {
    extensions: { code: errorCodes.NOT_FOUND, id },
  });
}

export function conflict(message: string, conflicts: unknown[]) {
  return new GraphQLError(message, { extensions: { code: errorCodes.CONFLICT, conflicts } });
}
