import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { permenpanrb90of2021 } from '@zi/schema';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../src/i18n/format.ts';
import {
  accessibilityViolations,
  artifactsDir,
  chooseOption,
  launchChromium,
  paste,
  signIn,
  startProduct,
} from './browser.ts';

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

  it('opens on the login page in Bahasa Indonesia, taking the first "signed out" as final', async () => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) asked.push(request.postData() ?? '');
    });
    await page.goto(product.url);
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    // react-admin's checks share one question, and nothing is retried with back-off before the form shows.
    const meAsked = asked.filter((body) => body.includes('query Me'));
    expect(meAsked.length).toBeGreaterThan(0);
    expect(meAsked.length).toBeLessThanOrEqual(2);
    page.removeAllListeners('request');
    expect(await accessibilityViolations(page)).toEqual([]);
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
    // Each unit's progress, counted live, agrees with the scoring service's stored count.
    const evaluation = await product.database.prisma.evaluation.findFirstOrThrow({
      where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2025 },
      include: { scores: { where: { layer: 'UNIT' } } },
    });
    const stored = evaluation.scores[0];
    await expect
      .poll(() => page.getByTestId(`dashboard-progress-${evaluation.id}`).textContent())
      .toContain(`${stored?.answered}/${stored?.itemCount} terjawab`);
    await page.screenshot({ path: join(artifactsDir, 'dashboard.png'), fullPage: true });
  });

  it('offers administrators the users and the bulk grid in the menu', async () => {
    const menu = page.locator('.RaSidebar-fixed, .RaSidebar-root').first();
    for (const entry of ['Evaluasi', 'Unit kerja', 'Instansi', 'Instrumen LKE', 'Pengguna', 'Isian massal'])
      await menu.getByText(entry, { exact: true }).waitFor();
  });

  it('has no serious or critical accessibility violation on any page (axe-core)', async () => {
    const { prisma } = product.database;
    const evaluation = await prisma.evaluation.findFirstOrThrow({
      where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2025 },
    });
    const agency = await prisma.agency.findFirstOrThrow({ where: { code: 'KEMENKEU' } });
    const pages: [string, string][] = [
      ['#/', '[data-testid=dashboard-tlhp]'],
      ['#/evaluations', '.RaDatagrid-row'],
      [`#/evaluations/${evaluation.id}/show`, '[data-testid=lke-grid][data-loaded=true]'],
      [`#/evaluations/${evaluation.id}/report`, '[data-testid=report-frame]'],
      ['#/units', '.RaDatagrid-row'],
      [`#/units/${evaluation.unitId}/show`, '[data-testid=unit-tlhp]'],
      ['#/agencies', '.RaDatagrid-row'],
      [`#/agencies/${agency.id}/show`, '[data-testid=agency-profiles]'],
      ['#/instruments', '.RaDatagrid-row'],
      ['#/users', '.RaDatagrid-row'],
      ['#/users/create', 'input[name=email]'],
      ['#/bulk', '[data-testid=bulk-grid] .ag-row'],
      ['#/recommendations', '[data-testid=tlhp-grid] .ag-row'],
      ['#/audits', '.RaDatagrid-row'],
    ];
    const found: string[] = [];
    for (const [path, ready] of pages) {
      await page.goto(`${product.url}/${path}`);
      await page.locator(ready).first().waitFor();
      found.push(...(await accessibilityViolations(page)).map((violation) => `${path} ${violation}`));
    }
    expect(found).toEqual([]);
  });

  it('says so on the page when the API fails under it, in the API’s words, instead of showing nothing', async () => {
    const evaluation = await product.database.prisma.evaluation.findFirstOrThrow({
      where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2025 },
    });
    const failing: [string, string, string][] = [
      ['#/', 'query Dashboard', 'dashboard-error'],
      ['#/bulk', 'query BulkRows', 'bulk-error'],
      ['#/recommendations', 'query Recommendations', 'tlhp-error'],
      [`#/evaluations/${evaluation.id}/show`, 'query Answers', 'lke-error'],
      [`#/evaluations/${evaluation.id}/report`, 'query Report', 'report-error'],
    ];
    for (const [path, operation, shown] of failing) {
      const message = `Basis data tidak menjawab (${operation})`;
      await page.route('**/graphql', (route) =>
        route.request().postData()?.includes(operation)
          ? route.fulfill({
              contentType: 'application/json',
              body: JSON.stringify({ errors: [{ message, extensions: { code: 'INTERNAL' } }] }),
            })
          : route.continue(),
      );
      await page.goto(`${product.url}/${path}`);
      await page.getByTestId(shown).getByText(message).waitFor();
      await page.unrouteAll();
    }
    // A list page: react-admin's notification, with the API's message.
    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('query Evaluations(')
        ? route.fulfill({
            contentType: 'application/json',
            body: JSON.stringify({ errors: [{ message: 'Daftar evaluasi gagal dimuat', extensions: {} }] }),
          })
        : route.continue(),
    );
    await page.goto(`${product.url}/#/evaluations`);
    await page.getByText('Daftar evaluasi gagal dimuat').first().waitFor();
    await page.unrouteAll();
  });

  it('tells an administrator where an account of a role must sit before it is sent, in the API’s words', async () => {
    await page.goto(`${product.url}/#/users/create`);
    await page.getByLabel('Peran').click();
    await chooseOption(page.getByRole('option', { name: 'Tim Penilai Internal' }));
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('peran Tim Penilai Internal memerlukan instansi').waitFor();
    expect(await product.database.prisma.user.count({ where: { role: 'TPI', agencyId: null } })).toBe(0);
  });

  it('offers only the chosen agency’s units for an account, and refuses a unit of another, marking the field', async () => {
    await page.goto(`${product.url}/#/users/create`);
    await page.getByLabel('Nama').fill('Operator Salah Tempat');
    await page.getByLabel('Email').fill('salah.tempat@zi.go.id');
    await page.getByLabel('Peran').click();
    await chooseOption(page.getByRole('option', { name: 'Operator unit' }));
    await page.locator('input[name=password]').fill('Rumah-Joglo-Tua-1987');
    // A unit first, the agency after: the picker cannot keep them apart, the API must.
    await page.getByLabel('Unit kerja').fill('Dinas Kependudukan');
    const dinas = page.getByRole('option', { name: /Dinas Kependudukan.*Banyuwangi/ });
    await dinas.waitFor();
    expect(await page.getByRole('option', { name: /Dinas Kependudukan.*Surabaya/ }).count()).toBe(1);
    await chooseOption(dinas);
    await page.getByLabel('Instansi').fill('Kementerian Keuangan');
    await chooseOption(page.getByRole('option', { name: 'Kementerian Keuangan' }));
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page
      .getByText(/bukan unit dari instansi yang dipilih/)
      .first()
      .waitFor();
    expect(await product.database.prisma.user.count({ where: { email: 'salah.tempat@zi.go.id' } })).toBe(0);
    // With the agency chosen, only its units are offered.
    await page.getByLabel('Unit kerja').fill('');
    await page
      .getByRole('option', { name: /KPP Pratama Bandung Cibeunying — Kementerian Keuangan/ })
      .waitFor();
    expect(await page.getByRole('option', { name: /Banyuwangi|Surabaya/ }).count()).toBe(0);
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
    await chooseOption(page.getByRole('option', { name: '2026' }));
    await page.getByLabel('SAKIP instansi').click();
    await chooseOption(page.getByRole('option', { name: 'BB', exact: true }));
    await page.getByTestId('agency-profile-save').click();
    await page.getByTestId('agency-profiles').getByRole('row').filter({ hasText: '2026' }).waitFor();
    const profile = await product.database.prisma.agencyProfile.findFirstOrThrow({
      where: { agency: { code: 'KEMENKEU' }, year: 2026 },
    });
    expect(profile.sakipGrade).toBe('BB');
  });

  it('shows the stored values of the chosen year in the prerequisites form and changes only what was changed', async () => {
    await page.getByRole('menuitem', { name: 'Instansi' }).click();
    await page.getByRole('row').filter({ hasText: 'Pemerintah Kota Surabaya' }).click();
    const stored = page.getByTestId('agency-profiles').getByRole('row').filter({ hasText: '2025' });
    await stored.waitFor();
    expect(await stored.getAttribute('aria-selected')).toBe('true');
    expect(await page.getByLabel('Opini BPK').textContent()).toBe('WTP');
    await page.getByLabel('Maturitas SPIP').fill('2');
    await page.getByTestId('agency-profile-save').click();
    await stored.filter({ hasText: /WTP\s*A\s*BB\s*2/ }).waitFor();
    const profile = await product.database.prisma.agencyProfile.findFirstOrThrow({
      where: { agency: { code: 'KOTA-SURABAYA' }, year: 2025 },
    });
    expect([profile.bpkOpinion, profile.sakipGrade, profile.indeksRbGrade, profile.spipLevel]).toEqual([
      'WTP',
      'A',
      'BB',
      2,
    ]);
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

  it('loads a new instrument from its JSON: a broken one lists its problems and is not stored, a good one opens', async () => {
    await page.getByRole('menuitem', { name: 'Instrumen LKE' }).click();
    const broken = structuredClone(permenpanrb90of2021);
    broken.code = 'LKE-UJI-RUSAK';
    (broken.components[0] as { weight: number }).weight = 70;
    const file = (name: string, content: string) => {
      const path = join(tmpdir(), name);
      writeFileSync(path, content);
      return path;
    };
    await page.getByTestId('instrument-load-file').setInputFiles(file('rusak.json', JSON.stringify(broken)));
    const problems = page.getByTestId('instrument-problems');
    await problems.getByText(/Definisi instrumen tidak dapat dimuat: \d+ masalah/).waitFor();
    expect(await problems.textContent()).toContain('instrument: component weights add up to');
    await page.getByTestId('instrument-load-file').setInputFiles(file('bukan.json', '{ bukan json'));
    await problems.getByText(/Berkas bukan\.json bukan JSON/).waitFor();
    expect(await product.database.prisma.instrument.count({ where: { code: 'LKE-UJI-RUSAK' } })).toBe(0);

    const next = {
      ...permenpanrb90of2021,
      code: 'LKE-UJI-2030',
      title: 'LKE ZI uji 2030',
      validFromYear: 2030,
    };
    await page.getByTestId('instrument-load-file').setInputFiles(file('baru.json', JSON.stringify(next)));
    await page.getByTestId('instrument-tree').getByText('P · Pemenuhan').waitFor();
    expect(await page.getByRole('heading', { name: 'LKE ZI uji 2030' }).count()).toBe(1);
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
    expect((await download).suggestedFilename()).toBe('Laporan-Evaluasi-ZI_KPP-BDG-CIBEUNYING_2025.pdf');
  });

  it('fills the bulk grid by paste and saves every row in one call', async () => {
    await page.goto(`${product.url}/#/bulk`);
    const grid = page.getByTestId('bulk-grid');
    const first = grid.locator('.ag-row[row-index="0"]');
    await first.locator('[col-id="IPAK"]').waitFor();
    const evaluationId = Number(await first.getAttribute('row-id'));
    await first.locator('[col-id="IPAK"]').click();
    await paste(page, '3,61\t3,82\tB\n4,5\t3\tB\n');
    await expect.poll(() => page.getByTestId('bulk-dirty').textContent()).toMatch(/^\d+ sel belum disimpan$/);
    expect(await grid.locator('.zi-invalid').count()).toBe(1);
    await page.screenshot({ path: join(artifactsDir, 'bulk-grid.png') });
    // The save answers with the saved rows, which the grid shows without reading every row again.
    const rowReads: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('query BulkRows')) rowReads.push(request.url());
    });
    await page.getByTestId('bulk-save').click();
    // The refused 4,5 was not saved, and the grid keeps saying so until the cell is rewritten.
    await expect
      .poll(() => page.getByTestId('bulk-dirty').textContent())
      .toBe('1 sel ditolak, tidak tersimpan');
    expect(await grid.locator('.zi-invalid').count()).toBe(1);
    const saved = await product.database.prisma.evaluation.findUniqueOrThrow({
      where: { id: evaluationId },
      include: { surveys: true, answers: { where: { item: { code: 'H.I.b' } } } },
    });
    expect(saved.surveys.map((survey) => [survey.kind, survey.score]).sort()).toEqual([
      ['IPAK', 3.61],
      ['IPKP', 3.82],
    ]);
    expect(saved.answers.map((answer) => answer.option)).toEqual(['B', 'B', 'B']);
    await grid.locator('.ag-row[row-index="1"] [col-id="IPAK"]').click();
    await page.keyboard.type('3,5');
    await page.keyboard.press('Enter');
    await page.getByTestId('bulk-save').click();
    await expect.poll(() => page.getByTestId('bulk-dirty').textContent()).toBe('Semua tersimpan');
    expect(await grid.locator('.zi-invalid').count()).toBe(0);
    expect(await grid.locator('.ag-row[row-index="1"] [col-id="IPAK"]').textContent()).toBe('3,5');
    expect(rowReads).toEqual([]);
  });

  it('keeps a decided evaluation’s row read-only in the bulk grid, with its stage beside it', async () => {
    const { id } = await product.database.prisma.evaluation.findFirstOrThrow({
      where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2024, stage: 'DITETAPKAN' },
    });
    const before = await product.database.prisma.surveyResult.findMany({ where: { evaluationId: id } });
    await page.getByLabel('Tahun', { exact: true }).click();
    await chooseOption(page.getByRole('option', { name: '2024' }));
    const row = page.getByTestId('bulk-grid').locator(`.ag-row[row-id="${id}"]`);
    await expect.poll(() => row.locator('[col-id="stage"]').textContent()).toBe('Ditetapkan');
    const stored = await product.database.prisma.layerScore.findFirstOrThrow({
      where: { evaluationId: id, layer: 'UNIT' },
    });
    expect(await row.locator('[col-id="progress"]').textContent()).toBe(
      `${stored.answered}/${stored.itemCount}`,
    );
    await row.locator('[col-id="IPAK"]').click();
    await paste(page, '1,5\n');
    await page
      .getByTestId('bulk-report')
      .getByText(/KPP Pratama Bandung Cibeunying · Survei IPAK.*sudah diputuskan \(Ditetapkan\)/)
      .waitFor();
    expect(await page.getByTestId('bulk-dirty').textContent()).toBe('Semua tersimpan');
    expect(await product.database.prisma.surveyResult.findMany({ where: { evaluationId: id } })).toEqual(
      before,
    );
    await page.getByLabel('Tahun', { exact: true }).click();
    await chooseOption(page.getByRole('option', { name: '2025' }));
    await page
      .getByTestId('bulk-grid')
      .locator('[col-id="stage"]', { hasText: 'Pembangunan' })
      .first()
      .waitFor();
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

  it('opens next year’s evaluation of a unit from the console', async () => {
    const next = new Date().getUTCFullYear() + 1;
    await page.getByRole('menuitem', { name: 'Evaluasi' }).click();
    await page.getByRole('link', { name: 'Buat' }).click();
    await page.getByRole('combobox', { name: 'Unit kerja' }).fill('Samsat');
    await chooseOption(page.getByRole('option', { name: /Samsat.*Jawa Barat/ }).first());
    expect(await page.getByLabel('Tahun').inputValue()).toBe(String(next));
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByTestId('evaluation-stage').getByText('Pencanangan').waitFor();
    const opened = await product.database.prisma.evaluation.findFirstOrThrow({
      where: { year: next, unit: { name: { contains: 'Samsat' } } },
    });
    expect(opened.stage).toBe('PENCANANGAN');
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
    await page.getByRole('button', { name: 'Admin Nasional' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.getByRole('button', { name: /^(Sign in|Masuk)$/ }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^(Sign in|Masuk)$/ }).waitFor();
  });

  it('opens GraphiQL on a network with no way out: every asset comes from the product', async () => {
    const tab = await browser.context.newPage();
    const outside: string[] = [];
    await tab.route('**/*', (route) => {
      if (new URL(route.request().url()).hostname === '127.0.0.1') return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    await tab.goto(`${product.url}/graphql`);
    await tab.locator('.graphiql-container').first().waitFor();
    expect(outside).toEqual([]);
    await tab.close();
  });

  it('offers a unit operator its unit to read, with its TLHP prerequisite, and nothing to create or edit', async () => {
    const tab = await browser.context.newPage();
    try {
      await signIn(tab, product.url, 'operator@kpp-cibeunying.go.id', 'operator-demo');
      // Its follow-up on the dashboard under its own name, not its agency's.
      await tab.getByTestId('dashboard-tlhp').getByText('Penyelesaian TLHP unit').waitFor();
      expect(await tab.getByTestId('dashboard-tlhp').textContent()).toMatch(
        /KPP Pratama Bandung Cibeunying\d/,
      );
      await tab.getByRole('menuitem', { name: 'Unit kerja' }).click();
      await tab.getByRole('row').filter({ hasText: 'KPP Pratama Bandung Cibeunying' }).click();
      await tab.getByTestId('unit-tlhp').getByText('Tindak lanjut hasil pemeriksaan').waitFor();
      expect(await tab.getByRole('link', { name: 'Ubah' }).count()).toBe(0);
      await tab.getByRole('menuitem', { name: 'Unit kerja' }).click();
      await tab.getByRole('row').first().waitFor();
      expect(await tab.getByRole('link', { name: 'Buat' }).count()).toBe(0);
      const { id } = await product.database.prisma.unit.findFirstOrThrow({
        where: { code: 'KPP-BDG-CIBEUNYING' },
      });
      await tab.goto(`${product.url}/#/units/${id}`);
      await tab.getByText('Anda tidak berwenang membuka halaman ini').waitFor();

      // Its decided evaluation: the official result above its own answers, and the report.
      const decided = await product.database.prisma.evaluation.findFirstOrThrow({
        where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2024 },
        include: { decision: true },
      });
      const { total } = (decided.decision?.score ?? {}) as { total: number };
      await tab.goto(`${product.url}/#/evaluations/${decided.id}/show`);
      const official = tab.getByTestId('evaluation-official');
      await official.getByText(`Ditetapkan · ${decided.awardedPredicate}`).waitFor();
      expect(await official.textContent()).toContain(`nilai TPN ${formatNumber('id', total)}`);
      if (decided.decreeNumber) expect(await official.textContent()).toContain(decided.decreeNumber);
      await tab.getByTestId('evaluation-report').click();
      await tab
        .frameLocator('[data-testid=report-frame]')
        .getByText('Laporan Evaluasi Zona Integritas')
        .waitFor();
      await tab.close();
    } finally {
      // Its session cookie would otherwise sign the next test's tab in as the operator.
      await browser.context.clearCookies();
    }
  });

  it('shows a TPI neither the users nor the bulk grid', async () => {
    const tab = await browser.context.newPage();
    await signIn(tab, product.url, 'tpi@kemenkeu.go.id', 'tpi-demo');
    await tab.getByRole('menuitem', { name: /Evaluasi|Evaluations/ }).waitFor();
    expect(await tab.getByRole('menuitem', { name: /Pengguna|Users/ }).count()).toBe(0);
    expect(await tab.getByRole('menuitem', { name: /Isian massal|Bulk entry/ }).count()).toBe(0);
    await tab.getByRole('menuitem', { name: 'Instrumen LKE' }).click();
    await tab.getByRole('row').filter({ hasText: 'PERMENPANRB-90-2021' }).waitFor();
    expect(await tab.getByTestId('instrument-load').count()).toBe(0);
    await tab.close();
  });
});
