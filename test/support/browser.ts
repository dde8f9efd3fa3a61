/**
 * Headless Chromium for page tests: Debian's `chromium` package (or any Chromium or Chrome)
 * driven by playwright-core, which cannot download browsers here. Found through CHROMIUM_PATH,
 * else on PATH. Tests skip with a visible reason when it is absent; under CI=true the test
 * command counts that skip as a failure.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The browser to drive: CHROMIUM_PATH when set, else the first of NAMES on PATH; or why there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): { path: string } | { missing: string } {
  const given = env.CHROMIUM_PATH;
  if (given)
    return isExecutable(given) ? { path: given } : { missing: `CHROMIUM_PATH=${given} is not an executable file` };
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (isExecutable(join(dir, name))) return { path: join(dir, name) };
  }
  return {
    missing: `no chromium on PATH (looked for ${NAMES.join(', ')}; apt-get install -y chromium, or set CHROMIUM_PATH)`,
  };
}

const found = findChromium();

/** Why browser tests cannot run here, or null when they can. Put it in the describe name. */
export const chromiumMissing: string | null = 'missing' in found ? found.missing : null;

/** Suffix for a describe name: says why it was skipped. */
export const skipNote = chromiumMissing ? ` [skipped: ${chromiumMissing}]` : '';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: 'path' in found ? found.path : undefined,
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
