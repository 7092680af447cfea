import type { Role } from '@zi/schema';
import type { AuthProvider } from 'react-admin';
import { roleCanAccess } from './access.ts';
import { graphql } from './graphql.ts';

interface Me {
  id: number;
  name: string;
  email: string;
  role: Role;
}

/**
 * Who is signed in, asked once per sign-in (signed out once logged out or answered 401): react-admin's checks,
 * the identity, the permissions and every `canAccess` question share the answer. The API enforces every
 * rule itself; this only decides what the screens offer.
 */
let known: Promise<Me | null> | null = null;
function me(): Promise<Me | null> {
  if (!known) {
    known = graphql<{ me: Me | null }>('query Me { me { id name email role } }').then(
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
    await graphql(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }',
      {
        email: username,
        password,
      },
    );
    known = null;
  },
  async logout() {
    known = Promise.resolve(null);
    await graphql('mutation Logout { logout }').catch(() => undefined);
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
