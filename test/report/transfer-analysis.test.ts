import { describe, expect, it } from 'vitest';
import { analyseTransfer } from '../../src/report/transfer-analysis.js';
import { entryTask, outcome, syntheticRuns } from './transfer-fixtures.js';

describe('transfer analysis', () => {
  const a = analyseTransfer(syntheticRuns(), { entryTask, bootstrap: { seed: 3 } });

  it('summarises each condition over tasks and repeats', () => {
    expect(a.conditions.cold).toMatchObject({
      runs: 2,
      tasks: 10,
      score: 0.3,
      trainPerfectRate: 0.3,
      meanCalls: 30,
      meanPlannerCalls: 10,
      meanFollowerCalls: 20,
    });
    expect(a.conditions.warm).toMatchObject({
      score: 0.6,
      scorePerRepeat: [0.6, 0.6],
      meanCallsToFirstPerfect: 12,
      viaLibraryRate: 0.3,
    });
    expect(a.conditions.warm!.meanCalls).toBeCloseTo((6 * 12 + 4 * 33) / 10);
  });

  it('reports warm minus cold with a bootstrap interval over tasks', () => {
    expect(a.differences.score.diff).toBeCloseTo(0.3);
    expect(a.differences.score.n).toBe(10);
    expect(a.differences.score.lo).toBeGreaterThanOrEqual(0);
    expect(a.differences.score.hi).toBeLessThanOrEqual(0.7);
    expect(a.differences.calls.diff).toBeLessThan(0);
    // Only tasks where both conditions found a perfect candidate are paired.
    expect(a.differences.callsToFirstPerfect).toMatchObject({ n: 3, diff: -18 });
  });

  it('builds the transfer graph from library seeds of winning candidates', () => {
    expect(a.edges).toEqual([
      { entryId: 'e3', sourceTaskId: 'src-a', targetTaskId: 't3', wins: 2, solved: 2 },
      { entryId: 'e4', sourceTaskId: 'src-a', targetTaskId: 't4', wins: 2, solved: 2 },
      { entryId: 'e5', sourceTaskId: 'src-b', targetTaskId: 't5', wins: 2, solved: 2 },
    ]);
  });

  it('accumulates solved tasks against calls spent, in task order', () => {
    expect(a.curves.cold![0]).toEqual([30, 1]);
    expect(a.curves.cold!.at(-1)).toEqual([300, 3]);
    expect(a.curves.warm!.at(-1)).toEqual([6 * 12 + 4 * 33, 6]);
  });

  it('compares only tasks both conditions attempted', () => {
    const only = analyseTransfer([
      { condition: 'cold', repeat: 0, seed: 0, records: [outcome('x', true, 5), outcome('y', false, 5)] },
      { condition: 'warm', repeat: 0, seed: 0, records: [outcome('y', true, 5)] },
    ]);
    expect(only.taskIds).toEqual(['y']);
    expect(only.differences.score.diff).toBe(1);
  });

  it('ignores seeds of candidates that did not win', () => {
    const loser = outcome('z', false, 5, 'e9');
    const r = analyseTransfer([
      { condition: 'cold', repeat: 0, seed: 0, records: [loser] },
      { condition: 'warm', repeat: 0, seed: 0, records: [loser] },
    ]);
    expect(r.edges).toEqual([]);
  });
});
