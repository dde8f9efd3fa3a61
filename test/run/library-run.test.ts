/** solveTasks with the real LanceDB library: store on finish, reuse with zero planner calls, seed a similar task. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStrategy, parseStrategy } from '../../src/evolve/strategy.js';
import { openLibrary } from '../../src/library/index.js';
import { libraryPort } from '../../src/run/library-port.js';
import { solveTasks } from '../../src/run/solve-tasks.js';
import { flipTask, ScriptedModel } from '../evolve/_scripted.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'arcmem-librun-'));
const strategy = parseStrategy({ steps: [{ kind: 'generate', n: 2 }] }, 'test');

describe('a run with the library', () => {
  it('stores solved tasks, then answers them again without a planner call (--reuse-solved)', async () => {
    const uri = join(tmp(), 'library');
    const first = await openLibrary({ uri, embedder: null });
    await solveTasks([flipTask('a'), flipTask('b', 2)], {
      out: tmp(),
      strategy,
      models: [new ScriptedModel({ plans: [['same', 'flip']] })],
      library: libraryPort(first),
    });
    first.close();

    const again = await openLibrary({ uri, embedder: null });
    const model = new ScriptedModel({ plans: [['same', 'flip']] });
    const summary = await solveTasks([flipTask('a'), flipTask('b', 2)], {
      out: tmp(),
      strategy,
      models: [model],
      library: libraryPort(again, { reuseSolved: true }),
      reuseSolved: true,
    });
    again.close();
    expect(model.calls('plan')).toHaveLength(0);
    expect(summary).toMatchObject({ train_perfect: 2, score: 1, calls: { planner: 0 } });
    expect(summary.library.solved_via_library).toBe(2);
    expect(summary.library.library_hits).toBe(2);
  });

  it('seeds a new similar task from the library (lite-lib)', async () => {
    const uri = join(tmp(), 'library');
    const lib = await openLibrary({ uri, embedder: null });
    const port = libraryPort(lib);
    await solveTasks([flipTask('old')], {
      out: tmp(),
      strategy,
      models: [new ScriptedModel({ plans: [['flip']] })],
      library: port,
    });
    const model = new ScriptedModel({ plans: [['same']] });
    const summary = await solveTasks([flipTask('new', 2)], {
      out: tmp(),
      strategy: loadStrategy('lite-lib'),
      models: [model],
      library: port,
    });
    lib.close();
    expect(model.calls('plan')).toHaveLength(0); // the seed was perfect: stop before generate
    expect(summary.library).toMatchObject({ solved_via_library: 1, library_hits: 1, seed_follower_calls: 2 });
  });
});
