import { permissions, type Role } from '@zi/schema';
import { describe, expect, it } from 'vitest';
import agencies from '../agencies/index.ts';
import audits from '../audits/index.ts';
import evaluations from '../evaluations/index.ts';
import instruments from '../instruments/index.ts';
import tlhp from '../tlhp/index.ts';
import units from '../units/index.ts';
import users from '../users/index.ts';
import { resourcePermissions, roleCanAccess } from './access.ts';

const roles = Object.keys(Object.fromEntries(permissions.read.map((role) => [role, true]))) as Role[];
const resources = { evaluations, units, agencies, instruments, recommendations: tlhp, audits, users };

describe('what the console offers each role', () => {
  it('has a decision for every resource the console declares, and one for a write page wherever there is one', () => {
    expect(Object.keys(resourcePermissions).sort()).toEqual(Object.keys(resources).sort());
    for (const [name, descriptor] of Object.entries(resources)) {
      const writes = 'create' in descriptor || 'edit' in descriptor;
      if (writes) expect(resourcePermissions[name]?.write, name).not.toBeNull();
    }
  });

  it('offers creating and editing units and agencies to administrators only', () => {
    for (const role of roles)
      for (const resource of ['units', 'agencies'])
        for (const action of ['create', 'edit', 'delete'])
          expect(roleCanAccess(role, resource, action), `${role} ${action} ${resource}`).toBe(
            role === 'ADMIN',
          );
    expect(roles.every((role) => roleCanAccess(role, 'units', 'show'))).toBe(true);
  });

  it('shows the users only to administrators, audits to write to administrators and the inspectorate', () => {
    expect(roles.filter((role) => roleCanAccess(role, 'users', 'list'))).toEqual(['ADMIN']);
    expect(roles.filter((role) => roleCanAccess(role, 'audits', 'create'))).toEqual(['ADMIN', 'INSPEKTORAT']);
  });

  it('refuses what it does not know', () => {
    expect(roleCanAccess('ADMIN', 'secrets', 'list')).toBe(false);
    expect(roleCanAccess('ADMIN', 'units', 'launch')).toBe(false);
  });
});
