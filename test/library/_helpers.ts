/** Tasks, finished tasks as the library takes them, and temp folders for the library tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import type { SolvedTask, TraceCandidate, UtilityUpdate } from '../../src/library/index.js';

export function tempDir(prefix = 'arcmem-lib-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const grid = (h: number, w: number, f: (r: number, c: number) => number): Grid =>
  Array.from({ length: h }, (_, r) => Array.from({ length: w }, (_, c) => f(r, c)));

/** Three structurally different task families, so their fingerprints differ. */
export type Kind = 'recolor' | 'tile' | 'crop';

export function makeTask(id: string, kind: Kind, seed = 1, source?: string): Task {
  const input = (k: number) => grid(3, 3, (r, c) => (r * 3 + c + k + seed) % 4);
  const out = (g: Grid): Grid =>
    kind === 'recolor'
      ? g.map((row) => row.map((v) => (v === 1 ? 2 : v)))
      : kind === 'tile'
        ? grid(6, 6, (r, c) => g[r % 3]![c % 3]!)
        : grid(2, 2, (r, c) => g[r]![c]!);
  const pairs = [0, 1].map((k) => ({ input: input(k), output: out(input(k)) }));
  return { id, train: pairs, test: [{ input: input(5), output: out(input(5)) }], ...(source ? { source } : {}) };
}

let counter = 0;

/** A scored instruction as the library takes it (perfect unless said otherwise). */
export function trace(instruction: string, over: Partial<TraceCandidate> = {}): TraceCandidate {
  const trainPerfect = over.trainPerfect ?? true;
  return {
    candidateId: `c${++counter}`,
    instruction,
    step: 'generate',
    stepIndex: 0,
    parents: [],
    seededBy: [],
    fitness: trainPerfect ? 1 : 0.5,
    trainPerfect,
    ...over,
  };
}

/** A finished task as the library takes it: the fittest candidate answered, right on test. */
export function solved(
  task: Task,
  candidates: TraceCandidate[],
  over: Partial<Omit<SolvedTask, 'task' | 'candidates'>> = {},
): SolvedTask {
  const best = [...candidates].sort((a, b) => b.fitness - a.fitness)[0];
  return {
    task,
    candidates,
    bestCandidateId: best?.candidateId ?? null,
    testVerified: true,
    models: { planner: 'planner-x', repairer: 'repairer-y', follower: 'follower-z' },
    usage: { promptTokens: 1200, completionTokens: 300, costUsd: 0.0123 },
    ...over,
  };
}

/** One observation's counts for a trace. */
export const use = (id: string, offered: number, ancestorPerfect = 0, ancestorVerified = 0): UtilityUpdate => ({
  kind: 'trace',
  id,
  offered,
  ancestorPerfect,
  ancestorVerified,
});
