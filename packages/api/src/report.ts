import { evaluationTlhp, prerequisiteFacts, scoreEvaluations } from '@zi/db';
import type { PrismaClient } from '@zi/db/client';
import {
  evaluatePredicates,
  formatFigure,
  formatGap,
  itemsOf,
  type Layer,
  layers,
  message,
  type PredicateResult,
  stageNames,
  type TlhpSummary,
  tlhpStatusLabels,
  type Verdict,
} from '@zi/schema';
import type { BrowserContextOptions, LaunchOptions } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { documentUrl, latestDocuments } from './services/evidence.ts';
import { workQueue } from './work-queue.ts';

export const escaped = (value: unknown) =>
  String(value ?? '').replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char,
  );
const number = (value: number, digits = 2) => formatFigure(value, 'id-ID', digits);
export const date = (value: Date) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(value);

const styles = `
  body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #111; margin: 0; }
  h1 { font-size: 16pt; margin: 0 0 4px; } h2 { font-size: 12pt; margin: 18px 0 6px; border-bottom: 1px solid #999; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; }
  th { background: #eee; } td.n { text-align: right; } tr.c td { font-weight: bold; background: #f4f4f4; }
  .met { color: #1b5e20; } .unmet { color: #b71c1c; } .meta td { border: none; padding: 1px 8px 1px 0; }
  .signatures { display: flex; justify-content: space-between; margin-top: 36px; page-break-inside: avoid; }
  .signatures div { width: 30%; text-align: center; } .signatures .line { margin-top: 64px; border-top: 1px solid #111; }
  table.evidence td { word-break: break-all; font-size: 9pt; }
  @page { size: A4; margin: 16mm 14mm; }`;

function criteriaRows(result: PredicateResult) {
  const criteria = result.criteria
    .map(
      (criterion) => `<tr><td>${escaped(criterion.label)}</td>
        <td class="n">${criterion.unit === 'percent' ? `${number(criterion.required * 100, 0)}%` : number(criterion.required)}</td>
        <td class="n">${criterion.unit === 'percent' ? `${number(criterion.actual * 100, 1)}%` : number(criterion.actual)}</td>
        <td class="${criterion.met ? 'met' : 'unmet'}">${criterion.met ? 'Terpenuhi' : `Kurang ${formatGap(criterion.gap)}`}</td></tr>`,
    )
    .join('');
  const prerequisites = result.prerequisites
    .map(
      (check) => `<tr><td>${escaped(check.label)}</td><td class="n">${escaped(check.required)}</td>
        <td class="n">${escaped(check.actual ?? 'belum ada data')}</td>
        <td class="${check.met || check.waived ? 'met' : 'unmet'}">${check.met ? 'Terpenuhi' : check.waived ? 'Dikecualikan (afirmasi)' : 'Belum terpenuhi'}</td></tr>`,
    )
    .join('');
  return criteria + prerequisites;
}

