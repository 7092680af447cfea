import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lkeCell as cell, chooseOption, launchChromium, signIn, startProduct } from './browser.ts';

type Product = Awaited<ReturnType<typeof startProduct>>;
type Browser = Awaited<ReturnType<typeof launchChromium>>;

describe('the review loop in Chromium', () => {
  let product: Product;
  let browser: Browser;
  let page: Page;
  let id: number;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
    page = await browser.context.newPage();
    const { prisma } = product.database;
    // The operator's evaluation, handed over to its TPI.
    const evaluation = await prisma.evaluation.findFirstOrThrow({
      where: { unit: { code: 'KPP-BDG-CIBEUNYING' }, year: 2025 },
    });
    await prisma.evaluation.update({ where: { id: evaluation.id }, data: { stage: 'PENILAIAN_TPI' } });
    // The TPI starts its layer empty, to copy it from the unit's.
    await prisma.answer.deleteMany({ where: { evaluationId: evaluation.id, layer: 'TPI' } });
    id = evaluation.id;
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  async function openAs(email: string, password: string) {
    await browser.context.clearCookies();
    await signIn(page, product.url, email, password);
    await page.goto(`${product.url}/#/evaluations/${id}/show`);
    await cell(page, 'P.1.i.a', 'UNIT').waitFor();
  }

  /** Shows the UNIT layer's notes, evidence and reviews. */
  async function showUnitLayer() {
    await page.getByLabel('Lapisan catatan & nilai').click();
    await chooseOption(page.getByRole('option', { name: 'Unit', exact: true }));
    await page.getByTestId('review-P.1.i.a').waitFor();
  }

  async function sendBack(item: string, note: string) {
    await page.getByTestId(`review-${item}`).click();
    await page.getByLabel('Penilaian').click();
    await chooseOption(page.getByRole('option', { name: 'Perlu perbaikan' }));
    await page.getByLabel('Catatan (apa yang diperbaiki)').fill(note);
    await page.getByRole('button', { name: 'Simpan reviu' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  it('lets the TPI send two items back with notes', async () => {
    await openAs('tpi@kemenkeu.go.id', 'tpi-demo');
    await showUnitLayer();
    await sendBack('P.1.i.a', 'SK tim belum ditandatangani');
    await sendBack('P.1.i.b', 'Unsur tim belum lengkap');
    await expect
      .poll(() => page.getByTestId('lke-to-revise').textContent())
      .toMatch(/^2 butir perlu perbaikan/);
  });

  it('shows the operator what to fix, lets it fix one item and mark it revised', async () => {
    await openAs('operator@kpp-cibeunying.go.id', 'operator-demo');
    const list = page.getByTestId('lke-to-revise');
    await expect.poll(() => list.textContent()).toContain('P.1.i.a — SK tim belum ditandatangani');
    await expect.poll(() => list.textContent()).toContain('P.1.i.b — Unsur tim belum lengkap');
    await expect.poll(() => page.getByTestId('lke-progress').textContent()).toMatch(/perlu perbaikan 2$/);
    // Only what is to revise, under its headings.
    await page.getByLabel('Tampilkan butir').click();
    await chooseOption(page.getByRole('option', { name: 'Perlu perbaikan' }));
    await cell(page, 'P.1.ii.a', 'UNIT').waitFor({ state: 'detached' });
    expect(await cell(page, 'P.1.i.b', 'UNIT').count()).toBe(1);
    await page.getByLabel('Tampilkan butir').click();
    await chooseOption(page.getByRole('option', { name: 'Semua butir' }));
    await cell(page, 'P.1.ii.a', 'UNIT').waitFor();
    // A sent-back item is open to the unit while the TPI assesses; the others stay closed.
    await cell(page, 'P.1.i.a', 'UNIT').click();
    await page.keyboard.type('tidak');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'P.1.i.a', 'UNIT').textContent()).toBe('Tidak');
    const closedBefore = await cell(page, 'P.1.ii.a', 'UNIT').textContent();
    await cell(page, 'P.1.ii.a', 'UNIT').click();
    await page.keyboard.type('c');
    await page.keyboard.press('Enter');
    expect(await cell(page, 'P.1.ii.a', 'UNIT').textContent()).toBe(closedBefore);
    await page.getByTestId('lke-save').click();
    await expect.poll(() => page.getByTestId('lke-dirty').textContent()).toBe('Semua tersimpan');
    await page.getByTestId('review-P.1.i.a').click();
    await page.getByRole('button', { name: 'Tandai sudah diperbaiki' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('review-P.1.i.a').textContent())
      .toBe('Perlu perbaikan · diperbaiki');
  });

  it('shows the TPI the fix, and the move to DIUSULKAN says what holds it', async () => {
    await openAs('tpi@kemenkeu.go.id', 'tpi-demo');
    await expect.poll(() => cell(page, 'P.1.i.a', 'UNIT').textContent()).toBe('Tidak');
    await showUnitLayer();
    await expect
      .poll(() => page.getByTestId('review-P.1.i.a').textContent())
      .toBe('Perlu perbaikan · diperbaiki');
    await page.getByTestId('stage-DIUSULKAN').locator('xpath=..').hover();
    await expect
      .poll(() => page.getByRole('tooltip').textContent())
      .toContain('2 butir lapisan UNIT masih perlu perbaikan');
    // What changed since each note: the fixed item's answer, nothing yet on the other.
    await page.getByTestId('review-P.1.i.a').click();
    await expect
      .poll(() => page.getByTestId('review-since-note').textContent())
      .toMatch(/jawaban .+ → Tidak/);
    await page.getByRole('button', { name: 'Batal' }).click();
    await page.getByTestId('review-P.1.i.b').click();
    await expect
      .poll(() => page.getByTestId('review-since-note').textContent())
      .toBe('Belum ada perubahan sejak catatan.');
    await page.getByRole('button', { name: 'Batal' }).click();
  });

  it('lets the TPI start its layer from the unit’s one area at a time, and confirm the copies it has looked at', async () => {
    await page.getByLabel('Lapisan catatan & nilai').click();
    await chooseOption(page.getByRole('option', { name: 'TPI', exact: true }));
    await page.getByTestId('lke-copy').click();
    await page.getByTestId('lke-copy-MP').click();
    const progress = page.getByTestId('lke-progress');
    await expect.poll(() => progress.textContent()).toMatch(/\d+ salinan belum dikonfirmasi$/);
    await expect.poll(() => cell(page, 'P.1.i.a', 'TPI').textContent()).toBe('Tidak');
    expect(await cell(page, 'P.1.i.a', 'TPI').getAttribute('class')).toContain('zi-copied');
    // Per area: the copies are all in Manajemen Perubahan.
    await page.getByTestId('lke-areas-toggle').click();
    const area = (key: string) => page.getByTestId(`lke-area-${key}`).locator('td').last().textContent();
    await expect.poll(() => area('MP')).not.toBe('0');
    expect(await area('TL')).toBe('0');
    await page.getByTestId('stage-DIUSULKAN').locator('xpath=..').hover();
    await expect
      .poll(() => page.getByRole('tooltip').textContent())
      .toContain('salinan yang belum dikonfirmasi');
    // Confirming only what the filter shows: the copies.
    await page.getByLabel('Tampilkan butir').click();
    await chooseOption(page.getByRole('option', { name: 'Salinan belum dikonfirmasi' }));
    await page.getByTestId('lke-confirm-copies').click();
    await expect.poll(() => progress.textContent()).not.toContain('salinan');
    await expect.poll(() => area('MP')).toBe('0');
    // Confirmed, the copies leave the filtered list; shown again, they are plain answers.
    await cell(page, 'P.1.i.a', 'TPI').waitFor({ state: 'detached' });
    await page.getByLabel('Tampilkan butir').click();
    await chooseOption(page.getByRole('option', { name: 'Semua butir' }));
    await expect.poll(() => cell(page, 'P.1.i.a', 'TPI').getAttribute('class')).not.toContain('zi-copied');
    expect(await cell(page, 'P.1.i.a', 'TPI').textContent()).toBe('Tidak');
  });
});
