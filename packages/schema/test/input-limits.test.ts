import { describe, expect, it } from 'vitest';
import {
  amountProblem,
  linksProblem,
  maxAmount,
  renderMessage,
  textLimits,
  textProblem,
} from '../src/index.ts';

describe('amountProblem', () => {
  it('takes rupiah amounts from 0 to the most the database column holds', () => {
    for (const amount of [0, 0.01, 12_500_000, maxAmount]) expect(amountProblem(amount)).toBeNull();
    // numeric(18, 2) keeps 16 digits before the decimal mark.
    expect(maxAmount).toBeLessThan(1e16);
  });

  it.each([
    [-1, 'nilai uang tidak boleh negatif'],
    [maxAmount + 1, 'nilai uang paling besar Rp 1.000.000.000.000.000 (seribu triliun)'],
    [1e18, 'nilai uang paling besar Rp 1.000.000.000.000.000 (seribu triliun)'],
    [Number.POSITIVE_INFINITY, 'nilai uang harus berupa angka'],
    [Number.NaN, 'nilai uang harus berupa angka'],
    ['100', 'nilai uang harus berupa angka'],
  ])('refuses %j', (value, message) => {
    const problem = amountProblem(value);
    expect(problem && renderMessage(problem)).toBe(message);
  });
});

describe('textProblem', () => {
  it('accepts text up to the limit and names the limit beyond it', () => {
    expect(textProblem('x'.repeat(textLimits.note), textLimits.note)).toBeNull();
    expect(textProblem('', textLimits.code)).toBeNull();
    expect(textProblem('x'.repeat(41), textLimits.code)).toEqual({
      id: 'value.tooLong',
      params: { max: 40, length: 41 },
    });
  });
});

describe('linksProblem', () => {
  const link = (index: number) => `https://dokumen.go.id/bukti-${index}.pdf`;

  it('takes up to the most links of http(s) addresses, each within the link limit', () => {
    expect(linksProblem([])).toBeNull();
    expect(linksProblem(Array.from({ length: textLimits.links }, (_, index) => link(index)))).toBeNull();
    expect(linksProblem([`https://a.go.id/${'x'.repeat(textLimits.link - 17)}`])).toBeNull();
  });

  it('names the first thing wrong: too many, one too long, one not a link', () => {
    const tooMany = linksProblem(Array.from({ length: textLimits.links + 1 }, (_, index) => link(index)));
    expect(tooMany && renderMessage(tooMany)).toBe(`paling banyak ${textLimits.links} tautan`);
    const tooLong = linksProblem([`https://a.go.id/${'x'.repeat(textLimits.link)}`]);
    expect(tooLong).toMatchObject({ id: 'value.tooLong', params: { max: textLimits.link } });
    const notALink = linksProblem([link(1), 'ftp://a.go.id/x.pdf', 'berkas.pdf']);
    expect(notALink && renderMessage(notALink, 'en')).toBe(
      'evidence must be an http(s) link, not "ftp://a.go.id/x.pdf"',
    );
  });
});
