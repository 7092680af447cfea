import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedSchema } from '../src/schema/index.ts';
import { startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

describe('the API over HTTP', () => {
  let server: Server;
  let admin: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('admin@zi.go.id');
  });
  afterAll(() => server.stop());

  it('answers health, without signing in, with the database it runs on', async () => {
    const { response, body } = await server.graphql('{ health { ok database } }');
    expect(response.status).toBe(200);
    expect(body).toEqual({
      data: { health: { ok: true, database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite' } },
    });
  });

  it('answers a load balancer’s liveness and readiness probes without a session, never cached', async () => {
    const origin = new URL(server.url).origin;
    for (const [path, body] of [
      ['/healthz', { status: 'ok' }],
      ['/readyz', { status: 'ready', database: server.database.kind, databaseAnswers: true }],
    ] as const) {
      const response = await fetch(`${origin}${path}`);
      expect([response.status, await response.json()]).toEqual([200, body]);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('refuses everything else without a session: UNAUTHENTICATED', async () => {
    const { body } = await server.graphql('{ agencies { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });

  it('lists agencies with their unit trees', async () => {
    const { body } = await server.graphql<{
      agencies: {
        totalCount: number;
        nodes: { code: string; units: { code: string; parent: { code: string } | null }[] }[];
      };
    }>('{ agencies { totalCount nodes { code units { code parent { code } } } } }', {}, admin);
    const agencies = body.data?.agencies.nodes ?? [];
    expect(body.data?.agencies.totalCount).toBe(4);
    expect(agencies.map((agency) => agency.code)).toEqual([
      'KEMENKEU',
      'KAB-BANYUWANGI',
      'KOTA-SURABAYA',
      'PROV-JABAR',
    ]);
    const kemenkeu = agencies.find((agency) => agency.code === 'KEMENKEU');
    expect(kemenkeu?.units.find((unit) => unit.code === 'KPP-BDG-CIBEUNYING')?.parent?.code).toBe(
      'KANWIL-DJP-JABAR1',
    );
  });

  it('loads agencies → units → evaluations → score and progress in a fixed number of SQL statements', async () => {
    const query = `{ agencies { nodes { name units { name parent { name } children { name }
      evaluations { year stage score { total complete } progress(layer: UNIT) { answered withEvidence } } } } } }`;
    await server.graphql(query, {}, admin); // instruments are read once per process; measure the steady state
    // The session lookup is cached for a second per replica (auth.ts), so whether it runs depends on the clock.
    const dataStatements = async () =>
      (await server.queries.during(() => server.graphql(query, {}, admin))).filter(
        (statement) => !statement.includes('FROM "Session" s JOIN "User"'),
      );
    const statements = await dataStatements();
    expect(statements.length).toBeLessThanOrEqual(12);
    // Sorted: on PostgreSQL independent loads run concurrently and may finish in any order.
    expect([...statements].sort()).toMatchSnapshot();

    // Twice the units and evaluations: the same statements.
    const { prisma } = server.database;
    const units = await prisma.unit.findMany({ include: { evaluations: true } });
    for (const unit of units) {
      const copy = await prisma.unit.create({
        data: {
          agencyId: unit.agencyId,
          parentId: unit.parentId,
          code: `${unit.code}-B`,
          name: `${unit.name} B`,
          eselon: unit.eselon,
        },
      });
      for (const evaluation of unit.evaluations) {
        await prisma.evaluation.create({
          data: { unitId: copy.id, year: evaluation.year, instrumentId: evaluation.instrumentId },
        });
      }
    }
    const doubled = await dataStatements();
    expect([...doubled].sort()).toEqual([...statements].sort());
  });

  it('signs in with a cookie for the console and a bearer token for scripts', async () => {
    const login = await server.graphql<{ login: { token: string; user: { role: string } } }>(
      'mutation { login(email: "tpi@kemenkeu.go.id", password: "tpi-demo") { token user { role } } }',
    );
    expect(login.body.data?.login.user.role).toBe('TPI');
    const cookie = login.response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^zi_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = login.body.data?.login.token ?? '';
    const viaCookie = await server.graphql('{ me { email } }', {}, { cookie: cookie.split(';')[0] ?? '' });
    const viaBearer = await server.graphql('{ me { email } }', {}, { authorization: `Bearer ${token}` });
    expect(viaCookie.body.data).toEqual({ me: { email: 'tpi@kemenkeu.go.id' } });
    expect(viaBearer.body.data).toEqual({ me: { email: 'tpi@kemenkeu.go.id' } });

    await server.graphql('mutation { logout }', {}, { authorization: `Bearer ${token}` });
    const afterLogout = await server.graphql('{ me { email } }', {}, { authorization: `Bearer ${token}` });
    expect(afterLogout.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('applies a role change and a deactivation to a signed-in user at the next request, cache or not', async () => {
    const analyst = await server.signIn('analis@menpan.go.id');
    const me = () => server.graphql<{ me: { role: string } }>('{ me { role } }', {}, analyst);
    expect((await me()).body.data?.me.role).toBe('ANALYST');
    const { id } = await server.database.prisma.user.findUniqueOrThrow({
      where: { email: 'analis@menpan.go.id' },
    });
    const update = (active: boolean) =>
      server.graphql(
        `mutation($id: Int!, $active: Boolean!) { updateUser(id: $id, input: {
          email: "analis@menpan.go.id", name: "Analis Nasional", role: TPN, active: $active }) { id } }`,
        { id, active },
        admin,
      );
    expect((await update(true)).body.errors).toBeUndefined();
    expect((await me()).body.data?.me.role).toBe('TPN');
    expect((await update(false)).body.errors).toBeUndefined();
    expect((await me()).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password with UNAUTHENTICATED and no session', async () => {
    const { response, body } = await server.graphql(
      'mutation { login(email: "admin@zi.go.id", password: "salah") { token } }',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('serves GraphiQL to a browser at /graphql with every asset inside the page, gzipped, revalidated by ETag', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const html = await response.text();
    expect(html).toMatch(/ZI Workbench GraphQL/);
    expect(html).toMatch(/YogaGraphiQL\.renderYogaGraphiQL/);
    // Nothing fetched from elsewhere: no script or stylesheet with an address of its own.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);
    const again = await fetch(server.url, {
      headers: { accept: 'text/html', 'if-none-match': response.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});

describe('schema.graphql', () => {
  it('is the committed snapshot of the schema (run `pnpm --filter @zi/api schema:write` after a change)', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(printedSchema()).toBe(committed);
  });
});
