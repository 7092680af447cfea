import { type LoadedInstrument, loadInstrument, refreshStoredScores } from '@zi/db';
import { Prisma, type PrismaClient, SurveyKind, type User } from '@zi/db/client';
import {
  bulkWriteProblem,
  evaluateAnswer,
  hasilInputItems,
  isSurveyScore,
  layers,
  message,
  type Stage,
} from '@zi/schema';
import { assertAllInScope } from '../access.ts';
import { builder } from '../builder.ts';
import { conflict, type FieldProblem, forbidden, validationError } from '../errors.ts';
import { text } from '../inputs.ts';
import { recordChanges } from '../services/changes.ts';
import { lockEvaluations } from '../services/evaluations.ts';
import { checkDetails, EvaluationDetails } from './evaluation.ts';

const SurveyKindEnum = builder.enumType(SurveyKind, { name: 'SurveyKind' });

builder.prismaObject('SurveyResult', {
  description: 'An external survey’s result for one evaluation (IPAK anti-corruption, IPKP service quality).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    kind: t.exposeString('kind'),
    score: t.exposeFloat('score'),
    respondents: t.exposeInt('respondents', { nullable: true }),
    conductedBy: t.exposeString('conductedBy', { nullable: true }),
  }),
});

const SurveyScore = builder.inputType('SurveyScore', {
  fields: (t) => ({
    kind: t.field({ type: SurveyKindEnum }),
    score: t.float({ description: 'The survey’s result on its 0–4 scale.' }),
    respondents: t.int({ required: false }),
    conductedBy: t.string({ required: false, ...text('name') }),
  }),
});

const HasilAnswer = builder.inputType('HasilAnswer', {
  description: 'The answer to a hasil item measured outside the assessment, e.g. capaian kinerja (A–E).',
  fields: (t) => ({ item: t.string(text('code')), option: t.string(text('code')) }),
});

const SurveySeen = builder.inputType('SurveySeen', {
  fields: (t) => ({
    kind: t.field({ type: SurveyKindEnum }),
    score: t.float({ required: false, description: 'Null when there was no result.' }),
  }),
});

const HasilSeen = builder.inputType('HasilSeen', {
  fields: (t) => ({
    item: t.string(text('code')),
    option: t.string({
      required: false,
      ...text('code', 'Null when unanswered (as the UNIT layer holds it).'),
    }),
  }),
});

const BulkSeen = builder.inputType('BulkSeen', {
  description:
    'What the client read before its edits, for the fields it changes: where any now differs, the save answers ' +
    'CONFLICT with the current values and writes nothing. A detail given as null was empty.',
  fields: (t) => ({
    surveys: t.field({ type: [SurveySeen], required: false }),
    hasil: t.field({ type: [HasilSeen], required: false }),
    details: t.field({ type: EvaluationDetails, required: false }),
    coreService: t.boolean({ required: false }),
    afirmasi: t.boolean({ required: false }),
  }),
});

const BulkEntry = builder.inputType('BulkEntry', {
  description: 'One evaluation’s row of the bulk grid; what is left out stays as it is.',
  fields: (t) => ({
    evaluationId: t.int(),
    expected: t.field({
      type: BulkSeen,
      required: false,
      description: 'What the row held when the client read it, to detect someone else’s save meanwhile.',
    }),
    surveys: t.field({ type: [SurveyScore], required: false }),
    hasil: t.field({ type: [HasilAnswer], required: false }),
    details: t.field({ type: EvaluationDetails, required: false }),
    coreService: t.boolean({ required: false, description: 'The unit’s flag, for every year.' }),
    afirmasi: t.boolean({ required: false, description: 'The unit’s flag, for every year.' }),
  }),
});

type Entry = typeof BulkEntry.$inferInput;

const detailColumns = [
  ['paktaSigned', 'int'],
  ['paktaTotal', 'int'],
  ['unitSakipGrade', '"Grade"'],
  ['lhkpnCompliance', 'float8'],
  ['lhkasnCompliance', 'float8'],
  ['targetPredicate', '"Predicate"'],
] as const;

/**
 * Writes hasil inputs and prerequisites for many evaluations, all or nothing: survey results (also the
 * survey item's answer in every layer), other hasil answers in every layer, evaluation details and unit
 * flags, one statement per table whatever the number of rows, one change-log entry per evaluation, and
 * the recomputed scores of every layer.
 */
