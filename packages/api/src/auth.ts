import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient, User } from '@zi/db/client';
import pg from 'pg';

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
  if (request.cookieStore) return (await request.cookieStore.get(sessionCookie))?.value ?? undefined;
  // Outside yoga (file routes) the cookie is read from its header.
  for (const pair of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === sessionCookie) return value.join('=');
  }
  return undefined;
}

/** The active user of an unexpired session, with the session's expiry; one statement. */
async function readSession(prisma: PrismaClient, token: string) {
  const [row] = await prisma.$queryRaw<(User & { sessionExpiresAt: Date })[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u."agencyId", u."unitId", u."passwordHash", u.active,
           u."createdAt", u."lastLoginAt", s."expiresAt" AS "sessionExpiresAt"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${digest(token)} AND s."expiresAt" > now() AT TIME ZONE 'UTC' AND u.active`;
  if (!row) return null;
  const { sessionExpiresAt, ...user } = row;
  return { user, expiresAt: sessionExpiresAt.getTime() };
}

/**
 * How long a replica trusts a session it has just read. A console page asks several things at once and
 * a script many in a row: they cost one lookup instead of one each (the lookup was half the time of a
 * small request). Signing out, deactivating an account, a new password or role apply on this replica at
 * once and on the others as soon as PostgreSQL tells them (`revocations`); while a replica is not
 * listening (the embedded database, a dropped connection) it trusts a session only `sessionTrustMs`.
 */
export const sessionTrustMs = 1_000;
export const sessionTrustListeningMs = 60_000;
const maxTrustedSessions = 10_000;

/** The PostgreSQL channel on which replicas tell each other which sessions to stop trusting. */
const revocations = 'zi_session_revocations';

type Revoked = { userId: number } | { token: string };

/** `user:<id>`, or `session:<digest>`: a notification never carries a token itself. */
const revocationPayload = (of: Revoked) =>
  'token' in of ? `session:${digest(of.token)}` : `user:${of.userId}`;

/**
 * The signed-in user of a request's token, read through a per-replica cache. With `listenUrl` (PostgreSQL)
 * the replica listens for revocations from every replica and trusts a session `sessionTrustListeningMs`;
 * when the connection drops it forgets everything it trusted (it may have missed a revocation), trusts
 * only `sessionTrustMs` and reconnects.
 */
export function sessionReader(prisma: PrismaClient, listenUrl?: string) {
  const trusted = new Map<string, { user: User | null; expiresAt: number; until: number }>();
  let listening = false;
  let closed = false;
  let listener: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  // Bumped by every revocation heard and every lost connection: a session read while it moved may be one
  // revoked during the read, so it is trusted only briefly.
  let revocationsHeard = 0;

  const forget = (payload: string) => {
    revocationsHeard++;
    const [kind, value] = payload.split(':');
    if (kind === 'session') trusted.delete(value ?? '');
    else if (kind === 'user')
      for (const [key, entry] of trusted) if (entry.user?.id === Number(value)) trusted.delete(key);
  };
  const reconnectLater = () => {
    listening = false;
    revocationsHeard++;
    trusted.clear();
    listener?.removeAllListeners();
    listener?.end().catch(() => undefined);
    listener = undefined;
    if (!closed && !retry) retry = setTimeout(listen, 1_000).unref();
  };
  async function listen() {
    retry = undefined;
    if (!listenUrl || closed) return;
    const client = new pg.Client({ connectionString: listenUrl });
    listener = client;
    client.on('notification', (notice) => forget(notice.payload ?? ''));
    client.on('error', reconnectLater);
    client.on('end', () => {
      if (listener === client) reconnectLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${revocations}`);
      trusted.clear();
      listening = true;
    } catch {
      reconnectLater();
    }
  }
  void listen();

  return {
    async userFor(token: string | undefined): Promise<User | null> {
      if (!token) return null;
      const key = digest(token);
      const now = Date.now();
      const known = trusted.get(key);
      if (known && known.until > now) return known.expiresAt > now ? known.user : null;
      const heardBefore = revocationsHeard;
      const session = await readSession(prisma, token);
      const settled = listening && revocationsHeard === heardBefore;
      if (trusted.size >= maxTrustedSessions) trusted.clear();
      trusted.set(key, {
        user: session?.user ?? null,
        expiresAt: session?.expiresAt ?? 0,
        until: now + (settled ? sessionTrustListeningMs : sessionTrustMs),
      });
      return session?.user ?? null;
    },
    /** Stops trusting `userId`'s sessions (or one token's) on this replica at once and on every other one. */
    async revoke(of: Revoked) {
      const payload = revocationPayload(of);
      forget(payload);
      await prisma.$executeRaw`SELECT pg_notify(${revocations}, ${payload})`;
    },
    /** Whether this replica hears other replicas' revocations (and so trusts sessions longer). */
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      listener?.removeAllListeners();
      await listener?.end().catch(() => undefined);
    },
  };
}

export type SessionReader = ReturnType<typeof sessionReader>;

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

/** How long sign-in attempts are kept after the limit's window has passed: for looking into an attack. */
export const loginAttemptRetentionMs = 30 * 24 * 60 * 60 * 1000;

/** How often each replica prunes; the deletes are idempotent, so replicas need not take turns. */
export const pruneEveryMs = 60 * 60 * 1000;

/** Deletes expired sessions and sign-in attempts older than the retention; answers how many of each. */
export async function pruneSignInRecords(prisma: PrismaClient, now = new Date()) {
  const [sessions, attempts] = await prisma.$transaction([
    prisma.session.deleteMany({ where: { expiresAt: { lte: now } } }),
    prisma.loginAttempt.deleteMany({
      where: { at: { lt: new Date(now.getTime() - loginAttemptRetentionMs) } },
    }),
  ]);
  return { sessions: sessions.count, attempts: attempts.count };
}
