import { type Entity, type Locale, type Message, renderMessage } from '@zi/schema';
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

type ErrorCode = keyof typeof errorCodes;

export interface FieldProblem {
  /** The argument or input field at fault, e.g. `answers[3].option` or an item code. */
  field: string;
  message: Message;
  item?: string;
}

/**
 * A message as errors carry it: its id and parameters beside the text, so that the text can be given in
 * the caller's language (`finishedError`) and clients can act on the id.
 */
const carried = (message: Message, locale: Locale) => ({
  message: renderMessage(message, locale),
  messageId: message.id,
  ...(message.params === undefined ? {} : { params: message.params }),
});

const carriedProblem = ({ field, item, message }: FieldProblem, locale: Locale) => ({
  field,
  ...(item === undefined ? {} : { item }),
  ...carried(message, locale),
});

/** An error whose text comes from `message`, in Bahasa Indonesia until `finishedError` gives it the caller's. */
export function codedError(
  code: ErrorCode,
  message: Message,
  extensions: Record<string, unknown> = {},
  problems?: FieldProblem[],
) {
  const { message: text, ...ids } = carried(message, 'id');
  return new GraphQLError(text, {
    extensions: {
      code,
      ...ids,
      ...extensions,
      ...(problems ? { problems: problems.map((problem) => carriedProblem(problem, 'id')) } : {}),
    },
  });
}

export const validationError = (message: Message, problems: FieldProblem[]) =>
  codedError('VALIDATION', message, {}, problems);

/** Refused by the access policy; `field` names the argument that asked for what the caller may not have. */
export const forbidden = (message: Message, field?: string) =>
  codedError('FORBIDDEN', message, field ? { field } : {});

export const notFound = (entity: Entity, id: number | string) =>
  codedError('NOT_FOUND', { id: 'request.notFound', params: { entity, id: String(id) } }, { id });

export const conflict = (message: Message, conflicts: unknown[]) =>
  codedError('CONFLICT', message, { conflicts });

/** Refused for now because the server is busy with the same kind of work; the client may try again later. */
export const rateLimited = (message: Message) => codedError('RATE_LIMITED', message);

type Carried = { messageId?: string; params?: unknown };
type CarriedProblem = Carried & { field: string; message: string };

const messageOf = (carried: Carried | undefined) =>
  carried?.messageId ? ({ id: carried.messageId, params: carried.params } as Message) : null;

// graphql-js words a variable that does not fit as: Variable "$details" got invalid value … at "details.dueDate"; …
const misfitVariable = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?;/;

/**
 * Every error of a response with a code, and its texts in `locale`'s words: ours carry message ids; a
 * variable that does not fit its type is VALIDATION naming the variable (its scalar's message, where it has
 * one); anything else without a code (syntax, schema validation, limits) is INVALID_QUERY.
 */
export function finishedError(error: GraphQLError, locale: Locale): GraphQLError {
  const extensions = error.extensions as Carried & { code?: string; problems?: CarriedProblem[] };
  const variable = misfitVariable.exec(error.message);
  const field = variable ? (variable[2] ?? `$${variable[1]}`) : null;
  const own = messageOf(extensions);
  const problems: CarriedProblem[] | undefined =
    field && !extensions.problems?.length
      ? [{ field, ...(own ? carried(own, locale) : { message: error.message }) }]
      : extensions.problems?.map((problem) => {
          const message = messageOf(problem);
          return message ? { ...problem, message: renderMessage(message, locale) } : problem;
        });
  const code = extensions.code ?? (field ? errorCodes.VALIDATION : errorCodes.INVALID_QUERY);
  if (!own && code === extensions.code && problems === extensions.problems) return error;
  return new GraphQLError(own ? renderMessage(own, locale) : error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: {
      ...extensions,
      code: field ? errorCodes.VALIDATION : code,
      ...(problems ? { problems } : {}),
    },
  });
}

/** A file that could not be read, and why. */
export const unreadableFile = (reason: Message) =>
  validationError({ id: 'file.cannotRead', params: { reason } }, [{ field: 'file', message: reason }]);
