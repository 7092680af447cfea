import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Headers = Record<string, string>;

const saveAnswers = `mutation Save($evaluationId: Int!, $layer: Layer!, $answers: [AnswerChange!]!) {
  saveAnswers(evaluationId: $evaluationId, layer: $layer, answers: $answers) {
    answers { item version }
    score { layer total answered itemCount nodes { code points answered total } }
  }
}`;

describe('saveAnswers', () => {
  let server: Server;
  let operator: Headers;
  let tpi: Headers;
  let evaluationId: number;
  let closedEvaluationId: number;
  let otherUnitEvaluationId: number;

  /** Everything a failed write must leave untouched. */
  async function snapshot() {
    const { prisma } = server.database;
    return {
      answers: await prisma.answer.findMany({ orderBy: { id: 'asc' } }),
      changes: await prisma.changeLog.count(),
      evaluations: await prisma.evaluation.findMany({ orderBy: { id: 'asc' } }),
    };
  }

  async function evaluationOf(unitCode: string, year: number) {
    const evaluation = await server.database.prisma.evaluation.findFirstOrThrow({
      where: { unit: { code: unitCode }, year },
    });
    return evaluation.id;
  }

  beforeAll(async () => {
    server = await startTestServer();
    operator = await server.signIn('operator@kpp-cibeunying.go.id');
    tpi = await server.signIn('tpi@kemenkeu.go.id');
    evaluationId = await evaluationOf('KPP-BDG-CIBEUNYING', 2025);
    closedEvaluationId = await evaluationOf('KPP-BDG-CIBEUNYING', 2024);
    otherUnitEvaluationId = await evaluationOf('KPP-BDG-KAREES', 2025);
  });
  afterAll(() => server.stop());

  async function versionOf(item: string) {
    const answer = await server.database.prisma.answer.findFirst({
      where: { evaluationId, layer: 'UNIT', item: { code: item } },
    });
    return answer?.version ?? 0;
  }

  it('writes a batch atomically, bumps versions, logs each change and returns the recomputed score', async () => {
    const [versionA, versionB, versionC] = await Promise.all([
      versionOf('P.1.i.a'),
      versionOf('P.1.i.b'),
      versionOf('R.1.i.a'),
    ]);
    const changesBefore = await server.database.prisma.changeLog.count({ where: { evaluationId } });
    const { body } = await server.graphql<{
      saveAnswers: {
        answers: { item: string; version: number }[];
        score: { layer: string; nodes: { code: string; points: number }[] };
      };
    }>(
      saveAnswers,
      {
        evaluationId,
        layer: 'UNIT',
        answers: [
          {
            item: 'P.1.i.a',
            option: 'Ya',
            expectedVersion: versionA,
            evidence: ['https://drive.example.go.id/sk-tim.pdf'],
          },
          { item: 'P.1.i.b', option: 'b', expectedVersion: versionB, note: 'Sebagian unsur terwakili' },
          { item: 'R.1.i.a', inputs: { agen: 8, perubahan: 6 }, expectedVersion: versionC },
        ],
      },
      operator,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.saveAnswers.answers).toEqual([
      { item: 'P.1.i.a', version: versionA + 1 },
      { item: 'P.1.i.b', version: versionB + 1 },
      { item: 'R.1.i.a', version: versionC + 1 },
    ]);
    const node = (code: string) =>
      body.data?.saveAnswers.score.nodes.find((each) => each.code === code)?.points;
    expect(node('P.1.i')).toBeCloseTo(((1 + 0.5) / 2) * 0.5, 12);
    const stored = await server.database.prisma.answer.findFirstOrThrow({
      where: { evaluationId, layer: 'UNIT', item: { code: 'R.1.i.a' } },
    });
    expect(stored.inputs).toEqual({ agen: 8, perubahan: 6 });
    const changes = await server.database.prisma.changeLog.findMany({
      where: { evaluationId },
      orderBy: { id: 'asc' },
    });
    expect(changes).toHaveLength(changesBefore + 1);
    const entry = changes.at(-1);
    expect(entry).toMatchObject({
      entity: 'Evaluation',
      entityId: String(evaluationId),
      action: 'UPDATE',
      actorId: expect.any(Number),
    });
    expect(entry?.after).toEqual({
      layer: 'UNIT',
      answers: {
        'P.1.i.a': {
          option: 'Ya',
          inputs: null,
          score: null,
          note: null,
          evidence: ['https://drive.example.go.id/sk-tim.pdf'],
          version: versionA + 1,
        },
        'P.1.i.b': {
          option: 'b',
          inputs: null,
          score: null,
          note: 'Sebagian unsur terwakili',
          evidence: [],
          version: versionB + 1,
        },
        'R.1.i.a': {
          option: null,
          inputs: { agen: 8, perubahan: 6 },
          score: null,
          note: null,
          evidence: [],
          version: versionC + 1,
        },
      },
    });
    const before =
      (entry?.before as { answers: Record<string, { version: number } | null> } | undefined)?.answers ?? {};
    expect(Object.keys(before).sort()).toEqual(['P.1.i.a', 'P.1.i.b', 'R.1.i.a']);
    expect(before['P.1.i.a']?.version ?? 0).toBe(versionA);
  });

  it('refuses a stale version with CONFLICT, listing the current values, and writes nothing', async () => {
    const current = await versionOf('P.1.i.b');
    const before = await snapshot();
    const { body } = await server.graphql(
      saveAnswers,
      {
        evaluationId,
        layer: 'UNIT',
        answers: [
          { item: 'P.1.i.a', option: 'Tidak', expectedVersion: await versionOf('P.1.i.a') },
          { item: 'P.1.i.b', option: 'C', expectedVersion: current - 1 },
        ],
      },
      operator,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      conflicts: [
        {
          expectedVersion: current - 1,
          current: { item: 'P.1.i.b', option: 'b', version: current, note: 'Sebagian unsur terwakili' },
        },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('lets only one of two simultaneous saves of the same answer through', async () => {
    const expectedVersion = await versionOf('P.1.ii.a');
    const save = (option: string) =>
      server.graphql(
        saveAnswers,
        { evaluationId, layer: 'UNIT', answers: [{ item: 'P.1.ii.a', option, expectedVersion }] },
        operator,
      );
    const results = await Promise.all([save('Ya'), save('Tidak')]);
    const codes = results.map(({ body }) => body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await versionOf('P.1.ii.a')).toBe(expectedVersion + 1);
    const winner = results.findIndex(({ body }) => !body.errors);
    const loser = results[1 - winner]?.body.errors?.[0]?.extensions as {
      conflicts: { current: { option: string; version: number } }[];
    };
    expect(loser.conflicts[0]?.current).toMatchObject({
      option: winner === 0 ? 'Ya' : 'Tidak',
      version: expectedVersion + 1,
    });
  });

  it('validates every answer, names each offending field, and leaves the database byte-for-byte unchanged', async () => {
    const before = await snapshot();
    const { body } = await server.graphql(
      saveAnswers,
      {
        evaluationId,
        layer: 'UNIT',
        answers: [
          { item: 'P.1.i.a', option: 'Ya' },
          { item: 'P.1.i.b', option: 'D' },
          { item: 'X.9.z', option: 'A' },
          { item: 'R.1.i.a', inputs: { agen: 0, perubahan: 3 } },
          { item: 'H.I.a', score: 4.2 },
          { item: 'P.1.ii.b', option: 'A', evidence: ['dokumen.pdf'] },
        ],
      },
      operator,
    );
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('VALIDATION');
    expect(
      ((error?.extensions ?? {}) as { problems?: { field: string; item: string }[] }).problems?.map(
        (problem) => [problem.field, problem.item],
      ),
    ).toEqual([
      ['answers[1].option', 'P.1.i.b'],
      ['answers[2].item', 'X.9.z'],
      ['answers[3].inputs', 'R.1.i.a'],
      ['answers[4].score', 'H.I.a'],
      ['answers[5].evidence', 'P.1.ii.b'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a TPI assessor writing the UNIT layer', 'tpi', 'UNIT', 'own'],
    ['a unit operator writing the TPI layer', 'operator', 'TPI', 'own'],
    ['a unit operator writing another unit (NOT_FOUND)', 'operator', 'UNIT', 'other'],
    ['a unit operator writing a layer whose stage is over', 'operator', 'UNIT', 'closed'],
  ] as const)('refuses %s and writes nothing', async (_case, who, layer, which) => {
    const before = await snapshot();
    const id =
      which === 'own' ? evaluationId : which === 'other' ? otherUnitEvaluationId : closedEvaluationId;
    const { body } = await server.graphql(
      saveAnswers,
      { evaluationId: id, layer, answers: [{ item: 'P.1.i.a', option: 'Ya' }] },
      who === 'tpi' ? tpi : operator,
    );
    // Another unit's evaluation is out of the operator's reach: it answers as if it did not exist.
    expect(body.errors?.[0]?.extensions?.code).toBe(which === 'other' ? 'NOT_FOUND' : 'FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it('saves sets of several evaluations in one call, all or nothing', async () => {
    const admin = await server.signIn('admin@zi.go.id');
    const sets = (secondOption: string) => [
      { evaluationId, layer: 'UNIT', answers: [{ item: 'P.1.iii.a', option: 'A' }] },
      {
        evaluationId: otherUnitEvaluationId,
        layer: 'TPN',
        answers: [{ item: 'P.1.iii.a', option: secondOption }],
      },
    ];
    const mutation = `mutation($sets: [AnswerSet!]!) { saveAnswerSets(sets: $sets) { evaluationId layer answers { item version } } }`;
    const before = await snapshot();
    const invalid = await server.graphql(mutation, { sets: sets('Z') }, admin);
    expect(invalid.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      problems: [{ field: 'sets[1].answers[0].option', item: 'P.1.iii.a' }],
    });
    expect(await snapshot()).toEqual(before);
    const { body } = await server.graphql<{ saveAnswerSets: { evaluationId: number; layer: string }[] }>(
      mutation,
      { sets: sets('B') },
      admin,
    );
    expect(body.data?.saveAnswerSets.map((set) => [set.evaluationId, set.layer])).toEqual([
      [evaluationId, 'UNIT'],
      [otherUnitEvaluationId, 'TPN'],
    ]);
    const stored = await server.database.prisma.layerScore.findUniqueOrThrow({
      where: { evaluationId_layer: { evaluationId: otherUnitEvaluationId, layer: 'TPN' } },
    });
    expect(stored.updatedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('answers NOT_FOUND for an evaluation that does not exist', async () => {
    const { body } = await server.graphql(
      saveAnswers,
      { evaluationId: 999_999, layer: 'UNIT', answers: [] },
      operator,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
