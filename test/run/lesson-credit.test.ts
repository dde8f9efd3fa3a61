/**
 * Credit for model-written lessons, against the OpenAI-compatible test server with a real
 * LanceDB library and the tiny ONNX embedder: a stored lesson shown in the planner prompts of
 * two tasks counts `offered` twice, and `ancestor_perfect` / `ancestor_verified` once, for the
 * task whose perfect candidate descends (through a revision) from the prompt that showed it, so
 * `library prune --unhelpful 2` keeps it. The offline engine, whose planner reads no
 * prompt, is never shown a lesson and counts none.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../src/arc/task.js';
import { loadEmbedder } from '../../src/embed/index.js';
import { parseStrategy } from '../../src/evolve/strategy.js';
import { addLesson, libraryReader, openLibrary, type Library } from '../../src/library/index.js';
import { createLocalModel } from '../../src/local/index.js';
import { libraryPort, readRunFolder, solveTasks } from '../../src/run/index.js';
import { scriptedLlmServer } from '../evolve/_llm-setup.js';
import { roleOf, userText } from '../evolve/_llm-script.js';
import { flipTask } from '../evolve/_scripted.js';
import { makeTask, solved, tempDir, trace } from '../library/_helpers.js';
import { CHAT_PATH } from '../support/openai-server.js';
import { runCli } from '../support/cli.js';
import { writeTinyModel } from '../support/tiny-model.js';

const setup = scriptedLlmServer();
const LESSON = 'When every output is its input seen in a mirror, try flipping the grid left to right.';
const strategy = parseStrategy(
  {
    steps: [
      { kind: 'seed', k: 1, show_planner: true, early_exit: false },
      { kind: 'generate', n: 1 },
      { kind: 'revise', top_k: 1, per_parent: 1 },
    ],
  },
  'test',
);

/** Outputs are the inputs turned upside down: nothing the scripted model says solves it. */
const upsideDown: Task = (() => {
  const g = (k: number) => [
    [k, 0, 0],
    [0, k + 1, 0],
  ];
  const pair = (k: number) => ({ input: g(k), output: [...g(k)].reverse() });
  return { id: 'upside-down', train: [pair(1), pair(3)], test: [pair(5)] };
})();

let tmp: ReturnType<typeof tempDir>;
let modelDir: string;
let lib: Library;
let lessonId: string;
beforeEach(async () => {
  tmp = tempDir('arcmem-lesson-credit-');
  modelDir = writeTinyModel(tmp.dir);
  lib = await openLibrary({ uri: join(tmp.dir, 'library'), embedder: await loadEmbedder({ modelPath: modelDir }) });
  // A trace to seed from (so the planner is shown examples, and lessons near them), and a lesson.
  const stored = makeTask('stored', 'crop');
  await lib.store(solved(stored, [trace('crop')]));
  lessonId = (await addLesson(lib, { text: LESSON, task: stored, instruction: 'crop' })).id;
});
afterEach(() => {
  lib.close();
  tmp.cleanup();
});

describe('credit for lessons', () => {
  it('counts a lesson shown to two tasks: offered 2, ancestor of one perfect, verified candidate', async () => {
    // The planner's 'same' gets the shapes right, so it outranks the seed 'crop' and is the one revised.
    const { server, model } = await setup({ plans: ['same'], revise: 'flip' });
    const out = join(tmp.dir, 'run');
    await solveTasks([flipTask('mirror'), upsideDown], { out, strategy, models: [model], library: libraryPort(lib) });

    const plans = server.requests.filter((r) => r.path === CHAT_PATH && roleOf(r.body) === 'planner');
    expect(plans).toHaveLength(2);
    for (const p of plans) expect(userText(p.body)).toContain(`## Lesson 1\n${LESSON}`);
    const records = (await readRunFolder(out)).records;
    const mirror = records.find((r) => r.taskId === 'mirror')!;
    const perfect = mirror.candidates.find((c) => c.perfect)!;
    expect(perfect).toMatchObject({ step: 'revise', instruction: 'flip', lessons: [lessonId] });
    for (const r of records) expect(r.lessonsShown).toEqual([lessonId]);
    expect(records.find((r) => r.taskId === 'upside-down')!.trainPerfect).toBe(false);

    const counters = [...(await lib.utility({ kind: 'concept' })).values()];
    expect(counters).toEqual([
      expect.objectContaining({ id: lessonId, offered: 2, ancestorPerfect: 1, ancestorVerified: 1 }),
    ]);
    // The seed trace was offered to both and helped neither: its own counters are kept apart.
    const seedId = (await libraryReader(lib).list())[0]!.id;
    expect([...(await lib.utility({ kind: 'trace' })).values()]).toEqual([
      expect.objectContaining({ id: seedId, offered: 2, ancestorPerfect: 0, ancestorVerified: 0 }),
    ]);

    // Pruning what was offered twice and never helped takes the seed trace and keeps the lesson.
    const prune = await runCli(['library', 'prune', '--unhelpful', '2', '--library', join(tmp.dir, 'library')], {
      ARCMEM_EMBED_MODEL_PATH: modelDir,
    });
    expect(prune.code, prune.err).toBe(0);
    expect(prune.out).toMatch(/^1 entry matches .*\n.*\n0\.25\s+2\s+0\s+0\s+trace\s+\w{8}\s+stored\s+crop\n?$/);
  });

  it('the offline engine, whose planner reads no prompt, is shown no lesson and counts none', async () => {
    const out = join(tmp.dir, 'local');
    const model = createLocalModel({ budget: 2_000 });
    await solveTasks([flipTask('mirror')], { out, strategy, models: [model], library: libraryPort(lib) });
    const [record] = (await readRunFolder(out)).records;
    expect(record!.trainPerfect).toBe(true);
    expect(record!.lessonsShown).toBeUndefined();
    expect(record!.candidates.every((c) => c.lessons === undefined)).toBe(true);
    expect((await lib.utility({ kind: 'concept' })).size).toBe(0);
  });
});
