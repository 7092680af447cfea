import { writeFile } from 'node:fs/promises';
import { printedSchema } from './schema/index.ts';

await writeFile(new URL('../schema.graphql', import.meta.url), printedSchema());
