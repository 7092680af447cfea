const formats = new Map<string, Intl.NumberFormat>();

/** Numbers as the reader's language writes them: 95,63 in Bahasa Indonesia, 95.63 in English. */
export function formatNumber(locale: string, value: number, digits = 2) {
  const key = `${locale}/${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'id-ID', {
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format.format(value);
}

export function formatDate(locale: string, value: string | Date) {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium' }).format(
    new Date(value),
  );
}
