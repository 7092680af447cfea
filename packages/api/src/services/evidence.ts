import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import type { Prisma, PrismaClient, User } from '@zi/db/client';
import {
  canReadLayer,
  cleanFileName,
  defaultEvidenceLimits,
  type EvidenceLimits,
  evidenceQuotaProblem,
  evidenceSizeProblem,
  evidenceTitleProblem,
  isEvidenceType,
  type Layer,
  layers,
  type Message,
  message,
} from '@zi/schema';
import { fileTypeFromBuffer } from 'file-type';
import { findInScope } from '../access.ts';
import { forbidden, notFound, validationError } from '../errors.ts';
import type { ObjectStore } from '../storage/index.ts';
import { recordChange } from './changes.ts';
import { lockChangedEvaluation } from './evaluations.ts';
import { assertCanWriteItems } from './reviews.ts';

/** Where evidence files are uploaded (POST, the file as the body) and downloaded (GET `/{id}`). */
export const evidencePath = '/files/evidence';

const limitsKey = 'evidence.limits';
const signingKeyKey = 'evidence.signingKey';

/** The size limit per file and the quota per evaluation in force (settings), else the defaults. */
export async function evidenceLimits(
  prisma: PrismaClient | Prisma.TransactionClient,
): Promise<EvidenceLimits> {
  const setting = await prisma.setting.findUnique({ where: { key: limitsKey } });
  return { ...defaultEvidenceLimits, ...((setting?.value as Partial<EvidenceLimits> | null) ?? {}) };
}

export async function setEvidenceLimits(prisma: PrismaClient, limits: EvidenceLimits) {
  const value = { maxFileBytes: limits.maxFileBytes, quotaBytes: limits.quotaBytes };
  await prisma.setting.upsert({
    where: { key: limitsKey },
    create: { key: limitsKey, value },
    update: { value },
  });
  return value;
}

/** The bytes an evaluation's documents hold, every revision counted. */
export async function evidenceUsage(prisma: PrismaClient | Prisma.TransactionClient, evaluationId: number) {
  const [row] = await prisma.$queryRaw<[{ used: number }]>`
    SELECT coalesce(sum(b.size), 0)::float8 AS used FROM "EvidenceFile" f JOIN "EvidenceBlob" b ON b.sha256 = f.sha256
    WHERE f."evaluationId" = ${evaluationId}`;
  return row.used;
}

/** Why an upload is refused, with the HTTP status that says so. */
export class UploadRefused extends Error {
  constructor(
    readonly problem: Message,
    readonly status: number,
  ) {
    super(problem.id);
  }
}

/** Too large or over the quota: 413; anything else about the file: 400. */
const refusal = (problem: Message) =>
  new UploadRefused(problem, ['evidence.tooLarge', 'evidence.quota'].includes(problem.id) ? 413 : 400);

/** Enough of a file's start for its type to show (file-type reads at most this much of most formats). */
const headBytes = 64 * 1024;

/**
 * Passes a body through while hashing and counting it; holds back its first bytes until their content
 * shows an allowed type, so nothing of a refused file reaches storage, and stops at the size limit.
 */
class MeteredBody extends Transform {
  readonly hash = createHash('sha256');
  // Not `size`: the S3 client reads a body's `size` as its length before the upload.
  bytes = 0;
  contentType: string | null = null;
  private head: Buffer[] = [];
  private headSize = 0;

  constructor(private readonly limits: EvidenceLimits) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    const tooLarge = evidenceSizeProblem(this.bytes, this.limits);
    if (tooLarge) return done(refusal(tooLarge));
    this.hash.update(chunk);
    if (this.contentType) return done(null, chunk);
    this.head.push(chunk);
    this.headSize += chunk.length;
    if (this.headSize < headBytes) return done();
    this.release().then(() => done(), done);
  }

  override _flush(done: TransformCallback) {
    const empty = evidenceSizeProblem(this.bytes, this.limits);
    if (empty) return done(refusal(empty));
    if (this.contentType) return done();
    this.release().then(() => done(), done);
  }

  private async release() {
    const head = Buffer.concat(this.head);
    const detected = await fileTypeFromBuffer(head);
    if (!detected || !isEvidenceType(detected.mime))
      throw new UploadRefused(message('evidence.type', { detected: detected?.mime ?? null }), 415);
    this.contentType = detected.mime;
    this.head = [];
    this.push(head);
  }
}

export interface UploadRequest {
  evaluationId: number;
  layer: Layer;
  /** The item's code, e.g. `P.1.i.a`. */
  item: string;
  title: string;
  fileName: string;
  /** The length the client declared, refused early when over the limit. */
  declaredSize: number | null;
}

