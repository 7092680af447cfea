import { describe, expect, it } from 'vitest';
import {
  compile,
  evaluateAnswer,
  type ItemDefinition,
  maxInputCount,
  permenpanrb52of2014,
  permenpanrb90of2021,
  renderMessage,
} from '../src/index.ts';

const item = (code: string) => {
  const found = compile(permenpanrb90of2021).items.find((each) => each.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found as ItemDefinition;
};

describe('answer values per type', () => {
  it.each([
    ['P.1.i.a', 'Ya', 1],
    ['P.1.i.a', 'Tidak', 0],
    ['P.1.i.a', 'ya', 1],
    ['P.1.i.b', 'A', 1],
    ['P.1.i.b', 'B', 0.5],
    ['P.1.i.b', 'C', 0],
    ['P.1.iii.a', 'B', 0.67],
    ['P.1.iii.a', 'C', 0.33],
    ['P.1.iii.a', 'D', 0],
    ['P.2.i.b', 'B', 0.75],
    ['P.2.i.b', 'C', 0.5],
    ['P.2.i.b', 'D', 0.25],
    ['P.2.i.b', 'e', 0],
  ])('%s answered %s is worth %d', (code, option, value) => {
    expect(evaluateAnswer(item(code), { option })).toEqual({ value, problems: [] });
  });

  it('rejects an option the type does not have, naming the item and the choices', () => {
    expect(evaluateAnswer(item('P.1.i.b'), { option: 'D' })).toEqual({
      value: null,
      problems: [
        {
          item: 'P.1.i.b',
          field: 'option',
          message: { id: 'answer.option', params: { labels: ['A', 'B', 'C'], got: '"D"' } },
        },
      ],
    });
    expect(evaluateAnswer(item('P.1.i.a'), { option: 'A' }).problems[0]?.message.params).toMatchObject({
      labels: ['Ya', 'Tidak'],
    });
  });

  it('leaves blank answers unanswered without a problem', () => {
    expect(evaluateAnswer(item('P.1.i.b'), { option: '' })).toEqual({ value: null, problems: [] });
    expect(evaluateAnswer(item('P.1.i.b'), null)).toEqual({ value: null, problems: [] });
    expect(evaluateAnswer(item('H.I.a'), { score: null })).toEqual({ value: null, problems: [] });
  });

  it('takes survey scores 0–4 as score/4 and rejects anything else', () => {
    expect(evaluateAnswer(item('H.I.a'), { score: 3.6 }).value).toBeCloseTo(0.9, 12);
    expect(evaluateAnswer(item('H.I.a'), { score: 0 }).value).toBe(0);
    expect(evaluateAnswer(item('H.I.a'), { score: 4 }).value).toBe(1);
    for (const score of [4.01, -0.5, Number.NaN]) {
      expect(evaluateAnswer(item('H.I.a'), { score }).problems).toEqual([
        {
          item: 'H.I.a',
          field: 'score',
          message: { id: 'answer.surveyRange', params: { got: String(score) } },
        },
      ]);
    }
  });
});

describe('% formulas', () => {
  const agents = item('R.1.i.a');
  const discipline = item('R.3.iii.a');
  const complaints = item('R.5.ii.a');
  const lhkpn = item('R.5.iii.1.a');
  const lhkasn = item('R.5.iii.2.a');

  it('divides and caps to 1: change agents, complaints', () => {
    expect(evaluateAnswer(agents, { inputs: { agen: 8, perubahan: 6 } }).value).toBe(0.75);
    expect(evaluateAnswer(agents, { inputs: { agen: 4, perubahan: 9 } }).value).toBe(1);
    expect(evaluateAnswer(complaints, { inputs: { harus: 10, diproses: 3, selesai: 7 } }).value).toBe(0.7);
  });

  it('needs every input, even those the formula does not read (the workbook shows "Blm Diisi")', () => {
    expect(evaluateAnswer(complaints, { inputs: { harus: 10, selesai: 7 } })).toEqual({
      value: null,
      problems: [],
    });
    expect(evaluateAnswer(discipline, { inputs: { tahunLalu: 4, tahunIni: 1 } })).toEqual({
      value: null,
      problems: [],
    });
  });

  it('sums the LHKPN and LHKASN obliged from their sub-inputs', () => {
    expect(
      evaluateAnswer(lhkpn, { inputs: { kepala: 1, pejabat: 1, lainnya: 13, melapor: 13 } }).value,
    ).toBeCloseTo(13 / 15, 15);
    expect(
      evaluateAnswer(lhkasn, { inputs: { eselon3: 0, eselon4: 1, fungsional: 12, melapor: 12 } }).value,
    ).toBeCloseTo(12 / 13, 15);
  });

  it('applies the discipline rule: decrease over last year, 1 with none in either year, 0 when violations appear', () => {
    const value = (tahunLalu: number, tahunIni: number) =>
      evaluateAnswer(discipline, { inputs: { tahunLalu, tahunIni, disanksi: 0 } }).value;
    expect(value(4, 1)).toBe(0.75);
    expect(value(0, 0)).toBe(1);
    expect(value(0, 3)).toBe(0);
    expect(value(2, 5)).toBe(0);
    expect(value(5, 0)).toBe(1);
  });

  it('rejects a zero denominator, naming the inputs', () => {
    expect(evaluateAnswer(agents, { inputs: { agen: 0, perubahan: 3 } })).toEqual({
      value: null,
      problems: [
        {
          item: 'R.1.i.a',
          field: 'inputs',
          message: { id: 'answer.zeroDenominator', params: { labels: ['Jumlah Agen Perubahan'] } },
        },
      ],
    });
    const [problem] = evaluateAnswer(lhkpn, {
      inputs: { kepala: 0, pejabat: 0, lainnya: 0, melapor: 0 },
    }).problems;
    expect(renderMessage(problem?.message ?? { id: 'value.required' }, 'en')).toMatch(
      /Kepala satuan kerja \+ Pejabat yang diwajibkan menyampaikan LHKPN \+ Lainnya/,
    );
  });

  it('rejects negative, non-numeric and unknown inputs, naming the input', () => {
    const { problems } = evaluateAnswer(agents, {
      inputs: { agen: -1, perubahan: 'lima' as unknown as number, extra: 2 },
    });
    expect(problems.map((problem) => problem.item).sort()).toEqual([
      'R.1.i.a.agen',
      'R.1.i.a.extra',
      'R.1.i.a.perubahan',
    ]);
  });

  it('takes only whole counts from 0 to the maximum, naming the item and input', () => {
    expect(evaluateAnswer(agents, { inputs: { agen: maxInputCount, perubahan: 0 } }).value).toBe(0);
    for (const agen of [2.5, -3, maxInputCount + 1, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(evaluateAnswer(agents, { inputs: { agen, perubahan: 1 } })).toEqual({
        value: null,
        problems: [
          {
            item: 'R.1.i.a.agen',
            field: 'inputs',
            message: {
              id: 'answer.inputCount',
              params: { label: 'Jumlah Agen Perubahan', max: 10_000_000, got: String(agen) },
            },
          },
        ],
      });
    }
  });

  it('refuses inputs that are not a flat object of numbers with a problem, not an exception', () => {
    for (const inputs of ['8', 8, [8, 6], true]) {
      expect(evaluateAnswer(agents, { inputs } as never)).toEqual({
        value: null,
        problems: [
          {
            item: 'R.1.i.a',
            field: 'inputs',
            message: {
              id: 'answer.inputsShape',
              params: { keys: ['agen', 'perubahan'], got: expect.any(String) },
            },
          },
        ],
      });
    }
    let deep: unknown = 1;
    for (let depth = 0; depth < 100_000; depth++) deep = { deep };
    for (const agen of [{ count: 8 }, [8], deep, 'x'.repeat(100_000)]) {
      const { value, problems } = evaluateAnswer(agents, { inputs: { agen, perubahan: 6 } } as never);
      expect(value).toBeNull();
      expect(problems).toEqual([
        {
          item: 'R.1.i.a.agen',
          field: 'inputs',
          message: {
            id: 'answer.inputCount',
            params: expect.objectContaining({ got: expect.stringMatching(/^.{1,50}$/) }),
          },
        },
      ]);
    }
  });
});

describe('% inputs in the instruments', () => {
  it('are all counts (of things, or of people in a group), which the whole-number rule assumes', () => {
    const labels = [permenpanrb90of2021, permenpanrb52of2014].flatMap((definition) =>
      compile(definition).items.flatMap((each) => (each.inputs ?? []).map((input) => input.label)),
    );
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((label) => !/^(Jumlah|Kepala|Pejabat|Lainnya)\b/.test(label))).toEqual([]);
  });
});
