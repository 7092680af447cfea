import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from '../builder.ts';
import './health.ts';
import './agency.ts';
import './unit.ts';
import './user.ts';

export const schema = builder.toSchema();

export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
