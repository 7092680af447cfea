import { request as httpRequest } from 'node:http';
import { createPrismaClient } from '@zi/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/server.ts';
import { type GraphQLResponse, startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Problem = { field: string; message: string; messageId: string };

const problemsOf = (body: GraphQLResponse) =>
  ((body.errors?.[0]?.extensions ?? {}) as { problems?: Problem[] }).problems ?? [];

describe('bad input gets a specific error, never a crash or a partial write', () => {
  let server: Server;
  let admin: Record<string, string>;
  let inspectorate: Record<string, string>;
  let operator: Record<string, string>;
  let recommendationId: number;
  let evaluationId: number;

  beforeAll(async () => {
    server = await startTestServer({ allowedOrigins: [], trustProxy: true });
    admin = await server.signIn('admin@zi.go.id');
    inspectorate = await server.signIn('inspektorat@kemenkeu.go.id');
    operator = await server.signIn('operator@kpp-cibeunying.go.id');
    const { prisma } = server.database;
    recommendationId = (
      await prisma.recommendation.findFirstOrThrow({
        where: { finding: { audit: { agency: { code: 'KEMENKEU' } } } },
        orderBy: { id: 'asc' },
      })
    ).id;
    evaluationId = (
      await prisma.evaluation.findFirstOrThrow({
        where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2025 },
      })
    ).id;
  });
  afterAll(() => server.stop());

  const updateRecommendation = (details: Record<string, unknown>) =>
    server.graphql(
      'mutation($id: Int!, $details: RecommendationDetails!) { updateRecommendation(id: $id, details: $details) { id } }',
      { id: recommendationId, details },
      inspectorate,
    );

  it('15. prices a request by its expensive fields: ten PDFs in one request are refused before any is printed', async () => {
    const aliases = Array.from(
      { length: 10 },
      (_, index) => `p${index}: evaluationReportPdf(evaluationId: ${evaluationId})`,
    );
    const started = performance.now();
    const { body } = await server.graphql(`{ ${aliases.join(' ')} }`, {}, admin);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_QUERY', maxCost: 100 });
    expect(body.data ?? null).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['recoveredAmount', { recoveredAmount: 1e20 }, 'details.recoveredAmount'],
    ['a negative recoveredAmount', { recoveredAmount: -5 }, 'details.recoveredAmount'],
    [
      'a 1 MB evidence link',
      { evidence: [`https://example.go.id/${'a'.repeat(1_000_000)}`] },
      'details.evidence[0]',
    ],
    ['an evidence link that is not one', { evidence: ['dokumen.pdf'] }, 'details.evidence'],
    ['a due date of "1"', { dueDate: '1' }, 'details.dueDate'],
    ['a due date of "2025"', { dueDate: '2025' }, 'details.dueDate'],
    ['a month-first due date', { dueDate: '12/31/2025' }, 'details.dueDate'],
    ['a due date in words', { dueDate: 'Dec 31 2025' }, 'details.dueDate'],
  ])(
    '16–17. refuses %s on a recommendation with VALIDATION naming the field, and stores nothing',
    async (_case, details, field) => {
      const before = await server.database.prisma.recommendation.findUniqueOrThrow({
        where: { id: recommendationId },
      });
      const { body } = await updateRecommendation(details);
      expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
      expect(problemsOf(body).map((problem) => problem.field)).toContain(field);
      expect(
        await server.database.prisma.recommendation.findUniqueOrThrow({ where: { id: recommendationId } }),
      ).toEqual(before);
    },
  );

  it.each([
    ['an ISO date', '2025-12-31', '2025-12-31T00:00:00.000Z'],
    ['the Indonesian date the import documents', '31/12/2025', '2025-12-31T00:00:00.000Z'],
    ['an ISO date-time with its zone', '2025-12-31T08:00:00+07:00', '2025-12-31T01:00:00.000Z'],
  ])('17. takes %s as a due date', async (_case, dueDate, stored) => {
    const { body } = await server.graphql<{ updateRecommendation: { dueDate: string } }>(
      'mutation($id: Int!, $due: DateTime!) { updateRecommendation(id: $id, details: { dueDate: $due }) { dueDate } }',
      { id: recommendationId, due: dueDate },
      inspectorate,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.updateRecommendation.dueDate).toBe(stored);
  });

  it('16. refuses a 1 MB agency name with VALIDATION instead of an index error', async () => {
    const { body } = await server.graphql(
      'mutation($name: String!) { createAgency(input: { kind: KOTA, code: "KOTA-PANJANG", name: $name }) { id } }',
      { name: 'x'.repeat(1_000_000) },
      admin,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(problemsOf(body)).toEqual([
      {
        field: 'input.name',
        message: 'paling panjang 200 karakter',
        messageId: 'value.tooLong',
        params: { max: 200 },
      },
    ]);
    expect(await server.database.prisma.agency.count({ where: { code: 'KOTA-PANJANG' } })).toBe(0);
  });

  it.each([
    ['5,000-deep JSON', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
    ['a list', '[1, 2]'],
    ['a nested object', '{"agen": {"jumlah": 2}}'],
  ])('16. refuses %s as the inputs of a percent item with VALIDATION', async (_case, inputs) => {
    // Written as text: the test's own JSON.stringify would not survive the nesting.
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...operator },
      body: `{"query": "mutation($id: Int!, $answers: [AnswerChange!]!) { saveAnswers(evaluationId: $id, layer: UNIT, answers: $answers) { layer } }", "variables": {"id": ${evaluationId}, "answers": [{"item": "R.1.i.a", "inputs": ${inputs}}]}}`,
    });
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('17. refuses a fractional head count, naming the item', async () => {
    const { body } = await server.graphql(
      `mutation { saveAnswers(evaluationId: ${evaluationId}, layer: UNIT, answers: [{ item: "R.1.i.a", inputs: { agen: 2.5, perubahan: 1 } }]) { layer } }`,
      {},
      operator,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(problemsOf(body)[0]).toMatchObject({ field: 'answers[0].inputs', item: 'R.1.i.a.agen' });
  });

  it('17. refuses a 1 MB note on an answer and on a status change', async () => {
    const note = 'n'.repeat(1_000_000);
    const answer = await server.graphql(
      'mutation($id: Int!, $note: String!) { saveAnswers(evaluationId: $id, layer: UNIT, answers: [{ item: "P.1.i.a", option: "Ya", note: $note }]) { layer } }',
      { id: evaluationId, note },
      operator,
    );
    expect(problemsOf(answer.body)).toEqual([
      {
        field: 'answers[0].note',
        message: 'paling panjang 2.000 karakter',
        messageId: 'value.tooLong',
        params: { max: 2_000 },
      },
    ]);
    const status = await server.graphql(
      'mutation($id: Int!, $note: String!) { setRecommendationStatus(ids: [$id], status: BELUM_SESUAI, note: $note) { id } }',
      { id: recommendationId, note },
      inspectorate,
    );
    expect(problemsOf(status.body)).toEqual([
      {
        field: 'note',
        message: 'paling panjang 2.000 karakter',
        messageId: 'value.tooLong',
        params: { max: 2_000 },
      },
    ]);
  });

  it('17. refuses an imported list whose texts are too long, row by row', async () => {
    const csv = `No. LHP,No. Temuan,Temuan,No. Rekomendasi,Rekomendasi,Status\n1/LHP/BPK/KEMENKEU/2024,9,Temuan,9.1,${'r'.repeat(
      10_001,
    )},BTL\n`;
    const { body } = await server.graphql<{
      previewTlhpImport: { reject: { line: number; message: string }[] };
    }>(
      'mutation($file: String!) { previewTlhpImport(file: $file, filename: "panjang.csv") { reject { line column message } } }',
      { file: Buffer.from(csv).toString('base64') },
      inspectorate,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.previewTlhpImport.reject).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/10\.000/) }),
    ]);
  });

  it('answers in one language, the one Accept-Language asks for, Indonesian by default', async () => {
    const note = 'catatan uji bahasa';
    const save = (headers: Record<string, string>) =>
      server.graphql(
        `mutation($id: Int!, $note: String!) { saveAnswers(evaluationId: $id, layer: UNIT, answers: [
          { item: "P.1.i.a", option: "Mungkin", note: $note }, { item: "R.1.i.a", inputs: { agen: -1, perubahan: 1 } }]) { layer } }`,
        { id: evaluationId, note },
        { ...operator, ...headers },
      );
    const texts = (body: GraphQLResponse) => [
      body.errors?.[0]?.message ?? '',
      ...problemsOf(body).map((problem) => problem.message),
    ];
    const indonesian = (await save({})).body;
    const english = (await save({ 'accept-language': 'en-GB,en;q=0.9,id;q=0.5' })).body;
    expect(problemsOf(english).length).toBeGreaterThanOrEqual(2);
    expect(problemsOf(english).map(({ field }) => field)).toEqual(
      problemsOf(indonesian).map(({ field }) => field),
    );
    expect(problemsOf(english).map(({ messageId }) => messageId)).toEqual(
      problemsOf(indonesian).map(({ messageId }) => messageId),
    );
    expect(texts(indonesian)).toEqual([
      '2 jawaban tidak valid; tidak ada yang disimpan.',
      'jawabannya Ya atau Tidak, bukan "Mungkin"',
      '"Jumlah Agen Perubahan" berupa jumlah, bilangan bulat 0 sampai 10.000.000, bukan -1',
    ]);
    expect(texts(english)[0]).toBe('2 invalid answers; nothing was saved.');
    expect(texts(english).join(' ')).toMatch(/10,000,000/);
    // No Indonesian word survives in the English answer (option labels are data), none of the English in the Indonesian one.
    expect(texts(english).join(' ')).not.toMatch(/\b(jawaban|bukan|berupa|sampai|wajib|disimpan)\b/i);
    expect(texts(indonesian).join(' ')).not.toMatch(/\b(answer|invalid|whole|saved|not|required)\b/i);
    expect(await server.database.prisma.answer.count({ where: { evaluationId, note } })).toBe(0);
  });

  it("refuses a signed-out request and a cross-site write in the caller's language", async () => {
    const signedOut = await server.graphql('{ agencies { totalCount } }', {}, { 'accept-language': 'en' });
    expect(signedOut.body.errors?.[0]).toMatchObject({
      message: 'Please sign in first.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const crossSite = await server.graphql(
      'mutation { logout }',
      {},
      { origin: 'http://evil.example', 'accept-language': 'en' },
    );
    expect(crossSite.response.status).toBe(403);
    expect(JSON.stringify(crossSite.body)).toMatch(/cross-site/i);
    const indonesian = await server.graphql('mutation { logout }', {}, { origin: 'http://evil.example' });
    expect(JSON.stringify(indonesian.body)).toMatch(/lintas situs/);
  });

  it.each([
    ['TPI', 'agencyId: null', [['input.agencyId', 'user.roleNeedsAgency']]],
    ['TPN', 'agencyId: 1', [['input.agencyId', 'user.roleNational']]],
    ['UNIT_OPERATOR', 'unitId: null', [['input.unitId', 'user.operatorNeedsUnit']]],
    ['UNIT_OPERATOR', 'unitId: 999999', [['input.unitId', 'user.operatorNeedsUnit']]],
    ['INSPEKTORAT', 'agencyId: 1, unitId: 1', [['input.unitId', 'user.roleWithoutUnit']]],
  ])(
    'refuses a %s account placed with %s, naming the field, and creates nothing',
    async (role, place, expected) => {
      const { body } = await server.graphql(
        `mutation { createUser(input: { email: "tempat@zi.go.id", name: "Salah Tempat", role: ${role}, ${place},
        password: "Rumah-Joglo-Tua-1987" }) { id } }`,
        {},
        admin,
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
      expect(problemsOf(body).map((problem) => [problem.field, problem.messageId])).toEqual(expected);
      expect(await server.database.prisma.user.count({ where: { email: 'tempat@zi.go.id' } })).toBe(0);
    },
  );

  it('finds an instrument by its code or its id, and asks for exactly one of them', async () => {
    const { id } = await server.database.prisma.instrument.findUniqueOrThrow({
      where: { code: 'PERMENPANRB-90-2021' },
    });
    const byId = await server.graphql<{ instrument: { code: string } }>(
      `{ instrument(id: ${id}) { code } }`,
      {},
      admin,
    );
    expect(byId.body.data?.instrument.code).toBe('PERMENPANRB-90-2021');
    for (const args of ['', `(id: ${id}, code: "PERMENPANRB-90-2021")`]) {
      const { body } = await server.graphql(`{ instrument${args} { code } }`, {}, admin);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        messageId: 'instrument.codeOrId',
      });
    }
  });

  it('18. a variable that does not fit its type answers VALIDATION naming the variable', async () => {
    const { body } = await server.graphql(
      'query($id: Int!) { evaluation(id: $id) { id } }',
      { id: 'abc' },
      admin,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', problems: [{ field: '$id' }] });
  });

  it('18. a document refused by the limits or the schema answers INVALID_QUERY', async () => {
    const deep = `{ units { nodes { ${'parent { '.repeat(12)}name${' }'.repeat(12)} } } }`;
    for (const query of [deep, '{ nothingHere }', '{ units { ']) {
      const { body } = await server.graphql(query, {}, admin);
      expect(['INVALID_QUERY', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(
        body.errors?.[0]?.extensions?.code,
      );
    }
    const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: health { ok }`).join(' ');
    expect((await server.graphql(`{ ${aliases} }`)).body.errors?.[0]?.extensions?.code).toBe('INVALID_QUERY');
  });

  it('18. health says ok: false, and /readyz 503, while the database does not answer', async () => {
    const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/nowhere', 'postgresql');
    const down = createServer({ prisma: unreachable, kind: 'postgresql' });
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    try {
      const address = down.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${address.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { ok database } }' }),
      });
      expect(await response.json()).toEqual({ data: { health: { ok: false, database: 'postgresql' } } });
      // The load balancer's probes: alive (the process serves), not ready (no database), without a session.
      const live = await fetch(`http://127.0.0.1:${address.port}/healthz`);
      expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
      const ready = await fetch(`http://127.0.0.1:${address.port}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([
        503,
        { status: 'unavailable', database: 'postgresql', databaseAnswers: false },
      ]);
    } finally {
      await new Promise((resolve) => down.close(resolve));
      await unreachable.$disconnect();
    }
  });

  it.each(['          ', 'aaaaaaaaaaaa', '1234567890ab', 'password1234', 'admin@zi.go.id'])(
    '19. refuses %j as a new administrator’s password',
    async (password) => {
      const { body } = await server.graphql(
        'mutation($password: String!) { createUser(input: { email: "admin2@zi.go.id", name: "Admin Dua", role: ADMIN, password: $password }) { id } }',
        { password },
        admin,
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
      expect(problemsOf(body).map((problem) => problem.field)).toContain('input.password');
      expect(await server.database.prisma.user.count({ where: { email: 'admin2@zi.go.id' } })).toBe(0);
    },
  );

  it('19. the session cookie is Secure whenever the browser came over HTTPS', async () => {
    const login = (headers: Record<string, string>) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: 'mutation { login(email: "tpn@menpan.go.id", password: "tpn-demo") { token } }',
        }),
      }).then((response) => response.headers.get('set-cookie') ?? '');
    expect(await login({ 'x-forwarded-proto': 'https' })).toMatch(/; Secure/i);
    expect(await login({})).not.toMatch(/; Secure/i);
  });

  it.each([
    ['too large', { 'content-length': String(64 * 1024 * 1024) }, 413],
    ['of unstated length', { 'transfer-encoding': 'chunked' }, 411],
  ])('refuses a body %s before reading it', async (_case, headers, status) => {
    const url = new URL(server.url);
    const answered = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.write('{"query":"{ health { ok } }"}');
    });
    expect(answered).toBe(status);
  });
});
