import {
  compile,
  type ItemDefinition,
  type Layer,
  layers,
  permenpanrb52of2014,
  permenpanrb90of2021,
} from '@zi/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './http.ts';

/**
 * After any sequence of writes (answers in any layer, follow-up statuses changed, new follow-ups
 * imported) the stored scores equal the live ones, on both instruments.
 */

type Server = Awaited<ReturnType<typeof startTestServer>>;
const statuses = ['SESUAI', 'BELUM_SESUAI', 'BELUM_DITINDAKLANJUTI', 'TIDAK_DAPAT_DITINDAKLANJUTI'] as const;

const answerOf = (item: ItemDefinition, pick: number) =>
  item.answerType === 'SURVEY'
    ? { score: (pick % 41) / 10 }
    : item.answerType === 'PERCENT'
      ? {
          inputs: Object.fromEntries(
            (item.inputs ?? []).map((input, index) => [input.key, 1 + ((pick + index) % 9)]),
          ),
        }
      : { option: item.options[pick % item.options.length]?.label ?? null };

type Step =
  | { kind: 'answers'; layer: Layer; picks: [number, number][] }
  | { kind: 'status'; pick: number; status: (typeof statuses)[number] }
  | { kind: 'import'; number: number; status: (typeof statuses)[number] };

const steps = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('answers' as const),
      layer: fc.constantFrom(...layers),
      picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 30 }),
    }),
    fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom(...statuses) }),
    fc.record({
      kind: fc.constant('import' as const),
      number: fc.nat(999),
      status: fc.constantFrom(...statuses),
    }),
  ),
  { minLength: 1, maxLength: 5 },
);

describe('stored scores follow every write', () => {
  let server: Server;
  let admin: Record<string, string>;
  const evaluations: { id: number; items: ItemDefinition[] }[] = [];
  const report = 'LHP-ACAK/2019';

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('admin@zi.go.id');
    const unit = await server.database.prisma.unit.findFirstOrThrow({ where: { code: 'KPPN-BDG1' } });
    for (const [year, definition] of [
      [2019, permenpanrb52of2014],
      [2026, permenpanrb90of2021],
    ] as const) {
      const { body } = await server.graphql<{ createEvaluation: { id: number } }>(
        `mutation { createEvaluation(unitId: ${unit.id}, year: ${year}) { id } }`,
        {},
        admin,
      );
      evaluations.push({ id: body.data?.createEvaluation.id ?? 0, items: compile(definition).items });
    }
    const audit = await server.graphql(
      `mutation { createAudit(input: { agencyId: ${unit.agencyId}, unitId: ${unit.id}, auditor: BPKP, reportNumber: "${report}", reportDate: "2019-02-01", year: 2019, title: "Acak" }) { id } }`,
      {},
      admin,
    );
    expect(audit.body.errors).toBeUndefined();
  });
  afterAll(() => server.stop());

  async function apply(step: Step) {
    if (step.kind === 'answers') {
      for (const { id, items } of evaluations) {
        const chosen = new Map(
          step.picks.map(([at, pick]) => [items[at % items.length] as ItemDefinition, pick]),
        );
        const answers = [...chosen].map(([item, pick]) => ({ item: item.code, ...answerOf(item, pick) }));
        const { body } = await server.graphql(
          'mutation($id: Int!, $layer: Layer!, $answers: [AnswerChange!]!) { saveAnswers(evaluationId: $id, layer: $layer, answers: $answers) { layer } }',
          { id, layer: step.layer, answers },
          admin,
        );
        expect(body.errors).toBeUndefined();
      }
    } else if (step.kind === 'status') {
      const open = await server.database.prisma.recommendation.findMany({
        where: { finding: { audit: { reportNumber: report } } },
        orderBy: { id: 'asc' },
      });
      const target = open[step.pick % Math.max(open.length, 1)];
      if (!target) return;
      const { body } = await server.graphql(
        `mutation { setRecommendationStatus(ids: [${target.id}], status: ${step.status}, note: "acak") { id } }`,
        {},
        admin,
      );
      expect(body.errors).toBeUndefined();
    } else {
      const csv = `Pemeriksa,No. LHP,No. Temuan,Temuan,No. Rekomendasi,Rekomendasi,Status\nBPKP,${report},1,Acak,${step.number},Tindak lanjuti,${step.status}\n`;
      const { body } = await server.graphql(
        'mutation($file: String!) { importTlhp(file: $file, filename: "acak.csv") { committed } }',
        { file: Buffer.from(csv).toString('base64') },
        admin,
      );
      expect(body.errors).toBeUndefined();
    }
  }

  it('keeps stored = live after random sequences of answers, status changes and imports', async () => {
    await fc.assert(
      fc.asyncProperty(steps, async (sequence) => {
        for (const step of sequence) await apply(step);
        for (const { id } of evaluations) {
          const stored = await server.database.prisma.layerScore.findMany({ where: { evaluationId: id } });
          if (!stored.length) continue;
          const figures = 'total pengungkit hasil answered';
          const fields = stored.map(
            ({ layer }) =>
              `${layer}Stored: storedScore(layer: ${layer}) { ${figures} } ${layer}Live: score(layer: ${layer}) { ${figures} }`,
          );
          const { body } = await server.graphql<{ evaluation: Record<string, unknown> }>(
            `{ evaluation(id: ${id}) { ${fields.join(' ')} } }`,
            {},
            admin,
          );
          expect(body.errors).toBeUndefined();
          for (const { layer } of stored)
            expect(body.data?.evaluation[`${layer}Stored`]).toEqual(body.data?.evaluation[`${layer}Live`]);
        }
      }),
      { numRuns: 12 },
    );
  });
});
