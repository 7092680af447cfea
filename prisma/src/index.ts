export {
  createPrismaClient,
  type Database,
  DatabaseError,
  type DatabaseKind,
  defaultDataDir,
  migrate,
  openDatabase,
  parseDatabaseUrl,
} from './database.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export { saveLayerScore } from './scores.ts';
export { seed } from './seed/index.ts';
