import type { AuthProvider } from 'react-admin';
import { graphql } from './graphql.ts';

interface Me {
  id: number;
  name: string;
  email: string;
  role: string;
}

const meQuery = 'query Me { me { id name email role } }';

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    await graphql(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }',
      {
        email: username,
        password,
      },
    );
  },
  async logout() {
    await graphql('mutation Logout { logout }').catch(() => undefined);
  },
  async checkAuth() {
    const { me } = await graphql<{ me: Me | null }>(meQuery);
    if (!me) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) throw new Error('ra.auth.auth_check_error');
  },
  async getIdentity() {
    const { me } = await graphql<{ me: Me | null }>(meQuery);
    if (!me) throw new Error('ra.auth.auth_check_error');
    return { id: me.id, fullName: me.name, email: me.email, role: me.role };
  },
  async getPermissions() {
    const { me } = await graphql<{ me: Me | null }>(meQuery);
    return me?.role;
  },
};
