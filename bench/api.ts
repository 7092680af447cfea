// API speed at national scale (~600 agencies, 20,000 units, 8,000 evaluations a year × 3 years × 3
// layers) on PostgreSQL, plus saveAnswers on the embedded PGlite. Prints figures; asserts nothing.
// BENCH_DATABASE_URL names the PostgreSQL server; a scratch database is created there and dropped afterwards.
import { type Database, openDatabase } from '@zi/db';
import { decidedStages, itemsOf, permenpanrb90of2021 } from '@zi/schema';
import autocannon from 'autocannon';
import { median, ms, startApi, startBareYoga, timed, withScratchDatabase } from './support.ts';

const yearEvaluations = 8_000;

/** Synthetic national data written by the database itself; layer scores are random figures. */
async function generate(database: Database) {
  const run = (sql: string) => database.prisma.$executeRawUnsafe(sql);
  const instrument = await database.prisma.instrument.findUniqueOrThrow({
    where: { code: 'PERMENPANRB-90-2021' },
  });
  await run(`INSERT INTO "Agency"(kind, code, name, region, "updatedAt")
    SELECT (ARRAY['KEMENTERIAN','LEMBAGA','PROVINSI','KABUPATEN','KOTA'])[1 + g % 5]::"AgencyKind",
           'BENCH-A' || g, 'Instansi Uji ' || g, 'Wilayah ' || (g % 38), now()
    FROM generate_series(1, 600) g`);
  await run(`INSERT INTO "Unit"("agencyId", code, name, eselon, "coreService", "ziSinceYear", "updatedAt")
    SELECT a.id, 'BENCH-U' || g, 'Unit Uji ' || g, (ARRAY['I','II','III','IV'])[1 + g % 4]::"Eselon", true, 2020, now()
    FROM generate_series(1, 20000) g
    JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Agency" WHERE code LIKE 'BENCH-A%') a ON a.n = 1 + g % 600`);
  await run(`INSERT INTO "Evaluation"("unitId", year, "instrumentId", stage, "targetPredicate", "updatedAt")
    SELECT u.id, y, ${instrument.id},
           (ARRAY['PEMBANGUNAN','PENILAIAN_TPI','DIUSULKAN','EVALUASI_TPN','DITETAPKAN','TIDAK_DITETAPKAN'])[1 + (u.n + y) % 6]::"Stage",
           'WBK', now()
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Unit" WHERE code LIKE 'BENCH-U%') u,
         generate_series(2023, 2025) y
    WHERE u.n <= ${yearEvaluations}`);
  await run(`INSERT INTO "Answer"("evaluationId", "itemId", layer, option, score, "updatedAt")
    SELECT e.id, i.id, l.layer::"Layer",
           CASE WHEN i."answerType" = 'SURVEY' THEN NULL
                ELSE i.options -> floor(random() * jsonb_array_length(i.options))::int ->> 'label' END,
           CASE WHEN i."answerType" = 'SURVEY' THEN 2.5 + random() * 1.5 END, now()
    FROM "Evaluation" e JOIN "Unit" u ON u.id = e."unitId" AND u.code LIKE 'BENCH-U%'
    CROSS JOIN "InstrumentItem" i CROSS JOIN (VALUES ('UNIT'), ('TPI'), ('TPN')) AS l(layer)
    WHERE i."instrumentId" = ${instrument.id} AND i."answerType" <> 'PERCENT'`);
  await run(`INSERT INTO "LayerScore"("evaluationId", layer, total, pengungkit, hasil, answered, "itemCount", areas, "wbkUnmet", "wbbmUnmet", "updatedAt")
    SELECT e.id, l.layer::"Layer", 40 + s.p * 55, 20 + s.p * 40, 20 + s.p * 15, 104, 113,
           jsonb_build_object('MP', jsonb_build_object('percent', s.p), 'PW', jsonb_build_object('percent', s.p)),
           CASE WHEN s.p > 0.6 THEN '{}'::text[] ELSE ARRAY['total'] END,
           CASE WHEN s.p > 0.8 THEN '{}'::text[] ELSE ARRAY['total'] END, now()
    FROM "Evaluation" e JOIN "Unit" u ON u.id = e."unitId" AND u.code LIKE 'BENCH-U%'
    CROSS JOIN (VALUES ('UNIT'), ('TPI'), ('TPN')) AS l(layer) CROSS JOIN LATERAL (SELECT random() AS p) s`);
  await run('ANALYZE');
}

