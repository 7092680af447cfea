import { createHash, randomBytes } from 'node:crypto';
import { agencyFacts, loadInstrument } from '@zi/db';
import type { Prisma, PrismaClient, User } from '@zi/db/client';
import {
  agencyEligible,
  instrumentForYear,
  type Message,
  mapMasterList,
  message,
  type Predicate,
  parseMasterList,
  portalrbValue,
  type SoalTarget,
  type Stage,
} from '@zi/schema';
import { findInScope } from '../access.ts';
import { validationError } from '../errors.ts';
import { documentUrl } from './evidence.ts';

/** Where the PortalRB endpoints live; PortalRB is given this base URL and the three paths under it. */
export const portalrbBase = '/portalrb/v1';

/** The stages at which an agency has proposed a unit: from DIUSULKAN on. */
export const proposedStages: readonly Stage[] = [
  'DIUSULKAN',
  'EVALUASI_TPN',
  'DITETAPKAN',
  'TIDAK_DITETAPKAN',
  'DICABUT',
];

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new token for an agency, returned once; only its hash is stored. */
export async function createPortalrbToken(
  prisma: PrismaClient,
  user: User,
  input: { agencyId: number; name: string; expiresAt?: Date | null },
) {
  await findInScope(prisma, user, 'agency', input.agencyId);
  if (!input.name.trim())
    throw validationError(message('value.required'), [{ field: 'name', message: message('value.required') }]);
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
    throw validationError(message('portalrb.expiryPast'), [
      { field: 'expiresAt', message: message('portalrb.expiryPast') },
    ]);
  const token = `zirb_${randomBytes(32).toString('base64url')}`;
  const record = await prisma.portalrbToken.create({
    data: {
      agencyId: input.agencyId,
      name: input.name.trim(),
      tokenHash: hashOf(token),
      expiresAt: input.expiresAt ?? null,
      createdById: user.id,
    },
  });
  return { token, record };
}

/** The token's agency, if it is valid now (known, not revoked, not expired); marks it used. One statement. */
export async function tokenAgency(prisma: PrismaClient, token: string) {
  const [row] = await prisma.$queryRaw<{ id: number; agencyId: number }[]>`
    UPDATE "PortalrbToken" SET "lastUsedAt" = now()
    WHERE "tokenHash" = ${hashOf(token)} AND "revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > now())
    RETURNING id, "agencyId"`;
  return row ?? null;
}

/** A JSON answer of the contract: a body, or `{error, code, message}` with its status. */
export interface PortalrbAnswer {
  status: number;
  body: unknown;
  /** For the fetch log. */
  unitCode?: string;
  /** Seconds until the rate limit lets the token call again. */
  retryAfter?: number;
}

export const portalrbError = (status: number, code: string, text: string): PortalrbAnswer => ({
  status,
  body: { error: true, code, message: text },
});

/** Whether the agency meets WBBM's agency prerequisites in the year: whether PortalRB may take a WBBM list. */
export async function wbbmEligible(prisma: PrismaClient, agencyId: number, year: number) {
  const [agency, instruments] = await Promise.all([
    prisma.agency.findUniqueOrThrow({
      where: { id: agencyId },
      select: { kind: true, profiles: { where: { year } } },
    }),
    prisma.instrument.findMany({ select: { id: true, validFromYear: true, validToYear: true } }),
  ]);
  const inForce = instrumentForYear(year, instruments);
  return Boolean(
    inForce &&
      agencyEligible((await loadInstrument(prisma, inForce.id)).definition, 'WBBM', agencyFacts(agency)),
  );
}

/**
 * The evaluations an agency has proposed for a predicate in a year (stage DIUSULKAN or later, the target
 * predicate deciding the list), by unit name: what PortalRB's list shows, and the console's preview.
 */
export function proposedEvaluations<Select extends Prisma.EvaluationSelect>(
  prisma: PrismaClient,
  agencyId: number,
  year: number,
  predicate: Predicate,
  select: Select,
) {
  return prisma.evaluation.findMany({
    where: { year, targetPredicate: predicate, stage: { in: [...proposedStages] }, unit: { agencyId } },
    select,
    orderBy: { unit: { name: 'asc' } },
  });
}