async function saveEntries(prisma: PrismaClient, user: User, entries: Entry[]) {
  const evaluationIds = [...new Set(entries.map((entry) => entry.evaluationId))];
  await assertAllInScope(prisma, user, 'evaluation', evaluationIds);
  /** Decided evaluations keep what they were decided on. */
  const assertWritable = (stageOf: (id: number) => Stage | undefined) =>
    entries.forEach((entry, index) => {
      const refused = bulkWriteProblem(stageOf(entry.evaluationId) ?? 'DITETAPKAN');
      if (refused)
        throw forbidden(
          message('bulk.refused', { evaluationId: entry.evaluationId, reason: refused }),
          `entries[${index}]`,
        );
    });
  const evaluations = new Map(
    (
      await prisma.evaluation.findMany({
        where: { id: { in: evaluationIds } },
        include: { unit: { select: { id: true, coreService: true, afirmasi: true } }, surveys: true },
      })
    ).map((evaluation) => [evaluation.id, evaluation]),
  );
  assertWritable((id) => evaluations.get(id)?.stage);
  // Read before the transaction: on the embedded database the transaction holds the only connection.
  const instruments = new Map<number, LoadedInstrument>();
  for (const { instrumentId } of evaluations.values())
    if (!instruments.has(instrumentId))
      instruments.set(instrumentId, await loadInstrument(prisma, instrumentId));
  const instrumentOf = (evaluationId: number) =>
    instruments.get(evaluations.get(evaluationId)?.instrumentId ?? -1) as LoadedInstrument;

  const problems: FieldProblem[] = [];
  const seen = new Set<number>();
  entries.forEach((entry, index) => {
    const at = `entries[${index}]`;
    if (seen.has(entry.evaluationId))
      problems.push({ field: `${at}.evaluationId`, message: message('bulk.evaluationTwice') });
    seen.add(entry.evaluationId);
    const instrument = instrumentOf(entry.evaluationId);
    const kinds = new Set<string>();
    (entry.surveys ?? []).forEach((survey, surveyIndex) => {
      if (!isSurveyScore(survey.score))
        problems.push({
          field: `${at}.surveys[${surveyIndex}].score`,
          message: message('answer.surveyRange', { got: String(survey.score) }),
        });
      if (survey.respondents != null && survey.respondents < 0)
        problems.push({
          field: `${at}.surveys[${surveyIndex}].respondents`,
          message: message('bulk.respondentsNegative'),
        });
      if (kinds.has(survey.kind))
        problems.push({ field: `${at}.surveys[${surveyIndex}].kind`, message: message('bulk.surveyTwice') });
      kinds.add(survey.kind);
    });
    const allowed = new Set(hasilInputItems(instrument.definition).map((item) => item.code));
    (entry.hasil ?? []).forEach((answer, answerIndex) => {
      const item = instrument.itemByCode.get(answer.item);
      if (!item || !allowed.has(answer.item)) {
        problems.push({
          field: `${at}.hasil[${answerIndex}].item`,
          item: answer.item,
          message: message('bulk.hasilItems', { items: [...allowed] }),
        });
        return;
      }
      for (const problem of evaluateAnswer(item, { option: answer.option }).problems)
        problems.push({
          field: `${at}.hasil[${answerIndex}].option`,
          item: answer.item,
          message: problem.message,
        });
    });
    if (entry.details) {
      const stored = evaluations.get(entry.evaluationId);
      const merged = {
        paktaSigned: stored?.paktaSigned,
        paktaTotal: stored?.paktaTotal,
        ...definedOf(entry.details),
      };
      for (const problem of checkDetails(merged))
        problems.push({ ...problem, field: `${at}.${problem.field}` });
    }
  });
  if (problems.length) throw validationError(message('bulk.invalid', { count: problems.length }), problems);

  const answerRows = entries.flatMap((entry) => {
    const instrument = instrumentOf(entry.evaluationId);
    const values = [
      ...(entry.surveys ?? []).map((survey) => ({
        itemId: instrument.idByCode.get(instrument.definition.surveyItems[survey.kind]),
        option: null,
        score: survey.score,
      })),
      ...(entry.hasil ?? []).map((answer) => ({
        itemId: instrument.idByCode.get(answer.item),
        option: answer.option,
        score: null,
      })),
    ].filter((value) => value.itemId !== undefined);
    return values.flatMap((value) =>
      layers.map((layer) => ({ evaluationId: entry.evaluationId, layer, ...value })),
    );
  });
  const surveyRows = entries.flatMap((entry) =>
    (entry.surveys ?? []).map((survey) => ({ evaluationId: entry.evaluationId, ...survey })),
  );
  const detailRows = entries.filter((entry) => entry.details);
  const unitRows = entries
    .filter((entry) => entry.coreService != null || entry.afirmasi != null)
    .map((entry) => ({ unitId: evaluations.get(entry.evaluationId)?.unit.id ?? 0, entry }));

  return prisma.$transaction(
    async (tx) => {
      const stages = await lockEvaluations(tx, evaluationIds);
      assertWritable((id) => stages.get(id));
      const changed = await changedSinceRead(tx, entries, instrumentOf);
      if (changed.length) throw conflict(message('bulk.conflict', { count: changed.length }), changed);
      if (surveyRows.length) {
        await tx.$executeRaw`
          INSERT INTO "SurveyResult" ("evaluationId", "kind", "score", "respondents", "conductedBy")
          SELECT * FROM unnest(${surveyRows.map((row) => row.evaluationId)}::int[], ${surveyRows.map((row) => row.kind)}::"SurveyKind"[],
                               ${surveyRows.map((row) => row.score)}::float8[], ${surveyRows.map((row) => row.respondents ?? null)}::int[],
                               ${surveyRows.map((row) => row.conductedBy ?? null)}::text[])
          ON CONFLICT ("evaluationId", "kind") DO UPDATE SET "score" = EXCLUDED."score",
            "respondents" = EXCLUDED."respondents", "conductedBy" = EXCLUDED."conductedBy"`;
      }
      if (answerRows.length) {
        await tx.$executeRaw`
          INSERT INTO "Answer" ("evaluationId", "itemId", "layer", "option", "score", "version", "updatedById", "updatedAt")
          SELECT evaluation_id, item_id, layer, option, score, 1, ${user.id}, now()
          FROM unnest(${answerRows.map((row) => row.evaluationId)}::int[], ${answerRows.map((row) => row.itemId)}::int[],
                      ${answerRows.map((row) => row.layer)}::"Layer"[], ${answerRows.map((row) => row.option)}::text[],
                      ${answerRows.map((row) => row.score)}::float8[]) AS incoming(evaluation_id, item_id, layer, option, score)
          ON CONFLICT ("evaluationId", "itemId", "layer") DO UPDATE SET "option" = EXCLUDED."option", "score" = EXCLUDED."score",
            "version" = "Answer"."version" + 1, "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt"`;
      }
      if (detailRows.length) {
        // A column changes only where the entry names it; `set_<column>` says so, row by row.
        const sets = detailColumns.map(([column], index) =>
          Prisma.raw(`"${column}" = CASE WHEN d.set_${index} THEN d.value_${index} ELSE e."${column}" END`),
        );
        const arrays = detailColumns.flatMap(([column, type]) => [
          Prisma.sql`${detailRows.map((row) => row.details?.[column] !== undefined)}::boolean[]`,
          Prisma.sql`${detailRows.map((row) => row.details?.[column] ?? null)}::${Prisma.raw(type)}[]`,
        ]);
        const names = detailColumns.map((_, index) => `set_${index}, value_${index}`).join(', ');
        await tx.$executeRaw`
          UPDATE "Evaluation" e SET ${Prisma.join(sets)}, "updatedAt" = now()
          FROM unnest(${detailRows.map((row) => row.evaluationId)}::int[], ${Prisma.join(arrays)})
            AS d(id, ${Prisma.raw(names)})
          WHERE e."id" = d.id`;
      }
      if (unitRows.length) {
        await tx.$executeRaw`
          UPDATE "Unit" u SET "coreService" = COALESCE(d.core_service, u."coreService"),
                              "afirmasi" = COALESCE(d.afirmasi, u."afirmasi"), "updatedAt" = now()
          FROM unnest(${unitRows.map((row) => row.unitId)}::int[], ${unitRows.map((row) => row.entry.coreService ?? null)}::boolean[],
                      ${unitRows.map((row) => row.entry.afirmasi ?? null)}::boolean[]) AS d(id, core_service, afirmasi)
          WHERE u."id" = d.id`;
      }
      await recordChanges(
        tx,
        entries.map((entry) => {
          const stored = evaluations.get(entry.evaluationId);
          const before = {
            surveys: stored?.surveys.filter((survey) =>
              entry.surveys?.some((each) => each.kind === survey.kind),
            ),
            details: entry.details
              ? Object.fromEntries(
                  Object.keys(definedOf(entry.details)).map((key) => [
                    key,
                    stored?.[key as keyof typeof stored],
                  ]),
                )
              : undefined,
            unit: { coreService: stored?.unit.coreService, afirmasi: stored?.unit.afirmasi },
          };
          return {
            entity: 'Evaluation',
            entityId: entry.evaluationId,
            action: 'UPDATE' as const,
            before,
            after: { ...entry, evaluationId: undefined, expected: undefined },
            actorId: user.id,
            evaluationId: entry.evaluationId,
          };
        }),
      );
      await refreshStoredScores(tx, evaluationIds);
      return evaluationIds;
    },
    { timeout: 120_000 },
  );
}

