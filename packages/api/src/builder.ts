import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import type { DatabaseKind } from '@zi/db';
import type { PrismaClient, User } from '@zi/db/client';
import type PrismaTypes from '@zi/db/pothos-types';
import { getDatamodel } from '@zi/db/pothos-types';

export interface Context {
  prisma: PrismaClient;
  databaseKind: DatabaseKind;
  request: Request;
  /** The signed-in user, or null. */
  user: User | null;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
}>({
  plugins: [PrismaPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
  },
});

builder.queryType({});
