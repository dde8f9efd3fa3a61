import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/report/escape.js';
import { readRunFolder } from '../../src/run/read-run.js';
import { costBreakdown, runOverview } from '../../src/report/run-stats.js';
import { renderRunReport } from '../../src/report/run-report.js';
import { callEvents, solvedRecord, unsolvedRecord, writeRunFolder, XSS } from './fixtures.js';

describe('escaping untrusted text', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`a "quoted" & 'single'`, 'a &quot;quoted&quot; &amp; &#39;single&#39;'],
    [null, ''],
    [42, '42'],
  ])('escapeHtml(%j)', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('embeds JSON that cannot close its script element and parses back unchanged', () => {
    const value = { text: XSS, sep: 'a\u2028b', cmt: '<!-- x -->' };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/<|>/);
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('run roll-ups', () => {
  it('scores, counts and sums calls over task records', () => {
    const o = runOverview([solvedRecord, unsolvedRecord]);
    expect(o).toMatchObject({
      tasks: 2,
      solved: 1,
      score: 0.5,
      trainPerfect: 1,
      viaLibrary: 1,
      solvedViaLibrary: 1,
      calls: { planner: 4, repairer: 2, follower: 12 },
    });
    expect(o.costUsd).toBeCloseTo(0.02);
  });

  it('reports unknown score when no task has solutions', () => {
    expect(runOverview([{ ...solvedRecord, correct: null }]).score).toBeNull();
  });

  it('breaks calls, tokens and dollars down by role and step', () => {
    const b = costBreakdown(callEvents);
    expect(b.total).toMatchObject({ calls: 4, cached: 1, failed: 1, promptTokens: 300 });
    expect(b.total.costUsd).toBeCloseTo(0.003);
    expect(b.byRole.map((r) => [r.key, r.calls])).toEqual([
      ['follower', 2],
      ['planner', 1],
      ['repairer', 1],
    ]);
    expect(b.byStep.find((r) => r.key === 'seed')?.costUsd).toBeNull();
  });

  it('counts a batch event as the role calls it stands for, like the run summary', () => {
    const batch = {
      type: 'call',
      taskId: 't',
      role: 'planner',
      step: 'generate',
      cached: false,
      count: 6,
      at: '2026-11-26T00:00:00Z',
    } as const;
    const b = costBreakdown([...callEvents, batch]);
    expect(b.total.calls).toBe(4 + 6);
    expect(b.byRole.find((r) => r.key === 'planner')?.calls).toBe(1 + 6);
  });
});

describe('reading a run folder', () => {
  it('keeps every record and skips a torn last event line with a note', async () => {
    const dir = await writeRunFolder(await mkdtemp(join(tmpdir(), 'arcmem-run-')));
    const run = await readRunFolder(dir);
    expect(run.records.map((r) => r.taskId)).toEqual(['aaa-recolor', 'bbb-flip']);
    expect(run.events).toHaveLength(callEvents.length);
    expect(run.problems.join()).toMatch(/events.jsonl line 5/);
  });

  it('says what to pass when the folder is not a run', async () => {
    await expect(readRunFolder(tmpdir())).rejects.toThrow(/not a run folder/);
  });

  it('never lets untrusted text into the markup unescaped', async () => {
    const dir = await writeRunFolder(await mkdtemp(join(tmpdir(), 'arcmem-run-')));
    const html = renderRunReport(await readRunFolder(dir));
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html.match(/<script/g)).toHaveLength(2);
  });
});

describe('page colours', () => {
  it('are the standard ARC palette', async () => {
    const { ARC_CSS_COLOURS } = await import('../../src/report/palette.js');
    expect(ARC_CSS_COLOURS).toEqual([
      '#000000',
      '#0074D9',
      '#FF4136',
      '#2ECC40',
      '#FFDC00',
      '#AAAAAA',
      '#F012BE',
      '#FF851B',
      '#7FDBFF',
      '#870C25',
    ]);
  });
});
