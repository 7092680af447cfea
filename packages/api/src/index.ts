export { launchChromium } from './chromium.ts';
export { printedSchema, schema } from './schema/index.ts';
export { createServer } from './server.ts';
export { directoryStore, type ObjectStore, s3Store, storeFrom } from './storage/index.ts';
