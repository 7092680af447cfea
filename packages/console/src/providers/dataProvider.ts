import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import { graphql } from './graphql.ts';

/** What the console needs of one resource of the API; missing operations are refused with a clear error. */
interface ResourceApi {
  getList(params: GetListParams): Promise<{ data: RaRecord[]; total: number }>;
  getOne?(id: number): Promise<RaRecord>;
  create?(data: Record<string, unknown>): Promise<RaRecord>;
  update?(id: number, data: Record<string, unknown>): Promise<RaRecord>;
  delete?(id: number): Promise<void>;
}

interface Connection {
  totalCount: number;
  pageInfo: { endCursor: string | null };
  nodes: RaRecord[];
}

const pageCap = 200;

/**
 * The API pages with cursors; react-admin asks for page numbers. The cursor that ends each page is
 * remembered per query, so moving page by page costs one request; a jump re-reads from the start.
 */
function cursorPaging(fetchPage: (variables: Record<string, unknown>) => Promise<Connection>) {
  const cursors = new Map<string, string | null>();
  return async ({ pagination, filter, sort }: GetListParams, variables: Record<string, unknown>) => {
    const { page = 1, perPage = 25 } = pagination ?? {};
    const key = JSON.stringify({ filter, sort, perPage, variables });
    let after: string | null = null;
    let start = 1;
    for (let known = page; known > 1; known--) {
      const cursor = cursors.get(`${key}#${known}`);
      if (cursor !== undefined) {
        after = cursor;
        start = known;
        break;
      }
    }
    let connection: Connection | undefined;
    for (let current = start; current <= page; current++) {
      connection = await fetchPage({ ...variables, first: Math.min(perPage, pageCap), after });
      after = connection.pageInfo.endCursor;
      cursors.set(`${key}#${current + 1}`, after);
    }
    return { data: connection?.nodes ?? [], total: connection?.totalCount ?? 0 };
  };
}

const compact = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== ''));

const agencyFields = 'id kind code name region units { id }';
const unitFields = 'id code name eselon coreService afirmasi ziSinceYear parent { id } agency { id name }';
const evaluationFields = `id year stage targetPredicate awardedPredicate updatedAt
  unit { id code name agency { id name } } storedScore { layer total complete answered itemCount }`;
const auditFields =
  'id reportNumber auditor reportDate year title findingCount agency { id name } unit { id name }';
const userFields = 'id name email role active lastLoginAt agency { id name } unit { id name }';

const evaluationPages = cursorPaging(
  async (variables) =>
    (
      await graphql<{ evaluations: Connection }>(
        `query Evaluations($first: Int, $after: String, $filter: EvaluationFilter, $orderBy: EvaluationOrder) {
          evaluations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
            totalCount pageInfo { endCursor } nodes { ${evaluationFields} } } }`,
        variables,
      )
    ).evaluations,
);

const auditPages = cursorPaging(
  async (variables) =>
    (
      await graphql<{ audits: Connection }>(
        `query Audits($first: Int, $after: String, $filter: AuditFilter) {
          audits(first: $first, after: $after, filter: $filter) { totalCount pageInfo { endCursor } nodes { ${auditFields} } } }`,
        variables,
      )
    ).audits,
);

const unitInput = (data: Record<string, unknown>) => ({
  agencyId: data.agencyId ?? (data.agency as { id?: number } | undefined)?.id,
  parentId: data.parentId ?? (data.parent as { id?: number } | null | undefined)?.id ?? null,
  code: data.code,
  name: data.name,
  eselon: data.eselon,
  coreService: Boolean(data.coreService),
  afirmasi: Boolean(data.afirmasi),
  ziSinceYear: data.ziSinceYear ?? null,
});

const userInput = (data: Record<string, unknown>) =>
  compact({
    name: data.name,
    email: data.email,
    role: data.role,
    active: data.active ?? true,
    password: data.password,
    agencyId: data.agencyId ?? (data.agency as { id?: number } | null | undefined)?.id ?? null,
    unitId: data.unitId ?? (data.unit as { id?: number } | null | undefined)?.id ?? null,
  });

