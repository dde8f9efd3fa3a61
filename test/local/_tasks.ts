/** Helpers for offline-engine tests: bundled tasks as views, and a candidate built by following an instruction. */
import { join } from 'node:path';
import { cellSimilarity, gridEquals } from '../../src/arc/grid.js';
import { loadTask } from '../../src/arc/load.js';
import type { Task } from '../../src/arc/task.js';
import type { Candidate, CallContext, Model, TaskView } from '../../src/evolve/types.js';
import { bundledDataDir } from '../../src/paths.js';

export const bundled = (name: string): Promise<Task> => loadTask(join(bundledDataDir(), 'tasks', `${name}.json`));
export const viewOf = (t: Task): TaskView => ({ train: t.train, testInputs: t.test.map((p) => p.input) });
export const ctx: CallContext = { taskId: 'test', step: 'generate' };

/** Scores an instruction on the train pairs the way the evolution loop does, as a Candidate. */
export async function candidate(model: Model, t: Task, instruction: string): Promise<Candidate> {
  const examples = await Promise.all(
    t.train.map(async (p) => {
      try {
        const output = await model.follow({ instruction, context: t.train, input: p.input }, ctx);
        return {
          output,
          expected: p.output,
          score: cellSimilarity(output, p.output),
          exact: gridEquals(output, p.output),
        };
      } catch (e) {
        return { output: null, expected: p.output, score: 0, exact: false, error: String(e) };
      }
    }),
  );
  const fitness = examples.reduce((s, e) => s + e.score, 0) / examples.length;
  return {
    id: 'c1',
    instruction,
    step: 'generate',
    stepIndex: 0,
    parents: [],
    librarySeeds: [],
    examples,
    fitness,
    perfect: examples.every((e) => e.exact),
  };
}

/** True when the instruction reproduces every train output. */
export const perfectOnTrain = async (model: Model, t: Task, instruction: string): Promise<boolean> =>
  (await candidate(model, t, instruction)).perfect;
