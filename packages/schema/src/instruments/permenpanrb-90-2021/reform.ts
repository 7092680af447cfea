import type { NodeDefinition } from '../../instrument.ts';
import { area, item, percent, subArea, subComponent } from '../builders.ts';

export const reform: NodeDefinition = subComponent('R', 125, 'Reform', 30, [
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
