import { answersOfLayer, loadInstrument, scoreLayer } from '@zi/db';
import type { Evaluation, Prisma, PrismaClient, User } from '@zi/db/client';
import { canReadLayer, evaluatePredicate, type Layer, message, renderMessage } from '@zi/schema';
import {
  type readLkeWorkbook,
  WorkbookError,
  type WorkbookProblem,
  writeLkeWorkbook,
} from '@zi/schema/workbook';
import { findInScope } from '../access.ts';
import { builder, costOf } from '../builder.ts';
import { forbidden, unreadableFile, validationError } from '../errors.ts';
import { base64File } from '../inputs.ts';
import { assertCanWriteLayer, saveAnswerSets } from '../services/answers.ts';
import { documentUrl, latestDocuments } from '../services/evidence.ts';
import { readLkeWorkbookInWorker } from '../workbook-worker.ts';
import { SaveAnswersResult } from './answer.ts';
import { LayerEnum } from './score.ts';

const answerFields = {
  itemId: true,
  layer: true,
  option: true,
  inputs: true,
  score: true,
  note: true,
  evidence: true,
  version: true,
} as const;

type EvaluationWithLayer = Prisma.EvaluationGetPayload<{
  include: { unit: { select: { name: true } }; answers: { select: typeof answerFields } };
}>;

/** The evaluation, if the user reaches it and may read the layer, with that layer's stored answers. */
async function reachable(prisma: PrismaClient, user: User, evaluationId: number, layer: Layer) {
  const evaluation = await findInScope<'evaluation', EvaluationWithLayer>(
    prisma,
    user,
    'evaluation',
    evaluationId,
    {
      include: { unit: { select: { name: true } }, answers: { where: { layer }, select: answerFields } },
    },
  );
  if (!canReadLayer(user, layer)) throw forbidden(message('layer.unreadable', { layer }), 'layer');
  return { evaluation, instrument: await loadInstrument(prisma, evaluation.instrumentId) };
}

const decode = (file: string) => {
  const bytes = Buffer.from(file, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

/** What importing the file would change in the layer: per item the stored answer and the workbook's. */
async function plan(prisma: PrismaClient, user: User, evaluationId: number, layer: Layer, file: string) {
  const { evaluation, instrument } = await reachable(prisma, user, evaluationId, layer);
  assertCanWriteLayer(user, layer, evaluation.stage, 'layer');
  let read: Awaited<ReturnType<typeof readLkeWorkbook>>;
  try {
    read = await readLkeWorkbookInWorker(decode(file), instrument.definition);
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    throw unreadableFile(error.reason);
  }
  const stored = new Map(evaluation.answers.map((row) => [instrument.codeById.get(row.itemId) ?? '', row]));
  // Stored inputs come back from JSONB with their keys reordered.
  const canonical = (value: unknown) =>
    JSON.stringify(
      value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort()) : (value ?? null),
    );
  const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
  const changes = read.answers.flatMap(({ item, row, answer }) => {
    const current = stored.get(item);
    const before = {
      option: current?.option ?? null,
      inputs: current?.inputs ?? null,
      score: current?.score ?? null,
    };
    const after = {
      option: answer.option ?? null,
      inputs: answer.inputs ?? null,
      score: answer.score ?? null,
    };
    const blank =
      after.option === null &&
      after.score === null &&
      Object.values(after.inputs ?? {}).every((value) => value == null);
    if (
      (blank && !current) ||
      (same(before.option, after.option) &&
        same(before.inputs, after.inputs) &&
        same(before.score, after.score))
    )
      return [];
    return [
      {
        item,
        row,
        before,
        after,
        version: current?.version ?? 0,
        note: current?.note ?? null,
        evidence: current?.evidence ?? [],
      },
    ];
  });
  return { evaluation, changes, unchanged: read.answers.length - changes.length, problems: read.problems };
}

const WorkbookChange = builder
  .objectRef<Awaited<ReturnType<typeof plan>>['changes'][number]>('WorkbookChange')
  .implement({
    fields: (t) => ({
      item: t.exposeString('item'),
      row: t.exposeInt('row', { description: 'The item’s row in the workbook.' }),
      before: t.field({ type: 'JSON', resolve: (change) => change.before }),
      after: t.field({ type: 'JSON', resolve: (change) => change.after }),
    }),
  });

const WorkbookProblemRef = builder.objectRef<WorkbookProblem>('WorkbookProblem').implement({
  fields: (t) => ({
    row: t.exposeInt('row'),
    item: t.exposeString('item', { nullable: true }),
    message: t.string({ resolve: (problem, _args, { locale }) => renderMessage(problem.message, locale) }),
    messageId: t.string({ resolve: (problem) => problem.message.id }),
  }),
});

const WorkbookPreview = builder
  .objectRef<Omit<Awaited<ReturnType<typeof plan>>, 'evaluation'>>('WorkbookPreview')
  .implement({
    description: 'What importing an LKE workbook into a layer would change; nothing is written.',
    fields: (t) => ({
      changes: t.field({ type: [WorkbookChange], resolve: (preview) => preview.changes }),
      unchanged: t.exposeInt('unchanged'),
      problems: t.field({ type: [WorkbookProblemRef], resolve: (preview) => preview.problems }),
    }),
  });

const workbookArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  evaluationId: t.arg.int(),
  layer: t.arg({ type: LayerEnum }),
  file: t.arg.string(base64File(10, 'The .xlsx workbook, base64-encoded.')),
});

