import { describe, expect, it } from 'vitest';
import { dateProblem, parseDateInput, readDateTime, renderMessage } from '../src/index.ts';

describe('parseDateInput', () => {
  it.each([
    ['2025-12-31', '2025-12-31'],
    ['  2025-03-01 ', '2025-03-01'],
    ['2025-12-31T00:00:00Z', '2025-12-31'],
    ['2025-12-31T23:59:59.123+07:00', '2025-12-31'],
    ['2025-12-31T23:30:00-05:00', '2025-12-31'],
    ['31/12/2025', '2025-12-31'],
    ['31-12-2025', '2025-12-31'],
    ['1/4/2025', '2025-04-01'],
    ['29/02/2024', '2024-02-29'],
    [new Date(Date.UTC(2025, 11, 31)), '2025-12-31'],
    ['1900-01-01', '1900-01-01'],
    ['31/12/2100', '2100-12-31'],
  ])('reads %j as %s', (value, date) => {
    expect(parseDateInput(value)).toBe(date);
    expect(dateProblem(value)).toBeNull();
  });

  it.each([
    '1',
    '2025',
    '12/31/2025',
    'Dec 31 2025',
    '31 Desember 2025',
    '31/02/2025',
    '29/02/2025',
    '2025-13-01',
    '2025-3-31',
    '2025/12/31',
    '31.12.2025',
    '31/12-2025',
    '2025-12-31T00:00:00',
    '2025-12-31T24:00:00Z',
    '2025-12-31T10:00Z',
    '2025-12-31 10:00:00Z',
    '2025-12-31T10:00:00+0700',
    '2025-12-31garbage',
    '1899-12-31',
    '01/01/2101',
    '',
    45657,
    null,
    undefined,
    {},
    new Date(Number.NaN),
    new Date(Date.UTC(2101, 0, 1)),
  ])('refuses %j', (value) => {
    expect(parseDateInput(value)).toBeNull();
    const problem = dateProblem(value);
    expect(problem).toMatchObject({ id: 'date.invalid', params: { firstYear: 1900, lastYear: 2100 } });
    expect(renderMessage(problem ?? { id: 'value.required' })).toMatch(
      /bukan tanggal antara tahun 1900 dan 2100/,
    );
  });
});

describe('readDateTime', () => {
  it('reads a date as UTC midnight and a date-time as its instant', () => {
    expect(readDateTime('2025-12-31')).toEqual({ date: new Date('2025-12-31T00:00:00.000Z') });
    expect(readDateTime('31/12/2025')).toEqual({ date: new Date('2025-12-31T00:00:00.000Z') });
    expect(readDateTime('2025-12-31T00:00:00+07:00')).toEqual({ date: new Date('2025-12-30T17:00:00.000Z') });
    expect(readDateTime('2025-06-30T08:15:30.25Z')).toEqual({ date: new Date('2025-06-30T08:15:30.250Z') });
    expect(readDateTime('2025-06-30T08:15:30-03:30')).toEqual({ date: new Date('2025-06-30T11:45:30.000Z') });
    const date = new Date('2025-06-30T08:15:30.000Z');
    expect(readDateTime(date)).toEqual({ date });
  });

  it('says in Bahasa Indonesia what it reads instead', () => {
    const said = (value: unknown) => {
      const read = readDateTime(value);
      return 'problem' in read ? renderMessage(read.problem) : null;
    };
    expect(said('12/31/2025')).toBe(
      '"12/31/2025" bukan tanggal antara tahun 1900 dan 2100; tulis 31/12/2025, 2025-12-31 atau 2025-12-31T08:00:00+07:00',
    );
    expect(said('x'.repeat(1000))).toMatch(/^"x{40}" bukan/);
  });
});
