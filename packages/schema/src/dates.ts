import { type Message, message } from './messages/index.ts';

/**
 * The product's one reader of dates typed or imported by people and clients. Only unambiguous forms are
 * read: an ISO date (2025-12-31), an ISO date-time with its time zone (2025-12-31T00:00:00Z,
 * 2025-12-31T08:30:00.5+07:00), the Indonesian day-month-year (31/12/2025 or 31-12-2025) and a JS Date.
 * Month-first and free-text dates, bare numbers and impossible dates are refused.
 */

const firstYear = 1900;
const lastYear = 2100;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const indonesianDate = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;

interface ReadDate {
  /** The calendar date as written, `YYYY-MM-DD`. */
  date: string;
  /** UTC midnight of that date, or the instant a date-time names. */
  instant: Date;
}

/** UTC midnight of the date, or null when the date does not exist or lies outside the years read. */
function calendarDate(year: number, month: number, day: number): Date | null {
  if (year < firstYear || year > lastYear) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

function dateOnly(year: number, month: number, day: number): ReadDate | null {
  const midnight = calendarDate(year, month, day);
  return midnight && { date: dayOf(midnight), instant: midnight };
}

function dateTime(parts: RegExpExecArray): ReadDate | null {
  const part = (at: number) => Number(parts[at] ?? 0);
  const [hours, minutes, seconds, offsetHours, offsetMinutes] = [
    part(4),
    part(5),
    part(6),
    part(9),
    part(10),
  ];
  const midnight = calendarDate(part(1), part(2), part(3));
  if (!midnight || hours > 23 || minutes > 59 || seconds > 59 || offsetHours > 23 || offsetMinutes > 59)
    return null;
  const offset = (parts[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const instant = new Date(
    midnight.getTime() + ((hours * 60 + minutes - offset) * 60 + seconds) * 1000 + part(7) * 1000,
  );
  return { date: dayOf(midnight), instant };
}

function read(value: unknown): ReadDate | null {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (Number.isNaN(value.getTime()) || year < firstYear || year > lastYear) return null;
    return { date: dayOf(value), instant: new Date(value.getTime()) };
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const local = indonesianDate.exec(text);
  if (local) return dateOnly(Number(local[4]), Number(local[3]), Number(local[1]));
  const iso = isoDate.exec(text);
  if (iso) return dateOnly(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const time = isoDateTime.exec(text);
  return time && dateTime(time);
}

/** The date `value` names as `YYYY-MM-DD` (a date-time's date as written, a Date's UTC date), or null. */
export function parseDateInput(value: unknown): string | null {
  return read(value)?.date ?? null;
}

const notADate = (value: unknown) =>
  message('date.invalid', {
    got: value instanceof Date ? String(value) : `"${String(value ?? '').slice(0, 40)}"`,
    firstYear,
    lastYear,
  });

/** What is wrong with `value` as a date, or null when it is one. */
export function dateProblem(value: unknown): Message | null {
  return read(value) ? null : notADate(value);
}

/** `value` as an instant: UTC midnight for a date, the instant for a date-time; or what is wrong with it. */
export function readDateTime(value: unknown): { date: Date } | { problem: Message } {
  const instant = read(value)?.instant;
  return instant ? { date: instant } : { problem: notADate(value) };
}
