import { openTestDatabase, type TestDatabase, testServerUrl } from '@zi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, sessionReader } from '../src/auth.ts';

/** A replica's session cache when it stops hearing the others: it must not keep trusting what it read. */
describe.skipIf(!testServerUrl)('a replica that loses its revocation listener', () => {
  let database: TestDatabase;
  let reader: ReturnType<typeof sessionReader>;

  beforeAll(async () => {
    database = await openTestDatabase();
    reader = sessionReader(database.prisma, database.url);
  });
  afterAll(async () => {
    await reader.close();
    await database.dispose();
  });

  it('forgets every session it trusted, trusts the next ones briefly, and listens again', async () => {
    await expect.poll(() => reader.listening).toBe(true);
    const user = await database.prisma.user.create({
      data: { email: 'replika@kota.go.id', name: 'Replika', role: 'ANALYST', passwordHash: 'x' },
    });
    const { token } = await openSession(database.prisma, user.id);
    expect((await reader.userFor(token))?.id).toBe(user.id);
    // The listener's connection is cut, and meanwhile the session ends without any replica being told.
    await database.prisma.$executeRaw`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND query LIKE 'LISTEN %'`;
    await database.prisma.session.deleteMany({ where: { userId: user.id } });
    await expect.poll(() => reader.userFor(token), { timeout: 3_000 }).toBeNull();
    await expect.poll(() => reader.listening, { timeout: 5_000 }).toBe(true);
  });
});
