import {
  type Agency,
  type AgencyProfile,
  type Audit,
  type Evaluation,
  type Finding,
  Prisma,
  type PrismaClient,
  type Recommendation,
  type Unit,
  type User,
} from '@zi/db/client';
import { type Actor, may, type Reach, reachOf } from '@zi/schema';
import DataLoader from 'dataloader';
import { notFound } from './errors.ts';

/**
 * The access policy of @zi/schema (`reachOf`) as database conditions. Every list, lookup, relation,
 * analytics statement and write finds its rows through these, combined with the caller's own filters
 * by AND, never merged into them.
 */

const nobody = -1;

/** One condition per kind of reach; `unit` receives the unit id, `agency` the agency id. */
function byReach<T>(reach: Reach, all: T, agency: (agencyId: number) => T, unit: (unitId: number) => T) {
  switch (reach.kind) {
    case 'all':
      return all;
    case 'agency':
      return agency(reach.agencyId);
    case 'unit':
      return unit(reach.unitId);
    case 'none':
      return unit(nobody);
  }
}

/** Prisma conditions selecting what `actor` reaches of each scoped model. */
export function scopeOf(actor: Actor) {
  const reach = reachOf(actor);
  const unit = byReach<Prisma.UnitWhereInput>(
    reach,
    {},
    (agencyId) => ({ agencyId }),
    (id) => ({ id }),
  );
  const finding = byReach<Prisma.FindingWhereInput>(
    reach,
    {},
    (agencyId) => ({ audit: { agencyId } }),
    (unitId) => ({ OR: [{ unitId }, { unitId: null, audit: { unitId } }] }),
  );
  const agency = byReach<Prisma.AgencyWhereInput>(
    reach,
    {},
    (id) => ({ id }),
    () => ({ id: reach.kind === 'unit' ? (reach.agencyId ?? nobody) : nobody }),
  );
  return {
    agency,
    agencyProfile: reach.kind === 'all' ? {} : ({ agency } satisfies Prisma.AgencyProfileWhereInput),
    unit,
    evaluation: reach.kind === 'all' ? {} : ({ unit } satisfies Prisma.EvaluationWhereInput),
    audit: byReach<Prisma.AuditWhereInput>(
      reach,
      {},
      (agencyId) => ({ agencyId }),
      (unitId) => ({ OR: [{ unitId }, { findings: { some: { unitId } } }] }),
    ),
    finding,
    recommendation: reach.kind === 'all' ? {} : ({ finding } satisfies Prisma.RecommendationWhereInput),
    user: may(actor, 'user.read') ? {} : ({ id: actor.id } satisfies Prisma.UserWhereInput),
  };
}

export type Scope = ReturnType<typeof scopeOf>;
export type ScopedModel = keyof Scope;

/**
 * The same reach as a SQL condition over a statement's own columns: the unit a row belongs to and that
 * unit's (or the audit's) agency.
 */
export function reachSql(actor: Actor, columns: { unitId: Prisma.Sql; agencyId: Prisma.Sql }): Prisma.Sql {
  return byReach(
    reachOf(actor),
    Prisma.sql`TRUE`,
    (agencyId) => Prisma.sql`${columns.agencyId} = ${agencyId}`,
    (unitId) => Prisma.sql`${columns.unitId} = ${unitId}`,
  );
}

/** The columns of analytics statements over `"Unit" u`. */
export const unitColumns = { unitId: Prisma.sql`u.id`, agencyId: Prisma.sql`u."agencyId"` };
/** The columns of TLHP statements over `"Finding" f` and `"Audit" a`. */
export const findingColumns = {
  unitId: Prisma.sql`coalesce(f."unitId", a."unitId")`,
  agencyId: Prisma.sql`a."agencyId"`,
};

type Client = PrismaClient | Prisma.TransactionClient;

/** The row type of each scoped model (what a lookup without `select` gives). */
interface Rows {
  agency: Agency;
  agencyProfile: AgencyProfile;
  unit: Unit;
  evaluation: Evaluation;
  audit: Audit;
  finding: Finding;
  recommendation: Recommendation;
  user: User;
}

/** `findFirst` of each scoped model, typed loosely enough to be called with any of them. */
type Query = { select?: object; include?: object; omit?: object };
type Finder = (args: Query & { where: object }) => Promise<unknown>;
const finderOf = (client: Client, model: ScopedModel) =>
  (client[model] as unknown as { findFirst: Finder }).findFirst;
const finderManyOf = (client: Client, model: ScopedModel) =>
  (client[model] as unknown as { findMany: (args: object) => Promise<{ id: number }[]> }).findMany;

/**
 * The row `id` of `model` if `actor` reaches it; NOT_FOUND otherwise, the same answer whether the row
 * does not exist or lies outside the caller's reach, so ids cannot be probed.
 */
export async function findInScope<Model extends ScopedModel, Row = Rows[Model]>(
  client: Client,
  actor: Actor,
  model: Model,
  id: number,
  query: Query = {},
): Promise<Row> {
  const row = await finderOf(client, model)({ ...query, where: { AND: [{ id }, scopeOf(actor)[model]] } });
  if (!row) throw notFound(model, id);
  return row as Row;
}

/** The ids of `ids` that `actor` does not reach (or that do not exist). */
export async function outOfScope(client: Client, actor: Actor, model: ScopedModel, ids: readonly number[]) {
  const found = await finderManyOf(
    client,
    model,
  )({
    where: { AND: [{ id: { in: [...ids] } }, scopeOf(actor)[model]] },
    select: { id: true },
  });
  const reached = new Set(found.map((row) => row.id));
  return [...new Set(ids)].filter((id) => !reached.has(id));
}

/** NOT_FOUND naming every id of `ids` the caller does not reach. */
export async function assertAllInScope(
  client: Client,
  actor: Actor,
  model: ScopedModel,
  ids: readonly number[],
) {
  const missing = await outOfScope(client, actor, model, ids);
  if (missing.length) throw notFound(model, missing.join(', '));
}

/**
 * Per request: whether the caller reaches a row, batched per model, for the type-level checks that
 * stop any field (a nested relation above all) from handing out a row outside the caller's reach.
 */
export function reachLoaders(prisma: PrismaClient, user: User | null) {
  const loaders = new Map<ScopedModel, DataLoader<number, boolean>>();
  return (model: ScopedModel, id: number): boolean | Promise<boolean> => {
    if (!user) return false;
    if (reachOf(user).kind === 'all' && model !== 'user') return true;
    let loader = loaders.get(model);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const missing = new Set(await outOfScope(prisma, user, model, ids));
        return ids.map((each) => !missing.has(each));
      });
      loaders.set(model, loader);
    }
    return loader.load(id);
  };
}
