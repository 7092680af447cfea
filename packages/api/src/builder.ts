import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import type { DatabaseKind } from '@zi/db';
import type { PrismaClient } from '@zi/db/client';
import type PrismaTypes from '@zi/db/pothos-types';
import { getDatamodel } from '@zi/db/pothos-types';

export interface Context {
  prisma: PrismaClient;
  databaseKind: DatabaseKind;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
}>({
  plugins: [PrismaPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
  },
});

builder.queryType({});
