import type {
  Grade,
  InstrumentDefinition,
  Measure,
  NodeDefinition,
  PrerequisiteRule,
} from '../instrument.ts';
import { area, component, item, percent, subArea, subComponent, survey, weighted } from './builders.ts';

const CAPAIAN_KINERJA_CRITERIA =
  'a. Target kinerja utama tercapai lebih dari 100% dan lebih baik dari capaian kinerja utama tahun sebelumnya serta lebih baik dari capaian kinerja nasional/rata-rata capaian kinerja unit yang sejenis;\nb.Target kinerja utama tercapai 100% dan lebih baik dari capaian kinerja utama tahun sebelumnya;\nc.Target kinerja utama tercapai 100% atau lebih, namun tidak lebih baik dari capaian kinerja utama tahun sebelumnya;\nd. Kinerja utama sudah orientasi hasil akan tetapi masih terdapat target kinerja utama yang tidak tercapai;\ne. Kinerja utama tidak berorientasi hasil';

// LKE ZI, Lampiran III PermenPANRB 90/2021: every scored row of the official worksheet, with its
// workbook row. Texts and criteria are the regulation's wording.

// PEMENUHAN
const pemenuhan: NodeDefinition = subComponent('P', 5, 'Pemenuhan', 30, [
  area('P.1', 6, 'Manajemen Perubahan', 4, [
    subArea('P.1.i', 7, 'Penyusunan Tim Kerja', 0.5, [
      item(
        'P.1.i.a',
        8,
        'YA_TIDAK',
        'Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas',
        'Ya, jika Tim telah dibentuk di dalam unit kerja.',
      ),
      item(
        'P.1.i.b',
        9,
        'ABC',
        'Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas',
        'a. Jika dengan prosedur/mekanisme yang jelas dan mewakili seluruh unsur dalam unit kerja\nb. Jika sebagian menggunakan prosedur yang mewakili sebagian besar unsur dalam unit kerja\nc. Jika tidak di seleksi.',
      ),
    ]),
    subArea('P.1.ii', 10, 'Rencana Pembangunan Zona Integritas', 1, [
      item(
        'P.1.ii.a',
        11,
        'YA_TIDAK',
        'Terdapat dokumen rencana kerja pembangunan Zona Integritas menuju WBK/WBBM',
        'Ya, jika memiliki rencana kerja pembangunan Zona Integritas.',
      ),
      item(
        'P.1.ii.b',
        12,
        'ABC',
        'Dalam dokumen pembangunan terdapat target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM',
        'a. Jika semua target-target prioritas relevan dengan tujuanpembangunan WBK/WBBM\nb. Jika sebagian target-target prioritas relevan dengan tujuan pembangunan WBK/WBBM\nc. Jika tidak ada target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM',
      ),
      item(
        'P.1.ii.c',
        13,
        'ABC',
        'Terdapat mekanisme atau media untuk mensosialisasikan pembangunan WBK/WBBM',
        'a. Jika telah dilakukan pengelolaan media/aktivitas interaktif yang efektif untuk menginformasikan pembangunan ZI kepada internal dan stakeholder secara berkala\nb. Jika pengelolaan media/aktivitas interaktif dilakukan secara terbatas dan tidak secara berkala\nc. Jika pengelolaan media/aktivitas interaktif belum dilakukan',
      ),
    ]),
    subArea('P.1.iii', 14, 'Pemantauan dan Evaluasi Pembangunan WBK/WBBM', 1, [
      item(
        'P.1.iii.a',
        15,
        'ABCD',
        'Seluruh kegiatan pembangunan sudah dilaksanakan sesuai dengan rencana',
        'a. Jika semua kegiatan pembangunan telah dilaksanakan sesuai dengan rencana\nb. Jika sebagian besar kegiatan pembangunan telah dilaksanakan sesuai dengan rencana\nc. Jika sebagian kecil kegiatan pembangunan telah dilaksanakan sesuai dengan rencana\nd. Jika belum ada kegiatan pembangunan yang dilakukan sesuai dengan rencana',
      ),
      item(
        'P.1.iii.b',
        16,
        'ABCD',
        'Terdapat monitoring dan evaluasi terhadap pembangunan Zona Integritas',
        'a. Jika monitoring dan evaluasi melibatkan pimpinan dan dilakukan secara berkala\nb. Jika monitoring dan evaluasi melibatkan pimpinan tetapi tidak secara berkala\nc. Jika monitoring dan evaluasi tidak melibatkan pimpinan dan tidak secara berkala\nd. Jika tidak terdapat monitoring dan evaluasi terhadap pembangunan zona integritas',
      ),
      item(
        'P.1.iii.c',
        17,
        'ABCD',
        'Hasil Monitoring dan Evaluasi telah ditindaklanjuti',
        'a. Jika semua catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti\nb. Jika sebagian besar catatan/rekomendasi hasil monitoring danevaluasi tim internal atas persiapan dan pelaksanaan kegiatanUnit WBK/WBBM telah ditindaklanjuti\nc. Jika sebagian kecil catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti\nd. Jika catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM belum ditindaklanjuti',
      ),
    ]),
    subArea('P.1.iv', 18, 'Perubahan pola pikir dan budaya kerja', 1.5, [
      item(
        'P.1.iv.a',
        19,
        'YA_TIDAK',
        'Pimpinan berperan sebagai role model dalam pelaksanaan Pembangunan WBK/WBBM',
        'ya, jika pimpinan menjadi contoh pelaksanaan nilai-nilai organisasi.',
      ),
      item(
        'P.1.iv.b',
        20,
        'ABC',
        'Sudah ditetapkan agen perubahan',
        'a. Jika agen perubahan telah ditetapkan dan berkontribusi terhadap perubahan pada unit kerjanya\nb. Jika agen perubahan telah ditetapkan namun belum berkontribusi terhadap perubahan pada unit kerjanya\nc. Jika belum terdapat agen perubahan',
      ),
      item(
        'P.1.iv.c',
        21,
        'ABC',
        'Telah dibangun budaya kerja dan pola pikir di lingkungan organisasi',
        'a. Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir dan mampu mengurangi resistensi atas perubahan\nb. Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir tapi masih terdapat resistensi atas perubahan\nc. Jika belum terdapat upaya pembangunan budaya kerja dan pola pikir',
      ),
      item(
        'P.1.iv.d',
        22,
        'ABCD',
        'Anggota organisasi terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
        'a. Jika semua anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM dan usulan-usulan dari anggota diakomodasikan dalam keputusan\nb. Jika sebagian besar anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM\nc. Jika sebagian kecil anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM\nd. Jika belum ada anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
      ),
    ]),
  ]),
  area('P.2', 23, 'Penataan Tatalaksana', 3.5, [
    subArea('P.2.i', 24, 'Prosedur Operasional Tetap (SOP) Kegiatan Utama', 1, [
      item(
        'P.2.i.a',
        25,
        'ABCD',
        'SOP mengacu pada peta proses bisnis instansi',
        'a. Jika semua SOP unit telah mengacu peta proses bisnis dan juga melakukan inovasi yang selaras\nb. Jika semua SOP unit telah mengacu peta proses bisnis\nc. Jika sebagian SOP unit telah mengacu peta proses bisnis\nd. Jika belum terdapat SOP unit yang mengacu peta proses bisnis',
      ),
      item(
        'P.2.i.b',
        26,
        'ABCDE',
        'Prosedur operasional tetap (SOP) telah diterapkan',
        'a. Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi dan juga melakukan inovasi pada SOP yang diterapkan\nb. Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi\nc. Jika unit telah menerapkan sebagian besar SOP yang ditetapkan organisasi\nd. Jika unit telah menerapkan sebagian kecil SOP yang ditetapkan organisasi\ne. Jika unit belum menerapkan SOP yang telah ditetapkan organisasi',
      ),
      item(
        'P.2.i.c',
        27,
        'ABCDE',
        'Prosedur operasional tetap (SOP) telah dievaluasi',
        'a. Jika seluruh SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP\nb. Jika sebagian besar SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP\nc. Jika sebagian besar SOP utama telah dievaluasi tetapi belum ditindaklanjuti\nd. Jika sebagian kecil SOP utama telah dievaluasi\ne. Jika SOP belum pernah dievaluasi',
      ),
    ]),
    subArea('P.2.ii', 28, 'Sistem Pemerintahan Berbasis Elektronik (SPBE)', 2, [
      item(
        'P.2.ii.a',
        29,
        'ABC',
        'Sistem pengukuran kinerja unit sudah menggunakan teknologi informasi',
        'a. Jika unit memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi dan juga melakukan inovasi\nb. Jika unit memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi\nc. Jika belum memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi',
      ),
      item(
        'P.2.ii.b',
        30,
        'ABC',
        'Operasionalisasi manajemen SDM sudah menggunakan teknologi informasi',
        'a. Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi dan juga melakukan inovasi\nb. Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi secara terpusat\nc. Jika belum menggunakan teknologi informasi dalam operasionalisasi manajemen SDM',
      ),
      item(
        'P.2.ii.c',
        31,
        'ABC',
        'Pemberian pelayanan kepada publik sudah menggunakan teknologi informasi',
        'a. Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi terpusat/unit sendiri dan terdapat inovasi\nb. Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi secara terpusat\nc. Jika belum memberikan pelayanan kepada publik dengan menggunakan teknologi informasi',
      ),
      item(
        'P.2.ii.d',
        32,
        'ABC',
        'Telah dilakukan monitoring dan dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik',
        'a. Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan secara berkala\nb. Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan tetapi tidak secara berkala\nc. Jika tidak terdapat monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik',
      ),
    ]),
    subArea('P.2.iii', 33, 'Keterbukaan Informasi Publik', 0.5, [
      item(
        'P.2.iii.a',
        34,
        'ABC',
        'Kebijakan tentang keterbukaan informasi publik telah diterapkan',
        'a. Jika sudah terdapat Pejabat Pengelola Informasi Publik (PPID) yang menyebarkan seluruh informasi yang dapat diakses secara mutakhir dan lengkap\nb. Jika sudah terdapat PPID yang menyebarkan sebagian informasi yang dapat diakses secara mutakhir dan lengkap\nc. Jika belum ada PPID dan belum melakukan penyebaran informasi publik',
      ),
      item(
        'P.2.iii.b',
        35,
        'ABC',
        'Telah dilakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik',
        'a. Jika dilakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik dan telah ditindaklanjuti\nb. Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik telah dilakukan tetapi belum ditindaklanjuti\nc. Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik belum dilakukan',
      ),
    ]),
  ]),
  area('P.3', 36, 'Penataan Sistem Manajemen SDM Aparatur', 5, [
    subArea('P.3.i', 37, 'Perencanaan Kebutuhan Pegawai sesuai dengan Kebutuhan Organisasi', 0.25, [
      item(
        'P.3.i.a',
        38,
        'YA_TIDAK',
        'Kebutuhan pegawai yang disusun oleh unit kerja mengacu kepada peta jabatan dan hasil analisis beban kerja untuk masing-masing jabatan',
        'Ya, jika kebutuhan pegawai yang disusun oleh unit kerja mengacu kepada peta jabatan dan hasil analisis beban kerja untuk masing-masing jabatan.',
      ),
      item(
        'P.3.i.b',
        39,
        'ABCD',
        'Penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
        'a. Jika semua penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan\nb. Jika sebagian besar penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan\nc. Jika sebagian kecil penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan\nd. Jika penempatan pegawai hasil rekrutmen murni tidak mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
      ),
      item(
        'P.3.i.c',
        40,
        'YA_TIDAK',
        'Telah dilakukan monitoring dan dan evaluasi terhadap penempatan pegawai rekrutmen untuk memenuhi kebutuhan jabatan dalam organisasi telah memberikan perbaikan terhadap kinerja unit kerja',
        'Ya, jika sudah dilakukan monitoring dan evaluasi terhadap penempatan pegawai hasil rekrutmen untuk memenuhi kebutuhan jabatan dalam organisasi telah memberikan perbaikan terhadap kinerja unit kerja.',
      ),
    ]),
    subArea('P.3.ii', 41, 'Pola Mutasi Internal', 0.5, [
      item(
        'P.3.ii.a',
        42,
        'YA_TIDAK',
        'Dalam melakukan pengembangan karier pegawai, telah dilakukan mutasi pegawai antar jabatan',
        'Ya, jika dilakukan mutasi pegawai antar jabatan sebagai wujud dari pengembangan karier pegawai.',
      ),
      item(
        'P.3.ii.b',
        43,
        'ABCDE',
        'Dalam melakukan mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan',
        'a. Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi dan juga unit kerja memberikan pertimbangan terkait hal ini\nb. Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi\nc. Jika sebagian besar mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi\nd. Jika sebagian kecil semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi\ne. Jika mutasi pegawai antar jabatan belum memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
      ),
      item(
        'P.3.ii.c',
        44,
        'YA_TIDAK',
        'Telah dilakukan monitoring dan evaluasi terhadap kegiatan mutasi yang telah dilakukan dalam kaitannya dengan perbaikan kinerja',
        'Ya, jika sudah dilakukan monitoring dan evaluasi terhadap kegiatan mutasi yang telah dilakukan dalam kaitannya dengan perbaikan kinerja.',
      ),
    ]),
    subArea('P.3.iii', 45, 'Pengembangan Pegawai Berbasis Kompetensi', 1.25, [
      item(
        'P.3.iii.a',
        46,
        'YA_TIDAK',
        'Unit Kerja melakukan Training Need Analysis Untuk pengembangan kompetensi',
        'Ya, jika sudah dilakukan Training Need Analysis Untuk pengembangan kompetensi.',
      ),
      item(
        'P.3.iii.b',
        47,
        'ABCD',
        'Dalam menyusun rencana pengembangan kompetensi pegawai, telah mempertimbangkan hasil pengelolaan kinerja pegawai',
        'a. Jika semua rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai\nb. Jika sebagian besar rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai\nc. Jika sebagian kecil rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai\nd. Jika belum ada rencana pengembangan kompetensi pegawai yang mempertimbangkan hasil pengelolaan kinerja pegawai',
      ),
      item(
        'P.3.iii.c',
        48,
        'ABCD',
        'Tingkat kesenjangan kompetensi pegawai yang ada dengan standar kompetensi yang ditetapkan untuk masing-masing jabatan',
        'a. Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar <25%\nb. Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >25%-50%\nc. Jika sebagian besar kompetensi pegawai dengan standar kompetensi yang ditetapkan untuk masing-masing jabatan >50% -75%\nd. Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >75%-100%',
      ),
      item(
        'P.3.iii.d',
        49,
        'ABCD',
        'Pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
        'a. Jika seluruh pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya\nb. Jika sebagian besar pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya\nc. Jika sebagian kecil pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya\nd. Jika belum ada pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
      ),
      item(
        'P.3.iii.e',
        50,
        'ABCD',
        'Dalam pelaksanaan pengembangan kompetensi, unit kerja melakukan upaya pengembangan kompetensi kepada pegawai (seperti pengikutsertaan pada lembaga pelatihan, in-house training, coaching, atau mentoring)',
        'a. Jika unit kerja melakukan upaya pengembangan kompetensi kepada seluruh pegawai\nb. Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian besar pegawai\nc. Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian kecil pegawai\nd. Jika unit kerja belum melakukan upaya pengembangan kompetensi kepada pegawai',
      ),
      item(
        'P.3.iii.f',
        51,
        'ABC',
        'Telah dilakukan monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja',
        'a. Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan secara berkala\nb. Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan namun tidak secara berkala\nc. Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja belum dilakukan',
      ),
    ]),
    subArea('P.3.iv', 52, 'Penetapan Kinerja Individu', 2, [
      item(
        'P.3.iv.a',
        53,
        'ABCD',
        'Terdapat penetapan kinerja individu yang terkait dengan perjanjian kinerja organisasi',
        'a. Jika seluruh penetapan kinerja individu terkait dengan kinerja organisasi serta perjanjian kinerja selaras dengan sasaran kinerja pegawai (SKP)\nb. Jika sebagian besar penetapan kinerja individu terkait dengan kinerja organisasi\nc. Jika sebagian kecil penetapan kinerja individu terkait dengan kinerja organisasi\nd. Jika belum ada penetapan kinerja individu terkait dengan kinerja organisasi',
      ),
      item(
        'P.3.iv.b',
        54,
        'ABCD',
        'Ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
        'a. Jika seluruh ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya serta menggambarkan logic model\nb. Jika sebagian besar ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya\nc. Jika sebagian kecil ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya\nd. Jika ukuran kinerja individu belum memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
      ),
      item(
        'P.3.iv.c',
        55,
        'ABCDE',
        'Pengukuran kinerja individu dilakukan secara periodik',
        'a. Jika pengukuran kinerja individu dilakukan secara bulanan\nb. Jika pengukuran kinerja individu dilakukan secara triwulanan\nc. Jika pengukuran kinerja individu dilakukan secara semesteran\nd. Jika pengukuran kinerja individu dilakukan secara tahunan\ne. Jika pengukuran kinerja individu belum dilakukan',
      ),
      item(
        'P.3.iv.d',
        56,
        'YA_TIDAK',
        'Hasil penilaian kinerja individu telah dijadikan dasar untuk pemberian reward',
        'Ya, jika hasil hasil penilaian kinerja individu telah dijadikan dasar untuk pemberian reward (Seperti: pengembangan karir individu, atau penghargaan)',
      ),
    ]),
    subArea('P.3.v', 57, 'Penegakan Aturan Disiplin/Kode Etik/Kode Perilaku Pegawai', 0.75, [
      item(
        'P.3.v.a',
        58,
        'ABCD',
        'Aturan disiplin/kode etik/kode perilaku telah dilaksanakan/diimplementasikan',
        'a. Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi dan juga membuat inovasi terkait aturan disiplin/kode etik/kode perilaku yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi\nc. Jika unit kerja telah mengimplementasikan sebagian aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi\nd. Jika unit kerja belum mengimplementasikan aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi',
      ),
    ]),
    subArea('P.3.vi', 59, 'Sistem Informasi Kepegawaian', 0.25, [
      item(
        'P.3.vi.a',
        60,
        'ABC',
        'Data informasi kepegawaian unit kerja telah dimutakhirkan secara berkala',
        'a. Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan dimutakhirkan setiap ada perubahan data pegawai\nb. Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan dimutakhirkan namun secara berkala\nc. Jika data informasi kepegawaian unit kerja belum dimutakhirkan',
      ),
    ]),
  ]),
  area('P.4', 61, 'Penguatan Akuntabilitas', 5, [
    subArea('P.4.i', 62, 'Keterlibatan Pimpinan', 2.5, [
      item(
        'P.4.i.a',
        63,
        'ABC',
        'Unit kerja telah melibatkan pimpinan secara langsung pada saat penyusunan perencanaan',
        'a. Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perencanaan\nb. Jika pimpinan ikut terlibat dalam sebagian tahapan penyusunan perencanaan\nc. Jika tidak ada keterlibatan pimpinan dalam penyusunan perencanaan (hanya menandatangani)',
      ),
      item(
        'P.4.i.b',
        64,
        'ABC',
        'Unit kerja telah melibatkan secara langsung pimpinan saat penyusunan penetapan kinerja',
        'a. Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perjanjian kinerja\nb. Jika pimpinan terlibat dalam sebagian tahapan penyusunan perjanjian kinerja\nc. Jika tidak ada keterlibatan pimpinan dalam penyusunan perjanjian kinerja',
      ),
      item(
        'P.4.i.c',
        65,
        'ABCD',
        'Pimpinan memantau pencapaian kinerja secara berkala',
        'a. Jika pimpinan selalu terlibat dalam seluruh pemantauan pencapaian kinerja dan menindaklanjuti hasil pemantauan\nb. Jika pimpinan unit kerja terlibat dalam seluruh pemantauan pencapaian kinerja tetapi tidak ada tindak lanjut hasil pemantauan\nc. Jika pimpinan unit kerja terlibat dalam sebagian pemantauan pencapaian kinerja\nd. Jika tidak ada keterlibatan pimpinan dalam pemantauan pencapaian kinerja',
      ),
    ]),
    subArea('P.4.ii', 66, 'Pengelolaan Akuntabilitas Kinerja', 2.5, [
      item(
        'P.4.ii.a',
        67,
        'YA_TIDAK',
        'Dokumen perencanaan kinerja sudah ada',
        'ya, jika unit kerja memiliki dokumen perencanaan kinerja lengkap',
      ),
      item(
        'P.4.ii.b',
        68,
        'YA_TIDAK',
        'Perencanaan kinerja telah berorientasi hasil',
        'ya, jika perencanaan kinerja telah berorientasi hasil',
      ),
      item(
        'P.4.ii.c',
        69,
        'YA_TIDAK',
        'Terdapat penetapan Indikator Kinerja Utama (IKU)',
        'ya, jika unit kerja memiliki IKU',
      ),
      item(
        'P.4.ii.d',
        70,
        'ABCD',
        'Indikator kinerja telah telah memenuhi kriteria SMART',
        'a. Jika seluruh indikator kinerja telah SMART\nb. Jika sebagian besar indikator kinerja telah SMART\nc. Jika sebagian kecil indikator kinerja telah SMART\nd. Jika belum ada indikator kinerja yang SMART',
      ),
      item(
        'P.4.ii.e',
        71,
        'YA_TIDAK',
        'Laporan kinerja telah disusun tepat waktu',
        'Ya, jika unit kerja telah menyusun laporan kinerja tepat waktu',
      ),
      item(
        'P.4.ii.f',
        72,
        'ABC',
        'Laporan kinerja telah memberikan informasi tentang kinerja',
        'a. Jika seluruh pelaporan kinerja telah memberikan informasi tentang kinerja\nb. Jika sebagian pelaporan kinerja belum memberikan informasi tentang kinerja\nc. Jika seluruh pelaporan kinerja belum memberikan informasi tentang kinerja',
      ),
      item(
        'P.4.ii.g',
        73,
        'YA_TIDAK',
        'Terdapat sistem informasi/mekanisme informasi kinerja',
        'ya, jika terdapat sistem informasi/mekanisme informasi kinerja',
      ),
      item(
        'P.4.ii.h',
        74,
        'ABC',
        'Unit kerja telah berupaya meningkatkan kapasitas SDM yang menangangi akuntabilitas kinerja',
        'a. Jika seluruh SDM pengelola akuntabilitas kinerja kompeten\nb. Jika sebagian SDM pengelola akuntabilitas kinerja kompeten\nc. Jika seluruh SDM pengelola akuntabilitas kinerja belum ada yang kompeten',
      ),
    ]),
  ]),
  area('P.5', 75, 'Penguatan Pengawasan', 7.5, [
    subArea('P.5.i', 76, 'Pengendalian Gratifikasi', 1.5, [
      item(
        'P.5.i.a',
        77,
        'ABC',
        'Telah dilakukan public campaign tentang pengendalian gratifikasi',
        'a. Jika public campaign telah dilakukan secara berkala\nb. Jika public campaign dilakukan tidak secara berkala\nc. Jika belum dilakukan public campaign',
      ),
      item(
        'P.5.i.b',
        78,
        'ABCD',
        'Pengendalian gratifikasi telah diimplementasikan',
        'a. Jika Unit Pengendalian Gratifikasi, pengendalian gratifikasi telahmenjadi bagian dari prosedur\nb. Jika Unit Pengendalian Gratifikasi, upaya pengendalian gratifikasi telah mulai dilakukan\nc. Jika telah membentuk Unit Pengendalian Gratifikasi tetapi belum terdapat prosedur pengendalian\nd. Jika belum memiliki Unit Pengendalian Gratifikasi',
      ),
    ]),
    subArea('P.5.ii', 79, 'Penerapan Sistem Pengendalian Intern Pemerintah (SPIP)', 1.5, [
      item(
        'P.5.ii.a',
        80,
        'ABCDE',
        'Telah dibangun lingkungan pengendalian',
        'a. Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi\nc. Jika unit kerja membangun sebagian besar lingkungan pengendalian sesuai dengan yang ditetapkan organisasi\nd. Jika unit kerja membangun sebagian kecil lingkungan pengendalian sesuai dengan yang ditetapkan organisasi\ne. Jika unit kerja belum membangun lingkungan pengendalian',
      ),
      item(
        'P.5.ii.b',
        81,
        'ABCDE',
        'Telah dilakukan penilaian risiko atas pelaksanaan kebijakan',
        'a. Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja; \nb. Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi\nc. Jika melakukan penilaian risiko atas sebagian besar pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi\nd. Jika melakukan penilaian risiko atas sebagian kecil pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi\ne. Jika unit kerja belum melakukan penilaian resiko',
      ),
      item(
        'P.5.ii.c',
        82,
        'ABC',
        'Telah dilakukan kegiatan pengendalian untuk meminimalisir risiko yang telah diidentifikasi',
        'a. Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait kegiatan pengendalian untuk meminimalisir resiko yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi\nc. Jika unit kerja belum melakukan kegiatan pengendalian untuk meminimalisir resiko',
      ),
      item(
        'P.5.ii.d',
        83,
        'ABC',
        'SPI telah diinformasikan dan dikomunikasikan kepada seluruh pihak terkait',
        'a. Jika SPI telah diinformasikan dan dikomunikasikan kepada seluruh pihak terkait\nb. Jika SPI telah diinformasikan dan dikomunikasikan kepada sebagian pihak terkait\nc. Jika SPI belum diinformasikan dan dikomunikasikan kepada pihak terkait',
      ),
    ]),
    subArea('P.5.iii', 84, 'Pengaduan Masyarakat', 1.5, [
      item(
        'P.5.iii.a',
        85,
        'ABC',
        'Kebijakan Pengaduan masyarakat telah diimplementasikan',
        'a. Jika unit kerja mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pengaduan masyarakat yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja telah mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi \nc. Jika unit kerja belum mengimplementasikan kebijakan pengaduan masyarakat',
      ),
      item(
        'P.5.iii.b',
        86,
        'YA_TIDAK',
        'pengaduan masyarakat dtindaklanjuti',
        'ya,pengaduan masyaakat ditindaklanjuti',
      ),
      item(
        'P.5.iii.c',
        87,
        'ABC',
        'Telah dilakukan monitoring dan evaluasi atas penanganan pengaduan masyarakat',
        'a. Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi secara berkala\nb. Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi tetapi tidak secara berkala\nc. Jika penanganan pengaduan masyarakat belum di monitoring dan evaluasi',
      ),
      item(
        'P.5.iii.d',
        88,
        'ABC',
        'Hasil evaluasi atas penanganan pengaduan masyarakat telah ditindaklanjuti',
        'a. Jika seluruh hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja\nb. Jika sebagian hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja\nc. Jika hasil evaluasi atas penanganan pengaduan belum ditindaklanjuti',
      ),
    ]),
    subArea('P.5.iv', 89, 'Whistle-Blowing System', 1.5, [
      item(
        'P.5.iv.a',
        91,
        'ABC',
        'Whistle Blowing System telah diterapkan',
        'a. Jika unit kerja menerapkan seluruh kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pelaksanaan Whistle Blowing System yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja menerapkan kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi\nc. Jika unit kerja belum menerapkan kebijakan Whistle Blowing System',
      ),
      item(
        'P.5.iv.b',
        92,
        'ABC',
        'Telah dilakukan evaluasi atas penerapan Whistle Blowing System',
        'a. Jika penerapan Whistle Blowing System dimonitoring dan evaluasi secara berkala\nb. Jika penerapan Whistle Blowing System dimonitoring dan evaluasi tidak secara berkala\nc. Jika penerapan Whistle Blowing System belum di monitoring dan evaluasi',
      ),
      item(
        'P.5.iv.c',
        93,
        'ABC',
        'Hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti',
        'a. Jika seluruh hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja\nb. Jika sebagian hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja\nc. Jika hasil evaluasi atas penerapan Whistle Blowing System belum ditindaklanjuti',
      ),
    ]),
    subArea('P.5.v', 94, 'Penanganan Benturan Kepentingan', 1.5, [
      item(
        'P.5.v.a',
        95,
        'ABCD',
        'Telah terdapat identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama',
        'a. Jika terdapat identifikasi/pemetaan benturan kepentingan pada seluruh tugas fungsi utama\nb. Jika terdapat identifikasi/pemetaan benturan kepentingan tetapi pada sebagian besar tugas fungsi utama\nc. Jika terdapat identifikasi/pemetaan benturan kepentingan tetapi pada sebagian kecil tugas fungsi utama\nd. Jika belum terdapat identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama',
      ),
      item(
        'P.5.v.b',
        96,
        'ABCD',
        'Penanganan Benturan Kepentingan telah disosialisasikan/internalisasi',
        'a. Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke seluruh layanan\nb. Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian besar layanan\nc. Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian kecil layanan\nd. Jika penanganan Benturan Kepentingan belum disosialiasikan/diinternalisasikan ke seluruh layanan',
      ),
      item(
        'P.5.v.c',
        97,
        'ABCD',
        'Penanganan Benturan Kepentingan telah diimplementasikan',
        'a. Jika penanganan Benturan Kepentingan diimplementasikan ke seluruh layanan\nb. Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian besar layanan\nc. Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian kecil layanan\nd. Jika penanganan Benturan Kepentingan belum diimplementasikan ke seluruh layanan',
      ),
      item(
        'P.5.v.d',
        98,
        'ABC',
        'Telah dilakukan evaluasi atas Penanganan Benturan Kepentingan',
        'a. Jika penanganan Benturan Kepentingan dievaluasi secara berkala oleh unit kerja\nb. Jika penanganan Benturan Kepentingan dievaluasi tetapi tidak secara berkala oleh unit kerja\nc. Jika penanganan Benturan Kepentingan belum dievaluasi oleh unit kerja',
      ),
      item(
        'P.5.v.e',
        99,
        'ABC',
        'Hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti',
        'a. Jika seluruh hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja\nb. Jika sebagian hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja\nc. Jika belum ada hasil evaluasi atas Penanganan Benturan Kepentingan yang ditindaklanjuti unit kerja',
      ),
    ]),
  ]),
  area('P.6', 100, 'Peningkatan Kualitas Pelayanan Publik', 5, [
    subArea('P.6.i', 101, 'Standar Pelayanan', 1, [
      item(
        'P.6.i.a',
        102,
        'ABCDE',
        'Terdapat kebijakan standar pelayanan',
        'a. Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku\nb. Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku\nc. Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku\nd. Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku\ne. Standar Pelayanan belum ditetapkan',
      ),
      item(
        'P.6.i.b',
        103,
        'ABCD',
        'Standar pelayanan telah dimaklumatkan',
        'a. Standar pelayanan telah dimaklumatkan pada seluruh jenis pelayanan dan dipublikasikan di website dan media lainnya\nb. Standar pelayanan telah dimaklumatkan pada sebagian besar jenis pelayanan dan dipublikasikan minimal di website\nc. Standar pelayanan telah dimaklumatkan pada sebagian kecil jenis pelayanan dan belum dipublikasikan\nd. Standar pelayanan belum dimaklumatkan pada seluruh jenis pelayanan dan belum dipublikasikan',
      ),
      item(
        'P.6.i.c',
        104,
        'ABCD',
        'Dilakukan reviu dan perbaikan atas standar pelayanan',
        'a. Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan melibatkan stakeholders (antara lain : tokoh masyarakat, akademisi, dunia usaha, dan lembaga swadaya masyarakat), serta memanfaatkan masukan hasil SKM dan pengaduan masyarakat\nb. Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan memanfaatkan masukan hasil SKM dan pengaduan masyarakat, namun tanpa melibatkan stakeholders\nc. Dilakukan reviu dan perbaikan atas standar pelayanan, namun dilakukan tanpa memanfaatkan masukan hasil SKM dan pengaduan masyarakat, serta tanpa melibatkan stakeholders\nd. Belum dilakukan reviu dan perbaikan atas standar pelayanan',
      ),
      item(
        'P.6.i.d',
        105,
        'YA_TIDAK',
        'telah melakukan publikasi atas standar pelayanan dan maklumat pelayanan',
        'ya,telah melakukan publikasi atas tandar pelayanan dan maklumat pelayanan',
      ),
    ]),
    subArea('P.6.ii', 106, 'Budaya Pelayanan Prima', 1, [
      item(
        'P.6.ii.a',
        107,
        'ABCDE',
        'Telah dilakukan berbagai upaya peningkatan kemampuan dan/atau kompetensi tentang penerapan budaya pelayanan prima',
        'a. Telah dilakukan pelatihan/sosialisasi pelayanan prima secara berkelanjutan dan terjadwal, sehingga seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan serta telah dan terdapat monev yang melihat kemampuan/kecakapan petugas/pelaksana layanan\nb. Telah dilakukan pelatihan/sosialisasi pelayanan prima, dan seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan\nc. Telah dilakukan pelatihan/sosialisasi pelayanan prima, akan tetapi baru sebagian besar petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan \nd. Telah dilakukan pelatihan/sosialisasi pelayanan prima namun secara terbatas, sehingga hanya sebagian kecil petugas/pelaksana layanan yang memiliki kompetensi sesuai kebutuhan jenis layanan \ne. Belum dilakukan pelatihan/sosialisasi pelayanan prima, dan seluruh petugas/pelaksana layanan belum memiliki kompetensi sesuai kebutuhan jenis layanan',
      ),
      item(
        'P.6.ii.b',
        108,
        'ABCD',
        'Informasi tentang pelayanan mudah diakses melalui berbagai media',
        'a. Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial) dan terhubung dengan sistem informasi pelayanan publik nasional\nb. Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial), namun belum terhubung dengan sistem informasi pelayanan publik nasional\nc. Seluruh Informasi tentang pelayanan belum online, hanya dapat diakses di tempat layanan (intranet dan non elektronik)\nd. Informasi tentang pelayanan sulit diakses',
      ),
      item(
        'P.6.ii.c',
        109,
        'ABCD',
        'Telah terdapat sistem pemberian penghargaan dan sanksi bagi petugas pemberi pelayanan',
        'a. Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, dan telah diterapkan secara rutin/berkelanjutan\nb. Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, namun belum diterapkan secara rutin/berkelanjutan\nc. Telah terdapat kebijakan pemberian penghargaan dan sanksi, namun belum memenuhi unsur penilaian minimal : disiplin, kinerja, dan hasil penilaian pengguna layanan\nd. Belum terdapat kebijakan pemberian penghargaan dan sanksi',
      ),
      item(
        'P.6.ii.d',
        110,
        'ABCD',
        'Telah terdapat sistem pemberian kompensasi kepada penerima layanan bila layanan tidak sesuai standar',
        'a. Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di seluruh jenis layanan\nb. Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian besar jenis layanan \nc. Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian kecil jenis layanan \nd. Belum terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar',
      ),
      item(
        'P.6.ii.e',
        111,
        'ABCD',
        'Terdapat sarana layanan terpadu/terintegrasi',
        'a. Jika seluruh pelayanan sudah dilakukan secara terpadu/terintegrasi\nb. Jika sebagian besar pelayanan sudah dilakukan secara terpadu/terintegrasi\nc. Jika sebagian kecil pelayanan sudah dilakukan secara terpadu/terintegrasi\nd. Jika tidak ada pelayanan yang dilakukan secara terpadu/terintegrasi',
      ),
      item(
        'P.6.ii.f',
        112,
        'ABCDE',
        'Terdapat inovasi pelayanan',
        'a. Jika unit kerja telah memiliki inovasi pelayanan yang berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat serta telah direplikasi\nb. Jika unit kerja telah memiliki inovasi pelayanan yang berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat\nc. Jika unit kerja memiliki inovasi yang merupakan replikasi dan pengembangan dari inovasi yang sudah ada \nd. Jika unit kerja telah memiliki inovasi akan tetapi merupakan pelaksanaan inovasi dari instansi pemerintah \ne. Jika unit kerja belum memiliki inovasi pelayanan',
      ),
    ]),
    subArea('P.6.iii', 113, 'Pengelolaan Pengaduan', 1, [
      item(
        'P.6.iii.a',
        114,
        'ABCDE',
        'Terdapat media pengaduan dan konsultasi pelayanan yang terintegrasi dengan SP4N-Lapor!',
        'a. Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani, dan terintegrasi dengan SP4N-LAPOR!\nb. Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani namun belum terintegrasi dengan SP4N-LAPOR!\nc. Terdapat media konsultasi dan pengaduan secara offline dan online, namun belum tersedia petugas khusus yang menangani\nd. Hanya terdapat media konsultasi dan pengaduan secara offline\ne. Tidak terdapat media konsultasi dan pengaduan',
      ),
      item(
        'P.6.iii.b',
        115,
        'ABC',
        'Terdapat unit yang mengelola pengaduan dan konsultasi pelayanan',
        'a. Terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta surat penugasan pengelola SP4N-LAPOR! di level unit kerja\nb. Terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja, namun unit pengelola khusus untuk konsultasi dan pengaduan belum ada\nc. Belum terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta belum terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja',
      ),
      item(
        'P.6.iii.c',
        116,
        'ABC',
        'Telah dilakukan evaluasi atas penanganan keluhan/masukan dan konsultasi',
        'a. Evaluasi atas penanganan keluhan/masukan dan konsultasi dilakukan secara berkala\nb. Evaluasi atas penanganan keluhan/masukan dan konsultasi dilakukan tidak berkala\nc. Belum dilakukan evaluasi penanganan keluhan/masukan dan konsultasi',
      ),
    ]),
    subArea('P.6.iv', 117, 'Penilaian Kepuasan terhadap Pelayanan', 1, [
      item(
        'P.6.iv.a',
        118,
        'ABCDE',
        'Telah dilakukan survey kepuasan masyarakat terhadap pelayanan',
        'a. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 4 kali dalam setahun\nb. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 3 kali dalam setahun\nc. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 2 kali dalam setahun\nd. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 1 kali dalam setahun\ne. Belum dilakukan survei kepuasan masyarakat terhadap pelayanan',
      ),
      item(
        'P.6.iv.b',
        119,
        'ABC',
        'Hasil survei kepuasan masyarakat dapat diakses secara terbuka',
        'a. Hasil survei kepuasan masyarakat dapat diakses secara online (website, media sosial, dll) dan offline\nb. Hasil survei kepuasan masyarakat hanya dapat diakses secara offline di tempat layanan\nc. Hasil survei kepuasan masyarakat tidak dipublikasi',
      ),
      item(
        'P.6.iv.c',
        120,
        'ABCD',
        'Dilakukan tindak lanjut atas hasil survei kepuasan masyarakat',
        'a. Jika dilakukan tindak lanjut atas seluruh hasil survei kepuasan masyarakat\nb. Jika dilakukan tindak lanjut atas sebagian besar hasil survei kepuasan masyarakat\nc. Jika dilakukan tindak lanjut atas sebagian kecil hasil survei kepuasan masyarakat\nd. Jika belum dilakukan tindak lanjut atas hasil survei kepuasan masyarakat',
      ),
    ]),
    subArea('P.6.v', 121, 'Pemanfaatan Teknologi Informasi', 1, [
      item(
        'P.6.v.a',
        122,
        'ABCD',
        'Telah menerapkan teknologi informasi dalam memberikan pelayanan',
        'a. Terdapat pelayanan yang menggunakan teknologi informasi pada seluruh proses pemberian layanan\nb. Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian besar proses pemberian layanan\nc. Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian kecil proses pemberian layanan\nd. Terdapat pelayanan yang belum menggunakan teknologi informasi pada proses pemberian pelayanan',
      ),
      item(
        'P.6.v.c',
        123,
        'YA_TIDAK',
        'Telah membangun database pelayanan yang terintegrasi',
        'Ya,jika tela membangun database pelayanan yang terintegrasi',
      ),
      item(
        'P.6.v.b',
        124,
        'ABC',
        'Telah dilakukan perbaikan secara terus menerus',
        'a. Perbaikan dilakukan secara terus-menerus\nb. Perbaikan dilakukan tidak secara terus menerus\nc. Belum dilakukan perbaikan',
      ),
    ]),
  ]),
]);

