import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { permenpanrb90of2021 } from '@zi/schema';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lkeRows } from '../src/evaluations/lke/sheet.ts';
import {
  accessibilityViolations,
  artifactsDir,
  lkeCell as cell,
  launchChromium,
  paste,
  signIn,
  startProduct,
} from './browser.ts';

type Product = Awaited<ReturnType<typeof startProduct>>;
const worksheet = lkeRows(permenpanrb90of2021);
const officialWorkbook = fileURLToPath(
  new URL('../../../../shared/domain/lke-zi-permenpanrb-90-2021.xlsx', import.meta.url),
);
type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** Pastes text at the focused cell through a real paste event, as Ctrl+V from Excel delivers it. */
async function evaluationId(product: Product, unit: string, year: number) {
  return (
    await product.database.prisma.evaluation.findFirstOrThrow({ where: { unit: { code: unit }, year } })
  ).id;
}

async function openWorksheet(page: Page, product: Product, id: number) {
  await page.goto(`${product.url}/#/evaluations/${id}/show`);
  await cell(page, 'P.1.i.a', 'UNIT').waitFor();
}

describe('the LKE worksheet in Chromium', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;
  let id: number;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
    page = await browser.context.newPage();
    id = await evaluationId(product, 'KPP-BDG-CIBEUNYING', 2025);
    await signIn(page, product.url, 'operator@kpp-cibeunying.go.id', 'operator-demo');
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('lets a unit operator fill a sub-area by typing, paste a 10×1 block, watch the score move, save and find it after a reload', async () => {
    await openWorksheet(page, product, id);
    const total = page.getByTestId('score-total');
    await total.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const before = await total.textContent();

    // Sub-area P.1.i by typing: Ya/Tidak, then A–C answers, each cell committed with Enter.
    for (const [row, text] of [
      ['P.1.i.a', 'tidak'],
      ['P.1.i.b', 'c'],
    ] as const) {
      await cell(page, row, 'UNIT').click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => cell(page, 'P.1.i.a', 'UNIT').textContent()).toBe('Tidak');
    await expect.poll(() => cell(page, 'P.1.i.b', 'UNIT').textContent()).toBe('C');
    await expect.poll(() => total.textContent()).not.toBe(before);
    const afterTyping = await total.textContent();

    // Ten worksheet rows from P.1.ii.a down, as copied from the official workbook: blank on the heading
    // rows, the last option on each item, and one answer that does not fit its item.
    const start = worksheet.findIndex((row) => row.id === 'P.1.ii.a');
    const block = worksheet
      .slice(start, start + 10)
      .map((row) =>
        row.kind === 'heading' ? '' : row.kind === 'input' ? '5' : (row.item.options.at(-1)?.label ?? '3'),
      );
    block[1] = 'Z';
    await cell(page, 'P.1.ii.a', 'UNIT').click();
    await paste(page, `${block.join('\r\n')}\r\n`);
    const filled = block.filter((text) => text !== '').length;
    await expect
      .poll(() => page.getByTestId('lke-report').textContent())
      .toMatch(
        new RegExp(`^${filled - 1} sel diisi, 1 ditolak\\.${worksheet[start + 1]?.id} · Unit: jawaban`),
      );
    expect(await page.locator('[data-testid=lke-grid] .zi-invalid').count()).toBe(1);
    await expect.poll(() => total.textContent()).not.toBe(afterTyping);
    const dirty = await page.getByTestId('lke-dirty').textContent();
    expect(dirty).toMatch(/^\d+ sel belum disimpan$/);
    await page.screenshot({ path: join(artifactsDir, 'lke-grid.png'), fullPage: true });

    // Undo the paste, redo it: the counts come back.
    await cell(page, 'P.1.i.a', 'code').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('lke-dirty').textContent()).toBe('2 sel belum disimpan');
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.getByTestId('lke-dirty').textContent()).toBe(dirty);

    const answerReads: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('query Answers')) answerReads.push(request.url());
    });
    const saveAndWait = async () => {
      await page.getByTestId('lke-save').click();
      // The refused "Z" was never stored: after the save the grid still says so, and the cell stays marked.
      await expect
        .poll(() => page.getByTestId('lke-dirty').textContent())
        .toBe('1 sel ditolak, tidak tersimpan');
    };
    const saved = await total.textContent();
    await saveAndWait();
    expect(await page.locator('[data-testid=lke-grid] .zi-invalid').count()).toBe(1);
    // The grid keeps what the save answered (the new versions) instead of reading every answer again, so the
    // same answer saved twice more without a reload meets no conflict.
    for (const option of ['A', 'C']) {
      await cell(page, 'P.1.i.b', 'UNIT').click();
      await page.keyboard.type(option);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('lke-dirty').textContent()).toBe('1 sel belum disimpan');
      await saveAndWait();
    }
    expect(answerReads).toEqual([]);
    await page.reload();
    await cell(page, 'P.1.i.a', 'UNIT').waitFor();
    await expect.poll(() => cell(page, 'P.1.i.a', 'UNIT').textContent()).toBe('Tidak');
    expect(await cell(page, 'P.1.i.b', 'UNIT').textContent()).toBe('C');
    await expect.poll(() => page.getByTestId('score-total').textContent()).toBe(saved);
    const stored = await product.database.prisma.answer.findFirstOrThrow({
      where: { evaluationId: id, layer: 'UNIT', item: { code: 'P.1.i.b' } },
    });
    expect(stored.option).toBe('C');
    const apiScore = await product.database.prisma.layerScore.findUniqueOrThrow({
      where: { evaluationId_layer: { evaluationId: id, layer: 'UNIT' } },
    });
    expect(Number(saved?.replace(',', '.'))).toBeCloseTo(apiScore.total, 2);
  });

  it('fills a range selected with Shift+click down with Ctrl+D, and undoes it', async () => {
    await openWorksheet(page, product, id);
    const top = cell(page, 'P.1.ii.b', 'UNIT');
    const below = cell(page, 'P.1.ii.c', 'UNIT');
    const kept = await below.textContent();
    const current = await top.textContent();
    const answer = ['A', 'B', 'C'].find((option) => option !== kept && option !== current) ?? 'A';
    await top.click();
    await page.keyboard.type(answer);
    await page.keyboard.press('Enter');
    await below.click({ modifiers: ['Shift'] });
    await expect.poll(() => page.locator('[data-testid=lke-grid] .zi-in-range').count()).toBe(2);
    await page.keyboard.press('Control+d');
    await expect.poll(() => below.textContent()).toBe(answer);
    await page.keyboard.press('Control+z');
    await expect.poll(() => below.textContent()).toBe(kept);
    expect(await top.textContent()).toBe(answer);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('lke-dirty').textContent()).toBe('Semua tersimpan');
  });

  it('extends a selection with Shift+Arrow, as a spreadsheet does', async () => {
    const start = cell(page, 'P.1.iii.a', 'UNIT');
    await start.click();
    // The keys go to the cell once it has the focus; a loaded machine redraws the range late.
    await expect.poll(() => start.getAttribute('class')).toContain('ag-cell-focus');
    const inRange = () => page.locator('[data-testid=lke-grid] .zi-in-range').count();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(inRange, { timeout: 5000 }).toBe(3);
    await page.keyboard.press('ArrowDown');
    await expect.poll(inRange, { timeout: 5000 }).toBe(0);
  });

  it('fits an office laptop (1366×768): every column on screen, one line a question, meanings a hover away', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    try {
      await openWorksheet(page, product, id);
      const evidence = page.locator('[data-testid=lke-grid] .ag-header-cell[col-id^="evidence."]');
      const box = await evidence.boundingBox();
      expect((box?.x ?? Number.POSITIVE_INFINITY) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
      await page.getByTestId('lke-total').waitFor();
      // Rows of one line: a sub-area's items and headings fit on the screen together.
      const row = page.locator('[data-testid=lke-grid] .ag-row[row-id="P.1.i.b"]').first();
      expect((await row.boundingBox())?.height).toBeLessThanOrEqual(40);
      await page.locator('[data-testid=lke-grid] [row-id="P.1.i.b"] [col-id="question"]').hover();
      await page
        .locator('.ag-tooltip')
        .getByText(/^Penentuan anggota Tim dipilih melalui prosedur/)
        .waitFor();
      // The option list says what each letter means; choosing one writes its letter.
      const chosen = cell(page, 'P.1.i.b', 'UNIT');
      const before = await chosen.textContent();
      const pick = before === 'A' ? 'B' : 'A';
      await chosen.click();
      await page.keyboard.press('Enter');
      await page.locator('.ag-list-item', { hasText: `${pick} — Jika` }).click();
      await expect.poll(() => chosen.textContent()).toBe(pick);
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.getByTestId('lke-dirty').textContent()).toBe('Semua tersimpan');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('shows only the UNIT column to a unit operator', async () => {
    expect(await page.locator('[data-testid=lke-grid] .ag-header-cell[col-id="TPI"]').count()).toBe(0);
  });

  it('produces a visible conflict when two people edit the same cell', async () => {
    const other: Browser = await launchChromium();
    try {
      const second = await other.context.newPage();
      await signIn(second, product.url, 'operator@kpp-cibeunying.go.id', 'operator-demo');
      await openWorksheet(page, product, id);
      await openWorksheet(second, product, id);
      for (const [tab, answer] of [
        [page, 'A'],
        [second, 'B'],
      ] as const) {
        await cell(tab, 'P.1.i.b', 'UNIT').click();
        await tab.keyboard.type(answer);
        await tab.keyboard.press('Enter');
      }
      await page.getByTestId('lke-save').click();
      await expect.poll(() => page.getByTestId('lke-dirty').textContent()).toBe('Semua tersimpan');
      await second.getByTestId('lke-save').click();
      const dialog = second.getByTestId('conflict-dialog');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('P.1.i.b');
      expect(await second.getByTestId('conflict-theirs').first().textContent()).toBe('A');
      await second.screenshot({ path: join(artifactsDir, 'lke-conflict.png') });
      await dialog.getByRole('button', { name: 'Pertahankan milik saya' }).click();
      await second.getByTestId('lke-save').click();
      await expect.poll(() => second.getByTestId('lke-dirty').textContent()).toBe('Semua tersimpan');
      const stored = await product.database.prisma.answer.findFirstOrThrow({
        where: { evaluationId: id, layer: 'UNIT', item: { code: 'P.1.i.b' } },
      });
      expect(stored.option).toBe('B');
    } finally {
      await other.close();
    }
  });

  it('downloads the layer as an LKE workbook and imports the official one after its preview', async () => {
    await openWorksheet(page, product, id);
    const download = page.waitForEvent('download');
    await page.getByTestId('workbook-export').click();
    expect((await download).suggestedFilename()).toBe('LKE-ZI_KPP-BDG-CIBEUNYING_2025_UNIT.xlsx');
    await page.getByTestId('workbook-import').click();
    await page.getByTestId('workbook-file').setInputFiles(officialWorkbook);
    await expect
      .poll(() => page.getByTestId('workbook-summary').textContent())
      .toMatch(/^\d+ jawaban berubah, \d+ tetap, 0 bermasalah\.$/);
    await page.getByTestId('workbook-confirm').click();
    await page.locator('[data-testid=lke-grid][data-loaded=true]').waitFor();
    // The workbook is read in a worker thread, then the worksheet reloads: give it more than a second.
    await expect.poll(() => page.getByTestId('score-total').textContent(), { timeout: 10_000 }).toBe('95,63');
  });

  describe('for an internal assessor (TPI)', () => {
    let tpi: Browser;
    let tab: Page;
    let context: BrowserContext;

    beforeAll(async () => {
      tpi = await launchChromium();
      context = tpi.context;
      tab = await context.newPage();
      await signIn(tab, product.url, 'tpi@kemenkeu.go.id', 'tpi-demo');
    });
    afterAll(() => tpi?.close());

    it('cannot edit the UNIT column but can fill the TPI one', async () => {
      await openWorksheet(tab, product, await evaluationId(product, 'KPPN-BDG1', 2025));
      const unitCell = cell(tab, 'P.1.i.a', 'UNIT');
      await expect.poll(() => unitCell.textContent()).toBe('Ya');
      await unitCell.dblclick();
      await tab.keyboard.type('Tidak');
      await tab.keyboard.press('Enter');
      expect(await tab.locator('.ag-cell-inline-editing').count()).toBe(0);
      expect(await unitCell.textContent()).toBe('Ya');
      expect(await tab.getByTestId('lke-dirty').textContent()).toBe('Semua tersimpan');
      await cell(tab, 'P.1.i.a', 'TPI').click();
      await tab.keyboard.type('Tidak');
      await tab.keyboard.press('Enter');
      await expect.poll(() => cell(tab, 'P.1.i.a', 'TPI').textContent()).toBe('Tidak');
      expect(await tab.getByTestId('lke-dirty').textContent()).toBe('1 sel belum disimpan');
    });
  });
});
