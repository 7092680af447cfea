import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  type AnswerInput,
  evaluatePredicate,
  type InstrumentDefinition,
  itemsOf,
  permenpanrb52of2014,
  permenpanrb90of2021,
  scoreAnswers,
} from '../src/index.ts';
import { lkeWorkbookRows, plainValue, writeLkeWorkbook } from '../src/workbook.ts';
import { officialSample } from './fixtures.ts';

/** Opens the workbook in LibreOffice (Debian's libreoffice-calc), which recomputes every formula, and saves it. */
function recalculate(bytes: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), 'zi-lo-'));
  try {
    writeFileSync(join(dir, 'lke.xlsx'), bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--calc',
        '--convert-to',
        'xlsx',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'lke.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const saved = readFileSync(join(dir, 'out', 'lke.xlsx'));
    return saved.buffer.slice(saved.byteOffset, saved.byteOffset + saved.byteLength) as ArrayBuffer;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function exportAndRecalculate(
  definition: InstrumentDefinition,
  answers: Map<string, AnswerInput>,
  tlhpCompletion: number | null = null,
) {
  const score = scoreAnswers(definition, answers, { tlhpCompletion });
  const bytes = await writeLkeWorkbook(
    definition,
    answers,
    { title: 'Uji', score, criteria: evaluatePredicate(definition, score, 'WBK', null).criteria },
    { tlhpCompletion },
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(recalculate(bytes));
  const sheet = workbook.getWorksheet('LKE ZI');
  const rows = lkeWorkbookRows(definition);
  // LibreOffice stores every formula's result; ExcelJS reads a stored 0 back as no result at all.
  const valueAt = (row: number | undefined) =>
    Number(plainValue(sheet?.getCell(`L${row}`).value ?? null) ?? 0);
  return {
    score,
    nodes: score.nodes.map((node) => ({
      code: node.code,
      expected: node.points,
      recalculated: valueAt(rows.get(node.code)),
    })),
    total: Number(plainValue(workbook.getWorksheet('Ringkasan')?.getCell('D3').value ?? null)),
  };
}

const expectEqualTrees = (result: Awaited<ReturnType<typeof exportAndRecalculate>>) => {
  for (const node of result.nodes)
    expect(Math.abs(node.recalculated - node.expected), node.code).toBeLessThan(1e-9);
  expect(result.total).toBeCloseTo(result.score.total, 9);
};

describe('the LKE workbook export, recomputed by LibreOffice', () => {
  it('gives every sub-area, area and the total of the official sample exactly as the product does, LHKPN rule included', async () => {
    const { answers } = await officialSample(permenpanrb90of2021);
    const result = await exportAndRecalculate(permenpanrb90of2021, answers);
    expect(result.score.total).toBeCloseTo(95.63260073260074, 12);
    expectEqualTrees(result);
  });

  it('keeps the rules for blanks, invalid answers, zero denominators and decreases', async () => {
    const answers = new Map<string, AnswerInput>();
    itemsOf(permenpanrb90of2021).forEach((item, index) => {
      if (index % 5 === 0) return;
      if (item.answerType === 'SURVEY') answers.set(item.code, { score: index % 2 ? 3.2 : 5 });
      else if (item.answerType === 'PERCENT')
        answers.set(item.code, {
          inputs: Object.fromEntries(
            (item.inputs ?? []).map((input, position) => [
              input.key,
              index % 3 ? position * 3 + (index % 4) : 0,
            ]),
          ),
        });
      else answers.set(item.code, { option: item.options[index % item.options.length]?.label ?? null });
    });
    expectEqualTrees(await exportAndRecalculate(permenpanrb90of2021, answers));
  });

  it('scores the 2014 instrument with TLHP completion as its hasil item', async () => {
    const answers = new Map<string, AnswerInput>(
      itemsOf(permenpanrb52of2014).map((item) => [
        item.code,
        item.answerType === 'SURVEY'
          ? { score: 3.5 }
          : item.answerType === 'PERCENT'
            ? { inputs: Object.fromEntries((item.inputs ?? []).map((input) => [input.key, 4])) }
            : { option: item.options[1]?.label ?? null },
      ]),
    );
    const result = await exportAndRecalculate(permenpanrb52of2014, answers, 0.8);
    expectEqualTrees(result);
  });
});
