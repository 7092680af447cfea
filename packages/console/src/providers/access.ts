import { may, type Permission, type Role } from '@zi/schema';

/**
 * What each of the console's resources needs, by the API's permissions: reading, and changing
 * (create, edit, delete). `null`: the console offers no change of it at all.
 */
export const resourcePermissions: Record<string, { read: Permission; write: Permission | null }> = {
  evaluations: { read: 'read', write: 'evaluation.create' },
  units: { read: 'read', write: 'unit.write' },
  agencies: { read: 'read', write: 'agency.write' },
  instruments: { read: 'read', write: 'instrument.load' },
  recommendations: { read: 'read', write: 'tlhp.write' },
  audits: { read: 'read', write: 'tlhp.write' },
  users: { read: 'user.read', write: 'user.write' },
};

const readActions = new Set(['list', 'show', 'export']);
const writeActions = new Set(['create', 'edit', 'delete', 'clone']);

/** react-admin's `canAccess` question answered by the API's own rules; unknown resources and actions: no. */
export function roleCanAccess(role: Role, resource: string, action: string): boolean {
  const needs = resourcePermissions[resource];
  const permission = readActions.has(action) ? needs?.read : writeActions.has(action) ? needs?.write : null;
  return permission != null && may({ role }, permission);
}
