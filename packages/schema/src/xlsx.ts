import ExcelJS from 'exceljs';
import { type Message, message, renderMessage } from './messages/index.ts';

/**
 * Reading .xlsx files safely: the sizes a zip declares and holds are checked before exceljs loads it,
 * rows and cells are counted while it unpacks, and cells are read as people read them.
 */

/** The sheet of the official LKE workbook that holds the worksheet. */
export const lkeSheetName = 'LKE ZI';
/** The official layout's answer column. */
export const answerColumn = 'K';

/** A file refused, with the reason as a message to show in the reader's language. */
export class WorkbookError extends Error {
  override name = 'WorkbookError';
  constructor(readonly reason: Message) {
    super(renderMessage(reason));
  }
}

/** How much of a spreadsheet is read at most, so that one upload cannot exhaust the server's memory. */
export interface WorkbookLimits {
  /** Rows in all sheets together, and the last row number of the sheet read. */
  rows: number;
  /** Cells in all sheets together, and rows × columns of the sheet read. */
  cells: number;
}

/** A follow-up list or a bulk sheet: far more rows than any agency has recommendations or units. */
export const tableLimits: WorkbookLimits = { rows: 50_000, cells: 1_000_000 };
/** The official LKE workbook has about 330 rows in its three sheets. */
export const lkeWorkbookLimits: WorkbookLimits = { rows: 2_000, cells: 100_000 };

const megabyte = 1024 * 1024;
/**
 * What the zip holding an .xlsx may declare. A sheet at the cell limit is about 35 MB of XML; deflate
 * packs spreadsheet XML 5–20 times, while a zip bomb packs repeated bytes about a thousand times.
 */
const zipLimits = { entries: 1_000, sheetBytes: 50 * megabyte, totalBytes: 100 * megabyte, ratio: 100 };

// Matched as exceljs matches the parts it parses as worksheets.
const isSheetPart = (name: string) => /xl\/worksheets\/sheet\d+\.xml/.test(name);
const inMegabytes = (bytes: number) => Math.ceil(bytes / megabyte);

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

/** The entries of a zip as its central directory lists them (the directory is short: about 100 bytes an entry). */
function zipEntries(bytes: Uint8Array, unreadable: (detail: string) => WorkbookError): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const uint32At = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const uint16At = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  // The end record (22 bytes and a comment of at most 64 KB) closes the file.
  let end = bytes.length - 22;
  while (end >= Math.max(0, bytes.length - 22 - 0xffff) && uint32At(end) !== 0x06054b50) end--;
  if (end < 0 || uint32At(end) !== 0x06054b50) throw unreadable('no zip directory');
  const count = uint16At(end + 10);
  if (count === 0xffff || uint32At(end + 16) === 0xffffffff) throw unreadable('zip64 is not supported');
  const entries: ZipEntry[] = [];
  let at = uint32At(end + 16);
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || uint32At(at) !== 0x02014b50) throw unreadable('a damaged zip directory');
    const nameLength = uint16At(at + 28);
    const local = uint32At(at + 42);
    if (local + 30 > bytes.length || uint32At(local) !== 0x04034b50) throw unreadable('a damaged zip entry');
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: uint16At(at + 10),
      compressedSize: uint32At(at + 20),
      size: uint32At(at + 24),
      dataStart: local + 30 + uint16At(local + 26) + uint16At(local + 28),
    };
    if (entry.dataStart + entry.compressedSize > bytes.length) throw unreadable('a truncated zip entry');
    entries.push(entry);
    at += 46 + nameLength + uint16At(at + 30) + uint16At(at + 32);
  }
  return entries;
}

/**
 * An entry's bytes as they unpack, chunk by chunk, so that reading can stop at any point. The packed bytes
 * go in 16 KB at a time and the inflater takes more only as its output is read, so even a zip bomb holds
 * at most one piece's output (about 16 MB) in memory.
 */
async function* unpacked(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    yield packed;
    return;
  }
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  (async () => {
    for (let at = 0; at < packed.length; at += 16 * 1024)
      await writer.write(packed.slice(at, at + 16 * 1024));
    await writer.close();
  })().catch(() => {
    // A damaged entry fails the reader below too, which reports it.
  });
  const reader = inflater.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

const isNameEnd = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** Counts `<row …>` and `<c …>` start tags in a sheet's XML as it streams by. */
function sheetTagCounter() {
  let carried = new Uint8Array(0);
  const counter = {
    rows: 0,
    cells: 0,
    add(chunk: Uint8Array) {
      const data = new Uint8Array(carried.length + chunk.length);
      data.set(carried);
      data.set(chunk, carried.length);
      // "<row" and the byte after it: a tag starting in the last four bytes is looked at with the next chunk.
      const last = data.length - 5;
      for (let at = data.indexOf(0x3c); at !== -1 && at <= last; at = data.indexOf(0x3c, at + 1)) {
        if (data[at + 1] === 0x63 && isNameEnd(data[at + 2])) counter.cells++;
        else if (
          data[at + 1] === 0x72 &&
          data[at + 2] === 0x6f &&
          data[at + 3] === 0x77 &&
          isNameEnd(data[at + 4])
        )
          counter.rows++;
      }
      carried = data.slice(Math.max(0, last + 1));
    },
  };
  return counter;
}

