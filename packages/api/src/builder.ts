import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { AnswerRow, DatabaseKind, EvaluationFacts } from '@zi/db';
import type { PrismaClient, User } from '@zi/db/client';
import type PrismaTypes from '@zi/db/pothos-types';
import { getDatamodel } from '@zi/db/pothos-types';
import {
  type Layer,
  type Locale,
  may,
  message,
  type Permission,
  readDateTime,
  type TlhpSummary,
} from '@zi/schema';
import type { ScopedModel } from './access.ts';
import type { SessionReader } from './auth.ts';
import { codedError, validationError } from './errors.ts';
import { issueMessage } from './inputs.ts';
import type { ItemFacts } from './services/progress.ts';
import type { ObjectStore } from './storage/index.ts';

export interface Context {
  prisma: PrismaClient;
  databaseKind: DatabaseKind;
  request: Request;
  /** The caller's address, for rate limits (behind a trusted proxy, as it forwarded it). */
  clientIp: string;
  /** Whether the caller reached the product over HTTPS (behind a trusted proxy, as it forwarded it). */
  https: boolean;
  /** The signed-in user, or null. */
  user: User | null;
  /** The replica's session reader, told when a session or an account changes. */
  sessions: SessionReader;
  /** The language the caller asked for (`Accept-Language`), for messages given as data. */
  locale: Locale;
  /** An evaluation's TLHP completion as of its cut-off, batched per request. */
  tlhpAt: (evaluation: EvaluationFacts) => Promise<TlhpSummary>;
  /** One layer's stored answers of an evaluation, batched per request. */
  layerAnswers: (evaluationId: number, layer: Layer) => Promise<AnswerRow[]>;
  /** One layer's item facts progress reads (links, documents, review, copy) by item id, batched per request. */
  progressFacts: (evaluationId: number, layer: Layer) => Promise<Map<number, ItemFacts>>;
  /** Whether the user reaches a row, batched per request (the type-level checks). */
  reaches: (model: ScopedModel, id: number) => boolean | Promise<boolean>;
  /** Where evidence files are kept. */
  store: ObjectStore;
  /** The address users reach the product at (`ZI_PUBLIC_URL`, else this request's), for lasting links. */
  origin: string;
}

/** Requests that reach a guarded field with a user have one. */
export type SignedInContext = Context & { user: User };

export const maxPageSize = 200;

/** The cost one request may add up (`complexity` of the expensive fields, `costOf`). */
export const maxRequestCost = 100;

/** What the expensive fields cost: a PDF fills a request, a workbook or an import half of one. */
export const costOf = { pdf: 100, file: 50, report: 25 } as const;

/** An input's path as errors name it: `answers[3].note`. */
const fieldPath = (path: readonly (PropertyKey | { key: PropertyKey })[]) =>
  path
    .map((part) => (typeof part === 'object' ? part.key : part))
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
    .join('');

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  AuthScopes: { signedIn: boolean; may: Permission };
  AuthContexts: { signedIn: SignedInContext; may: SignedInContext };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    AnswerInputs: { Input: Record<string, number | null | undefined>; Output: never };
  };
}>({
  plugins: [ValidationPlugin, ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authScopes: (context) => ({
      signedIn: context.user !== null,
      may: (permission) => context.user !== null && may(context.user, permission),
    }),
    // Object types check each row they resolve (see `reachable`), whatever field led there.
    runScopesOnType: true,
    unauthorizedError: (_parent, context) =>
      context.user
        ? codedError('FORBIDDEN', message('auth.roleForbidden'))
        : codedError('UNAUTHENTICATED', message('auth.signInFirst')),
  },
  validation: {
    validationError: (failure) =>
      validationError(
        message('request.invalidInputs', { count: failure.issues.length }),
        failure.issues.map((issue) => ({
          field: fieldPath(issue.path ?? []),
          message: issueMessage(issue.message),
        })),
      ),
  },
  // Only the fields that cost real work are priced (`complexity`); the rest is left to GraphQL Armor.
  complexity: {
    defaultComplexity: 0,
    defaultListMultiplier: 1,
    limit: { complexity: maxRequestCost },
    complexityError: (_kind, result) =>
      codedError(
        'INVALID_QUERY',
        message('request.tooCostly', { cost: result.complexity, max: maxRequestCost }),
        {
          cost: result.complexity,
          maxCost: maxRequestCost,
        },
      ),
  },
  // No global `node(id)` lookups: every record is reached through a field that applies the caller's scope.
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    nodesOnConnection: true,
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: maxPageSize,
    defaultConnectionSize: 50,
  },
});

builder.scalarType('DateTime', {
  description:
    'A date-time written as ISO 8601 with its zone (2025-05-31T08:00:00+07:00), or a date: 2025-05-31 or ' +
    '31/05/2025 (midnight UTC). Answers are ISO 8601 in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const read = readDateTime(value);
    if ('problem' in read) throw validationError(read.problem, []);
    return read.date;
  },
});

/** Most inputs a % item has. */
const maxInputKeys = 20;

builder.scalarType('AnswerInputs', {
  description: 'A % item’s inputs: an object of whole numbers (or null) by input key, e.g. {"agen": 4}.',
  serialize: () => {
    throw new Error('AnswerInputs is an input only');
  },
  parseValue: (value) => {
    const entries =
      value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : null;
    const flat =
      entries &&
      entries.length <= maxInputKeys &&
      entries.every(([key, each]) => key.length <= 40 && (each === null || typeof each === 'number'));
    if (!flat) {
      const problem = message('answer.inputsObject', { maxKeys: maxInputKeys });
      throw validationError(problem, [{ field: 'inputs', message: problem }]);
    }
    return value as Record<string, number | null>;
  },
});

builder.scalarType('JSON', {
  description: 'Any JSON value; % item inputs are an object of numbers by input key, e.g. {"agen": 4}.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

// Everything but `health` and `login` needs a signed-in user.
builder.queryType({ authScopes: { signedIn: true } });
builder.mutationType({ authScopes: { signedIn: true } });

/**
 * A type-level check for a scoped model: the row resolves only for a user who reaches it, so no field
 * (a nested relation above all) can hand out a row outside the caller's reach.
 */
export const reachable =
  (model: ScopedModel) =>
  (row: { id: number }, context: Context): boolean | Promise<boolean> =>
    context.reaches(model, row.id);
