import { describe, expect, it } from 'vitest';
import { amountProblem, maxAmount, renderMessage, textLimits, textProblem } from '../src/index.ts';

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
