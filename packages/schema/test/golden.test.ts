import { describe, expect, it } from 'vitest';
import { permenpanrb90of2021, scoreAnswers } from '../src/index.ts';
import { officialSample } from './fixtures.ts';

/** Where our rule differs from the workbook's formula: Reform 5.iii (LHKPN + LHKASN) and its ancestors. */
const lhkpnChain = ['R.5.iii', 'R.5.iii.2', 'R.5', 'R', 'PENGUNGKIT'];

describe('the official LKE workbook with its sample answers', async () => {
  const { answers, worksheet } = await officialSample(permenpanrb90of2021);
  const score = scoreAnswers(permenpanrb90of2021, answers);
  const cached = (row: number | null) => Number(worksheet.valueAt('L', row ?? 0));

  it('reads all 113 scored rows and nothing is invalid', () => {
    expect(score.itemCount).toBe(113);
    expect(score.answered).toBe(113);
    expect(score.problems).toEqual([]);
  });

  const comparable = score.nodes
    .filter((node) => !lhkpnChain.includes(node.code))
    .map((node) => [node.code, node.workbookRow] as const);

  it.each(comparable)('%s equals the workbook cell L%i within 1e-9', (code) => {
    const node = score.nodes.find((each) => each.code === code);
    expect(node?.workbookRow).toBeTypeOf('number');
    expect(Math.abs((node?.points ?? Number.NaN) - cached(node?.workbookRow ?? null))).toBeLessThanOrEqual(
      1e-9,
    );
  });

  it('totals 95.63260073260074 under our LHKPN/LHKASN rule (the spec’s check figure)', () => {
    expect(Math.abs(score.total - 95.63260073260074)).toBeLessThanOrEqual(1e-9);
    // LHKASN: 12 reported of 0 + 1 + 12 obliged (the sample types the total as 12).
    expect(score.nodes.find((node) => node.code === 'R.5.iii.2')?.points).toBeCloseTo(12 / 13, 12);
    expect(score.nodes.find((node) => node.code === 'R.5.iii')?.points).toBeCloseTo(13 / 15 + 12 / 13, 12);
  });

  it('totals 95.576190476190476 once Reform 5.iii is taken the workbook’s way, AVERAGE(L176:L179)*2', () => {
    const ours = score.nodes.find((node) => node.code === 'R.5.iii')?.points ?? 0;
    const workbooks = cached(175);
    expect(workbooks).toBeCloseTo(((13 / 15 + 13 / 15) / 2) * 2, 12);
    expect(Math.abs(score.total - ours + workbooks - 95.576190476190476)).toBeLessThanOrEqual(1e-9);
    for (const code of ['R.5', 'R', 'PENGUNGKIT']) {
      const node = score.nodes.find((each) => each.code === code);
      expect(
        Math.abs((node?.points ?? 0) - ours + workbooks - cached(node?.workbookRow ?? null)),
      ).toBeLessThanOrEqual(1e-9);
    }
  });

  it('reports the headline figures', () => {
    expect(score.pemenuhan).toBeCloseTo(30, 12);
    expect(score.hasil).toBeCloseTo(40, 12);
    expect(score.pengungkit).toBeCloseTo((score.pemenuhan ?? 0) + (score.reform ?? 0), 12);
    expect(score.total).toBeCloseTo(score.pengungkit + score.hasil, 12);
  });
});
