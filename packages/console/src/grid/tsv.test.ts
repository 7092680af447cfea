import { describe, expect, it } from 'vitest';
import { parseNumber, parseTsv, toTsv } from './tsv.ts';

describe('parseTsv', () => {
  it('splits rows on newlines and cells on tabs, ignoring the trailing newline', () => {
    expect(parseTsv('A\tB\nC\tD\n')).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it('reads Windows line ends and a block without a trailing newline', () => {
    expect(parseTsv('Ya\r\nTidak\r\nB')).toEqual([['Ya'], ['Tidak'], ['B']]);
  });

  it('keeps empty cells, including a trailing one and blank rows inside the block', () => {
    expect(parseTsv('A\t\tC\t\n\nB\n')).toEqual([['A', '', 'C', ''], [''], ['B']]);
  });

  it('reads quoted cells holding tabs, newlines and doubled quotes', () => {
    expect(parseTsv('"Kebijakan ""WBK""\nbaru"\t"a\tb"\nC')).toEqual([
      ['Kebijakan "WBK"\nbaru', 'a\tb'],
      ['C'],
    ]);
  });

  it('treats a quote inside an unquoted cell as text', () => {
    expect(parseTsv('5" layar\tx')).toEqual([['5" layar', 'x']]);
  });

  it('round-trips with toTsv', () => {
    const rows = [
      ['a"b', 'c\td'],
      ['e\nf', ''],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});

describe('parseNumber', () => {
  it.each([
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['12.5', 12.5],
    ['0.125', 0.125],
    ['1,234.5', 1234.5],
    [' 80 % ', 80],
    ['-3', -3],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '12,5,3', '1.2.3,4,5', '--1', ','])('refuses %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});
