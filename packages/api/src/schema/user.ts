import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '@zi/db';
import { type Prisma, Role } from '@zi/db/client';
import { GraphQLError } from 'graphql';
import { closeSession, loginLockout, openSession, sessionCookie, sessionToken } from '../auth.ts';
import { builder, currentUser } from '../builder.ts';
import { errorCodes, type FieldProblem, notFound, validationError } from '../errors.ts';
import { recordChange } from './change.ts';

builder.enumType(Role, { name: 'Role' });

builder.prismaObject('User', {
  description: 'An account: its role and the agency or unit it is scoped to.',
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
  t.prismaField({
    type: 'User',
    description: 'The signed-in user.',
    resolve: (query, _root, _args, { prisma, user }) =>
      prisma.user.findUniqueOrThrow({ ...query, where: { id: user?.id ?? -1 } }),
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
    args: { email: t.arg.string(), password: t.arg.string() },
    resolve: async (_root, args, { prisma, request, clientIp }) => {
      const email = args.email.trim().toLowerCase();
      const wait = await loginLockout(prisma, email, clientIp);
      if (wait > 0) {
        throw new GraphQLError(`Terlalu banyak percobaan masuk. Coba lagi dalam ${wait} menit.`, {
          extensions: { code: errorCodes.RATE_LIMITED, retryAfterMinutes: wait },
        });
      }
      const user = await prisma.user.findUnique({ where: { email } });
      // Unknown e-mails are checked against a stand-in hash, so timing does not tell which accounts exist.
      const matches = await verifyPassword(args.password, user?.passwordHash ?? (await standInHash()));
      const valid = Boolean(user?.active) && matches;
      await prisma.loginAttempt.create({ data: { email, ip: clientIp, success: valid } });
      if (!user || !valid) {
        throw new GraphQLError('Email atau kata sandi salah.', {
          extensions: { code: errorCodes.UNAUTHENTICATED },
        });
      }
      const session = await openSession(prisma, user.id);
      await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
      await request.cookieStore?.set({
        name: sessionCookie,
        value: session.token,
        expires: session.expiresAt.getTime(),
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        domain: null,
        secure: false,
      });
      return { ...session, userId: user.id };
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    resolve: async (_root, _args, { prisma, request }) => {
      const token = await sessionToken(request);
      if (token) await closeSession(prisma, token);
      await request.cookieStore?.delete(sessionCookie);
      return true;
    },
  }),
);

const UserInput = builder.inputType('UserInput', {
  fields: (t) => ({
    email: t.string(),
    name: t.string(),
    role: t.field({ type: Role }),
    agencyId: t.int({
      required: false,
      description: 'Required for TPI and INSPEKTORAT; optional for ANALYST.',
    }),
    unitId: t.int({ required: false, description: 'Required for UNIT_OPERATOR.' }),
    active: t.boolean({ required: false, defaultValue: true }),
    password: t.string({ required: false, description: 'Sets a new password (at least 10 characters).' }),
  }),
});

async function checkUser(
  tx: Prisma.TransactionClient,
  input: typeof UserInput.$inferInput,
  id: number | null,
) {
  const problems: FieldProblem[] = [];
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problems.push({ field: 'input.email', message: 'alamat email tidak valid' });
  if (await tx.user.count({ where: { email, ...(id ? { id: { not: id } } : {}) } })) {
    problems.push({ field: 'input.email', message: `${email} sudah terdaftar` });
  }
  if (!input.name.trim()) problems.push({ field: 'input.name', message: 'nama wajib diisi' });
  if (input.password != null && input.password.length < 10) {
    problems.push({ field: 'input.password', message: 'kata sandi minimal 10 karakter' });
  }
  if (id === null && input.password == null)
    problems.push({ field: 'input.password', message: 'pengguna baru memerlukan kata sandi' });
  if ((input.role === 'TPI' || input.role === 'INSPEKTORAT') && input.agencyId == null) {
    problems.push({ field: 'input.agencyId', message: `peran ${input.role} memerlukan instansi` });
  }
  if (input.role === 'UNIT_OPERATOR') {
    const unit = input.unitId == null ? null : await tx.unit.findUnique({ where: { id: input.unitId } });
    if (!unit) problems.push({ field: 'input.unitId', message: 'operator unit memerlukan unit yang ada' });
  }
  if (problems.length) throw validationError('Data pengguna tidak valid.', problems);
}

async function userData(tx: Prisma.TransactionClient, input: typeof UserInput.$inferInput) {
  const unit =
    input.role === 'UNIT_OPERATOR' && input.unitId != null
      ? await tx.unit.findUnique({ where: { id: input.unitId } })
      : null;
  return {
    email: input.email.trim().toLowerCase(),
    name: input.name.trim(),
    role: input.role,
    agencyId: unit ? unit.agencyId : (input.agencyId ?? null),
    unitId: unit ? unit.id : null,
    active: input.active ?? true,
  };
}

builder.queryField('users', (t) =>
  t.prismaField({
    type: ['User'],
    authScopes: { role: ['ADMIN'] },
    resolve: (query, _root, _args, { prisma }) =>
      prisma.user.findMany({ ...query, orderBy: { email: 'asc' } }),
  }),
);

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: 'User',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: UserInput }) },
    resolve: async (query, _root, { input }, context) => {
      const passwordHash = input.password ? await hashPassword(input.password) : '';
      return context.prisma.$transaction(async (tx) => {
        await checkUser(tx, input, null);
        const data = await userData(tx, input);
        const user = await tx.user.create({ ...query, data: { ...data, passwordHash } });
        await recordChange(tx, {
          entity: 'User',
          entityId: user.id,
          action: 'CREATE',
          after: data,
          actorId: currentUser(context).id,
        });
        return user;
      });
    },
  }),
  updateUser: t.prismaField({
    type: 'User',
    authScopes: { role: ['ADMIN'] },
    args: { id: t.arg.int(), input: t.arg({ type: UserInput }) },
    resolve: async (query, _root, { id, input }, context) => {
      const passwordHash = input.password ? await hashPassword(input.password) : undefined;
      return context.prisma.$transaction(async (tx) => {
        const before = await tx.user.findUnique({ where: { id }, omit: { passwordHash: true } });
        if (!before) throw notFound('Pengguna', id);
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
          actorId: currentUser(context).id,
        });
        return user;
      });
    },
  }),
}));
