import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords, startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Role = 'ADMIN' | 'UNIT_OPERATOR' | 'TPI' | 'TPN' | 'INSPEKTORAT' | 'ANALYST';

const accounts: Record<Role, string> = {
  ADMIN: 'admin@zi.go.id',
  UNIT_OPERATOR: 'operator@kpp-cibeunying.go.id',
  TPI: 'tpi@kemenkeu.go.id',
  TPN: 'tpn@menpan.go.id',
  INSPEKTORAT: 'inspektorat@kemenkeu.go.id',
  ANALYST: 'analis@menpan.go.id',
};
const roles = Object.keys(accounts) as Role[];
const missing = 999_999;

describe('roles and scopes', () => {
  let server: Server;
  const headers = {} as Record<Role, Record<string, string>>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    server = await startTestServer();
    for (const role of roles)
      headers[role] = await server.signIn(accounts[role], demoPasswords[accounts[role]]);
    const evaluation = (unit: string, year: number) =>
      server.database.prisma.evaluation
        .findFirstOrThrow({ where: { unit: { code: unit }, year } })
        .then((row) => row.id);
    ids.pembangunan = await evaluation('KPP-BDG-CIBEUNYING', 2025);
    ids.penilaianTpi = await evaluation('KPPN-BDG1', 2025);
    ids.evaluasiTpn = await evaluation('KPP-BDG-KAREES', 2025);
    ids.kemenkeu = (await server.database.prisma.agency.findFirstOrThrow({ where: { code: 'KEMENKEU' } })).id;
    ids.unit = (
      await server.database.prisma.unit.findFirstOrThrow({ where: { code: 'KPP-BDG-CIBEUNYING' } })
    ).id;
  });
  afterAll(() => server.stop());

  // Operations tried with input that fails after authorisation: a role that may act gets VALIDATION or
  // NOT_FOUND (nothing is written), a role that may not gets FORBIDDEN, nobody signed in UNAUTHENTICATED.
  const mutations: [name: string, document: () => string, allowed: Role[]][] = [
    [
      'createAgency',
      () => 'mutation { createAgency(input: { kind: KOTA, code: "x", name: "" }) { id } }',
      ['ADMIN'],
    ],
    [
      'updateAgency',
      () => `mutation { updateAgency(id: ${missing}, input: { kind: KOTA, code: "X-1", name: "X" }) { id } }`,
      ['ADMIN'],
    ],
    ['deleteAgency', () => `mutation { deleteAgency(id: ${missing}) }`, ['ADMIN']],
    [
      'saveAgencyProfile',
      () => `mutation { saveAgencyProfile(agencyId: ${missing}, year: 2025, input: {}) { id } }`,
      ['ADMIN'],
    ],
    [
      'createUnit',
      () =>
        `mutation { createUnit(input: { agencyId: ${missing}, code: "x", name: "", eselon: III }) { id } }`,
      ['ADMIN'],
    ],
    [
      'updateUnit',
      () =>
        `mutation { updateUnit(id: ${missing}, input: { agencyId: 1, code: "X-1", name: "X", eselon: III }) { id } }`,
      ['ADMIN'],
    ],
    ['deleteUnit', () => `mutation { deleteUnit(id: ${missing}) }`, ['ADMIN']],
    [
      'createUser',
      () => 'mutation { createUser(input: { email: "bukan-email", name: "", role: ANALYST }) { id } }',
      ['ADMIN'],
    ],
    [
      'updateUser',
      () =>
        `mutation { updateUser(id: ${missing}, input: { email: "a@b.id", name: "A", role: ANALYST }) { id } }`,
      ['ADMIN'],
    ],
    [
      'saveBulkEntries',
      () =>
        `mutation { saveBulkEntries(entries: [{ evaluationId: ${missing}, surveys: [{ kind: IPAK, score: 3.5 }] }]) }`,
      ['ADMIN', 'TPN'],
    ],
    [
      'setRecommendationStatus',
      () => 'mutation { setRecommendationStatus(ids: [], status: SESUAI) { id } }',
      ['ADMIN', 'INSPEKTORAT'],
    ],
    [
      'updateRecommendation',
      () =>
        `mutation { updateRecommendation(id: ${missing}, details: { evidence: ["bukan-tautan"] }) { id } }`,
      ['ADMIN', 'INSPEKTORAT'],
    ],
    [
      'createAudit',
      () =>
        `mutation { createAudit(input: { agencyId: ${ids.kemenkeu}, auditor: BPK, reportNumber: " ", reportDate: "2026-01-05T00:00:00Z", year: 2026, title: "Uji" }) { id } }`,
      ['ADMIN', 'INSPEKTORAT'],
    ],
    [
      'previewTlhpImport',
      () => 'mutation { previewTlhpImport(file: "", filename: "tl.csv") { unchanged } }',
      ['ADMIN', 'INSPEKTORAT'],
    ],
    [
      'importTlhp',
      () => 'mutation { importTlhp(file: "", filename: "tl.csv") { unchanged } }',
      ['ADMIN', 'INSPEKTORAT'],
    ],
    [
      'saveAnswers UNIT layer',
      () =>
        `mutation { saveAnswers(evaluationId: ${ids.pembangunan}, layer: UNIT, answers: [{ item: "P.1.i.b", option: "Z" }]) { score { total } } }`,
      ['ADMIN', 'UNIT_OPERATOR'],
    ],
    [
      'saveAnswers TPI layer',
      () =>
        `mutation { saveAnswers(evaluationId: ${ids.penilaianTpi}, layer: TPI, answers: [{ item: "P.1.i.b", option: "Z" }]) { score { total } } }`,
      ['ADMIN', 'TPI'],
    ],
    [
      'saveAnswers TPN layer',
      () =>
        `mutation { saveAnswers(evaluationId: ${ids.evaluasiTpn}, layer: TPN, answers: [{ item: "P.1.i.b", option: "Z" }]) { score { total } } }`,
      ['ADMIN', 'TPN'],
    ],
    [
      'saveAnswerSets UNIT layer',
      () =>
        `mutation { saveAnswerSets(sets: [{ evaluationId: ${ids.pembangunan}, layer: UNIT, answers: [{ item: "P.1.i.b", option: "Z" }] }]) { layer } }`,
      ['ADMIN', 'UNIT_OPERATOR'],
    ],
    [
      'transitionStage PEMBANGUNAN → PENILAIAN_TPI',
      () => `mutation { transitionStage(evaluationId: ${ids.pembangunan}, to: PENILAIAN_TPI) { stage } }`,
      ['ADMIN', 'UNIT_OPERATOR'],
    ],
    [
      'createEvaluation',
      () => `mutation { createEvaluation(unitId: ${ids.unit}, year: 1990) { id } }`,
      ['ADMIN', 'TPI', 'UNIT_OPERATOR'],
    ],
    [
      'updateEvaluation',
      () =>
        `mutation { updateEvaluation(id: ${ids.pembangunan}, details: { paktaSigned: 50, paktaTotal: 10 }) { id } }`,
      ['ADMIN', 'UNIT_OPERATOR'],
    ],
    ['users', () => '{ users { id } }', ['ADMIN']],
    ['changes', () => '{ changes(entity: "Unit", entityId: "1") { id } }', ['ADMIN', 'TPN', 'ANALYST']],
  ];

  const cases = mutations.flatMap(([name, document, allowed]) =>
    roles.map((role) => [name, role, document, allowed.includes(role)] as const),
  );

  it.each(cases)('%s by %s', async (_name, role, document, allowed) => {
    const before = await server.database.prisma.changeLog.count();
    const { body } = await server.graphql(document(), {}, headers[role]);
    const code = body.errors?.[0]?.extensions?.code;
    if (allowed) expect(code === undefined || ['VALIDATION', 'NOT_FOUND'].includes(code)).toBe(true);
    else expect(code).toBe('FORBIDDEN');
    expect(await server.database.prisma.changeLog.count()).toBe(before);
  });

  it.each(mutations.map(([name, document]) => [name, document] as const))(
    '%s without signing in is UNAUTHENTICATED',
    async (_name, document) => {
      const { body } = await server.graphql(document());
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );

  const visible: Record<
    Role,
    { agencies: number; units: number; evaluations: number; recommendations: number }
  > = {
    ADMIN: { agencies: 4, units: 20, evaluations: 20, recommendations: 32 },
    TPN: { agencies: 4, units: 20, evaluations: 20, recommendations: 32 },
    ANALYST: { agencies: 4, units: 20, evaluations: 20, recommendations: 32 },
    TPI: { agencies: 1, units: 9, evaluations: 9, recommendations: 12 },
    INSPEKTORAT: { agencies: 1, units: 9, evaluations: 9, recommendations: 12 },
    UNIT_OPERATOR: { agencies: 1, units: 1, evaluations: 3, recommendations: 4 },
  };

  it.each(roles)('%s sees only its scope in every list', async (role) => {
    const { body } = await server.graphql<Record<string, { totalCount: number; nodes: unknown[] }>>(
      `{ agencies { totalCount } units { totalCount } evaluations { totalCount nodes { id } } recommendations { totalCount } }`,
      {},
      headers[role],
    );
    expect(body.errors).toBeUndefined();
    const counts = Object.fromEntries(
      Object.entries(body.data ?? {}).map(([list, connection]) => [list, connection.totalCount]),
    );
    expect(counts).toEqual(visible[role]);
    expect(body.data?.evaluations?.nodes).toHaveLength(visible[role].evaluations);
  });

  it('refuses a record outside the scope with FORBIDDEN and a missing one with NOT_FOUND', async () => {
    const outside = await server.graphql(
      `{ evaluation(id: ${ids.evaluasiTpn}) { id } }`,
      {},
      headers.UNIT_OPERATOR,
    );
    expect(outside.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const absent = await server.graphql(`{ evaluation(id: ${missing}) { id } }`, {}, headers.ADMIN);
    expect(absent.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a unit operator its UNIT layer only', async () => {
    const own = await server.graphql(
      `{ evaluation(id: ${ids.pembangunan}) { score { layer } } }`,
      {},
      headers.UNIT_OPERATOR,
    );
    expect(own.body.data).toEqual({ evaluation: { score: { layer: 'UNIT' } } });
    const tpi = await server.graphql(
      `{ evaluation(id: ${ids.pembangunan}) { score(layer: TPI) { total } } }`,
      {},
      headers.UNIT_OPERATOR,
    );
    expect(tpi.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('limits analytics to the caller’s scope', async () => {
    const query =
      '{ ranking(year: 2025, first: 100) { unitName } readiness(year: 2025) { wbbm wbk neither } }';
    const national = await server.graphql<{ ranking: unknown[] }>(query, {}, headers.ANALYST);
    const operator = await server.graphql<{ ranking: { unitName: string }[] }>(
      query,
      {},
      headers.UNIT_OPERATOR,
    );
    expect(national.body.data?.ranking.length).toBeGreaterThan(operator.body.data?.ranking.length ?? 0);
    expect(operator.body.data?.ranking.map((row) => row.unitName)).toEqual([
      'KPP Pratama Bandung Cibeunying',
    ]);
  });
});
