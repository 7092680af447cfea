import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { DatabaseKind } from '@zi/db';
import type { PrismaClient, Role, User } from '@zi/db/client';
import type PrismaTypes from '@zi/db/pothos-types';
import { getDatamodel } from '@zi/db/pothos-types';
import type { TlhpSummary } from '@zi/schema';
import { GraphQLError } from 'graphql';
import { errorCodes } from './errors.ts';

export interface Context {
  prisma: PrismaClient;
  databaseKind: DatabaseKind;
  request: Request;
  /** The caller's address, for rate limits. */
  clientIp: string;
  /** The signed-in user, or null. */
  user: User | null;
  /** Unit TLHP completion up to a year, batched per request. */
  tlhpUpTo: (unitId: number, year: number) => Promise<TlhpSummary>;
}

/** Requests that reach a guarded field with a user have one. */
export type SignedInContext = Context & { user: User };

export const maxPageSize = 200;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  AuthScopes: { signedIn: boolean; role: Role[] };
  AuthContexts: { signedIn: SignedInContext; role: SignedInContext };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authScopes: (context) => ({
      signedIn: context.user !== null,
      role: (roles) => context.user !== null && roles.includes(context.user.role),
    }),
    unauthorizedError: (_parent, context) =>
      context.user
        ? new GraphQLError('Peran Anda tidak berwenang untuk operasi ini.', {
            extensions: { code: errorCodes.FORBIDDEN },
          })
        : new GraphQLError('Silakan masuk terlebih dahulu.', {
            extensions: { code: errorCodes.UNAUTHENTICATED },
          }),
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
  description: 'An ISO 8601 date-time, e.g. 2025-05-31T00:00:00.000Z.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) {
      throw new GraphQLError(`${JSON.stringify(value)} is not an ISO 8601 date-time`, {
        extensions: { code: errorCodes.VALIDATION },
      });
    }
    return date;
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

/** The signed-in user of a field guarded by `signedIn` or `role` scopes. */
export function currentUser(context: Context): User {
  if (!context.user) {
    throw new GraphQLError('Silakan masuk terlebih dahulu.', {
      extensions: { code: errorCodes.UNAUTHENTICATED },
    });
  }
  return context.user;
}
