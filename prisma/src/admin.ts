import { isEmail, normalEmail, passwordProblems, renderMessage } from '@zi/schema';
import type { PrismaClient } from '../generated/client/client.ts';
import { DatabaseError } from './errors.ts';
import { hashPassword } from './passwords.ts';

/**
 * Creates an administrator, or resets one: the password is replaced, the account active and ADMIN again,
 * and every session of it closed. The way onto a production database, which gets no demo accounts.
 * Refuses (changing nothing) an e-mail that is not one and a password the product would refuse a user.
 */
export async function ensureAdministrator(
  prisma: PrismaClient,
  input: { email: string; name?: string | undefined; password: string },
): Promise<'created' | 'reset'> {
  const email = normalEmail(input.email);
  if (!isEmail(email)) throw new DatabaseError(`"${input.email}" is not an e-mail address`);
  const existing = await prisma.user.findUnique({ where: { email } });
  const name = input.name?.trim() || existing?.name || 'Administrator';
  const problems = passwordProblems(input.password, { email, name });
  if (problems.length)
    throw new DatabaseError(
      `the password is refused: ${problems.map((problem) => renderMessage(problem, 'en')).join('; ')}`,
    );
  const account = {
    name,
    role: 'ADMIN' as const,
    agencyId: null,
    unitId: null,
    active: true,
    passwordHash: await hashPassword(input.password),
  };
  await prisma.$transaction([
    prisma.user.upsert({ where: { email }, create: { email, ...account }, update: account }),
    prisma.session.deleteMany({ where: { user: { email } } }),
  ]);
  return existing ? 'reset' : 'created';
}

/** Whether anyone can administer the product: a start without one tells the operator to run `db:admin`. */
export async function hasAdministrator(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: { role: 'ADMIN', active: true } })) > 0;
}
