/**
 * Reads delimited text as spreadsheets write it (CSV, or the tab-separated block Excel, LibreOffice and
 * Google Sheets put on the clipboard): rows separated by newlines (LF or CRLF), cells by `delimiter`, a
 * cell holding the delimiter, a newline or a quote wrapped in double quotes with inner quotes doubled. The
 * newline after the last row is not an extra row.
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
      continue;
    }
    if (char === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (char === delimiter) {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  if (cell !== '' || row.length || !atCellStart) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The inverse of `parseDelimited`. */
export function toDelimited(rows: readonly (readonly string[])[], delimiter: string): string {
  const special = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}\\n\\r"]`);
  const cell = (value: string) => (special.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return rows.map((row) => row.map(cell).join(delimiter)).join('\n');
}

/**
 * A number as civil servants type it: Indonesian ("1.234,5", "12,5", "1.234") or English ("1,234.5",
 * "12.5") notation, optional spaces, a leading "Rp" and a trailing "%". Null when the text is not a number.
 */
export function parseNumber(text: string): number | null {
  let cleaned = text
    .trim()
    .replace(/^rp\.?/i, '')
    .replace(/\s+/g, '')
    .replace(/%$/, '');
  if (!/^-?[\d.,]+$/.test(cleaned) || !/\d/.test(cleaned)) return null;
  const lastComma = cleaned.lastIndexOf(',');
  const lastDot = cleaned.lastIndexOf('.');
  if (lastComma > lastDot) {
    // "1.234,5" or "12,5": dots group thousands, the comma is the decimal mark.
    cleaned = cleaned.replaceAll('.', '').replace(',', '.');
  } else if (lastDot > lastComma && lastComma >= 0) {
    cleaned = cleaned.replaceAll(',', '');
  } else if (/^-?[1-9]\d{0,2}(\.\d{3})+$/.test(cleaned)) {
    // No comma and dots before groups of three ("1.234", "1.234.567"): Indonesian thousands.
    cleaned = cleaned.replaceAll('.', '');
  }
  if (cleaned.includes(',')) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
