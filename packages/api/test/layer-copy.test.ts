import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentScene, type startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Errors = { extensions?: { code?: string; problems?: { field: string; messageId: string }[] } }[];
type Copied = {
  copyLayerBelow: { answers: { item: string; version: number }[]; score: { answered: number } };
};

describe('an assessor starts its layer from the one below, and confirms each copy', () => {
  let server: Server;
  let tpi: Record<string, string>;
  let operator: Record<string, string>;
  let evaluationId: number;

  beforeAll(async () => {
    ({ server, tpi, operator, evaluationId } = await assessmentScene());
    await server.database.prisma.answer.deleteMany({ where: { evaluationId, layer: 'TPI' } });
  });
  afterAll(() => server.stop());

  const copy = (headers: Record<string, string>, layer: string, area?: string) =>
    server.graphql<Copied>(
      `mutation($id: Int!, $area: String) { copyLayerBelow(evaluationId: $id, layer: ${layer}, area: $area) {
        answers { item version } score { answered } } }`,
      { id: evaluationId, area },
      headers,
    );
  const layerAnswers = (layer: 'UNIT' | 'TPI') =>
    server.database.prisma.answer.findMany({
      where: { evaluationId, layer },
      select: {
        item: { select: { code: true } },
        option: true,
        inputs: true,
        score: true,
        copiedFrom: true,
        note: true,
      },
      orderBy: { item: { order: 'asc' } },
    });
  const problems = (errors: unknown) =>
    (errors as Errors | undefined)?.[0]?.extensions?.problems?.map((problem) => [
      problem.field,
      problem.messageId,
    ]);
  const save = (answers: Record<string, unknown>[]) =>
    server.graphql(
      `mutation($id: Int!, $answers: [AnswerChange!]!) { saveAnswers(evaluationId: $id, layer: TPI, answers: $answers) { layer } }`,
      { id: evaluationId, answers },
      tpi,
    );

  it('refuses what is not the assessor’s to copy, and a layer or area that does not exist, writing nothing', async () => {
    expect((await copy(operator, 'TPI')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await copy(tpi, 'TPN')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await server.signIn('admin@zi.go.id');
    expect(problems((await copy(admin, 'UNIT')).body.errors)).toEqual([['layer', 'copy.nothingBelow']]);
    expect(problems((await copy(tpi, 'TPI', 'XYZ')).body.errors)).toEqual([['area', 'copy.unknownArea']]);
    expect(await layerAnswers('TPI')).toEqual([]);
  });

  it('copies one area, leaving what the assessor already answered, and marks each copy', async () => {
    const unit = await layerAnswers('UNIT');
    const unitMp = unit.filter((answer) => /^[PR]\.1\./.test(answer.item.code));
    expect(unitMp.length).toBeGreaterThan(3);
    const own = unitMp[0]?.item.code ?? '';
    const { option, inputs } = unitMp[0] ?? {};
    const saved = await save([{ item: own, option, inputs, note: 'Dinilai sendiri', expectedVersion: 0 }]);
    expect(saved.body.errors).toBeUndefined();
    const { body } = await copy(tpi, 'TPI', 'MP');
    expect(body.errors).toBeUndefined();
    const copied = body.data?.copyLayerBelow.answers.map((answer) => answer.item);
    expect(copied).toEqual(unitMp.slice(1).map((answer) => answer.item.code));
    const tpiAnswers = await layerAnswers('TPI');
    expect(tpiAnswers.find((answer) => answer.item.code === own)).toMatchObject({
      note: 'Dinilai sendiri',
      copiedFrom: null,
    });
    for (const answer of tpiAnswers.filter((each) => each.item.code !== own)) {
      const source = unit.find((each) => each.item.code === answer.item.code);
      expect(answer).toEqual({ ...source, copiedFrom: 'UNIT', note: null });
    }
    expect(body.data?.copyLayerBelow.score.answered).toBe(tpiAnswers.length);
  });

  it('counts the copies to confirm in the layer’s progress, in the area copied', async () => {
    const { body } = await server.graphql<{
      evaluation: { progress: { unconfirmed: number; areas: { key: string; unconfirmed: number }[] } };
    }>(
      `{ evaluation(id: ${evaluationId}) { progress(layer: TPI) { unconfirmed areas { key unconfirmed } } } }`,
      {},
      tpi,
    );
    const copies = (await layerAnswers('TPI')).filter((answer) => answer.copiedFrom).length;
    expect(body.data?.evaluation.progress.unconfirmed).toBe(copies);
    expect(body.data?.evaluation.progress.areas.filter((area) => area.unconfirmed)).toEqual([
      { key: 'MP', unconfirmed: copies },
    ]);
  });

  it('holds the stage move while copies wait for confirmation', async () => {
    const { body } = await server.graphql<{
      evaluation: { nextStages: { to: string; blockers: string[] }[] };
    }>(`{ evaluation(id: ${evaluationId}) { nextStages { to blockers } } }`, {}, tpi);
    const copies = (await layerAnswers('TPI')).filter((answer) => answer.copiedFrom).length;
    expect(body.data?.evaluation.nextStages.find((next) => next.to === 'DIUSULKAN')?.blockers).toContain(
      `${copies} jawaban lapisan TPI masih salinan yang belum dikonfirmasi`,
    );
  });

  it('confirms a copy saved again unchanged, and the change log says it was a copy', async () => {
    const [first] = (await layerAnswers('TPI')).filter((answer) => answer.copiedFrom);
    const item = first?.item.code ?? '';
    const stored = await server.database.prisma.answer.findFirstOrThrow({
      where: { evaluationId, layer: 'TPI', item: { code: item } },
    });
    const { body } = await save([
      {
        item,
        option: stored.option,
        inputs: stored.inputs,
        expectedVersion: stored.version,
      },
    ]);
    expect(body.errors).toBeUndefined();
    const after = await server.database.prisma.answer.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after.copiedFrom).toBeNull();
    const entry = await server.database.prisma.changeLog.findFirstOrThrow({
      where: { evaluationId, layer: 'TPI' },
      orderBy: { id: 'desc' },
    });
    expect(
      (entry.before as { answers: Record<string, { copiedFrom?: string }> }).answers[item]?.copiedFrom,
    ).toBe('UNIT');
    expect(
      (entry.after as { answers: Record<string, { copiedFrom?: string }> }).answers[item],
    ).not.toHaveProperty('copiedFrom');
  });

  it('copies the rest of the layer on a second call, and nothing on a third', async () => {
    const before = (await layerAnswers('TPI')).length;
    const rest = await copy(tpi, 'TPI');
    expect(rest.body.errors).toBeUndefined();
    const unitAnswered = (await layerAnswers('UNIT')).filter(
      (answer) => answer.option != null || answer.inputs != null || answer.score != null,
    ).length;
    expect(before + (rest.body.data?.copyLayerBelow.answers.length ?? 0)).toBe(unitAnswered);
    const again = await copy(tpi, 'TPI');
    expect(again.body.data?.copyLayerBelow.answers).toEqual([]);
  });
});
