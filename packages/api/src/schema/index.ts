import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from '../builder.ts';
import './health.ts';
import './tlhp.ts';
import './tlhp-overview.ts';
import './tlhp-import.ts';
import './workbook.ts';
import './report.ts';
import './agency.ts';
import './instrument.ts';
import './unit.ts';
import './user.ts';
import './score.ts';
import './evaluation.ts';
import './change.ts';
import './answer.ts';
import './evidence.ts';
import './review.ts';
import './progress.ts';
import './portalrb.ts';
import './analytics.ts';
import './survey.ts';

export const schema = builder.toSchema();

export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
