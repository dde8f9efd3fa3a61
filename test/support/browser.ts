/**
 * Headless Chromium for page tests: Debian's `chromium` package driven by playwright-core
 * (playwright cannot download browsers here). Tests skip with a visible reason when it is absent.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Why browser tests cannot run here, or null when they can. Put it in the describe name. */
export const chromiumMissing: string | null = existsSync(CHROMIUM_PATH)
  ? null
  : `chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`;

/** Suffix for a describe name: says why it was skipped. */
export const skipNote = chromiumMissing ? ` [skipped: ${chromiumMissing}]` : '';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}

/** A page that fails the test on any script error or console error the page reports. */
export async function strictPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { page, errors };
}

/** The computed fill of an SVG element, as `rgb(r, g, b)`. */
export const computedFill = (page: Page, selector: string): Promise<string> =>
  page
    .locator(selector)
    .first()
    .evaluate((el: unknown) => (globalThis as any).getComputedStyle(el).fill as string);

/** `#0074D9` → `rgb(0, 116, 217)`, how browsers report computed colours. */
export function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
