/** A run over real ARC-AGI-1 tasks with the offline engine (skipped when ../shared/arc is absent). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTasks } from '../../src/arc/load.js';
import { scoreSubmission } from '../../src/arc/score.js';
import { loadStrategy } from '../../src/evolve/strategy.js';
import { createLocalModel } from '../../src/local/index.js';
import { solveTasks } from '../../src/run/solve-tasks.js';
import { arcSkipNote, sharedArcSet } from '../support/arc-data.js';

const training = sharedArcSet('arc-agi-1/training') ?? '';

describe.skipIf(!training)(`a run over real ARC tasks${arcSkipNote('arc-agi-1/training')}`, () => {
  it('writes a consistent run folder whose summary matches the official scorer', async () => {
    const { tasks } = await loadTasks(training);
    const picked = tasks.slice(0, 4);
    const out = mkdtempSync(join(tmpdir(), 'arcmem-real-'));
    const summary = await solveTasks(picked, {
      out,
      strategy: loadStrategy('lite'),
      models: [createLocalModel({ planTimeMs: 300 })],
      taskConcurrency: 2,
    });
    const submission = JSON.parse(readFileSync(join(out, 'submission.json'), 'utf8'));
    const official = scoreSubmission(submission, new Map(picked.map((t) => [t.id, t.test.map((p) => p.output!)])));
    expect(summary.tasks).toBe(4);
    expect(summary.finished).toBe(4);
    expect(summary.score).toBeCloseTo(official.perTask);
    expect(summary.score_per_output).toBeCloseTo(official.perOutput);
    for (const t of picked) expect(submission[t.id]).toHaveLength(t.test.length);
  }, 60_000);
});
