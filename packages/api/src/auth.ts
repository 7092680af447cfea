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

/** Minutes until `email` from `ip` may try again, or 0. Counted in the database, so replicas agree. */
export async function loginLockout(prisma: PrismaClient, email: string, ip: string): Promise<number> {
  const since = new Date(Date.now() - loginLimits.windowMs);
  const [byEmail, byAddress] = await Promise.all([
    prisma.loginAttempt.findMany({
      where: { email, success: false, at: { gte: since } },
      orderBy: { at: 'asc' },
      select: { at: true },
    }),
    prisma.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  if (byEmail.length < loginLimits.perEmail && byAddress < loginLimits.perAddress) return 0;
  const oldest = byEmail[0]?.at ?? since;
  return Math.max(1, Math.ceil((oldest.getTime() + loginLimits.windowMs - Date.now()) / 60_000));
}
