import { readFileSync } from 'node:fs';
import { permenpanrb90of2021 } from '@zi/schema';
import { readLkeWorkbook, readTable, writeTable } from '@zi/schema/workbook';
import { describe, expect, it } from 'vitest';
import { officialWorkbook, workbookRefusal as refusal } from '../../schema/test/fixtures.ts';
import { workbookReader } from '../src/workbook-worker.ts';

describe('reading workbooks in a worker thread', () => {
  const reader = workbookReader();

  it('gives what reading in the server gives, dates included', async () => {
    const list = await writeTable(
      'TL',
      [{ header: 'No. LHP' }, { header: 'Nilai' }, { header: 'Batas Waktu' }],
      [['LHP-1', 12.5, new Date(Date.UTC(2025, 11, 31))]],
    );
    expect(await reader.readTable(list, 'tl.xlsx')).toEqual(await readTable(list, 'tl.xlsx'));
    const csv = new TextEncoder().encode('No. LHP;Nilai\nLHP-1;12,5\n');
    expect(await reader.readTable(csv, 'tl.csv')).toEqual(await readTable(csv, 'tl.csv'));
    const official = readFileSync(officialWorkbook);
    const bytes = () => official.buffer.slice(official.byteOffset, official.byteOffset + official.byteLength);
    expect(await reader.readLkeWorkbook(bytes(), permenpanrb90of2021)).toEqual(
      await readLkeWorkbook(bytes(), permenpanrb90of2021),
    );
  });

  it('passes refusals back as WorkbookErrors', async () => {
    expect(await refusal(reader.readTable(new TextEncoder().encode('%PDF-1.7'), 'laporan.pdf'))).toBe(
      'laporan.pdf is neither an .xlsx workbook nor a .csv file',
    );
  });

  it('turns running out of memory or time into WorkbookErrors', async () => {
    const csv = new TextEncoder().encode('a;b\n1;2\n');
    expect(await refusal(workbookReader({ maxOldGenerationSizeMb: 4 }).readTable(csv, 'tl.csv'))).toMatch(
      /^reading it needs more than 4 MB of memory$/,
    );
    expect(await refusal(workbookReader({ timeoutSeconds: 0.01 }).readTable(csv, 'tl.csv'))).toBe(
      'reading it took longer than 0.01 s',
    );
  });
});
