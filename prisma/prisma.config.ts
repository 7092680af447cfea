import { defineConfig } from 'prisma/config';

// Stock `prisma migrate deploy` against DATABASE_URL stays possible; the product itself migrates
// through the WASM schema engine (src/migrations.ts), which needs no download.
export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
