import { gql } from '../providers/graphql.ts';

export const PortalrbAgencies = gql('query PortalrbAgencies { agencies(first: 200) { nodes { id name } } }');

export const PortalrbPreview = gql(`query PortalrbPreview($agencyId: Int!, $year: Int!) {
  agency(id: $agencyId) {
    portalrbWbbmEligible(year: $year)
    portalrbNominations(year: $year) {
      predicate kategori lastFetchAt changedSinceFetch
      evaluation { id stage unit { code name }
        progress(layer: UNIT) { items answered withEvidence toRevise }
        predicate { predicate wbk { met } wbbm { met } } } } } }`);

export const PortalrbAnswers = gql(
  'query PortalrbAnswers($id: Int!) { evaluation(id: $id) { portalrbAnswers } }',
);

export const PortalrbFetches = gql(`query PortalrbFetches($agencyId: Int!) {
  agency(id: $agencyId) { portalrbFetches(first: 200) { id at endpoint unitCode year status bytes durationMs body } } }`);

export const PortalrbTokens = gql(`query PortalrbTokens($agencyId: Int!) {
  agency(id: $agencyId) { portalrbTokens { id name createdAt expiresAt revokedAt lastUsedAt createdBy { name } } } }`);

export const CreatePortalrbToken =
  gql(`mutation CreatePortalrbToken($agencyId: Int!, $name: String!, $expiresAt: DateTime) {
  createPortalrbToken(agencyId: $agencyId, name: $name, expiresAt: $expiresAt) { token baseUrl record { id } } }`);

export const RevokePortalrbToken = gql(
  'mutation RevokePortalrbToken($id: Int!) { revokePortalrbToken(id: $id) { id revokedAt } }',
);

export const PortalrbMasterLists = gql(`query PortalrbMasterLists {
  portalrbMasterLists { year generatedAt loadedAt instrument { code } soals { soal item input } } }`);

export const LoadPortalrbMasterList = gql(`mutation LoadPortalrbMasterList($list: JSON!) {
  loadPortalrbMasterList(list: $list) { year } }`);

export const NominationLetterPdf = gql(
  'query NominationLetterPdf($agencyId: Int!, $year: Int!) { portalrbNominationLetterPdf(agencyId: $agencyId, year: $year) }',
);
