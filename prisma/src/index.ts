export { ensureAdministrator, hasAdministrator } from './admin.ts';
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
export {
  answersOfLayer,
  installInstruments,
  type LoadedInstrument,
  loadInstrument,
  type StoredAnswer,
  shippedInstruments,
} from './instruments.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export {
  type AnswerRow,
  agencyFacts,
  type Completeness,
  type DecisionRecord,
  decisionFields,
  type EvaluationFacts,
  evaluationTlhp,
  prerequisiteFacts,
  recordDecision,
  refreshScoresForTlhp,
  refreshStoredScores,
  rescoreLayers,
  type ScoredEvaluation,
  scoreEvaluations,
  scoreLayer,
  scoringFields,
  storeScores,
  tlhpCutOff,
} from './scores.ts';
export { seed } from './seed/index.ts';
export { type TlhpKey, tlhpSettings, unitsOfRecommendations, unitTlhpCompletions } from './tlhp.ts';
