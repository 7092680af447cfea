/**
 * AG Grid's own texts in Bahasa Indonesia (AG Grid ships no Indonesian); English is the grid's default.
 * Only what the console's grids show or announce: the overlays, selection checkboxes, editors and sorting.
 */
export const gridTextsIndonesian: Record<string, string> = {
  noRowsToShow: 'Tidak ada baris',
  loadingOoo: 'Memuat…',
  loadingError: 'Gagal memuat',
  selectAll: 'Pilih semua',
  ariaChecked: 'dicentang',
  ariaUnchecked: 'tidak dicentang',
  ariaIndeterminate: 'sebagian',
  ariaRowSelect: 'Tekan SPASI untuk memilih baris ini',
  ariaRowDeselect: 'Tekan SPASI untuk membatalkan pilihan baris ini',
  ariaRowSelectAll: 'Tekan SPASI untuk memilih semua baris',
  ariaRowToggleSelection: 'Tekan SPASI untuk memilih atau membatalkan baris',
  ariaRowSelectionDisabled: 'Pemilihan baris tidak tersedia untuk baris ini',
  ariaSortableColumn: 'Tekan ENTER untuk mengurutkan',
  ariaLabelCellEditor: 'Penyunting sel',
  ariaLabelSelectField: 'Pilih isian',
  ariaLabelTooltip: 'Keterangan',
  ariaSearch: 'Cari',
  ariaSkeletonCellLoading: 'Baris sedang dimuat',
  ariaSkeletonCellLoadingFailed: 'Baris gagal dimuat',
  ariaPinnedRow: 'Baris tersemat',
};

/** The grid texts for the console's language: Indonesian from here, English AG Grid's own. */
export const gridLocaleText = (locale: string) => (locale === 'id' ? gridTextsIndonesian : undefined);
