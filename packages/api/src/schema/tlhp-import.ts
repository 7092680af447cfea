import type { PrismaClient, User } from '@zi/db/client';
import {
  type MatchedRow,
  message,
  planTlhpImport,
  readTlhpTable,
  renderMessage,
  type StoredRecommendation,
  type TlhpImportPlan,
  type TlhpImportProblem,
  type TlhpImportRow,
  type TlhpStatus,
} from '@zi/schema';
import { WorkbookError } from '@zi/schema/workbook';
import { scopeOf } from '../access.ts';
import { builder, costOf } from '../builder.ts';
import { conflict, unreadableFile, validationError } from '../errors.ts';
import { base64File, text } from '../inputs.ts';
import { recordChanges } from '../services/changes.ts';
import { uniqueViolation } from '../services/evaluations.ts';
import { appendHistory, recordStatusChanges } from '../services/tlhp.ts';
import { readTableInWorker } from '../workbook-worker.ts';
import { AuditorEnum, TlhpStatusEnum } from './tlhp.ts';

/** The largest follow-up list taken (the argument's length is checked before it is decoded). */
const maxFileMegabytes = 20;

const ImportRow = builder.objectRef<TlhpImportRow>('TlhpImportRow').implement({
  fields: (t) => ({
    line: t.exposeInt('line', { description: 'The row in the file; 1 is the header.' }),
    auditor: t.expose('auditor', {
      type: AuditorEnum,
      nullable: true,
      description: 'The Pemeriksa column, where the list has one.',
    }),
    reportNumber: t.exposeString('reportNumber'),
    findingNumber: t.exposeString('findingNumber'),
    findingTitle: t.exposeString('findingTitle'),
    recommendationNumber: t.exposeString('recommendationNumber'),
    recommendationText: t.exposeString('recommendationText'),
    status: t.expose('status', { type: TlhpStatusEnum }),
    amount: t.exposeFloat('amount', { nullable: true }),
    recoveredAmount: t.exposeFloat('recoveredAmount', { nullable: true }),
    dueDate: t.exposeString('dueDate', { nullable: true }),
  }),
});

const ImportUpdate = builder.objectRef<TlhpImportPlan['update'][number]>('TlhpImportUpdate').implement({
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'The recommendation that changes.' }),
    row: t.field({ type: ImportRow, resolve: (update) => update.row }),
    changes: t.field({
      type: 'JSON',
      description: 'Per changed field: `{from, to}`.',
      resolve: (update) => update.changes,
    }),
  }),
});

const ImportProblem = builder.objectRef<TlhpImportProblem>('TlhpImportProblem').implement({
  fields: (t) => ({
    line: t.exposeInt('line'),
    column: t.exposeString('column', { nullable: true }),
    message: t.string({ resolve: (problem, _args, { locale }) => renderMessage(problem.message, locale) }),
    messageId: t.string({ resolve: (problem) => problem.message.id }),
  }),
});

const ImportPlan = builder.objectRef<TlhpImportPlan & { committed: boolean }>('TlhpImportPlan').implement({
  description:
    'What an import does (preview) or did (commit): rows to create, to update, left alone, rejected.',
  fields: (t) => ({
    create: t.field({ type: [ImportRow], resolve: (plan) => plan.create }),
    update: t.field({ type: [ImportUpdate], resolve: (plan) => plan.update }),
    unchanged: t.exposeInt('unchanged'),
    reject: t.field({ type: [ImportProblem], resolve: (plan) => plan.reject }),
    committed: t.exposeBoolean('committed'),
  }),
});

/** Reads the file and plans the import against the recommendations of the audits the user reaches. */
async function planFile(prisma: PrismaClient, user: User, file: string, filename: string) {
  const bytes = Buffer.from(file, 'base64');
  if (!bytes.length) throw unreadableFile(message('file.empty'));
  let table: unknown[][];
  try {
    table = await readTableInWorker(bytes, filename);
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    throw unreadableFile(error.reason);
  }
  const { rows, problems } = readTlhpTable(table);
  const audits = await prisma.audit.findMany({
    where: scopeOf(user).audit,
    select: { id: true, auditor: true, reportNumber: true },
  });
  const stored = await prisma.$queryRaw<StoredRecommendation[]>`
    SELECT r.id, a.id AS "auditId", a."reportNumber", f.number AS "findingNumber", r.number, r.text, r.status::text AS status,
           r.amount::float8 AS amount, r."recoveredAmount"::float8 AS "recoveredAmount",
           to_char(r."dueDate", 'YYYY-MM-DD') AS "dueDate"
    FROM "Recommendation" r JOIN "Finding" f ON f.id = r."findingId" JOIN "Audit" a ON a.id = f."auditId"
    WHERE a.id = ANY(${audits.map((audit) => audit.id)}::int[])`;
  return planTlhpImport(rows, problems, stored, audits);
}

