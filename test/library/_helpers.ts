/** Tasks, task records and a temp-folder library for the library tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import type { Candidate } from '../../src/evolve/types.js';
import type { TaskRecord } from '../../src/run/format.js';

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
    kind === 'recolor' ? g.map((row) => row.map((v) => (v === 1 ? 2 : v))) :
    kind === 'tile' ? grid(6, 6, (r, c) => g[r % 3]![c % 3]!) :
    grid(2, 2, (r, c) => g[r]![c]!);
  const pairs = [0, 1].map((k) => ({ input: input(k), output: out(input(k)) }));
  return { id, train: pairs, test: [{ input: input(5), output: out(input(5)) }], ...(source ? { source } : {}) };
}

let counter = 0;
export function candidate(instruction: string, over: Partial<Candidate> = {}): Candidate {
  const perfect = over.perfect ?? true;
  return {
    id: `c${++counter}`,
    instruction,
    step: 'generate',
    stepIndex: 0,
    parents: [],
    librarySeeds: [],
    examples: [],
    fitness: perfect ? 1 : 0.5,
    perfect,
    ...over,
  };
}

export function makeRecord(taskId: string, candidates: Candidate[], over: Partial<TaskRecord> = {}): TaskRecord {
  const best = [...candidates].sort((a, b) => b.fitness - a.fitness)[0];
  return {
    taskId,
    status: 'done',
    candidates,
    attempts: [],
    correct: [true],
    trainPerfect: candidates.some((c) => c.perfect),
    best: best?.id ?? null,
    viaLibrary: false,
    libraryHits: [],
    calls: { planner: 1, repairer: 0, follower: 4 },
    seedFollowerCalls: 0,
    callsToFirstPerfect: 5,
    usage: { requests: 5, cacheHits: 0, promptTokens: 1200, completionTokens: 300, reasoningTokens: 0, costUsd: 0.0123, latencyMs: 900 },
    models: { planner: 'planner-x', repairer: 'repairer-y', follower: 'follower-z' },
    startedAt: '2026-11-26T10:00:00.000Z',
    finishedAt: '2026-11-26T10:01:00.000Z',
    wallS: 60,
    ...over,
  };
}