builder.queryField('evaluationWorkbook', (t) =>
  t.withAuth({ may: 'read' }).string({
    complexity: costOf.file,
    description:
      'One layer of an evaluation as an .xlsx (base64) in the official LKE layout, with live formulas and a summary sheet.',
    args: { evaluationId: t.arg.int(), layer: t.arg({ type: LayerEnum }) },
    resolve: async (_root, { evaluationId, layer }, context) => {
      const { prisma, tlhpAt, user, origin } = context;
      const { evaluation, instrument } = await reachable(prisma, user, evaluationId, layer);
      const documents = await latestDocuments(prisma, evaluationId, layer);
      const rows = evaluation.answers.map((row) => ({ ...row, layer }));
      const answers = answersOfLayer(rows, layer, instrument);
      const tlhp = await tlhpAt(evaluation);
      const score = scoreLayer(instrument, rows, layer, tlhp);
      const bytes = await writeLkeWorkbook(
        instrument.definition,
        answers,
        {
          title: title(evaluation, layer),
          score,
          criteria: evaluatePredicate(instrument.definition, score, evaluation.targetPredicate, null)
            .criteria,
        },
        {
          tlhpCompletion: tlhp.completion,
          // Beside each item's links, the lasting address of its documents' newest revisions.
          notes: new Map(
            [...new Set([...evaluation.answers.map((row) => row.itemId), ...documents.keys()])].map(
              (itemId) => {
                const row = evaluation.answers.find((answer) => answer.itemId === itemId);
                return [
                  instrument.codeById.get(itemId) ?? '',
                  {
                    note: row?.note ?? null,
                    evidence: [
                      ...(row?.evidence ?? []),
                      ...(documents.get(itemId) ?? []).map((document) => documentUrl(origin, document.id)),
                    ],
                  },
                ];
              },
            ),
          ),
        },
      );
      return Buffer.from(bytes).toString('base64');
    },
  }),
);

const title = (evaluation: Evaluation & { unit: { name: string } }, layer: Layer) =>
  `LKE ZI ${evaluation.unit.name} ${evaluation.year}, lapisan ${layer}`;

builder.mutationFields((t) => ({
  previewWorkbookImport: t.withAuth({ may: 'evaluation.answers' }).field({
    type: WorkbookPreview,
    complexity: costOf.file,
    description:
      'Reads a filled workbook in the official layout and lists what importing it into the layer would change.',
    args: workbookArgs(t),
    resolve: async (_root, { evaluationId, layer, file }, { prisma, user }) =>
      plan(prisma, user, evaluationId, layer, file),
  }),
  importWorkbook: t.withAuth({ may: 'evaluation.answers' }).field({
    type: SaveAnswersResult,
    complexity: costOf.file,
    description:
      'Imports a filled workbook into a layer all or nothing, as saveAnswers does (roles, stages, change log); refused ' +
      'with VALIDATION naming each row when any answer is invalid.',
    args: workbookArgs(t),
    resolve: async (_root, { evaluationId, layer, file }, { prisma, user }) => {
      const planned = await plan(prisma, user, evaluationId, layer, file);
      if (planned.problems.length) {
        throw validationError(
          message('workbook.invalidAnswers', { count: planned.problems.length }),
          planned.problems.map((problem) => ({
            field: `file:${problem.row}`,
            item: problem.item,
            message: problem.message,
          })),
        );
      }
      const [result] = await saveAnswerSets(prisma, user, [
        {
          evaluationId,
          layer,
          path: 'file',
          answers: planned.changes.map((change) => ({
            item: change.item,
            ...change.after,
            note: change.note,
            evidence: change.evidence,
            expectedVersion: change.version,
          })),
        },
      ]);
      return result as NonNullable<typeof result>;
    },
  }),
}));