// REFORM
const reform: NodeDefinition = subComponent('R', 125, 'Reform', 30, [
  area('R.1', 126, 'Manajemen Perubahan', 4, [
    subArea('R.1.i', 127, 'Komitmen dalam perubahan', 2, [
      percent(
        'R.1.i.a',
        128,
        'Agen perubahan telah membuat perubahan yang konkret di Instansi (dalam 1 tahun)',
        'Misalkan dengan kebijakan 1 Agen 1 Perubahan Persentase diperoleh dari Jumlah Perubahan yang dibuat dibagi dengan Jumlah Agen Perubahan',
        [
          ['agen', 'Jumlah Agen Perubahan', 129],
          ['perubahan', 'Jumlah Perubahan yang dibuat', 130],
        ],
        { kind: 'ratio', numerator: ['perubahan'], denominator: ['agen'] },
      ),
      percent(
        'R.1.i.b',
        131,
        'Perubahan yang dibuat Agen Perubahan telah terintegrasi dalam sistem manajemen',
        null,
        [
          ['perubahan', 'Jumlah Perubahan yang dibuat', 132],
          ['terintegrasi', 'Jumlah Perubahan yang telah diintegrasikan dalam sistem manajemen', 133],
        ],
        { kind: 'ratio', numerator: ['terintegrasi'], denominator: ['perubahan'] },
      ),
    ]),
    subArea('R.1.ii', 134, 'Komitmen Pimpinan', 1, [
      item(
        'R.1.ii.a',
        135,
        'ABCDE',
        'Pimpinan memiliki komitmen terhadap pelaksanaan reformasi birokrasi, dengan adanya target capaian reformasi yang jelas di dokumen perencanaan',
        'a. Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian besar (diatas 80%) sudah tercapai\nb. Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian (diatas 50%) sudah tercapai\nc. Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian kecil (dibawah 50%) sudah tercapai\nd. Target capaian zona integritassudah ada di dokumen perencanaan unit kerja, namun belum ada yang tercapai (masih dalam tahap pembangunan)\ne. Tidak ada target capaian zona integritasdi dokumen perencanaan unit kerja',
      ),
    ]),
    subArea('R.1.iii', 136, 'Membangun Budaya Kerja', 1, [
      item(
        'R.1.iii.a',
        137,
        'ABCD',
        'Instansi membangun budaya kerja positif dan menerapkan nilai-nilai organisasi dalam pelaksanaan tugas sehari-hari',
        'a. Budaya kerja dan nilai-nilai organisasi telah dinternalisasi ke seluruh anggota organisasi, dan penerapannya dituangkan dalam standar operasional pelaksanaan kegiatan/tugas \nb. Budaya kerja dan nilai-nilai organisasi telah dinternalisasi ke seluruh anggota organisasi, namun belum dituangkan dalam standar operasional pelaksanaan kegiatan/tugas\nc. Budaya kerja dan nilai-nilai organisasi telah disusun, namun belum dinternalisasi ke seluruh anggota organisasi\nd. Belum menyusun budaya kerja dan nilai-nilai organisasi',
      ),
    ]),
  ]),
  area('R.2', 138, 'Penataan Tatalaksana', 3.5, [
    subArea('R.2.i', 139, 'Peta Proses Bisnis Mempengaruhi Penyederhanaan Jabatan', 0.5, [
      item(
        'R.2.i.a',
        140,
        'ABCD',
        'Telah disusun peta proses bisnis dengan adanya penyederhanaan jabatan',
        'a. Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan seluruh jabatan\nb. Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan sebagian besar (lebih dari 50%) jabatan\nc. Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan sebagian kecil (kurang dari 50%) jabatan\nd. Peta proses bisnis telah disusun dan belum mempengaruhi penyederhanaan jabatan',
      ),
    ]),
    subArea('R.2.ii', 141, 'Sistem Pemerintahan Berbasis Elektronik (SPBE) yang Terintegrasi', 1, [
      item(
        'R.2.ii.a',
        142,
        'ABC',
        'Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien',
        'a. Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien \nb. Implementasi SPBE telah mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien, namun belum terintegrasi (parsial)\nc. Implementasi SPBE belum mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien',
      ),
      item(
        'R.2.ii.b',
        143,
        'ABC',
        'Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan internal organisasi yang lebih cepat dan efisien',
        'a. Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien \nb. Implementasi SPBE telah mampu mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien, namun belum terintegrasi (parsial)\nc. Implementasi SPBE belum mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien',
      ),
    ]),
    subArea('R.2.iii', 144, 'Transformasi Digital Memberikan Nilai Manfaat', 2, [
      item(
        'R.2.iii.a',
        145,
        'ABCDE',
        'Transformasi digital pada bidang proses bisnis utama telah mampu memberikan nilai manfaat bagi unit kerja secara optimal',
        'a. Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang proses bisnis utama bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan\nb. Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak\nc. Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak\nd. Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang proses bisnis utama\ne. Sasaran dan target manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah direncanakan, didefinisikan, dan ditetapkan',
      ),
      item(
        'R.2.iii.b',
        146,
        'ABCDE',
        'Transformasi digital pada bidang administrasi pemerintahan telah mampu memberikan nilai manfaat bagi unit kerja secara optimal',
        'a. Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan\nb. Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak\nc. Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak\nd. Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan\ne. Sasaran dan target manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah direncanakan, didefinisikan, dan ditetapkan',
      ),
      item(
        'R.2.iii.c',
        147,
        'ABCDE',
        'Transformasi digital pada bidang pelayanan publik telah mampu memberikan nilai manfaat bagi unit kerja secara optimal',
        'a. Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang pelayanan publik bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan\nb. Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak\nc. Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak\nd. Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang pelayanan publik\ne. Sasaran dan target manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah direncanakan, didefinisikan, dan ditetapkan',
      ),
    ]),
  ]),
  area('R.3', 148, 'Penataan Sistem Manajemen SDM Aparatur', 5, [
    subArea('R.3.i', 149, 'Kinerja Individu', 1.5, [
      item(
        'R.3.i.a',
        150,
        'ABC',
        'Ukuran kinerja individu telah berorientasi hasil (outcome) sesuai pada levelnya',
        'a. Seluruh ukuran kinerja individu telah berorientasi hasil (outcome) sesuai pada levelnya\nb. Sebagian ukuran kinerja individu telah berorientasi hasil (outcome) sesuai pada levelnya\nc. Tidak ada ukuran kinerja individu yang berorientasi hasil (outcome)',
      ),
    ]),
    subArea('R.3.ii', 151, 'Assessment Pegawai', 1.5, [
      item(
        'R.3.ii.a',
        152,
        'ABC',
        'Hasil assement telah dijadikan pertimbangan untuk mutasi dan pengembangan karir pegawai',
        'a. Seluruh hasil assessment dijadikan dasar mutasi internal dan pengembangan kompetensi pegawai\nb. Hasil assessment belum seluruhnya dijadikan mutasi internal dan pengembangan kompetensi pegawai\nc. Hasil assessment belum dijadikan dasar mutasi internal dan pengembangan kompetensi pegawai',
      ),
    ]),
    subArea('R.3.iii', 153, 'Pelanggaran Disiplin Pegawai', 2, [
      percent(
        'R.3.iii.a',
        154,
        'Penurunan pelanggaran disiplin pegawai',
        'Persentase pernurunan pelanggaran disiplin pegawai diperoleh dari Jumlah pelanggaran tahun sebelumnya dikurangi Jumlah pelanggaran tahun ini kemudian dibagi dengan Jumlah pelanggaran tahun sebelumnya',
        [
          ['tahunLalu', 'Jumlah pelanggaran tahun sebelumnya', 155],
          ['tahunIni', 'Jumlah pelanggaran tahun ini', 156],
          ['disanksi', 'Jumlah pelanggaran yang telah diberikan sanksi/hukuman', 157],
        ],
        { kind: 'decrease', previous: 'tahunLalu', current: 'tahunIni' },
      ),
    ]),
  ]),
  area('R.4', 158, 'Penguatan Akuntabilitas', 5, [
    subArea('R.4.i', 159, 'Meningkatnya capaian kinerja unit kerja', 2, [
      percent(
        'R.4.i.a',
        160,
        'Persentase Sasaran dengan capaian 100% atau lebih',
        'Persentase diperoleh dari Jumlah Sasaran Kinerja yang tercapai 100% atau lebih dibagi dengan Jumlah Sasaran Kinerja',
        [
          ['sasaran', 'Jumlah Sasaran Kinerja', 161],
          ['tercapai', 'Jumlah Sasaran Kinerja yang tercapai 100% atau lebih', 162],
        ],
        { kind: 'ratio', numerator: ['tercapai'], denominator: ['sasaran'] },
      ),
    ]),
    subArea('R.4.ii', 163, 'Pemberian Reward and Punishment', 1.5, [
      item(
        'R.4.ii.a',
        164,
        'ABCD',
        'Hasil Capaian/Monitoring Perjanjian Kinerja telah dijadikan dasar sebagai pemberian reward and punishment bagi organisasi',
        'a. Seluruh capaian kinerja (Perjanjian Kinerja) merupakan unsur dalam pemberian reward and punishment\nb. Sebagian besar Capaian Kinerja (lebih dari 50% Perjanjian kinerja) merupakan unsur dalam pemberian reward and punishment\nc. Sebagian kecil Capaian Kinerja (kurang dari 50% Perjanjian kinerja) merupakan unsur dalam pemberian reward and punishment\nd. Capaian Kinerja (Perjanjian kinerja) belum menjadi unsur dalam pemberian reward and punishment',
      ),
    ]),
    subArea('R.4.iii', 165, 'Kerangka Logis Kinerja', 1.5, [
      item(
        'R.4.iii.a',
        166,
        'ABCD',
        'Apakah terdapat penjenjangan kinerja ((Kerangka Logis Kinerja) yang mengacu pada kinerja utama organisasi dan dijadikan dalam penentuan kinerja seluruh pegawai?',
        'a. terdapat Kerangka Logis kinerja yang mengacu pada kinerja utama organisasi dan digunakan dalam penjabaran kinerja seluruh pegawai\nb. terdapat Kerangka Logis kinerja yang mengacu pada kinerja utama organisasi namun belum digunakan dalam penjabaran kinerja seluruh pegawai\nc. Kerangka Logis kinerja ada namun belum mengacu pada kinerja utama organisasi dan belum digunakan dalam penjabaran kinerja seluruh pegawai\nd. Kerangka Logis kinerja belum ada',
      ),
    ]),
  ]),
  area('R.5', 167, 'Penguatan Pengawasan', 7.5, [
    subArea('R.5.i', 168, 'Mekanisme Pengendalian', 2.5, [
      item(
        'R.5.i.a',
        169,
        'ABCDE',
        'Telah dilakukan mekanisme pengendalian aktivitas secara berjenjang',
        'a. Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas serta pimpinan unit kerja dan telah menghasilkan peningkatan kinerja, mekanise kerja baru yang lebih efektif, efisien, dan terkendali\nb. Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas serta pimpinan unit kerja namun belum berdampak pada peningkatan kinerja unit kerja\nc.Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas\nd. Terdapat pengendalian aktivitas utama organisasi tetapi tidak tersistem\ne. Tidak terdapat pengendalian atas aktivitas utama organisasi',
      ),
    ]),
    subArea('R.5.ii', 170, 'Penanganan Pengaduan Masyarakat', 3, [
      percent(
        'R.5.ii.a',
        171,
        'Persentase penanganan pengaduan masyarakat',
        'Penilaian ini menghitung realisasi penanganan pengaduan masyarakat yang harus diselesaikan',
        [
          ['harus', 'Jumlah pengaduan masyarakat yang harus ditindaklanjuti', 172],
          ['diproses', 'Jumlah pengaduan masyarakat yang sedang diproses', 173],
          ['selesai', 'Jumlah pengaduan masyarakat yang selesai ditindaklanjuti', 174],
        ],
        { kind: 'ratio', numerator: ['selesai'], denominator: ['harus'] },
      ),
    ]),
    subArea('R.5.iii', 175, 'Penyampaian Laporan Harta Kekayaan', 2, [
      subArea('R.5.iii.1', 176, 'Penyampaian Laporan Harta Kekayaan Pejabat Negara (LHKPN)', 1, [
        percent(
          'R.5.iii.1.a',
          177,
          'Persentase penyampaian LHKPN',
          'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam: \n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE MenPANRB No. SE/03/M.PAN/01/2005',
          [
            ['kepala', 'Kepala satuan kerja', 179],
            ['pejabat', 'Pejabat yang diwajibkan menyampaikan LHKPN', 180],
            ['lainnya', 'Lainnya', 181],
            ['melapor', 'Jumlah yang sudah melaporkan', 182],
          ],
          {
            kind: 'ratio',
            numerator: ['melapor'],
            denominator: ['kepala', 'pejabat', 'lainnya'],
            denominatorRow: 178,
          },
        ),
      ]),
      subArea('R.5.iii.2', 183, 'Penyampaian Laporan Harta Kekayaan Aparatur Sipil Negara (LHKASN)', 1, [
        percent(
          'R.5.iii.2.a',
          184,
          'Persentase penyampaian LHKASN',
          'Penyampaian LHKASN diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. SE MenPANRB No. 1 Tahun 2015',
          [
            ['eselon3', 'Pejabat administrator (eselon III)', 186],
            ['eselon4', 'Pejabat Penawas (eselon IV)', 187],
            ['fungsional', 'Jumlah Fungsional dan Pelaksana', 188],
            ['melapor', 'Jumlah yang sudah melaporkan', 189],
          ],
          {
            kind: 'ratio',
            numerator: ['melapor'],
            denominator: ['eselon3', 'eselon4', 'fungsional'],
            denominatorRow: 185,
          },
        ),
      ]),
    ]),
  ]),
  area('R.6', 190, 'Peningkatan Kualitas Pelayanan Publik', 5, [
    subArea('R.6.i', 191, 'Upaya dan/atau Inovasi Pelayanan Publik', 2.5, [
      item(
        'R.6.i.a',
        192,
        'ABCD',
        'Upaya dan/atau inovasi telah mendorong perbaikan pelayanan publik pada:\n1. Kesesuaian Persyaratan\n2. Kemudahan Sistem, Mekanisme, dan Prosedur\n3. Kecepatan Waktu Penyelesaian\n4. Kejelasan Biaya/Tarif, Gratis\n5. Kualitas Produk Spesifikasi Jenis Pelayanan\n6. Kompetensi Pelaksana/Web\n7. Perilaku Pelaksana/Web\n8. Kualitas Sarana dan prasarana\n9. Penanganan Pengaduan, Saran dan Masukan',
        'a. Upaya dan/atau inovasi yang dilakukan telah mendorong perbaikan seluruh pelayanan publik yang prima (lebih Cepat dan mudah) \nb. Upaya dan/atau inovasi yang dilakukan belum seluruhnya memberikan dampak pada perbaikan pelayanan public yang prima (Cepat dan mudah) \nc. Upaya dan/atau inovasi yang dilakukan belum sesuai kebutuhan \nd. Belum ada inovasi',
      ),
      percent(
        'R.6.i.b',
        193,
        'Upaya dan/atau inovasi pada perijinan/pelayanan telah dipermudah:\n1. Waktu lebih cepat\n2. Pelayanan Publik yang terpadu\n3. Alur lebih pendek/singkat\n4 Terintegrasi dengan aplikasi',
        'Persentase diperoleh dari Jumlah perijinan/pelayanan yang telah dipermudah dibagi dengan Jumlah perijinan/pelayanan yang terdata/terdaftar',
        [
          ['terdata', 'Jumlah perijinan/pelayanan yang terdata/terdaftar', 194],
          ['dipermudah', 'Jumlah perijinan/pelayanan yang telah dipermudah', 195],
        ],
        { kind: 'ratio', numerator: ['dipermudah'], denominator: ['terdata'] },
      ),
    ]),
    subArea('R.6.ii', 196, 'Penanganan Pengaduan Pelayanan dan Konsultasi', 2.5, [
      item(
        'R.6.ii.a',
        197,
        'ABCD',
        'Penanganan pengaduan pelayanan dilakukan melalui berbagai kanal/media secara responsive dan bertanggung jawab',
        'a. Pengaduan pelayanan dan konsultasi telah direspon dengan cepat melalui berbagai kanal/media\nb. Pengaduan pelayanan dan konsultasi telah direspon dengan cepat melalui kanal/media yang terbatas\nc. Pengaduan pelayanan dan konsultasi direspon lambat melalui berbagai kanal/media\nd. Pengaduan pelayanan dan konsultasi direspon lambat dan kanal/media terbatas',
      ),
    ]),
  ]),
]);