const items = itemsOf(permenpanrb90of2021);
const save = `mutation($id: Int!, $answers: [AnswerChange!]!) {
  saveAnswers(evaluationId: $id, layer: TPN, answers: $answers) { answers { item version } score { total } } }`;

/** A full layer, every item answered; `round` flips the options so every save changes every row. */
function fullLayer(round: number, versions: Map<string, number>) {
  return items.map((item) => ({
    item: item.code,
    expectedVersion: versions.get(item.code) ?? 0,
    ...(item.answerType === 'SURVEY'
      ? { score: 3 + (round % 2) * 0.5 }
      : item.answerType === 'PERCENT'
        ? { inputs: Object.fromEntries((item.inputs ?? []).map((input) => [input.key, 5 + (round % 3)])) }
        : { option: item.options[round % item.options.length]?.label }),
  }));
}

async function saveAnswersP50(
  database: Database,
  api: Awaited<ReturnType<typeof startApi>>,
  evaluationId: number,
  runs: number,
) {
  const stored = await database.prisma.answer.findMany({
    where: { evaluationId, layer: 'TPN' },
    select: { version: true, item: { select: { code: true } } },
  });
  const versions = new Map(stored.map((answer) => [answer.item.code, answer.version]));
  const times: number[] = [];
  for (let round = 0; round < runs; round++) {
    const started = performance.now();
    const data = (await api.graphql(save, { id: evaluationId, answers: fullLayer(round, versions) })) as {
      saveAnswers: { answers: { item: string; version: number }[] };
    };
    times.push(performance.now() - started);
    for (const answer of data.saveAnswers.answers) versions.set(answer.item, answer.version);
  }
  return median(times.slice(3));
}

async function throughput(url: string, headers: Record<string, string>, query: string) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
    connections: 32,
    duration: 10,
  });
  return `${Math.round(result.requests.average)} req/s (p50 ${result.latency.p50} ms, errors ${result.errors + result.non2xx})`;
}

/** Requests per second beside a bare graphql-yoga server in this process: the product's overhead per request. */
async function throughputFigures(
  label: string,
  database: Database,
  api: Awaited<ReturnType<typeof startApi>>,
  evaluationId: number,
) {
  const evaluationQuery = `{ evaluation(id: ${evaluationId}) { id stage unit { name agency { name } } score { total pengungkit hasil areas { key percent } } } }`;
  const page = (score: string) =>
    `{ evaluations(first: 20, filter: { year: 2025 }) { nodes { id stage unit { name } ${score} { layer total } } } }`;
  const bare = await startBareYoga(database);
  const json = { 'content-type': 'application/json' };
  const figures: [string, string, string, Record<string, string>][] = [
    ['a bare graphql-yoga server, { hello }', bare.url, '{ hello }', json],
    [
      'bare yoga reading one evaluation through Prisma',
      bare.url,
      `{ prismaRead(id: ${evaluationId}) }`,
      json,
    ],
    ['bare yoga reading it by one SQL statement', bare.url, `{ rawRead(id: ${evaluationId}) }`, json],
    ['{ __typename }', api.url, '{ __typename }', api.headers],
    ['an evaluation with its score', api.url, evaluationQuery, api.headers],
    ['a page of 20 evaluations with their stored totals', api.url, page('storedScore'), api.headers],
    ['a page of 20 evaluations scored live', api.url, page('score'), api.headers],
  ];
  for (const [what, url, query, headers] of figures)
    console.log(`${label}: 32 clients, 10 s, ${what}: ${await throughput(url, headers, query)}`);
  await bare.close();
  // autocannon drops its sockets at the deadline; let the requests it left in flight finish first.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
}

