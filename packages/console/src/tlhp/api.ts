import type { TlhpStatus } from '@zi/schema';
import type { ResultOf, VariablesOf } from 'gql.tada';
import { downloadBase64, fileToBase64 } from '../providers/files.ts';
import { gql, request } from '../providers/graphql.ts';

const RecommendationFields = gql(`fragment RecommendationFields on Recommendation {
  id number text status amount recoveredAmount dueDate evidence
  finding { number title unit { id name } audit { reportNumber auditor year agency { id name } unit { id name } } }
  history { id fromStatus toStatus note evidence at actor { name } } }`);

/** A recommendation as the TLHP grid shows it, with its finding, audit and status history. */
export type RecommendationRow = ResultOf<typeof RecommendationFields>;

type FilterInput = NonNullable<VariablesOf<typeof Recommendations>['filter']>;
/** What the TLHP page filters by; a field left out (undefined) filters nothing. */
export type TlhpFilter = { [Key in keyof FilterInput]?: Exclude<FilterInput[Key], null> };

const Recommendations = gql(
  `query Recommendations($filter: RecommendationFilter, $after: String) {
    recommendations(filter: $filter, first: 200, after: $after) {
      pageInfo { endCursor hasNextPage } nodes { ...RecommendationFields } } }`,
  [RecommendationFields],
);

/** Every recommendation the filter selects, page by page. */
export async function loadRecommendations(filter: TlhpFilter, signal?: AbortSignal) {
  const rows: RecommendationRow[] = [];
  let after: string | null = null;
  for (;;) {
    const { recommendations }: ResultOf<typeof Recommendations> = await request(
      Recommendations,
      { filter, after },
      signal,
    );
    rows.push(...recommendations.nodes);
    if (!recommendations.pageInfo.hasNextPage) return rows;
    after = recommendations.pageInfo.endCursor;
  }
}

const SetStatus = gql(
  `mutation SetStatus($ids: [Int!]!, $status: TlhpStatus!, $note: String) {
    setRecommendationStatus(ids: $ids, status: $status, note: $note) { ...RecommendationFields } }`,
  [RecommendationFields],
);

export async function setStatus(ids: number[], status: TlhpStatus, note: string | null) {
  return (await request(SetStatus, { ids, status, note })).setRecommendationStatus;
}

const UpdateRecommendation = gql(
  `mutation UpdateRecommendation($id: Int!, $details: RecommendationDetails!) {
    updateRecommendation(id: $id, details: $details) { ...RecommendationFields } }`,
  [RecommendationFields],
);

export async function updateDetails(
  id: number,
  details: VariablesOf<typeof UpdateRecommendation>['details'],
) {
  return (await request(UpdateRecommendation, { id, details })).updateRecommendation;
}

const Export = gql('query Export($filter: RecommendationFilter) { recommendationsExport(filter: $filter) }');

/** Saves the filtered list as the .xlsx the API writes, under `filename`. */
export async function downloadExport(filter: TlhpFilter, filename: string) {
  downloadBase64((await request(Export, { filter })).recommendationsExport, filename);
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
