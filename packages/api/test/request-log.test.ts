import type { AddressInfo } from 'node:net';
import { openTestDatabase, type TestDatabase } from '@zi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../src/request-log.ts';
import { createServer } from '../src/server.ts';

describe('the request log', () => {
  let database: TestDatabase;
  let server: ReturnType<typeof createServer>;
  let endpoint: string;
  const entries: RequestLogEntry[] = [];

  beforeAll(async () => {
    database = await openTestDatabase({ seed: 'always' });
    server = createServer(database, {
      settings: { allowedOrigins: [], trustProxy: false },
      log: (entry) => entries.push(entry),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await database.dispose();
  });

  const post = (body: object, headers: Record<string, string> = {}) =>
    fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('writes one entry per request with its id, the user and the operation, never a secret', async () => {
    const password = 'analis-demo';
    const login = await post({
      query:
        'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: { email: 'analis@menpan.go.id', password },
    });
    const { data } = (await login.json()) as { data: { login: { token: string } } };
    const token = data.login.token;
    const asked = await post(
      { query: 'query WhoAmI { me { id } }' },
      { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.9' },
    );
    const { data: me } = (await asked.json()) as { data: { me: { id: number } } };
    await expect.poll(() => entries.length).toBe(2);
    const [signIn, whoAmI] = entries;
    expect(signIn).toMatchObject({
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'SignIn',
      userId: null,
    });
    expect(whoAmI).toMatchObject({ status: 200, operation: 'WhoAmI', userId: me.me.id, ip: '127.0.0.1' });
    expect(whoAmI?.requestId).toBe(asked.headers.get('x-request-id'));
    expect(signIn?.requestId).not.toBe(whoAmI?.requestId);
    const written = JSON.stringify(entries);
    expect(written).not.toContain(password);
    expect(written).not.toContain(token);
  });
});
