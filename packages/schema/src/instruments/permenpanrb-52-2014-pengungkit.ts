import type { NodeDefinition } from '../instrument.ts';

/**
 * The 2014 worksheet's pengungkit areas, frozen as data. The 2014 item list is not public in full;
 * PermenPANRB 90/2021 says its Pemenuhan side carries the old worksheet forward, so these are the 2021
 * Pemenuhan items regrouped under the 2014 area weights (sub-area weights scaled in proportion), with
 * E-Office in place of SPBE. They were derived once and are kept here as written, so that a later change to
 * the 2021 instrument can never change an instrument evaluations were scored on.
 */
export const pengungkit2014: NodeDefinition[] = [
  {
    code: 'P.1',
    name: 'Manajemen Perubahan',
    level: 'AREA',
    weight: 5,
    children: [
      {
        code: 'P.1.i',
        name: 'Penyusunan Tim Kerja',
        level: 'SUB_AREA',
        weight: 0.625,
        items: [
          {
            code: 'P.1.i.a',
            question: 'Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas',
            criteria: 'Ya, jika Tim telah dibentuk di dalam unit kerja.',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.1.i.b',
            question: 'Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas',
            criteria:
              'a. Jika dengan prosedur/mekanisme yang jelas dan mewakili seluruh unsur dalam unit kerja\nb. Jika sebagian menggunakan prosedur yang mewakili sebagian besar unsur dalam unit kerja\nc. Jika tidak di seleksi.',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika dengan prosedur/mekanisme yang jelas dan mewakili seluruh unsur dalam unit kerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika sebagian menggunakan prosedur yang mewakili sebagian besar unsur dalam unit kerja',
              },
              { label: 'C', value: 0, meaning: 'Jika tidak di seleksi.' },
            ],
          },
        ],
      },
      {
        code: 'P.1.ii',
        name: 'Rencana Pembangunan Zona Integritas',
        level: 'SUB_AREA',
        weight: 1.25,
        items: [
          {
            code: 'P.1.ii.a',
            question: 'Terdapat dokumen rencana kerja pembangunan Zona Integritas menuju WBK/WBBM',
            criteria: 'Ya, jika memiliki rencana kerja pembangunan Zona Integritas.',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.1.ii.b',
            question:
              'Dalam dokumen pembangunan terdapat target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM',
            criteria:
              'a. Jika semua target-target prioritas relevan dengan tujuanpembangunan WBK/WBBM\nb. Jika sebagian target-target prioritas relevan dengan tujuan pembangunan WBK/WBBM\nc. Jika tidak ada target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika semua target-target prioritas relevan dengan tujuanpembangunan WBK/WBBM',
              },
              {
                label: 'B',
                value: 0.5,
                meaning: 'Jika sebagian target-target prioritas relevan dengan tujuan pembangunan WBK/WBBM',
              },
              {
                label: 'C',
                value: 0,
                meaning:
                  'Jika tidak ada target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM',
              },
            ],
          },
          {
            code: 'P.1.ii.c',
            question: 'Terdapat mekanisme atau media untuk mensosialisasikan pembangunan WBK/WBBM',
            criteria:
              'a. Jika telah dilakukan pengelolaan media/aktivitas interaktif yang efektif untuk menginformasikan pembangunan ZI kepada internal dan stakeholder secara berkala\nb. Jika pengelolaan media/aktivitas interaktif dilakukan secara terbatas dan tidak secara berkala\nc. Jika pengelolaan media/aktivitas interaktif belum dilakukan',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika telah dilakukan pengelolaan media/aktivitas interaktif yang efektif untuk menginformasikan pembangunan ZI kepada internal dan stakeholder secara berkala',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika pengelolaan media/aktivitas interaktif dilakukan secara terbatas dan tidak secara berkala',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika pengelolaan media/aktivitas interaktif belum dilakukan',
              },
            ],
          },
        ],
      },
      {
        code: 'P.1.iii',
        name: 'Pemantauan dan Evaluasi Pembangunan WBK/WBBM',
        level: 'SUB_AREA',
        weight: 1.25,
        items: [
          {
            code: 'P.1.iii.a',
            question: 'Seluruh kegiatan pembangunan sudah dilaksanakan sesuai dengan rencana',
            criteria:
              'a. Jika semua kegiatan pembangunan telah dilaksanakan sesuai dengan rencana\nb. Jika sebagian besar kegiatan pembangunan telah dilaksanakan sesuai dengan rencana\nc. Jika sebagian kecil kegiatan pembangunan telah dilaksanakan sesuai dengan rencana\nd. Jika belum ada kegiatan pembangunan yang dilakukan sesuai dengan rencana',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika semua kegiatan pembangunan telah dilaksanakan sesuai dengan rencana',
              },
              {
                label: 'B',
                value: 0.67,
                meaning: 'Jika sebagian besar kegiatan pembangunan telah dilaksanakan sesuai dengan rencana',
              },
              {
                label: 'C',
                value: 0.33,
                meaning: 'Jika sebagian kecil kegiatan pembangunan telah dilaksanakan sesuai dengan rencana',
              },
              {
                label: 'D',
                value: 0,
                meaning: 'Jika belum ada kegiatan pembangunan yang dilakukan sesuai dengan rencana',
              },
            ],
          },
          {
            code: 'P.1.iii.b',
            question: 'Terdapat monitoring dan evaluasi terhadap pembangunan Zona Integritas',
            criteria:
              'a. Jika monitoring dan evaluasi melibatkan pimpinan dan dilakukan secara berkala\nb. Jika monitoring dan evaluasi melibatkan pimpinan tetapi tidak secara berkala\nc. Jika monitoring dan evaluasi tidak melibatkan pimpinan dan tidak secara berkala\nd. Jika tidak terdapat monitoring dan evaluasi terhadap pembangunan zona integritas',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika monitoring dan evaluasi melibatkan pimpinan dan dilakukan secara berkala',
              },
              {
                label: 'B',
                value: 0.67,
                meaning: 'Jika monitoring dan evaluasi melibatkan pimpinan tetapi tidak secara berkala',
              },
              {
                label: 'C',
                value: 0.33,
                meaning: 'Jika monitoring dan evaluasi tidak melibatkan pimpinan dan tidak secara berkala',
              },
              {
                label: 'D',
                value: 0,
                meaning: 'Jika tidak terdapat monitoring dan evaluasi terhadap pembangunan zona integritas',
              },
            ],
          },
          {
            code: 'P.1.iii.c',
            question: 'Hasil Monitoring dan Evaluasi telah ditindaklanjuti',
            criteria:
              'a. Jika semua catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti\nb. Jika sebagian besar catatan/rekomendasi hasil monitoring danevaluasi tim internal atas persiapan dan pelaksanaan kegiatanUnit WBK/WBBM telah ditindaklanjuti\nc. Jika sebagian kecil catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti\nd. Jika catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM belum ditindaklanjuti',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika semua catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika sebagian besar catatan/rekomendasi hasil monitoring danevaluasi tim internal atas persiapan dan pelaksanaan kegiatanUnit WBK/WBBM telah ditindaklanjuti',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika sebagian kecil catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Jika catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM belum ditindaklanjuti',
              },
            ],
          },
        ],
      },
      {
        code: 'P.1.iv',
        name: 'Perubahan pola pikir dan budaya kerja',
        level: 'SUB_AREA',
        weight: 1.875,
        items: [
          {
            code: 'P.1.iv.a',
            question: 'Pimpinan berperan sebagai role model dalam pelaksanaan Pembangunan WBK/WBBM',
            criteria: 'ya, jika pimpinan menjadi contoh pelaksanaan nilai-nilai organisasi.',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.1.iv.b',
            question: 'Sudah ditetapkan agen perubahan',
            criteria:
              'a. Jika agen perubahan telah ditetapkan dan berkontribusi terhadap perubahan pada unit kerjanya\nb. Jika agen perubahan telah ditetapkan namun belum berkontribusi terhadap perubahan pada unit kerjanya\nc. Jika belum terdapat agen perubahan',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika agen perubahan telah ditetapkan dan berkontribusi terhadap perubahan pada unit kerjanya',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika agen perubahan telah ditetapkan namun belum berkontribusi terhadap perubahan pada unit kerjanya',
              },
              { label: 'C', value: 0, meaning: 'Jika belum terdapat agen perubahan' },
            ],
          },
          {
            code: 'P.1.iv.c',
            question: 'Telah dibangun budaya kerja dan pola pikir di lingkungan organisasi',
            criteria:
              'a. Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir dan mampu mengurangi resistensi atas perubahan\nb. Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir tapi masih terdapat resistensi atas perubahan\nc. Jika belum terdapat upaya pembangunan budaya kerja dan pola pikir',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir dan mampu mengurangi resistensi atas perubahan',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir tapi masih terdapat resistensi atas perubahan',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika belum terdapat upaya pembangunan budaya kerja dan pola pikir',
              },
            ],
          },
          {
            code: 'P.1.iv.d',
            question: 'Anggota organisasi terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
            criteria:
              'a. Jika semua anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM dan usulan-usulan dari anggota diakomodasikan dalam keputusan\nb. Jika sebagian besar anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM\nc. Jika sebagian kecil anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM\nd. Jika belum ada anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika semua anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM dan usulan-usulan dari anggota diakomodasikan dalam keputusan',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika sebagian besar anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika sebagian kecil anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
              },
              {
                label: 'D',
                value: 0,
                meaning: 'Jika belum ada anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    code: 'P.2',
    name: 'Penataan Tatalaksana',
    level: 'AREA',
    weight: 5,
    children: [
      {
        code: 'P.2.i',
        name: 'Prosedur Operasional Tetap (SOP) Kegiatan Utama',
        level: 'SUB_AREA',
        weight: 1.4285714285714286,
        items: [
          {
            code: 'P.2.i.a',
            question: 'SOP mengacu pada peta proses bisnis instansi',
            criteria:
              'a. Jika semua SOP unit telah mengacu peta proses bisnis dan juga melakukan inovasi yang selaras\nb. Jika semua SOP unit telah mengacu peta proses bisnis\nc. Jika sebagian SOP unit telah mengacu peta proses bisnis\nd. Jika belum terdapat SOP unit yang mengacu peta proses bisnis',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika semua SOP unit telah mengacu peta proses bisnis dan juga melakukan inovasi yang selaras',
              },
              { label: 'B', value: 0.67, meaning: 'Jika semua SOP unit telah mengacu peta proses bisnis' },
              { label: 'C', value: 0.33, meaning: 'Jika sebagian SOP unit telah mengacu peta proses bisnis' },
              {
                label: 'D',
                value: 0,
                meaning: 'Jika belum terdapat SOP unit yang mengacu peta proses bisnis',
              },
            ],
          },
          {
            code: 'P.2.i.b',
            question: 'Prosedur operasional tetap (SOP) telah diterapkan',
            criteria:
              'a. Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi dan juga melakukan inovasi pada SOP yang diterapkan\nb. Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi\nc. Jika unit telah menerapkan sebagian besar SOP yang ditetapkan organisasi\nd. Jika unit telah menerapkan sebagian kecil SOP yang ditetapkan organisasi\ne. Jika unit belum menerapkan SOP yang telah ditetapkan organisasi',
            answerType: 'ABCDE',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi dan juga melakukan inovasi pada SOP yang diterapkan',
              },
              {
                label: 'B',
                value: 0.75,
                meaning: 'Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi',
              },
              {
                label: 'C',
                value: 0.5,
                meaning: 'Jika unit telah menerapkan sebagian besar SOP yang ditetapkan organisasi',
              },
              {
                label: 'D',
                value: 0.25,
                meaning: 'Jika unit telah menerapkan sebagian kecil SOP yang ditetapkan organisasi',
              },
              {
                label: 'E',
                value: 0,
                meaning: 'Jika unit belum menerapkan SOP yang telah ditetapkan organisasi',
              },
            ],
          },
          {
            code: 'P.2.i.c',
            question: 'Prosedur operasional tetap (SOP) telah dievaluasi',
            criteria:
              'a. Jika seluruh SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP\nb. Jika sebagian besar SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP\nc. Jika sebagian besar SOP utama telah dievaluasi tetapi belum ditindaklanjuti\nd. Jika sebagian kecil SOP utama telah dievaluasi\ne. Jika SOP belum pernah dievaluasi',
            answerType: 'ABCDE',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika seluruh SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP',
              },
              {
                label: 'B',
                value: 0.75,
                meaning:
                  'Jika sebagian besar SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP',
              },
              {
                label: 'C',
                value: 0.5,
                meaning: 'Jika sebagian besar SOP utama telah dievaluasi tetapi belum ditindaklanjuti',
              },
              { label: 'D', value: 0.25, meaning: 'Jika sebagian kecil SOP utama telah dievaluasi' },
              { label: 'E', value: 0, meaning: 'Jika SOP belum pernah dievaluasi' },
            ],
          },
        ],
      },
      {
        code: 'P.2.ii',
        name: 'E-Office',
        level: 'SUB_AREA',
        weight: 2.857142857142857,
        items: [
          {
            code: 'P.2.ii.a',
            question: 'Sistem pengukuran kinerja unit sudah menggunakan teknologi informasi',
            criteria:
              'a. Jika unit memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi dan juga melakukan inovasi\nb. Jika unit memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi\nc. Jika belum memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi dan juga melakukan inovasi',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika unit memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi',
              },
              {
                label: 'C',
                value: 0,
                meaning:
                  'Jika belum memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi',
              },
            ],
          },
          {
            code: 'P.2.ii.b',
            question: 'Operasionalisasi manajemen SDM sudah menggunakan teknologi informasi',
            criteria:
              'a. Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi dan juga melakukan inovasi\nb. Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi secara terpusat\nc. Jika belum menggunakan teknologi informasi dalam operasionalisasi manajemen SDM',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi dan juga melakukan inovasi',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi secara terpusat',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika belum menggunakan teknologi informasi dalam operasionalisasi manajemen SDM',
              },
            ],
          },
          {
            code: 'P.2.ii.c',
            question: 'Pemberian pelayanan kepada publik sudah menggunakan teknologi informasi',
            criteria:
              'a. Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi terpusat/unit sendiri dan terdapat inovasi\nb. Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi secara terpusat\nc. Jika belum memberikan pelayanan kepada publik dengan menggunakan teknologi informasi',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi terpusat/unit sendiri dan terdapat inovasi',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi secara terpusat',
              },
              {
                label: 'C',
                value: 0,
                meaning:
                  'Jika belum memberikan pelayanan kepada publik dengan menggunakan teknologi informasi',
              },
            ],
          },
          {
            code: 'P.2.ii.d',
            question:
              'Telah dilakukan monitoring dan dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik',
            criteria:
              'a. Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan secara berkala\nb. Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan tetapi tidak secara berkala\nc. Jika tidak terdapat monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan secara berkala',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan tetapi tidak secara berkala',
              },
              {
                label: 'C',
                value: 0,
                meaning:
                  'Jika tidak terdapat monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik',
              },
            ],
          },
        ],
      },
      {
        code: 'P.2.iii',
        name: 'Keterbukaan Informasi Publik',
        level: 'SUB_AREA',
        weight: 0.7142857142857143,
        items: [
          {
            code: 'P.2.iii.a',
            question: 'Kebijakan tentang keterbukaan informasi publik telah diterapkan',
            criteria:
              'a. Jika sudah terdapat Pejabat Pengelola Informasi Publik (PPID) yang menyebarkan seluruh informasi yang dapat diakses secara mutakhir dan lengkap\nb. Jika sudah terdapat PPID yang menyebarkan sebagian informasi yang dapat diakses secara mutakhir dan lengkap\nc. Jika belum ada PPID dan belum melakukan penyebaran informasi publik',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika sudah terdapat Pejabat Pengelola Informasi Publik (PPID) yang menyebarkan seluruh informasi yang dapat diakses secara mutakhir dan lengkap',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika sudah terdapat PPID yang menyebarkan sebagian informasi yang dapat diakses secara mutakhir dan lengkap',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika belum ada PPID dan belum melakukan penyebaran informasi publik',
              },
            ],
          },
          {
            code: 'P.2.iii.b',
            question:
              'Telah dilakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik',
            criteria:
              'a. Jika dilakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik dan telah ditindaklanjuti\nb. Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik telah dilakukan tetapi belum ditindaklanjuti\nc. Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik belum dilakukan',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika dilakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik dan telah ditindaklanjuti',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik telah dilakukan tetapi belum ditindaklanjuti',
              },
              {
                label: 'C',
                value: 0,
                meaning:
                  'Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik belum dilakukan',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    code: 'P.3',
    name: 'Penataan Sistem Manajemen SDM Aparatur',
    level: 'AREA',
    weight: 15,
    children: [
      {
        code: 'P.3.i',
        name: 'Perencanaan Kebutuhan Pegawai sesuai dengan Kebutuhan Organisasi',
        level: 'SUB_AREA',
        weight: 0.75,
        items: [
          {
            code: 'P.3.i.a',
            question:
              'Kebutuhan pegawai yang disusun oleh unit kerja mengacu kepada peta jabatan dan hasil analisis beban kerja untuk masing-masing jabatan',
            criteria:
              'Ya, jika kebutuhan pegawai yang disusun oleh unit kerja mengacu kepada peta jabatan dan hasil analisis beban kerja untuk masing-masing jabatan.',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.3.i.b',
            question:
              'Penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
            criteria:
              'a. Jika semua penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan\nb. Jika sebagian besar penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan\nc. Jika sebagian kecil penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan\nd. Jika penempatan pegawai hasil rekrutmen murni tidak mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika semua penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika sebagian besar penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika sebagian kecil penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Jika penempatan pegawai hasil rekrutmen murni tidak mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
              },
            ],
          },
          {
            code: 'P.3.i.c',
            question:
              'Telah dilakukan monitoring dan dan evaluasi terhadap penempatan pegawai rekrutmen untuk memenuhi kebutuhan jabatan dalam organisasi telah memberikan perbaikan terhadap kinerja unit kerja',
            criteria:
              'Ya, jika sudah dilakukan monitoring dan evaluasi terhadap penempatan pegawai hasil rekrutmen untuk memenuhi kebutuhan jabatan dalam organisasi telah memberikan perbaikan terhadap kinerja unit kerja.',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
        ],
      },
      {
        code: 'P.3.ii',
        name: 'Pola Mutasi Internal',
        level: 'SUB_AREA',
        weight: 1.5,
        items: [
          {
            code: 'P.3.ii.a',
            question:
              'Dalam melakukan pengembangan karier pegawai, telah dilakukan mutasi pegawai antar jabatan',
            criteria:
              'Ya, jika dilakukan mutasi pegawai antar jabatan sebagai wujud dari pengembangan karier pegawai.',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.3.ii.b',
            question:
              'Dalam melakukan mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan',
            criteria:
              'a. Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi dan juga unit kerja memberikan pertimbangan terkait hal ini\nb. Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi\nc. Jika sebagian besar mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi\nd. Jika sebagian kecil semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi\ne. Jika mutasi pegawai antar jabatan belum memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
            answerType: 'ABCDE',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi dan juga unit kerja memberikan pertimbangan terkait hal ini',
              },
              {
                label: 'B',
                value: 0.75,
                meaning:
                  'Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
              },
              {
                label: 'C',
                value: 0.5,
                meaning:
                  'Jika sebagian besar mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
              },
              {
                label: 'D',
                value: 0.25,
                meaning:
                  'Jika sebagian kecil semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
              },
              {
                label: 'E',
                value: 0,
                meaning:
                  'Jika mutasi pegawai antar jabatan belum memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
              },
            ],
          },
          {
            code: 'P.3.ii.c',
            question:
              'Telah dilakukan monitoring dan evaluasi terhadap kegiatan mutasi yang telah dilakukan dalam kaitannya dengan perbaikan kinerja',
            criteria:
              'Ya, jika sudah dilakukan monitoring dan evaluasi terhadap kegiatan mutasi yang telah dilakukan dalam kaitannya dengan perbaikan kinerja.',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
        ],
      },
      {
        code: 'P.3.iii',
        name: 'Pengembangan Pegawai Berbasis Kompetensi',
        level: 'SUB_AREA',
        weight: 3.75,
        items: [
          {
            code: 'P.3.iii.a',
            question: 'Unit Kerja melakukan Training Need Analysis Untuk pengembangan kompetensi',
            criteria: 'Ya, jika sudah dilakukan Training Need Analysis Untuk pengembangan kompetensi.',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.3.iii.b',
            question:
              'Dalam menyusun rencana pengembangan kompetensi pegawai, telah mempertimbangkan hasil pengelolaan kinerja pegawai',
            criteria:
              'a. Jika semua rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai\nb. Jika sebagian besar rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai\nc. Jika sebagian kecil rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai\nd. Jika belum ada rencana pengembangan kompetensi pegawai yang mempertimbangkan hasil pengelolaan kinerja pegawai',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika semua rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika sebagian besar rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika sebagian kecil rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Jika belum ada rencana pengembangan kompetensi pegawai yang mempertimbangkan hasil pengelolaan kinerja pegawai',
              },
            ],
          },
          {
            code: 'P.3.iii.c',
            question:
              'Tingkat kesenjangan kompetensi pegawai yang ada dengan standar kompetensi yang ditetapkan untuk masing-masing jabatan',
            criteria:
              'a. Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar <25%\nb. Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >25%-50%\nc. Jika sebagian besar kompetensi pegawai dengan standar kompetensi yang ditetapkan untuk masing-masing jabatan >50% -75%\nd. Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >75%-100%',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar <25%',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >25%-50%',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika sebagian besar kompetensi pegawai dengan standar kompetensi yang ditetapkan untuk masing-masing jabatan >50% -75%',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >75%-100%',
              },
            ],
          },
          {
            code: 'P.3.iii.d',
            question:
              'Pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
            criteria:
              'a. Jika seluruh pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya\nb. Jika sebagian besar pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya\nc. Jika sebagian kecil pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya\nd. Jika belum ada pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika seluruh pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika sebagian besar pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika sebagian kecil pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Jika belum ada pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
              },
            ],
          },
          {
            code: 'P.3.iii.e',
            question:
              'Dalam pelaksanaan pengembangan kompetensi, unit kerja melakukan upaya pengembangan kompetensi kepada pegawai (seperti pengikutsertaan pada lembaga pelatihan, in-house training, coaching, atau mentoring)',
            criteria:
              'a. Jika unit kerja melakukan upaya pengembangan kompetensi kepada seluruh pegawai\nb. Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian besar pegawai\nc. Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian kecil pegawai\nd. Jika unit kerja belum melakukan upaya pengembangan kompetensi kepada pegawai',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika unit kerja melakukan upaya pengembangan kompetensi kepada seluruh pegawai',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian besar pegawai',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian kecil pegawai',
              },
              {
                label: 'D',
                value: 0,
                meaning: 'Jika unit kerja belum melakukan upaya pengembangan kompetensi kepada pegawai',
              },
            ],
          },
          {
            code: 'P.3.iii.f',
            question:
              'Telah dilakukan monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja',
            criteria:
              'a. Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan secara berkala\nb. Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan namun tidak secara berkala\nc. Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja belum dilakukan',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan secara berkala',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan namun tidak secara berkala',
              },
              {
                label: 'C',
                value: 0,
                meaning:
                  'Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja belum dilakukan',
              },
            ],
          },
        ],
      },
      {
        code: 'P.3.iv',
        name: 'Penetapan Kinerja Individu',
        level: 'SUB_AREA',
        weight: 6,
        items: [
          {
            code: 'P.3.iv.a',
            question: 'Terdapat penetapan kinerja individu yang terkait dengan perjanjian kinerja organisasi',
            criteria:
              'a. Jika seluruh penetapan kinerja individu terkait dengan kinerja organisasi serta perjanjian kinerja selaras dengan sasaran kinerja pegawai (SKP)\nb. Jika sebagian besar penetapan kinerja individu terkait dengan kinerja organisasi\nc. Jika sebagian kecil penetapan kinerja individu terkait dengan kinerja organisasi\nd. Jika belum ada penetapan kinerja individu terkait dengan kinerja organisasi',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika seluruh penetapan kinerja individu terkait dengan kinerja organisasi serta perjanjian kinerja selaras dengan sasaran kinerja pegawai (SKP)',
              },
              {
                label: 'B',
                value: 0.67,
                meaning: 'Jika sebagian besar penetapan kinerja individu terkait dengan kinerja organisasi',
              },
              {
                label: 'C',
                value: 0.33,
                meaning: 'Jika sebagian kecil penetapan kinerja individu terkait dengan kinerja organisasi',
              },
              {
                label: 'D',
                value: 0,
                meaning: 'Jika belum ada penetapan kinerja individu terkait dengan kinerja organisasi',
              },
            ],
          },
          {
            code: 'P.3.iv.b',
            question:
              'Ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
            criteria:
              'a. Jika seluruh ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya serta menggambarkan logic model\nb. Jika sebagian besar ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya\nc. Jika sebagian kecil ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya\nd. Jika ukuran kinerja individu belum memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika seluruh ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya serta menggambarkan logic model',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika sebagian besar ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika sebagian kecil ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Jika ukuran kinerja individu belum memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
              },
            ],
          },
          {
            code: 'P.3.iv.c',
            question: 'Pengukuran kinerja individu dilakukan secara periodik',
            criteria:
              'a. Jika pengukuran kinerja individu dilakukan secara bulanan\nb. Jika pengukuran kinerja individu dilakukan secara triwulanan\nc. Jika pengukuran kinerja individu dilakukan secara semesteran\nd. Jika pengukuran kinerja individu dilakukan secara tahunan\ne. Jika pengukuran kinerja individu belum dilakukan',
            answerType: 'ABCDE',
            options: [
              { label: 'A', value: 1, meaning: 'Jika pengukuran kinerja individu dilakukan secara bulanan' },
              {
                label: 'B',
                value: 0.75,
                meaning: 'Jika pengukuran kinerja individu dilakukan secara triwulanan',
              },
              {
                label: 'C',
                value: 0.5,
                meaning: 'Jika pengukuran kinerja individu dilakukan secara semesteran',
              },
              {
                label: 'D',
                value: 0.25,
                meaning: 'Jika pengukuran kinerja individu dilakukan secara tahunan',
              },
              { label: 'E', value: 0, meaning: 'Jika pengukuran kinerja individu belum dilakukan' },
            ],
          },
          {
            code: 'P.3.iv.d',
            question: 'Hasil penilaian kinerja individu telah dijadikan dasar untuk pemberian reward',
            criteria:
              'Ya, jika hasil hasil penilaian kinerja individu telah dijadikan dasar untuk pemberian reward (Seperti: pengembangan karir individu, atau penghargaan)',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
        ],
      },
      {
        code: 'P.3.v',
        name: 'Penegakan Aturan Disiplin/Kode Etik/Kode Perilaku Pegawai',
        level: 'SUB_AREA',
        weight: 2.25,
        items: [
          {
            code: 'P.3.v.a',
            question: 'Aturan disiplin/kode etik/kode perilaku telah dilaksanakan/diimplementasikan',
            criteria:
              'a. Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi dan juga membuat inovasi terkait aturan disiplin/kode etik/kode perilaku yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi\nc. Jika unit kerja telah mengimplementasikan sebagian aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi\nd. Jika unit kerja belum mengimplementasikan aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi dan juga membuat inovasi terkait aturan disiplin/kode etik/kode perilaku yang sesuai dengan karakteristik unit kerja',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika unit kerja telah mengimplementasikan sebagian aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Jika unit kerja belum mengimplementasikan aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi',
              },
            ],
          },
        ],
      },
      {
        code: 'P.3.vi',
        name: 'Sistem Informasi Kepegawaian',
        level: 'SUB_AREA',
        weight: 0.75,
        items: [
          {
            code: 'P.3.vi.a',
            question: 'Data informasi kepegawaian unit kerja telah dimutakhirkan secara berkala',
            criteria:
              'a. Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan dimutakhirkan setiap ada perubahan data pegawai\nb. Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan dimutakhirkan namun secara berkala\nc. Jika data informasi kepegawaian unit kerja belum dimutakhirkan',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan dimutakhirkan setiap ada perubahan data pegawai',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan dimutakhirkan namun secara berkala',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika data informasi kepegawaian unit kerja belum dimutakhirkan',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    code: 'P.4',
    name: 'Penguatan Akuntabilitas',
    level: 'AREA',
    weight: 10,
    children: [
      {
        code: 'P.4.i',
        name: 'Keterlibatan Pimpinan',
        level: 'SUB_AREA',
        weight: 5,
        items: [
          {
            code: 'P.4.i.a',
            question: 'Unit kerja telah melibatkan pimpinan secara langsung pada saat penyusunan perencanaan',
            criteria:
              'a. Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perencanaan\nb. Jika pimpinan ikut terlibat dalam sebagian tahapan penyusunan perencanaan\nc. Jika tidak ada keterlibatan pimpinan dalam penyusunan perencanaan (hanya menandatangani)',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perencanaan',
              },
              {
                label: 'B',
                value: 0.5,
                meaning: 'Jika pimpinan ikut terlibat dalam sebagian tahapan penyusunan perencanaan',
              },
              {
                label: 'C',
                value: 0,
                meaning:
                  'Jika tidak ada keterlibatan pimpinan dalam penyusunan perencanaan (hanya menandatangani)',
              },
            ],
          },
          {
            code: 'P.4.i.b',
            question:
              'Unit kerja telah melibatkan secara langsung pimpinan saat penyusunan penetapan kinerja',
            criteria:
              'a. Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perjanjian kinerja\nb. Jika pimpinan terlibat dalam sebagian tahapan penyusunan perjanjian kinerja\nc. Jika tidak ada keterlibatan pimpinan dalam penyusunan perjanjian kinerja',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perjanjian kinerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning: 'Jika pimpinan terlibat dalam sebagian tahapan penyusunan perjanjian kinerja',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika tidak ada keterlibatan pimpinan dalam penyusunan perjanjian kinerja',
              },
            ],
          },
          {
            code: 'P.4.i.c',
            question: 'Pimpinan memantau pencapaian kinerja secara berkala',
            criteria:
              'a. Jika pimpinan selalu terlibat dalam seluruh pemantauan pencapaian kinerja dan menindaklanjuti hasil pemantauan\nb. Jika pimpinan unit kerja terlibat dalam seluruh pemantauan pencapaian kinerja tetapi tidak ada tindak lanjut hasil pemantauan\nc. Jika pimpinan unit kerja terlibat dalam sebagian pemantauan pencapaian kinerja\nd. Jika tidak ada keterlibatan pimpinan dalam pemantauan pencapaian kinerja',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika pimpinan selalu terlibat dalam seluruh pemantauan pencapaian kinerja dan menindaklanjuti hasil pemantauan',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika pimpinan unit kerja terlibat dalam seluruh pemantauan pencapaian kinerja tetapi tidak ada tindak lanjut hasil pemantauan',
              },
              {
                label: 'C',
                value: 0.33,
                meaning: 'Jika pimpinan unit kerja terlibat dalam sebagian pemantauan pencapaian kinerja',
              },
              {
                label: 'D',
                value: 0,
                meaning: 'Jika tidak ada keterlibatan pimpinan dalam pemantauan pencapaian kinerja',
              },
            ],
          },
        ],
      },
      {
        code: 'P.4.ii',
        name: 'Pengelolaan Akuntabilitas Kinerja',
        level: 'SUB_AREA',
        weight: 5,
        items: [
          {
            code: 'P.4.ii.a',
            question: 'Dokumen perencanaan kinerja sudah ada',
            criteria: 'ya, jika unit kerja memiliki dokumen perencanaan kinerja lengkap',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.4.ii.b',
            question: 'Perencanaan kinerja telah berorientasi hasil',
            criteria: 'ya, jika perencanaan kinerja telah berorientasi hasil',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.4.ii.c',
            question: 'Terdapat penetapan Indikator Kinerja Utama (IKU)',
            criteria: 'ya, jika unit kerja memiliki IKU',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.4.ii.d',
            question: 'Indikator kinerja telah telah memenuhi kriteria SMART',
            criteria:
              'a. Jika seluruh indikator kinerja telah SMART\nb. Jika sebagian besar indikator kinerja telah SMART\nc. Jika sebagian kecil indikator kinerja telah SMART\nd. Jika belum ada indikator kinerja yang SMART',
            answerType: 'ABCD',
            options: [
              { label: 'A', value: 1, meaning: 'Jika seluruh indikator kinerja telah SMART' },
              { label: 'B', value: 0.67, meaning: 'Jika sebagian besar indikator kinerja telah SMART' },
              { label: 'C', value: 0.33, meaning: 'Jika sebagian kecil indikator kinerja telah SMART' },
              { label: 'D', value: 0, meaning: 'Jika belum ada indikator kinerja yang SMART' },
            ],
          },
          {
            code: 'P.4.ii.e',
            question: 'Laporan kinerja telah disusun tepat waktu',
            criteria: 'Ya, jika unit kerja telah menyusun laporan kinerja tepat waktu',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.4.ii.f',
            question: 'Laporan kinerja telah memberikan informasi tentang kinerja',
            criteria:
              'a. Jika seluruh pelaporan kinerja telah memberikan informasi tentang kinerja\nb. Jika sebagian pelaporan kinerja belum memberikan informasi tentang kinerja\nc. Jika seluruh pelaporan kinerja belum memberikan informasi tentang kinerja',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika seluruh pelaporan kinerja telah memberikan informasi tentang kinerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning: 'Jika sebagian pelaporan kinerja belum memberikan informasi tentang kinerja',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika seluruh pelaporan kinerja belum memberikan informasi tentang kinerja',
              },
            ],
          },
          {
            code: 'P.4.ii.g',
            question: 'Terdapat sistem informasi/mekanisme informasi kinerja',
            criteria: 'ya, jika terdapat sistem informasi/mekanisme informasi kinerja',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.4.ii.h',
            question:
              'Unit kerja telah berupaya meningkatkan kapasitas SDM yang menangangi akuntabilitas kinerja',
            criteria:
              'a. Jika seluruh SDM pengelola akuntabilitas kinerja kompeten\nb. Jika sebagian SDM pengelola akuntabilitas kinerja kompeten\nc. Jika seluruh SDM pengelola akuntabilitas kinerja belum ada yang kompeten',
            answerType: 'ABC',
            options: [
              { label: 'A', value: 1, meaning: 'Jika seluruh SDM pengelola akuntabilitas kinerja kompeten' },
              {
                label: 'B',
                value: 0.5,
                meaning: 'Jika sebagian SDM pengelola akuntabilitas kinerja kompeten',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika seluruh SDM pengelola akuntabilitas kinerja belum ada yang kompeten',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    code: 'P.5',
    name: 'Penguatan Pengawasan',
    level: 'AREA',
    weight: 15,
    children: [
      {
        code: 'P.5.i',
        name: 'Pengendalian Gratifikasi',
        level: 'SUB_AREA',
        weight: 3,
        items: [
          {
            code: 'P.5.i.a',
            question: 'Telah dilakukan public campaign tentang pengendalian gratifikasi',
            criteria:
              'a. Jika public campaign telah dilakukan secara berkala\nb. Jika public campaign dilakukan tidak secara berkala\nc. Jika belum dilakukan public campaign',
            answerType: 'ABC',
            options: [
              { label: 'A', value: 1, meaning: 'Jika public campaign telah dilakukan secara berkala' },
              { label: 'B', value: 0.5, meaning: 'Jika public campaign dilakukan tidak secara berkala' },
              { label: 'C', value: 0, meaning: 'Jika belum dilakukan public campaign' },
            ],
          },
          {
            code: 'P.5.i.b',
            question: 'Pengendalian gratifikasi telah diimplementasikan',
            criteria:
              'a. Jika Unit Pengendalian Gratifikasi, pengendalian gratifikasi telahmenjadi bagian dari prosedur\nb. Jika Unit Pengendalian Gratifikasi, upaya pengendalian gratifikasi telah mulai dilakukan\nc. Jika telah membentuk Unit Pengendalian Gratifikasi tetapi belum terdapat prosedur pengendalian\nd. Jika belum memiliki Unit Pengendalian Gratifikasi',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika Unit Pengendalian Gratifikasi, pengendalian gratifikasi telahmenjadi bagian dari prosedur',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika Unit Pengendalian Gratifikasi, upaya pengendalian gratifikasi telah mulai dilakukan',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika telah membentuk Unit Pengendalian Gratifikasi tetapi belum terdapat prosedur pengendalian',
              },
              { label: 'D', value: 0, meaning: 'Jika belum memiliki Unit Pengendalian Gratifikasi' },
            ],
          },
        ],
      },
      {
        code: 'P.5.ii',
        name: 'Penerapan Sistem Pengendalian Intern Pemerintah (SPIP)',
        level: 'SUB_AREA',
        weight: 3,
        items: [
          {
            code: 'P.5.ii.a',
            question: 'Telah dibangun lingkungan pengendalian',
            criteria:
              'a. Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi\nc. Jika unit kerja membangun sebagian besar lingkungan pengendalian sesuai dengan yang ditetapkan organisasi\nd. Jika unit kerja membangun sebagian kecil lingkungan pengendalian sesuai dengan yang ditetapkan organisasi\ne. Jika unit kerja belum membangun lingkungan pengendalian',
            answerType: 'ABCDE',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja',
              },
              {
                label: 'B',
                value: 0.75,
                meaning:
                  'Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi',
              },
              {
                label: 'C',
                value: 0.5,
                meaning:
                  'Jika unit kerja membangun sebagian besar lingkungan pengendalian sesuai dengan yang ditetapkan organisasi',
              },
              {
                label: 'D',
                value: 0.25,
                meaning:
                  'Jika unit kerja membangun sebagian kecil lingkungan pengendalian sesuai dengan yang ditetapkan organisasi',
              },
              { label: 'E', value: 0, meaning: 'Jika unit kerja belum membangun lingkungan pengendalian' },
            ],
          },
          {
            code: 'P.5.ii.b',
            question: 'Telah dilakukan penilaian risiko atas pelaksanaan kebijakan',
            criteria:
              'a. Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja; \nb. Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi\nc. Jika melakukan penilaian risiko atas sebagian besar pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi\nd. Jika melakukan penilaian risiko atas sebagian kecil pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi\ne. Jika unit kerja belum melakukan penilaian resiko',
            answerType: 'ABCDE',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja;',
              },
              {
                label: 'B',
                value: 0.75,
                meaning:
                  'Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi',
              },
              {
                label: 'C',
                value: 0.5,
                meaning:
                  'Jika melakukan penilaian risiko atas sebagian besar pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi',
              },
              {
                label: 'D',
                value: 0.25,
                meaning:
                  'Jika melakukan penilaian risiko atas sebagian kecil pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi',
              },
              { label: 'E', value: 0, meaning: 'Jika unit kerja belum melakukan penilaian resiko' },
            ],
          },
          {
            code: 'P.5.ii.c',
            question:
              'Telah dilakukan kegiatan pengendalian untuk meminimalisir risiko yang telah diidentifikasi',
            criteria:
              'a. Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait kegiatan pengendalian untuk meminimalisir resiko yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi\nc. Jika unit kerja belum melakukan kegiatan pengendalian untuk meminimalisir resiko',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait kegiatan pengendalian untuk meminimalisir resiko yang sesuai dengan karakteristik unit kerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika unit kerja belum melakukan kegiatan pengendalian untuk meminimalisir resiko',
              },
            ],
          },
          {
            code: 'P.5.ii.d',
            question: 'SPI telah diinformasikan dan dikomunikasikan kepada seluruh pihak terkait',
            criteria:
              'a. Jika SPI telah diinformasikan dan dikomunikasikan kepada seluruh pihak terkait\nb. Jika SPI telah diinformasikan dan dikomunikasikan kepada sebagian pihak terkait\nc. Jika SPI belum diinformasikan dan dikomunikasikan kepada pihak terkait',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika SPI telah diinformasikan dan dikomunikasikan kepada seluruh pihak terkait',
              },
              {
                label: 'B',
                value: 0.5,
                meaning: 'Jika SPI telah diinformasikan dan dikomunikasikan kepada sebagian pihak terkait',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika SPI belum diinformasikan dan dikomunikasikan kepada pihak terkait',
              },
            ],
          },
        ],
      },
      {
        code: 'P.5.iii',
        name: 'Pengaduan Masyarakat',
        level: 'SUB_AREA',
        weight: 3,
        items: [
          {
            code: 'P.5.iii.a',
            question: 'Kebijakan Pengaduan masyarakat telah diimplementasikan',
            criteria:
              'a. Jika unit kerja mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pengaduan masyarakat yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja telah mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi \nc. Jika unit kerja belum mengimplementasikan kebijakan pengaduan masyarakat',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit kerja mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pengaduan masyarakat yang sesuai dengan karakteristik unit kerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika unit kerja telah mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika unit kerja belum mengimplementasikan kebijakan pengaduan masyarakat',
              },
            ],
          },
          {
            code: 'P.5.iii.b',
            question: 'pengaduan masyarakat dtindaklanjuti',
            criteria: 'ya,pengaduan masyaakat ditindaklanjuti',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.5.iii.c',
            question: 'Telah dilakukan monitoring dan evaluasi atas penanganan pengaduan masyarakat',
            criteria:
              'a. Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi secara berkala\nb. Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi tetapi tidak secara berkala\nc. Jika penanganan pengaduan masyarakat belum di monitoring dan evaluasi',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi secara berkala',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi tetapi tidak secara berkala',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika penanganan pengaduan masyarakat belum di monitoring dan evaluasi',
              },
            ],
          },
          {
            code: 'P.5.iii.d',
            question: 'Hasil evaluasi atas penanganan pengaduan masyarakat telah ditindaklanjuti',
            criteria:
              'a. Jika seluruh hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja\nb. Jika sebagian hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja\nc. Jika hasil evaluasi atas penanganan pengaduan belum ditindaklanjuti',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika seluruh hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika sebagian hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika hasil evaluasi atas penanganan pengaduan belum ditindaklanjuti',
              },
            ],
          },
        ],
      },
      {
        code: 'P.5.iv',
        name: 'Whistle-Blowing System',
        level: 'SUB_AREA',
        weight: 3,
        items: [
          {
            code: 'P.5.iv.a',
            question: 'Whistle Blowing System telah diterapkan',
            criteria:
              'a. Jika unit kerja menerapkan seluruh kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pelaksanaan Whistle Blowing System yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja menerapkan kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi\nc. Jika unit kerja belum menerapkan kebijakan Whistle Blowing System',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit kerja menerapkan seluruh kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pelaksanaan Whistle Blowing System yang sesuai dengan karakteristik unit kerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika unit kerja menerapkan kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika unit kerja belum menerapkan kebijakan Whistle Blowing System',
              },
            ],
          },
          {
            code: 'P.5.iv.b',
            question: 'Telah dilakukan evaluasi atas penerapan Whistle Blowing System',
            criteria:
              'a. Jika penerapan Whistle Blowing System dimonitoring dan evaluasi secara berkala\nb. Jika penerapan Whistle Blowing System dimonitoring dan evaluasi tidak secara berkala\nc. Jika penerapan Whistle Blowing System belum di monitoring dan evaluasi',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika penerapan Whistle Blowing System dimonitoring dan evaluasi secara berkala',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika penerapan Whistle Blowing System dimonitoring dan evaluasi tidak secara berkala',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika penerapan Whistle Blowing System belum di monitoring dan evaluasi',
              },
            ],
          },
          {
            code: 'P.5.iv.c',
            question: 'Hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti',
            criteria:
              'a. Jika seluruh hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja\nb. Jika sebagian hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja\nc. Jika hasil evaluasi atas penerapan Whistle Blowing System belum ditindaklanjuti',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika seluruh hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika sebagian hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika hasil evaluasi atas penerapan Whistle Blowing System belum ditindaklanjuti',
              },
            ],
          },
        ],
      },
      {
        code: 'P.5.v',
        name: 'Penanganan Benturan Kepentingan',
        level: 'SUB_AREA',
        weight: 3,
        items: [
          {
            code: 'P.5.v.a',
            question: 'Telah terdapat identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama',
            criteria:
              'a. Jika terdapat identifikasi/pemetaan benturan kepentingan pada seluruh tugas fungsi utama\nb. Jika terdapat identifikasi/pemetaan benturan kepentingan tetapi pada sebagian besar tugas fungsi utama\nc. Jika terdapat identifikasi/pemetaan benturan kepentingan tetapi pada sebagian kecil tugas fungsi utama\nd. Jika belum terdapat identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika terdapat identifikasi/pemetaan benturan kepentingan pada seluruh tugas fungsi utama',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika terdapat identifikasi/pemetaan benturan kepentingan tetapi pada sebagian besar tugas fungsi utama',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika terdapat identifikasi/pemetaan benturan kepentingan tetapi pada sebagian kecil tugas fungsi utama',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Jika belum terdapat identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama',
              },
            ],
          },
          {
            code: 'P.5.v.b',
            question: 'Penanganan Benturan Kepentingan telah disosialisasikan/internalisasi',
            criteria:
              'a. Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke seluruh layanan\nb. Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian besar layanan\nc. Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian kecil layanan\nd. Jika penanganan Benturan Kepentingan belum disosialiasikan/diinternalisasikan ke seluruh layanan',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke seluruh layanan',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian besar layanan',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian kecil layanan',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Jika penanganan Benturan Kepentingan belum disosialiasikan/diinternalisasikan ke seluruh layanan',
              },
            ],
          },
          {
            code: 'P.5.v.c',
            question: 'Penanganan Benturan Kepentingan telah diimplementasikan',
            criteria:
              'a. Jika penanganan Benturan Kepentingan diimplementasikan ke seluruh layanan\nb. Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian besar layanan\nc. Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian kecil layanan\nd. Jika penanganan Benturan Kepentingan belum diimplementasikan ke seluruh layanan',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika penanganan Benturan Kepentingan diimplementasikan ke seluruh layanan',
              },
              {
                label: 'B',
                value: 0.67,
                meaning: 'Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian besar layanan',
              },
              {
                label: 'C',
                value: 0.33,
                meaning: 'Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian kecil layanan',
              },
              {
                label: 'D',
                value: 0,
                meaning: 'Jika penanganan Benturan Kepentingan belum diimplementasikan ke seluruh layanan',
              },
            ],
          },
          {
            code: 'P.5.v.d',
            question: 'Telah dilakukan evaluasi atas Penanganan Benturan Kepentingan',
            criteria:
              'a. Jika penanganan Benturan Kepentingan dievaluasi secara berkala oleh unit kerja\nb. Jika penanganan Benturan Kepentingan dievaluasi tetapi tidak secara berkala oleh unit kerja\nc. Jika penanganan Benturan Kepentingan belum dievaluasi oleh unit kerja',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika penanganan Benturan Kepentingan dievaluasi secara berkala oleh unit kerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika penanganan Benturan Kepentingan dievaluasi tetapi tidak secara berkala oleh unit kerja',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Jika penanganan Benturan Kepentingan belum dievaluasi oleh unit kerja',
              },
            ],
          },
          {
            code: 'P.5.v.e',
            question: 'Hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti',
            criteria:
              'a. Jika seluruh hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja\nb. Jika sebagian hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja\nc. Jika belum ada hasil evaluasi atas Penanganan Benturan Kepentingan yang ditindaklanjuti unit kerja',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika seluruh hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Jika sebagian hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja',
              },
              {
                label: 'C',
                value: 0,
                meaning:
                  'Jika belum ada hasil evaluasi atas Penanganan Benturan Kepentingan yang ditindaklanjuti unit kerja',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    code: 'P.6',
    name: 'Peningkatan Kualitas Pelayanan Publik',
    level: 'AREA',
    weight: 10,
    children: [
      {
        code: 'P.6.i',
        name: 'Standar Pelayanan',
        level: 'SUB_AREA',
        weight: 2,
        items: [
          {
            code: 'P.6.i.a',
            question: 'Terdapat kebijakan standar pelayanan',
            criteria:
              'a. Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku\nb. Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku\nc. Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku\nd. Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku\ne. Standar Pelayanan belum ditetapkan',
            answerType: 'ABCDE',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku',
              },
              {
                label: 'B',
                value: 0.75,
                meaning:
                  'Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku',
              },
              {
                label: 'C',
                value: 0.5,
                meaning:
                  'Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku',
              },
              {
                label: 'D',
                value: 0.25,
                meaning:
                  'Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku',
              },
              { label: 'E', value: 0, meaning: 'Standar Pelayanan belum ditetapkan' },
            ],
          },
          {
            code: 'P.6.i.b',
            question: 'Standar pelayanan telah dimaklumatkan',
            criteria:
              'a. Standar pelayanan telah dimaklumatkan pada seluruh jenis pelayanan dan dipublikasikan di website dan media lainnya\nb. Standar pelayanan telah dimaklumatkan pada sebagian besar jenis pelayanan dan dipublikasikan minimal di website\nc. Standar pelayanan telah dimaklumatkan pada sebagian kecil jenis pelayanan dan belum dipublikasikan\nd. Standar pelayanan belum dimaklumatkan pada seluruh jenis pelayanan dan belum dipublikasikan',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Standar pelayanan telah dimaklumatkan pada seluruh jenis pelayanan dan dipublikasikan di website dan media lainnya',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Standar pelayanan telah dimaklumatkan pada sebagian besar jenis pelayanan dan dipublikasikan minimal di website',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Standar pelayanan telah dimaklumatkan pada sebagian kecil jenis pelayanan dan belum dipublikasikan',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Standar pelayanan belum dimaklumatkan pada seluruh jenis pelayanan dan belum dipublikasikan',
              },
            ],
          },
          {
            code: 'P.6.i.c',
            question: 'Dilakukan reviu dan perbaikan atas standar pelayanan',
            criteria:
              'a. Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan melibatkan stakeholders (antara lain : tokoh masyarakat, akademisi, dunia usaha, dan lembaga swadaya masyarakat), serta memanfaatkan masukan hasil SKM dan pengaduan masyarakat\nb. Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan memanfaatkan masukan hasil SKM dan pengaduan masyarakat, namun tanpa melibatkan stakeholders\nc. Dilakukan reviu dan perbaikan atas standar pelayanan, namun dilakukan tanpa memanfaatkan masukan hasil SKM dan pengaduan masyarakat, serta tanpa melibatkan stakeholders\nd. Belum dilakukan reviu dan perbaikan atas standar pelayanan',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan melibatkan stakeholders (antara lain : tokoh masyarakat, akademisi, dunia usaha, dan lembaga swadaya masyarakat), serta memanfaatkan masukan hasil SKM dan pengaduan masyarakat',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan memanfaatkan masukan hasil SKM dan pengaduan masyarakat, namun tanpa melibatkan stakeholders',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Dilakukan reviu dan perbaikan atas standar pelayanan, namun dilakukan tanpa memanfaatkan masukan hasil SKM dan pengaduan masyarakat, serta tanpa melibatkan stakeholders',
              },
              { label: 'D', value: 0, meaning: 'Belum dilakukan reviu dan perbaikan atas standar pelayanan' },
            ],
          },
          {
            code: 'P.6.i.d',
            question: 'telah melakukan publikasi atas standar pelayanan dan maklumat pelayanan',
            criteria: 'ya,telah melakukan publikasi atas tandar pelayanan dan maklumat pelayanan',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
        ],
      },
      {
        code: 'P.6.ii',
        name: 'Budaya Pelayanan Prima',
        level: 'SUB_AREA',
        weight: 2,
        items: [
          {
            code: 'P.6.ii.a',
            question:
              'Telah dilakukan berbagai upaya peningkatan kemampuan dan/atau kompetensi tentang penerapan budaya pelayanan prima',
            criteria:
              'a. Telah dilakukan pelatihan/sosialisasi pelayanan prima secara berkelanjutan dan terjadwal, sehingga seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan serta telah dan terdapat monev yang melihat kemampuan/kecakapan petugas/pelaksana layanan\nb. Telah dilakukan pelatihan/sosialisasi pelayanan prima, dan seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan\nc. Telah dilakukan pelatihan/sosialisasi pelayanan prima, akan tetapi baru sebagian besar petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan \nd. Telah dilakukan pelatihan/sosialisasi pelayanan prima namun secara terbatas, sehingga hanya sebagian kecil petugas/pelaksana layanan yang memiliki kompetensi sesuai kebutuhan jenis layanan \ne. Belum dilakukan pelatihan/sosialisasi pelayanan prima, dan seluruh petugas/pelaksana layanan belum memiliki kompetensi sesuai kebutuhan jenis layanan',
            answerType: 'ABCDE',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Telah dilakukan pelatihan/sosialisasi pelayanan prima secara berkelanjutan dan terjadwal, sehingga seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan serta telah dan terdapat monev yang melihat kemampuan/kecakapan petugas/pelaksana layanan',
              },
              {
                label: 'B',
                value: 0.75,
                meaning:
                  'Telah dilakukan pelatihan/sosialisasi pelayanan prima, dan seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan',
              },
              {
                label: 'C',
                value: 0.5,
                meaning:
                  'Telah dilakukan pelatihan/sosialisasi pelayanan prima, akan tetapi baru sebagian besar petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan',
              },
              {
                label: 'D',
                value: 0.25,
                meaning:
                  'Telah dilakukan pelatihan/sosialisasi pelayanan prima namun secara terbatas, sehingga hanya sebagian kecil petugas/pelaksana layanan yang memiliki kompetensi sesuai kebutuhan jenis layanan',
              },
              {
                label: 'E',
                value: 0,
                meaning:
                  'Belum dilakukan pelatihan/sosialisasi pelayanan prima, dan seluruh petugas/pelaksana layanan belum memiliki kompetensi sesuai kebutuhan jenis layanan',
              },
            ],
          },
          {
            code: 'P.6.ii.b',
            question: 'Informasi tentang pelayanan mudah diakses melalui berbagai media',
            criteria:
              'a. Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial) dan terhubung dengan sistem informasi pelayanan publik nasional\nb. Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial), namun belum terhubung dengan sistem informasi pelayanan publik nasional\nc. Seluruh Informasi tentang pelayanan belum online, hanya dapat diakses di tempat layanan (intranet dan non elektronik)\nd. Informasi tentang pelayanan sulit diakses',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial) dan terhubung dengan sistem informasi pelayanan publik nasional',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial), namun belum terhubung dengan sistem informasi pelayanan publik nasional',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Seluruh Informasi tentang pelayanan belum online, hanya dapat diakses di tempat layanan (intranet dan non elektronik)',
              },
              { label: 'D', value: 0, meaning: 'Informasi tentang pelayanan sulit diakses' },
            ],
          },
          {
            code: 'P.6.ii.c',
            question: 'Telah terdapat sistem pemberian penghargaan dan sanksi bagi petugas pemberi pelayanan',
            criteria:
              'a. Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, dan telah diterapkan secara rutin/berkelanjutan\nb. Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, namun belum diterapkan secara rutin/berkelanjutan\nc. Telah terdapat kebijakan pemberian penghargaan dan sanksi, namun belum memenuhi unsur penilaian minimal : disiplin, kinerja, dan hasil penilaian pengguna layanan\nd. Belum terdapat kebijakan pemberian penghargaan dan sanksi',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, dan telah diterapkan secara rutin/berkelanjutan',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, namun belum diterapkan secara rutin/berkelanjutan',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Telah terdapat kebijakan pemberian penghargaan dan sanksi, namun belum memenuhi unsur penilaian minimal : disiplin, kinerja, dan hasil penilaian pengguna layanan',
              },
              { label: 'D', value: 0, meaning: 'Belum terdapat kebijakan pemberian penghargaan dan sanksi' },
            ],
          },
          {
            code: 'P.6.ii.d',
            question:
              'Telah terdapat sistem pemberian kompensasi kepada penerima layanan bila layanan tidak sesuai standar',
            criteria:
              'a. Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di seluruh jenis layanan\nb. Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian besar jenis layanan \nc. Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian kecil jenis layanan \nd. Belum terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di seluruh jenis layanan',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian besar jenis layanan',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian kecil jenis layanan',
              },
              {
                label: 'D',
                value: 0,
                meaning: 'Belum terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar',
              },
            ],
          },
          {
            code: 'P.6.ii.e',
            question: 'Terdapat sarana layanan terpadu/terintegrasi',
            criteria:
              'a. Jika seluruh pelayanan sudah dilakukan secara terpadu/terintegrasi\nb. Jika sebagian besar pelayanan sudah dilakukan secara terpadu/terintegrasi\nc. Jika sebagian kecil pelayanan sudah dilakukan secara terpadu/terintegrasi\nd. Jika tidak ada pelayanan yang dilakukan secara terpadu/terintegrasi',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika seluruh pelayanan sudah dilakukan secara terpadu/terintegrasi',
              },
              {
                label: 'B',
                value: 0.67,
                meaning: 'Jika sebagian besar pelayanan sudah dilakukan secara terpadu/terintegrasi',
              },
              {
                label: 'C',
                value: 0.33,
                meaning: 'Jika sebagian kecil pelayanan sudah dilakukan secara terpadu/terintegrasi',
              },
              {
                label: 'D',
                value: 0,
                meaning: 'Jika tidak ada pelayanan yang dilakukan secara terpadu/terintegrasi',
              },
            ],
          },
          {
            code: 'P.6.ii.f',
            question: 'Terdapat inovasi pelayanan',
            criteria:
              'a. Jika unit kerja telah memiliki inovasi pelayanan yang berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat serta telah direplikasi\nb. Jika unit kerja telah memiliki inovasi pelayanan yang berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat\nc. Jika unit kerja memiliki inovasi yang merupakan replikasi dan pengembangan dari inovasi yang sudah ada \nd. Jika unit kerja telah memiliki inovasi akan tetapi merupakan pelaksanaan inovasi dari instansi pemerintah \ne. Jika unit kerja belum memiliki inovasi pelayanan',
            answerType: 'ABCDE',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Jika unit kerja telah memiliki inovasi pelayanan yang berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat serta telah direplikasi',
              },
              {
                label: 'B',
                value: 0.75,
                meaning:
                  'Jika unit kerja telah memiliki inovasi pelayanan yang berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat',
              },
              {
                label: 'C',
                value: 0.5,
                meaning:
                  'Jika unit kerja memiliki inovasi yang merupakan replikasi dan pengembangan dari inovasi yang sudah ada',
              },
              {
                label: 'D',
                value: 0.25,
                meaning:
                  'Jika unit kerja telah memiliki inovasi akan tetapi merupakan pelaksanaan inovasi dari instansi pemerintah',
              },
              { label: 'E', value: 0, meaning: 'Jika unit kerja belum memiliki inovasi pelayanan' },
            ],
          },
        ],
      },
      {
        code: 'P.6.iii',
        name: 'Pengelolaan Pengaduan',
        level: 'SUB_AREA',
        weight: 2,
        items: [
          {
            code: 'P.6.iii.a',
            question:
              'Terdapat media pengaduan dan konsultasi pelayanan yang terintegrasi dengan SP4N-Lapor!',
            criteria:
              'a. Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani, dan terintegrasi dengan SP4N-LAPOR!\nb. Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani namun belum terintegrasi dengan SP4N-LAPOR!\nc. Terdapat media konsultasi dan pengaduan secara offline dan online, namun belum tersedia petugas khusus yang menangani\nd. Hanya terdapat media konsultasi dan pengaduan secara offline\ne. Tidak terdapat media konsultasi dan pengaduan',
            answerType: 'ABCDE',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani, dan terintegrasi dengan SP4N-LAPOR!',
              },
              {
                label: 'B',
                value: 0.75,
                meaning:
                  'Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani namun belum terintegrasi dengan SP4N-LAPOR!',
              },
              {
                label: 'C',
                value: 0.5,
                meaning:
                  'Terdapat media konsultasi dan pengaduan secara offline dan online, namun belum tersedia petugas khusus yang menangani',
              },
              {
                label: 'D',
                value: 0.25,
                meaning: 'Hanya terdapat media konsultasi dan pengaduan secara offline',
              },
              { label: 'E', value: 0, meaning: 'Tidak terdapat media konsultasi dan pengaduan' },
            ],
          },
          {
            code: 'P.6.iii.b',
            question: 'Terdapat unit yang mengelola pengaduan dan konsultasi pelayanan',
            criteria:
              'a. Terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta surat penugasan pengelola SP4N-LAPOR! di level unit kerja\nb. Terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja, namun unit pengelola khusus untuk konsultasi dan pengaduan belum ada\nc. Belum terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta belum terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta surat penugasan pengelola SP4N-LAPOR! di level unit kerja',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja, namun unit pengelola khusus untuk konsultasi dan pengaduan belum ada',
              },
              {
                label: 'C',
                value: 0,
                meaning:
                  'Belum terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta belum terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja',
              },
            ],
          },
          {
            code: 'P.6.iii.c',
            question: 'Telah dilakukan evaluasi atas penanganan keluhan/masukan dan konsultasi',
            criteria:
              'a. Evaluasi atas penanganan keluhan/masukan dan konsultasi dilakukan secara berkala\nb. Evaluasi atas penanganan keluhan/masukan dan konsultasi dilakukan tidak berkala\nc. Belum dilakukan evaluasi penanganan keluhan/masukan dan konsultasi',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Evaluasi atas penanganan keluhan/masukan dan konsultasi dilakukan secara berkala',
              },
              {
                label: 'B',
                value: 0.5,
                meaning: 'Evaluasi atas penanganan keluhan/masukan dan konsultasi dilakukan tidak berkala',
              },
              {
                label: 'C',
                value: 0,
                meaning: 'Belum dilakukan evaluasi penanganan keluhan/masukan dan konsultasi',
              },
            ],
          },
        ],
      },
      {
        code: 'P.6.iv',
        name: 'Penilaian Kepuasan terhadap Pelayanan',
        level: 'SUB_AREA',
        weight: 2,
        items: [
          {
            code: 'P.6.iv.a',
            question: 'Telah dilakukan survey kepuasan masyarakat terhadap pelayanan',
            criteria:
              'a. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 4 kali dalam setahun\nb. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 3 kali dalam setahun\nc. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 2 kali dalam setahun\nd. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 1 kali dalam setahun\ne. Belum dilakukan survei kepuasan masyarakat terhadap pelayanan',
            answerType: 'ABCDE',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 4 kali dalam setahun',
              },
              {
                label: 'B',
                value: 0.75,
                meaning:
                  'Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 3 kali dalam setahun',
              },
              {
                label: 'C',
                value: 0.5,
                meaning:
                  'Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 2 kali dalam setahun',
              },
              {
                label: 'D',
                value: 0.25,
                meaning:
                  'Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 1 kali dalam setahun',
              },
              {
                label: 'E',
                value: 0,
                meaning: 'Belum dilakukan survei kepuasan masyarakat terhadap pelayanan',
              },
            ],
          },
          {
            code: 'P.6.iv.b',
            question: 'Hasil survei kepuasan masyarakat dapat diakses secara terbuka',
            criteria:
              'a. Hasil survei kepuasan masyarakat dapat diakses secara online (website, media sosial, dll) dan offline\nb. Hasil survei kepuasan masyarakat hanya dapat diakses secara offline di tempat layanan\nc. Hasil survei kepuasan masyarakat tidak dipublikasi',
            answerType: 'ABC',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Hasil survei kepuasan masyarakat dapat diakses secara online (website, media sosial, dll) dan offline',
              },
              {
                label: 'B',
                value: 0.5,
                meaning:
                  'Hasil survei kepuasan masyarakat hanya dapat diakses secara offline di tempat layanan',
              },
              { label: 'C', value: 0, meaning: 'Hasil survei kepuasan masyarakat tidak dipublikasi' },
            ],
          },
          {
            code: 'P.6.iv.c',
            question: 'Dilakukan tindak lanjut atas hasil survei kepuasan masyarakat',
            criteria:
              'a. Jika dilakukan tindak lanjut atas seluruh hasil survei kepuasan masyarakat\nb. Jika dilakukan tindak lanjut atas sebagian besar hasil survei kepuasan masyarakat\nc. Jika dilakukan tindak lanjut atas sebagian kecil hasil survei kepuasan masyarakat\nd. Jika belum dilakukan tindak lanjut atas hasil survei kepuasan masyarakat',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning: 'Jika dilakukan tindak lanjut atas seluruh hasil survei kepuasan masyarakat',
              },
              {
                label: 'B',
                value: 0.67,
                meaning: 'Jika dilakukan tindak lanjut atas sebagian besar hasil survei kepuasan masyarakat',
              },
              {
                label: 'C',
                value: 0.33,
                meaning: 'Jika dilakukan tindak lanjut atas sebagian kecil hasil survei kepuasan masyarakat',
              },
              {
                label: 'D',
                value: 0,
                meaning: 'Jika belum dilakukan tindak lanjut atas hasil survei kepuasan masyarakat',
              },
            ],
          },
        ],
      },
      {
        code: 'P.6.v',
        name: 'Pemanfaatan Teknologi Informasi',
        level: 'SUB_AREA',
        weight: 2,
        items: [
          {
            code: 'P.6.v.a',
            question: 'Telah menerapkan teknologi informasi dalam memberikan pelayanan',
            criteria:
              'a. Terdapat pelayanan yang menggunakan teknologi informasi pada seluruh proses pemberian layanan\nb. Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian besar proses pemberian layanan\nc. Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian kecil proses pemberian layanan\nd. Terdapat pelayanan yang belum menggunakan teknologi informasi pada proses pemberian pelayanan',
            answerType: 'ABCD',
            options: [
              {
                label: 'A',
                value: 1,
                meaning:
                  'Terdapat pelayanan yang menggunakan teknologi informasi pada seluruh proses pemberian layanan',
              },
              {
                label: 'B',
                value: 0.67,
                meaning:
                  'Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian besar proses pemberian layanan',
              },
              {
                label: 'C',
                value: 0.33,
                meaning:
                  'Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian kecil proses pemberian layanan',
              },
              {
                label: 'D',
                value: 0,
                meaning:
                  'Terdapat pelayanan yang belum menggunakan teknologi informasi pada proses pemberian pelayanan',
              },
            ],
          },
          {
            code: 'P.6.v.c',
            question: 'Telah membangun database pelayanan yang terintegrasi',
            criteria: 'Ya,jika tela membangun database pelayanan yang terintegrasi',
            answerType: 'YA_TIDAK',
            options: [
              { label: 'Ya', value: 1 },
              { label: 'Tidak', value: 0 },
            ],
          },
          {
            code: 'P.6.v.b',
            question: 'Telah dilakukan perbaikan secara terus menerus',
            criteria:
              'a. Perbaikan dilakukan secara terus-menerus\nb. Perbaikan dilakukan tidak secara terus menerus\nc. Belum dilakukan perbaikan',
            answerType: 'ABC',
            options: [
              { label: 'A', value: 1, meaning: 'Perbaikan dilakukan secara terus-menerus' },
              { label: 'B', value: 0.5, meaning: 'Perbaikan dilakukan tidak secara terus menerus' },
              { label: 'C', value: 0, meaning: 'Belum dilakukan perbaikan' },
            ],
          },
        ],
      },
    ],
  },
];
