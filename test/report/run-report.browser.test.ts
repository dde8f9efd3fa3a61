import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARC_CSS_COLOURS } from '../../src/report/palette.js';
import { writeRunReport } from '../../src/report/run-report.js';
import { chromiumMissing, computedFill, hexToRgb, launchBrowser, skipNote, strictPage } from '../support/browser.js';
import { cand, example, record, solvedRecord, unsolvedRecord, writeRunFolder, XSS } from './fixtures.js';

describe.skipIf(chromiumMissing !== null)(`run report in headless Chromium${skipNote}`, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let bytes = 0;

  beforeAll(async () => {
    const dir = await writeRunFolder(await mkdtemp(join(tmpdir(), 'arcmem-report-')));
    const report = await writeRunReport(dir);
    bytes = report.bytes;
    browser = await launchBrowser();
    ({ page, errors } = await strictPage(browser));
    await page.goto(pathToFileURL(report.path).href);
  });
  afterAll(async () => browser?.close());

  const task = (id: string) => `details[data-task-id="${id}"]`;
  const open = async (id: string) => {
    if ((await page.locator(task(id)).getAttribute('open')) === null) await page.click(`${task(id)} > summary`);
    // Details render lazily on the toggle event: wait until the first grid is drawn.
    await page
      .locator(`${task(id)} svg.grid`)
      .first()
      .waitFor();
  };

  it('lists every task and renders details only when opened', async () => {
    expect(bytes).toBeGreaterThan(1000);
    await expect(page.locator('details.task').count()).resolves.toBe(2);
    await expect(page.locator(`${task('aaa-recolor')} svg.grid`).count()).resolves.toBe(0);
    await open('aaa-recolor');
    await expect(page.locator(`${task('aaa-recolor')} svg.grid`).count()).resolves.toBeGreaterThan(0);
  });

  it.each([
    [0, 0, 0, 1], // train input 1: cell (0,0) is colour 1 (blue)
    [0, 1, 1, 1], // train input 1: cell (1,1) is colour 1 (blue)
    [1, 0, 0, 2], // train output 1: cell (0,0) is colour 2 (red)
    [1, 0, 1, 0], // train output 1: cell (0,1) is colour 0 (black)
  ])('shows training grid %i cell (%i,%i) in ARC colour %i', async (gridIndex, row, col, colour) => {
    await open('aaa-recolor');
    const sel = `${task('aaa-recolor')} .pair svg.grid >> nth=${gridIndex} >> rect.cell[data-row="${row}"][data-col="${col}"]`;
    await expect(page.locator(sel).getAttribute('data-color')).resolves.toBe(String(colour));
    await expect(computedFill(page, sel)).resolves.toBe(hexToRgb(ARC_CSS_COLOURS[colour]!));
  });

  it('marks the wrong cell of a wrong attempt, and only that one', async () => {
    await open('bbb-flip');
    const attempt1 = page
      .locator(`${task('bbb-flip')} .test-row figure`)
      .filter({ hasText: 'attempt 1' })
      .locator('svg.grid');
    const wrong = attempt1.locator('rect.cell[data-wrong="true"]');
    await expect(wrong.count()).resolves.toBe(1);
    await expect(wrong.getAttribute('data-row')).resolves.toBe('1');
    await expect(wrong.getAttribute('data-col')).resolves.toBe('0');
    await expect(attempt1.locator('rect.wrong-mark').count()).resolves.toBe(1);
    const attempt2 = page
      .locator(`${task('bbb-flip')} .test-row figure`)
      .filter({ hasText: 'attempt 2' })
      .locator('svg.grid');
    await expect(attempt2.getAttribute('data-wrong-shape')).resolves.toBe('true');
  });

  it.each([[solvedRecord], [unsolvedRecord]])('draws one lineage node per candidate ($taskId)', async (rec) => {
    await open(rec.taskId);
    const nodes = page.locator(`${task(rec.taskId)} .lineage-node`);
    await expect(nodes.evaluateAll((ns: any[]) => ns.map((n) => n.getAttribute('data-id')))).resolves.toEqual(
      rec.candidates.map((c) => c.id),
    );
  });

  it('marks library seeds and edges to parents in the lineage', async () => {
    await open('aaa-recolor');
    await expect(
      page.locator(`${task('aaa-recolor')} .lineage-node[data-seed="true"]`).getAttribute('data-id'),
    ).resolves.toBe('c1');
    await expect(page.locator(`${task('aaa-recolor')} line.edge[data-from="c2"][data-to="c3"]`).count()).resolves.toBe(
      1,
    );
  });

  it("shows a candidate's instruction and per-example outputs on click", async () => {
    await open('aaa-recolor');
    await page.click(`${task('aaa-recolor')} .lineage-node[data-id="c2"]`);
    const detail = page.locator(`${task('aaa-recolor')} .candidate-detail`);
    await expect(detail.locator('pre.instruction').textContent()).resolves.toBe('1. Instruction of c2.');
    await expect(detail.locator('rect.cell[data-wrong="true"]').count()).resolves.toBe(1);
  });

  it('shows a trace containing markup and script as text and runs nothing', async () => {
    await open('bbb-flip');
    await page.click(`${task('bbb-flip')} .lineage-node[data-id="x1"]`);
    await expect(page.locator(`${task('bbb-flip')} pre.instruction`).textContent()).resolves.toBe(XSS);
    await expect(
      page
        .locator(`${task('bbb-flip')} .error`)
        .first()
        .textContent(),
    ).resolves.toContain(XSS);
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    await expect(page.locator('#injected').count()).resolves.toBe(0);
    await expect(page.locator('img').count()).resolves.toBe(0);
  });

  it.each([
    ['solved', ['aaa-recolor']],
    ['unsolved', ['bbb-flip']],
    ['library', ['aaa-recolor']],
    ['all', ['aaa-recolor', 'bbb-flip']],
  ])('filter "%s" shows %j', async (filter, shown) => {
    await page.check(`input[name=filter][value="${filter}"]`);
    const visible = await page
      .locator('details.task:visible')
      .evaluateAll((ns: any[]) => ns.map((n) => n.getAttribute('data-task-id')));
    expect(visible).toEqual(shown);
  });

  it('ran without script errors', () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(chromiumMissing !== null)(`a 400-task report stays usable${skipNote}`, () => {
  it('embeds 400 tasks with 40 candidates each, lists them all and renders one on demand', async () => {
    const grid = (k: number) =>
      Array.from({ length: 10 }, (_, r) => Array.from({ length: 10 }, (_, c) => (r * c + k) % 10));
    const records = Array.from({ length: 400 }, (_, i) => {
      const train = [0, 1, 2].map((k) => ({ input: grid(i + k), output: grid(i + k + 1) }));
      const candidates = Array.from({ length: 40 }, (_, j) =>
        cand(
          `k${j}`,
          j < 30 ? 'generate' : 'revise',
          j < 30 ? 0 : 1,
          j < 30 ? [] : [`k${j - 30}`],
          train.map((p, e) => example(e === j % 3 ? grid(j) : p.output, p.output)),
          { instruction: `1. Step ${j} of task ${i}.\n2. Then recolour.` },
        ),
      );
      return record(`task-${String(i).padStart(3, '0')}`, {
        candidates,
        best: 'k0',
        correct: [i % 3 === 0],
        attempts: [{ attempt_1: grid(i), attempt_2: grid(i + 1) }],
        task: { train, test: [{ input: grid(i), output: grid(i) }] },
      });
    });
    const dir = await writeRunFolder(await mkdtemp(join(tmpdir(), 'arcmem-big-')), records, []);
    const report = await writeRunReport(dir);
    expect(report.bytes).toBeLessThan(25 * 1024 * 1024);
    const browser = await launchBrowser();
    try {
      const { page, errors } = await strictPage(browser);
      const t0 = Date.now();
      await page.goto(pathToFileURL(report.path).href);
      await expect(page.locator('details.task').count()).resolves.toBe(400);
      const loadMs = Date.now() - t0;
      await expect(page.locator('svg.grid').count()).resolves.toBe(0);
      await page.click('details[data-task-id="task-123"] > summary');
      // The task renders when opened, after the click returns: wait for it, then count.
      const nodes = page.locator('details[data-task-id="task-123"] .lineage-node');
      await nodes.first().waitFor();
      await expect(nodes.count()).resolves.toBe(40);
      expect(errors).toEqual([]);
      console.log(`400-task report: ${(report.bytes / 1048576).toFixed(1)} MB, listed in ${loadMs} ms`);
      expect(loadMs).toBeLessThan(20_000);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
