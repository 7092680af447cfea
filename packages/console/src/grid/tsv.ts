import { parseDelimited, toDelimited } from '@zi/schema';

export { parseNumber } from '@zi/schema';

/** The block Excel, LibreOffice and Google Sheets put on the clipboard: tab-separated, CSV quoting. */
export const parseTsv = (text: string) => parseDelimited(text, '\t');

export const toTsv = (rows: readonly (readonly string[])[]) => toDelimited(rows, '\t');
