import type { PrismaClient } from '@zi/db/client';
import { date, escaped } from './report.ts';
import { kategoriOf, proposedEvaluations, wbbmEligible } from './services/portalrb.ts';

const styles = `
  body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; color: #111; margin: 0; line-height: 1.45; }
  .kop { text-align: center; border-bottom: 3px double #111; padding-bottom: 6px; margin-bottom: 14px; }
  .kop h1 { font-size: 14pt; margin: 0; text-transform: uppercase; } h2 { font-size: 12pt; text-align: center; margin: 18px 0 8px; }
  table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; } th, td { border: 1px solid #999; padding: 3px 6px; text-align: left; }
  th { background: #eee; } .meta td { border: none; padding: 0 8px 0 0; }
  .sign { width: 45%; margin-left: 55%; margin-top: 28px; text-align: center; page-break-inside: avoid; }
  .sign .space { height: 72px; } .materai { font-size: 8pt; color: #555; }
  @page { size: A4; margin: 20mm 20mm; }`;

/**
 * The agency head's letter proposing its units for WBK and WBBM, with the SPTJM (statement of absolute
 * responsibility) the regulation asks for, from the same lists PortalRB pulls; ready to sign.
 */
export async function nominationLetterHtml(prisma: PrismaClient, agencyId: number, year: number) {
  const agency = await prisma.agency.findUniqueOrThrow({ where: { id: agencyId } });
  const select = { unit: { select: { code: true, name: true, eselon: true, afirmasi: true } } } as const;
  const [wbk, wbbm, eligible] = await Promise.all([
    proposedEvaluations(prisma, agencyId, year, 'WBK', select),
    proposedEvaluations(prisma, agencyId, year, 'WBBM', select),
    wbbmEligible(prisma, agencyId, year),
  ]);
  const rows = (list: typeof wbk, predicate: 'WBK' | 'WBBM') =>
    list
      .map(
        ({ unit }, index) =>
          `<tr><td>${index + 1}</td><td>${escaped(unit.name)}</td><td>${escaped(unit.code)}</td><td>${escaped(unit.eselon)}</td><td>${escaped(kategoriOf(predicate, unit.afirmasi))}</td></tr>`,
      )
      .join('');
  const table = (list: typeof wbk, predicate: 'WBK' | 'WBBM') =>
    list.length
      ? `<table><tr><th>No</th><th>Unit kerja</th><th>Kode</th><th>Eselon</th><th>Kategori</th></tr>${rows(list, predicate)}</table>`
      : '<p>Tidak ada unit kerja yang diusulkan.</p>';
  return `<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Usulan Unit Kerja Zona Integritas ${year} — ${escaped(agency.name)}</title><style>${styles}</style></head><body>
<div class="kop"><h1>${escaped(agency.name)}</h1>${agency.region ? `<div>${escaped(agency.region)}</div>` : ''}</div>
<table class="meta">
  <tr><td>Nomor</td><td>: ........................................</td></tr>
  <tr><td>Lampiran</td><td>: 1 (satu) berkas</td></tr>
  <tr><td>Hal</td><td>: Usulan Unit Kerja Berpredikat Menuju WBK/WBBM Tahun ${year}</td></tr>
</table>
<p>Yth. Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi<br>di Jakarta</p>
<p>Berdasarkan Peraturan Menteri PANRB tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari
Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah, dan setelah penilaian oleh Tim Penilai
Internal, bersama ini kami mengusulkan unit kerja di lingkungan ${escaped(agency.name)} untuk dievaluasi oleh Tim
Penilai Nasional pada tahun ${year}, sebagai berikut.</p>
<h2>A. Unit kerja yang diusulkan menuju Wilayah Bebas dari Korupsi (WBK)</h2>
${table(wbk, 'WBK')}
<h2>B. Unit kerja yang diusulkan menuju Wilayah Birokrasi Bersih dan Melayani (WBBM)</h2>
${eligible || wbbm.length ? table(wbbm, 'WBBM') : '<p>Instansi belum memenuhi prasyarat instansi untuk usulan WBBM tahun ini.</p>'}
<p>Data usulan dan jawaban Lembar Kerja Evaluasi setiap unit tersedia bagi PortalRB melalui layanan integrasi
sistem Zona Integritas instansi.</p>

<h2>SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK</h2>
<p>Yang bertanda tangan di bawah ini, pimpinan ${escaped(agency.name)}, menyatakan bertanggung jawab mutlak atas
kebenaran data dan dokumen usulan unit kerja tersebut di atas, termasuk hasil penilaian mandiri dan penilaian Tim
Penilai Internal beserta bukti dukungnya. Apabila di kemudian hari ditemukan ketidaksesuaian, kami bersedia
menerima konsekuensi sesuai dengan ketentuan peraturan perundang-undangan.</p>
<div class="sign">
  <div>........................, ${date(new Date())}</div>
  <div>Pimpinan ${escaped(agency.name)}</div>
  <div class="space"></div><div class="materai">materai</div>
  <div>( ........................................ )</div>
  <div>NIP. ........................................</div>
</div>
</body></html>`;
}