const hasil: NodeDefinition = component('HASIL', 200, 'Hasil', 40, [
  subComponent('H.I', 201, 'Birokrasi yang Bersih dan Akuntabel', 22.5, [
    weighted(
      survey(
        'H.I.a',
        202,
        'Nilai Survey Persepsi Korupsi (Survei Eksternal)',
        'Diisi dengan nilai hasil Survei Eksternal atas Persepsi Anti Korupsi (Indeks Persepsi Anti Korupsi / IPAK)',
      ),
      17.5,
    ),
    weighted(
      item(
        'H.I.b',
        203,
        'ABCDE',
        'Capaian Kinerja Lebih Baik dari pada Capaian Kinerja Sebelumnya',
        CAPAIAN_KINERJA_CRITERIA,
      ),
      5,
    ),
  ]),
  subComponent('H.II', 204, 'Pelayanan Publik yang Prima', 17.5, [
    weighted(
      survey(
        'H.II.a',
        205,
        'Nilai Persepsi Kualitas Pelayanan (Survei Eksternal)',
        'Diisi dengan Nilai Hasil Survei Eksternal Kualitas Pelayanan (Indeks Persepsi Kualitas Pelayanan Publik / IPKP)',
      ),
      17.5,
    ),
  ]),
]);

/** Tabel 6: every criterion must hold. [key, label, what it measures, WBK minimum, WBBM minimum] */
const tabel6: [key: string, label: string, measure: Measure, wbk: number, wbbm: number][] = [
  ['total', 'Nilai total', { kind: 'total' }, 75, 85],
  ['pengungkit', 'Komponen pengungkit', { kind: 'node', code: 'PENGUNGKIT' }, 40, 48],
  // A fraction of each area's combined Pemenuhan + Reform weight.
  ['area', 'Setiap area pengungkit', { kind: 'areas' }, 0.6, 0.75],
  ['bersih', 'Birokrasi bersih dan akuntabel', { kind: 'node', code: 'H.I' }, 18.25, 19.5],
  ['ipak', 'Survei persepsi anti korupsi (IPAK)', { kind: 'item', code: 'H.I.a' }, 15.75, 15.75],
  ['kinerja', 'Capaian kinerja', { kind: 'item', code: 'H.I.b' }, 2.5, 3.75],
  ['prima', 'Pelayanan publik yang prima', { kind: 'node', code: 'H.II' }, 14, 15.75],
];

