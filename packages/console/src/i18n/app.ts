/** The product's own labels, per resource and field, in both languages. */
export const appIndonesian = {
  resources: {
    agencies: {
      name: 'Instansi |||| Instansi',
      fields: { code: 'Kode', name: 'Nama', kind: 'Jenis', region: 'Wilayah', unitCount: 'Jumlah unit' },
    },
  },
};

export const appEnglish: typeof appIndonesian = {
  resources: {
    agencies: {
      name: 'Agency |||| Agencies',
      fields: { code: 'Code', name: 'Name', kind: 'Kind', region: 'Region', unitCount: 'Units' },
    },
  },
};
