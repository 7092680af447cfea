// PortalRB's pull API at national scale (600 agencies, 20,000 units, 8,000 evaluations in 2026 with their UNIT
// and TPI answers) on PostgreSQL: one unit's answers, latency and throughput. Prints figures; asserts nothing.
// BENCH_DATABASE_URL names the PostgreSQL server; a scratch database is created there and dropped afterwards.
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from '@zi/api';
import autocannon from 'autocannon';
import { median, ms, startApi, timed, withScratchDatabase } from './support.ts';

await withScratchDatabase('portalrb', async (database) => {
  const { prisma } = database;
  const run = (sql: string) => prisma.$executeRawUnsafe(sql);
  const instrument = await prisma.instrument.findUniqueOrThrow({ where: { code: 'PERMENPANRB-90-2021' } });
  await timed('national data', async () => {
    await run(`INSERT INTO "Agency"(kind, code, name, "updatedAt")
      SELECT 'KABUPATEN', 'BENCH-A' || g, 'Instansi Uji ' || g, now() FROM generate_series(1, 600) g`);
    await run(`INSERT INTO "Unit"("agencyId", code, name, eselon, "coreService", "updatedAt")
      SELECT a.id, 'BENCH-U' || g, 'Unit Uji ' || g, 'III', true, now()
      FROM generate_series(1, 20000) g
      JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Agency" WHERE code LIKE 'BENCH-A%') a ON a.n = 1 + g % 600`);
    await run(`INSERT INTO "Evaluation"("unitId", year, "instrumentId", stage, "targetPredicate", "updatedAt")
      SELECT u.id, 2026, ${instrument.id}, 'DIUSULKAN', 'WBK', now()
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Unit" WHERE code LIKE 'BENCH-U%') u WHERE u.n <= 8000`);
    await run(`INSERT INTO "Answer"("evaluationId", "itemId", layer, option, score, note, evidence, "updatedAt")
      SELECT e.id, i.id, l.layer::"Layer",
             CASE WHEN i."answerType" = 'SURVEY' THEN NULL
                  ELSE i.options -> floor(random() * jsonb_array_length(i.options))::int ->> 'label' END,
             CASE WHEN i."answerType" = 'SURVEY' THEN 2.5 + random() * 1.5 END,
             'Catatan ' || i.code, ARRAY['https://drive.example.go.id/' || i.code], now()
      FROM "Evaluation" e CROSS JOIN "InstrumentItem" i CROSS JOIN (VALUES ('UNIT'), ('TPI')) AS l(layer)
      WHERE e.year = 2026 AND i."instrumentId" = ${instrument.id} AND i."answerType" <> 'PERCENT'`);
    await run('ANALYZE');
  });
  const list = JSON.parse(
    await readFile(new URL('../../shared/domain/portalrb-master-soal-2026.json', import.meta.url), 'utf8'),
  );
  const unit = await prisma.unit.findFirstOrThrow({
    where: { code: 'BENCH-U1', evaluations: { some: { year: 2026 } } },
  });
  const setup = await startApi(database);
  await setup.graphql('mutation($list: JSON!) { loadPortalrbMasterList(list: $list) { year } }', { list });
  const created = (await setup.graphql(
    `mutation { createPortalrbToken(agencyId: ${unit.agencyId}, name: "bench") { token } }`,
  )) as { createPortalrbToken: { token: string } };
  await setup.close();
  const { token } = created.createPortalrbToken;
  const codes = (
    await prisma.unit.findMany({
      where: { agencyId: unit.agencyId, evaluations: { some: { year: 2026 } } },
      select: { code: true },
    })
  ).map((each) => each.code);

  const server = createServer(database, {
    settings: { allowedOrigins: [], trustProxy: false, portalrbPerMinute: 1_000_000 },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/portalrb/v1`;
  const headers = { authorization: `Bearer ${token}` };
  const times: number[] = [];
  let bytes = 0;
  for (let round = 0; round < 300; round++) {
    const started = performance.now();
    const response = await fetch(`${base}/lke/jawaban-unit/${codes[round % codes.length]}?tahun=2026`, {
      headers,
    });
    bytes = (await response.arrayBuffer()).byteLength;
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    times.push(performance.now() - started);
  }
  console.log(
    `jawaban-unit (127 soal, ${(bytes / 1024).toFixed(0)} KB), sequential, p50 of 250 after 50 warm-up: ${ms(median(times.slice(50)))}`,
  );
  const load = await autocannon({
    url: `${base}/lke/jawaban-unit/${codes[0]}?tahun=2026`,
    headers,
    connections: 16,
    duration: 10,
  });
  console.log(
    `jawaban-unit under 16 connections: ${Math.round(load.requests.average)} req/s (p50 ${load.latency.p50} ms, errors ${load.errors + load.non2xx})`,
  );
  const list2 = await autocannon({
    url: `${base}/pengusulan/unit-wbk?tahun=2026`,
    headers,
    connections: 16,
    duration: 5,
  });
  console.log(
    `unit-wbk (${codes.length} units of the agency): ${Math.round(list2.requests.average)} req/s (p50 ${list2.latency.p50} ms)`,
  );
  // autocannon returns at its deadline with requests still in flight: they finish before the database goes.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  console.log(`fetch log: ${await prisma.portalrbFetch.count()} calls recorded`);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
