import { describe, expect, it } from 'vitest';
import { permenpanrb52of2014, permenpanrb90of2021, readInstrumentDefinition } from '../src/index.ts';

const copy = () => JSON.parse(JSON.stringify(permenpanrb90of2021));

describe('an instrument definition loaded as JSON', () => {
  it('reads both shipped instruments back as they are', () => {
    for (const shipped of [permenpanrb90of2021, permenpanrb52of2014]) {
      const json = JSON.parse(JSON.stringify(shipped));
      expect(readInstrumentDefinition(json)).toEqual({ definition: json, problems: [] });
    }
  });

  it('names the path of a wrong shape: an unknown answer type, a misspelt key, a missing rule set', () => {
    const json = copy();
    json.components[0].children[0].children[0].children[0].items[0].answerType = 'ESAI';
    json.components[0].children[0].bobot = 5;
    delete json.predicates;
    const { definition, problems } = readInstrumentDefinition(json);
    expect(definition).toBeNull();
    expect(problems.map((problem) => problem.at).sort()).toEqual([
      'components[0].children[0]',
      'components[0].children[0].children[0].children[0].items[0].answerType',
      'predicates',
    ]);
    expect(problems.find((problem) => problem.at.endsWith('answerType'))?.message).toMatch(/YA_TIDAK/);
    expect(problems.find((problem) => problem.at === 'components[0].children[0]')?.message).toMatch(/bobot/);
  });

  it('names the node or rule at fault when the shape is right but the rules are broken', () => {
    const json = copy();
    const component = json.components[0];
    const area = component.children[0].children[0];
    area.weight += 1;
    json.predicates.WBK.criteria[0].measure = { kind: 'node', code: 'TIDAK-ADA' };
    json.validToYear = json.validFromYear - 1;
    const { problems } = readInstrumentDefinition(json);
    expect(problems.map((problem) => problem.at)).toEqual(
      expect.arrayContaining([
        `node ${component.children[0].code} (${component.children[0].name})`,
        `node ${area.code} (${area.name})`,
        `WBK criterion ${json.predicates.WBK.criteria[0].key}`,
        'validToYear',
      ]),
    );
  });

  it('refuses a tree nested without end before walking it', () => {
    const json = copy();
    let node = json.components[0];
    for (let level = 0; level < 100_000; level++) {
      const child = { code: `N${level}`, name: 'x', level: 'AREA', weight: 1, children: [] as unknown[] };
      node.children = [child];
      node = child;
    }
    expect(readInstrumentDefinition(json).problems).toEqual([
      { at: 'components', message: 'nested deeper than 40 levels' },
    ]);
  });

  it('refuses what is not an instrument at all', () => {
    for (const json of [null, 'LKE', [], { code: 'lke kecil' }])
      expect(readInstrumentDefinition(json).problems.length).toBeGreaterThan(0);
  });
});
