import type { TlhpStatus } from '@zi/schema';
import type { ResultOf } from 'gql.tada';
import { downloadBase64, fileToBase64 } from '../providers/files.ts';
import { gql, graphql, request } from '../providers/graphql.ts';

export interface RecommendationRow {
  id: number;
  number: string;
  text: string;
  status: TlhpStatus;
  amount: number | null;
  recoveredAmount: number | null;
  dueDate: string | null;
  evidence: string[];
  finding: {
    number: string;
    title: string;
    unit: { id: number; name: string } | null;
    audit: {
      reportNumber: string;
      auditor: string;
      year: number;
      agency: { id: number; name: string };
      unit: { id: number; name: string } | null;
    };
  };
  history: {
    id: number;
    fromStatus: TlhpStatus | null;
    toStatus: TlhpStatus;
    note: string | null;
    evidence: string[];
    at: string;
    actor: { name: string } | null;
  }[];
}

export interface TlhpFilter {
  agencyId?: number;
  unitId?: number;
  auditor?: string;
  year?: number;
  status?: TlhpStatus[];
  overdue?: boolean;
}

const rowFields = `id number text status amount recoveredAmount dueDate evidence
  finding { number title unit { id name } audit { reportNumber auditor year agency { id name } unit { id name } } }
  history { id fromStatus toStatus note evidence at actor { name } }`;

/** Every recommendation the filter selects, page by page. */
export async function loadRecommendations(filter: TlhpFilter) {
  const rows: RecommendationRow[] = [];
  let after: string | null = null;
  for (;;) {
    const {
      recommendations,
    }: {
      recommendations: {
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
        nodes: RecommendationRow[];
      };
    } = await graphql(
      `query Recommendations($filter: RecommendationFilter, $after: String) {
        recommendations(filter: $filter, first: 200, after: $after) {
          pageInfo { endCursor hasNextPage } nodes { ${rowFields} } } }`,
      { filter, after },
    );
    rows.push(...recommendations.nodes);
    if (!recommendations.pageInfo.hasNextPage) return rows;
    after = recommendations.pageInfo.endCursor;
  }
}

export async function setStatus(ids: number[], status: TlhpStatus, note: string | null) {
  const { setRecommendationStatus } = await graphql<{ setRecommendationStatus: RecommendationRow[] }>(
    `mutation SetStatus($ids: [Int!]!, $status: TlhpStatus!, $note: String) {
      setRecommendationStatus(ids: $ids, status: $status, note: $note) { ${rowFields} } }`,
    { ids, status, note },
  );
  return setRecommendationStatus;
}

export async function updateDetails(
  id: number,
  details: { dueDate?: string | null; evidence?: string[]; recoveredAmount?: number | null },
) {
  const { updateRecommendation } = await graphql<{ updateRecommendation: RecommendationRow }>(
    `mutation UpdateRecommendation($id: Int!, $details: RecommendationDetails!) {
      updateRecommendation(id: $id, details: $details) { ${rowFields} } }`,
    { id, details },
  );
  return updateRecommendation;
}

/** Saves the filtered list as the .xlsx the API writes, under `filename`. */
export async function downloadExport(filter: TlhpFilter, filename: string) {
  const { recommendationsExport } = await graphql<{ recommendationsExport: string }>(
    'query Export($filter: RecommendationFilter) { recommendationsExport(filter: $filter) }',
    { filter },
  );
  downloadBase64(recommendationsExport, filename);
}

const PlanFields = gql(`fragment PlanFields on TlhpImportPlan {
  create { line reportNumber findingNumber recommendationNumber recommendationText status }
  update { id row { line reportNumber findingNumber recommendationNumber } changes } unchanged
  reject { line column message } committed }`);
const PreviewImport = gql(
  `mutation PreviewTlhpImport($file: String!, $filename: String!) {
    previewTlhpImport(file: $file, filename: $filename) { ...PlanFields } }`,
  [PlanFields],
);
const CommitImport = gql(
  `mutation ImportTlhp($file: String!, $filename: String!) {
    importTlhp(file: $file, filename: $filename) { ...PlanFields } }`,
  [PlanFields],
);

/** What importing a list would do (a preview) or did (committed). */
export type ImportPlan = ResultOf<typeof PlanFields>;

export async function importFile(file: File, commit: boolean): Promise<ImportPlan> {
  const variables = { file: await fileToBase64(file), filename: file.name };
  return commit
    ? (await request(CommitImport, variables)).importTlhp
    : (await request(PreviewImport, variables)).previewTlhpImport;
}
