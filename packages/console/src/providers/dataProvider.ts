import type { InstrumentDefinition } from '@zi/schema';
import type { ResultOf, VariablesOf } from 'gql.tada';
import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import { gql, request } from './graphql.ts';

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

/** The API's largest page; the agency and unit lists ask for it in one page (their documents say 200). */
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

const AgencyFields = gql(`fragment AgencyFields on Agency { id kind code name region units { id } }`);
const UnitFields = gql(`fragment UnitFields on Unit {
  id code name eselon coreService afirmasi ziSinceYear parent { id } agency { id name } }`);
const EvaluationFields = gql(`fragment EvaluationFields on Evaluation {
  id year stage targetPredicate awardedPredicate updatedAt
  unit { id code name agency { id name } } storedScore { layer total complete answered itemCount } }`);
const AuditFields = gql(`fragment AuditFields on Audit {
  id reportNumber auditor reportDate year title findingCount agency { id name } unit { id name } }`);
const UserFields = gql(`fragment UserFields on User {
  id name email role active lastLoginAt agency { id name } unit { id name } }`);

const EvaluationsQuery = gql(
  `query Evaluations($first: Int, $after: String, $filter: EvaluationFilter, $orderBy: EvaluationOrder) {
    evaluations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { endCursor } nodes { ...EvaluationFields } } }`,
  [EvaluationFields],
);
const evaluationPages = cursorPaging(
  async (variables) => (await request(EvaluationsQuery, variables)).evaluations,
);

const AuditsQuery = gql(
  `query Audits($first: Int, $after: String, $filter: AuditFilter) {
    audits(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { endCursor } nodes { ...AuditFields } } }`,
  [AuditFields],
);
const auditPages = cursorPaging(async (variables) => (await request(AuditsQuery, variables)).audits);

const reference = (value: unknown) => (value as { id?: number } | null | undefined)?.id;

const unitInput = (data: Record<string, unknown>) => ({
  agencyId: Number(data.agencyId ?? reference(data.agency)),
  parentId: (data.parentId as number | undefined) ?? reference(data.parent) ?? null,
  code: String(data.code),
  name: String(data.name),
  eselon: data.eselon as 'I' | 'II' | 'III' | 'IV',
  coreService: Boolean(data.coreService),
  afirmasi: Boolean(data.afirmasi),
  ziSinceYear: (data.ziSinceYear as number | null | undefined) ?? null,
});

const userInput = (data: Record<string, unknown>) =>
  compact({
    name: data.name,
    email: data.email,
    role: data.role,
    active: data.active ?? true,
    password: data.password,
    agencyId: data.agencyId ?? reference(data.agency) ?? null,
    unitId: data.unitId ?? reference(data.unit) ?? null,
  }) as VariablesOf<typeof CreateUser>['input'];

const AgenciesQuery = gql(
  `query Agencies($filter: AgencyFilter) { agencies(first: 200, filter: $filter) {
    totalCount pageInfo { endCursor } nodes { ...AgencyFields } } }`,
  [AgencyFields],
);
const AgencyQuery = gql(
  `query Agency($id: Int!) { agency(id: $id) {
    ...AgencyFields profiles { year bpkOpinion sakipGrade indeksRbGrade spipLevel } } }`,
  [AgencyFields],
);
const UnitsQuery = gql(
  `query Units($filter: UnitFilter) { units(first: 200, filter: $filter) {
    totalCount pageInfo { endCursor } nodes { ...UnitFields } } }`,
  [UnitFields],
);
const UnitQuery = gql(
  `query Unit($id: Int!) { unit(id: $id) { ...UnitFields tlhp { completion total sesuai } } }`,
  [UnitFields],
);
const CreateUnit = gql(
  `mutation CreateUnit($input: UnitInput!) { createUnit(input: $input) { ...UnitFields } }`,
  [UnitFields],
);
const UpdateUnit = gql(
  `mutation UpdateUnit($id: Int!, $input: UnitInput!) { updateUnit(id: $id, input: $input) { ...UnitFields } }`,
  [UnitFields],
);
const DeleteUnit = gql(`mutation DeleteUnit($id: Int!) { deleteUnit(id: $id) }`);
const EvaluationQuery = gql(
  `query Evaluation($id: Int!) { evaluation(id: $id) { ...EvaluationFields proposedAt
    paktaSigned paktaTotal unit { id code name eselon agency { id name } } tlhp { completion total }
    decreeNumber decreeDate decision { stage layer decidedAt score { total } }
    instrument { id code title definition }
    nextStages { to allowed requiresNote noteLiftsBlockers blockers }
    transitions { id fromStage toStage at note actor { name } } } }`,
  [EvaluationFields],
);
/** An evaluation as its page shows it; the instrument's definition (a JSON scalar) as the schema package defines it. */
export type EvaluationDetail = Omit<ResultOf<typeof EvaluationQuery>['evaluation'], 'instrument'> & {
  instrument: { code: string; definition: InstrumentDefinition };
};
const CreateEvaluation = gql(
  `mutation CreateEvaluation($unitId: Int!, $year: Int!, $details: EvaluationDetails) {
    createEvaluation(unitId: $unitId, year: $year, details: $details) { ...EvaluationFields } }`,
  [EvaluationFields],
);
const AuditQuery = gql(
  `query Audit($id: Int!) { audit(id: $id) { ...AuditFields
    findings { id number title recommendations { id number text status amount } } } }`,
  [AuditFields],
);
const CreateAudit = gql(
  `mutation CreateAudit($input: AuditInput!) { createAudit(input: $input) { ...AuditFields } }`,
  [AuditFields],
);
const InstrumentsQuery = gql(
  `query Instruments { instruments { id code title regulation validFromYear validToYear } }`,
);
const InstrumentQuery = gql(
  `query Instrument($id: Int!) { instrument(id: $id) {
    id code title regulation description validFromYear validToYear definition } }`,
);
const UsersQuery = gql(`query Users { users { ...UserFields } }`, [UserFields]);
const UserQuery = gql(`query User($id: Int!) { user(id: $id) { ...UserFields } }`, [UserFields]);
const CreateUser = gql(
  `mutation CreateUser($input: UserInput!) { createUser(input: $input) { ...UserFields } }`,
  [UserFields],
);
const UpdateUser = gql(
  `mutation UpdateUser($id: Int!, $input: UserInput!) { updateUser(id: $id, input: $input) { ...UserFields } }`,
  [UserFields],
);

