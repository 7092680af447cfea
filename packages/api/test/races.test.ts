import { permenpanrb90of2021 } from '@zi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniformAnswers } from '../../schema/test/fixtures.ts';
import { type GraphQLResponse, startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/** Real parallel requests: each is sent before any answer has come back. */
const inParallel = <T>(count: number, send: (index: number) => Promise<T>) =>
  Promise.all(Array.from({ length: count }, (_, index) => send(index)));

const codes = (bodies: { body: GraphQLResponse }[]) =>
  bodies.map(({ body }) => body.errors?.[0]?.extensions?.code ?? 'OK').sort();

describe('races between parallel requests', () => {
  let server: Server;
  let admin: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('admin@zi.go.id');
  });
  afterAll(() => server.stop());

  const evaluationOf = (unit: string, year: number) =>
    server.database.prisma.evaluation.findFirstOrThrow({ where: { unit: { code: unit }, year } });

  it('12. of ten parallel moves to the same stage exactly one happens', async () => {
    const { id } = await evaluationOf('KANWIL-DJP-JABAR1', 2025);
    const moves = await inParallel(10, () =>
      server.graphql(
        `mutation { transitionStage(evaluationId: ${id}, to: PEMBANGUNAN) { stage } }`,
        {},
        admin,
      ),
    );
    expect(codes(moves)).toEqual(['OK', ...Array(9).fill('VALIDATION')]);
    const { prisma } = server.database;
    expect(await prisma.stageTransition.count({ where: { evaluationId: id, toStage: 'PEMBANGUNAN' } })).toBe(
      1,
    );
    expect(await prisma.changeLog.count({ where: { evaluationId: id, entity: 'Evaluation' } })).toBe(1);
  });

  it('12. of four racing TPN decisions exactly one is taken, and the outcome is consistent', async () => {
    const evaluation = await evaluationOf('KPP-BDG-KAREES', 2025);
    const tpn = await server.signIn('tpn@menpan.go.id');
    // Survey items with an official result take it; every other item is answered.
    const surveyed = new Set(Object.values(permenpanrb90of2021.surveyItems));
    const answers = [...uniformAnswers(permenpanrb90of2021, 0)]
      .filter(([item]) => !surveyed.has(item))
      .map(([item, answer]) => ({ item, ...answer }));
    const filled = await server.graphql(
      'mutation($id: Int!, $answers: [AnswerChange!]!) { saveAnswers(evaluationId: $id, layer: TPN, answers: $answers) { score { complete } } }',
      { id: evaluation.id, answers },
      tpn,
    );
    expect(filled.body.errors).toBeUndefined();
    const decisions = await inParallel(4, (index) =>
      server.graphql(
        index % 2
          ? `mutation { transitionStage(evaluationId: ${evaluation.id}, to: TIDAK_DITETAPKAN, note: "Perlu pembinaan") { stage } }`
          : `mutation { transitionStage(evaluationId: ${evaluation.id}, to: DITETAPKAN, decreeNumber: "KEP/${index}") { stage } }`,
        {},
        tpn,
      ),
    );
    expect(codes(decisions)).toEqual(['OK', 'VALIDATION', 'VALIDATION', 'VALIDATION']);
    const { prisma } = server.database;
    const decided = await prisma.evaluation.findUniqueOrThrow({ where: { id: evaluation.id } });
    expect(decided.awardedPredicate).toBe(decided.stage === 'DITETAPKAN' ? 'WBK' : null);
    expect(
      await prisma.stageTransition.count({
        where: { evaluationId: evaluation.id, fromStage: 'EVALUASI_TPN' },
      }),
    ).toBe(1);
  });

  it('13. parallel wrong passwords cannot outrun the sign-in limit', async () => {
    const email = 'tpi@kemenkeu.go.id';
    const attempts = await inParallel(15, () =>
      server.graphql('mutation($e: String!) { login(email: $e, password: "salah-sekali") { token } }', {
        e: email,
      }),
    );
    expect(codes(attempts)).toEqual([...Array(10).fill('RATE_LIMITED'), ...Array(5).fill('UNAUTHENTICATED')]);
    expect(await server.database.prisma.loginAttempt.count({ where: { email } })).toBe(5);
  });

  it('14. the losers of a race to create the same evaluation get VALIDATION naming the year', async () => {
    const unit = await server.database.prisma.unit.findFirstOrThrow({ where: { code: 'RSUD-AL-IHSAN' } });
    const attempts = await inParallel(21, () =>
      server.graphql(`mutation { createEvaluation(unitId: ${unit.id}, year: 2026) { id } }`, {}, admin),
    );
    expect(codes(attempts)).toEqual(['OK', ...Array(20).fill('VALIDATION')]);
    for (const { body } of attempts.filter(({ body }) => body.errors))
      expect(body.errors?.[0]?.extensions).toMatchObject({ problems: [{ field: 'year' }] });
    expect(await server.database.prisma.evaluation.count({ where: { unitId: unit.id, year: 2026 } })).toBe(1);
  });

  it('14. the losers of a race to register one e-mail get VALIDATION naming the e-mail', async () => {
    const attempts = await inParallel(8, () =>
      server.graphql(
        'mutation { createUser(input: { email: "kembar@zi.go.id", name: "Kembar", role: TPN, password: "Rumah-Joglo-Tua-1987" }) { id } }',
        {},
        admin,
      ),
    );
    expect(codes(attempts)).toEqual(['OK', ...Array(7).fill('VALIDATION')]);
    for (const { body } of attempts.filter(({ body }) => body.errors))
      expect(body.errors?.[0]?.extensions).toMatchObject({ problems: [{ field: 'input.email' }] });
  });

  it('14. parallel imports of one follow-up list create it once; the others change nothing or answer CONFLICT', async () => {
    const inspectorate = await server.signIn('inspektorat@kemenkeu.go.id');
    const audit = await server.graphql<{ createAudit: { id: number } }>(
      `mutation { createAudit(input: { agencyId: ${(await server.database.prisma.agency.findFirstOrThrow({ where: { code: 'KEMENKEU' } })).id}, auditor: BPKP, reportNumber: "LHP-BALAPAN/2026", reportDate: "2026-02-01", year: 2026, title: "Uji balapan" }) { id } }`,
      {},
      inspectorate,
    );
    expect(audit.body.errors).toBeUndefined();
    const csv = [
      'No. LHP,No. Temuan,Temuan,No. Rekomendasi,Rekomendasi,Status',
      ...Array.from(
        { length: 30 },
        (_, index) => `LHP-BALAPAN/2026,${index + 1},Temuan ${index + 1},1,Tindak lanjuti,BTL`,
      ),
    ].join('\n');
    const imports = await inParallel(8, () =>
      server.graphql(
        'mutation($file: String!) { importTlhp(file: $file, filename: "balapan.csv") { create { line } unchanged } }',
        { file: Buffer.from(csv).toString('base64') },
        inspectorate,
      ),
    );
    for (const code of codes(imports)) expect(['OK', 'CONFLICT']).toContain(code);
    expect(
      await server.database.prisma.recommendation.count({
        where: { finding: { audit: { reportNumber: 'LHP-BALAPAN/2026' } } },
      }),
    ).toBe(30);
  });
});
