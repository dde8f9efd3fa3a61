import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryReader, openLibrary, type Library } from '../../src/library/index.js';
import { startLibraryServer, type LibraryServer } from '../../src/report/library-server.js';
import { ARC_CSS_COLOURS } from '../../src/report/palette.js';
import { makeTask, solved, tempDir, trace } from '../library/_helpers.js';
import { chromiumMissing, computedFill, hexToRgb, launchBrowser, skipNote, strictPage } from '../support/browser.js';
import { XSS } from './fixtures.js';

const tileTask = makeTask('tile-a', 'tile');

describe('library server API', () => {
  const tmp = tempDir('arcmem-serve-');
  let lib: Library;
  let server: LibraryServer;
  beforeAll(async () => {
    lib = await openLibrary({ uri: join(tmp.dir, 'lib') });
    await lib.store(solved(tileTask, [trace('Tile the grid twice in each direction.')]), { dataset: 'set-a' });
    server = await startLibraryServer({ library: libraryReader(lib), port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    lib?.close();
    tmp.cleanup();
  });

  it('listens on 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it.each([
    ['/api/similar', { method: 'POST', body: 'not json' }, 400, /not valid JSON/],
    ['/api/similar', { method: 'POST', body: '{"train": [], "test": []}' }, 400, /not an ARC task/],
    ['/api/entry/nope', {}, 404, /no library entry with id nope/],
    ['/api/nothing', {}, 404, /no such endpoint/],
  ])('%s answers bad requests with a clear error', async (path, init, status, message) => {
    const res = await fetch(new URL(path, server.url), init as RequestInit);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it('refuses requests naming another host (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      request(new URL('/api/stats', server.url), { headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });

  it('never sends vectors or task grids in lists', async () => {
    const [e] = (await (await fetch(new URL('/api/entries', server.url))).json()) as Record<string, unknown>[];
    expect(e).toMatchObject({ taskId: 'tile-a', hasTask: true });
    expect(e).not.toHaveProperty('fingerprint');
    expect(e).not.toHaveProperty('taskJson');
  });
});

describe.skipIf(chromiumMissing !== null)(`library browser page in headless Chromium${skipNote}`, () => {
  const tmp = tempDir('arcmem-serve-');
  let lib: Library;
  let server: LibraryServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let tileId: string;

  beforeAll(async () => {
    lib = await openLibrary({ uri: join(tmp.dir, 'lib') });
    const options = { dataset: 'set-a' };
    await lib.store(solved(tileTask, [trace('Tile the grid twice in each direction.')]), options);
    tileId = (await libraryReader(lib).list({ taskId: 'tile-a' }))[0]!.id;
    await lib.store(
      solved(makeTask('crop-b', 'crop'), [trace('Keep the top left corner.', { seededBy: [tileId] })]),
      options,
    );
    await lib.store(solved(makeTask('recolor-c', 'recolor'), [trace(XSS)]), options);
    server = await startLibraryServer({ library: libraryReader(lib), port: 0 });
    browser = await launchBrowser();
    ({ page, errors } = await strictPage(browser));
    await page.goto(server.url);
    await page.locator('#stats').filter({ hasText: 'entries' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    lib?.close();
    tmp.cleanup();
  });

  it('shows library stats and recent entries on load', async () => {
    await expect(page.locator('#stats').textContent()).resolves.toMatch(/^3 entries for 3 tasks/);
    await expect(page.locator('#results li.entry-item').count()).resolves.toBe(3);
  });

  it('finds a known entry by text search and opens it with its instruction and grids', async () => {
    await page.fill('#q', 'tile');
    await page.click('#search-form button');
    await page.locator('#results h2').filter({ hasText: 'Search: tile' }).waitFor();
    const hit = page.locator('#results li.entry-item[data-task-id="tile-a"]');
    await expect(page.locator('#results li.entry-item').count()).resolves.toBe(1);
    await hit.locator('button.entry-link').click();
    await expect(page.locator('#entry pre.instruction').textContent()).resolves.toBe(
      'Tile the grid twice in each direction.',
    );
    // Train input 1 of the tile task: cell (0,0) = (0 + 0 + 1) % 4 = 1 (blue), cell (0,1) = 2 (red).
    const cell = (c: number) =>
      `#entry .pair >> nth=0 >> svg.grid >> nth=0 >> rect.cell[data-row="0"][data-col="${c}"]`;
    await expect(page.locator(cell(0)).getAttribute('data-color')).resolves.toBe(
      String(tileTask.train[0]!.input[0]![0]),
    );
    await expect(computedFill(page, cell(0))).resolves.toBe(
      hexToRgb(ARC_CSS_COLOURS[tileTask.train[0]!.input[0]![0]!]!),
    );
    await expect(computedFill(page, cell(1))).resolves.toBe(
      hexToRgb(ARC_CSS_COLOURS[tileTask.train[0]!.input[0]![1]!]!),
    );
  });

  it('shows which later tasks an entry seeded, and opens them', async () => {
    await page.goto(`${server.url}#entry=${tileId}`);
    const later = page.locator('#entry ul.descendants li.entry-item');
    await later.first().waitFor();
    await expect(later.getAttribute('data-task-id')).resolves.toBe('crop-b');
    await later.locator('button.entry-link').click();
    await expect(page.locator('#entry pre.instruction').textContent()).resolves.toBe('Keep the top left corner.');
    await expect(page.locator('#entry ul.seeds li.entry-item').getAttribute('data-entry-id')).resolves.toBe(tileId);
  });

  it('finds tasks like a pasted one, nearest first', async () => {
    await page.fill('#task-json', JSON.stringify(makeTask('new', 'recolor', 3)));
    await page.click('#similar-form button');
    await page.locator('#results h2').filter({ hasText: 'pasted' }).waitFor();
    await expect(page.locator('#results li.entry-item').first().getAttribute('data-task-id')).resolves.toBe(
      'recolor-c',
    );
  });

  it('finds tasks like a stored one picked from the list, excluding itself', async () => {
    await page.selectOption('#pick', { label: 'tile-a' });
    await page.click('#pick-form button');
    await page.locator('#results h2').filter({ hasText: 'Tasks like tile-a' }).waitFor();
    const ids = await page
      .locator('#results li.entry-item')
      .evaluateAll((ns: any[]) => ns.map((n) => n.getAttribute('data-task-id')));
    expect(ids.sort()).toEqual(['crop-b', 'recolor-c']);
  });

  it('shows an instruction containing markup and script as text and runs nothing', async () => {
    await page.goto(server.url);
    const item = page.locator('#results li.entry-item[data-task-id="recolor-c"]');
    await expect(item.locator('.snippet').textContent()).resolves.toBe(XSS);
    await item.locator('button.entry-link').click();
    await expect(page.locator('#entry pre.instruction').textContent()).resolves.toBe(XSS);
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    await expect(page.locator('#injected').count()).resolves.toBe(0);
    await expect(page.locator('img').count()).resolves.toBe(0);
  });

  it('ran without script errors', () => {
    expect(errors).toEqual([]);
  });
});
