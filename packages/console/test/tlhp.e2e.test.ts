import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  artifactsDir,
  chooseOption,
  launchChromium,
  signIn,
  startProduct,
} from './browser.ts';

type Product = Awaited<ReturnType<typeof startProduct>>;
type Browser = Awaited<ReturnType<typeof launchChromium>>;

async function openTlhp(page: Page, product: Product) {
  await page.goto(`${product.url}/#/recommendations`);
  await page.locator('[data-testid=tlhp-grid] .ag-row').first().waitFor();
}

describe('audit follow-up (TLHP) in Chromium', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;
  let evaluationId: number;
  let unitId: number;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
    page = await browser.context.newPage();
    ({ id: evaluationId, unitId } = await product.database.prisma.evaluation.findFirstOrThrow({
      where: { unit: { code: 'KPP-BDG-KAREES' }, year: 2025 },
    }));
    await signIn(page, product.url, 'inspektorat@kemenkeu.go.id', 'inspektorat-demo');
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('lets the inspectorate close a unit’s open recommendations in bulk, and the unit’s prerequisite turns green', async () => {
    await page.goto(`${product.url}/#/evaluations/${evaluationId}/show`);
    await expect
      .poll(() => page.getByTestId('evaluation-tlhp').textContent())
      .toMatch(/^Prasyarat TLHP 100% belum terpenuhi/);

    await openTlhp(page, product);
    await page.getByLabel('Unit', { exact: true }).click();
    await chooseOption(page.getByRole('option', { name: 'KPP Pratama Bandung Karees' }));
    await expect.poll(() => page.locator('[data-testid=tlhp-grid] .ag-row').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('[data-testid=tlhp-grid] .ag-header-select-all').first().click();
    await expect
      .poll(() => page.getByTestId('tlhp-bulk').textContent())
      .toMatch(/[1-9]\d* rekomendasi dipilih/);
    await page.screenshot({ path: join(artifactsDir, 'tlhp-grid.png') });
    await page.getByTestId('tlhp-apply').click();
    const statuses = () => page.locator('[data-testid=tlhp-grid] .ag-row [col-id=status]').allTextContents();
    await expect.poll(async () => [...new Set(await statuses())]).toEqual(['Sesuai']);
    expect((await statuses()).length).toBeGreaterThan(0);

    await page.getByTestId('tlhp-tab-progress').click();
    const unitRow = page.getByTestId('tlhp-progress-row').filter({ hasText: 'KPP Pratama Bandung Karees' });
    await expect.poll(() => unitRow.textContent()).toMatch(/KPP Pratama Bandung Karees100%/);
    await page.screenshot({ path: join(artifactsDir, 'tlhp-progress.png') });

    // The unit's follow-up is complete now; its evaluation, already proposed, stands on the statuses of its
    // proposal (domain spec §3) and says so.
    await page.goto(`${product.url}/#/units/${unitId}/show`);
    await expect
      .poll(() => page.getByTestId('unit-tlhp').textContent())
      .toMatch(/Prasyarat TLHP 100% terpenuhi/);
    await page.goto(`${product.url}/#/evaluations/${evaluationId}/show`);
    await expect
      .poll(() => page.getByTestId('evaluation-tlhp').textContent())
      .toMatch(/^Prasyarat TLHP 100% belum terpenuhi \(66,7%\) · per usulan /);
  });

  it('shows a recommendation’s status history as a timeline', async () => {
    await openTlhp(page, product);
    await page.locator('[data-testid=tlhp-grid] .ag-row [col-id=text]').first().dblclick();
    const history = page.getByTestId('tlhp-history');
    await history.waitFor();
    expect(await history.textContent()).toMatch(/Riwayat status/);
    await page.keyboard.press('Escape');
  });

  it('previews an imported list, lists its rejections, and imports a clean one on confirmation', async () => {
    const audit = await product.database.prisma.audit.findFirstOrThrow({
      where: { agency: { code: 'KEMENKEU' } },
      include: { findings: { include: { recommendations: true } } },
    });
    const finding = audit.findings[0];
    const csv = (status: string) =>
      [
        'No. LHP;No. Temuan;Temuan;No. Rekomendasi;Rekomendasi;Status',
        `${audit.reportNumber};${finding?.number};${finding?.title};77;Tertibkan arsip kas;${status}`,
      ].join('\n');
    const bad = join(tmpdir(), 'tl-salah.csv');
    const good = join(tmpdir(), 'tl-benar.csv');
    writeFileSync(bad, csv('Hampir sesuai'));
    writeFileSync(good, csv('BTL'));
    await openTlhp(page, product);
    await page.getByTestId('tlhp-import').click();
    await page.getByTestId('tlhp-import-file').setInputFiles(bad);
    await expect
      .poll(() => page.getByTestId('tlhp-import-summary').textContent())
      .toBe('0 baru, 0 berubah, 0 tetap, 1 ditolak.');
    expect(await page.getByTestId('tlhp-import-confirm').isDisabled()).toBe(true);
    await page.getByTestId('tlhp-import-file').setInputFiles(good);
    await expect
      .poll(() => page.getByTestId('tlhp-import-summary').textContent())
      .toBe('1 baru, 0 berubah, 0 tetap, 0 ditolak.');
    expect(
      await product.database.prisma.recommendation.count({ where: { text: 'Tertibkan arsip kas' } }),
    ).toBe(0);
    await page.getByTestId('tlhp-import-confirm').click();
    await page.getByTestId('tlhp-import-dialog').waitFor({ state: 'detached' });
    expect(
      await product.database.prisma.recommendation.count({ where: { text: 'Tertibkan arsip kas' } }),
    ).toBe(1);
  });

  it('lists the audit reports and opens one with its findings and recommendations', async () => {
    await page.getByRole('menuitem', { name: 'Laporan audit' }).click();
    await page.getByRole('columnheader', { name: 'Tanggal laporan' }).waitFor();
    await page.locator('table tbody tr', { hasText: '2/LHP/BPKP/KEMENKEU/2024' }).click();
    await page.getByText('Temuan 1.', { exact: false }).first().waitFor();
    expect(await page.locator('.MuiChip-label', { hasText: 'Sesuai' }).count()).toBeGreaterThan(0);
  });

  it('does not let a TPI change follow-up statuses', async () => {
    const tpi = await launchChromium();
    try {
      const tab = await tpi.context.newPage();
      await signIn(tab, product.url, 'tpi@kemenkeu.go.id', 'tpi-demo');
      await openTlhp(tab, product);
      expect(await tab.getByTestId('tlhp-bulk').count()).toBe(0);
      expect(await tab.getByTestId('tlhp-import').count()).toBe(0);
      const status = tab.locator('[data-testid=tlhp-grid] .ag-row [col-id=status]').first();
      const before = await status.textContent();
      await status.dblclick();
      expect(await tab.locator('.ag-cell-inline-editing').count()).toBe(0);
      expect(await status.textContent()).toBe(before);
    } finally {
      await tpi.close();
    }
  });
});
