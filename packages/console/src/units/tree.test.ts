import { describe, expect, it } from 'vitest';
import { unitTree } from './tree.ts';

describe('unitTree', () => {
  it('orders parents before children, siblings by name, with depths; orphans start their own tree', () => {
    const units = [
      { id: 3, parent: { id: 1 }, name: 'KPP Cibeunying' },
      { id: 1, parent: null, name: 'Kanwil DJP Jabar I' },
      { id: 2, parent: { id: 1 }, name: 'KPP Bandung Karees' },
      { id: 4, parent: { id: 99 }, name: 'Unit lepas' },
      { id: 5, parent: { id: 2 }, name: 'Seksi Pelayanan' },
    ];
    expect(unitTree(units).map((unit) => [unit.id, unit.depth])).toEqual([
      [1, 0],
      [2, 1],
      [5, 2],
      [3, 1],
      [4, 0],
    ]);
  });
});