/** The printable evaluation report as a self-contained HTML page, in Bahasa Indonesia. */
export async function evaluationReportHtml(prisma: PrismaClient, evaluationId: number, origin: string) {
  const evaluation = await prisma.evaluation.findUniqueOrThrow({
    where: { id: evaluationId },
    include: {
      unit: { include: { agency: true } },
      transitions: { orderBy: { at: 'asc' }, include: { actor: { select: { name: true } } } },
      decision: true,
    },
  });
  const [[scored], documents, unitAnswers] = await Promise.all([
    scoreEvaluations(prisma, [evaluation]),
    latestDocuments(prisma, evaluationId, 'UNIT'),
    prisma.answer.findMany({
      where: { evaluationId, layer: 'UNIT', evidence: { isEmpty: false } },
      select: { itemId: true, evidence: true },
    }),
  ]);
  if (!scored) throw new Error(`evaluation ${evaluationId} cannot be scored`);
  const { instrument, scores } = scored;
  const tlhp = scored.tlhp ?? ((await evaluationTlhp(prisma, [evaluation]))[0] as TlhpSummary);
  // A decided evaluation is reported on what it was decided on; one still open on its counting layer now.
  const decision = evaluation.decision;
  const counting = decision?.layer ?? scored.countingLayer ?? 'UNIT';
  const verdict = decision
    ? (decision.verdict as unknown as Verdict)
    : evaluatePredicates(
        instrument.definition,
        scores[counting],
        await prerequisiteFacts(prisma, evaluation, tlhp),
      );
  const shownNodes = scores.UNIT.nodes.filter((node) => node.level !== 'SUB_AREA');
  const layerCell = (layer: Layer, code: string) => {
    const node = scores[layer].nodes.find((each) => each.code === code);
    return node && scores[layer].answered ? number(node.points) : '–';
  };
  /** An area's % of its weight in a layer, or null where the layer has no answer. */
  const areaPercent = (layer: Layer, key: string) =>
    scores[layer].answered
      ? (scores[layer].areas.find((area) => area.key === key)?.percent ?? 0) * 100
      : null;
  const percentCell = (value: number | null) =>
    `<td class="n">${value === null ? '–' : number(value, 1)}</td>`;
  const differenceCell = (a: number | null, b: number | null) =>
    percentCell(a === null || b === null ? null : a - b);
  const links = new Map(unitAnswers.map((answer) => [answer.itemId, answer.evidence]));
  const evidenceRows = itemsOf(instrument.definition).flatMap((item) => {
    const itemId = instrument.idByCode.get(item.code) ?? 0;
    const files = documents.get(itemId) ?? [];
    const itemLinks = links.get(itemId) ?? [];
    if (!files.length && !itemLinks.length) return [];
    const documentList = files
      .map(
        (file) =>
          `<a href="${escaped(documentUrl(origin, file.id))}">${escaped(file.title)}</a> (revisi ${file.revision}, ${escaped(file.fileName)})`,
      )
      .join('<br>');
    const linkList = itemLinks.map((link) => `<a href="${escaped(link)}">${escaped(link)}</a>`).join('<br>');
    return [
      `<tr><td>${escaped(item.code)}</td><td>${documentList || '–'}</td><td>${linkList || '–'}</td></tr>`,
    ];
  });
  const tlhpLine = (summary: TlhpSummary) =>
    summary.total === 0
      ? 'tidak ada rekomendasi'
      : `${number(summary.completion * 100, 1)}% (${summary.counts.SESUAI} dari ${summary.denominator} rekomendasi ${tlhpStatusLabels.SESUAI.toLowerCase()})`;

  return `<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Laporan Evaluasi ZI — ${escaped(evaluation.unit.name)} ${evaluation.year}</title><style>${styles}</style></head><body>
<h1>Laporan Evaluasi Zona Integritas</h1>
<table class="meta">
  <tr><td>Unit kerja</td><td><b>${escaped(evaluation.unit.name)}</b> (${escaped(evaluation.unit.code)}, eselon ${escaped(evaluation.unit.eselon)})</td></tr>
  <tr><td>Instansi</td><td>${escaped(evaluation.unit.agency.name)}</td></tr>
  <tr><td>Tahun</td><td>${evaluation.year}</td></tr>
  <tr><td>Instrumen</td><td>${escaped(instrument.definition.title)}</td></tr>
  <tr><td>Tahap</td><td>${escaped(stageNames.id[evaluation.stage])}; target ${escaped(evaluation.targetPredicate)}${evaluation.awardedPredicate ? `; ditetapkan ${escaped(evaluation.awardedPredicate)}${evaluation.decreeNumber ? ` (${escaped(evaluation.decreeNumber)})` : ''}` : ''}</td></tr>
</table>

<h2>Riwayat tahap</h2>
<table><tr><th>Tanggal</th><th>Tahap</th><th>Oleh</th><th>Catatan</th></tr>
${evaluation.transitions
  .map(
    (transition) =>
      `<tr><td>${date(transition.at)}</td><td>${escaped(stageNames.id[transition.toStage])}</td><td>${escaped(transition.actor?.name ?? '')}</td><td>${escaped(transition.note ?? '')}</td></tr>`,
  )
  .join('')}
</table>

<h2>Nilai per lapisan</h2>
<table><tr><th>Komponen / area</th><th class="n">Bobot</th>${layers.map((layer) => `<th class="n">${layer}</th>`).join('')}</tr>
${shownNodes
  .map(
    (node) =>
      `<tr class="${node.level === 'AREA' ? '' : 'c'}"><td>${escaped(node.code)} ${escaped(node.name)}</td><td class="n">${number(node.weight)}</td>${layers
        .map((layer) => `<td class="n">${layerCell(layer, node.code)}</td>`)
        .join('')}</tr>`,
  )
  .join('')}
<tr class="c"><td>Nilai total</td><td class="n">100,00</td>${layers.map((layer) => `<td class="n">${scores[layer].answered ? number(scores[layer].total) : '–'}</td>`).join('')}</tr>
<tr><td>Butir terjawab</td><td></td>${layers.map((layer) => `<td class="n">${scores[layer].answered}/${scores[layer].itemCount}</td>`).join('')}</tr>
</table>

<h2>Selisih penilaian per area (persen dari bobot)</h2>
<table><tr><th>Area</th><th class="n">UNIT</th><th class="n">TPI</th><th class="n">TPN</th><th class="n">TPI − UNIT</th><th class="n">TPN − TPI</th></tr>
${instrument.definition.areaGroups
  .map((group) => {
    const [unit, tpi, tpn] = layers.map((layer) => areaPercent(layer, group.key)) as [
      number | null,
      number | null,
      number | null,
    ];
    return `<tr><td>${escaped(group.name)}</td>${percentCell(unit)}${percentCell(tpi)}${percentCell(tpn)}${differenceCell(tpi, unit)}${differenceCell(tpn, tpi)}</tr>`;
  })
  .join('')}
</table>

<h2>Kriteria predikat (lapisan ${counting}${decision ? `, sebagaimana diputuskan ${date(decision.decidedAt)}` : ''})</h2>
${(['WBK', 'WBBM'] as const)
  .map(
    (
      predicate,
    ) => `<h3>${predicate}: <span class="${verdict.results[predicate].met ? 'met' : 'unmet'}">${verdict.results[predicate].met ? 'memenuhi' : 'belum memenuhi'}</span></h3>
<table><tr><th>Kriteria / prasyarat</th><th class="n">Syarat</th><th class="n">Capaian</th><th>Keterangan</th></tr>${criteriaRows(verdict.results[predicate])}</table>`,
  )
  .join('')}

<h2>Tindak lanjut hasil pemeriksaan (TLHP)</h2>
<p>Penyelesaian hingga tahun ${evaluation.year}${evaluation.proposedAt ? `, per tanggal usulan ${date(evaluation.proposedAt)}` : ''}: <b>${tlhpLine(tlhp)}</b>; belum sesuai ${tlhp.counts.BELUM_SESUAI}, belum ditindaklanjuti ${tlhp.counts.BELUM_DITINDAKLANJUTI}, tidak dapat ditindaklanjuti ${tlhp.counts.TIDAK_DAPAT_DITINDAKLANJUTI}.</p>

<h2>Bukti dukung unit per butir</h2>
${
  evidenceRows.length
    ? `<table class="evidence"><tr><th>Butir</th><th>Dokumen (revisi terbaru)</th><th>Tautan</th></tr>${evidenceRows.join('')}</table>`
    : '<p>Belum ada bukti dukung yang diunggah atau ditautkan.</p>'
}

<div class="signatures">
  <div>Pimpinan Unit Kerja<div class="line"></div></div>
  <div>Ketua Tim Penilai Internal<div class="line"></div></div>
  <div>Ketua Tim Penilai Nasional<div class="line"></div></div>
</div>
</body></html>`;
}

