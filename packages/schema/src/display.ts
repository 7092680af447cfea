/**
 * How figures are shown (domain spec §3, "Decisions on verdicts, time and display"): two decimals,
 * rounding half away from zero after first rounding the value to 9 decimals, so 38.724999999999994 shows
 * as 38,73 as the workbook does; a gap is rounded up at display precision, so an unmet criterion never
 * shows a gap of 0,00. Every screen, report and export shows figures through these.
 */

/** Decimals figures are shown with. */
export const displayDigits = 2;

/** Float noise below this is not a difference (the same 1e-9 as the comparison tolerance). */
const noiseDigits = 9;

const denoised = (value: number) => Number(value.toFixed(noiseDigits));

/** `value` rounded for display: half away from zero at `digits`, after dropping float noise. */
export function roundForDisplay(value: number, digits = displayDigits): number {
  const scale = 10 ** digits;
  const scaled = denoised(denoised(value) * scale);
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / scale;
}

/** A gap still to close, rounded up at display precision: never 0 while something is missing. */
export function gapForDisplay(gap: number, digits = displayDigits): number {
  const scale = 10 ** digits;
  const scaled = denoised(denoised(gap) * scale);
  return scaled <= 0 ? 0 : Math.ceil(scaled) / scale;
}

const formats = new Map<string, Intl.NumberFormat>();

/** A formatter per locale and precision, made once: making one costs far more than using it. */
function fixedDigits(locale: string, digits: number) {
  const key = `${locale}/${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/** A figure as people read it in `locale` (`id-ID` by default): 95,63. */
export function formatFigure(value: number, locale = 'id-ID', digits = displayDigits): string {
  return fixedDigits(locale, digits).format(roundForDisplay(value, digits));
}

/** A gap as people read it: rounded up, so 0.002 reads 0,01. */
export function formatGap(gap: number, locale = 'id-ID', digits = displayDigits): string {
  return fixedDigits(locale, digits).format(gapForDisplay(gap, digits));
}
