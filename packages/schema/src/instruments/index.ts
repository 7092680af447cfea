import type { InstrumentDefinition } from '../instrument.ts';
import { permenpanrb52of2014 } from './permenpanrb-52-2014.ts';
import { permenpanrb90of2021 } from './permenpanrb-90-2021/index.ts';

export { permenpanrb52of2014, permenpanrb90of2021 };

/** The instruments the product ships, newest first. */
export const instruments: readonly InstrumentDefinition[] = [permenpanrb90of2021, permenpanrb52of2014];

export function findInstrument(code: string): InstrumentDefinition | undefined {
  return instruments.find((instrument) => instrument.code === code);
}

/** What decides which instrument an evaluation year is scored on: its validity years. */
export interface InstrumentValidity {
  validFromYear: number;
  validToYear?: number | null;
}

/**
 * The instrument in force for an evaluation year among `candidates` (the database's, when an evaluation
 * is created): the one whose validity covers the year, the newest if several do.
 */
export function instrumentForYear<Candidate extends InstrumentValidity>(
  year: number,
  candidates: readonly Candidate[],
): Candidate | undefined {
  return candidates
    .filter(
      (instrument) =>
        year >= instrument.validFromYear &&
        (instrument.validToYear == null || year <= instrument.validToYear),
    )
    .reduce<Candidate | undefined>(
      (newest, each) => (newest && newest.validFromYear >= each.validFromYear ? newest : each),
      undefined,
    );
}