// Printing takes a Chromium page (tens of MB and about a second of CPU each): two print at a time, up to
// eight wait their turn, and any beyond are refused at once with RATE_LIMITED.
const printQueue = workQueue({
  concurrency: 2,
  backlog: 8,
  busyMessage: message('request.busyPrinting'),
});
/** The shared Chromium is closed after this long without printing. */
const browserIdleMs = 60_000;
// Our signal handlers close the database before the process exits; Playwright's own would exit first. It
// still kills Chromium when the process exits.
const signalsLeftToUs: BrowserContextOptions &
  Pick<LaunchOptions, 'handleSIGINT' | 'handleSIGTERM' | 'handleSIGHUP'> = {
  handleSIGINT: false,
  handleSIGTERM: false,
  handleSIGHUP: false,
};

let browser: ReturnType<typeof launchChromium> | undefined;
let printing = 0;
let idleTimer: NodeJS.Timeout | undefined;

/** One Chromium for every report, started on first use and started again if it closed or crashed. */
function sharedBrowser() {
  if (!browser) {
    const launching = launchChromium(signalsLeftToUs);
    const forget = () => {
      if (browser === launching) browser = undefined;
    };
    launching.then(({ context }) => context.once('close', forget), forget);
    browser = launching;
  }
  return browser;
}

/** Closes the shared browser now (it starts again on the next report): when idle, and when a server stops. */
export async function closeReportBrowser() {
  const closing = browser;
  browser = undefined;
  await (await closing)?.close();
}

/** The report printed to PDF by headless Chromium, in a fresh page of the shared browser. */
export function evaluationReportPdf(html: string) {
  return printQueue(async () => {
    printing++;
    clearTimeout(idleTimer);
    try {
      const page = await (await sharedBrowser()).context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await page.close();
      }
    } finally {
      printing--;
      if (printing === 0)
        idleTimer = setTimeout(() => closeReportBrowser().catch(() => {}), browserIdleMs).unref();
    }
  });
}