const resources: Record<string, ResourceApi> = {
  agencies: {
    async getList({ filter }) {
      const { agencies } = await graphql<{ agencies: Connection }>(
        `query Agencies($filter: AgencyFilter) { agencies(first: ${pageCap}, filter: $filter) {
          totalCount pageInfo { endCursor } nodes { ${agencyFields} } } }`,
        { filter: compact({ search: filter?.q }) },
      );
      return { data: agencies.nodes, total: agencies.totalCount };
    },
    async getOne(id) {
      return (
        await graphql<{ agency: RaRecord }>(
          `query Agency($id: Int!) { agency(id: $id) { ${agencyFields} profiles { year bpkOpinion sakipGrade indeksRbGrade spipLevel } } }`,
          { id },
        )
      ).agency;
    },
  },
  units: {
    async getList({ filter }) {
      const { units } = await graphql<{ units: Connection }>(
        `query Units($filter: UnitFilter) { units(first: ${pageCap}, filter: $filter) {
          totalCount pageInfo { endCursor } nodes { ${unitFields} } } }`,
        { filter: compact({ search: filter?.q, agencyId: filter?.agencyId }) },
      );
      return { data: units.nodes, total: units.totalCount };
    },
    async getOne(id) {
      return (
        await graphql<{ unit: RaRecord }>(
          `query Unit($id: Int!) { unit(id: $id) { ${unitFields} tlhp { completion total sesuai } } }`,
          { id },
        )
      ).unit;
    },
    async create(data) {
      return (
        await graphql<{ createUnit: RaRecord }>(
          `mutation CreateUnit($input: UnitInput!) { createUnit(input: $input) { ${unitFields} } }`,
          { input: unitInput(data) },
        )
      ).createUnit;
    },
    async update(id, data) {
      return (
        await graphql<{ updateUnit: RaRecord }>(
          `mutation UpdateUnit($id: Int!, $input: UnitInput!) { updateUnit(id: $id, input: $input) { ${unitFields} } }`,
          { id, input: unitInput(data) },
        )
      ).updateUnit;
    },
    async delete(id) {
      await graphql('mutation DeleteUnit($id: Int!) { deleteUnit(id: $id) }', { id });
    },
  },
  evaluations: {
    getList(params) {
      const { filter, sort } = params;
      return evaluationPages(params, {
        filter: compact({
          search: filter?.q,
          year: filter?.year ? Number(filter.year) : undefined,
          stage: filter?.stage ? [filter.stage] : undefined,
          agencyId: filter?.agencyId,
          unitId: filter?.unitId,
        }),
        orderBy:
          sort?.field === 'unit.name'
            ? 'UNIT_NAME'
            : sort?.field === 'updatedAt'
              ? 'UPDATED_DESC'
              : sort?.order === 'ASC'
                ? 'YEAR_ASC'
                : 'YEAR_DESC',
      });
    },
    async getOne(id) {
      return (
        await graphql<{ evaluation: RaRecord }>(
          `query Evaluation($id: Int!) { evaluation(id: $id) { ${evaluationFields} proposedAt
            paktaSigned paktaTotal unit { id code name eselon agency { id name } } tlhp { completion total }
            decreeNumber decreeDate decision { stage layer decidedAt score { total } }
            instrument { id code title definition }
            nextStages { to allowed requiresNote blockers }
            transitions { id fromStage toStage at note actor { name } } } }`,
          { id },
        )
      ).evaluation;
    },
    async create(data) {
      return (
        await graphql<{ createEvaluation: RaRecord }>(
          `mutation CreateEvaluation($unitId: Int!, $year: Int!, $details: EvaluationDetails) {
            createEvaluation(unitId: $unitId, year: $year, details: $details) { ${evaluationFields} } }`,
          {
            unitId: (data.unit as { id?: number } | undefined)?.id,
            year: Number(data.year),
            details: compact({ targetPredicate: data.targetPredicate }),
          },
        )
      ).createEvaluation;
    },
  },
  audits: {
    getList(params) {
      return auditPages(params, {
        filter: compact({ auditor: params.filter?.auditor, year: params.filter?.year }),
      });
    },
    async getOne(id) {
      return (
        await graphql<{ audit: RaRecord }>(
          `query Audit($id: Int!) { audit(id: $id) { ${auditFields}
            findings { id number title recommendations { id number text status amount } } } }`,
          { id },
        )
      ).audit;
    },
    async create(data) {
      const reportDate = new Date(String(data.reportDate));
      return (
        await graphql<{ createAudit: RaRecord }>(
          `mutation CreateAudit($input: AuditInput!) { createAudit(input: $input) { ${auditFields} } }`,
          {
            input: {
              agencyId: (data.agency as { id?: number } | undefined)?.id,
              unitId: (data.unit as { id?: number } | null | undefined)?.id ?? null,
              auditor: data.auditor,
              reportNumber: data.reportNumber,
              reportDate: reportDate.toISOString(),
              year: Number(data.year),
              title: data.title,
            },
          },
        )
      ).createAudit;
    },
  },
  instruments: {
    async getList() {
      const { instruments } = await graphql<{ instruments: RaRecord[] }>(
        'query Instruments { instruments { id code title regulation validFromYear validToYear } }',
      );
      return { data: instruments, total: instruments.length };
    },
    async getOne(id) {
      return (
        await graphql<{ instrument: RaRecord }>(
          'query Instrument($id: Int!) { instrument(id: $id) { id code title regulation description validFromYear validToYear definition } }',
          { id },
        )
      ).instrument;
    },
  },
  users: {
    async getList() {
      const { users } = await graphql<{ users: RaRecord[] }>(`query Users { users { ${userFields} } }`);
      return { data: users, total: users.length };
    },
    async getOne(id) {
      return (
        await graphql<{ user: RaRecord }>(`query User($id: Int!) { user(id: $id) { ${userFields} } }`, { id })
      ).user;
    },
    async create(data) {
      return (
        await graphql<{ createUser: RaRecord }>(
          `mutation CreateUser($input: UserInput!) { createUser(input: $input) { ${userFields} } }`,
          { input: userInput(data) },
        )
      ).createUser;
    },
    async update(id, data) {
      return (
        await graphql<{ updateUser: RaRecord }>(
          `mutation UpdateUser($id: Int!, $input: UserInput!) { updateUser(id: $id, input: $input) { ${userFields} } }`,
          { id, input: userInput(data) },
        )
      ).updateUser;
    },
  },
};