/**
 * Refuses an .xlsx that would take too much memory to open, before exceljs holds any of it: too many
 * entries, a sheet or a whole that unpacks too large or packs like a zip bomb (by the sizes the zip
 * declares), then, unpacking every entry chunk by chunk, an entry larger than declared or sheets with
 * more rows or cells than `limits`.
 */
async function checkXlsxSize(bytes: Uint8Array, limits: WorkbookLimits, subject?: string) {
  const file = subject;
  const unreadable = (detail: string) => new WorkbookError(message('file.unreadable', { file, detail }));
  const entries = zipEntries(bytes, unreadable);
  if (entries.length > zipLimits.entries)
    throw new WorkbookError(
      message('file.tooManyParts', { file, parts: entries.length, max: zipLimits.entries }),
    );
  let total = 0;
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8)
      throw unreadable(`${entry.name} uses compression ${entry.method}`);
    if (isSheetPart(entry.name) && entry.size > zipLimits.sheetBytes)
      throw new WorkbookError(
        message('file.sheetUnpacksTooLarge', {
          file,
          megabytes: inMegabytes(entry.size),
          max: inMegabytes(zipLimits.sheetBytes),
        }),
      );
    if (entry.size > megabyte && entry.size > entry.compressedSize * zipLimits.ratio)
      throw new WorkbookError(
        message('file.zipBomb', {
          file,
          part: entry.name,
          ratio: Math.round(entry.size / entry.compressedSize),
        }),
      );
    total += entry.size;
  }
  if (total > zipLimits.totalBytes)
    throw new WorkbookError(
      message('file.unpacksTooLarge', {
        file,
        megabytes: inMegabytes(total),
        max: inMegabytes(zipLimits.totalBytes),
      }),
    );
  const counted = { rows: 0, cells: 0 };
  for (const entry of entries) {
    const counter = isSheetPart(entry.name) ? sheetTagCounter() : undefined;
    let size = 0;
    try {
      for await (const chunk of unpacked(bytes, entry)) {
        size += chunk.length;
        if (size > entry.size) throw unreadable(`${entry.name} is larger than its zip directory says`);
        if (!counter) continue;
        counter.add(chunk);
        if (counted.rows + counter.rows > limits.rows)
          throw new WorkbookError(message('file.tooManyRows', { file, max: limits.rows }));
        if (counted.cells + counter.cells > limits.cells)
          throw new WorkbookError(message('file.tooManyCells', { file, max: limits.cells }));
      }
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      throw unreadable(`${entry.name}: ${(error as Error).message}`);
    }
    counted.rows += counter?.rows ?? 0;
    counted.cells += counter?.cells ?? 0;
  }
}

/** An .xlsx opened by exceljs once it passed `checkXlsxSize`. */
export async function loadXlsx(bytes: Uint8Array, limits: WorkbookLimits, subject?: string) {
  await checkXlsxSize(bytes, limits, subject);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw new WorkbookError(message('file.unreadable', { file: subject, detail: (error as Error).message }));
  }
  return workbook;
}

/** Refuses a sheet whose last row, or whose rows × columns, exceed `limits` (sparse cells far apart). */
export function checkSheetSize(sheet: ExcelJS.Worksheet, limits: WorkbookLimits, subject?: string) {
  if (sheet.rowCount > limits.rows || sheet.rowCount * sheet.columnCount > limits.cells)
    throw new WorkbookError(
      message('file.sheetSpan', {
        file: subject,
        sheet: sheet.name,
        rows: sheet.rowCount,
        columns: sheet.columnCount,
        maxRows: limits.rows,
        maxCells: limits.cells,
      }),
    );
}

/** A cell's value as a person reads it: formula results, rich text joined, errors as their text. */
export function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return value.text;
  if ('error' in value) return value.error;
  return undefined;
}

/**
 * The `LKE ZI` sheet of a workbook: a file on disk (the command line's own), or uploaded bytes, which are
 * read within `lkeWorkbookLimits`.
 */
export async function openLkeWorksheet(source: string | ArrayBuffer) {
  let workbook: ExcelJS.Workbook;
  if (typeof source === 'string') {
    workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.readFile(source);
    } catch (error) {
      throw new WorkbookError(message('file.unreadable', { detail: (error as Error).message }));
    }
  } else {
    workbook = await loadXlsx(new Uint8Array(source), lkeWorkbookLimits);
  }
  const sheet = workbook.getWorksheet(lkeSheetName);
  if (!sheet) {
    const sheets = workbook.worksheets.map((each) => each.name);
    throw new WorkbookError(message('file.noLkeSheet', { sheet: lkeSheetName, sheets }));
  }
  if (typeof source !== 'string') checkSheetSize(sheet, lkeWorkbookLimits);
  return {
    sheet,
    valueAt: (column: string, row: number) => plainValue(sheet.getCell(`${column}${row}`).value),
  };
}
