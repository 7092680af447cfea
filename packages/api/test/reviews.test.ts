import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentScene, type startTestServer } from './http.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Review = {
  item: string;
  status: string;
  note: string | null;
  revisions: number;
  revisedAt: string | null;
  answerAtNote: { option: string | null; documents: number[] } | null;
};
type Errors = { extensions?: { code?: string; problems?: { field: string; messageId: string }[] } }[];

const reviewFields =
  'item status note revisions revisedAt answerAtNote reviewedBy { name } revisedBy { name }';

describe('the review loop: the TPI sends items back, the unit fixes them, the stage move waits', () => {
  let server: Server;
  let tpi: Record<string, string>;
  let operator: Record<string, string>;
  let evaluationId: number;

  beforeAll(async () => {
    ({ server, tpi, operator, evaluationId } = await assessmentScene());
  });
  afterAll(() => server.stop());

  const review = (
    headers: Record<string, string>,
    reviews: { item: string; status: string; note?: string }[],
  ) =>
    server.graphql<{ reviewItems: Review[] }>(
      `mutation($id: Int!, $reviews: [ReviewInput!]!) { reviewItems(evaluationId: $id, layer: UNIT, reviews: $reviews) { ${reviewFields} } }`,
      { id: evaluationId, reviews },
      headers,
    );
  const reviews = async (headers: Record<string, string>) =>
    (
      await server.graphql<{ evaluation: { reviews: Review[] } }>(
        `{ evaluation(id: ${evaluationId}) { reviews(layer: UNIT) { ${reviewFields} } } }`,
        {},
        headers,
      )
    ).body.data?.evaluation.reviews ?? [];
  const save = (items: string[]) =>
    server.graphql(
      `mutation($id: Int!, $answers: [AnswerChange!]!) { saveAnswers(evaluationId: $id, layer: UNIT, answers: $answers) { layer } }`,
      { id: evaluationId, answers: items.map((item) => ({ item, option: 'Ya' })) },
      operator,
    );
  const revised = (items: string[]) =>
    server.graphql<{ markItemsRevised: Review[] }>(
      `mutation($id: Int!, $items: [String!]!) { markItemsRevised(evaluationId: $id, layer: UNIT, items: $items) { ${reviewFields} } }`,
      { id: evaluationId, items },
      operator,
    );
  const problems = (errors: Errors | undefined) =>
    errors?.[0]?.extensions?.problems?.map((problem) => [problem.field, problem.messageId]);

  it('wants a note on an item sent back, and writes nothing without one', async () => {
    const { body } = await review(tpi, [
      { item: 'P.1.i.a', status: 'PERLU_PERBAIKAN', note: 'SK belum ditandatangani' },
      { item: 'P.1.i.b', status: 'PERLU_PERBAIKAN' },
    ]);
    expect(problems(body.errors as Errors)).toEqual([['reviews[1].note', 'review.noteRequired']]);
    expect(await reviews(tpi)).toEqual([]);
  });

  it('records the TPI’s judgement, which the operator reads and may not give', async () => {
    const { body } = await review(tpi, [
      { item: 'P.1.i.a', status: 'PERLU_PERBAIKAN', note: 'SK belum ditandatangani' },
      { item: 'P.1.i.b', status: 'PERLU_PERBAIKAN', note: 'Unsur tim belum lengkap' },
      { item: 'P.1.ii.a', status: 'SESUAI' },
    ]);
    expect(body.data?.reviewItems.map((each) => [each.item, each.status, each.revisions])).toEqual([
      ['P.1.i.a', 'PERLU_PERBAIKAN', 1],
      ['P.1.i.b', 'PERLU_PERBAIKAN', 1],
      ['P.1.ii.a', 'SESUAI', 0],
    ]);
    const seen = await reviews(operator);
    expect(seen.filter((each) => each.status === 'PERLU_PERBAIKAN').map((each) => each.note)).toEqual([
      'SK belum ditandatangani',
      'Unsur tim belum lengkap',
    ]);
    const refused = await review(operator, [{ item: 'P.1.ii.a', status: 'PERLU_PERBAIKAN', note: 'x' }]);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the operator fix only what was sent back while the TPI assesses, answers and evidence alike', async () => {
    expect((await save(['P.1.i.a'])).body.errors).toBeUndefined();
    const stored = () =>
      server.database.prisma.answer.findMany({
        where: { evaluationId, layer: 'UNIT', item: { code: { in: ['P.1.i.b', 'P.1.ii.a'] } } },
        select: { option: true, version: true },
        orderBy: { id: 'asc' },
      });
    const before = await stored();
    for (const attempt of [['P.1.ii.a'], ['P.1.i.b', 'P.1.ii.a']]) {
      const { body } = await save(attempt);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await stored()).toEqual(before);
    const upload = (item: string) =>
      fetch(
        new URL(`/files/evidence?evaluationId=${evaluationId}&layer=UNIT&item=${item}&title=SK`, server.url),
        { method: 'POST', headers: operator, body: '%PDF-1.4\n% SK bertanda tangan\n%%EOF\n' },
      );
    expect((await upload('P.1.i.b')).status).toBe(201);
    expect((await upload('P.1.ii.a')).status).toBe(403);
  });

  it('marks fixed items revised, which the TPI sees; an item not sent back cannot be', async () => {
    const { body } = await revised(['P.1.i.a']);
    expect(body.data?.markItemsRevised[0]?.revisedAt).toBeTruthy();
    const refused = await revised(['P.1.ii.a']);
    expect(problems(refused.body.errors as Errors)).toEqual([['items[0]', 'review.notSentBack']]);
    const seen = await reviews(tpi);
    expect(seen.find((each) => each.item === 'P.1.i.a')?.revisedAt).toBeTruthy();
    const { body: history } = await server.graphql<{
      evaluation: { history: { entity: string; layer: string | null }[] };
    }>(`{ evaluation(id: ${evaluationId}) { history { entity layer } } }`, {}, tpi);
    const entities = history.data?.evaluation.history.map((entry) => entry.entity);
    expect(entities).toContain('ItemReview');
    expect(entities).toContain('EvidenceFile');
    const { body: watched } = await server.graphql<{
      evaluation: {
        progress: { reviewed: number; toRevise: number; areas: { key: string; toRevise: number }[] };
      };
    }>(
      `{ evaluation(id: ${evaluationId}) { progress(layer: UNIT) { reviewed toRevise areas { key toRevise } } } }`,
      {},
      operator,
    );
    // Three judged, two sent back, one of them since marked revised; all in Manajemen Perubahan.
    expect(watched.data?.evaluation.progress).toMatchObject({ reviewed: 3, toRevise: 1 });
    expect(watched.data?.evaluation.progress.areas.find((area) => area.key === 'MP')?.toRevise).toBe(1);
  });

  it('holds the move to DIUSULKAN while items wait for revision, unless the TPI says why in a note', async () => {
    const blockersFor = async () => {
      const { body } = await server.graphql<{
        evaluation: { nextStages: { to: string; blockers: string[] }[] };
      }>(`{ evaluation(id: ${evaluationId}) { nextStages { to blockers } } }`, {}, tpi);
      return body.data?.evaluation.nextStages.find((stage) => stage.to === 'DIUSULKAN')?.blockers ?? [];
    };
    expect(await blockersFor()).toContain(
      '2 butir lapisan UNIT masih perlu perbaikan; tunggu perbaikannya atau beri catatan untuk tetap melanjutkan',
    );
    // Sent back again after its fix: a second revision.
    const again = await review(tpi, [
      { item: 'P.1.i.a', status: 'PERLU_PERBAIKAN', note: 'Masih belum lengkap' },
    ]);
    expect(again.body.data?.reviewItems[0]).toMatchObject({ revisions: 2, revisedAt: null });
    // What the TPI compares the next fix with: the item as the operator left it after the first.
    expect(again.body.data?.reviewItems[0]?.answerAtNote).toMatchObject({ option: 'Ya', documents: [] });
    const [sentBackWithDocument] = (await reviews(tpi)).filter((each) => each.item === 'P.1.i.b');
    expect(sentBackWithDocument?.answerAtNote).toMatchObject({ documents: [] });
    const accepted = await review(tpi, [{ item: 'P.1.i.b', status: 'SESUAI' }]);
    expect(accepted.body.data?.reviewItems[0]?.answerAtNote).toBeNull();
    expect((await blockersFor()).some((blocker) => blocker.startsWith('1 butir lapisan UNIT'))).toBe(true);
    const move = (note?: string) =>
      server.graphql(
        'mutation($id: Int!, $note: String) { transitionStage(evaluationId: $id, to: DIUSULKAN, note: $note) { stage } }',
        { id: evaluationId, note },
        tpi,
      );
    const held = problems((await move()).body.errors as Errors)?.map(([, id]) => id);
    expect(held).toContain('stage.itemsToRevise');
    const overridden = problems(
      (await move('Perbaikan menyusul, disetujui ketua TPI')).body.errors as Errors,
    )?.map(([, id]) => id);
    expect(overridden).not.toContain('stage.itemsToRevise');
  });
});
