import { formatFigure, type Layer, layers, permenpanrb52of2014, permenpanrb90of2021 } from '@zi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniformAnswers } from '../../schema/test/fixtures.ts';
import { type GraphQLResponse, startTestServer } from './http.ts';

/**
 * One truth for every score: a layer shows the same figures stored (what lists and analytics read),
 * live (Evaluation.score), in the ranking and in the report, for every seeded evaluation, and again after
 * follow-ups change, answers and bulk entries are saved and lists are imported.
 */

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Score = { layer: Layer; total: number; pengungkit: number; hasil: number; answered: number };

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9;
const codeOf = (body: GraphQLResponse) => body.errors?.[0]?.extensions?.code;

describe('one truth for every score', () => {
  let server: Server;
  let admin: Record<string, string>;
  let inspectorate: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('admin@zi.go.id');
    inspectorate = await server.signIn('inspektorat@kemenkeu.go.id');
  });
  afterAll(() => server.stop());

  const scoreOf = async (id: number, layer?: Layer) => {
    const { body } = await server.graphql<{ evaluation: { score: Score } }>(
      `{ evaluation(id: ${id}) { score${layer ? `(layer: ${layer})` : ''} { layer total pengungkit hasil answered } } }`,
      {},
      admin,
    );
    expect(body.errors).toBeUndefined();
    return body.data?.evaluation.score as Score;
  };

  /** Stored = live for every layer with answers, ranking = the counting layer, report = the shared rounding. */
  async function expectOneTruth() {
    const { prisma } = server.database;
    const evaluations = await prisma.evaluation.findMany({
      include: { scores: true },
      orderBy: { id: 'asc' },
    });
    const mismatches: string[] = [];
    for (const evaluation of evaluations) {
      for (const stored of evaluation.scores.filter((each) => each.answered > 0)) {
        const live = await scoreOf(evaluation.id, stored.layer);
        for (const field of ['total', 'pengungkit', 'hasil', 'answered'] as const)
          if (!close(live[field], stored[field]))
            mismatches.push(
              `${evaluation.id}/${stored.layer} ${field}: stored ${stored[field]}, live ${live[field]}`,
            );
      }
      const counting = await scoreOf(evaluation.id);
      expect(counting.layer).toBe(evaluation.countingLayer ?? 'UNIT');
      const listed = await server.graphql<{ evaluation: { storedScore: Score | null } }>(
        `{ evaluation(id: ${evaluation.id}) { storedScore { layer total pengungkit hasil answered } } }`,
        {},
        admin,
      );
      const shownInLists = listed.body.data?.evaluation.storedScore;
      if (counting.answered && (!shownInLists || !close(shownInLists.total, counting.total)))
        mismatches.push(`${evaluation.id} list shows ${shownInLists?.total}, live ${counting.total}`);
      const report = await server.graphql<{ evaluationReport: string }>(
        `{ evaluationReport(evaluationId: ${evaluation.id}) }`,
        {},
        admin,
      );
      const totals = /<td>Nilai total<\/td><td class="n">100,00<\/td>(.*?)<\/tr>/.exec(
        report.body.data?.evaluationReport ?? '',
      )?.[1];
      const shown = [...(totals ?? '').matchAll(/<td class="n">([^<]*)<\/td>/g)].map((cell) => cell[1]);
      for (const [index, layer] of layers.entries()) {
        const stored = evaluation.scores.find((each) => each.layer === layer);
        const expected = stored && stored.answered > 0 ? formatFigure(stored.total) : '–';
        if (shown[index] !== expected)
          mismatches.push(`${evaluation.id}/${layer} report shows ${shown[index]}, stored ${expected}`);
      }
    }
    for (const year of [...new Set(evaluations.map((evaluation) => evaluation.year))]) {
      const { body } = await server.graphql<{
        ranking: { evaluationId: number; layer: Layer; total: number }[];
      }>(`{ ranking(year: ${year}, first: 1000) { evaluationId layer total } }`, {}, admin);
      for (const entry of body.data?.ranking ?? []) {
        const live = await scoreOf(entry.evaluationId);
        if (live.layer !== entry.layer || !close(live.total, entry.total))
          mismatches.push(
            `ranking ${year} ${entry.evaluationId}: ${entry.layer} ${entry.total}, live ${live.layer} ${live.total}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  }

  it('holds for every seeded evaluation and layer', async () => {
    await expectOneTruth();
  });

  it('10. keeps the rules the demo data demonstrates: awarded evaluations meet their predicate, the others miss their target', async () => {
    const decided = await server.database.prisma.evaluation.findMany({
      where: { stage: { in: ['DITETAPKAN', 'TIDAK_DITETAPKAN'] } },
      include: { decision: true },
    });
    expect(decided.length).toBeGreaterThan(3);
    for (const evaluation of decided) {
      const verdict = evaluation.decision?.verdict as {
        results: Record<string, { criteria: { met: boolean }[] }>;
      };
      const criteriaMet = (predicate: string) =>
        verdict.results[predicate]?.criteria.every((each) => each.met);
      if (evaluation.stage === 'DITETAPKAN')
        expect(criteriaMet(evaluation.awardedPredicate ?? '')).toBe(true);
      else expect(criteriaMet(evaluation.targetPredicate)).toBe(false);
    }
  });

  describe('a 2014 evaluation still open, as its follow-ups change', () => {
    let evaluationId: number;
    let unitId: number;
    const year = 2019;

    beforeAll(async () => {
      const { prisma } = server.database;
      const unit = await prisma.unit.findFirstOrThrow({ where: { code: 'KPPN-BDG1' } });
      unitId = unit.id;
      const created = await server.graphql<{ createEvaluation: { id: number } }>(
        `mutation { createEvaluation(unitId: ${unitId}, year: ${year}, details: { paktaSigned: 50, paktaTotal: 50 }) { id } }`,
        {},
        admin,
      );
      expect(created.body.errors).toBeUndefined();
      evaluationId = created.body.data?.createEvaluation.id ?? 0;
      const answers = [...uniformAnswers(permenpanrb52of2014, 0)].map(([item, answer]) => ({
        item,
        ...answer,
      }));
      const saved = await server.graphql(
        'mutation($id: Int!, $answers: [AnswerChange!]!) { saveAnswers(evaluationId: $id, layer: UNIT, answers: $answers) { layer } }',
        { id: evaluationId, answers },
        admin,
      );
      expect(saved.body.errors).toBeUndefined();
    });

    const importList = (rows: string[]) =>
      server.graphql<{ importTlhp: { committed: boolean } }>(
        'mutation($file: String!) { importTlhp(file: $file, filename: "tl.csv") { committed } }',
        {
          file: Buffer.from(
            ['No. LHP,No. Temuan,Temuan,No. Rekomendasi,Rekomendasi,Status', ...rows].join('\n'),
          ).toString('base64'),
        },
        inspectorate,
      );

    it('1. refreshes the stored score when a follow-up list is imported, so ranking and filters agree with the live score', async () => {
      const before = await scoreOf(evaluationId);
      expect(close(before.hasil, 40)).toBe(true);
      const kemenkeu = await server.database.prisma.agency.findFirstOrThrow({ where: { code: 'KEMENKEU' } });
      const audit = await server.graphql(
        `mutation { createAudit(input: { agencyId: ${kemenkeu.id}, unitId: ${unitId}, auditor: INSPEKTORAT, reportNumber: "LHP-2019/KPPN", reportDate: "2019-03-01", year: ${year}, title: "Audit 2019" }) { id } }`,
        {},
        inspectorate,
      );
      expect(audit.body.errors).toBeUndefined();
      const imported = await importList([
        'LHP-2019/KPPN,1,Kas,1,Setorkan kas,BTL',
        'LHP-2019/KPPN,1,Kas,2,Tegur,TS',
      ]);
      expect(imported.body.data?.importTlhp.committed).toBe(true);
      const after = await scoreOf(evaluationId);
      expect(close(before.total - after.total, 2.5)).toBe(true);
      const stored = await server.database.prisma.layerScore.findUniqueOrThrow({
        where: { evaluationId_layer: { evaluationId, layer: 'UNIT' } },
      });
      expect(close(stored.total, after.total)).toBe(true);
      expect(stored.tlhpCompletion).toBe(0.5);
      const filtered = await server.graphql<{ evaluations: { nodes: { id: number }[] } }>(
        `{ evaluations(filter: { year: ${year}, minTotal: ${after.total + 1e-6} }) { nodes { id } } }`,
        {},
        admin,
      );
      expect(filtered.body.data?.evaluations.nodes).toEqual([]);
      await expectOneTruth();
    });

    it('3. advises no gap closed by answers while the TLHP criterion fails', async () => {
      const { body } = await server.graphql<{
        evaluation: {
          predicate: { wbk: { met: boolean; criteria: { key: string; met: boolean }[] } };
          gapAdvice: { reachable: boolean };
        };
      }>(
        `{ evaluation(id: ${evaluationId}) { predicate { wbk { met criteria { key met } } } gapAdvice(target: WBK) { reachable } } }`,
        {},
        admin,
      );
      expect(body.data?.evaluation.predicate.wbk.criteria.find((each) => each.key === 'tlhp')?.met).toBe(
        false,
      );
      expect(body.data?.evaluation.gapAdvice.reachable).toBe(false);
    });

    it('1. refreshes it again when a status changes', async () => {
      const open = await server.database.prisma.recommendation.findFirstOrThrow({
        where: { finding: { audit: { reportNumber: 'LHP-2019/KPPN' } }, status: 'BELUM_DITINDAKLANJUTI' },
      });
      const changed = await server.graphql(
        `mutation { setRecommendationStatus(ids: [${open.id}], status: SESUAI) { id } }`,
        {},
        inspectorate,
      );
      expect(changed.body.errors).toBeUndefined();
      expect(close((await scoreOf(evaluationId)).hasil, 40)).toBe(true);
      await expectOneTruth();
    });
  });

  it('4. never rewrites a decided evaluation: a follow-up added later leaves its scores, verdict and decision alone', async () => {
    const { prisma } = server.database;
    const decided = await prisma.evaluation.findFirstOrThrow({
      where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2020 },
      include: { decision: true },
    });
    const query = `{ evaluation(id: ${decided.id}) { score { total } predicate { predicate } tlhp { completion } decision { predicate { predicate } score { total } } } }`;
    const before = await server.graphql(query, {}, admin);
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: decided.unitId } });
    const audit = await server.graphql<{ createAudit: { id: number } }>(
      `mutation { createAudit(input: { agencyId: ${unit.agencyId}, unitId: ${unit.id}, auditor: BPKP, reportNumber: "LHP-2019/CIBEUNYING", reportDate: "2019-05-01", year: 2019, title: "Audit lama" }) { id } }`,
      {},
      inspectorate,
    );
    expect(audit.body.errors).toBeUndefined();
    const imported = await server.graphql(
      'mutation($file: String!) { importTlhp(file: $file, filename: "lama.csv") { committed } }',
      {
        file: Buffer.from(
          'No. LHP,No. Temuan,Temuan,No. Rekomendasi,Rekomendasi,Status\nLHP-2019/CIBEUNYING,1,Aset,1,Inventarisasi,BTL\n',
        ).toString('base64'),
      },
      inspectorate,
    );
    expect(imported.body.errors).toBeUndefined();
    expect((await server.graphql(query, {}, admin)).body).toEqual(before.body);
    expect(await prisma.decision.findUniqueOrThrow({ where: { evaluationId: decided.id } })).toEqual(
      decided.decision,
    );
  });

  it('5. buckets an area just below 60 % by float noise with those that meet it', async () => {
    const { prisma } = server.database;
    const target = await prisma.layerScore.findFirstOrThrow({
      where: { evaluation: { year: 2025, countingLayer: 'UNIT' }, layer: 'UNIT', answered: { gt: 0 } },
    });
    const areas = target.areas as Record<string, { points: number; percent: number }>;
    const edited = { ...areas, PP: { ...(areas.PP as { points: number }), percent: 0.5999999999999999 } };
    await prisma.layerScore.update({
      where: { evaluationId_layer: { evaluationId: target.evaluationId, layer: 'UNIT' } },
      data: { areas: edited },
    });
    const { body } = await server.graphql<{
      areaHistograms: { area: string; buckets: { from: number; count: number }[] }[];
    }>('{ areaHistograms(year: 2025) { area buckets { from count } } }', {}, admin);
    const pp = body.data?.areaHistograms.find((each) => each.area === 'PP');
    const sixty = pp?.buckets.find((bucket) => close(bucket.from, 0.6));
    expect(sixty?.count).toBeGreaterThan(0);
    await prisma.layerScore.update({
      where: { evaluationId_layer: { evaluationId: target.evaluationId, layer: 'UNIT' } },
      data: { areas },
    });
  });

  it('6. compares complete layers only, and shows a layer without answers as –', async () => {
    const { prisma } = server.database;
    const complete = await prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM "LayerScore" u JOIN "LayerScore" t ON t."evaluationId" = u."evaluationId" AND t.layer = 'TPI'
      JOIN "Evaluation" e ON e.id = u."evaluationId"
      WHERE u.layer = 'UNIT' AND e.year = 2025 AND u.answered = u."itemCount" AND t.answered = t."itemCount"`;
    const { body } = await server.graphql<{ layerDeviation: { area: string; evaluations: number }[] }>(
      '{ layerDeviation(year: 2025) { area evaluations withTpn } }',
      {},
      admin,
    );
    expect(body.data?.layerDeviation.every((row) => row.evaluations === Number(complete[0]?.count))).toBe(
      true,
    );
    const building = await prisma.evaluation.findFirstOrThrow({
      where: { stage: 'PEMBANGUNAN', year: 2025 },
    });
    const report = await server.graphql<{ evaluationReport: string }>(
      `{ evaluationReport(evaluationId: ${building.id}) }`,
      {},
      admin,
    );
    const deviation =
      report.body.data?.evaluationReport.split('Selisih penilaian per area')[1]?.split('</table>')[0] ?? '';
    expect(deviation).toContain('<td class="n">–</td>');
    expect(deviation).not.toMatch(/−\d{2},\d/);
  });

  it('7. keeps an official survey result the one source of the survey item in every layer', async () => {
    const { prisma } = server.database;
    const surveyed = await prisma.surveyResult.findFirstOrThrow({
      where: {
        kind: 'IPAK',
        evaluation: { stage: { in: ['PENILAIAN_TPI', 'DIUSULKAN', 'EVALUASI_TPN'] }, year: 2025 },
      },
    });
    const item = permenpanrb90of2021.surveyItems.IPAK;
    const refused = await server.graphql(
      `mutation { saveAnswers(evaluationId: ${surveyed.evaluationId}, layer: TPI, answers: [{ item: "${item}", score: 1 }]) { layer } }`,
      {},
      admin,
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', problems: [{ item }] });
    const bulk = await server.graphql(
      `mutation { saveBulkEntries(entries: [{ evaluationId: ${surveyed.evaluationId}, surveys: [{ kind: IPAK, score: 3.75 }] }]) { id } }`,
      {},
      admin,
    );
    expect(bulk.body.errors).toBeUndefined();
    const answers = await prisma.answer.findMany({
      where: { evaluationId: surveyed.evaluationId, item: { code: item } },
      select: { score: true },
    });
    expect(answers.map((answer) => answer.score)).toEqual(answers.map(() => 3.75));
  });

  it('8. detects a bulk save that would overwrite someone else’s meanwhile', async () => {
    const { prisma } = server.database;
    const row = await prisma.surveyResult.findFirstOrThrow({
      where: { kind: 'IPKP', evaluation: { stage: 'EVALUASI_TPN' } },
    });
    const save = (score: number, seen: number) =>
      server.graphql(
        `mutation { saveBulkEntries(entries: [{ evaluationId: ${row.evaluationId}, surveys: [{ kind: IPKP, score: ${score} }], expected: { surveys: [{ kind: IPKP, score: ${seen} }] } }]) { id } }`,
        {},
        admin,
      );
    expect(codeOf((await save(3.7, row.score)).body)).toBeUndefined();
    const late = await save(3.2, row.score);
    expect(late.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      conflicts: [{ evaluationId: row.evaluationId, expected: row.score, current: 3.7 }],
    });
    expect((await prisma.surveyResult.findUniqueOrThrow({ where: { id: row.id } })).score).toBe(3.7);
  });

  it('9. tells audits apart by auditor and report number when a list is imported', async () => {
    const kemenkeu = await server.database.prisma.agency.findFirstOrThrow({ where: { code: 'KEMENKEU' } });
    for (const auditor of ['BPK', 'INSPEKTORAT'])
      expect(
        (
          await server.graphql(
            `mutation { createAudit(input: { agencyId: ${kemenkeu.id}, auditor: ${auditor}, reportNumber: "LHP-KEMBAR/2025", reportDate: "2025-04-01", year: 2025, title: "Kembar ${auditor}" }) { id } }`,
            {},
            inspectorate,
          )
        ).body.errors,
      ).toBeUndefined();
    const preview = (rows: string) =>
      server.graphql<{
        previewTlhpImport: { create: { auditor: string | null }[]; reject: { column: string }[] };
      }>(
        'mutation($file: String!) { previewTlhpImport(file: $file, filename: "kembar.csv") { create { auditor } reject { column } } }',
        { file: Buffer.from(rows).toString('base64') },
        inspectorate,
      );
    const without = await preview(
      'No. LHP,No. Temuan,Temuan,No. Rekomendasi,Rekomendasi,Status\nLHP-KEMBAR/2025,1,T,1,R,BTL\n',
    );
    expect(without.body.data?.previewTlhpImport.reject).toEqual([{ column: 'auditor' }]);
    const withAuditor = await preview(
      'Pemeriksa,No. LHP,No. Temuan,Temuan,No. Rekomendasi,Rekomendasi,Status\nBPK,LHP-KEMBAR/2025,1,T,1,R,BTL\nItjen,LHP-KEMBAR/2025,1,T,1,R,BTL\n',
    );
    expect(withAuditor.body.data?.previewTlhpImport).toEqual({
      create: [{ auditor: 'BPK' }, { auditor: 'INSPEKTORAT' }],
      reject: [],
    });
  });
});