async function postgresql(database: Database) {
  await timed('PostgreSQL: generate 600 agencies, 20,000 units, 24,000 evaluations, 7.5 M answers', () =>
    generate(database),
  );
  const api = await startApi(database);
  // Decided evaluations are read-only: the saves go to ones still open.
  const open = { stage: { notIn: [...decidedStages] } };
  const [target] = await database.prisma.evaluation.findMany({
    where: { year: 2025, unit: { code: { startsWith: 'BENCH-U' } }, ...open },
    take: 1,
  });
  console.log(
    `PostgreSQL: saveAnswers, full 113-item layer, p50 of 27: ${ms(await saveAnswersP50(database, api, target?.id ?? 0, 30))}`,
  );

  const rows = await database.prisma.$queryRaw<{ evaluationId: number; itemId: number; option: string }[]>`
      SELECT e.id AS "evaluationId", i.id AS "itemId", CASE WHEN i."answerType" = 'YA_TIDAK' THEN 'Ya' ELSE 'B' END AS option
      FROM (SELECT id, "instrumentId" FROM "Evaluation" WHERE year = 2024 AND stage::text <> ALL(${[...decidedStages]}::text[])
            ORDER BY id LIMIT 100) e
      JOIN LATERAL (SELECT id, "answerType" FROM "InstrumentItem" WHERE "instrumentId" = e."instrumentId"
                    AND "answerType" IN ('YA_TIDAK', 'ABC', 'ABCD', 'ABCDE') ORDER BY id LIMIT 100) i ON TRUE`;
  const codeById = new Map(
    (await database.prisma.instrumentItem.findMany({ select: { id: true, code: true } })).map((item) => [
      item.id,
      item.code,
    ]),
  );
  const evaluationIds = [...new Set(rows.map((row) => row.evaluationId))];
  const sets = evaluationIds.map((id) => ({
    evaluationId: id,
    layer: 'TPI',
    answers: rows
      .filter((row) => row.evaluationId === id)
      .map((row) => ({ item: codeById.get(row.itemId), option: row.option })),
  }));
  const raw: number[] = [];
  const viaApi: number[] = [];
  // Alternating runs, so both see the same table and cache state.
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    await database.prisma.$executeRaw`
        INSERT INTO "Answer"("evaluationId", "itemId", layer, option, "updatedAt")
        SELECT e, i, 'TPI', o, now()
        FROM unnest(${rows.map((row) => row.evaluationId)}::int[], ${rows.map((row) => row.itemId)}::int[], ${rows.map((row) => row.option)}::text[]) AS t(e, i, o)
        ON CONFLICT ("evaluationId", "itemId", layer) DO UPDATE SET option = EXCLUDED.option, version = "Answer".version + 1`;
    raw.push(performance.now() - started);
    const bulk = performance.now();
    await api.graphql('mutation($sets: [AnswerSet!]!) { saveAnswerSets(sets: $sets) { evaluationId } }', {
      sets,
    });
    viaApi.push(performance.now() - bulk);
  }
  console.log(
    `PostgreSQL: 10,000 answers over 100 evaluations, p50 of 7: raw single-statement upsert ${ms(median(raw))}; ` +
      `saveAnswerSets in one call ${ms(median(viaApi))} (${(median(viaApi) / median(raw)).toFixed(1)}× the raw upsert)`,
  );

  const rankings: number[] = [];
  for (let run = 0; run < 20; run++) {
    const begun = performance.now();
    await api.graphql('{ ranking(year: 2025, first: 10000) { rank total } }');
    rankings.push(performance.now() - begun);
  }
  console.log(
    `PostgreSQL: ranking ${yearEvaluations.toLocaleString('en')} evaluations of a year, p50 of 20: ${ms(median(rankings))}`,
  );

  await throughputFigures('PostgreSQL', database, api, target?.id ?? 0);
  await api.close();
}

async function pglite() {
  const database = await openDatabase({ dataDir: null, seed: 'always' });
  try {
    const api = await startApi(database);
    const target = await database.prisma.evaluation.findFirstOrThrow({ where: { year: 2025 } });
    console.log(
      `PGlite: saveAnswers, full 113-item layer, p50 of 27: ${ms(await saveAnswersP50(database, api, target.id, 30))}`,
    );
    await throughputFigures('PGlite (demo data)', database, api, target.id);
    await api.close();
  } finally {
    await database.close();
  }
}

await pglite();
await withScratchDatabase('api', postgresql);
process.exit(0);
