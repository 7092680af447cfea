import { type Message, message } from './messages/index.ts';

/**
 * The largest amount of rupiah a recommendation or its recovery may hold: Rp 1.000 triliun, below what
 * the database column (numeric(18, 2): up to 16 digits before the decimal mark) holds, and above any
 * real audit finding (the whole state budget is a few thousand triliun).
 */
export const maxAmount = 1e15;

/** What is wrong with `value` as an amount of rupiah, or null when it is one. */
export function amountProblem(value: unknown): Message | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return message('amount.notANumber', {});
  if (value < 0) return message('amount.negative');
  if (value > maxAmount) return message('amount.tooLarge', { max: maxAmount });
  return null;
}
