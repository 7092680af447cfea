import { itemsOf, latestEvaluationYear, permenpanrb90of2021 } from '@zi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

describe('evaluation workflow, surveys, TLHP and analytics', () => {
  let server: Server;
  let operator: Record<string, string>;
  let tpn: Record<string, string>;
  let inspektorat: Record<string, string>;
  let analyst: Record<string, string>;
  let evaluationId: number;

  beforeAll(async () => {
    server = await startTestServer();
    operator = await server.signIn('operator@kpp-cibeunying.go.id');
    tpn = await server.signIn('tpn@menpan.go.id');
    inspektorat = await server.signIn('inspektorat@kemenkeu.go.id');
    analyst = await server.signIn('analis@menpan.go.id');
    evaluationId = (
      await server.database.prisma.evaluation.findFirstOrThrow({
        where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2025 },
      })
    ).id;
  });
  afterAll(() => server.stop());

  const transition = (headers: Record<string, string>) =>
    server.graphql<{ transitionStage: { stage: string } }>(
      `mutation { transitionStage(evaluationId: ${evaluationId}, to: PENILAIAN_TPI, note: "Siap dinilai TPI") { stage } }`,
      {},
      headers,
    );

  it('keeps an evaluation in PEMBANGUNAN until the UNIT layer is complete, and says why', async () => {
    const { body } = await transition(operator);
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(body.errors?.[0]?.message).toMatch(/lapisan UNIT baru terisi \d+ dari 113 butir/);
  });

  it('lists the next stages with what blocks each, per role, before anyone tries', async () => {
    const nextStages = async (headers: Record<string, string>) =>
      (
        await server.graphql<{
          evaluation: { nextStages: { to: string; allowed: boolean; blockers: string[] }[] };
        }>(`{ evaluation(id: ${evaluationId}) { nextStages { to allowed blockers } } }`, {}, headers)
      ).body.data?.evaluation.nextStages;
    const [forOperator] = (await nextStages(operator)) ?? [];
    expect(forOperator).toMatchObject({ to: 'PENILAIAN_TPI', allowed: false });
    expect(forOperator?.blockers).toEqual([
      expect.stringMatching(/^lapisan UNIT baru terisi \d+ dari 113 butir$/),
    ]);
    const [forTpn] = (await nextStages(tpn)) ?? [];
    expect(forTpn?.blockers[0]).toBe(
      'hanya Operator unit atau Administrator yang dapat memindahkan ke Penilaian TPI',
    );
  });

  it('moves it on once every item is answered, and records the move', async () => {
    const answers = itemsOf(permenpanrb90of2021).map((item) =>
      item.answerType === 'SURVEY'
        ? { item: item.code, score: 3.8 }
        : item.answerType === 'PERCENT'
          ? {
              item: item.code,
              inputs: Object.fromEntries((item.inputs ?? []).map((input) => [input.key, 5])),
            }
          : { item: item.code, option: item.options[0]?.label },
    );
    const saved = await server.graphql<{ saveAnswers: { score: { complete: boolean } } }>(
      'mutation($id: Int!, $answers: [AnswerChange!]!) { saveAnswers(evaluationId: $id, layer: UNIT, answers: $answers) { score { complete } } }',
      { id: evaluationId, answers },
      operator,
    );
    expect(saved.body.data?.saveAnswers.score.complete).toBe(true);
    const { body } = await transition(operator);
    expect(body.data?.transitionStage.stage).toBe('PENILAIAN_TPI');
    const last = await server.database.prisma.stageTransition.findFirstOrThrow({
      where: { evaluationId },
      orderBy: { id: 'desc' },
    });
    expect(last).toMatchObject({
      fromStage: 'PEMBANGUNAN',
      toStage: 'PENILAIAN_TPI',
      note: 'Siap dinilai TPI',
    });
    // The UNIT layer is closed now.
    const late = await server.graphql(
      `mutation { saveAnswers(evaluationId: ${evaluationId}, layer: UNIT, answers: [{ item: "P.1.i.a", option: "Tidak" }]) { score { total } } }`,
      {},
      operator,
    );
    expect(late.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes survey results in bulk into every layer and the stored scores', async () => {
    const { body } = await server.graphql(
      `mutation { saveBulkEntries(entries: [{ evaluationId: ${evaluationId}, surveys: [{ kind: IPAK, score: 3.6, respondents: 240 }] }]) { id surveys { kind score } } }`,
      {},
      tpn,
    );
    // The saved evaluations come back as they now stand.
    expect(body.data).toEqual({
      saveBulkEntries: [
        { id: evaluationId, surveys: expect.arrayContaining([{ kind: 'IPAK', score: 3.6 }]) },
      ],
    });
    const answers = await server.database.prisma.answer.findMany({
      where: { evaluationId, item: { code: 'H.I.a' } },
    });
    expect(answers.map((answer) => [answer.layer, answer.score]).sort()).toEqual([
      ['TPI', 3.6],
      ['TPN', 3.6],
      ['UNIT', 3.6],
    ]);
    const stored = await server.database.prisma.layerScore.findUniqueOrThrow({
      where: { evaluationId_layer: { evaluationId, layer: 'UNIT' } },
    });
    const live = await server.graphql<{
      evaluation: { score: { total: number; items: { code: string; points: number }[] } };
    }>(`{ evaluation(id: ${evaluationId}) { score(layer: UNIT) { total items { code points } } } }`, {}, tpn);
    const score = live.body.data?.evaluation.score;
    expect(score?.items.find((item) => item.code === 'H.I.a')?.points).toBeCloseTo(15.75, 9);
    expect(stored.total).toBeCloseTo(score?.total ?? Number.NaN, 9);
  });

  it('saves the bulk grid’s rows in one call: hasil answers, details and unit flags, all or nothing', async () => {
    const admin = await server.signIn('admin@zi.go.id');
    const { prisma } = server.database;
    const other = await prisma.evaluation.findFirstOrThrow({
      where: { unit: { code: 'KPP-BDG-KAREES' }, year: 2025 },
      include: { unit: true },
    });
    const mutation = 'mutation($entries: [BulkEntry!]!) { saveBulkEntries(entries: $entries) { id } }';
    const entries = (capaian: string) => [
      {
        evaluationId: other.id,
        surveys: [{ kind: 'IPKP', score: 3.9 }],
        hasil: [{ item: 'H.I.b', option: capaian }],
        details: { paktaSigned: 40, paktaTotal: 50, lhkpnCompliance: 100 },
        afirmasi: !other.unit.afirmasi,
      },
    ];
    const changesBefore = await prisma.changeLog.count();
    const invalid = await server.graphql(
      mutation,
      {
        entries: [
          ...entries('Z'),
          { evaluationId: evaluationId, details: { paktaSigned: 9, paktaTotal: 3 } },
        ],
      },
      admin,
    );
    expect(invalid.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      problems: [
        { field: 'entries[0].hasil[0].option', item: 'H.I.b' },
        { field: 'entries[1].details.paktaSigned' },
      ],
    });
    expect(await prisma.changeLog.count()).toBe(changesBefore);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: other.unitId } })).afirmasi).toBe(
      other.unit.afirmasi,
    );

    const { body } = await server.graphql(mutation, { entries: entries('B') }, admin);
    expect(body.data).toEqual({ saveBulkEntries: [{ id: other.id }] });
    const saved = await prisma.evaluation.findUniqueOrThrow({
      where: { id: other.id },
      include: { unit: true, surveys: true, answers: { where: { item: { code: 'H.I.b' } } } },
    });
    expect(saved).toMatchObject({
      paktaSigned: 40,
      paktaTotal: 50,
      lhkpnCompliance: 100,
      lhkasnCompliance: other.lhkasnCompliance,
    });
    expect(saved.unit.afirmasi).toBe(!other.unit.afirmasi);
    expect(saved.surveys.find((survey) => survey.kind === 'IPKP')?.score).toBe(3.9);
    expect(saved.answers.map((answer) => answer.option)).toEqual(['B', 'B', 'B']);
    expect(
      await prisma.changeLog.count({ where: { entity: 'Evaluation', entityId: String(other.id) } }),
    ).toBeGreaterThan(0);
    const tpn = await prisma.layerScore.findUniqueOrThrow({
      where: { evaluationId_layer: { evaluationId: other.id, layer: 'TPN' } },
    });
    const live = await server.graphql<{ evaluation: { score: { total: number } } }>(
      `{ evaluation(id: ${other.id}) { score(layer: TPN) { total } } }`,
      {},
      admin,
    );
    expect(tpn.total).toBeCloseTo(live.body.data?.evaluation.score.total ?? Number.NaN, 9);
  });

  it('lets the inspectorate close a unit’s open recommendations in bulk, with history, to 100%', async () => {
    const unitId = (await server.database.prisma.unit.findFirstOrThrow({ where: { code: 'KPP-BDG-KAREES' } }))
      .id;
    const open = await server.database.prisma.recommendation.findMany({
      where: { status: { not: 'SESUAI' }, finding: { audit: { unitId } } },
      select: { id: true },
    });
    expect(open.length).toBeGreaterThan(0);
    const tdtlWithoutNote = await server.graphql(
      `mutation { setRecommendationStatus(ids: [${open[0]?.id}], status: TIDAK_DAPAT_DITINDAKLANJUTI) { id } }`,
      {},
      inspektorat,
    );
    expect(tdtlWithoutNote.body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const historyBefore = await server.database.prisma.recommendationStatusChange.count();
    const { body } = await server.graphql<{ setRecommendationStatus: { status: string }[] }>(
      `mutation { setRecommendationStatus(ids: [${open.map((row) => row.id).join(',')}], status: SESUAI, note: "Bukti setor diterima",
        evidence: ["https://drive.example.go.id/tlhp/bukti.pdf"]) { status } }`,
      {},
      inspektorat,
    );
    expect(body.data?.setRecommendationStatus.every((row) => row.status === 'SESUAI')).toBe(true);
    expect(await server.database.prisma.recommendationStatusChange.count()).toBe(historyBefore + open.length);
    const tlhp = await server.graphql<{ unit: { tlhp: { completion: number } } }>(
      `{ unit(id: ${unitId}) { tlhp { completion } } }`,
      {},
      inspektorat,
    );
    expect(tlhp.body.data?.unit.tlhp.completion).toBe(1);
  });

  it('nominates a unit for a new year on the instrument in force, once', async () => {
    const unitId = (
      await server.database.prisma.unit.findFirstOrThrow({ where: { code: 'KPP-BDG-CIBEUNYING' } })
    ).id;
    const create = () =>
      server.graphql<{ createEvaluation: { year: number; stage: string; instrument: { code: string } } }>(
        `mutation { createEvaluation(unitId: ${unitId}, year: 2026, details: { paktaSigned: 40, paktaTotal: 42 }) { year stage instrument { code } } }`,
        {},
        operator,
      );
    const first = await create();
    expect(first.body.data?.createEvaluation).toEqual({
      year: 2026,
      stage: 'PENCANANGAN',
      instrument: { code: 'PERMENPANRB-90-2021' },
    });
    const again = await create();
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      problems: [{ field: 'year' }],
    });
  });

  it('lets an administrator load an instrument, naming what is wrong with a broken one and writing nothing', async () => {
    const admin = await server.signIn('admin@zi.go.id');
    const load = (definition: unknown) =>
      server.graphql<{ loadInstrument: { code: string; items: { code: string }[] } }>(
        'mutation($definition: JSON!) { loadInstrument(definition: $definition) { code items { code } } }',
        { definition },
        admin,
      );
    const broken = structuredClone(permenpanrb90of2021) as unknown as {
      code: string;
      components: { weight: number }[];
    };
    broken.code = 'LKE-UJI-RUSAK';
    (broken.components[0] as { weight: number }).weight = -1;
    const refused = await load(broken);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION' });
    const { problems } = (refused.body.errors?.[0]?.extensions ?? {}) as { problems?: { field: string }[] };
    const fields = (problems ?? []).map((problem) => problem.field);
    expect(fields).toContain('definition.instrument');
    expect(fields.some((field) => field.startsWith('definition.node PENGUNGKIT'))).toBe(true);
    expect(await server.database.prisma.instrument.count({ where: { code: 'LKE-UJI-RUSAK' } })).toBe(0);

    // A definition evaluations were scored on is not changed under its code.
    const changed = { ...permenpanrb90of2021, title: `${permenpanrb90of2021.title} (revisi)` };
    const inUse = await load(changed);
    expect(inUse.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      problems: [{ field: 'definition.code' }],
    });
    expect(inUse.body.errors?.[0]?.message).toMatch(/needs a new code/);

    const next = latestEvaluationYear();
    const loaded = await load({
      ...permenpanrb90of2021,
      code: 'LKE-UJI-BARU',
      title: 'LKE uji',
      validFromYear: next,
    });
    expect(loaded.body.errors).toBeUndefined();
    expect(loaded.body.data?.loadInstrument.items).toHaveLength(itemsOf(permenpanrb90of2021).length);
  });

  it('takes the instrument for a year from the database: a newer one loaded there is in force from its first year', async () => {
    const unitId = (
      await server.database.prisma.unit.findFirstOrThrow({ where: { code: 'KPP-BDG-CIBEUNYING' } })
    ).id;
    const { body } = await server.graphql<{ createEvaluation: { instrument: { code: string } } }>(
      `mutation { createEvaluation(unitId: ${unitId}, year: ${latestEvaluationYear()}) { instrument { code } } }`,
      {},
      operator,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.createEvaluation.instrument.code).toBe('LKE-UJI-BARU');
  });

  it('filters evaluations by a stored score range', async () => {
    const { body } = await server.graphql<{
      all: { totalCount: number };
      high: { nodes: { score: { total: number } }[] };
    }>(
      `{ all: evaluations(filter: { year: 2025 }) { totalCount }
         high: evaluations(filter: { year: 2025, minTotal: 80, scoreLayer: UNIT }) { nodes { score(layer: UNIT) { total } } } }`,
      {},
      analyst,
    );
    const high = body.data?.high.nodes ?? [];
    expect(high.length).toBeGreaterThan(0);
    expect(high.length).toBeLessThan(body.data?.all.totalCount ?? 0);
    expect(high.every((node) => node.score.total >= 80)).toBe(true);
  });

  it('ranks, counts and buckets the same evaluations', async () => {
    const { body } = await server.graphql<{
      ranking: { rank: number; total: number }[];
      readiness: { wbbm: number; wbk: number; neither: number };
      scoreHistogram: { count: number }[];
    }>(
      '{ ranking(year: 2025, first: 100) { rank total } readiness(year: 2025) { wbbm wbk neither } scoreHistogram(year: 2025) { count } }',
      {},
      analyst,
    );
    const { ranking, readiness, scoreHistogram } = body.data ?? {
      ranking: [],
      readiness: { wbbm: 0, wbk: 0, neither: 0 },
      scoreHistogram: [],
    };
    const totals = ranking.map((row) => row.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(ranking[0]?.rank).toBe(1);
    expect(readiness.wbbm + readiness.wbk + readiness.neither).toBe(ranking.length);
    expect(scoreHistogram.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(ranking.length);
  });
});
