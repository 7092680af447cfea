export { createServer } from './server.ts';
export { printedSchema, schema } from './schema/index.ts';