/** Reads an upload's query parameters; a missing or malformed one is VALIDATION naming it. */
export function uploadRequestOf(query: URLSearchParams, declaredSize: number | null): UploadRequest {
  const evaluationId = Number(query.get('evaluationId'));
  const layer = query.get('layer') ?? '';
  const problems = [
    ...(Number.isSafeInteger(evaluationId) && evaluationId > 0
      ? []
      : [{ field: 'evaluationId', message: message('value.required') }]),
    ...((layers as readonly string[]).includes(layer)
      ? []
      : [{ field: 'layer', message: message('value.required') }]),
    ...(query.get('item') ? [] : [{ field: 'item', message: message('value.required') }]),
  ];
  const titleProblem = evidenceTitleProblem(query.get('title') ?? '');
  if (titleProblem) problems.push({ field: 'title', message: titleProblem });
  if (problems.length)
    throw validationError(message('evidence.invalid', { count: problems.length }), problems);
  return {
    evaluationId,
    layer: layer as Layer,
    item: query.get('item') ?? '',
    title: (query.get('title') ?? '').trim(),
    fileName: cleanFileName(query.get('fileName') ?? query.get('title') ?? ''),
    declaredSize,
  };
}

/** The evaluation, item and limits an upload or deletion by `user` may go ahead with; refused otherwise. */
async function writableTarget(
  prisma: PrismaClient,
  user: User,
  evaluationId: number,
  layer: Layer,
  item: string,
) {
  const evaluation = await findInScope(prisma, user, 'evaluation', evaluationId);
  if (!canReadLayer(user, layer)) throw forbidden(message('layer.unreadable', { layer }), 'layer');
  await assertCanWriteItems(prisma, user, evaluationId, layer, evaluation.stage, [item], 'layer');
  const instrumentItem = await prisma.instrumentItem.findFirst({
    where: { instrumentId: evaluation.instrumentId, code: item },
    select: { id: true, code: true },
  });
  if (!instrumentItem)
    throw validationError(message('answer.unknownItem', { item }), [
      { field: 'item', message: message('answer.unknownItem', { item }) },
    ]);
  return { evaluation, item: instrumentItem };
}

/** A document revision as the API and the change log show it. */
const fileSelection = {
  id: true,
  evaluationId: true,
  layer: true,
  title: true,
  revision: true,
  fileName: true,
  sha256: true,
  uploadedAt: true,
  uploadedById: true,
  item: { select: { code: true } },
  blob: { select: { size: true, contentType: true } },
} as const;

/** A revision as the upload answers it and the change log keeps it. */
export const describedFile = (file: Prisma.EvidenceFileGetPayload<{ select: typeof fileSelection }>) => ({
  id: file.id,
  item: file.item.code,
  layer: file.layer,
  title: file.title,
  revision: file.revision,
  fileName: file.fileName,
  size: file.blob.size,
  contentType: file.blob.contentType,
  sha256: file.sha256,
  uploadedAt: file.uploadedAt,
});