/** `kategori` of a unit on PortalRB's lists. */
export const kategoriOf = (predicate: Predicate, afirmasi: boolean) =>
  predicate === 'WBK' && afirmasi ? 'WBK-AFIRMASI' : predicate;

/**
 * PortalRB's unit list of an agency for a predicate in a year; the WBBM list is refused where the agency
 * does not meet WBBM's agency prerequisites that year.
 */
export async function nominations(
  prisma: PrismaClient,
  agencyId: number,
  year: number,
  predicate: Predicate,
  say: (message: Message) => string,
): Promise<PortalrbAnswer> {
  if (predicate === 'WBBM' && !(await wbbmEligible(prisma, agencyId, year)))
    return portalrbError(403, 'NOT_ELIGIBLE', say(message('portalrb.notEligible', { year })));
  const evaluations = await proposedEvaluations(prisma, agencyId, year, predicate, {
    unit: { select: { code: true, name: true, afirmasi: true } },
  });
  return {
    status: 200,
    body: {
      tahun: year,
      units: evaluations.map(({ unit }) => ({
        id: unit.code,
        nama: unit.name,
        kategori: kategoriOf(predicate, unit.afirmasi),
        afirmasi: unit.afirmasi,
      })),
    },
  };
}

type AnswerRow = {
  item: string;
  layer: 'UNIT' | 'TPI';
  option: string | null;
  inputs: Record<string, number | null> | null;
  score: number | null;
  note: string | null;
  evidence: string[];
};

type UnitRow = {
  agencyId: number;
  code: string;
  name: string;
  evaluationId: number | null;
  instrumentId: number | null;
  answers: AnswerRow[];
  documents: { item: string; id: number }[];
  mapping: SoalTarget[] | null;
  mappedInstrumentId: number | null;
};

/**
 * A unit's proposal in a year with everything its answers need, in one statement. Codes are unique
 * within an agency: the token's agency's unit of that code, else another agency's (to refuse it).
 */
function readUnit(prisma: PrismaClient, agencyId: number, unitCode: string, year: number) {
  return prisma.$queryRaw<UnitRow[]>`
    SELECT u."agencyId", u.code, u.name, e.id AS "evaluationId", e."instrumentId",
      coalesce((SELECT json_agg(json_build_object('item', i.code, 'layer', a.layer, 'option', a.option,
                 'inputs', a.inputs, 'score', a.score, 'note', a.note, 'evidence', a.evidence))
                FROM "Answer" a JOIN "InstrumentItem" i ON i.id = a."itemId"
                WHERE a."evaluationId" = e.id AND a.layer IN ('UNIT', 'TPI')), '[]') AS answers,
      coalesce((SELECT json_agg(json_build_object('item', f.code, 'id', f.id) ORDER BY f.code, f.title)
                FROM (SELECT DISTINCT ON (d."itemId", d.title) d.id, d.title, i.code
                      FROM "EvidenceFile" d JOIN "InstrumentItem" i ON i.id = d."itemId"
                      WHERE d."evaluationId" = e.id AND d.layer = 'UNIT'
                      ORDER BY d."itemId", d.title, d.revision DESC) f), '[]') AS documents,
      m.mapping, m."instrumentId" AS "mappedInstrumentId"
    FROM "Unit" u
    LEFT JOIN "Evaluation" e ON e."unitId" = u.id AND e.year = ${year}
      AND e.stage::text = ANY(${[...proposedStages]}::text[])
    LEFT JOIN "PortalrbMasterList" m ON m.year = ${year}
    WHERE u.code = ${unitCode}
    ORDER BY u."agencyId" = ${agencyId} DESC
    LIMIT 1`;
}

/**
 * One proposed unit's LKE answers as PortalRB takes them, soal by soal in the master list's order:
 * `jawaban_unit` from the UNIT layer, `jawaban_tpi` from the TPI layer, as each layer's score reads them (an
 * official survey result is written into every layer),
 * a % item's inputs one soal each, the item's notes and its evidence (links, then the lasting address of
 * each document's newest revision) on each of its soal.
 */
