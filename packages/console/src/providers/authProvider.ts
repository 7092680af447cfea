import type { ResultOf } from 'gql.tada';
import type { AuthProvider } from 'react-admin';
import { roleCanAccess } from './access.ts';
import { gql, request } from './graphql.ts';

const MeQuery = gql('query Me { me { id name email role } }');
const Login = gql(`mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { expiresAt } }`);
const Logout = gql('mutation Logout { logout }');

type Me = NonNullable<ResultOf<typeof MeQuery>['me']>;

/**
 * Who is signed in, asked once per sign-in (signed out once logged out or answered 401): react-admin's checks,
 * the identity, the permissions and every `canAccess` question share the answer. The API enforces every
 * rule itself; this only decides what the screens offer.
 */
let known: Promise<Me | null> | null = null;
function me(): Promise<Me | null> {
  if (!known) {
    known = request(MeQuery, {}).then(
      (data) => data.me,
      (error) => {
        // Signed out is an answer, kept until the next sign-in; anything else is asked again next time.
        if ((error as { status?: number }).status === 401) return null;
        known = null;
        throw error;
      },
    );
  }
  return known;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    await request(Login, { email: username, password });
    known = null;
  },
  async logout() {
    known = Promise.resolve(null);
    await request(Logout, {}).catch(() => undefined);
  },
  async checkAuth() {
    if (!(await me())) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      known = Promise.resolve(null);
      throw new Error('ra.auth.auth_check_error');
    }
  },
  async getIdentity() {
    const user = await me();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.name, email: user.email, role: user.role };
  },
  async getPermissions() {
    return (await me())?.role;
  },
  async canAccess({ action, resource }: { action: string; resource: string }) {
    const user = await me();
    return user !== null && roleCanAccess(user.role, resource, action);
  },
};
