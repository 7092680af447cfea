import { verifyPassword } from '@zi/db';
import { Role } from '@zi/db/client';
import { GraphQLError } from 'graphql';
import { closeSession, loginLockout, openSession, sessionCookie, sessionToken } from '../auth.ts';
import { builder } from '../builder.ts';
import { errorCodes } from '../errors.ts';

builder.enumType(Role, { name: 'Role' });

builder.prismaObject('User', {
  description: 'An account: its role and the agency or unit it is scoped to.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: Role }),
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
      const valid = Boolean(user?.active) && (await verifyPassword(args.password, user?.passwordHash ?? ''));
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
