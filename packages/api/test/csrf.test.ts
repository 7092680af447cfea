import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

const allowed = 'https://portal.example.go.id';
const evil = 'http://evil.example';
const createAgency = (code: string) =>
  `mutation { createAgency(input: { kind: KOTA, code: "${code}", name: "Kota Palsu" }) { id } }`;

/** Signs the administrator in as the console does and returns its session cookie. */
async function cookieOf(server: Server) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(server.url).origin },
    body: JSON.stringify({
      query: 'mutation { login(email: "admin@zi.go.id", password: "admin-demo") { token } }',
    }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('cross-site requests', () => {
  let server: Server;
  let cookie: string;

  beforeAll(async () => {
    server = await startTestServer({ allowedOrigins: [allowed], trustProxy: false });
    cookie = await cookieOf(server);
    expect(cookie).toMatch(/^zi_session=/);
  });
  afterAll(() => server.stop());

  const agencyCount = (code: string) => server.database.prisma.agency.count({ where: { code } });

  it.each([
    ['application/json', (code: string) => JSON.stringify({ query: createAgency(code) })],
    [
      'application/x-www-form-urlencoded',
      (code: string) => new URLSearchParams({ query: createAgency(code) }).toString(),
    ],
    ['text/plain', (code: string) => JSON.stringify({ query: createAgency(code) })],
  ])('refuses a %s mutation posted from another site with the session cookie', async (type, body) => {
    const code = `CSRF-${type.length}`;
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': type, origin: evil, cookie },
      body: body(code),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    expect(await agencyCount(code)).toBe(0);
  });

  it('refuses a multipart mutation posted from another site', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: createAgency('CSRF-MULTI') }));
    form.set('map', '{}');
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { origin: evil, cookie },
      body: form,
    });
    expect(response.status).toBe(403);
    expect(await agencyCount('CSRF-MULTI')).toBe(0);
  });

  it('refuses a cross-site browser request that hides its origin', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site', cookie },
      body: JSON.stringify({ query: createAgency('CSRF-HIDDEN') }),
    });
    expect(response.status).toBe(403);
    expect(await agencyCount('CSRF-HIDDEN')).toBe(0);
  });

  it('answers no other site’s preflight, and an allowed origin’s with credentials', async () => {
    const preflight = (origin: string) =>
      fetch(server.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const fromEvil = await preflight(evil);
    expect(fromEvil.headers.get('access-control-allow-origin')).toBeNull();
    const fromAllowed = await preflight(allowed);
    expect(fromAllowed.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(fromAllowed.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it.each([
    ['the product’s own origin', () => ({ origin: new URL(server.url).origin }), 'CSRF-OWN'],
    ['an allowed origin', () => ({ origin: allowed }), 'CSRF-ALLOWED'],
    ['a script without an origin', () => ({}), 'CSRF-SCRIPT'],
  ])('lets %s write with the cookie', async (_case, origin, code) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...origin() },
      body: JSON.stringify({ query: createAgency(code) }),
    });
    expect(response.status).toBe(200);
    expect(await agencyCount(code)).toBe(1);
  });

  it('closes CORS to every origin when none is allowed', async () => {
    const closed = await startTestServer();
    try {
      const response = await fetch(closed.url, {
        method: 'OPTIONS',
        headers: { origin: allowed, 'access-control-request-method': 'POST' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await closed.stop();
    }
  });
});

describe('behind a proxy that terminates TLS, with the public address set (ZI_PUBLIC_URL)', () => {
  const publicOrigin = 'https://zi.pemkot.go.id';
  let server: Server;
  beforeAll(async () => {
    server = await startTestServer({ allowedOrigins: [], trustProxy: false, publicOrigin });
  });
  afterAll(() => server.stop());

  it('takes pages from the public address as its own and makes the session cookie Secure', async () => {
    const login = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: publicOrigin },
      body: JSON.stringify({
        query: 'mutation { login(email: "admin@zi.go.id", password: "admin-demo") { token } }',
      }),
    });
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/; Secure/i);
    const created = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: publicOrigin,
        cookie: setCookie.split(';')[0] ?? '',
      },
      body: JSON.stringify({ query: createAgency('PUBLIK-1') }),
    });
    expect(created.status).toBe(200);
    expect(await server.database.prisma.agency.count({ where: { code: 'PUBLIK-1' } })).toBe(1);
    const forged = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://zi.pemkot.go.id.evil.example',
        cookie: setCookie.split(';')[0] ?? '',
      },
      body: JSON.stringify({ query: createAgency('PUBLIK-2') }),
    });
    expect(forged.status).toBe(403);
  });
});
