import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import { graphql } from './graphql.ts';

/** What the console needs from one resource of the API; resources are added as the API grows. */
interface ResourceApi {
  getList(params: GetListParams): Promise<{ data: RaRecord[]; total: number }>;
}

const resources: Record<string, ResourceApi> = {
  agencies: {
    async getList() {
      const { agencies } = await graphql<{ agencies: { nodes: RaRecord[]; totalCount: number } }>(
        'query Agencies { agencies(first: 200) { totalCount nodes { id kind code name region units { id } } } }',
      );
      return { data: agencies.nodes, total: agencies.totalCount };
    },
  },
};

function resourceApi(resource: string): ResourceApi {
  const api = resources[resource];
  if (!api) throw new Error(`The API offers no resource "${resource}"`);
  return api;
}

const unsupported = (operation: string) => () =>
  Promise.reject(new Error(`${operation} is not available yet`));

export const dataProvider: DataProvider = {
  getList: (resource, params) => resourceApi(resource).getList(params) as never,
  getOne: unsupported('getOne'),
  getMany: unsupported('getMany'),
  getManyReference: unsupported('getManyReference'),
  create: unsupported('create'),
  update: unsupported('update'),
  updateMany: unsupported('updateMany'),
  delete: unsupported('delete'),
  deleteMany: unsupported('deleteMany'),
};
