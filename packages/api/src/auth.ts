import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient, User } from '@zi/db/client';

export const sessionCookie = 'zi_session';
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A new session for `userId`; only the token's digest is stored. */
export async function openSession(prisma: PrismaClient, userId: number) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionLifetimeMs);
  await prisma.session.create({ data: { id: digest(token), userId, expiresAt } });
  return { token, expiresAt };
}

export async function closeSession(prisma: PrismaClient, token: string) {
  await prisma.session.deleteMany({ where: { id: digest(token) } });
}

/** The session token of a request: the console's cookie, or `Authorization: Bearer` for scripts. */
export async function sessionToken(request: Request): Promise<string | undefined> {
  const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  return (await request.cookieStore?.get(sessionCookie))?.value ?? undefined;
}

export async function userForToken(prisma: PrismaClient, token: string | undefined): Promise<User | null> {
  if (!token) return null;
  const session = await prisma.session.findUnique({ where: { id: digest(token) }, include: { user: true } });
  if (!session || session.expiresAt <= new Date() || !session.user.active) return null;
  return session.user;
}

/** Failed sign-ins allowed per e-mail and per address within the window before login is refused. */
export const loginLimits = { windowMs: 15 * 60 * 1000, perEmail: 5, perAddress: 30 };

/**
 * Counts a sign-in attempt before its password is checked, as a failure until `succeeded` says otherwise.
 * Attempts for one e-mail or from one address are counted one at a time (an advisory lock on each), so
 * parallel guesses queue and the limit holds; counted in the database, so replicas agree. Answers the
 * minutes to wait instead when the limit is reached.
 */
export async function recordLoginAttempt(
  prisma: PrismaClient,
  email: string,
  ip: string,
): Promise<{ retryAfterMinutes: number } | { succeeded(): Promise<void> }> {
  const since = new Date(Date.now() - loginLimits.windowMs);
  const outcome = await prisma.$transaction(async (tx) => {
    for (const key of [`login-email:${email}`, `login-ip:${ip}`].sort())
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const failedForEmail = await tx.loginAttempt.findMany({
      where: { email, success: false, at: { gte: since } },
      orderBy: { at: 'asc' },
      select: { at: true },
      take: loginLimits.perEmail,
    });
    const failedFromAddress = await tx.loginAttempt.count({
      where: { ip, success: false, at: { gte: since } },
    });
    if (failedForEmail.length >= loginLimits.perEmail || failedFromAddress >= loginLimits.perAddress) {
      const oldest = failedForEmail[0]?.at ?? since;
      const minutes = Math.ceil((oldest.getTime() + loginLimits.windowMs - Date.now()) / 60_000);
      return { retryAfterMinutes: Math.max(1, minutes) };
    }
    return tx.loginAttempt.create({ data: { email, ip, success: false }, select: { id: true } });
  });
  if ('retryAfterMinutes' in outcome) return outcome;
  return {
    async succeeded() {
      await prisma.loginAttempt.update({ where: { id: outcome.id }, data: { success: true } });
    },
  };
}
