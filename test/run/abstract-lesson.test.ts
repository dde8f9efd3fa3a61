/**
 * The `abstract` strategy step against the OpenAI-compatible test server: after a task is solved
 * the model's lesson is checked, stored in a real LanceDB library with its embedding (tiny ONNX
 * model), and shown, marked as unchecked model text, in the next task's planner prompt; a
 * nonsense or oversized answer is refused with its reason and stores nothing. No request ever
 * carries a task id.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../src/embed/index.js';
import { parseStrategy } from '../../src/evolve/strategy.js';
import { openLibrary, readConcepts, type Library } from '../../src/library/index.js';
import { libraryPort, readRunFolder, solveTasks } from '../../src/run/index.js';
import { scriptedLlmServer } from '../evolve/_llm-setup.js';
import { roleOf, userText } from '../evolve/_llm-script.js';
import { flipTask } from '../evolve/_scripted.js';
import { tempDir } from '../library/_helpers.js';
import { CHAT_PATH } from '../support/openai-server.js';
import { writeTinyModel } from '../support/tiny-model.js';

const setup = scriptedLlmServer();
const LESSON = 'When every output is its input seen in a mirror, try flipping the grid left to right.';
const strategy = parseStrategy(
  {
    steps: [
      { kind: 'seed', k: 2, show_planner: true, early_exit: false },
      { kind: 'generate', n: 1 },
      { kind: 'abstract', max_chars: 120 },
    ],
  },
  'test',
);

let tmp: ReturnType<typeof tempDir>;
let lib: Library;
beforeEach(async () => {
  tmp = tempDir('arcmem-abstract-');
  const embedder = await loadEmbedder({ modelPath: writeTinyModel(tmp.dir) });
  lib = await openLibrary({ uri: join(tmp.dir, 'library'), embedder });
});
afterEach(() => {
  lib.close();
  tmp.cleanup();
});

const solveOne = async (model: Parameters<typeof solveTasks>[1]['models'][number], id: string, pairs: number) => {
  const out = join(tmp.dir, id);
  await solveTasks([flipTask(id, pairs)], { out, strategy, models: [model], library: libraryPort(lib) });
  return (await readRunFolder(out)).records[0]!;
};

describe('the abstract step', () => {
  it('stores a lesson with its embedding, and the next planner prompt shows it as model text', async () => {
    const { server, model } = await setup({ plans: ['flip'], lesson: LESSON });
    const first = await solveOne(model, 'secret-task-id-1', 3);
    expect(first.lesson).toEqual({ accepted: true, text: LESSON, instruction: 'flip' });
    const [row, ...rest] = await readConcepts(lib, 'lesson');
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ kind: 'lesson', text: LESSON, embedModel: lib.embedder!.modelId });
    expect(row!.textVector).toHaveLength(lib.embedder!.dim);

    await solveOne(model, 'secret-task-id-2', 2);
    const chats = server.requests.filter((r) => r.path === CHAT_PATH);
    const abstracts = chats.filter((r) => roleOf(r.body) === 'abstract');
    expect(abstracts).toHaveLength(2);
    expect(userText(abstracts[0]!.body)).toContain('# The instruction that solved every example\n\nflip');
    const plans = chats.filter((r) => roleOf(r.body) === 'planner');
    expect(userText(plans[0]!.body)).not.toContain(LESSON); // nothing was stored yet
    const second = userText(plans.at(-1)!.body);
    expect(second).toContain('# Lessons a model wrote after solving other puzzles\nUnchecked model text');
    expect(second).toContain(`## Lesson 1\n${LESSON}`);
    for (const r of server.requests) expect(r.raw).not.toMatch(/secret-task-id/);
  });

  it.each([
    ['a nonsense', 'Bananas are yellow.', 'not of the form "When ..., try ..."'],
    ['an oversized', `When ${'the grid is large and '.repeat(10)}try flipping.`, 'over the 120 allowed'],
    ['a copied grid', 'When you see 1 0 0 2 2 0, try 0 0 1 0 2 2.', 'a run of numbers'],
  ])('refuses %s answer with its reason and stores nothing', async (_name, answer, reason) => {
    const { model } = await setup({ plans: ['flip'], lesson: answer });
    const record = await solveOne(model, 'task-x', 3);
    expect(record.trainPerfect).toBe(true); // the task stays solved
    expect(record.lesson).toMatchObject({ accepted: false, raw: answer });
    expect((record.lesson as { reason: string }).reason).toContain(reason);
    expect(await readConcepts(lib, 'lesson')).toEqual([]);
  });
});
