import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build for our sources while Node gives Pothos and Yoga its CommonJS
    // build: two copies of graphql's classes. Tests use the one Node uses, as production does.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql', { paths: ['packages/api'] }) }],
  },
  test: {
    include: ['{prisma,packages/*}/test/**/*.test.{ts,tsx}', 'packages/*/src/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
