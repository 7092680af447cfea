import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '@zi/db';
import { type Prisma, Role, type User } from '@zi/db/client';
import {
  accountScopeProblems,
  isEmail,
  message,
  normalEmail,
  passwordProblems,
  seesAccount,
} from '@zi/schema';
import { findInScope, reachLoaders } from '../access.ts';
import { closeSession, openSession, recordLoginAttempt, sessionCookie, sessionToken } from '../auth.ts';
import { builder } from '../builder.ts';
import { codedError, type FieldProblem, notFound, validationError } from '../errors.ts';
import { text } from '../inputs.ts';
import { recordChange } from '../services/changes.ts';
import { uniqueViolation } from '../services/evaluations.ts';

builder.enumType(Role, { name: 'Role' });

builder.prismaObject('User', {
  description:
    'An account: its role and the agency or unit it is scoped to. Only the account itself and administrators see it; ' +
    'everyone else meets it as a `Person`.',
  authScopes: (account, { user }) => user !== null && seesAccount(user, account),
  fields: (t) => ({
    id: t.exposeInt('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: Role }),
    active: t.exposeBoolean('active'),
    lastLoginAt: t.expose('lastLoginAt', { type: 'DateTime', nullable: true }),
    agency: t.relation('agency', { nullable: true }),
    unit: t.relation('unit', { nullable: true }),
  }),
});

const Session = builder.objectRef<{ token: string; expiresAt: Date; userId: number }>('Session').implement({
  description:
    'A signed-in session. Scripts send `Authorization: Bearer <token>`; the console uses the cookie.',
  fields: (t) => ({
    token: t.exposeString('token'),
    expiresAt: t.string({ resolve: (session) => session.expiresAt.toISOString() }),
    user: t.prismaField({
      type: 'User',
      resolve: (query, session, _args, { prisma }) =>
        prisma.user.findUniqueOrThrow({ ...query, where: { id: session.userId } }),
    }),
  }),
});

builder.queryField('me', (t) =>
  t.withAuth({ signedIn: true }).prismaField({
    type: 'User',
    description: 'The signed-in user.',
    resolve: (query, _root, _args, { prisma, user }) =>
      prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } }),
  }),
);

let standIn: Promise<string> | undefined;
const standInHash = () => {
  standIn ??= hashPassword(randomBytes(16).toString('hex'));
  return standIn;
};

builder.mutationField('login', (t) =>
  t.field({
    type: Session,
    skipTypeScopes: true,
    args: { email: t.arg.string(text('email')), password: t.arg.string(text('password')) },
    resolve: async (_root, args, context) => {
      const { prisma, request, clientIp, https } = context;
      const email = normalEmail(args.email);
      // The attempt is counted before the password is checked, so parallel guesses cannot outrun the limit.
      const attempt = await recordLoginAttempt(prisma, email, clientIp);
      if ('retryAfterMinutes' in attempt) {
        const wait = attempt.retryAfterMinutes;
        throw codedError('RATE_LIMITED', message('auth.tooManyAttempts', { minutes: wait }), {
          retryAfterMinutes: wait,
        });
      }
      const user = await prisma.user.findUnique({ where: { email } });
      // Unknown e-mails are checked against a stand-in hash, so timing does not tell which accounts exist.
      const matches = await verifyPassword(args.password, user?.passwordHash ?? (await standInHash()));
      const valid = Boolean(user?.active) && matches;
      if (valid) await attempt.succeeded();
      if (!user || !valid) {
        throw codedError('UNAUTHENTICATED', message('auth.wrongCredentials'));
      }
      const session = await openSession(prisma, user.id);
      // The rest of this request (the session's user and what it selects) is read as the user now signed in.
      Object.assign(context, { user, reaches: reachLoaders(prisma, user) });
      await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
      await request.cookieStore?.set({
        name: sessionCookie,
        value: session.token,
        expires: session.expiresAt.getTime(),
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        domain: null,
        // Browsers keep a Secure cookie off plain HTTP, so it is Secure whenever the request came over HTTPS.
        secure: https,
      });
      return { ...session, userId: user.id };
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.withAuth({ signedIn: true }).boolean({
    resolve: async (_root, _args, { prisma, request, sessions }) => {
      const token = await sessionToken(request);
      if (token) {
        await closeSession(prisma, token);
        await sessions.revoke({ token });
      }
      await request.cookieStore?.delete(sessionCookie);
      return true;
    },
  }),
);

const UserInput = builder.inputType('UserInput', {
  fields: (t) => ({
    email: t.string(text('email')),
    name: t.string(text('name')),
    role: t.field({ type: Role }),
    agencyId: t.int({
      required: false,
      description: 'Required for TPI and INSPEKTORAT; optional for ANALYST.',
    }),
    unitId: t.int({ required: false, description: 'Required for UNIT_OPERATOR.' }),
    active: t.boolean({ required: false, defaultValue: true }),
    password: t.string({
      required: false,
      ...text('password', 'Sets a new password: at least 12 characters, not a common or guessable one.'),
    }),
  }),
});

/** Checks an account's input; its scope must fit its role exactly, nothing is resolved silently. */
async function checkUser(
  tx: Prisma.TransactionClient,
  input: typeof UserInput.$inferInput,
  id: number | null,
) {
  const problems: FieldProblem[] = [];
  const email = normalEmail(input.email);
  if (!isEmail(email)) problems.push({ field: 'input.email', message: message('value.email') });
  if (await tx.user.count({ where: { email, ...(id ? { id: { not: id } } : {}) } })) {
    problems.push({ field: 'input.email', message: message('value.emailTaken', { email }) });
  }
  if (!input.name.trim()) problems.push({ field: 'input.name', message: message('value.required') });
  if (input.password != null)
    for (const problem of passwordProblems(input.password, { email, name: input.name }))
      problems.push({ field: 'input.password', message: problem });
  if (id === null && input.password == null)
    problems.push({ field: 'input.password', message: message('user.passwordForNew') });
  const agency =
    input.agencyId == null ? null : await tx.agency.findUnique({ where: { id: input.agencyId } });
  if (input.agencyId != null && !agency)
    problems.push({ field: 'input.agencyId', message: message('agency.missing', { id: input.agencyId }) });
  for (const problem of accountScopeProblems(input))
    problems.push({ field: `input.${problem.field}`, message: problem.message });
  if (input.role === 'UNIT_OPERATOR' && input.unitId != null) {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId } });
    if (!unit) problems.push({ field: 'input.unitId', message: message('user.operatorNeedsUnit') });
    else if (input.agencyId != null && unit.agencyId !== input.agencyId)
      problems.push({
        field: 'input.unitId',
        message: message('user.unitOfOtherAgency', { unit: unit.name }),
      });
  }
  if (problems.length) throw validationError(message('user.invalid'), problems);
}

