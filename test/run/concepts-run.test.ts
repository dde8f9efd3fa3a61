/**
 * Concepts through the real library and the CLI: two tasks' perfect traces in a LanceDB library
 * on disk, `arcmem library compact` mines and stores the macro they share (and `library stats`
 * counts it), `arcmem solve` loads it and solves a third task at a step-application budget where
 * the same solve without the library fails and credits the concept it used, and a run's library
 * mines concepts again after its stores.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../src/arc/task.js';
import { addLesson, libraryReader, openLibrary, readConcepts } from '../../src/library/index.js';
import { createLocalModel, printProgram } from '../../src/local/index.js';
import { loadStrategy } from '../../src/evolve/strategy.js';
import { learnedConcepts, libraryPort, readRunFolder, solveTasks } from '../../src/run/index.js';
import { BUDGET, ins, taskOf, third, thirdRule, solvedA, solvedB } from '../local/_concepts.js';
import { solved, tempDir, trace } from '../library/_helpers.js';
import { runCli } from '../support/cli.js';

const thirdTask: Task = {
  id: 'third',
  train: third.ins.map((input, i) => ({ input, output: third.outs[i]! })),
  test: [{ input: ins[0]!, output: third.outs[0]! }],
};

let tmp: ReturnType<typeof tempDir>;
let uri: string;
const env = () => ({ ARCMEM_EMBED_MODEL_PATH: join(tmp.dir, 'no-model') });

async function storeTraces(tasks: readonly [Task, string][]): Promise<void> {
  const lib = await openLibrary({ uri, embedder: null });
  for (const [task, instruction] of tasks) await lib.store(solved(task, [trace(instruction)]));
  lib.close();
}

function writeTask(dir: string, t: Task): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${t.id}.json`), JSON.stringify({ train: t.train, test: t.test }));
}

/** The planner's proposals only: what the plan search finds decides the task. */
const planOnly = () => {
  const file = join(tmp.dir, 'plan-only.json');
  writeFileSync(file, JSON.stringify({ steps: [{ kind: 'generate', n: 6 }], stop_on_perfect: true, answer_runs: 2 }));
  return file;
};

const solveThird = async (library: string[]) => {
  const dir = join(tmp.dir, 'tasks');
  writeTask(dir, thirdTask);
  const out = join(tmp.dir, `run-${library.length}`);
  const args = ['solve', dir, '--strategy', planOnly(), '--local-budget', String(BUDGET), '--out', out, ...library];
  const r = await runCli(args, env());
  expect(r.code, r.err).toBe(0);
  return readRunFolder(out);
};

beforeEach(() => {
  tmp = tempDir('arcmem-concepts-');
  uri = join(tmp.dir, 'library');
});
afterEach(() => tmp.cleanup());