function resourceApi(resource: string): ResourceApi {
  const api = resources[resource];
  if (!api) throw new Error(`The API offers no resource "${resource}"`);
  return api;
}

function operation<K extends keyof ResourceApi>(resource: string, name: K): NonNullable<ResourceApi[K]> {
  const found = resourceApi(resource)[name];
  if (!found) throw new Error(`${resource} cannot ${name}`);
  return found.bind(resources[resource]) as NonNullable<ResourceApi[K]>;
}

const many = async (resource: string, ids: readonly unknown[]) =>
  Promise.all(ids.map((id) => operation(resource, 'getOne')(Number(id))));

/** The API's calls beyond one resource's records, typed, for react-query through `useDataProvider`. */
const calls = {
  /** The years of the evaluations the user may see, newest first. */
  async evaluationYears(): Promise<number[]> {
    return (await graphql<{ evaluationYears: number[] }>('query EvaluationYears { evaluationYears }'))
      .evaluationYears;
  },
};

export type ZiDataProvider = DataProvider & typeof calls;

export const dataProvider: ZiDataProvider = {
  ...calls,
  getList: (resource, params) => resourceApi(resource).getList(params) as never,
  getOne: async (resource, { id }) => ({ data: await operation(resource, 'getOne')(Number(id)) }) as never,
  getMany: async (resource, { ids }) => ({ data: await many(resource, ids) }) as never,
  getManyReference: (resource, params) =>
    resourceApi(resource).getList({
      ...params,
      filter: { ...params.filter, [params.target]: params.id },
    }) as never,
  create: async (resource, { data }) => ({ data: await operation(resource, 'create')(data) }) as never,
  update: async (resource, { id, data }) =>
    ({ data: await operation(resource, 'update')(Number(id), data) }) as never,
  updateMany: async (resource, { ids, data }) => {
    for (const id of ids) await operation(resource, 'update')(Number(id), data);
    return { data: ids } as never;
  },
  delete: async (resource, { id, previousData }) => {
    await operation(resource, 'delete')(Number(id));
    return { data: previousData } as never;
  },
  deleteMany: async (resource, { ids }) => {
    for (const id of ids) await operation(resource, 'delete')(Number(id));
    return { data: ids } as never;
  },
};
