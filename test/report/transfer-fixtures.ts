/** Synthetic cold/warm runs for transfer-analysis tests. */
import type { TaskRecord } from '../../src/run/run-files.js';
import type { ConditionRun } from '../../src/report/transfer-analysis.js';
import { cand, example, record } from './fixtures.js';

/** A task outcome: solved?, total calls, library entry of the winner (warm). */
export function outcome(
  taskId: string,
  solved: boolean,
  calls: number,
  seed?: string,
  cost: number | null = 0,
): TaskRecord {
  const g = [[1]];
  const best = cand('b', seed ? 'seed' : 'generate', 0, [], [example(solved ? g : [[2]], g)], {
    librarySeeds: seed ? [seed] : [],
  });
  return record(taskId, {
    candidates: [best],
    best: 'b',
    trainPerfect: solved,
    correct: [solved],
    viaLibrary: !!seed && solved,
    calls: { planner: Math.round(calls / 3), repairer: 0, follower: calls - Math.round(calls / 3) },
    callsToFirstPerfect: solved ? calls : null,
    usage: {
      requests: calls,
      cacheHits: 0,
      promptTokens: 0,
      completionTokens: 0,
      reasoningTokens: 0,
      costUsd: cost,
      latencyMs: 0,
    },
  });
}

/** 10 tasks; cold solves t0-t2; warm also solves t3-t5 through library entries, with fewer calls. */
export function syntheticRuns(repeats = 2): ConditionRun[] {
  const ids = Array.from({ length: 10 }, (_, i) => `t${i}`);
  const runs: ConditionRun[] = [];
  for (let r = 0; r < repeats; r++) {
    runs.push({ condition: 'cold', repeat: r, seed: r, records: ids.map((id, i) => outcome(id, i < 3, 30)) });
    runs.push({
      condition: 'warm',
      repeat: r,
      seed: r,
      records: ids.map((id, i) => outcome(id, i < 6, i < 6 ? 12 : 33, i >= 3 && i < 6 ? `e${i}` : undefined)),
    });
  }
  return runs;
}

export const entryTask = new Map([
  ['e3', 'src-a'],
  ['e4', 'src-a'],
  ['e5', 'src-b'],
]);