/** Locks the blob of `sha256` for the rest of the transaction: uploads of one content, and its deletion, queue. */
const lockContent = (tx: Prisma.TransactionClient, sha256: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`evidence:${sha256}`}, 0))`;

/**
 * Stores one uploaded file as the next revision of its document: streamed to a new object while it is
 * hashed, counted and its type judged by content; then, in one transaction, the row (sharing the stored
 * content of an identical file) and the change-log entry. Whatever fails leaves no row, and the object
 * written for it is removed (or, after a crash, swept).
 */
export async function uploadEvidence(
  prisma: PrismaClient,
  store: ObjectStore,
  user: User,
  request: UploadRequest,
  body: Readable,
) {
  const { evaluation, item } = await writableTarget(
    prisma,
    user,
    request.evaluationId,
    request.layer,
    request.item,
  );
  const limits = await evidenceLimits(prisma);
  if (request.declaredSize !== null) {
    const refused =
      evidenceSizeProblem(request.declaredSize, limits) ??
      evidenceQuotaProblem(await evidenceUsage(prisma, evaluation.id), request.declaredSize, limits);
    if (refused) throw refusal(refused);
  }
  const key = `evidence/${randomUUID()}`;
  const metered = new MeteredBody(limits);
  body.on('aborted', () => metered.destroy(refusal(message('evidence.cutOff'))));
  // A small file is judged before the store has started reading: its refusal is kept here until then.
  let refused: UploadRefused | undefined;
  metered.on('error', (error) => {
    if (error instanceof UploadRefused) refused ??= error;
  });
  try {
    await store.put(key, body.pipe(metered));
    if (refused) throw refused;
  } catch (error) {
    await store.delete(key).catch(() => undefined);
    if (refused) throw refused;
    if (error instanceof UploadRefused) throw error;
    if (body.readableAborted) throw refusal(message('evidence.cutOff'));
    console.error('evidence storage failed:', error);
    throw new UploadRefused(message('evidence.storage'), 503);
  }
  const sha256 = metered.hash.digest('hex');
  const contentType = metered.contentType ?? 'application/octet-stream';
  let sharedContent = false;
  try {
    const file = await prisma.$transaction(async (tx) => {
      const stage = await lockChangedEvaluation(tx, evaluation.id);
      await assertCanWriteItems(tx, user, evaluation.id, request.layer, stage, [request.item], 'layer');
      const quota = evidenceQuotaProblem(await evidenceUsage(tx, evaluation.id), metered.bytes, limits);
      if (quota) throw refusal(quota);
      await lockContent(tx, sha256);
      sharedContent =
        (await tx.evidenceBlob.findUnique({ where: { sha256 }, select: { sha256: true } })) !== null;
      if (!sharedContent)
        await tx.evidenceBlob.create({ data: { sha256, storageKey: key, size: metered.bytes, contentType } });
      const previous = await tx.evidenceFile.aggregate({
        where: { evaluationId: evaluation.id, layer: request.layer, itemId: item.id, title: request.title },
        _max: { revision: true },
      });
      const created = await tx.evidenceFile.create({
        data: {
          evaluationId: evaluation.id,
          layer: request.layer,
          itemId: item.id,
          title: request.title,
          revision: (previous._max.revision ?? 0) + 1,
          fileName: request.fileName,
          sha256,
          uploadedById: user.id,
        },
        select: fileSelection,
      });
      await recordChange(tx, {
        entity: 'EvidenceFile',
        entityId: created.id,
        action: 'CREATE',
        after: describedFile(created),
        actorId: user.id,
        evaluationId: evaluation.id,
        layer: request.layer,
      });
      return created;
    });
    if (sharedContent) await store.delete(key).catch(() => undefined);
    return file;
  } catch (error) {
    await store.delete(key).catch(() => undefined);
    throw error;
  }
}

/**
 * Withdraws the newest revision of a document, by whoever may write its layer now (older revisions are
 * its history: they go only after the newer ones); the stored content goes when no revision of any
 * document carries it any more.
 */
export async function deleteEvidenceFile(prisma: PrismaClient, store: ObjectStore, user: User, id: number) {
  const file = await prisma.evidenceFile.findUnique({ where: { id }, select: fileSelection });
  if (!file || !canReadLayer(user, file.layer)) throw notFound('evidenceFile', id);
  await findInScope(prisma, user, 'evaluation', file.evaluationId).catch(() => {
    throw notFound('evidenceFile', id);
  });
  const removedKey = await prisma.$transaction(async (tx) => {
    const stage = await lockChangedEvaluation(tx, file.evaluationId);
    await assertCanWriteItems(tx, user, file.evaluationId, file.layer, stage, [file.item.code], 'id');
    const newer = await tx.evidenceFile.count({
      where: {
        evaluationId: file.evaluationId,
        layer: file.layer,
        item: { code: file.item.code },
        title: file.title,
        revision: { gt: file.revision },
      },
    });
    if (newer)
      throw validationError(message('evidence.onlyLatest'), [
        { field: 'id', message: message('evidence.onlyLatest') },
      ]);
    await lockContent(tx, file.sha256);
    await tx.evidenceFile.delete({ where: { id } });
    await recordChange(tx, {
      entity: 'EvidenceFile',
      entityId: id,
      action: 'DELETE',
      before: describedFile(file),
      actorId: user.id,
      evaluationId: file.evaluationId,
      layer: file.layer,
    });
    if (await tx.evidenceFile.count({ where: { sha256: file.sha256 } })) return null;
    return (await tx.evidenceBlob.delete({ where: { sha256: file.sha256 } })).storageKey;
  });
  if (removedKey) await store.delete(removedKey).catch(() => undefined);
  return true;
}

/**
 * Makes storage and database agree: removes content no revision carries, and objects (and unfinished
 * writes) no row names, once older than `graceMs` (an upload's object is written before its row).
 */
export async function sweepEvidence(
  prisma: PrismaClient,
  store: ObjectStore,
  { graceMs = 60 * 60 * 1000, now = new Date() } = {},
) {
  const before = new Date(now.getTime() - graceMs);
  const unreferenced = await prisma.$queryRaw<{ storageKey: string }[]>`
    DELETE FROM "EvidenceBlob" b
    WHERE b."createdAt" < ${before}
      AND NOT EXISTS (SELECT 1 FROM "EvidenceFile" f WHERE f.sha256 = b.sha256)
      AND pg_try_advisory_xact_lock(hashtextextended('evidence:' || b.sha256, 0))
    RETURNING b."storageKey"`;
  const named = new Set(
    (await prisma.evidenceBlob.findMany({ select: { storageKey: true } })).map((blob) => blob.storageKey),
  );
  let objects = 0;
  for await (const object of store.list()) {
    if (named.has(object.key) || object.writtenAt >= before) continue;
    await store.delete(object.key);
    objects += 1;
  }
  // The content just removed was written before its row, so the listing has deleted it too.
  return { contents: unreferenced.length, objects };
}

/** How long a download link works. */
export const downloadLinkSeconds = 10 * 60;

let signingKey: Promise<Buffer> | undefined;

/** The key download links are signed with: made once per deployment and kept in the database, so every replica shares it. */
function linkKey(prisma: PrismaClient) {
  signingKey ??= (async () => {
    await prisma.setting.createMany({
      data: [{ key: signingKeyKey, value: randomBytes(32).toString('base64') }],
      skipDuplicates: true,
    });
    const setting = await prisma.setting.findUniqueOrThrow({ where: { key: signingKeyKey } });
    return Buffer.from(String(setting.value), 'base64');
  })().catch((error: unknown) => {
    signingKey = undefined;
    throw error;
  });
  return signingKey;
}

const signature = (key: Buffer, fileId: number, userId: number, expires: number) =>
  createHmac('sha256', key).update(`${fileId}.${userId}.${expires}`).digest('base64url');

/** The path that downloads a revision for `user` until the link expires; the caller has checked the reach. */
export async function downloadPath(prisma: PrismaClient, fileId: number, user: User, now = Date.now()) {
  const expires = Math.floor(now / 1000) + downloadLinkSeconds;
  const signed = signature(await linkKey(prisma), fileId, user.id, expires);
  return `/files/evidence/${fileId}?user=${user.id}&expires=${expires}&signature=${signed}`;
}

/**
 * The user a signed download link was made for, when the link is genuine and unexpired; refused
 * otherwise.
 */
export async function signedUser(prisma: PrismaClient, fileId: number, query: URLSearchParams) {
  const userId = Number(query.get('user'));
  const expires = Number(query.get('expires'));
  const given = Buffer.from(query.get('signature') ?? '');
  const expected = Buffer.from(signature(await linkKey(prisma), fileId, userId, expires));
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw forbidden(message('evidence.linkInvalid'), 'signature');
  if (expires * 1000 < Date.now()) throw forbidden(message('evidence.linkExpired'), 'expires');
  return prisma.user.findFirst({ where: { id: userId, active: true } });
}

/**
 * A revision with its stored content, when `user` reaches its evaluation and may read its layer;
 * NOT_FOUND otherwise, the same as for a revision that does not exist.
 */
export async function readableFile(prisma: PrismaClient, user: User | null, fileId: number) {
  const file = await prisma.evidenceFile.findUnique({
    where: { id: fileId },
    select: { ...fileSelection, blob: { select: { size: true, contentType: true, storageKey: true } } },
  });
  if (!user || !file || !canReadLayer(user, file.layer)) throw notFound('evidenceFile', fileId);
  await findInScope(prisma, user, 'evaluation', file.evaluationId).catch(() => {
    throw notFound('evidenceFile', fileId);
  });
  return file;
}

/** A revision's lasting address: it downloads for whoever is signed in and may read it (workbooks carry it). */
export const documentUrl = (origin: string, fileId: number) => `${origin}${evidencePath}/${fileId}`;

/** The newest revision of each document of a layer, by item id: what a workbook or report lists. */
export async function latestDocuments(prisma: PrismaClient, evaluationId: number, layer: Layer) {
  const rows = await prisma.evidenceFile.findMany({
    where: { evaluationId, layer },
    distinct: ['itemId', 'title'],
    orderBy: [{ itemId: 'asc' }, { title: 'asc' }, { revision: 'desc' }],
    select: { id: true, itemId: true, title: true, revision: true, fileName: true },
  });
  const byItem = new Map<number, typeof rows>();
  for (const row of rows) byItem.set(row.itemId, [...(byItem.get(row.itemId) ?? []), row]);
  return byItem;
}
