import type { InstrumentDefinition } from '../instrument.ts';
import { permenpanrb52of2014 } from './permenpanrb-52-2014.ts';
import { permenpanrb90of2021 } from './permenpanrb-90-2021.ts';

export { permenpanrb52of2014, permenpanrb90of2021 };

/** The instruments the product ships, newest first. */
export const instruments: readonly InstrumentDefinition[] = [permenpanrb90of2021, permenpanrb52of2014];

export function findInstrument(code: string): InstrumentDefinition | undefined {
  return instruments.find((instrument) => instrument.code === code);
}

/** The shipped instrument in force for an evaluation year. */
export function instrumentForYear(year: number): InstrumentDefinition | undefined {
  return instruments.find(
    (instrument) =>
      year >= instrument.validFromYear &&
      (instrument.validToYear === undefined || year <= instrument.validToYear),
  );
}
