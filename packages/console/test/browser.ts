import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { createServer, directoryStore, launchChromium as launchProductChromium } from '@zi/api';
import { openTestDatabase } from '@zi/db/testing';
import type { Locator, Page } from 'playwright-core';
import { build } from 'vite';

const consoleRoot = fileURLToPath(new URL('..', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../../../test-results/console', import.meta.url));

/**
 * Debian's Chromium for the console tests: the API's own launcher, in Indonesian at a laptop's size. Closing
 * it fails the tests when AG Grid logged an error, e.g. for a feature whose module the console leaves out.
 */
export async function launchChromium() {
  const browser = await launchProductChromium({ locale: 'id-ID', viewport: { width: 1280, height: 800 } });
  const gridErrors: string[] = [];
  browser.context.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('AG Grid')) gridErrors.push(message.text());
  });
  return {
    context: browser.context,
    async close() {
      await browser.close();
      if (gridErrors.length) throw new Error(`AG Grid logged errors:\n${gridErrors.join('\n')}`);
    },
  };
}

/** A cell of the LKE worksheet: an item's (or heading's) row and a column such as `UNIT`. */
export const lkeCell = (page: Page, row: string, column: string) =>
  page.locator(`[data-testid=lke-grid] [row-id="${row}"] [col-id="${column}"]`);

/** Signs in through the login page and waits for the console to open. */
export async function signIn(page: Page, url: string, email: string, password: string) {
  await page.goto(url);
  await page.locator('input[name=username]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
  await page.locator('input[name=username]').waitFor({ state: 'detached' });
}

/** The page's serious and critical accessibility violations by axe-core, as `rule: target…` lines. */
export async function accessibilityViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/**
 * Clicks an option of an open MUI select or autocomplete and waits until its menu has gone: during the
 * menu's exit transition its invisible backdrop takes the next click, and Playwright's retries then scroll
 * AG Grid's viewports out of line with its pinned columns.
 */
export async function chooseOption(option: Locator) {
  const menu = await option.locator('xpath=ancestor::div[@role="presentation"][1]').elementHandle();
  await option.click();
  await menu?.waitForElementState('hidden');
}

/** Pastes `text` into the focused element, as Ctrl+V of copied cells does. */
export async function paste(page: Page, text: string) {
  await page.evaluate((tsv) => {
    const data = new DataTransfer();
    data.setData('text/plain', tsv);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** Builds the console and serves it with the real API over a fresh seeded database. */
export async function startProduct() {
  const outDir = mkdtempSync(join(tmpdir(), 'zi-console-'));
  await build({ root: consoleRoot, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const database = await openTestDatabase({ seed: 'always' });
  const filesDir = mkdtempSync(join(tmpdir(), 'zi-console-files-'));
  const server = createServer(database, { consoleDir: outDir, store: directoryStore(filesDir) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The built console's files. */
    consoleDir: outDir,
    database,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await database.dispose();
      rmSync(outDir, { recursive: true, force: true });
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
