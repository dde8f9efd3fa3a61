/**
 * The offline engine keeps --task-timeout on big grids: a 30 x 30 task with 10 noisy train pairs
 * (no program fits, every step is slow) through the real solve path ends within a second of the limit.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import { loadStrategy } from '../../src/evolve/strategy.js';
import { createLocalModel, search } from '../../src/local/index.js';
import { solveTasks } from '../../src/run/solve-tasks.js';

/** A seeded 30 x 30 grid, half background, the rest random colours (many small objects). */
function noisyGrid(next: () => number): Grid {
  return Array.from({ length: 30 }, () =>
    Array.from({ length: 30 }, () => (next() < 0.5 ? 0 : 1 + Math.floor(next() * 9))),
  );
}

function noisyTask(seed = 7): Task {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pair = () => ({ input: noisyGrid(next), output: noisyGrid(next) });
  return { id: 'noisy-30x30', train: Array.from({ length: 10 }, pair), test: [pair()] };
}

describe('--task-timeout on a 30 x 30 task with 10 noisy pairs', () => {
  it('ends the task within 6 s of wall time at a 5 s limit', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'arcmem-noisy-')), 'run');
    const started = performance.now();
    await solveTasks([noisyTask()], {
      out,
      strategy: loadStrategy('ettc'),
      models: [createLocalModel()],
      taskTimeoutS: 5,
    });
    const wallS = (performance.now() - started) / 1000;
    const record = JSON.parse(readFileSync(join(out, 'tasks', 'noisy-30x30.json'), 'utf8'));
    // On an idle core the engine's own budget may end the search first ('done'); either way, within the bound.
    expect(['timeout', 'done']).toContain(record.status);
    expect(record.wallS).toBeLessThan(6);
    expect(wallS).toBeLessThan(6.5);
  }, 30_000);
});

describe('a long search on big grids', () => {
  it('gives the event loop turns while it works, so timers and Ctrl-C fire before it ends', async () => {
    // 12 x 12 corners of noisy grids, and budgets no search of them exhausts: only the abort,
    // fired by a timer, can end it early, however fast the machine or warm the JIT.
    const corner = (g: Grid): Grid => g.slice(0, 12).map((row) => row.slice(0, 12));
    const task = noisyTask(11);
    const problem = {
      ins: task.train.slice(0, 3).map((p) => corner(p.input)),
      outs: task.train.slice(0, 3).map((p) => corner(p.output)),
      tests: [corner(task.test[0]!.input)],
    };
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort(), 100);
    const started = performance.now();
    await search(problem, {
      applications: 1e9,
      widths: [1e6, 1e6, 1e6],
      signal: interrupt.signal,
      timeMs: 8_000, // the guard a search that never yields would run into
    });
    const wallMs = performance.now() - started;
    expect(interrupt.signal.aborted).toBe(true);
    expect(wallMs).toBeLessThan(2_000);
  }, 20_000);
});
