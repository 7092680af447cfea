// TLHP at national scale on PostgreSQL: 200,000 recommendations under 625 agencies; the completion summary
// by agency for a year, and importing a 10,000-row follow-up list (preview, then commit). Prints figures.
import type { Database } from '@zi/db';
import { toDelimited } from '@zi/schema';
import { median, ms, startApi, timed, withScratchDatabase } from './support.ts';

const agencies = 625;
const auditsPerAgency = 16; // BPK, BPKP and the inspectorate in turn, three a year from 2021
const findingsPerAudit = 2;
const recommendationsPerFinding = 10;

/** Synthetic agencies, audits, findings and recommendations with random statuses and one history step each. */
async function generate(database: Database) {
  const run = (sql: string) => database.prisma.$executeRawUnsafe(sql);
  await run(`INSERT INTO "Agency"(kind, code, name, region, "updatedAt")
    SELECT (ARRAY['KEMENTERIAN','LEMBAGA','PROVINSI','KABUPATEN','KOTA'])[1 + g % 5]::"AgencyKind",
           'BENCH-A' || g, 'Instansi Uji ' || g, 'Wilayah ' || (g % 38), now()
    FROM generate_series(1, ${agencies}) g`);
  await run(`INSERT INTO "Audit"("agencyId", auditor, "reportNumber", "reportDate", year, title)
    SELECT a.id, (ARRAY['BPK','BPKP','INSPEKTORAT'])[1 + g % 3]::"Auditor", 'B-' || a.id || '-' || g,
           make_date(2021 + g / 3, 3, 1), 2021 + g / 3, 'Audit uji ' || g
    FROM "Agency" a CROSS JOIN generate_series(0, ${auditsPerAgency - 1}) g WHERE a.code LIKE 'BENCH-A%'`);
  await run(`INSERT INTO "Finding"("auditId", number, title)
    SELECT au.id, g::text, 'Temuan uji ' || g FROM "Audit" au CROSS JOIN generate_series(1, ${findingsPerAudit}) g
    WHERE au."reportNumber" LIKE 'B-%'`);
  await run(`INSERT INTO "Recommendation"("findingId", number, text, status, amount, "dueDate", "updatedAt")
    SELECT f.id, g::text, 'Rekomendasi uji ' || g,
           (ARRAY['SESUAI','SESUAI','SESUAI','BELUM_SESUAI','BELUM_DITINDAKLANJUTI','TIDAK_DAPAT_DITINDAKLANJUTI'])[1 + (f.id + g) % 6]::"TlhpStatus",
           (g * 1000000)::numeric, now() + make_interval(days => (f.id % 400) - 200), now()
    FROM "Finding" f JOIN "Audit" au ON au.id = f."auditId" AND au."reportNumber" LIKE 'B-%'
    CROSS JOIN generate_series(1, ${recommendationsPerFinding}) g`);
  await run(`INSERT INTO "RecommendationStatusChange"("recommendationId", "fromStatus", "toStatus", at)
    SELECT r.id, NULL, r.status, au."reportDate" + interval '30 days'
    FROM "Recommendation" r JOIN "Finding" f ON f.id = r."findingId" JOIN "Audit" au ON au.id = f."auditId"
    WHERE au."reportNumber" LIKE 'B-%'`);
  await run('ANALYZE');
}

await withScratchDatabase('tlhp', async (database) => {
  const total = agencies * auditsPerAgency * findingsPerAudit * recommendationsPerFinding;
  await timed(
    `PostgreSQL: generate ${total.toLocaleString('en')} recommendations under ${agencies} agencies`,
    () => generate(database),
  );
  const api = await startApi(database);

  const summaries: number[] = [];
  for (let run = 0; run < 21; run++) {
    const started = performance.now();
    await api.graphql(
      'query($filter: RecommendationFilter) { tlhpOverview(groupBy: AGENCY, filter: $filter) { key summary { completion } overdue } }',
      { filter: { year: 2023 } },
    );
    summaries.push(performance.now() - started);
  }
  console.log(
    `PostgreSQL: TLHP completion by agency for a year, p50 of 20: ${ms(median(summaries.slice(1)))}`,
  );

  const trends: number[] = [];
  const agency = await database.prisma.agency.findFirstOrThrow({ where: { code: 'BENCH-A1' } });
  for (let run = 0; run < 11; run++) {
    const started = performance.now();
    await api.graphql('query($filter: RecommendationFilter) { tlhpTrend(filter: $filter) { month } }', {
      filter: { agencyId: agency.id },
    });
    trends.push(performance.now() - started);
  }
  console.log(
    `PostgreSQL: one agency's 12-month trend from the history, p50 of 10: ${ms(median(trends.slice(1)))}`,
  );

  // 10,000 new recommendations under one agency's audits, as an inspectorate's list.
  const audits = await database.prisma.audit.findMany({
    where: { agencyId: agency.id },
    orderBy: { id: 'asc' },
  });
  const header = [
    'No. LHP',
    'No. Temuan',
    'Temuan',
    'No. Rekomendasi',
    'Rekomendasi',
    'Status',
    'Nilai Rekomendasi',
    'Batas Waktu',
  ];
  const rows = Array.from({ length: 10_000 }, (_, index) => [
    audits[index % audits.length]?.reportNumber ?? '',
    `L${Math.floor(index / 100)}`,
    `Temuan impor ${Math.floor(index / 100)}`,
    String(index),
    `Rekomendasi impor ${index}`,
    ['Sesuai', 'BS', 'BTL', 'TDTL'][index % 4] ?? 'BTL',
    `Rp ${(index * 1000).toLocaleString('id-ID')},00`,
    `${1 + (index % 28)}/12/2026`,
  ]);
  const file = Buffer.from(toDelimited([header, ...rows], ';')).toString('base64');
  const plan = 'create { line } update { id } unchanged reject { line message }';
  const variables = { file, filename: 'tindak-lanjut-10000.csv' };
  const previewStarted = performance.now();
  const preview = (await api.graphql(
    `mutation($file: String!, $filename: String!) { previewTlhpImport(file: $file, filename: $filename) { ${plan} } }`,
    variables,
  )) as { previewTlhpImport: { create: unknown[]; reject: unknown[] } };
  const previewTime = performance.now() - previewStarted;
  const commitStarted = performance.now();
  await api.graphql(
    `mutation($file: String!, $filename: String!) { importTlhp(file: $file, filename: $filename) { ${plan} } }`,
    variables,
  );
  const commitTime = performance.now() - commitStarted;
  console.log(
    `PostgreSQL: import of a 10,000-row list: preview ${ms(previewTime)} (${preview.previewTlhpImport.create.length} to create, ` +
      `${preview.previewTlhpImport.reject.length} rejected), commit ${ms(commitTime)}`,
  );
  const againStarted = performance.now();
  const again = (await api.graphql(
    `mutation($file: String!, $filename: String!) { importTlhp(file: $file, filename: $filename) { ${plan} } }`,
    variables,
  )) as { importTlhp: { unchanged: number } };
  console.log(
    `PostgreSQL: the same list again: ${ms(performance.now() - againStarted)}, ${again.importTlhp.unchanged} unchanged`,
  );
  await api.close();
});
process.exit(0);
