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
export { type LayerScoreEntry, saveLayerScore, saveLayerScores } from './scores.ts';
export { seed } from './seed/index.ts';
