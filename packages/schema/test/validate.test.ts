import { describe, expect, it } from 'vitest';
import {
  type InstrumentDefinition,
  instruments,
  itemsOf,
  permenpanrb52of2014,
  permenpanrb90of2021,
  validateInstrument,
  walkNodes,
} from '../src/index.ts';

const clone = (definition: InstrumentDefinition): InstrumentDefinition => structuredClone(definition);
const node = (definition: InstrumentDefinition, code: string) => {
  const found = [...walkNodes(definition.components)].find((entry) => entry.node.code === code)?.node;
  if (!found) throw new Error(code);
  return found;
};

describe('the shipped instruments', () => {
  it.each(instruments.map((instrument) => [instrument.code, instrument] as const))(
    '%s is well-formed',
    (_code, instrument) => {
      expect(validateInstrument(instrument)).toEqual([]);
    },
  );

  it('2021 has 113 scored rows (87 Pemenuhan, 23 Reform, 3 Hasil), each with its workbook row', () => {
    const items = itemsOf(permenpanrb90of2021);
    expect(items).toHaveLength(113);
    expect(items.filter((item) => item.code.startsWith('P.'))).toHaveLength(87);
    expect(items.filter((item) => item.code.startsWith('R.'))).toHaveLength(23);
    expect(items.filter((item) => item.code.startsWith('H.'))).toHaveLength(3);
    expect(items.every((item) => typeof item.workbookRow === 'number')).toBe(true);
    expect(
      [...walkNodes(permenpanrb90of2021.components)].every(
        ({ node }) => typeof node.workbookRow === 'number',
      ),
    ).toBe(true);
  });

  it('2014 regroups the 2021 Pemenuhan items under its own area weights, with E-Office for SPBE', () => {
    const areas = node(permenpanrb52of2014, 'PENGUNGKIT').children ?? [];
    expect(areas.map((area) => area.weight)).toEqual([5, 5, 15, 10, 15, 10]);
    expect(itemsOf(permenpanrb52of2014).filter((item) => item.code.startsWith('P.'))).toHaveLength(87);
    expect(node(permenpanrb52of2014, 'P.2.ii').name).toBe('E-Office');
    expect(JSON.stringify(permenpanrb52of2014.components)).not.toMatch(/SPBE/);
  });
});

describe('validateInstrument rejects', () => {
  it('weights that do not add up, naming the node', () => {
    const broken = clone(permenpanrb90of2021);
    node(broken, 'P.1.ii').weight = 2;
    expect(validateInstrument(broken)).toContainEqual({
      at: 'node P.1 (Manajemen Perubahan)',
      message: "children weights add up to 5, not the node's 4",
    });
  });

  it('an unknown answer type', () => {
    const broken = clone(permenpanrb90of2021);
    const item = node(broken, 'P.1.i').items?.[0];
    if (item) (item as { answerType: string }).answerType = 'SKALA_LIKERT';
    expect(validateInstrument(broken)).toContainEqual({
      at: 'item P.1.i.a',
      message:
        'unknown answer type "SKALA_LIKERT"; expected one of YA_TIDAK, ABC, ABCD, ABCDE, PERCENT, SURVEY',
    });
  });

  it('duplicate codes', () => {
    const broken = clone(permenpanrb90of2021);
    const items = node(broken, 'P.1.i').items ?? [];
    if (items[1]) items[1].code = 'P.1.i.a';
    expect(validateInstrument(broken)).toContainEqual({
      at: 'item P.1.i.a',
      message: 'duplicate code "P.1.i.a" (also item P.1.i.a)',
    });
  });

  it('a % item without inputs, or whose formula reads an input it lacks', () => {
    const broken = clone(permenpanrb90of2021);
    const [agents, integration] = node(broken, 'R.1.i').items ?? [];
    if (agents) delete agents.inputs;
    if (integration?.inputs)
      integration.inputs = integration.inputs.filter((input) => input.key !== 'terintegrasi');
    const problems = validateInstrument(broken);
    expect(problems).toContainEqual({ at: 'item R.1.i.a', message: 'a % item needs numeric inputs' });
    expect(problems).toContainEqual({
      at: 'item R.1.i.b',
      message: 'its formula reads "terintegrasi", which is not one of its inputs',
    });
  });

  it('criteria and area groups that name missing nodes or items', () => {
    const broken = clone(permenpanrb90of2021);
    broken.predicates.WBK.criteria.push({
      key: 'x',
      label: 'X',
      measure: { kind: 'item', code: 'Z.9' },
      min: 1,
    });
    broken.areaGroups.push({ key: 'ZZ', name: 'Zona', nodes: ['P.9'] });
    const problems = validateInstrument(broken);
    expect(problems).toContainEqual({
      at: 'WBK criterion x',
      message: 'measures item "Z.9", which does not exist',
    });
    expect(problems).toContainEqual({
      at: 'area group ZZ',
      message: 'names node "P.9", which does not exist',
    });
  });
});
