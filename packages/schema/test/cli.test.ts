import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { officialWorkbook } from './fixtures.ts';

const cli = fileURLToPath(new URL('../src/cli/zi.ts', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'zi-cli-'));

function zi(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function jsonFile(name: string, content: unknown) {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('zi score', () => {
  it('scores the official workbook from column K and reports every node and item with its workbook row', () => {
    const result = zi('score', officialWorkbook, '--format', 'json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ instrument: 'PERMENPANRB-90-2021', layer: 'UNIT', complete: true });
    expect(report.total).toBeCloseTo(95.63260073260074, 9);
    expect(report.pemenuhan + report.reform).toBeCloseTo(report.pengungkit, 9);
    expect(report.nodes.filter((node: { level: string }) => node.level === 'ITEM')).toHaveLength(113);
    expect(report.nodes.every((node: { workbookRow: unknown }) => typeof node.workbookRow === 'number')).toBe(
      true,
    );
    expect(report.nodes.find((node: { code: string }) => node.code === 'R.5.iii')).toMatchObject({
      name: 'Penyampaian Laporan Harta Kekayaan',
      level: 'SUB_AREA',
      weight: 2,
      answered: 2,
      total: 2,
      workbookRow: 175,
    });
    expect(report.predicates.verdict).toBe('WBBM');
    expect(report.predicates.WBK.criteria.map((criterion: { key: string }) => criterion.key)).toContain(
      'area.PW',
    );
  });

  it('reads JSON answers keyed by item code or workbook row, % inputs by their own codes or rows', () => {
    const file = jsonFile('partial.json', {
      instrument: 'PERMENPANRB-90-2021',
      answers: { 'P.1.i.a': 'Ya', 9: 'B', 'R.1.i.a.agen': 4, 130: 3, 'H.I.a': 3.6, 'H.II.a': '3,2' },
    });
    const report = JSON.parse(zi('score', file, '--layer', 'TPI').stdout);
    const node = (code: string) => report.nodes.find((each: { code: string }) => each.code === code);
    expect(report.layer).toBe('TPI');
    expect(report.complete).toBe(false);
    expect(node('P.1.i').points).toBeCloseTo(0.375, 12);
    expect(node('R.1.i')).toMatchObject({ answered: 1, total: 2 });
    expect(node('R.1.i').points).toBeCloseTo(1.5, 12);
    expect(report.hasil).toBeCloseTo(15.75 + 14, 9);
  });

  it('prints a table for people', () => {
    const result = zi('score', officialWorkbook, '--format', 'table');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^TOTAL 95\.63 {2}\(pengungkit 55\.63 = pemenuhan 30\.00 \+ reform 25\.63, hasil 40\.00\)$/m,
    );
    expect(result.stdout).toMatch(/^WBK: met$/m);
  });

  it('rejects invalid answers with exit code 2 and one line per problem, nothing else', () => {
    const file = jsonFile('invalid.json', {
      instrument: 'PERMENPANRB-90-2021',
      answers: {
        'P.1.i.b': 'Z',
        999: 'A',
        'R.1.i.a.agen': 0,
        'R.1.i.a.perubahan': 2,
        'H.I.a': 5,
        'R.1.i.b': 0.5,
      },
    });
    const result = zi('score', file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      '999: no item or input of PERMENPANRB-90-2021 has the row or code "999"',
      'R.1.i.b: R.1.i.b is computed from its inputs; give R.1.i.b.perubahan, R.1.i.b.terintegrasi instead',
      'P.1.i.b (row 9): the answer is A, B or C, not "Z"',
      'R.1.i.a (row 128): the denominator (Jumlah Agen Perubahan) is 0, so no percentage exists',
      'H.I.a (row 202): a survey score is between 0 and 4, not 5',
    ]);
  });

  it.each([
    ['a file that is not JSON', () => jsonFile('broken.json', '{ not json'), /not readable JSON/],
    [
      'an unknown instrument',
      () => jsonFile('unknown.json', { instrument: 'LKE-1999', answers: {} }),
      /^unknown instrument "LKE-1999"/,
    ],
    [
      'a file that is not a workbook',
      () => jsonFile('fake.xlsx', 'plain text'),
      /^not a readable \.xlsx workbook/,
    ],
  ])('rejects %s in one line with exit code 2', (_case, makeFile, message) => {
    const result = zi('score', makeFile());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
