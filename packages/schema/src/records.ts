/** What the records administrators keep must look like: codes of agencies and units, and years. */

/** An agency's or a unit's code: 2–40 capital letters, digits or hyphens (KEMENKEU, KPP-CBY). */
export const isRecordCode = (value: string) => /^[A-Z0-9-]{2,40}$/.test(value);

/** The years records and evaluations may be of. */
export const recordYears = { min: 2000, max: 2100 } as const;

export const isRecordYear = (year: number) =>
  Number.isInteger(year) && year >= recordYears.min && year <= recordYears.max;

/** The latest year a unit may be nominated for: the next one, so next year's cycle can be opened ahead. */
export const latestEvaluationYear = (today = new Date()) => today.getUTCFullYear() + 1;
