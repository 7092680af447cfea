import { formatFigure, formatGap } from '../display.ts';
import type { Layer } from '../instrument.ts';
import type { Role, Stage } from '../stages.ts';
import type { Entity, Linked, NestedMessage, Render } from './types.ts';

const list = (values: readonly (string | number)[], last = 'atau') =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} ${last} ${values.at(-1)}`;
/** A phrase made a sentence of its own: capitalised, with a full stop. */
export const sentence = (phrase: string) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
const count = (value: number) => value.toLocaleString('id-ID');
const percent = (fraction: number) => `${formatFigure(fraction * 100)}%`;

/** Stage names as users know them; the console's labels are these too. */
export const stageNamesId: Record<Stage, string> = {
  PENCANANGAN: 'Pencanangan',
  PEMBANGUNAN: 'Pembangunan',
  PENILAIAN_TPI: 'Penilaian TPI',
  DIUSULKAN: 'Diusulkan',
  EVALUASI_TPN: 'Evaluasi TPN',
  DITETAPKAN: 'Ditetapkan',
  TIDAK_DITETAPKAN: 'Tidak ditetapkan',
  DICABUT: 'Dicabut',
};
const stage = (value: Stage) => stageNamesId[value];
export const roleNamesId: Record<Role, string> = {
  ADMIN: 'Administrator',
  UNIT_OPERATOR: 'Operator unit',
  TPI: 'Tim Penilai Internal',
  TPN: 'Tim Penilai Nasional',
  INSPEKTORAT: 'Inspektorat',
  ANALYST: 'Analis',
};
const role = (value: Role) => roleNamesId[value];
const stageList = (values: readonly Stage[]) => list(values.map(stage), 'dan');

const entities: Record<Entity, string> = {
  agency: 'Instansi',
  agencyProfile: 'Profil instansi',
  unit: 'Unit',
  evaluation: 'Evaluasi',
  audit: 'Audit',
  finding: 'Temuan',
  recommendation: 'Rekomendasi',
  user: 'Pengguna',
  instrument: 'Instrumen',
  surveyResult: 'Hasil survei',
  evidenceFile: 'Dokumen bukti',
  portalrbToken: 'Token PortalRB',
};

const linked: Record<Linked, string> = {
  units: 'unit',
  audits: 'audit',
  findings: 'temuan',
  users: 'pengguna',
  evaluations: 'evaluasi',
  children: 'unit bawahan',
};

/**
 * Every message the product gives, in Bahasa Indonesia (the default), by id. The parameters each takes are
 * declared here; en.ts must say the same things with the same parameters.
 */
export const id = {
  // Requests and sessions
  'auth.signInFirst': () => 'Silakan masuk terlebih dahulu.',
  'auth.roleForbidden': () => 'Peran Anda tidak berwenang untuk operasi ini.',
  'auth.wrongCredentials': () => 'Email atau kata sandi salah.',
  'auth.tooManyAttempts': (p: { minutes: number }) =>
    `Terlalu banyak percobaan masuk. Coba lagi dalam ${p.minutes} menit.`,
  'request.crossSite': () =>
    'Permintaan lintas situs ditolak: hanya halaman ZI Workbench sendiri (atau asal yang diizinkan) yang dapat mengirimnya.',
  'request.lengthRequired': () => 'Permintaan POST harus menyebut Content-Length.',
  'request.tooLarge': (p: { megabytes: number }) => `Permintaan paling besar ${p.megabytes} MB.`,
  'request.tooCostly': (p: { cost: number; max: number }) =>
    `Permintaan ini terlalu berat (biaya ${p.cost}, paling banyak ${p.max}): minta laporan, berkas dan impor satu per permintaan.`,
  'request.busyPrinting': () => 'Terlalu banyak laporan PDF sedang dicetak. Coba lagi sebentar lagi.',
  'request.busyReading': () => 'Server sedang membaca berkas lain. Coba lagi sebentar lagi.',
  'request.notFound': (p: { entity: Entity; id: string }) => `${entities[p.entity]} ${p.id} tidak ditemukan.`,
  'request.invalidInputs': (p: { count: number }) => `${p.count} isian tidak valid.`,
  'request.sentence': (p: { reason: NestedMessage }, t: Render) => sentence(t(p.reason)),
  'request.invalidValue': (p: { detail: string }) => `Nilai tidak sesuai tipenya: ${p.detail}`,

  // Values of any field
  'value.required': () => 'wajib diisi',
  'value.tooLong': (p: { max: number; length?: number }) =>
    `paling panjang ${count(p.max)} karakter${p.length === undefined ? '' : `, terkirim ${count(p.length)}`}`,
  'value.tooManyLinks': (p: { max: number }) => `paling banyak ${p.max} tautan`,
  'value.notALink': (p: { got: string }) => `bukti harus tautan http(s), bukan "${p.got}"`,
  'value.negative': () => 'tidak boleh negatif',
  'value.percentRange': () => 'persentase antara 0 dan 100',
  'value.yearRange': (p: { min: number; max: number }) => `tahun antara ${p.min} dan ${p.max}`,
  'value.code': () => 'kode 2–40 huruf besar, angka atau -',
  'value.codeTaken': (p: { code: string }) => `kode ${p.code} sudah dipakai`,
  'value.email': () => 'alamat email tidak valid',
  'value.emailTaken': (p: { email: string }) => `${p.email} sudah terdaftar`,
  'date.invalid': (p: { got: string; firstYear: number; lastYear: number }) =>
    `${p.got} bukan tanggal antara tahun ${p.firstYear} dan ${p.lastYear}; tulis 31/12/2025, 2025-12-31 atau 2025-12-31T08:00:00+07:00`,
  'amount.notANumber': (p: { got?: string }) =>
    p.got === undefined ? 'nilai uang harus berupa angka' : `"${p.got}" bukan nilai uang`,
  'amount.negative': () => 'nilai uang tidak boleh negatif',
  'amount.tooLarge': (p: { max: number }) => `nilai uang paling besar Rp ${count(p.max)} (seribu triliun)`,
  'password.blank': () => 'kata sandi tidak boleh kosong atau hanya berisi spasi',
  'password.tooLong': (p: { max: number }) => `kata sandi paling panjang ${p.max} karakter`,
  'password.tooShort': (p: { min: number; length: number }) =>
    `kata sandi paling sedikit ${p.min} karakter (sekarang ${p.length})`,
  'password.personal': () => 'kata sandi tidak boleh memuat e-mail atau nama Anda',
  'password.guessable': () =>
    'kata sandi terlalu mudah ditebak (kata sandi umum, urutan papan ketik atau angka, atau karakter berulang); gunakan beberapa kata acak',

  // Answers
  'answer.option': (p: { labels: string[]; got: string }) => `jawabannya ${list(p.labels)}, bukan ${p.got}`,
  'answer.surveyRange': (p: { got: string }) => `nilai survei antara 0 dan 4, bukan ${p.got}`,
  'answer.inputsShape': (p: { keys: string[]; got: string }) =>
    `isian % berupa objek berisi angka per kunci input (${p.keys.join(', ')}), bukan ${p.got}`,
  'answer.inputsObject': (p: { maxKeys: number }) =>
    `inputs adalah objek berisi paling banyak ${p.maxKeys} angka per kunci input, mis. {"agen": 4}`,
  'answer.inputCount': (p: { label: string; max: number; got: string }) =>
    `"${p.label}" berupa jumlah, bilangan bulat 0 sampai ${count(p.max)}, bukan ${p.got}`,
  'answer.unknownInput': (p: { item: string; key: string; keys: string[] }) =>
    `${p.item} tidak memiliki input "${p.key}"; inputnya ${p.keys.join(', ')}`,
  'answer.zeroDenominator': (p: { labels: string[] }) =>
    `pembagi (${p.labels.join(' + ')}) bernilai 0, sehingga persentasenya tidak ada`,
  'answer.inputNotANumber': (p: { label: string; got: string }) =>
    `"${p.label}" diisi angka, bukan "${p.got}"`,
  'answer.surveyNotANumber': (p: { got: string }) => `nilai survei diisi angka 0–4, bukan "${p.got}"`,
  'answer.unknownKey': (p: { instrument: string; key: string }) =>
    `tidak ada butir atau input ${p.instrument} dengan baris atau kode "${p.key}"`,
  'answer.computed': (p: { item: string; codes: string[] }) =>
    `${p.item} dihitung dari inputnya; isi ${p.codes.join(', ')}`,
  'answer.unknownItem': (p: { item: string }) => `butir "${p.item}" tidak ada pada instrumen evaluasi ini`,
  'answer.sentTwice': () => 'butir ini dikirim lebih dari sekali',
  'answer.setSentTwice': () => 'evaluasi dan lapisan ini dikirim lebih dari sekali',
  'answer.surveyIsOfficial': () =>
    'butir survei ini diisi dari hasil survei resmi; ubah hasilnya di isian massal',
  'answer.tooMany': (p: { max: number }) => `Paling banyak ${count(p.max)} jawaban per permintaan.`,
  'answer.sent': (p: { count: number }) => `${count(p.count)} dikirim`,
  'answer.invalid': (p: { count: number }) => `${p.count} jawaban tidak valid; tidak ada yang disimpan.`,
  'answer.conflict': (p: { count: number }) =>
    `${p.count} jawaban telah diubah orang lain; tidak ada yang disimpan.`,

  // Layers, stages and who may write what
  'layer.unreadable': (p: { layer: Layer }) => `Anda tidak dapat membaca lapisan ${p.layer}.`,
  'instrument.codeOrId': () => 'sebutkan instrumen dengan kodenya atau id-nya, salah satu',
  'instrument.invalid': (p: { count: number }) =>
    `Definisi instrumen tidak dapat dimuat: ${p.count} masalah.`,
  'instrument.problem': (p: { at: string; detail: string }) => `${p.at}: ${p.detail}`,
  'instrument.refused': (p: { reason: string }) => `Instrumen tidak dimuat: ${p.reason}`,
  'report.unitBeforeDecision': () =>
    'Laporan evaluasi, dengan nilai TPI dan TPN, terbuka bagi unit setelah evaluasinya diputuskan.',
  'layer.decided': (p: { stage: Stage }) =>
    `evaluasi ini sudah diputuskan (${stage(p.stage)}); jawabannya tidak dapat diubah`,
  'layer.notYourRole': (p: { layer: Layer; role: Role }) =>
    `lapisan ${p.layer} hanya diisi oleh ${role(p.role)}`,
  'layer.closed': (p: { layer: Layer; openIn: Stage[]; stage: Stage }) =>
    `lapisan ${p.layer} dibuka pada tahap ${stageList(p.openIn)}; evaluasi ini pada tahap ${stage(p.stage)}`,
  'review.notReviewed': (p: { layer: Layer }) => `lapisan ${p.layer} tidak direviu oleh tim penilai`,
  'review.notYourRole': (p: { layer: Layer; role: Role }) =>
    `lapisan ${p.layer} direviu oleh ${role(p.role)}`,
  'review.closed': (p: { layer: Layer; stage: Stage }) =>
    `reviu lapisan ${p.layer} berlangsung pada tahap ${stage(p.stage)}`,
  'review.noteRequired': () => 'butir yang perlu perbaikan wajib diberi catatan apa yang diperbaiki',
  'review.notSentBack': () => 'butir ini tidak ditandai perlu perbaikan',
  'copy.nothingBelow': (p: { layer: Layer }) => `lapisan ${p.layer} tidak disalin dari lapisan lain`,
  'copy.unknownArea': (p: { area: string; areas: string[] }) =>
    `area "${p.area}" tidak ada; pilih salah satu dari ${list(p.areas)}`,
  'portalrb.notMasterList': (p: { reason: string }) => `bukan daftar soal induk PortalRB: ${p.reason}`,
  'portalrb.totalMismatch': (p: { stated: number; found: number }) =>
    `daftar menyebut ${p.stated} soal tetapi berisi ${p.found}`,
  'portalrb.countMismatch': (p: { soals: number; inputs: number }) =>
    `daftar berisi ${p.soals} soal, sedangkan instrumen memiliki ${p.inputs} isian`,
  'portalrb.soalTwice': () => 'id soal ini muncul lebih dari sekali',
  'portalrb.typeMismatch': (p: { item: string; got: string; expected: string }) =>
    `jenis jawaban ${p.got} tidak sesuai dengan butir ${p.item} (${p.expected})`,
  'portalrb.textMismatch': (p: { item: string }) => `teks soal tidak sesuai dengan butir ${p.item}`,
  'portalrb.expiryPast': () => 'masa berlaku token harus di masa depan',
  'portalrb.unauthorized': () => 'Token tidak ada, tidak dikenal, kedaluwarsa, atau telah dicabut.',
  'portalrb.rateLimited': () =>
    'Terlalu banyak permintaan dengan token ini; coba lagi setelah waktu yang disebut Retry-After.',
  'portalrb.getOnly': () => 'Hanya permintaan GET yang dilayani.',
  'portalrb.unknownPath': () =>
    'Alamat tidak dikenal; gunakan /pengusulan/unit-wbk, /pengusulan/unit-wbbm atau /lke/jawaban-unit/{unit_id}.',
  'portalrb.badYear': (p: { got: string }) =>
    `Tahun "${p.got}" tidak valid; gunakan empat angka, misalnya 2026.`,
  'portalrb.notEligible': (p: { year: number }) =>
    `Instansi ini belum memenuhi prasyarat instansi untuk WBBM pada tahun ${p.year}.`,
  'portalrb.unitUnknown': (p: { unit: string }) => `Unit ${p.unit} tidak ditemukan.`,
  'portalrb.notYourUnit': (p: { unit: string }) => `Unit ${p.unit} bukan unit instansi pemilik token ini.`,
  'portalrb.notProposed': (p: { unit: string; year: number }) =>
    `Unit ${p.unit} tidak diusulkan pada tahun ${p.year}.`,
  'portalrb.noMasterList': (p: { year: number }) =>
    `Daftar soal PortalRB tahun ${p.year} belum dimuat untuk instrumen unit ini; hubungi administrator instansi.`,
  'portalrb.internal': () => 'Terjadi kesalahan pada sistem instansi.',
  'portalrb.unavailable': (p: { reason: string }) => p.reason,
  'portalrb.invalid': (p: { count: number }) =>
    `Daftar soal PortalRB tidak dapat dipetakan ke instrumen (${p.count} masalah); tidak ada yang disimpan.`,
  'review.invalid': (p: { count: number }) => `${p.count} reviu tidak valid; tidak ada yang disimpan.`,
  'details.notYourRole': () => 'peran Anda tidak mengubah data evaluasi',
  'details.decided': (p: { stage: Stage }) =>
    `evaluasi ini sudah diputuskan (${stage(p.stage)}); datanya tidak dapat diubah`,
  'details.closed': (p: { openIn: Stage[]; stage: Stage }) =>
    `data evaluasi diisi unit pada tahap ${stageList(p.openIn)}; evaluasi ini pada tahap ${stage(p.stage)}`,
  'details.paktaOverTotal': () => 'penanda tangan melebihi jumlah pegawai',
  'details.invalid': () => 'Data evaluasi tidak valid.',
  'bulk.decided': (p: { stage: Stage }) =>
    `evaluasi ini sudah diputuskan (${stage(p.stage)}); tidak dapat diubah`,
  'bulk.refused': (p: { evaluationId: number; reason: NestedMessage }, t: Render) =>
    `Evaluasi ${p.evaluationId}: ${t(p.reason)}.`,
  'bulk.invalid': (p: { count: number }) => `${p.count} isian tidak valid; tidak ada yang disimpan.`,
  'bulk.conflict': (p: { count: number }) =>
    `${p.count} isian telah diubah orang lain; tidak ada yang disimpan.`,
  'bulk.evaluationTwice': () => 'evaluasi ini dikirim lebih dari sekali',
  'bulk.surveyTwice': () => 'survei ini dikirim lebih dari sekali',
  'bulk.respondentsNegative': () => 'jumlah responden tidak boleh negatif',
  'bulk.hasilItems': (p: { items: string[] }) =>
    `butir hasil yang dapat diisi: ${p.items.length ? p.items.join(', ') : 'tidak ada'}`,
  'stage.noSuchMove': (p: { from: Stage; to: Stage }) =>
    `tahap ${stage(p.from)} tidak dapat berpindah ke ${stage(p.to)}`,
  'stage.notYourMove': (p: { roles: Role[]; to: Stage }) =>
    `hanya ${list(p.roles.map(role))} yang dapat memindahkan ke ${stage(p.to)}`,
  'stage.paktaUnsigned': () => 'Pakta Integritas belum ditandatangani oleh sebagian besar pegawai',
  'stage.layerIncomplete': (p: { layer: Layer; answered: number; total: number }) =>
    `lapisan ${p.layer} baru terisi ${p.answered} dari ${p.total} butir`,
  'stage.itemsToRevise': (p: { layer: Layer; count: number }) =>
    `${p.count} butir lapisan ${p.layer} masih perlu perbaikan; tunggu perbaikannya atau beri catatan untuk tetap melanjutkan`,
  'stage.copiesUnconfirmed': (p: { layer: Layer; count: number }) =>
    `${p.count} jawaban lapisan ${p.layer} masih salinan yang belum dikonfirmasi`,
  'stage.targetUnmet': () => 'nilai TPN belum memenuhi syarat predikat yang dituju',
  'stage.noteRequired': () => 'catatan wajib diisi',
  'stage.blocked': (p: { to: Stage; blockers: NestedMessage[] }, t: Render) =>
    `Tidak dapat pindah ke ${stage(p.to)}: ${p.blockers.map(t).join('; ')}.`,

  // Evaluations
  'evaluation.cannotCreate': () => 'Evaluasi tidak dapat dibuat.',
  'evaluation.noInstrument': (p: { year: number }) => `tidak ada instrumen LKE untuk tahun ${p.year}`,
  'evaluation.yearTooLate': (p: { latest: number }) => `evaluasi paling jauh untuk tahun ${p.latest}`,
  'evaluation.yearTaken': (p: { year: number }) => `unit ini sudah memiliki evaluasi tahun ${p.year}`,

  // Verdicts and advice
  'criterion.short': (p: {
    label: string;
    actual: number;
    required: number;
    gap: number;
    percent: boolean;
  }) => {
    const shown = (value: number) => (p.percent ? percent(value) : formatFigure(value));
    return `${p.label}: ${shown(p.actual)} < ${shown(p.required)} (kurang ${formatGap(p.percent ? p.gap * 100 : p.gap)} ${p.percent ? 'persen poin' : 'poin'})`;
  },
  'prerequisite.unmet': (p: { label: string; actual: string | null; required: string }) =>
    `${p.label}: ${p.actual ?? 'belum ada data'} (syarat ${p.required})`,
  'predicate.wbkFirst': (p: { reason: NestedMessage }, t: Render) => `syarat WBK: ${t(p.reason)}`,
  'advice.raise': (p: { item: string; from: string; to: string; gain: number }) =>
    `naikkan ${p.item} dari ${p.from} ke ${p.to}: +${formatFigure(p.gain)}`,

  // Units, agencies, users
  'agency.invalid': () => 'Data instansi tidak valid.',
  'agency.profileInvalid': () => 'Profil instansi tidak valid.',
  'agency.stillLinked': () => 'Instansi masih memiliki unit, audit atau pengguna.',
  'agency.missing': (p: { id?: number }) =>
    p.id === undefined ? 'instansi tidak ada' : `instansi ${p.id} tidak ada`,
  'agency.spipRange': () => 'level SPIP antara 1 dan 5',
  'record.linked': (p: { links: { what: Linked; count: number }[] }) =>
    `${p.links.map((link) => `${link.count} ${linked[link.what]}`).join(', ')} masih terhubung`,
  'unit.invalid': () => 'Data unit tidak valid.',
  'unit.stillLinked': () => 'Unit masih memiliki data terkait.',
  'unit.codeTaken': (p: { code: string }) => `kode ${p.code} sudah dipakai di instansi ini`,
  'unit.parentOtherAgency': () => 'unit induk harus unit dari instansi yang sama',
  'unit.parentSelf': () => 'unit tidak dapat menjadi induk dari dirinya sendiri',
  'unit.notInAgency': () => 'unit tidak ada pada instansi ini',
  'user.invalid': () => 'Data pengguna tidak valid.',
  'user.passwordForNew': () => 'pengguna baru memerlukan kata sandi',
  'user.roleNational': (p: { role: Role }) => `peran ${role(p.role)} berlaku nasional, tanpa instansi`,
  'user.roleNeedsAgency': (p: { role: Role }) => `peran ${role(p.role)} memerlukan instansi`,
  'user.operatorNeedsUnit': () => 'operator unit memerlukan unit yang ada',
  'user.unitOfOtherAgency': (p: { unit: string }) => `unit ${p.unit} bukan unit dari instansi yang dipilih`,
  'user.roleWithoutUnit': (p: { role: Role }) => `peran ${role(p.role)} tidak terikat pada unit`,
  'user.historyAdminsOnly': () => 'Riwayat akun hanya untuk administrator.',

  // Audits and follow-ups
  'audit.invalid': () => 'Audit tidak valid.',
  'audit.reportNumberRequired': () => 'nomor LHP wajib diisi',
  'audit.titleRequired': () => 'judul wajib diisi',
  'audit.taken': (p: { reportNumber: string; auditor: string }) =>
    `LHP ${p.reportNumber} dari ${p.auditor} sudah tercatat`,
  'recommendation.invalid': () => 'Data rekomendasi tidak valid.',
  'status.invalid': () => 'Perubahan status tidak valid.',
  'status.pickOne': () => 'pilih minimal satu rekomendasi',
  'status.needsNote': () => 'status Tidak Dapat Ditindaklanjuti memerlukan catatan alasan',
  'tlhpImport.missingColumns': (p: { columns: string[] }) =>
    `kolom ${p.columns.join(', ')} tidak ditemukan; judul kolom yang dikenal: Pemeriksa, No. LHP, No. Temuan, Temuan, No. Rekomendasi, Rekomendasi, Status, Nilai Rekomendasi, Nilai Setor, Batas Waktu`,
  'tlhpImport.blankNumber': () => 'nomor kosong',
  'tlhpImport.unknownAuditor': (p: { word: string }) =>
    `pemeriksa "${p.word}" tidak dikenal; gunakan BPK, BPKP atau Inspektorat`,
  'tlhpImport.unknownStatus': (p: { word: string }) =>
    `status "${p.word}" tidak dikenal; gunakan Sesuai (TS), Belum Sesuai (BS), Belum Ditindaklanjuti (BTL) atau Tidak Dapat Ditindaklanjuti (TDTL)`,
  'tlhpImport.sameRow': (p: { line: number }) =>
    `LHP, temuan dan rekomendasi yang sama sudah ada di baris ${p.line}`,
  'tlhpImport.reportOfSeveral': (p: { reportNumber: string; auditors: string[] }) =>
    `LHP "${p.reportNumber}" dipakai oleh lebih dari satu pemeriksa (${p.auditors.join(', ')}); tambahkan kolom Pemeriksa`,
  'tlhpImport.unknownReport': (p: { reportNumber: string; auditor: string | null }) =>
    `LHP "${p.reportNumber}"${p.auditor ? ` dari ${p.auditor}` : ''} tidak terdaftar pada instansi Anda; catat dahulu auditnya`,
  'tlhpImport.newNeedsText': () => 'rekomendasi baru memerlukan uraian',
  'tlhpImport.rejected': (p: { count: number }) => `${p.count} baris ditolak; tidak ada yang diimpor.`,
  'tlhpImport.changedMeanwhile': () =>
    'Daftar tindak lanjut berubah selama impor (impor lain berjalan bersamaan); tidak ada yang diimpor. Pratinjau lagi lalu impor.',

  // Files
  'file.empty': () => 'berkas kosong',
  'file.tooLarge': (p: { megabytes: number }) => `berkas paling besar ${p.megabytes} MB`,
  'file.cannotRead': (p: { reason: NestedMessage }, t: Render) =>
    `Berkas tidak dapat dibaca: ${t(p.reason)}.`,
  'file.unreadable': (p: { file?: string; detail: string }) =>
    `${p.file ? `${p.file} ` : ''}bukan buku kerja .xlsx yang dapat dibaca (${p.detail})`,
  'file.tooManyParts': (p: { file?: string; parts: number; max: number }) =>
    `${p.file ?? 'berkas'} terlalu besar: ${count(p.parts)} bagian, lebih dari ${count(p.max)}`,
  'file.sheetUnpacksTooLarge': (p: { file?: string; megabytes: number; max: number }) =>
    `${p.file ?? 'berkas'} terlalu besar: satu lembar kerja membuka menjadi ${p.megabytes} MB, lebih dari ${p.max} MB`,
  'file.zipBomb': (p: { file?: string; part: string; ratio: number }) =>
    `${p.file ?? 'berkas'} terlalu besar: ${p.part} membuka ${count(p.ratio)} kali lebih besar, seperti bom zip`,
  'file.unpacksTooLarge': (p: { file?: string; megabytes: number; max: number }) =>
    `${p.file ?? 'berkas'} terlalu besar: membuka menjadi ${p.megabytes} MB, lebih dari ${p.max} MB`,
  'file.tooManyRows': (p: { file?: string; max: number }) =>
    `${p.file ?? 'berkas'} terlalu besar: lembar kerjanya lebih dari ${count(p.max)} baris`,
  'file.tooManyCells': (p: { file?: string; max: number }) =>
    `${p.file ?? 'berkas'} terlalu besar: lembar kerjanya lebih dari ${count(p.max)} sel`,
  'file.sheetSpan': (p: {
    file?: string;
    sheet: string;
    rows: number;
    columns: number;
    maxRows: number;
    maxCells: number;
  }) =>
    `${p.file ?? 'berkas'} terlalu besar: lembar "${p.sheet}" mencakup ${count(p.rows)} baris dan ${count(p.columns)} kolom (paling banyak ${count(p.maxRows)} baris dan ${count(p.maxCells)} sel)`,
  'file.tableTooLarge': (p: { file: string; maxRows: number; maxCells: number }) =>
    `${p.file} terlalu besar: lebih dari ${count(p.maxRows)} baris atau ${count(p.maxCells)} sel`,
  'file.noSheet': (p: { file: string }) => `${p.file} tidak memiliki lembar kerja`,
  'file.noLkeSheet': (p: { sheet: string; sheets: string[] }) =>
    `buku kerja tidak memiliki lembar "${p.sheet}" (lembarnya: ${p.sheets.length ? p.sheets.map((each) => `"${each}"`).join(', ') : 'tidak ada'})`,
  'file.notATable': (p: { file: string }) => `${p.file} bukan buku kerja .xlsx maupun berkas .csv`,
  'file.notText': (p: { file: string }) => `${p.file} bukan berkas teks`,
  'file.notLkeLayout': (p: { sheet: string; matched: number; total: number }) =>
    `lembar "${p.sheet}" tidak berformat resmi: hanya ${p.matched} dari ${p.total} pertanyaan ditemukan di kolom G`,
  'file.readTimeout': (p: { seconds: number }) => `membacanya lebih lama dari ${p.seconds} detik`,
  'file.readMemory': (p: { megabytes: number }) =>
    `membacanya memerlukan memori lebih dari ${p.megabytes} MB`,
  'file.readFailed': (p: { detail: string }) => `berkas tidak dapat dibaca (${p.detail})`,
  'workbook.invalidAnswers': (p: { count: number }) =>
    `${p.count} jawaban pada berkas tidak valid; tidak ada yang diimpor.`,

  // Evidence documents (bukti dukung)
  'evidence.invalid': (p: { count: number }) =>
    `${p.count} isian unggahan tidak valid; tidak ada yang disimpan.`,
  'evidence.empty': () => 'berkas kosong (0 bita)',
  'evidence.tooLarge': (p: { megabytes: number }) => `berkas paling besar ${formatFigure(p.megabytes)} MB`,
  'evidence.quota': (p: { megabytes: number; usedMegabytes: number }) =>
    `kuota bukti evaluasi ini ${formatFigure(p.megabytes)} MB, sudah terpakai ${formatFigure(p.usedMegabytes)} MB`,
  'evidence.type': (p: { detected: string | null }) =>
    `hanya PDF, gambar (JPEG, PNG, GIF, WebP) dan dokumen Word, Excel atau PowerPoint yang diterima${p.detected ? `; isi berkas ini ${p.detected}` : ''}`,
  'evidence.titleRequired': () => 'judul dokumen wajib diisi',
  'evidence.cutOff': () => 'unggahan terputus sebelum selesai; tidak ada yang disimpan',
  'evidence.onlyLatest': () => 'hanya revisi terbaru yang dapat dihapus; revisi lama adalah riwayat dokumen',
  'evidence.limitRange': (p: { max: number }) => `lebih dari 0 dan paling banyak ${count(p.max)} MB`,
  'evidence.linkExpired': () => 'tautan unduhan sudah kedaluwarsa; buka lagi daftar bukti untuk tautan baru',
  'evidence.linkInvalid': () => 'tautan unduhan tidak sah',
  'evidence.missing': () => 'berkas tidak ada lagi di penyimpanan',
  'evidence.storage': () => 'penyimpanan berkas tidak dapat dihubungi; coba lagi nanti',

  // Cells typed or pasted into the console's grids
  'grid.readOnly': () => 'sel ini tidak dapat diubah',
  'grid.unknownCell': () => 'sel tidak dikenal',
  'grid.notANumber': (p: { got: string }) => `diisi angka, bukan "${p.got}"`,
  'grid.wholeNumber': (p: { got: string }) => `diisi bilangan bulat, bukan "${p.got}"`,
  'grid.flag': (p: { got: string }) => `isi Ya atau Tidak, bukan "${p.got}"`,
  'grid.grade': (p: { grades: readonly string[]; got: string }) =>
    `nilai SAKIP ${list(p.grades)}, bukan "${p.got}"`,
};
