import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

describe('hardening', () => {
  let server: Server;
  let admin: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('admin@zi.go.id');
  });
  afterAll(() => server.stop());

  it('passes every MUST of the GraphQL-over-HTTP audit (graphql-http serverAudits)', async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: server.url, fetchFn: fetch })) {
      if (!audit.name.startsWith('MUST')) continue;
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses documents nested deeper than the limit', async () => {
    const parents = 12;
    const deep = `{ agencies { nodes { units { ${'parent { '.repeat(parents)}name${' }'.repeat(parents)} } } } }`;
    const { body } = await server.graphql(deep, {}, admin);
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
    expect(body.data ?? null).toBeNull();
  });

  it('refuses documents with too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: health { ok }`).join(' ');
    const { body } = await server.graphql(`{ ${aliases} }`, {}, admin);
    expect(body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('caps a page at 200 rows whatever `first` asks for', async () => {
    const agency = await server.database.prisma.agency.findFirstOrThrow();
    await server.database.prisma.unit.createMany({
      data: Array.from({ length: 210 }, (_, index) => ({
        agencyId: agency.id,
        code: `PAGE-${index}`,
        name: `Unit ${index}`,
        eselon: 'IV' as const,
      })),
    });
    const { body } = await server.graphql<{
      units: { nodes: unknown[]; totalCount: number; pageInfo: { hasNextPage: boolean } };
    }>('{ units(first: 5000) { totalCount nodes { id } pageInfo { hasNextPage } } }', {}, admin);
    expect(body.data?.units.totalCount).toBeGreaterThan(200);
    expect(body.data?.units.nodes).toHaveLength(200);
    expect(body.data?.units.pageInfo.hasNextPage).toBe(true);
  });

  it('rate-limits sign-in by e-mail after five failures, even with the right password', async () => {
    const attempt = (password: string) =>
      server.graphql(
        'mutation($p: String!) { login(email: "analis@menpan.go.id", password: $p) { token } }',
        { p: password },
      );
    for (let count = 0; count < 5; count++) {
      expect((await attempt('salah')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await attempt('analis-demo');
    expect(blocked.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMinutes: expect.any(Number),
    });
    expect(await server.database.prisma.loginAttempt.count({ where: { email: 'analis@menpan.go.id' } })).toBe(
      5,
    );
  });
});