/** The fields whose stored value is no longer what the client read (under the evaluations' locks). */
async function changedSinceRead(
  tx: Prisma.TransactionClient,
  entries: Entry[],
  instrumentOf: (evaluationId: number) => LoadedInstrument,
) {
  const ids = entries.filter((entry) => entry.expected).map((entry) => entry.evaluationId);
  if (!ids.length) return [];
  const current = new Map(
    (
      await tx.evaluation.findMany({
        where: { id: { in: ids } },
        include: {
          unit: { select: { coreService: true, afirmasi: true } },
          surveys: { select: { kind: true, score: true } },
          answers: { where: { layer: 'UNIT' }, select: { itemId: true, option: true } },
        },
      })
    ).map((evaluation) => [evaluation.id, evaluation]),
  );
  const changed: { evaluationId: number; field: string; expected: unknown; current: unknown }[] = [];
  entries.forEach((entry, index) => {
    const seen = entry.expected;
    const now = current.get(entry.evaluationId);
    if (!seen || !now) return;
    const compare = (field: string, expected: unknown, actual: unknown) => {
      if ((expected ?? null) !== (actual ?? null))
        changed.push({
          evaluationId: entry.evaluationId,
          field: `entries[${index}].expected.${field}`,
          expected,
          current: actual ?? null,
        });
    };
    for (const survey of seen.surveys ?? [])
      compare(
        `surveys.${survey.kind}`,
        survey.score,
        now.surveys.find((each) => each.kind === survey.kind)?.score,
      );
    const instrument = instrumentOf(entry.evaluationId);
    for (const answer of seen.hasil ?? [])
      compare(
        `hasil.${answer.item}`,
        answer.option,
        now.answers.find((each) => each.itemId === instrument.idByCode.get(answer.item))?.option,
      );
    for (const [key, value] of Object.entries(seen.details ?? {}))
      if (value !== undefined) compare(`details.${key}`, value, now[key as keyof typeof now]);
    if (seen.coreService != null) compare('coreService', seen.coreService, now.unit.coreService);
    if (seen.afirmasi != null) compare('afirmasi', seen.afirmasi, now.unit.afirmasi);
  });
  return changed;
}

const definedOf = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, each]) => each !== undefined)) as Partial<T>;

builder.mutationField('saveBulkEntries', (t) =>
  t.withAuth({ may: 'evaluation.bulk' }).prismaField({
    type: ['Evaluation'],
    description:
      'The administrators’ bulk grid in one call, all or nothing: per evaluation its survey results, other hasil ' +
      'answers (into every layer), details (Pakta Integritas, SAKIP, LHKPN/LHKASN) and the unit’s flags. Returns ' +
      'the saved evaluations as they now stand, so a grid can show them without reading every row again.',
    args: { entries: t.arg({ type: [BulkEntry] }) },
    resolve: async (query, _root, { entries }, { prisma, user }) => {
      const saved = await saveEntries(prisma, user, entries);
      return prisma.evaluation.findMany({ ...query, where: { id: { in: saved } }, orderBy: { id: 'asc' } });
    },
  }),
);
