import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn, startProduct } from './browser.ts';

type Product = Awaited<ReturnType<typeof startProduct>>;
type Browser = Awaited<ReturnType<typeof launchChromium>>;

describe('PortalRB in the console, as an agency’s administrator uses it', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
    page = await browser.context.newPage();
    const { prisma } = product.database;
    // KPP Cibeunying proposed for 2026, its LKE still empty.
    const unit = await prisma.unit.findFirstOrThrow({ where: { code: 'KPP-BDG-CIBEUNYING' } });
    const instrument = await prisma.instrument.findUniqueOrThrow({ where: { code: 'PERMENPANRB-90-2021' } });
    await prisma.evaluation.create({
      data: {
        unitId: unit.id,
        year: 2026,
        instrumentId: instrument.id,
        stage: 'DIUSULKAN',
        targetPredicate: 'WBK',
      },
    });
    await signIn(page, product.url, 'admin@zi.go.id', 'admin-demo');
    await page.goto(`${product.url}/#/portalrb`);
    await page.getByTestId('portalrb-agency').click();
    await page.getByRole('option', { name: 'Kementerian Keuangan' }).click();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('loads PortalRB’s master question list for 2026', async () => {
    await page.getByTestId('portalrb-tab-lists').click();
    const list = await readFile(
      new URL('../../../../shared/domain/portalrb-master-soal-2026.json', import.meta.url),
    );
    await page
      .getByTestId('portalrb-list-file')
      .setInputFiles({ name: 'master.json', mimeType: 'application/json', buffer: list });
    await expect
      .poll(() => page.getByTestId('portalrb-lists').locator('tbody tr').first().textContent())
      .toMatch(/^2026PERMENPANRB-90-2021127/);
  });

  it('previews the 2026 list with the unit’s warnings, never taken yet, and its exact JSON', async () => {
    await page.getByRole('tab', { name: 'Pratinjau usulan' }).click();
    const row = page.getByTestId('portalrb-row-KPP-BDG-CIBEUNYING');
    await expect.poll(() => row.textContent()).toContain('113 belum dijawab');
    expect(await row.textContent()).toContain('belum pernah');
    await row.getByRole('button', { name: 'JSON' }).click();
    await expect.poll(() => page.getByTestId('portalrb-json').textContent()).toContain('"soal_id": 127');
    await page.getByRole('button', { name: 'Tutup' }).click();
  });

  it('creates a token shown once, which PortalRB then uses; the log shows the answers as sent', async () => {
    await page.getByTestId('portalrb-tab-tokens').click();
    await page.getByTestId('portalrb-create-token').click();
    token = (await page.getByTestId('portalrb-token-value').textContent()) ?? '';
    expect(token).toMatch(/^zirb_/);
    const pulled = await fetch(`${product.url}/portalrb/v1/lke/jawaban-unit/KPP-BDG-CIBEUNYING?tahun=2026`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(pulled.status).toBe(200);
    await page.getByTestId('portalrb-tab-log').click();
    const logged = page.getByTestId('portalrb-log').locator('tbody tr').first();
    await expect.poll(() => logged.textContent()).toMatch(/jawaban-unitKPP-BDG-CIBEUNYING2026200/);
    await logged.click();
    expect(await page.getByTestId('portalrb-json').textContent()).toContain(
      '"unit_id": "KPP-BDG-CIBEUNYING"',
    );
    await page.getByRole('button', { name: 'Tutup' }).click();
    await page.getByRole('tab', { name: 'Pratinjau usulan' }).click();
    // Read again on opening: taken since its last change, the unit is no longer flagged.
    await page.getByTestId('portalrb-row-KPP-BDG-CIBEUNYING').waitFor();
    await expect.poll(() => page.getByTestId('portalrb-changed-KPP-BDG-CIBEUNYING').count()).toBe(0);
  });

  it('shows each item’s soal id in the LKE worksheet and the instrument browser', async () => {
    const { prisma } = product.database;
    const evaluation = await prisma.evaluation.findFirstOrThrow({
      where: { year: 2026, unit: { code: 'KPP-BDG-CIBEUNYING' } },
    });
    await page.goto(`${product.url}/#/evaluations/${evaluation.id}/show`);
    const soal = (row: string) => page.locator(`[data-testid=lke-grid] [row-id="${row}"] [col-id="soal"]`);
    await expect.poll(() => soal('P.1.i.a').textContent()).toBe('1');
    expect(await soal('P.1.i.b').textContent()).toBe('2');
    const instrument = await prisma.instrument.findUniqueOrThrow({ where: { code: 'PERMENPANRB-90-2021' } });
    await page.goto(`${product.url}/#/instruments/${instrument.id}/show`);
    const tree = page.getByTestId('instrument-tree');
    await tree.getByText('P · Pemenuhan').click();
    await tree.getByText('P.1 · Manajemen Perubahan').click();
    await tree.getByText('P.1.i · Penyusunan Tim Kerja').click();
    await expect.poll(() => tree.textContent()).toContain('Ya / Tidak · soal PortalRB 1P.1.i.b');
    await page.goto(`${product.url}/#/portalrb`);
    await page.getByTestId('portalrb-agency').click();
    await page.getByRole('option', { name: 'Kementerian Keuangan' }).click();
  });

  it('downloads the nomination letter as a PDF', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('portalrb-letter').click(),
    ]);
    expect(download.suggestedFilename()).toBe('Surat-Usulan-ZI_2026.pdf');
  });
});