const resources: Record<string, ResourceApi> = {
  agencies: {
    async getList({ filter }) {
      const { agencies } = await request(AgenciesQuery, { filter: compact({ search: filter?.q }) });
      return { data: agencies.nodes, total: agencies.totalCount };
    },
    async getOne(id) {
      return (await request(AgencyQuery, { id })).agency;
    },
  },
  units: {
    async getList({ filter }) {
      const { units } = await request(UnitsQuery, {
        filter: compact({ search: filter?.q, agencyId: filter?.agencyId }),
      });
      return { data: units.nodes, total: units.totalCount };
    },
    async getOne(id) {
      return (await request(UnitQuery, { id })).unit;
    },
    async create(data) {
      return (await request(CreateUnit, { input: unitInput(data) })).createUnit;
    },
    async update(id, data) {
      return (await request(UpdateUnit, { id, input: unitInput(data) })).updateUnit;
    },
    async delete(id) {
      await request(DeleteUnit, { id });
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
      return (await request(EvaluationQuery, { id })).evaluation;
    },
    async create(data) {
      const targetPredicate = data.targetPredicate as 'WBK' | 'WBBM' | undefined;
      return (
        await request(CreateEvaluation, {
          unitId: Number(reference(data.unit)),
          year: Number(data.year),
          details: targetPredicate ? { targetPredicate } : null,
        })
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
      return (await request(AuditQuery, { id })).audit;
    },
    async create(data) {
      const reportDate = new Date(String(data.reportDate));
      return (
        await request(CreateAudit, {
          input: {
            agencyId: Number(reference(data.agency)),
            unitId: reference(data.unit) ?? null,
            auditor: data.auditor as VariablesOf<typeof CreateAudit>['input']['auditor'],
            reportNumber: String(data.reportNumber),
            reportDate: reportDate.toISOString(),
            year: Number(data.year),
            title: String(data.title),
          },
        })
      ).createAudit;
    },
  },
  instruments: {
    async getList() {
      const { instruments } = await request(InstrumentsQuery, {});
      return { data: instruments, total: instruments.length };
    },
    async getOne(id) {
      return (await request(InstrumentQuery, { id })).instrument;
    },
  },
  users: {
    async getList() {
      const { users } = await request(UsersQuery, {});
      return { data: users, total: users.length };
    },
    async getOne(id) {
      return (await request(UserQuery, { id })).user;
    },
    async create(data) {
      return (await request(CreateUser, { input: userInput(data) })).createUser;
    },
    async update(id, data) {
      return (await request(UpdateUser, { id, input: userInput(data) })).updateUser;
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
const EvaluationYearsQuery = gql('query EvaluationYears { evaluationYears }');
const LoadInstrument = gql(`mutation LoadInstrument($definition: JSON!) {
  loadInstrument(definition: $definition) { id code title } }`);

const calls = {
  /** The years of the evaluations the user may see, newest first. */
  async evaluationYears(): Promise<number[]> {
    return (await request(EvaluationYearsQuery, {})).evaluationYears;
  },
  /** Loads an instrument definition (parsed JSON); the API names every problem of a broken one. */
  async loadInstrument(definition: unknown) {
    return (await request(LoadInstrument, { definition })).loadInstrument;
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
