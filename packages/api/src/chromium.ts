import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContextOptions, chromium } from 'playwright-core';

/** Debian's Chromium (or CHROMIUM_PATH), headless, in a fresh profile, with nothing that reaches for the network. */
export async function launchChromium(options: BrowserContextOptions = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'zi-chromium-'));
  // A browser still open when the process ends (the report's shared one) leaves no profile behind either.
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  process.once('exit', removeProfile);
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      process.off('exit', removeProfile);
      removeProfile();
    },
  };
}
