import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn, startProduct } from './browser.ts';

type Product = Awaited<ReturnType<typeof startProduct>>;
type Browser = Awaited<ReturnType<typeof launchChromium>>;

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\ntrailer << >>\n%%EOF\n`);

describe('evidence documents on the LKE worksheet in Chromium', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
    page = await browser.context.newPage();
    const { id } = await product.database.prisma.evaluation.findFirstOrThrow({
      where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2025 },
    });
    await signIn(page, product.url, 'operator@kpp-cibeunying.go.id', 'operator-demo');
    await page.goto(`${product.url}/#/evaluations/${id}/show`);
    await page.getByTestId('evidence-P.1.i.a').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const panel = () => page.getByTestId('evidence-panel');

  it('uploads a file to an item from its panel, lists it with its revision and downloads it', async () => {
    await page.getByTestId('evidence-P.1.i.a').click();
    await panel()
      .getByTestId('evidence-file')
      .setInputFiles({
        name: 'SK Tim ZI.pdf',
        mimeType: 'application/pdf',
        buffer: pdf('SK Tim'),
      });
    await expect.poll(() => panel().getByLabel('Judul dokumen').inputValue()).toBe('SK Tim ZI');
    await panel().getByRole('button', { name: 'Unggah' }).click();
    const link = panel().getByRole('link', { name: /Revisi 1 · SK Tim ZI\.pdf/ });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('SK Tim ZI.pdf');
    await panel().getByRole('button', { name: 'Tutup' }).click();
    await panel().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('evidence-P.1.i.a').textContent()).toBe('1');
  });

  it('takes a file dropped on an item’s row, as the next revision under the same title', async () => {
    await page.evaluate(
      (bytes) => {
        const target = document.querySelector(
          '[data-testid=lke-grid] [row-id="P.1.i.a"] [col-id="question"]',
        );
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'SK Tim ZI.pdf', { type: 'application/pdf' }));
        target?.dispatchEvent(
          new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
        target?.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      },
      [...pdf('SK Tim revisi')],
    );
    await expect.poll(() => panel().getByLabel('Judul dokumen').inputValue()).toBe('SK Tim ZI');
    await panel().getByRole('button', { name: 'Unggah' }).click();
    await panel()
      .getByRole('link', { name: /Revisi 2 · SK Tim ZI\.pdf/ })
      .waitFor();
    // Still one document, now with two revisions.
    await panel().getByRole('button', { name: 'Tutup' }).click();
    await panel().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('evidence-P.1.i.a').textContent()).toBe('1');
  });

  it('shows why a file is refused, and withdraws the newest revision', async () => {
    await page.getByTestId('evidence-P.1.i.a').click();
    await panel()
      .getByTestId('evidence-file')
      .setInputFiles({
        name: 'laporan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0x90)]),
      });
    await panel().getByRole('button', { name: 'Unggah' }).click();
    await expect.poll(() => panel().getByTestId('evidence-error').textContent()).toMatch(/hanya PDF, gambar/);
    await panel().getByRole('button', { name: 'Hapus revisi terbaru' }).click();
    await panel()
      .getByRole('link', { name: /Revisi 2/ })
      .waitFor({ state: 'detached' });
    expect(
      await panel()
        .getByRole('link', { name: /Revisi 1 · SK Tim ZI\.pdf/ })
        .count(),
    ).toBe(1);
  });
});
