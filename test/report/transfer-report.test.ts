import { describe, expect, it } from 'vitest';
import { analyseTransfer } from '../../src/report/transfer-analysis.js';
import { headline, renderTransferHtml, type TransferReport } from '../../src/report/transfer-report.js';
import { XSS } from './fixtures.js';
import { entryTask, outcome, syntheticRuns } from './transfer-fixtures.js';

function report(analysis = analyseTransfer(syntheticRuns(), { entryTask })): TransferReport {
  return {
    version: 1,
    createdAt: '2026-11-26T10:00:00Z',
    settings: {
      source: 's',
      target: 't',
      model: 'local',
      coldPreset: 'lite',
      warmPreset: 'lite-lib',
      repeats: 2,
      seed: 1,
      order: 'random',
      excludedFromSource: [],
      sourceTasks: 3,
      targetTasks: 10,
      budgets: {},
    },
    library: { uri: '/lib', built: true, entries: 3, sourceSolved: 2, sourceTrainPerfect: 3 },
    runs: [],
    analysis,
    wallS: 1,
  };
}

const withDiff = (diff: number, lo: number, hi: number): TransferReport => {
  const r = report();
  return {
    ...r,
    analysis: {
      ...r.analysis,
      differences: { ...r.analysis.differences, score: { ...r.analysis.differences.score, diff, lo, hi } },
    },
  };
};

describe('the transfer headline', () => {
  it.each([
    [0.1, 0.02, 0.2, /\+?10\.0 pp \[2\.0 pp, 20\.0 pp\].*the library helped/],
    [-0.1, -0.2, -0.01, /the library hurt/],
    [0.01, -0.05, 0.07, /no difference distinguishable from chance/],
    [NaN, NaN, NaN, /cannot be measured/],
  ])('diff %f [%f, %f] reads %s', (diff, lo, hi, text) => {
    expect(headline(withDiff(diff, lo, hi))).toMatch(text);
  });
});

describe('transfer.html', () => {
  it('has the four plots and the condition table', () => {
    const html = renderTransferHtml(report());
    expect(html.match(/<svg class="plot (scatter|lines|intervals|transfer-graph)"/g)).toHaveLength(4);
    expect(html).toContain('<td>cold</td>');
    expect(html.match(/class="transfer-edge"/g)).toHaveLength(3);
  });

  it('escapes task ids and labels that contain markup', () => {
    const runs = [
      { condition: 'cold', repeat: 0, seed: 0, records: [outcome(XSS, false, 5)] },
      { condition: 'warm', repeat: 0, seed: 0, records: [outcome(XSS, true, 5, 'e1')] },
    ];
    const r = report(analyseTransfer(runs, { entryTask: new Map([['e1', XSS]]) }));
    const html = renderTransferHtml({ ...r, settings: { ...r.settings, target: XSS } });
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned');
  });
});