/** The stored account: a unit operator's agency is its unit's. */
async function userData(tx: Prisma.TransactionClient, input: typeof UserInput.$inferInput) {
  const unit =
    input.role === 'UNIT_OPERATOR' && input.unitId != null
      ? await tx.unit.findUniqueOrThrow({ where: { id: input.unitId } })
      : null;
  return {
    email: normalEmail(input.email),
    name: input.name.trim(),
    role: input.role,
    agencyId: unit ? unit.agencyId : (input.agencyId ?? null),
    unitId: unit ? unit.id : null,
    active: input.active ?? true,
  };
}

/** A racing request registered the same e-mail first. */
const emailTaken = (input: typeof UserInput.$inferInput) => (error: unknown) => {
  if (!uniqueViolation(error)) throw error;
  throw validationError(message('user.invalid'), [
    {
      field: 'input.email',
      message: message('value.emailTaken', { email: normalEmail(input.email) }),
    },
  ]);
};

builder.queryFields((t) => ({
  users: t.withAuth({ may: 'user.read' }).prismaField({
    type: ['User'],
    resolve: (query, _root, _args, { prisma }) =>
      prisma.user.findMany({ ...query, orderBy: { email: 'asc' } }),
  }),
  user: t.withAuth({ may: 'user.read' }).prismaField({
    type: 'User',
    description: 'One account, for administrators.',
    args: { id: t.arg.int() },
    resolve: async (query, _root, { id }, { prisma }) => {
      const user = await prisma.user.findUnique({ ...query, where: { id } });
      if (!user) throw notFound('user', id);
      return user;
    },
  }),
}));

builder.mutationFields((t) => ({
  createUser: t.withAuth({ may: 'user.write' }).prismaField({
    type: 'User',
    args: { input: t.arg({ type: UserInput }) },
    resolve: async (query, _root, { input }, context) => {
      const passwordHash = input.password ? await hashPassword(input.password) : '';
      return context.prisma
        .$transaction(async (tx) => {
          await checkUser(tx, input, null);
          const data = await userData(tx, input);
          const user = await tx.user.create({ ...query, data: { ...data, passwordHash } });
          await recordChange(tx, {
            entity: 'User',
            entityId: user.id,
            action: 'CREATE',
            after: data,
            actorId: context.user.id,
          });
          return user;
        })
        .catch(emailTaken(input));
    },
  }),
  updateUser: t.withAuth({ may: 'user.write' }).prismaField({
    type: 'User',
    args: { id: t.arg.int(), input: t.arg({ type: UserInput }) },
    resolve: async (query, _root, { id, input }, context) => {
      const passwordHash = input.password ? await hashPassword(input.password) : undefined;
      return context.prisma
        .$transaction(async (tx) => {
          const before = await findInScope<'user', Omit<User, 'passwordHash'>>(tx, context.user, 'user', id, {
            omit: { passwordHash: true },
          });
          await checkUser(tx, input, id);
          const data = await userData(tx, input);
          const user = await tx.user.update({
            ...query,
            where: { id },
            data: { ...data, ...(passwordHash ? { passwordHash } : {}) },
          });
          // A deactivated account or a new password ends the user's sessions.
          if (!data.active || passwordHash) await tx.session.deleteMany({ where: { userId: id } });
          await recordChange(tx, {
            entity: 'User',
            entityId: id,
            action: 'UPDATE',
            before,
            after: { ...data, passwordChanged: Boolean(passwordHash) },
            actorId: context.user.id,
          });
          return user;
        })
        .catch(emailTaken(input))
        .finally(() => context.sessions.revoke({ userId: id }));
    },
  }),
}));
