import { loadInstrument } from '@zi/db';
import type { PrismaClient, User } from '@zi/db/client';
import { canReadLayer, type Layer, layerBelow, message, progressAreas } from '@zi/schema';
import { findInScope } from '../access.ts';
import { forbidden, validationError } from '../errors.ts';
import {
  type AnswerChange,
  assertCanWriteLayer,
  officialSurveyItems,
  type SetResult,
  saveAnswerSets,
} from './answers.ts';

/**
 * Starts an assessor's layer from the layer below (all items, or one progress area): every item the layer
 * has not answered takes the answer below, marked as a copy until the assessor confirms or changes it;
 * the result lists the items copied. Items the layer has answered are left as they are.
 * The assessor's own notes and links stay; the copy is written as saveAnswers writes, with versions, so a
 * save racing it is a conflict rather than an overwrite.
 */
export async function copyLayerBelow(
  prisma: PrismaClient,
  user: User,
  evaluationId: number,
  layer: Layer,
  area: string | null | undefined,
): Promise<SetResult> {
  const evaluation = await findInScope(prisma, user, 'evaluation', evaluationId);
  assertCanWriteLayer(user, layer, evaluation.stage, 'layer');
  const below = layerBelow(layer);
  if (!below)
    throw validationError(message('copy.nothingBelow', { layer }), [
      { field: 'layer', message: message('copy.nothingBelow', { layer }) },
    ]);
  if (!canReadLayer(user, below)) throw forbidden(message('layer.unreadable', { layer: below }), 'layer');
  const instrument = await loadInstrument(prisma, evaluation.instrumentId);
  const areas = progressAreas(instrument.definition);
  const chosen = area == null ? null : areas.find((each) => each.key === area);
  if (chosen === undefined) {
    const unknown = message('copy.unknownArea', { area: area ?? '', areas: areas.map((each) => each.key) });
    throw validationError(unknown, [{ field: 'area', message: unknown }]);
  }
  const codes = chosen?.items ?? areas.flatMap((each) => each.items);
  const official = officialSurveyItems(
    instrument.definition,
    await prisma.surveyResult.findMany({ where: { evaluationId }, select: { kind: true } }),
  );
  const answers = await prisma.answer.findMany({
    where: {
      evaluationId,
      layer: { in: [below, layer] },
      itemId: { in: codes.map((code) => instrument.idByCode.get(code) ?? 0) },
    },
  });
  const byLayer = (of: Layer) =>
    new Map(answers.filter((answer) => answer.layer === of).map((answer) => [answer.itemId, answer]));
  const source = byLayer(below);
  const target = byLayer(layer);
  const hasValue = (answer: { option: string | null; inputs: unknown; score: number | null } | undefined) =>
    answer != null && (answer.option != null || answer.inputs != null || answer.score != null);
  const changes = codes.flatMap((code): AnswerChange[] => {
    const itemId = instrument.idByCode.get(code) ?? 0;
    const from = source.get(itemId);
    const own = target.get(itemId);
    if (!from || official.has(code) || !hasValue(from) || hasValue(own)) return [];
    return [
      {
        item: code,
        option: from.option,
        inputs: from.inputs as AnswerChange['inputs'],
        score: from.score,
        note: own?.note ?? null,
        evidence: own?.evidence ?? [],
        expectedVersion: own?.version ?? 0,
      },
    ];
  });
  const [result] = await saveAnswerSets(prisma, user, [
    { evaluationId, layer, answers: changes, path: 'area', copiedFrom: below },
  ]);
  return result as SetResult;
}
