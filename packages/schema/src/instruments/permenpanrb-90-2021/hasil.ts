import type { NodeDefinition } from '../../instrument.ts';
import { component, item, subComponent, survey, weighted } from '../builders.ts';

const CAPAIAN_KINERJA_CRITERIA =
  'a. Target kinerja utama tercapai lebih dari 100% dan lebih baik dari capaian kinerja utama tahun sebelumnya serta lebih baik dari capaian kinerja nasional/rata-rata capaian kinerja unit yang sejenis;\nb.Target kinerja utama tercapai 100% dan lebih baik dari capaian kinerja utama tahun sebelumnya;\nc.Target kinerja utama tercapai 100% atau lebih, namun tidak lebih baik dari capaian kinerja utama tahun sebelumnya;\nd. Kinerja utama sudah orientasi hasil akan tetapi masih terdapat target kinerja utama yang tidak tercapai;\ne. Kinerja utama tidak berorientasi hasil';

export const hasil: NodeDefinition = component('HASIL', 200, 'Hasil', 40, [
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
