export interface TreeUnit {
  id: number;
  parent: { id: number } | null;
  name: string;
}

/** Units in tree order, each with its depth: parents before their children, siblings by name. */
export function unitTree<T extends TreeUnit>(units: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<number | null, T[]>();
  for (const unit of units) {
    // A unit whose parent is outside the list starts a tree of its own.
    const parent = unit.parent && ids.has(unit.parent.id) ? unit.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: (T & { depth: number })[] = [];
  const visit = (parent: number | null, depth: number) => {
    for (const unit of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'id'))) {
      ordered.push({ ...unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
