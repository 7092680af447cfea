/** A unit as a picker names it: with its agency, since two governments have units of the same name. */
export const unitWithAgency = (unit: { name: string; agency?: { name: string } }) =>
  unit.agency ? `${unit.name} — ${unit.agency.name}` : unit.name;
