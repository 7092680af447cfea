export { launchChromium } from './chromium.ts';
export { printedSchema, schema } from './schema/index.ts';
export { createServer } from './server.ts';
