/**
 * Retrieval by execution against a real library: a step-language program stored for one task
 * is found for another task with the same rule by running it on the new task's train inputs,
 * and the seed costs no model call at all.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import { solveTask } from '../../src/evolve/solve-task.js';
import { parseStrategy } from '../../src/evolve/strategy.js';
import type { CallContext, Model } from '../../src/evolve/types.js';
import { libraryReader, openLibrary, type Library } from '../../src/library/index.js';
import { createLocalModel } from '../../src/local/index.js';
import { libraryPort, withExecutionRetrieval, type RunLibrary } from '../../src/run/index.js';
import { tempDir } from '../library/_helpers.js';
import { ruleTask, stored } from './_rule-tasks.js';

const strategy = (steps: unknown[]) => parseStrategy({ steps }, 'test');

// Same rule, different sizes and colours: not the same task by id or content.
const target = ruleTask('target', [
  [
    [5, 5, 1, 0],
    [0, 1, 1, 4],
    [4, 0, 0, 0],
  ],
  [
    [1, 6, 6],
    [6, 0, 0],
  ],
  [[1, 8, 1, 8, 1]],
]);
// An unrelated stored task: its program scores lower on the target, so ranks after.
const other = ruleTask('other', [[[1, 2, 3]], [[3, 1]]]);

/** A model that answers nothing and counts every call by step. */
function countingModel(calls: string[]): Model {
  const count = (what: string, ctx: CallContext) => calls.push(`${what}:${ctx.step}`);
  return {
    roles: { planner: 'counting', repairer: 'counting', follower: 'counting' },
    plan: async (_v, _r, ctx) => (count('plan', ctx), []),
    revise: async (_v, _r, ctx) => (count('revise', ctx), []),
    pool: async (_v, _r, ctx) => (count('pool', ctx), []),
    follow: async (req, ctx) => (count('follow', ctx), req.input),
  };
}

describe('retrieval by execution', () => {
  let tmp: ReturnType<typeof tempDir>;
  let lib: Library;
  let port: RunLibrary;
  let storedInstruction: string;
  beforeEach(async () => {
    tmp = tempDir();
    lib = await openLibrary({ uri: join(tmp.dir, 'lib') });
    port = libraryPort(lib);
    const local = createLocalModel({ budget: 20_000 });
    const first = await solveTask(stored, local, { strategy: strategy([{ kind: 'generate', n: 1 }]) });
    expect(first.trainPerfect).toBe(true);
    storedInstruction = first.candidates.find((c) => c.id === first.best)!.instruction;
    await port.store(stored, first);
    const flipOnly = await solveTask(other, createLocalModel({ budget: 20_000 }), {
      strategy: strategy([{ kind: 'generate', n: 1 }]),
    });
    await port.store(other, flipOnly);
  }, 60_000);
  afterEach(() => {
    lib.close();
    tmp.cleanup();
  });

  it('finds the program stored for a different task with the same rule, and seeds it with no model call', async () => {
    const calls: string[] = [];
    const exec = withExecutionRetrieval(port, libraryReader(lib));
    const [best] = await exec.similar(target, 2);
    expect(best).toMatchObject({ instruction: storedInstruction, taskId: 'stored', distance: 0 });
    expect(best!.trainOutputs).toEqual(target.train.map((p) => p.output));

    const rec = await solveTask(target, countingModel(calls), {
      strategy: strategy([{ kind: 'seed', k: 2 }]),
      library: exec,
    });
    const seed = rec.candidates.find((c) => c.id === rec.best)!;
    expect(seed).toMatchObject({ step: 'seed', instruction: storedInstruction, perfect: true });
    expect(rec.seedFollowerCalls).toBe(0);
    // Only the test answer is followed; nothing was spent on retrieval or scoring.
    expect(calls.filter((c) => !c.endsWith(':answer'))).toEqual([]);
  });

  it('never offers a task its own traces', async () => {
    const hits = await withExecutionRetrieval(port, libraryReader(lib)).similar(stored, 5);
    expect(hits.map((h) => h.taskId)).not.toContain('stored');
  });
});
