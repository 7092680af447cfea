import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, launchChromium, signIn, startProduct } from './browser.ts';

describe('the console in Chromium', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('opens on the login page in Bahasa Indonesia', async () => {
    await page.goto(product.url);
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    expect(await page.locator('label', { hasText: 'Kata sandi' }).count()).toBe(1);
    await page.screenshot({ path: join(artifactsDir, 'login.png') });
  });

  it('refuses a wrong password and says so', async () => {
    await page.locator('input[name=username]').fill('admin@zi.go.id');
    await page.locator('input[name=password]').fill('bukan-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('Email atau kata sandi salah.').waitFor();
  });

  it('signs an administrator in to the dashboard: readiness, score spread, a unit’s areas, TLHP', async () => {
    await page.locator('input[name=password]').fill('admin-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    for (const panel of ['readiness', 'distribution', 'areas', 'tlhp'])
      await page.getByTestId(`dashboard-${panel}`).waitFor();
    await page.getByTestId('dashboard-areas').locator('svg').first().waitFor();
    expect(await page.getByTestId('dashboard-tlhp').textContent()).toMatch(/Kementerian Keuangan\d+(,\d+)?%/);
    await page.screenshot({ path: join(artifactsDir, 'dashboard.png'), fullPage: true });
  });

  it('offers administrators the users and the bulk grid in the menu', async () => {
    const menu = page.locator('.RaSidebar-fixed, .RaSidebar-root').first();
    for (const entry of ['Evaluasi', 'Unit kerja', 'Instansi', 'Instrumen LKE', 'Pengguna', 'Isian massal'])
      await menu.getByText(entry, { exact: true }).waitFor();
  });

  it('tells an administrator where an account of a role must sit before it is sent, in the API’s words', async () => {
    await page.goto(`${product.url}/#/users/create`);
    await page.getByLabel('Peran').click();
    await page.getByRole('option', { name: 'Tim Penilai Internal' }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('peran TPI memerlukan instansi').waitFor();
    expect(await product.database.prisma.user.count({ where: { role: 'TPI', agencyId: null } })).toBe(0);
  });

  it('lists the agencies with their unit counts', async () => {
    await page.getByRole('menuitem', { name: 'Instansi' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Kementerian Keuangan' });
    await row.waitFor();
    expect(await row.textContent()).toContain('KEMENKEU');
    expect(await page.getByRole('columnheader', { name: 'Jumlah unit' }).count()).toBe(1);
  });

  it('keeps an agency’s prerequisites year by year', async () => {
    await page.getByRole('row').filter({ hasText: 'Kementerian Keuangan' }).click();
    await page.getByTestId('agency-profiles').waitFor();
    await page.getByLabel('Tahun', { exact: true }).click();
    await page.getByRole('option', { name: '2026' }).click();
    await page.getByLabel('SAKIP instansi').click();
    await page.getByRole('option', { name: 'BB', exact: true }).click();
    await page.getByTestId('agency-profile-save').click();
    await page.getByTestId('agency-profiles').getByRole('row').filter({ hasText: '2026' }).waitFor();
    const profile = await product.database.prisma.agencyProfile.findFirstOrThrow({
      where: { agency: { code: 'KEMENKEU' }, year: 2026 },
    });
    expect(profile.sakipGrade).toBe('BB');
  });

  it('shows the units as a tree', async () => {
    await page.getByRole('menuitem', { name: 'Unit kerja' }).click();
    await page.getByText('└ KPP Pratama Bandung Cibeunying').waitFor();
  });

  it('browses an instrument as a tree down to its items', async () => {
    await page.getByRole('menuitem', { name: 'Instrumen LKE' }).click();
    await page.getByRole('row').filter({ hasText: 'PERMENPANRB-90-2021' }).click();
    const tree = page.getByTestId('instrument-tree');
    await tree.getByText('P · Pemenuhan').click();
    await tree.getByText('P.1 · Manajemen Perubahan').click();
    await tree.getByText('P.1.i · Penyusunan Tim Kerja').click();
    await tree
      .getByText('Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas')
      .waitFor();
  });

  it('opens an evaluation from the list and says on a disabled stage button why the move is not possible yet', async () => {
    await page.getByRole('menuitem', { name: 'Evaluasi' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: 'KPP Pratama Bandung Cibeunying' })
      .filter({ hasText: '2025' })
      .click();
    const button = page.getByTestId('stage-PENILAIAN_TPI');
    await button.waitFor();
    expect(await button.isDisabled()).toBe(true);
    await button.locator('..').hover();
    await page
      .getByRole('tooltip')
      .getByText(/lapisan UNIT baru terisi \d+ dari 113 butir/)
      .waitFor();
  });

  it('opens the evaluation’s printable report and downloads it as a PDF', async () => {
    await page.getByTestId('evaluation-report').click();
    const report = page.frameLocator('[data-testid=report-frame]');
    await report.getByText('Laporan Evaluasi Zona Integritas').waitFor();
    await report.getByText('Ketua Tim Penilai Nasional').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'report.png') });
    const download = page.waitForEvent('download');
    await page.getByTestId('report-pdf').click();
    expect((await download).suggestedFilename()).toMatch(/^laporan-evaluasi-\d+\.pdf$/);
  });

  it('fills the bulk grid by paste and saves every row in one call', async () => {
    await page.goto(`${product.url}/#/bulk`);
    const grid = page.getByTestId('bulk-grid');
    const first = grid.locator('.ag-row[row-index="0"]');
    await first.locator('[col-id="IPAK"]').waitFor();
    const evaluationId = Number(await first.getAttribute('row-id'));
    await first.locator('[col-id="IPAK"]').click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '3,61\t3,82\tB\n4,5\t3\tB\n');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    });
    await expect.poll(() => page.getByTestId('bulk-dirty').textContent()).toMatch(/^\d+ sel belum disimpan$/);
    expect(await grid.locator('.zi-invalid').count()).toBe(1);
    await page.screenshot({ path: join(artifactsDir, 'bulk-grid.png') });
    await page.getByTestId('bulk-save').click();
    await expect.poll(() => page.getByTestId('bulk-dirty').textContent()).toBe('Semua tersimpan');
    const saved = await product.database.prisma.evaluation.findUniqueOrThrow({
      where: { id: evaluationId },
      include: { surveys: true, answers: { where: { item: { code: 'H.I.b' } } } },
    });
    expect(saved.surveys.map((survey) => [survey.kind, survey.score]).sort()).toEqual([
      ['IPAK', 3.61],
      ['IPKP', 3.82],
    ]);
    expect(saved.answers.map((answer) => answer.option)).toEqual(['B', 'B', 'B']);
  });

  it('exports the bulk grid as a workbook and takes a filled one back through the same review and save', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('bulk-export').click();
    const exported = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const ipkp = header.indexOf('Survei IPKP (0–4)') + 1;
    const unitCode = sheet.getRow(3).getCell(1).value;
    sheet.getRow(3).getCell(ipkp).value = 3.33;
    const filled = join(tmpdir(), 'isian-massal-terisi.xlsx');
    await workbook.xlsx.writeFile(filled);
    await page.getByTestId('bulk-import-file').setInputFiles(filled);
    await expect.poll(() => page.getByTestId('bulk-dirty').textContent()).toBe('1 sel belum disimpan');
    await page.getByTestId('bulk-save').click();
    await expect.poll(() => page.getByTestId('bulk-dirty').textContent()).toBe('Semua tersimpan');
    const survey = await product.database.prisma.surveyResult.findFirstOrThrow({
      where: { kind: 'IPKP', evaluation: { year: 2025, unit: { code: String(unitCode) } } },
    });
    expect(survey.score).toBe(3.33);
  });

  it('switches to English, numbers included', async () => {
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const request = page.waitForRequest((each) => each.url().endsWith('/graphql'));
    await page.getByRole('menuitem', { name: 'Agencies' }).click();
    // The API then answers its errors in English too.
    expect((await request).headers()['accept-language']).toBe('en');
    await page.getByRole('columnheader', { name: 'Units' }).waitFor();
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    await page.getByTestId('dashboard-tlhp').waitFor();
    expect(await page.getByTestId('dashboard-tlhp').textContent()).toMatch(
      /Kementerian Keuangan\d+(\.\d+)?%/,
    );
  });

  it('keeps the session across a reload and ends it on logout', async () => {
    await page.reload();
    await page.getByTestId('dashboard-tlhp').waitFor();
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.getByRole('button', { name: /^(Sign in|Masuk)$/ }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^(Sign in|Masuk)$/ }).waitFor();
  });

  it('shows a TPI neither the users nor the bulk grid', async () => {
    const tab = await browser.context.newPage();
    await signIn(tab, product.url, 'tpi@kemenkeu.go.id', 'tpi-demo');
    await tab.getByRole('menuitem', { name: /Evaluasi|Evaluations/ }).waitFor();
    expect(await tab.getByRole('menuitem', { name: /Pengguna|Users/ }).count()).toBe(0);
    expect(await tab.getByRole('menuitem', { name: /Isian massal|Bulk entry/ }).count()).toBe(0);
    await tab.close();
  });
});
