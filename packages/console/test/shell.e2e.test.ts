import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, launchChromium, startProduct } from './browser.ts';

describe('the console shell in Chromium', () => {
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

  it('signs in and lists the agencies with their unit counts', async () => {
    await page.locator('input[name=password]').fill('admin-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Kementerian Keuangan' });
    await row.waitFor();
    expect(await row.textContent()).toContain('KEMENKEU');
    expect(await page.getByRole('columnheader', { name: 'Jumlah unit' }).count()).toBe(1);
    await page.screenshot({ path: join(artifactsDir, 'agencies.png') });
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: 'Units' }).waitFor();
  });

  it('keeps the session across a reload and ends it on logout', async () => {
    await page.reload();
    await page.getByText('Kementerian Keuangan').waitFor();
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.getByRole('button', { name: /^(Sign in|Masuk)$/ }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^(Sign in|Masuk)$/ }).waitFor();
  });
});
