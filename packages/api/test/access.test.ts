import { hashPassword } from '@zi/db';
import { readTable } from '@zi/schema/workbook';
import { getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { demoPasswords, startTestServer } from './http.ts';

/**
 * The access policy as a matrix generated from the schema: every query and mutation field, every
 * relation to a scoped type and every argument that names a layer, tried by each role on its own object,
 * an object of its agency and an object of another agency. The expectations below are the policy as the
 * product states it (README, domain spec §6), written here independently of the code that enforces it.
 */

type Actor = 'ADMIN' | 'UNIT_OPERATOR' | 'TPI' | 'TPN' | 'INSPEKTORAT' | 'ANALYST' | 'ANALYST_JABAR';
type Relation = 'own' | 'same' | 'other';
type Kind = 'agency' | 'unit' | 'evaluation' | 'audit' | 'recommendation' | 'agencyProfile';
type Layer = 'UNIT' | 'TPI' | 'TPN';
type Outcome = 'ALLOWED' | 'HIDDEN' | 'FORBIDDEN' | 'NOT_FOUND';

const actors: Actor[] = ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN', 'INSPEKTORAT', 'ANALYST', 'ANALYST_JABAR'];
const relations: Relation[] = ['own', 'same', 'other'];
const layers: Layer[] = ['UNIT', 'TPI', 'TPN'];
const everyone = actors;

const accounts: Record<Actor, string> = {
  ADMIN: 'admin@zi.go.id',
  UNIT_OPERATOR: 'operator@kpp-cibeunying.go.id',
  TPI: 'tpi@kemenkeu.go.id',
  TPN: 'tpn@menpan.go.id',
  INSPEKTORAT: 'inspektorat@kemenkeu.go.id',
  ANALYST: 'analis@menpan.go.id',
  ANALYST_JABAR: 'analis@jabarprov.go.id',
};
const jabarAnalystPassword = 'Pantau-Jabar-2025!';

/** Who reaches which object: own = the operator's unit (KPP Cibeunying, Kemenkeu), same = another Kemenkeu unit, other = a Jawa Barat unit. */
const reach: Record<Actor, Record<Relation, boolean>> = {
  ADMIN: { own: true, same: true, other: true },
  TPN: { own: true, same: true, other: true },
  ANALYST: { own: true, same: true, other: true },
  TPI: { own: true, same: true, other: false },
  INSPEKTORAT: { own: true, same: true, other: false },
  UNIT_OPERATOR: { own: true, same: false, other: false },
  ANALYST_JABAR: { own: false, same: false, other: true },
};
/** A unit operator sees its own agency (Kemenkeu) as a whole, not its other units. */
const reaches = (actor: Actor, kind: Kind | null, relation: Relation) =>
  kind === null ||
  ((kind === 'agency' || kind === 'agencyProfile') && actor === 'UNIT_OPERATOR'
    ? relation !== 'other'
    : reach[actor][relation]);

const readsLayer = (actor: Actor, layer: Layer) => actor !== 'UNIT_OPERATOR' || layer === 'UNIT';

/** Stages of the probed evaluations (seed): own KPP Cibeunying 2025, same KPPN Bandung I 2025, other DPMPTSP Jawa Barat 2025. */
const stageOf: Record<Relation, string> = {
  own: 'PEMBANGUNAN',
  same: 'PENILAIAN_TPI',
  other: 'PENILAIAN_TPI',
};
const layerWriters: Record<Layer, { role: Actor; openIn: string[] }> = {
  UNIT: { role: 'UNIT_OPERATOR', openIn: ['PENCANANGAN', 'PEMBANGUNAN'] },
  TPI: { role: 'TPI', openIn: ['PENILAIAN_TPI'] },
  TPN: { role: 'TPN', openIn: ['EVALUASI_TPN'] },
};
const writesLayer = (actor: Actor, layer: Layer, relation: Relation) =>
  actor === 'ADMIN' ||
  (layerWriters[layer].role === actor && layerWriters[layer].openIn.includes(stageOf[relation]));
/** The next stage of each probed evaluation and who may move it there. */
const nextStage: Record<Relation, { to: string; movers: Actor[] }> = {
  own: { to: 'PENILAIAN_TPI', movers: ['ADMIN', 'UNIT_OPERATOR'] },
  same: { to: 'DIUSULKAN', movers: ['ADMIN', 'TPI'] },
  other: { to: 'DIUSULKAN', movers: ['ADMIN', 'TPI'] },
};

type Ids = Record<Kind, Record<Relation, number>> & {
  unitOf: Record<Relation, number>;
  agencyOf: Record<Relation, number>;
  recommendationKey: Record<Relation, { report: string; number: string }>;
  operatorAccount: number;
  /** An older revision of an evidence document per evaluation and layer: deleting it is VALIDATION. */
  olderEvidence: Record<Relation, Record<Layer, number>>;
};

interface Probe {
  /** The schema coordinate it tries, e.g. `Query.unit`. */
  field: string;
  label?: string;
  kind: Kind | null;
  who: readonly Actor[];
  /** How an object outside the caller's reach shows: left out of a list, or NOT_FOUND. */
  denied?: 'HIDDEN' | 'NOT_FOUND';
  document: (ids: Ids, relation: Relation, actor: Actor) => string;
  /** For reads: whether the answer includes the probed object. */
  reached?: (data: Record<string, unknown>, ids: Ids, relation: Relation) => boolean | Promise<boolean>;
  /** A further rule (stage, layer) deciding a reachable object's outcome. */
  rule?: (actor: Actor, relation: Relation) => Outcome;
  write?: boolean;
}

const nodesInclude = (connection: unknown, id: number) =>
  ((connection as { nodes: { id: number }[] }).nodes ?? []).some((node) => node.id === id);

const agencyProbes: Probe[] = [
  {
    field: 'Query.agencies',
    kind: 'agency',
    who: everyone,
    denied: 'HIDDEN',
    document: () => '{ agencies(first: 200) { nodes { id } } }',
    reached: (data, ids, relation) => nodesInclude(data.agencies, ids.agency[relation]),
  },
  {
    field: 'Query.agency',
    kind: 'agency',
    who: everyone,
    document: (ids, relation) => `{ agency(id: ${ids.agency[relation]}) { id } }`,
  },
  {
    field: 'Mutation.createAgency',
    kind: null,
    who: ['ADMIN'],
    write: true,
    document: () => 'mutation { createAgency(input: { kind: KOTA, code: "x", name: "" }) { id } }',
  },
  {
    field: 'Mutation.updateAgency',
    kind: 'agency',
    who: ['ADMIN'],
    write: true,
    document: (ids, relation) =>
      `mutation { updateAgency(id: ${ids.agency[relation]}, input: { kind: KOTA, code: "x", name: "" }) { id } }`,
  },
  {
    field: 'Mutation.deleteAgency',
    kind: 'agency',
    who: ['ADMIN'],
    write: true,
    document: (ids, relation) => `mutation { deleteAgency(id: ${ids.agency[relation]}) }`,
  },
  {
    field: 'Mutation.saveAgencyProfile',
    kind: 'agency',
    who: ['ADMIN'],
    write: true,
    document: (ids, relation) =>
      `mutation { saveAgencyProfile(agencyId: ${ids.agency[relation]}, year: 1999, input: {}) { id } }`,
  },
  {
    field: 'Mutation.createUnit',
    kind: 'agency',
    who: ['ADMIN'],
    write: true,
    document: (ids, relation) =>
      `mutation { createUnit(input: { agencyId: ${ids.agency[relation]}, code: "x", name: "", eselon: III }) { id } }`,
  },
  {
    field: 'Mutation.createAudit',
    kind: 'agency',
    who: ['ADMIN', 'INSPEKTORAT'],
    write: true,
    document: (ids, relation) =>
      `mutation { createAudit(input: { agencyId: ${ids.agency[relation]}, auditor: BPK, reportNumber: " ", reportDate: "2026-01-05T00:00:00Z", year: 2026, title: "Uji" }) { id } }`,
  },
];

const portalrbReaders: Actor[] = ['ADMIN', 'TPI', 'INSPEKTORAT', 'ANALYST', 'ANALYST_JABAR'];
agencyProbes.push(
  {
    field: 'Query.portalrbNominationLetter',
    kind: 'agency',
    who: portalrbReaders,
    document: (ids, relation) =>
      `{ portalrbNominationLetter(agencyId: ${ids.agency[relation]}, year: 2025) }`,
  },
  {
    field: 'Query.portalrbNominationLetterPdf',
    kind: 'agency',
    who: portalrbReaders,
    document: (ids, relation) =>
      `{ portalrbNominationLetterPdf(agencyId: ${ids.agency[relation]}, year: 2025) }`,
  },
);
agencyProbes.push({
  field: 'Mutation.createPortalrbToken',
  kind: 'agency',
  who: ['ADMIN'],
  write: true,
  document: (ids, relation) =>
    `mutation { createPortalrbToken(agencyId: ${ids.agency[relation]}, name: " ") { token } }`,
});

const unitProbes: Probe[] = [
  {
    field: 'Query.units',
    kind: 'unit',
    who: everyone,
    denied: 'HIDDEN',
    document: (ids, relation) =>
      `{ units(first: 200, filter: { agencyId: ${ids.agencyOf[relation]} }) { nodes { id } } }`,
    reached: (data, ids, relation) => nodesInclude(data.units, ids.unit[relation]),
  },
  {
    field: 'Query.unit',
    kind: 'unit',
    who: everyone,
    document: (ids, relation) => `{ unit(id: ${ids.unit[relation]}) { id } }`,
  },
  {
    field: 'Query.scoreTrend',
    kind: 'unit',
    who: everyone,
    document: (ids, relation) => `{ scoreTrend(unitId: ${ids.unit[relation]}) { year } }`,
  },
  {
    field: 'Mutation.updateUnit',
    kind: 'unit',
    who: ['ADMIN'],
    write: true,
    document: (ids, relation) =>
      `mutation { updateUnit(id: ${ids.unit[relation]}, input: { agencyId: ${ids.agencyOf[relation]}, code: "x", name: "", eselon: III }) { id } }`,
  },
  {
    field: 'Mutation.deleteUnit',
    kind: 'unit',
    who: ['ADMIN'],
    write: true,
    document: (ids, relation) => `mutation { deleteUnit(id: ${ids.unit[relation]}) }`,
  },
  {
    field: 'Mutation.createEvaluation',
    kind: 'unit',
    who: ['ADMIN', 'TPI', 'UNIT_OPERATOR'],
    write: true,
    document: (ids, relation) =>
      `mutation { createEvaluation(unitId: ${ids.unit[relation]}, year: 1990) { id } }`,
  },
];

const evaluationProbes: Probe[] = [
  {
    field: 'Query.evaluations',
    kind: 'evaluation',
    who: everyone,
    denied: 'HIDDEN',
    document: (ids, relation) =>
      `{ evaluations(filter: { unitId: ${ids.unit[relation]} }) { nodes { id } } }`,
    reached: (data, ids, relation) => nodesInclude(data.evaluations, ids.evaluation[relation]),
  },
  {
    field: 'Query.evaluation',
    kind: 'evaluation',
    who: everyone,
    document: (ids, relation) => `{ evaluation(id: ${ids.evaluation[relation]}) { id } }`,
  },
  {
    field: 'Query.ranking',
    kind: 'evaluation',
    who: everyone,
    denied: 'HIDDEN',
    document: (ids, relation) =>
      `{ ranking(year: 2025, agencyId: ${ids.agencyOf[relation]}, first: 100) { evaluationId } }`,
    reached: (data, ids, relation) =>
      (data.ranking as { evaluationId: number }[]).some(
        (row) => row.evaluationId === ids.evaluation[relation],
      ),
  },
  {
    field: 'Query.evaluationYears',
    kind: null,
    who: everyone,
    document: () => '{ evaluationYears }',
  },
  {
    field: 'Query.evaluationReport',
    kind: 'evaluation',
    who: everyone,
    // The probed evaluation is not decided yet: the unit reads its report only once it is (test 5 below).
    rule: (actor) => (actor === 'UNIT_OPERATOR' ? 'FORBIDDEN' : 'ALLOWED'),
    document: (ids, relation) => `{ evaluationReport(evaluationId: ${ids.evaluation[relation]}) }`,
  },
  {
    field: 'Query.evaluationReportPdf',
    kind: 'evaluation',
    who: everyone,
    // The probed evaluation is not decided yet: the unit reads its report only once it is (test 5 below).
    rule: (actor) => (actor === 'UNIT_OPERATOR' ? 'FORBIDDEN' : 'ALLOWED'),
    document: (ids, relation) => `{ evaluationReportPdf(evaluationId: ${ids.evaluation[relation]}) }`,
  },
  {
    field: 'Query.evaluationWorkbook',
    kind: 'evaluation',
    who: everyone,
    document: (ids, relation) =>
      `{ evaluationWorkbook(evaluationId: ${ids.evaluation[relation]}, layer: UNIT) }`,
  },
  {
    field: 'Mutation.updateEvaluation',
    kind: 'evaluation',
    who: ['ADMIN', 'UNIT_OPERATOR'],
    write: true,
    document: (ids, relation) =>
      `mutation { updateEvaluation(id: ${ids.evaluation[relation]}, details: { paktaSigned: 50, paktaTotal: 10 }) { id } }`,
  },
  {
    field: 'Mutation.transitionStage',
    kind: 'evaluation',
    who: ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
    write: true,
    document: (ids, relation) =>
      `mutation { transitionStage(evaluationId: ${ids.evaluation[relation]}, to: ${nextStage[relation].to}) { stage } }`,
    rule: (actor, relation) => (nextStage[relation].movers.includes(actor) ? 'ALLOWED' : 'FORBIDDEN'),
  },
  {
    field: 'Mutation.saveBulkEntries',
    kind: 'evaluation',
    who: ['ADMIN', 'TPN'],
    write: true,
    document: (ids, relation) =>
      `mutation { saveBulkEntries(entries: [{ evaluationId: ${ids.evaluation[relation]}, surveys: [{ kind: IPAK, score: 9 }] }]) { id } }`,
  },
  ...layers.flatMap((layer): Probe[] => [
    {
      field: 'Mutation.saveAnswers',
      label: `saveAnswers ${layer}`,
      kind: 'evaluation',
      who: ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
      write: true,
      document: (ids, relation) =>
        `mutation { saveAnswers(evaluationId: ${ids.evaluation[relation]}, layer: ${layer}, answers: [{ item: "P.1.i.b", option: "Z" }]) { layer } }`,
      rule: (actor, relation) => (writesLayer(actor, layer, relation) ? 'ALLOWED' : 'FORBIDDEN'),
    },
    {
      field: 'Mutation.deleteEvidenceFile',
      label: `deleteEvidenceFile ${layer}`,
      kind: 'evaluation',
      who: ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
      write: true,
      document: (ids, relation) =>
        `mutation { deleteEvidenceFile(id: ${ids.olderEvidence[relation][layer]}) }`,
      // A layer one may not read answers as if its documents did not exist.
      rule: (actor, relation) =>
        !readsLayer(actor, layer)
          ? 'NOT_FOUND'
          : writesLayer(actor, layer, relation)
            ? 'ALLOWED'
            : 'FORBIDDEN',
    },
    {
      field: 'Mutation.copyLayerBelow',
      label: `copyLayerBelow ${layer}`,
      kind: 'evaluation',
      who: ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
      write: true,
      document: (ids, relation) =>
        `mutation { copyLayerBelow(evaluationId: ${ids.evaluation[relation]}, layer: ${layer}, area: "X") { layer } }`,
      // Only the layer's writer copies into it; whoever writes TPI or TPN reads the layer below.
      rule: (actor, relation) => (writesLayer(actor, layer, relation) ? 'ALLOWED' : 'FORBIDDEN'),
    },
    {
      field: 'Mutation.reviewItems',
      label: `reviewItems ${layer}`,
      kind: 'evaluation',
      who: ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
      write: true,
      document: (ids, relation) =>
        `mutation { reviewItems(evaluationId: ${ids.evaluation[relation]}, layer: ${layer}, reviews: [{ item: "X.9", status: SESUAI }]) { item } }`,
      // The TPI reviews UNIT while it assesses, the TPN reviews TPI likewise; nobody reviews TPN.
      rule: (actor, relation) =>
        !readsLayer(actor, layer) || layer === 'TPN'
          ? 'FORBIDDEN'
          : actor === 'ADMIN' ||
              (layer === 'UNIT' && actor === 'TPI' && stageOf[relation] === 'PENILAIAN_TPI') ||
              (layer === 'TPI' && actor === 'TPN' && stageOf[relation] === 'EVALUASI_TPN')
            ? 'ALLOWED'
            : 'FORBIDDEN',
    },
    {
      field: 'Mutation.markItemsRevised',
      label: `markItemsRevised ${layer}`,
      kind: 'evaluation',
      who: ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
      write: true,
      document: (ids, relation) =>
        `mutation { markItemsRevised(evaluationId: ${ids.evaluation[relation]}, layer: ${layer}, items: ["X.9"]) { item } }`,
      // The layer's owner, while its reviewer assesses.
      rule: (actor, relation) =>
        readsLayer(actor, layer) &&
        ((layer === 'UNIT' &&
          stageOf[relation] === 'PENILAIAN_TPI' &&
          ['ADMIN', 'UNIT_OPERATOR'].includes(actor)) ||
          (layer === 'TPI' && stageOf[relation] === 'EVALUASI_TPN' && ['ADMIN', 'TPI'].includes(actor)))
          ? 'ALLOWED'
          : 'FORBIDDEN',
    },
    {
      field: 'Mutation.saveAnswerSets',
      label: `saveAnswerSets ${layer}`,
      kind: 'evaluation',
      who: ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
      write: true,
      document: (ids, relation) =>
        `mutation { saveAnswerSets(sets: [{ evaluationId: ${ids.evaluation[relation]}, layer: ${layer}, answers: [{ item: "P.1.i.b", option: "Z" }] }]) { layer } }`,
      rule: (actor, relation) => (writesLayer(actor, layer, relation) ? 'ALLOWED' : 'FORBIDDEN'),
    },
    {
      field: 'Mutation.previewWorkbookImport',
      label: `previewWorkbookImport ${layer}`,
      kind: 'evaluation',
      who: ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
      write: true,
      document: (ids, relation) =>
        `mutation { previewWorkbookImport(evaluationId: ${ids.evaluation[relation]}, layer: ${layer}, file: "") { unchanged } }`,
      rule: (actor, relation) =>
        readsLayer(actor, layer) && writesLayer(actor, layer, relation) ? 'ALLOWED' : 'FORBIDDEN',
    },
    {
      field: 'Mutation.importWorkbook',
      label: `importWorkbook ${layer}`,
      kind: 'evaluation',
      who: ['ADMIN', 'UNIT_OPERATOR', 'TPI', 'TPN'],
      write: true,
      document: (ids, relation) =>
        `mutation { importWorkbook(evaluationId: ${ids.evaluation[relation]}, layer: ${layer}, file: "") { layer } }`,
      rule: (actor, relation) =>
        readsLayer(actor, layer) && writesLayer(actor, layer, relation) ? 'ALLOWED' : 'FORBIDDEN',
    },
  ]),
];

const tlhpProbes: Probe[] = [
  {
    field: 'Query.audits',
    kind: 'audit',
    who: everyone,
    denied: 'HIDDEN',
    document: () => '{ audits(first: 200) { nodes { id } } }',
    reached: (data, ids, relation) => nodesInclude(data.audits, ids.audit[relation]),
  },
  {
    field: 'Query.audit',
    kind: 'audit',
    who: everyone,
    document: (ids, relation) => `{ audit(id: ${ids.audit[relation]}) { id } }`,
  },
  {
    field: 'Query.recommendations',
    kind: 'recommendation',
    who: everyone,
    denied: 'HIDDEN',
    document: () => '{ recommendations(first: 200) { nodes { id } } }',
    reached: (data, ids, relation) => nodesInclude(data.recommendations, ids.recommendation[relation]),
  },
  {
    field: 'Query.recommendationsExport',
    kind: 'recommendation',
    who: everyone,
    denied: 'HIDDEN',
    document: () => '{ recommendationsExport }',
    reached: async (data, ids, relation) => {
      const rows = await readTable(Buffer.from(String(data.recommendationsExport), 'base64'), 'export.xlsx');
      const { report, number } = ids.recommendationKey[relation];
      return rows.some((row) => row[0] === report && row[7] === number);
    },
  },
  {
    field: 'Query.tlhpOverview',
    kind: 'recommendation',
    who: everyone,
    denied: 'HIDDEN',
    document: () => '{ tlhpOverview(groupBy: UNIT) { key summary { total } } }',
    reached: (data, ids, relation) =>
      (data.tlhpOverview as { key: string }[]).some((group) => group.key === String(ids.unitOf[relation])),
  },
  {
    field: 'Query.tlhpTrend',
    kind: 'recommendation',
    who: everyone,
    denied: 'HIDDEN',
    document: (ids, relation) =>
      `{ tlhpTrend(months: 1, filter: { unitId: ${ids.unitOf[relation]} }) { summary { total } } }`,
    reached: (data) =>
      (data.tlhpTrend as { summary: { total: number } }[]).some((month) => month.summary.total > 0),
  },
  {
    field: 'Mutation.setRecommendationStatus',
    kind: 'recommendation',
    who: ['ADMIN', 'INSPEKTORAT'],
    write: true,
    document: (ids, relation) =>
      `mutation { setRecommendationStatus(ids: [${ids.recommendation[relation]}], status: TIDAK_DAPAT_DITINDAKLANJUTI) { id } }`,
  },
  {
    field: 'Mutation.updateRecommendation',
    kind: 'recommendation',
    who: ['ADMIN', 'INSPEKTORAT'],
    write: true,
    document: (ids, relation) =>
      `mutation { updateRecommendation(id: ${ids.recommendation[relation]}, details: { recoveredAmount: -1 }) { id } }`,
  },
  {
    field: 'Mutation.previewTlhpImport',
    kind: null,
    who: ['ADMIN', 'INSPEKTORAT'],
    write: true,
    document: () => 'mutation { previewTlhpImport(file: "", filename: "tl.csv") { unchanged } }',
  },
  {
    field: 'Mutation.importTlhp',
    kind: null,
    who: ['ADMIN', 'INSPEKTORAT'],
    write: true,
    document: () => 'mutation { importTlhp(file: "", filename: "tl.csv") { unchanged } }',
  },
];

const changeProbes: Probe[] = (
  [
    ['Agency', 'agency'],
    ['AgencyProfile', 'agencyProfile'],
    ['Unit', 'unit'],
    ['Evaluation', 'evaluation'],
    ['Audit', 'audit'],
    ['Recommendation', 'recommendation'],
  ] as const
).map(([entity, kind]) => ({
  field: 'Query.changes',
  label: `changes of ${entity}`,
  kind,
  who: everyone,
  document: (ids: Ids, relation: Relation) =>
    `{ changes(entity: ${entity}, entityId: ${ids[kind][relation]}) { id } }`,
}));

const otherProbes: Probe[] = [
  { field: 'Query.me', kind: null, who: everyone, document: () => '{ me { id } }' },
  { field: 'Query.users', kind: null, who: ['ADMIN'], document: () => '{ users { id } }' },
  {
    field: 'Query.user',
    kind: null,
    who: ['ADMIN'],
    document: (ids) => `{ user(id: ${ids.operatorAccount}) { id } }`,
  },
  { field: 'Query.instruments', kind: null, who: everyone, document: () => '{ instruments { code } }' },
  {
    field: 'Query.instrument',
    kind: null,
    who: everyone,
    document: () => '{ instrument(code: "PERMENPANRB-90-2021") { code } }',
  },
  {
    field: 'Query.changes',
    label: 'changes of User',
    kind: null,
    who: ['ADMIN'],
    document: (ids) => `{ changes(entity: User, entityId: ${ids.operatorAccount}) { id } }`,
  },
  ...(['scoreHistogram', 'areaHistograms', 'readiness'] as const).map(
    (name): Probe => ({
      field: `Query.${name}`,
      kind: null,
      who: everyone,
      document: () =>
        `{ ${name}(year: 2025) { ${name === 'readiness' ? 'wbk' : name === 'scoreHistogram' ? 'count' : 'area'} } }`,
    }),
  ),
  {
    field: 'Query.layerDeviation',
    kind: null,
    who: ['ADMIN', 'TPI', 'TPN', 'INSPEKTORAT', 'ANALYST', 'ANALYST_JABAR'],
    document: () => '{ layerDeviation(year: 2025) { area } }',
  },
  {
    field: 'Query.evidenceLimits',
    kind: null,
    who: everyone,
    document: () => '{ evidenceLimits { quotaBytes } }',
  },
  {
    field: 'Mutation.setEvidenceLimits',
    kind: null,
    who: ['ADMIN'],
    write: true,
    document: () =>
      'mutation { setEvidenceLimits(maxFileMegabytes: -1, quotaMegabytes: 500) { quotaBytes } }',
  },
  {
    field: 'Query.portalrbMasterLists',
    kind: null,
    who: everyone,
    document: () => '{ portalrbMasterLists { year } }',
  },
  {
    field: 'Mutation.loadPortalrbMasterList',
    kind: null,
    who: ['ADMIN'],
    write: true,
    document: () => 'mutation { loadPortalrbMasterList(list: {}) { year } }',
  },
  {
    field: 'Mutation.revokePortalrbToken',
    kind: null,
    who: ['ADMIN'],
    write: true,
    document: () => 'mutation { revokePortalrbToken(id: 999999) { id } }',
    rule: () => 'NOT_FOUND',
  },
  {
    field: 'Mutation.loadInstrument',
    kind: null,
    who: ['ADMIN'],
    write: true,
    document: () => 'mutation { loadInstrument(definition: {}) { id } }',
  },
  {
    field: 'Mutation.createUser',
    kind: null,
    who: ['ADMIN'],
    write: true,
    document: () =>
      'mutation { createUser(input: { email: "bukan-email", name: "", role: ANALYST }) { id } }',
  },
  {
    field: 'Mutation.updateUser',
    kind: null,
    who: ['ADMIN'],
    write: true,
    document: (ids) =>
      `mutation { updateUser(id: ${ids.operatorAccount}, input: { email: "bukan-email", name: "", role: ANALYST }) { id } }`,
  },
];

const probes = [
  ...agencyProbes,
  ...unitProbes,
  ...evaluationProbes,
  ...tlhpProbes,
  ...changeProbes,
  ...otherProbes,
];
/** Fields open to everyone or to the session itself, tried in their own tests. */
const openFields = ['Query.health', 'Mutation.login', 'Mutation.logout'];

function expected(probe: Probe, actor: Actor, relation: Relation): Outcome {
  if (!probe.who.includes(actor)) return 'FORBIDDEN';
  if (!reaches(actor, probe.kind, relation)) return probe.denied ?? 'NOT_FOUND';
  return probe.rule?.(actor, relation) ?? 'ALLOWED';
}

type Server = Awaited<ReturnType<typeof startTestServer>>;

describe('the access policy, role × operation × object', () => {
  let server: Server;
  const headers = {} as Record<Actor, Record<string, string>>;
  let ids: Ids;

  beforeAll(async () => {
    server = await startTestServer();
    const { prisma } = server.database;
    const jabar = await prisma.agency.findFirstOrThrow({ where: { code: 'PROV-JABAR' } });
    await prisma.user.create({
      data: {
        email: accounts.ANALYST_JABAR,
        name: 'Analis Jawa Barat',
        role: 'ANALYST',
        agencyId: jabar.id,
        passwordHash: await hashPassword(jabarAnalystPassword),
      },
    });
    // An agency-level audit with a finding for the operator's unit and one for another unit of the agency:
    // the operator reaches the audit, its own finding and recommendation, not the other unit's.
    const unitByCode = (code: string) =>
      prisma.unit.findFirstOrThrow({ where: { code, agency: { code: 'KEMENKEU' } } });
    const [cibeunying, karees] = await Promise.all([
      unitByCode('KPP-BDG-CIBEUNYING'),
      unitByCode('KPP-BDG-KAREES'),
    ]);
    await prisma.audit.create({
      data: {
        agencyId: cibeunying.agencyId,
        auditor: 'INSPEKTORAT',
        reportNumber: 'LHP-UJI/AKSES/2025',
        reportDate: new Date('2025-03-01'),
        year: 2025,
        title: 'Audit lintas unit',
        findings: {
          create: [cibeunying, karees].map((unit, index) => ({
            number: String(index + 1),
            title: `Temuan ${unit.code}`,
            unitId: unit.id,
            recommendations: {
              create: [
                { number: `${index + 1}.1`, text: 'Menertibkan arsip', status: 'BELUM_SESUAI' as const },
              ],
            },
          })),
        },
      },
    });
    for (const actor of actors)
      headers[actor] = await server.signIn(
        accounts[actor],
        demoPasswords[accounts[actor]] ?? jabarAnalystPassword,
      );
    const unitCodes: Record<Relation, string> = {
      own: 'KPP-BDG-CIBEUNYING',
      same: 'KPPN-BDG1',
      other: 'DPMPTSP',
    };
    const auditUnits: Record<Relation, string> = {
      own: 'KPP-BDG-CIBEUNYING',
      same: 'KPP-BDG-KAREES',
      other: 'DPMPTSP',
    };
    const byRelation = async <T>(pick: (relation: Relation) => Promise<T>) =>
      Object.fromEntries(
        await Promise.all(relations.map(async (relation) => [relation, await pick(relation)])),
      ) as Record<Relation, T>;
    const units = await byRelation((relation) =>
      prisma.unit.findFirstOrThrow({
        where: {
          code: unitCodes[relation],
          agency: { code: relation === 'other' ? 'PROV-JABAR' : 'KEMENKEU' },
        },
      }),
    );
    const recommendations = await byRelation((relation) =>
      prisma.recommendation.findFirstOrThrow({
        where: { finding: { audit: { unit: { code: auditUnits[relation] } } } },
        include: { finding: { include: { audit: true } } },
        orderBy: { id: 'asc' },
      }),
    );
    const evaluations = await byRelation((relation) =>
      prisma.evaluation.findFirstOrThrow({ where: { unitId: units[relation].id, year: 2025 } }),
    );
    const profiles = await byRelation((relation) =>
      prisma.agencyProfile.findFirstOrThrow({ where: { agencyId: units[relation].agencyId } }),
    );
    const map = <T>(record: Record<Relation, T>, pick: (value: T) => number) =>
      Object.fromEntries(relations.map((relation) => [relation, pick(record[relation])])) as Record<
        Relation,
        number
      >;
    ids = {
      agency: map(units, (unit) => unit.agencyId),
      agencyOf: map(units, (unit) => unit.agencyId),
      agencyProfile: map(profiles, (profile) => profile.id),
      unit: map(units, (unit) => unit.id),
      unitOf: map(recommendations, (row) => row.finding.unitId ?? row.finding.audit.unitId ?? 0),
      evaluation: map(evaluations, (evaluation) => evaluation.id),
      audit: map(recommendations, (row) => row.finding.auditId),
      recommendation: map(recommendations, (row) => row.id),
      recommendationKey: Object.fromEntries(
        relations.map((relation) => [
          relation,
          {
            report: recommendations[relation].finding.audit.reportNumber,
            number: recommendations[relation].number,
          },
        ]),
      ) as Ids['recommendationKey'],
      operatorAccount: (await prisma.user.findUniqueOrThrow({ where: { email: accounts.UNIT_OPERATOR } })).id,
      olderEvidence: await byRelation(async (relation) => {
        const older = {} as Record<Layer, number>;
        for (const layer of layers) {
          const query = new URLSearchParams({
            evaluationId: String(evaluations[relation].id),
            layer,
            item: 'P.1.i.a',
            title: `Bukti ${layer}`,
          });
          for (const revision of [1, 2]) {
            const response = await fetch(new URL(`/files/evidence?${query}`, server.url), {
              method: 'POST',
              headers: headers.ADMIN,
              body: `%PDF-1.4\n% ${relation} ${layer} ${revision}\n%%EOF\n`,
            });
            const { data } = (await response.json()) as { data: { evidenceFile: { id: number } } };
            if (revision === 1) older[layer] = data.evidenceFile.id;
          }
        }
        return older;
      }),
    };
    // A review of each layer of each probed evaluation, for the relations to reach (or not).
    const item = await prisma.instrumentItem.findFirstOrThrow({
      where: { instrumentId: evaluations.own.instrumentId, code: 'P.1.i.a' },
    });
    await prisma.itemReview.createMany({
      data: relations.flatMap((relation) =>
        layers.map((layer) => ({
          evaluationId: evaluations[relation].id,
          layer,
          itemId: item.id,
          status: 'SESUAI' as const,
          reviewedAt: new Date(),
        })),
      ),
    });
    // The evaluations' units and the recommendations' units are the same objects for own and other.
    expect(ids.unitOf.own).toBe(ids.unit.own);
  });
  afterAll(() => server.stop());

  it('covers every query and mutation field of the schema', () => {
    const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((name) => `${type?.name}.${name}`),
    );
    const covered = new Set([...probes.map((probe) => probe.field), ...openFields]);
    expect(fields.filter((field) => !covered.has(field))).toEqual([]);
    expect([...covered].filter((field) => !fields.includes(field))).toEqual([]);
  });

  const cases = probes.flatMap((probe) =>
    actors.flatMap((actor) =>
      (probe.kind === null ? (['own'] as const) : relations).map(
        (relation) => [probe.label ?? probe.field, actor, relation, probe] as const,
      ),
    ),
  );

  it.each(cases)('%s by %s on the %s object', async (_label, actor, relation, probe) => {
    const before = await server.database.prisma.changeLog.count();
    const { body } = await server.graphql(probe.document(ids, relation, actor), {}, headers[actor]);
    const code = body.errors?.[0]?.extensions?.code;
    let outcome: string;
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND') outcome = code;
    else if (probe.write)
      outcome = code === 'VALIDATION' ? 'ALLOWED' : `unexpected ${code}: ${body.errors?.[0]?.message}`;
    else if (code) outcome = `unexpected ${code}: ${body.errors?.[0]?.message}`;
    else
      outcome =
        !probe.reached || (await probe.reached(body.data ?? {}, ids, relation)) ? 'ALLOWED' : 'HIDDEN';
    expect(outcome).toBe(expected(probe, actor, relation));
    if (probe.write) expect(await server.database.prisma.changeLog.count()).toBe(before);
  });

  it.each(
    probes
      .filter((probe) => probe.kind !== null || probe.write)
      .map((probe) => [probe.label ?? probe.field, probe] as const),
  )('%s without signing in is UNAUTHENTICATED', async (_label, probe) => {
    const { body } = await server.graphql(probe.document(ids, 'own', 'ADMIN'));
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  /** Every object type by how the policy covers it; a new type must be placed here. */
  const typeClasses = {
    /** Rows the caller reaches or not: each has its own check and ground truth below. */
    scoped: [
      'Agency',
      'AgencyProfile',
      'Unit',
      'Evaluation',
      'Audit',
      'Finding',
      'Recommendation',
      'User',
      'Answer',
      'ChangeLog',
      'EvidenceFile',
      'ItemReview',
    ],
    /** Parts of a scoped parent, reached only through it; they lead nowhere else. */
    contained: [
      'StageTransition',
      'SurveyResult',
      'RecommendationStatusChange',
      'Person',
      'Session',
      'Health',
      'NextStage',
      'EvaluationScore',
      'ScoreNode',
      'AreaScore',
      'ItemScore',
      'PredicateVerdict',
      'PredicateResult',
      'Criterion',
      'Prerequisite',
      'GapAdvice',
      'AdviceStep',
      'TlhpSummary',
      'SaveAnswersResult',
      'SavedAnswer',
      'WorkbookPreview',
      'WorkbookChange',
      'WorkbookProblem',
      'TlhpImportPlan',
      'TlhpImportRow',
      'TlhpImportUpdate',
      'TlhpImportProblem',
      'Decision',
      'StoredScore',
      // Counts of one layer of an evaluation, behind Evaluation.progress(layer)'s layer check.
      'LayerProgress',
      'AreaProgress',
      // An agency's PortalRB tokens and fetch log, behind Agency's reach and their own permissions.
      'PortalrbToken',
      'PortalrbFetch',
      'CreatedPortalrbToken',
      'PortalrbNomination',
    ],
    /** Aggregates over what the caller reaches (checked by the analytics test). */
    aggregate: [
      'RankingEntry',
      'HistogramBucket',
      'AreaHistogram',
      'Readiness',
      'ReasonCount',
      'AreaDeviation',
      'TrendPoint',
      'TlhpGroupSummary',
      'TlhpMonth',
    ],
    /** The instruments: the same for everyone signed in. */
    reference: ['Instrument', 'InstrumentItem', 'EvidenceLimits', 'PortalrbMasterList', 'PortalrbSoal'],
  };
  const plumbing = (name: string) =>
    /(Connection|Edge)$/.test(name) || ['PageInfo', 'Query', 'Mutation'].includes(name);

  it('places every object type of the schema in one class of the policy', () => {
    const types = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !plumbing(type.name))
      .map((type) => type.name);
    const placed = Object.values(typeClasses).flat();
    expect(types.filter((name) => !placed.includes(name))).toEqual([]);
    expect(placed.filter((name) => !types.includes(name))).toEqual([]);
    expect(new Set(placed).size).toBe(placed.length);
  });

  /** How each parent of a relation to a scoped type is reached, with `selection` inside it. */
  const paths: Record<string, (selection: string, actor: Actor) => string> = {
    Agency: (selection) => `{ agencies(first: 200) { nodes { ${selection} } } }`,
    Unit: (selection) => `{ units(first: 200) { nodes { ${selection} } } }`,
    Evaluation: (selection) => `{ evaluations(first: 200) { nodes { ${selection} } } }`,
    Audit: (selection) => `{ audits(first: 200) { nodes { ${selection} } } }`,
    Finding: (selection) => `{ audits(first: 200) { nodes { findings { ${selection} } } } }`,
    Recommendation: (selection) => `{ recommendations(first: 200) { nodes { ${selection} } } }`,
    User: (selection) => `{ me { ${selection} } }`,
    // Only roles that may read PortalRB's lists ask for them; 2024's are its decided evaluations.
    PortalrbNomination: (selection, actor) =>
      (portalrbReaders as string[]).includes(actor)
        ? `{ agencies(first: 200) { nodes { portalrbNominations(year: 2024) { ${selection} } } } }`
        : '{ me { email } }',
    Session: (selection, actor) =>
      `mutation { login(email: "${accounts[actor]}", password: "${demoPasswords[accounts[actor]] ?? jabarAnalystPassword}") { ${selection} } }`,
  };
  /** Values for the required arguments of relations. */
  const requiredArgs: Record<string, string> = {
    'Evaluation.answers': '(layer: UNIT)',
    'Evaluation.evidenceFiles': '(layer: UNIT)',
    'Evaluation.reviews': '(layer: UNIT)',
    'Agency.profile': '(year: 2025)',
    'Agency.portalrbNominations': '(year: 2024)',
  };

  const relationsToScoped = () =>
    Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !plumbing(type.name))
      .flatMap((type) =>
        isObjectType(type)
          ? Object.values(type.getFields())
              .filter((field) => typeClasses.scoped.includes(getNamedType(field.type).name))
              .map((field) => ({
                parent: type.name,
                field: field.name,
                target: getNamedType(field.type).name,
                args: field.args,
              }))
          : [],
      );

  it('reaches every parent of a relation to a scoped type, with every required argument given', () => {
    const missing = relationsToScoped().flatMap(({ parent, field, args }) => [
      ...(paths[parent] ? [] : [`no path to ${parent}`]),
      ...(args.some((arg) => arg.type.toString().endsWith('!') && arg.defaultValue === undefined) &&
      !requiredArgs[`${parent}.${field}`]
        ? [`no arguments for ${parent}.${field}`]
        : []),
    ]);
    expect(missing).toEqual([]);
  });

  /** What each actor may see of each scoped type, by id: the policy, stated over the seeded rows. */
  async function groundTruth(actor: Actor) {
    const { prisma } = server.database;
    const me = await prisma.user.findUniqueOrThrow({ where: { email: accounts[actor] } });
    const national = ['ADMIN', 'TPN', 'ANALYST'].includes(actor);
    const inAgency = (agencyId: number) => national || agencyId === me.agencyId;
    const inUnit = (unit: { id: number; agencyId: number }) =>
      national || (actor === 'UNIT_OPERATOR' ? unit.id === me.unitId : unit.agencyId === me.agencyId);
    const ids = (rows: { id: number | bigint }[]) => new Set(rows.map((row) => String(row.id)));
    const units = (await prisma.unit.findMany()).filter(inUnit);
    const unitIds = new Set(units.map((unit) => unit.id));
    const evaluations = await prisma.evaluation.findMany({ where: { unitId: { in: [...unitIds] } } });
    const evaluationIds = new Set(evaluations.map((evaluation) => evaluation.id));
    const findings = (await prisma.finding.findMany({ include: { audit: true } })).filter((finding) =>
      national
        ? true
        : actor === 'UNIT_OPERATOR'
          ? (finding.unitId ?? finding.audit.unitId) === me.unitId
          : finding.audit.agencyId === me.agencyId,
    );
    const findingIds = new Set(findings.map((finding) => finding.id));
    const audits = (await prisma.audit.findMany()).filter((audit) =>
      actor === 'UNIT_OPERATOR'
        ? audit.unitId === me.unitId || findings.some((finding) => finding.auditId === audit.id)
        : inAgency(audit.agencyId),
    );
    const readable = layers.filter((layer) => readsLayer(actor, layer));
    return {
      Agency: ids((await prisma.agency.findMany()).filter((agency) => inAgency(agency.id))),
      AgencyProfile: ids(
        (await prisma.agencyProfile.findMany()).filter((profile) => inAgency(profile.agencyId)),
      ),
      Unit: ids(units),
      Evaluation: ids(evaluations),
      Audit: ids(audits),
      Finding: ids(findings),
      Recommendation: ids(
        await prisma.recommendation.findMany({ where: { findingId: { in: [...findingIds] } } }),
      ),
      User: ids(await prisma.user.findMany({ where: actor === 'ADMIN' ? {} : { id: me.id } })),
      Answer: ids(
        await prisma.answer.findMany({
          where: { evaluationId: { in: [...evaluationIds] }, layer: { in: readable } },
          select: { id: true },
        }),
      ),
      ItemReview: new Set(
        (
          await prisma.itemReview.findMany({
            where: { evaluationId: { in: [...evaluationIds] }, layer: { in: readable } },
            select: { evaluationId: true, layer: true, itemId: true },
          })
        ).map((review) => `${review.evaluationId}/${review.layer}/${review.itemId}`),
      ),
      EvidenceFile: ids(
        await prisma.evidenceFile.findMany({
          where: { evaluationId: { in: [...evaluationIds] }, layer: { in: readable } },
          select: { id: true },
        }),
      ),
      ChangeLog: ids(
        await prisma.changeLog.findMany({
          where: {
            evaluationId: { in: [...evaluationIds] },
            OR: [{ layer: null }, { layer: { in: readable } }],
          },
          select: { id: true },
        }),
      ),
    } as Record<string, Set<string>>;
  }

  /** Every `{ id }` found under keys that start with `r_<target>_`, by target type. */
  function collect(value: unknown, found: [string, string][] = [], target?: string): [string, string][] {
    if (Array.isArray(value)) for (const each of value) collect(each, found, target);
    else if (value && typeof value === 'object') {
      if (target && 'id' in value) found.push([target, String((value as { id: unknown }).id)]);
      for (const [key, child] of Object.entries(value)) {
        const match = /^r_([A-Za-z]+)_/.exec(key);
        collect(child, found, match ? match[1] : undefined);
      }
    }
    return found;
  }

  it.each(actors)('hands %s no row outside its reach through any relation', async (actor) => {
    const truth = await groundTruth(actor);
    const byParent = new Map<string, string[]>();
    for (const { parent, field, target } of relationsToScoped()) {
      const selection = `r_${target}_${field}: ${field}${requiredArgs[`${parent}.${field}`] ?? ''} { id }`;
      byParent.set(parent, [...(byParent.get(parent) ?? []), selection]);
    }
    const leaks: string[] = [];
    let seen = 0;
    for (const [parent, selections] of byParent) {
      const path = paths[parent];
      if (!path) continue;
      const { body } = await server.graphql(path(selections.join(' '), actor), {}, headers[actor]);
      expect(body.errors, `${parent} as ${actor}`).toBeUndefined();
      for (const [target, id] of collect(body.data)) {
        seen++;
        if (!truth[target]?.has(id)) leaks.push(`${parent} → ${target} ${id}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(seen).toBeGreaterThan(0);
  });

  /** Every argument or input field that names a layer: reads are tried here, writes in the matrix above. */
  const layerReads: Record<string, (evaluationId: number, layer: Layer) => string> = {
    'Evaluation.answers(layer)': (id, layer) =>
      `{ evaluation(id: ${id}) { answers(layer: ${layer}) { id } } }`,
    'Evaluation.reviews(layer)': (id, layer) =>
      `{ evaluation(id: ${id}) { reviews(layer: ${layer}) { item } } }`,
    'Evaluation.evidenceFiles(layer)': (id, layer) =>
      `{ evaluation(id: ${id}) { evidenceFiles(layer: ${layer}) { id } } }`,
    'Evaluation.progress(layer)': (id, layer) =>
      `{ evaluation(id: ${id}) { progress(layer: ${layer}) { answered } } }`,
    'Evaluation.score(layer)': (id, layer) =>
      `{ evaluation(id: ${id}) { score(layer: ${layer}) { total } } }`,
    'Evaluation.storedScore(layer)': (id, layer) =>
      `{ evaluation(id: ${id}) { storedScore(layer: ${layer}) { total } } }`,
    'Evaluation.predicate(layer)': (id, layer) =>
      `{ evaluation(id: ${id}) { predicate(layer: ${layer}) { predicate } } }`,
    'Evaluation.gapAdvice(layer)': (id, layer) =>
      `{ evaluation(id: ${id}) { gapAdvice(layer: ${layer}) { reachable } } }`,
    'Query.evaluationWorkbook(layer)': (id, layer) =>
      `{ evaluationWorkbook(evaluationId: ${id}, layer: ${layer}) }`,
    'EvaluationFilter.scoreLayer': (id, layer) =>
      `{ evaluations(filter: { scoreLayer: ${layer}, minTotal: 0, maxTotal: 100 }) { totalCount nodes { id } } } # ${id}`,
  };
  const layerWrites = [
    'Mutation.saveAnswers(layer)',
    'AnswerSet.layer',
    'Mutation.previewWorkbookImport(layer)',
    'Mutation.importWorkbook(layer)',
    'Mutation.reviewItems(layer)',
    'Mutation.markItemsRevised(layer)',
    'Mutation.copyLayerBelow(layer)',
  ];

  it('tries every argument that names a layer', () => {
    const coordinates = Object.values(schema.getTypeMap()).flatMap((type) => {
      if (type.name.startsWith('__')) return [];
      if (isObjectType(type))
        return Object.values(type.getFields()).flatMap((field) =>
          field.args
            .filter((arg) => getNamedType(arg.type).name === 'Layer')
            .map((arg) => `${type.name}.${field.name}(${arg.name})`),
        );
      if (isInputObjectType(type))
        return Object.values(type.getFields())
          .filter((field) => getNamedType(field.type).name === 'Layer')
          .map((field) => `${type.name}.${field.name}`);
      return [];
    });
    expect(coordinates.sort()).toEqual([...Object.keys(layerReads), ...layerWrites].sort());
  });

  const layerCases = Object.entries(layerReads).flatMap(([coordinate, document]) =>
    actors.flatMap((actor) => layers.map((layer) => [coordinate, actor, layer, document] as const)),
  );

  it.each(layerCases)('%s as %s reading %s', async (_coordinate, actor, layer, document) => {
    const evaluationId = ids.evaluation[actor === 'ANALYST_JABAR' ? 'other' : 'own'];
    const { body } = await server.graphql(document(evaluationId, layer), {}, headers[actor]);
    const code = body.errors?.[0]?.extensions?.code;
    expect(code ?? 'ALLOWED').toBe(readsLayer(actor, layer) ? 'ALLOWED' : 'FORBIDDEN');
  });

  it.each(actors)(
    'counts in analytics exactly the evaluations %s reaches, on the layers it reads',
    async (actor) => {
      const { prisma } = server.database;
      const truth = await groundTruth(actor);
      const scored = await prisma.layerScore.findMany({
        where: {
          evaluation: { year: 2025 },
          evaluationId: { in: [...(truth.Evaluation ?? [])].map(Number) },
          answered: { gt: 0 },
          layer: { in: layers.filter((layer) => readsLayer(actor, layer)) },
        },
        distinct: ['evaluationId'],
        select: { evaluationId: true },
      });
      const { body } = await server.graphql<{
        ranking: unknown[];
        scoreHistogram: { count: number }[];
        readiness: { wbbm: number; wbk: number; neither: number };
        areaHistograms: { buckets: { count: number }[] }[];
      }>(
        '{ ranking(year: 2025, first: 10000) { evaluationId } scoreHistogram(year: 2025) { count } readiness(year: 2025) { wbbm wbk neither } areaHistograms(year: 2025) { buckets { count } } }',
        {},
        headers[actor],
      );
      expect(body.errors).toBeUndefined();
      const data = body.data;
      const sum = (counts: { count: number }[]) => counts.reduce((total, bucket) => total + bucket.count, 0);
      expect(scored.length).toBeGreaterThan(0);
      expect(data?.ranking).toHaveLength(scored.length);
      expect(sum(data?.scoreHistogram ?? [])).toBe(scored.length);
      expect((data?.readiness.wbbm ?? 0) + (data?.readiness.wbk ?? 0) + (data?.readiness.neither ?? 0)).toBe(
        scored.length,
      );
      for (const area of data?.areaHistograms ?? []) expect(sum(area.buckets)).toBe(scored.length);
    },
  );

  const listed: Record<
    Actor,
    { agencies: number; units: number; evaluations: number; recommendations: number }
  > = {
    ADMIN: { agencies: 4, units: 20, evaluations: 20, recommendations: 34 },
    TPN: { agencies: 4, units: 20, evaluations: 20, recommendations: 34 },
    ANALYST: { agencies: 4, units: 20, evaluations: 20, recommendations: 34 },
    TPI: { agencies: 1, units: 9, evaluations: 9, recommendations: 14 },
    INSPEKTORAT: { agencies: 1, units: 9, evaluations: 9, recommendations: 14 },
    UNIT_OPERATOR: { agencies: 1, units: 1, evaluations: 3, recommendations: 5 },
    ANALYST_JABAR: { agencies: 1, units: 4, evaluations: 3, recommendations: 8 },
  };

  it.each(actors)('lists for %s only what it reaches, page and total alike', async (actor) => {
    const { body } = await server.graphql<Record<string, { totalCount: number; nodes: unknown[] }>>(
      '{ agencies { totalCount nodes { id } } units { totalCount nodes { id } } evaluations { totalCount nodes { id } } recommendations { totalCount nodes { id } } }',
      {},
      headers[actor],
    );
    expect(body.errors).toBeUndefined();
    for (const [list, connection] of Object.entries(body.data ?? {})) {
      expect(connection.totalCount, list).toBe(listed[actor][list as keyof (typeof listed)[Actor]]);
      expect(connection.nodes, list).toHaveLength(connection.totalCount);
    }
  });

  describe('each hole found by trying the demo roles as an attacker', () => {
    it('1. an operator cannot nominate another agency’s unit, nor read units and agencies outside its reach', async () => {
      const { prisma } = server.database;
      const bapenda = await prisma.unit.findFirstOrThrow({ where: { code: 'BAPENDA' } });
      const foreign = await server.graphql(
        `mutation { createEvaluation(unitId: ${bapenda.id}, year: 2090) { id } }`,
        {},
        headers.UNIT_OPERATOR,
      );
      expect(foreign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const far = await server.graphql<never>(
        `mutation { createEvaluation(unitId: ${ids.unit.own}, year: 2090) { id } }`,
        {},
        headers.UNIT_OPERATOR,
      );
      expect(far.body.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        problems: [{ field: 'year' }],
      });
      expect(await prisma.evaluation.count({ where: { year: 2090 } })).toBe(0);
      const reachable = async (actor: Actor, kind: 'unit' | 'agency', rows: { id: number }[]) => {
        let reached = 0;
        for (const { id } of rows) {
          const { body } = await server.graphql(`{ ${kind}(id: ${id}) { id } }`, {}, headers[actor]);
          if (body.data) reached++;
          else expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        }
        return reached;
      };
      const units = await prisma.unit.findMany({ select: { id: true, agencyId: true } });
      const agencies = await prisma.agency.findMany({ select: { id: true } });
      expect(await reachable('UNIT_OPERATOR', 'unit', units)).toBe(1);
      expect(await reachable('UNIT_OPERATOR', 'agency', agencies)).toBe(1);
      const jabar = ids.agency.other;
      for (const actor of ['TPI', 'INSPEKTORAT'] as const)
        expect(await reachable(actor, 'agency', agencies)).toBe(1);
      expect(await reachable('ANALYST_JABAR', 'unit', units)).toBe(
        units.filter((unit) => unit.agencyId === jabar).length,
      );
    });

    it('2. an operator reads no other layer through history, analytics or filters', async () => {
      const saved = await server.graphql(
        `mutation { saveAnswers(evaluationId: ${ids.evaluation.own}, layer: TPN, answers: [{ item: "P.1.i.b", option: "A", note: "catatan TPN" }]) { layer } }`,
        {},
        headers.ADMIN,
      );
      expect(saved.body.errors).toBeUndefined();
      type History = { evaluation: { history: { layer: string | null; after: unknown }[] } };
      const history = `{ evaluation(id: ${ids.evaluation.own}) { history { layer after } } }`;
      const asAdmin = await server.graphql<History>(history, {}, headers.ADMIN);
      expect(asAdmin.body.data?.evaluation.history.some((entry) => entry.layer === 'TPN')).toBe(true);
      const asOperator = await server.graphql<History>(history, {}, headers.UNIT_OPERATOR);
      expect(asOperator.body.errors).toBeUndefined();
      expect(JSON.stringify(asOperator.body.data)).not.toContain('catatan TPN');
      expect(asOperator.body.data?.evaluation.history.every((entry) => entry.layer !== 'TPN')).toBe(true);
      const analytics = await server.graphql<{
        ranking: { layer: string }[];
        scoreTrend: { layer: string }[];
      }>(
        `{ ranking(year: 2024, first: 100) { layer } scoreTrend(unitId: ${ids.unit.own}) { layer } }`,
        {},
        headers.UNIT_OPERATOR,
      );
      expect(analytics.body.data?.ranking.map((row) => row.layer)).toEqual(['UNIT']);
      expect(new Set(analytics.body.data?.scoreTrend.map((point) => point.layer))).toEqual(new Set(['UNIT']));
      const deviation = await server.graphql(
        '{ layerDeviation(year: 2024) { area } }',
        {},
        headers.UNIT_OPERATOR,
      );
      expect(deviation.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const oracle = await server.graphql(
        '{ evaluations(filter: { scoreLayer: TPN, minTotal: 90 }) { totalCount } }',
        {},
        headers.UNIT_OPERATOR,
      );
      expect(oracle.body.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        field: 'filter.scoreLayer',
      });
    });

    it('3. a unit’s parent is shown only to whom may see it', async () => {
      const query = `{ unit(id: ${ids.unit.own}) { parent { id name } } }`;
      const operator = await server.graphql<{ unit: { parent: unknown } }>(query, {}, headers.UNIT_OPERATOR);
      expect(operator.body).toEqual({ data: { unit: { parent: null } } });
      const tpi = await server.graphql<{ unit: { parent: { name: string } } }>(query, {}, headers.TPI);
      expect(tpi.body.data?.unit.parent.name).toBe('Kantor Wilayah DJP Jawa Barat I');
    });

    it('4. the change log stays within reach and shows authors by name only', async () => {
      const foreign = await server.graphql(
        `{ changes(entity: Evaluation, entityId: ${ids.evaluation.own}) { id } }`,
        {},
        headers.ANALYST_JABAR,
      );
      expect(foreign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      for (const actor of ['TPN', 'ANALYST'] as const) {
        const users = await server.graphql(
          `{ changes(entity: User, entityId: ${ids.operatorAccount}) { id } }`,
          {},
          headers[actor],
        );
        expect(users.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const email = await server.graphql(
        `{ evaluation(id: ${ids.evaluation.own}) { history { actor { email } } } }`,
        {},
        headers.TPI,
      );
      expect(email.body.errors?.[0]?.message).toMatch(/Cannot query field "email" on type "Person"/);
      const named = await server.graphql<{ evaluation: { history: { actor: { name: string } | null }[] } }>(
        `{ evaluation(id: ${ids.evaluation.own}) { history { actor { name } } transitions { actor { name } } } }`,
        {},
        headers.TPI,
      );
      expect(named.body.errors).toBeUndefined();
      expect(named.body.data?.evaluation.history.some((entry) => entry.actor?.name)).toBe(true);
      const someoneElse = await server.graphql(`{ users { email } }`, {}, headers.TPN);
      expect(someoneElse.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('5. a decided evaluation keeps what it was decided on', async () => {
      const { prisma } = server.database;
      const decided = await prisma.evaluation.findFirstOrThrow({
        where: { unitId: ids.unit.own, stage: 'DITETAPKAN', year: 2024 },
      });
      for (const actor of ['UNIT_OPERATOR', 'ADMIN'] as const) {
        const { body } = await server.graphql(
          `mutation { updateEvaluation(id: ${decided.id}, details: { paktaSigned: 1, paktaTotal: 1, targetPredicate: WBK }) { id } }`,
          {},
          headers[actor],
        );
        expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const bulk = await server.graphql(
        `mutation { saveBulkEntries(entries: [{ evaluationId: ${decided.id}, surveys: [{ kind: IPAK, score: 1 }] }]) { id } }`,
        {},
        headers.ADMIN,
      );
      expect(bulk.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'entries[0]' });
      const answers = await server.graphql(
        `mutation { saveAnswers(evaluationId: ${decided.id}, layer: TPN, answers: [{ item: "P.1.i.b", option: "C" }]) { layer } }`,
        {},
        headers.ADMIN,
      );
      expect(answers.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await prisma.evaluation.findUniqueOrThrow({ where: { id: decided.id } })).toEqual(decided);
    });

    it('5. year pickers offer the years of the evaluations one reaches', async () => {
      const years = async (actor: Actor) =>
        (await server.graphql<{ evaluationYears: number[] }>('{ evaluationYears }', {}, headers[actor])).body
          .data?.evaluationYears ?? [];
      expect(await years('ADMIN')).toEqual([2025, 2024, 2020]);
      expect(await years('ANALYST_JABAR')).toEqual([2025, 2024]);
    });

    it('5. the unit reads its report, with every layer, once the evaluation is decided, and not before', async () => {
      const { prisma } = server.database;
      const decided = await prisma.evaluation.findFirstOrThrow({
        where: { unitId: ids.unit.own, stage: 'DITETAPKAN', year: 2024 },
      });
      const report = await server.graphql<{ evaluationReport: string }>(
        `{ evaluationReport(evaluationId: ${decided.id}) }`,
        {},
        headers.UNIT_OPERATOR,
      );
      expect(report.body.errors).toBeUndefined();
      expect(report.body.data?.evaluationReport).toMatch(/TPN/);
      const open = await prisma.evaluation.findFirstOrThrow({
        where: { unitId: ids.unit.own, stage: { notIn: ['DITETAPKAN', 'TIDAK_DITETAPKAN', 'DICABUT'] } },
      });
      const early = await server.graphql(
        `{ evaluationReport(evaluationId: ${open.id}) }`,
        {},
        headers.UNIT_OPERATOR,
      );
      expect(early.body.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        messageId: 'report.unitBeforeDecision',
      });
    });

    it('6. an evaluation outside reach answers exactly as one that does not exist', async () => {
      const { prisma } = server.database;
      const highest = await prisma.evaluation.findFirstOrThrow({ orderBy: { id: 'desc' } });
      const outside = await server.graphql(
        `{ evaluation(id: ${ids.evaluation.same}) { id } }`,
        {},
        headers.UNIT_OPERATOR,
      );
      const absent = await server.graphql(
        `{ evaluation(id: ${highest.id + 1}) { id } }`,
        {},
        headers.UNIT_OPERATOR,
      );
      const shape = (errors: unknown) =>
        JSON.stringify(errors)
          .replaceAll(String(ids.evaluation.same), 'ID')
          .replaceAll(String(highest.id + 1), 'ID');
      expect(outside.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(shape(outside.body.errors)).toBe(shape(absent.body.errors));
    });
  });
});
