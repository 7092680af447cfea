import type { Prisma, User } from '@zi/db/client';
import type { Layer } from '@zi/schema';
import { forbidden } from './errors.ts';

/** Roles whose reach is every agency: administrators, the national team, national analysts. */
export function isNational(user: User) {
  return user.role === 'ADMIN' || user.role === 'TPN' || (user.role === 'ANALYST' && user.agencyId === null);
}

const nothing = -1;

export function agencyScope(user: User): Prisma.AgencyWhereInput {
  return isNational(user) ? {} : { id: user.agencyId ?? nothing };
}

/** A unit operator reaches its own unit; agency-scoped roles every unit of their agency. */
export function unitScope(user: User): Prisma.UnitWhereInput {
  if (isNational(user)) return {};
  if (user.role === 'UNIT_OPERATOR') return { id: user.unitId ?? nothing };
  return { agencyId: user.agencyId ?? nothing };
}

export function evaluationScope(user: User): Prisma.EvaluationWhereInput {
  return isNational(user) ? {} : { unit: unitScope(user) };
}

export function auditScope(user: User): Prisma.AuditWhereInput {
  if (isNational(user)) return {};
  if (user.role === 'UNIT_OPERATOR')
    return {
      OR: [{ unitId: user.unitId ?? nothing }, { findings: { some: { unitId: user.unitId ?? nothing } } }],
    };
  return { agencyId: user.agencyId ?? nothing };
}

/** Unit operators see only their own UNIT layer; every other role that reaches an evaluation reads all layers. */
export function assertCanReadLayer(user: User, layer: Layer) {
  if (user.role === 'UNIT_OPERATOR' && layer !== 'UNIT') {
    throw forbidden(`Operator unit hanya dapat melihat lapisan UNIT, bukan ${layer}.`);
  }
}
