import { describe, expect, it } from 'vitest';
import {
  inputRows,
  mapMasterList,
  parseMasterList,
  permenpanrb52of2014,
  permenpanrb90of2021,
  portalrbValue,
} from '../src/index.ts';
import { portalrbMasterList2026 } from './fixtures.ts';

describe('PortalRB’s master question list', async () => {
  const json = await portalrbMasterList2026();
  const { list, problems } = parseMasterList(json);

  it('reads the 2026 list: 127 soal in tree order', () => {
    expect(problems).toEqual([]);
    expect(list?.year).toBe(2026);
    expect(list?.soals.map((soal) => soal.id)).toEqual(Array.from({ length: 127 }, (_, index) => index + 1));
  });

  it('maps every soal onto the 90/2021 instrument’s inputs in order: options, counts per input, surveys', () => {
    const { mapping, problems: mapped } = mapMasterList(
      permenpanrb90of2021,
      list ?? { year: 0, generatedAt: null, soals: [] },
    );
    expect(mapped).toEqual([]);
    expect(mapping).toHaveLength(127);
    expect(mapping[0]).toEqual({ soal: 1, item: 'P.1.i.a' });
    const counts = mapping.filter((target) => target.input);
    expect(counts).toHaveLength(22);
    // The LHKPN group PortalRB words differently ("Non LHKPN" for LHKASN) still maps, by order and by type.
    expect(
      mapping.filter((target) => target.item.startsWith('R.5.iii')).map((target) => target.soal),
    ).toHaveLength(8);
    expect(mapping.at(-1)).toEqual({ soal: 127, item: 'H.II.a' });
  });

  it('refuses a list that does not map, naming each soal that fails', () => {
    const soals = list?.soals ?? [];
    // Two soal swapped: one a count, one an option.
    const swapped = [...soals];
    const option = swapped.findIndex((soal) => soal.answerType === 'ABC');
    const count = swapped.findIndex((soal) => soal.answerType.toLowerCase() === 'jumlah');
    [swapped[option], swapped[count]] = [
      swapped[count] as (typeof soals)[number],
      swapped[option] as (typeof soals)[number],
    ];
    const refused = mapMasterList(permenpanrb90of2021, { year: 2026, generatedAt: null, soals: swapped });
    expect(refused.mapping).toEqual([]);
    expect(refused.problems.map((problem) => [problem.soal, problem.message.id])).toEqual([
      [swapped[option]?.id, 'portalrb.typeMismatch'],
      [swapped[count]?.id, 'portalrb.typeMismatch'],
    ]);
    // Same types, wrong questions: the text says so.
    const shuffled = soals.map((soal, index) =>
      index === 0 ? { ...soal, text: 'Unit kerja menyediakan ruang laktasi bagi pegawai' } : soal,
    );
    expect(
      mapMasterList(permenpanrb90of2021, { year: 2026, generatedAt: null, soals: shuffled }).problems.map(
        (problem) => problem.message.id,
      ),
    ).toEqual(['portalrb.textMismatch']);
    // Another instrument has other inputs.
    expect(
      mapMasterList(permenpanrb52of2014, list ?? { year: 0, generatedAt: null, soals: [] }).problems[0]
        ?.message.id,
    ).toBe('portalrb.countMismatch');
    expect(inputRows(permenpanrb52of2014).length).not.toBe(127);
  });

  it('refuses what is not a master list, and a stated total the tree does not hold', () => {
    expect(parseMasterList({ tahun: 2026 }).problems[0]?.message.id).toBe('portalrb.notMasterList');
    expect(parseMasterList({ ...(json as object), total_soal: 128 }).problems[0]?.message.id).toBe(
      'portalrb.totalMismatch',
    );
  });

  it('writes answers as PortalRB takes them: options as they are, numbers with a dot, nothing as null', () => {
    expect(portalrbValue('A')).toBe('A');
    expect(portalrbValue(12.5)).toBe('12.5');
    expect(portalrbValue(null)).toBeNull();
  });
});
