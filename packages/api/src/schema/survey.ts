import { saveLayerScore } from '@zi/db';
import { SurveyKind } from '@zi/db/client';
import { layers, scoreAnswers } from '@zi/schema';
import { builder, currentUser } from '../builder.ts';
import { type FieldProblem, notFound, validationError } from '../errors.ts';
import { answersOfLayer } from '../evaluations.ts';
import { loadInstrument } from '../instruments.ts';
import { recordChanges } from './change.ts';

const SurveyKindEnum = builder.enumType(SurveyKind, { name: 'SurveyKind' });

const SurveyEntry = builder.inputType('SurveyEntry', {
  fields: (t) => ({
    evaluationId: t.int(),
    kind: t.field({ type: SurveyKindEnum }),
    score: t.float({ description: 'The survey’s result on its 0–4 scale.' }),
    respondents: t.int({ required: false }),
    conductedBy: t.string({ required: false }),
  }),
});

builder.mutationField('saveSurveyResults', (t) =>
  t.int({
    authScopes: { role: ['ADMIN', 'TPN'] },
    description:
      'Enters external survey results (IPAK, IPKP) for many evaluations in one call, all or nothing. The result also ' +
      'becomes the answer to the instrument’s survey item in every layer. Returns how many results were saved.',
    args: { results: t.arg({ type: [SurveyEntry] }) },
    resolve: async (_root, { results }, context) => {
      const user = currentUser(context);
      const evaluationIds = [...new Set(results.map((entry) => entry.evaluationId))];
      const evaluations = await context.prisma.evaluation.findMany({ where: { id: { in: evaluationIds } } });
      const missing = evaluationIds.filter((id) => !evaluations.some((evaluation) => evaluation.id === id));
      if (missing.length) throw notFound('Evaluasi', missing.join(', '));
      // Read before the transaction: on the embedded database the transaction holds the only connection.
      const instruments = new Map(
        await Promise.all(
          [...new Set(evaluations.map((evaluation) => evaluation.instrumentId))].map(
            async (id) => [id, await loadInstrument(context.prisma, id)] as const,
          ),
        ),
      );
      return context.prisma.$transaction(async (tx) => {
        const problems: FieldProblem[] = [];
        const seen = new Set<string>();
        results.forEach((entry, index) => {
          if (!(entry.score >= 0 && entry.score <= 4)) {
            problems.push({
              field: `results[${index}].score`,
              message: `nilai survei antara 0 dan 4, bukan ${entry.score}`,
            });
          }
          if (entry.respondents != null && entry.respondents < 0) {
            problems.push({
              field: `results[${index}].respondents`,
              message: 'jumlah responden tidak boleh negatif',
            });
          }
          const key = `${entry.evaluationId}/${entry.kind}`;
          if (seen.has(key))
            problems.push({
              field: `results[${index}]`,
              message: 'hasil survei ini dikirim lebih dari sekali',
            });
          seen.add(key);
        });
        if (problems.length)
          throw validationError('Hasil survei tidak valid; tidak ada yang disimpan.', problems);
        for (const entry of results) {
          const evaluation = evaluations.find((each) => each.id === entry.evaluationId);
          if (!evaluation) continue;
          const instrument = instruments.get(evaluation.instrumentId);
          if (!instrument) continue;
          const itemId = instrument.idByCode.get(instrument.definition.surveyItems[entry.kind]) ?? 0;
          const data = {
            score: entry.score,
            respondents: entry.respondents ?? null,
            conductedBy: entry.conductedBy ?? null,
          };
          const before = await tx.surveyResult.findUnique({
            where: { evaluationId_kind: { evaluationId: evaluation.id, kind: entry.kind } },
          });
          await tx.surveyResult.upsert({
            where: { evaluationId_kind: { evaluationId: evaluation.id, kind: entry.kind } },
            create: { evaluationId: evaluation.id, kind: entry.kind, ...data },
            update: data,
          });
          for (const layer of layers) {
            await tx.answer.upsert({
              where: { evaluationId_itemId_layer: { evaluationId: evaluation.id, itemId, layer } },
              create: {
                evaluationId: evaluation.id,
                itemId,
                layer,
                score: entry.score,
                updatedById: user.id,
              },
              update: { score: entry.score, version: { increment: 1 }, updatedById: user.id },
            });
          }
          await recordChanges(tx, [
            {
              entity: 'SurveyResult',
              entityId: `${evaluation.id}/${entry.kind}`,
              action: before ? 'UPDATE' : 'CREATE',
              before,
              after: data,
              actorId: user.id,
              evaluationId: evaluation.id,
            },
          ]);
        }
        for (const evaluation of evaluations) {
          const instrument = instruments.get(evaluation.instrumentId);
          if (!instrument) continue;
          const stored = await tx.answer.findMany({
            where: { evaluationId: evaluation.id },
            select: { itemId: true, layer: true, option: true, inputs: true, score: true },
          });
          for (const layer of layers) {
            const score = scoreAnswers(instrument.definition, answersOfLayer(stored, layer, instrument));
            await saveLayerScore(tx, evaluation.id, layer, instrument.definition, score);
          }
        }
        return results.length;
      });
    },
  }),
);
