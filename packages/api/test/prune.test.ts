import { openTestDatabase, type TestDatabase } from '@zi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAttemptRetentionMs, pruneSignInRecords } from '../src/auth.ts';
import { createServer } from '../src/server.ts';

const hour = 60 * 60 * 1000;

describe('sign-in records are pruned', () => {
  let database: TestDatabase;
  let userId: number;

  beforeAll(async () => {
    database = await openTestDatabase();
    ({ id: userId } = await database.prisma.user.create({
      data: { email: 'pegawai@kota.go.id', name: 'Pegawai', role: 'ANALYST', passwordHash: 'x' },
    }));
  });
  afterAll(() => database.dispose());

  /** An expired and a live session, an attempt past the retention and a recent one. */
  async function plant() {
    const now = Date.now();
    await database.prisma.session.createMany({
      data: [
        { id: `kedaluwarsa-${now}`, userId, expiresAt: new Date(now - hour) },
        { id: `aktif-${now}`, userId, expiresAt: new Date(now + hour) },
      ],
    });
    await database.prisma.loginAttempt.createMany({
      data: [
        {
          email: 'pegawai@kota.go.id',
          ip: '10.0.0.1',
          success: false,
          at: new Date(now - loginAttemptRetentionMs - hour),
        },
        { email: 'pegawai@kota.go.id', ip: '10.0.0.1', success: false, at: new Date(now - hour) },
      ],
    });
  }

  const left = async () => ({
    sessions: (await database.prisma.session.findMany()).map((session) => session.id.split('-')[0]).sort(),
    attempts: await database.prisma.loginAttempt.count(),
  });

  it('keeps live sessions and recent attempts, and deletes the rest', async () => {
    await plant();
    expect(await pruneSignInRecords(database.prisma)).toEqual({ sessions: 1, attempts: 1 });
    expect(await left()).toEqual({ sessions: ['aktif'], attempts: 1 });
    await database.prisma.session.deleteMany();
    await database.prisma.loginAttempt.deleteMany();
  });

  it('is done by every server as it starts listening', async () => {
    await plant();
    const server = createServer(database, { settings: { allowedOrigins: [], trustProxy: false } });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await expect.poll(left).toEqual({ sessions: ['aktif'], attempts: 1 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