/** Writes a plan without rejections: new findings and recommendations, then the updates, with history and log. */
async function commit(prisma: PrismaClient, user: User, plan: TlhpImportPlan, filename: string) {
  const note = `Diimpor dari ${filename}`;
  const column = <T>(rows: readonly MatchedRow[], pick: (row: MatchedRow) => T) => rows.map(pick);
  await prisma.$transaction(
    async (tx) => {
      const creates = plan.create;
      if (creates.length) {
        await tx.$executeRaw`
          INSERT INTO "Finding" ("auditId", "number", "title")
          SELECT DISTINCT ON (audit_id, number) audit_id, number, title
          FROM unnest(${column(creates, (row) => row.auditId)}::int[],
                      ${column(creates, (row) => row.findingNumber)}::text[], ${column(creates, (row) => row.findingTitle || row.findingNumber)}::text[])
               AS incoming(audit_id, number, title)
          ON CONFLICT ("auditId", "number") DO NOTHING`;
        const created = await tx.$queryRaw<{ id: number; status: TlhpStatus }[]>`
          INSERT INTO "Recommendation" ("findingId", "number", "text", "status", "amount", "recoveredAmount", "dueDate", "updatedAt")
          SELECT f.id, i.number, i.text, i.status::"TlhpStatus", i.amount::numeric, i.recovered::numeric, i.due::timestamp, now()
          FROM unnest(${column(creates, (row) => row.auditId)}::int[], ${column(creates, (row) => row.findingNumber)}::text[],
                      ${column(creates, (row) => row.recommendationNumber)}::text[], ${column(creates, (row) => row.recommendationText)}::text[],
                      ${column(creates, (row) => row.status)}::text[], ${column(creates, (row) => row.amount)}::float8[],
                      ${column(creates, (row) => row.recoveredAmount)}::float8[], ${column(creates, (row) => row.dueDate)}::text[])
               AS i(audit_id, finding_number, number, text, status, amount, recovered, due)
          JOIN "Finding" f ON f."auditId" = i.audit_id AND f.number = i.finding_number
          RETURNING id, status::text AS status`;
        await recordStatusChanges(
          tx,
          created.map((row) => ({ id: row.id, from: null, to: row.status })),
          { note, evidence: [], actorId: user.id },
        );
      }
      const updates = plan.update;
      if (updates.length) {
        const ids = updates.map((update) => update.id);
        // Locked, so a status someone changes meanwhile is the one the history starts from.
        const locked = new Map(
          (
            await tx.$queryRaw<{ id: number; status: TlhpStatus }[]>`
              SELECT id, status::text AS status FROM "Recommendation" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`
          ).map((row) => [row.id, row.status]),
        );
        const changed = (field: keyof TlhpImportPlan['update'][number]['changes']) =>
          updates.map((update) => (field in update.changes ? update.row[field] : null));
        await tx.$executeRaw`
          UPDATE "Recommendation" r SET
            "text" = coalesce(d.text, r.text), "status" = coalesce(d.status::"TlhpStatus", r.status),
            "amount" = coalesce(d.amount::numeric, r.amount), "recoveredAmount" = coalesce(d.recovered::numeric, r."recoveredAmount"),
            "dueDate" = coalesce(d.due::timestamp, r."dueDate"), "version" = r.version + 1, "updatedAt" = now()
          FROM unnest(${ids}::int[], ${changed('recommendationText')}::text[], ${changed('status')}::text[],
                      ${changed('amount')}::float8[], ${changed('recoveredAmount')}::float8[],
                      ${changed('dueDate')}::text[]) AS d(id, text, status, amount, recovered, due)
          WHERE r.id = d.id`;
        const moved = updates.filter(
          (update) => 'status' in update.changes && locked.get(update.id) !== update.row.status,
        );
        await appendHistory(
          tx,
          moved.map((update) => ({
            id: update.id,
            from: locked.get(update.id) ?? null,
            to: update.row.status,
          })),
          { note, evidence: [], actorId: user.id },
        );
        await recordChanges(
          tx,
          updates.map((update) => ({
            entity: 'Recommendation',
            entityId: update.id,
            action: 'UPDATE' as const,
            before: Object.fromEntries(
              Object.entries(update.changes).map(([field, change]) => [field, change?.from]),
            ),
            after: {
              ...Object.fromEntries(
                Object.entries(update.changes).map(([field, change]) => [field, change?.to]),
              ),
              note,
            },
            actorId: user.id,
          })),
        );
      }
    },
    { timeout: 120_000 },
  );
}

const fileArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  file: t.arg.string(base64File(maxFileMegabytes, 'The .xlsx or .csv file, base64-encoded.')),
  filename: t.arg.string(text('name', 'Its name; .csv files are read as text.')),
});

builder.mutationFields((t) => ({
  previewTlhpImport: t.withAuth({ may: 'tlhp.write' }).field({
    type: ImportPlan,
    complexity: costOf.file,
    description:
      'Reads a follow-up list (one row per recommendation: report, finding and recommendation numbers and texts, ' +
      'status word, amounts, due date) and says what importing it would create, update and reject. Writes nothing.',
    args: fileArgs(t),
    resolve: async (_root, { file, filename }, { prisma, user }) => ({
      ...(await planFile(prisma, user, file, filename)),
      committed: false,
    }),
  }),
  importTlhp: t.withAuth({ may: 'tlhp.write' }).field({
    type: ImportPlan,
    complexity: costOf.file,
    description:
      'Imports a follow-up list all or nothing: refused with VALIDATION (each rejected line) when any row is ' +
      'rejected. Keyed by report + finding + recommendation numbers, so the same file twice changes nothing.',
    args: fileArgs(t),
    resolve: async (_root, { file, filename }, { prisma, user }) => {
      const planned = await planFile(prisma, user, file, filename);
      if (planned.reject.length) {
        throw validationError(
          message('tlhpImport.rejected', { count: planned.reject.length }),
          planned.reject.map((problem) => ({
            field: `file:${problem.line}${problem.column ? `.${problem.column}` : ''}`,
            message: problem.message,
          })),
        );
      }
      await commit(prisma, user, planned, filename).catch((error: unknown) => {
        if (!uniqueViolation(error)) throw error;
        throw conflict(message('tlhpImport.changedMeanwhile'), [{ field: 'file' }]);
      });
      return { ...planned, committed: true };
    },
  }),
}));