describe('concepts in a library', () => {
  it('are rebuilt from the traces by compact, counted by stats, and solve a task the cold run cannot', async () => {
    await storeTraces([
      [taskOf('task-a', solvedA.instruction), solvedA.instruction],
      [taskOf('task-b', solvedB.instruction), solvedB.instruction],
    ]);
    const before = await runCli(['library', 'stats', '--library', uri], env());
    expect(before.out).toMatch(/concepts\s+0 mined macros, 0 model lessons/);

    const compact = await runCli(['library', 'compact', '--library', uri], env());
    expect(compact.code, compact.err).toBe(0);
    expect(compact.out).toMatch(/concepts: 1 macro mined from the traces/);
    const stats = await runCli(['library', 'stats', '--library', uri], env());
    expect(stats.out).toMatch(/concepts\s+1 mined macro, 0 model lessons/);

    const cold = await solveThird(['--no-library']);
    expect(cold.summary!.train_perfect).toBe(0);
    const warm = await solveThird(['--library', uri]);
    expect(warm.summary!.train_perfect).toBe(1);
    const record = warm.records.find((r) => r.taskId === 'third')!;
    const best = record.candidates.find((c) => c.id === record.best)!;
    expect(best.instruction).toBe(printProgram(thirdRule)); // plain steps, no macro name

    // The warm run credited the concept it was offered: its solution holds the macro's steps.
    const lib = await openLibrary({ uri, embedder: null });
    const [macro] = await readConcepts(lib, 'macro');
    const counts = [...(await libraryReader(lib).utility({ kind: 'concept' })).values()];
    lib.close();
    expect(counts).toEqual([
      expect.objectContaining({ kind: 'concept', id: macro!.id, offered: 1, ancestorPerfect: 1, ancestorVerified: 1 }),
    ]);
  });

  it('are rebuilt by library import from the imported traces; lessons, not exported, do not come along', async () => {
    const a = taskOf('task-a', solvedA.instruction);
    await storeTraces([
      [a, solvedA.instruction],
      [taskOf('task-b', solvedB.instruction), solvedB.instruction],
    ]);
    const source = await openLibrary({ uri, embedder: null });
    await addLesson(source, {
      text: 'When a shape repeats, try scaling it.',
      task: a,
      instruction: solvedA.instruction,
    });
    source.close();
    const file = join(tmp.dir, 'shared.jsonl');
    expect((await runCli(['library', 'export', file, '--library', uri], env())).code).toBe(0);

    const copy = join(tmp.dir, 'copy');
    const r = await runCli(['library', 'import', file, '--library', copy], env());
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(
      /imported 2 new .*\nconcepts: 1 macro mined from the traces \(lessons kept\)\nlearned prior rebuilt/,
    );
    expect((await runCli(['library', 'stats', '--library', copy], env())).out).toMatch(
      /concepts\s+1 mined macro, 0 model lessons/,
    );
    // The same macro the source library mines from the same traces, with the imported traces as provenance.
    const mined = async (at: string) => {
      const lib = await openLibrary({ uri: at, embedder: null });
      const macros = (await readConcepts(lib, 'macro')).map((m) => ({
        id: m.id,
        text: m.text,
        provenance: m.provenance,
      }));
      lib.close();
      return macros;
    };
    expect((await runCli(['library', 'compact', '--library', uri], env())).code).toBe(0);
    expect(await mined(copy)).toEqual(await mined(uri));
    expect(await mined(copy)).toHaveLength(1);
  });

  it('are mined again after the stores of a solve run, from what two different tasks share', async () => {
    const stored = '1. Add a border of 1 cells of colour 7 around the grid.\n2. Scale the grid up 3 times.';
    await storeTraces([[taskOf('task-a', stored), stored]]);
    const lib = await openLibrary({ uri, embedder: null });
    expect(await readConcepts(lib)).toEqual([]); // one task alone teaches nothing
    // The run's library and offline engine wired as solve wires them; the search is bounded by step
    // applications only (generous wall-clock guards), so a loaded machine cannot change what it finds.
    const learned = learnedConcepts();
    await learned.load(lib);
    const model = createLocalModel({
      budget: 100_000,
      planTimeMs: 120_000,
      taskTimeMs: 120_000,
      concepts: learned.current,
    });
    const taskC = taskOf(
      'task-c',
      '1. Add a border of 1 cells of colour 4 around the grid.\n2. Scale the grid up 2 times.',
    );
    const summary = await solveTasks([taskC], {
      out: join(tmp.dir, 'r'),
      strategy: loadStrategy(planOnly()),
      models: [model],
      library: learned.learning(libraryPort(lib), lib),
    });
    expect(summary.train_perfect).toBe(1);
    const macros = await readConcepts(lib, 'macro');
    const taskOfTrace = new Map((await libraryReader(lib).list({ limit: 100 })).map((e) => [e.id, e.taskId]));
    lib.close();
    expect(macros.map((m) => m.text)).toEqual([
      'Add a border of (inferred) cells of (inferred) around the grid, then scale the grid up (inferred) times.',
    ]);
    expect(new Set(macros[0]!.provenance.map((id) => taskOfTrace.get(id)))).toEqual(new Set(['task-a', 'task-c']));
  });
});
