/**
 * Two library paths of the evolution loop, on a real LanceDB library: the repairer shown
 * related instructions (revise {show_related: true}, found by text embedding with the tiny
 * ONNX model), and --reuse-solved falling back to the planner when the stored solution of a
 * task no longer fits it. Only the model's answers are scripted.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder, type Embedder } from '../../src/embed/index.js';
import { solveTask } from '../../src/evolve/solve-task.js';
import { parseStrategy } from '../../src/evolve/strategy.js';
import type { ReviseRequest } from '../../src/evolve/types.js';
import { openLibrary, type Library } from '../../src/library/index.js';
import { libraryPort } from '../../src/run/index.js';
import { writeTinyModel } from '../support/tiny-model.js';
import { flipTask, ScriptedModel } from '../evolve/_scripted.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

const tmp = tempDir();
let embedder: Embedder;
beforeAll(async () => {
  embedder = await loadEmbedder({ modelPath: writeTinyModel(tmp.dir, 'tiny', 384) });
});
afterAll(() => tmp.cleanup());

describe('the repairer shown related instructions', () => {
  let lib: Library;
  beforeAll(async () => {
    lib = await openLibrary({ uri: join(tmp.dir, 'related'), embedder });
    // Other tasks' traces, stored with text vectors; and one of the task's own, which must not be shown.
    await lib.store(solved(makeTask('other-1', 'tile'), [trace('colour 5 then flip the grid')]));
    await lib.store(solved(makeTask('other-2', 'crop'), [trace('crop the grid to one cell')]));
    await lib.store(solved(flipTask(), [trace('flip the grid left to right')]));
  });
  afterAll(() => lib.close());

  it('gets the nearest other tasks’ instructions by text, never the task’s own', async () => {
    const strategy = parseStrategy(
      {
        steps: [
          { kind: 'generate', n: 1 },
          { kind: 'revise', top_k: 1, per_parent: 1, show_related: true },
        ],
      },
      'related',
    );
    const model = new ScriptedModel({ plans: [['colour 5']], revise: () => 'flip' });
    const rec = await solveTask(flipTask(), model, { strategy, library: libraryPort(lib) });
    const [revision] = model.calls('revise');
    const related = (revision!.req as ReviseRequest).related ?? [];
    expect(related).toContain('colour 5 then flip the grid');
    expect(related).not.toContain('flip the grid left to right');
    expect(rec.trainPerfect).toBe(true);
  });

  it('gets none when the step does not ask for them', async () => {
    const strategy = parseStrategy(
      {
        steps: [
          { kind: 'generate', n: 1 },
          { kind: 'revise', top_k: 1, per_parent: 1 },
        ],
      },
      'plain',
    );
    const model = new ScriptedModel({ plans: [['colour 5']], revise: () => 'flip' });
    await solveTask(flipTask(), model, { strategy, library: libraryPort(lib) });
    expect((model.calls('revise')[0]!.req as ReviseRequest).related).toBeUndefined();
  });
});

describe('--reuse-solved when the stored solution no longer fits', () => {
  it('follows it, finds it wrong, and plans from scratch', async () => {
    const lib = await openLibrary({ uri: join(tmp.dir, 'stale') });
    // Stored as perfect by an earlier run (another follower), but this follower paints every cell 3.
    await lib.store(solved(flipTask(), [trace('colour 3')]));
    const model = new ScriptedModel({ plans: [['flip the grid']] });
    const strategy = parseStrategy({ steps: [{ kind: 'generate', n: 1 }] }, 'plain');
    const rec = await solveTask(flipTask(), model, {
      strategy,
      library: libraryPort(lib, { reuseSolved: true }),
      reuseSolved: true,
    });
    const reused = rec.candidates.find((c) => c.instruction === 'colour 3');
    expect(reused).toMatchObject({ perfect: false, librarySeeds: [expect.any(String)] });
    expect(model.calls('plan')).toHaveLength(1);
    expect(rec).toMatchObject({ trainPerfect: true, viaLibrary: false });
    expect(rec.candidates.find((c) => c.id === rec.best)!.instruction).toBe('flip the grid');
    lib.close();
  });
});
