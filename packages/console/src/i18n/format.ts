import { gapForDisplay, localeOf, type Message, renderMessage, roundForDisplay } from '@zi/schema';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Numbers as the reader's language writes them, 95,63 in Bahasa Indonesia and 95.63 in English, rounded
 * by the product's one display rule (38.724999999999994 shows 38,73).
 */
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
  return format.format(roundForDisplay(value, digits));
}

/** A criterion's gap, rounded up so that an unmet criterion never reads 0. */
export const formatGapNumber = (locale: string, gap: number) => formatNumber(locale, gapForDisplay(gap));

/** How dates are written in the console's language (never the browser's): 15 Sep 2025, 15 Sep 2025. */
export const dateLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID');

export function formatDate(locale: string, value: string | Date) {
  return new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'medium' }).format(new Date(value));
}

/** A message of the product's rules (a refused cell, a problem) in the reader's language. */
export const formatMessage = (locale: string, message: Message) => renderMessage(message, localeOf(locale));