/** Tabel 5 as amended by PermenPANRB 5/2024; WBK and WBBM differ only in the grades they require. */
function tabel5(grades: {
  sakip: Grade;
  indeksRb: { pemda: Grade; kl: Grade };
  unitSakip: Grade;
}): PrerequisiteRule {
  return {
    agency: { bpkOpinions: ['WTP'], minSakip: grades.sakip, minIndeksRb: grades.indeksRb, minSpipLevel: 3 },
    unit: {
      coreService: true,
      minTlhpCompletion: 1,
      minLhkpnCompliance: 100,
      minLhkasnCompliance: 100,
      minZiYears: 1,
      minUnitSakip: grades.unitSakip,
    },
    afirmasi: true,
  };
}

export const permenpanrb90of2021: InstrumentDefinition = {
  code: 'PERMENPANRB-90-2021',
  title: 'Lembar Kerja Evaluasi Zona Integritas (PermenPANRB 90/2021)',
  regulation: 'Peraturan Menteri PANRB Nomor 90 Tahun 2021, Lampiran III',
  description:
    'Pengungkit 60 (Pemenuhan 30 + Reform 30) and Hasil 40 (IPAK survey, capaian kinerja, IPKP survey). ' +
    'Reform 5.iii counts LHKPN and LHKASN one point each (the official workbook averages LHKPN twice), and both ' +
    'denominators are the sums of their sub-inputs.',
  validFromYear: 2022,
  components: [component('PENGUNGKIT', 4, 'Pengungkit', 60, [pemenuhan, reform]), hasil],
  headlines: { pengungkit: 'PENGUNGKIT', hasil: 'HASIL', pemenuhan: 'P', reform: 'R' },
  surveyItems: { IPAK: 'H.I.a', IPKP: 'H.II.a' },
  areaGroups: [
    { key: 'MP', name: 'Manajemen Perubahan', nodes: ['P.1', 'R.1'] },
    { key: 'TL', name: 'Penataan Tatalaksana', nodes: ['P.2', 'R.2'] },
    { key: 'SDM', name: 'Penataan Sistem Manajemen SDM Aparatur', nodes: ['P.3', 'R.3'] },
    { key: 'AK', name: 'Penguatan Akuntabilitas', nodes: ['P.4', 'R.4'] },
    { key: 'PW', name: 'Penguatan Pengawasan', nodes: ['P.5', 'R.5'] },
    { key: 'PP', name: 'Peningkatan Kualitas Pelayanan Publik', nodes: ['P.6', 'R.6'] },
  ],
  predicates: {
    WBK: { criteria: tabel6.map(([key, label, measure, wbk]) => ({ key, label, measure, min: wbk })) },
    WBBM: {
      requiresHeld: 'WBK',
      criteria: tabel6.map(([key, label, measure, , wbbm]) => ({ key, label, measure, min: wbbm })),
    },
  },
  prerequisites: {
    WBK: tabel5({ sakip: 'B', indeksRb: { pemda: 'CC', kl: 'B' }, unitSakip: 'B' }),
    WBBM: tabel5({ sakip: 'BB', indeksRb: { pemda: 'B', kl: 'BB' }, unitSakip: 'BB' }),
  },
};