export async function unitAnswers(
  prisma: PrismaClient,
  agencyId: number,
  unitCode: string,
  year: number,
  origin: string,
  say: (message: Message) => string,
): Promise<PortalrbAnswer> {
  const [unit] = await readUnit(prisma, agencyId, unitCode, year);
  if (!unit)
    return portalrbError(404, 'DATA_NOT_FOUND', say(message('portalrb.unitUnknown', { unit: unitCode })));
  if (unit.agencyId !== agencyId)
    return portalrbError(403, 'FORBIDDEN', say(message('portalrb.notYourUnit', { unit: unitCode })));
  if (unit.evaluationId === null || unit.instrumentId === null)
    return portalrbError(404, 'NOT_PROPOSED', say(message('portalrb.notProposed', { unit: unitCode, year })));
  if (!unit.mapping || unit.mappedInstrumentId !== unit.instrumentId)
    return portalrbError(500, 'MASTER_LIST_MISSING', say(message('portalrb.noMasterList', { year })));
  const answerOf = new Map(unit.answers.map((answer) => [`${answer.layer}/${answer.item}`, answer]));
  const documentsOf = new Map<string, string[]>();
  for (const document of unit.documents)
    documentsOf.set(document.item, [
      ...(documentsOf.get(document.item) ?? []),
      documentUrl(origin, document.id),
    ]);
  const soalValue = (target: SoalTarget, answer: AnswerRow | undefined) => {
    if (target.input) return portalrbValue(answer?.inputs?.[target.input]);
    return portalrbValue(answer?.option ?? answer?.score);
  };
  return {
    status: 200,
    unitCode: unit.code,
    body: {
      unit_id: unit.code,
      nama_unit: unit.name,
      tahun: year,
      answers: unit.mapping.map((target) => {
        const own = answerOf.get(`UNIT/${target.item}`);
        const tpi = answerOf.get(`TPI/${target.item}`);
        const evidence = [...(own?.evidence ?? []), ...(documentsOf.get(target.item) ?? [])];
        return {
          soal_id: target.soal,
          jawaban_unit: soalValue(target, own),
          jawaban_tpi: soalValue(target, tpi),
          catatan_unit: own?.note ?? null,
          bukti_dukung_unit: evidence.length ? evidence.join('\n') : null,
          catatan_tpi: tpi?.note ?? null,
        };
      }),
    },
  };
}

/** Records one call: every answered or refused request, with the answers as sent. */
export function logFetch(
  prisma: PrismaClient,
  entry: {
    tokenId: number | null;
    agencyId: number | null;
    endpoint: string;
    unitCode: string | null;
    year: number | null;
    status: number;
    bytes: number;
    durationMs: number;
    body: unknown;
  },
) {
  return prisma.portalrbFetch.create({
    data: { ...entry, body: (entry.body ?? undefined) as Prisma.InputJsonValue | undefined },
  });
}

/**
 * Loads PortalRB's master list for its year, mapped onto the instrument in force that year; a list that
 * does not map is refused with every soal that fails, and nothing is stored.
 */
export async function loadMasterList(prisma: PrismaClient, user: User, json: unknown) {
  const { list, problems } = parseMasterList(json);
  const refuse = (found: { soal: number | null; message: Message }[]) =>
    validationError(
      message('portalrb.invalid', { count: found.length }),
      found.map((problem) => ({
        field: problem.soal === null ? 'file' : `file.soal[${problem.soal}]`,
        message: problem.message,
      })),
    );
  if (!list || problems.length) throw refuse(problems);
  const instruments = await prisma.instrument.findMany({
    select: { id: true, code: true, validFromYear: true, validToYear: true },
  });
  const inForce = instrumentForYear(list.year, instruments);
  if (!inForce)
    throw refuse([{ soal: null, message: message('evaluation.noInstrument', { year: list.year }) }]);
  const { mapping, problems: unmapped } = mapMasterList(
    (await loadInstrument(prisma, inForce.id)).definition,
    list,
  );
  if (unmapped.length) throw refuse(unmapped);
  const data = {
    instrumentId: inForce.id,
    generatedAt: list.generatedAt,
    mapping: mapping as unknown as Prisma.InputJsonValue,
    loadedAt: new Date(),
    loadedById: user.id,
  };
  return prisma.portalrbMasterList.upsert({
    where: { year: list.year },
    create: { year: list.year, ...data },
    update: data,
  });
}
