/**
 * Mining concepts after each store reads only the traces stored since the last mining, on a real
 * LanceDB library: after every store the macros equal a rebuild from all traces, traces another
 * writer stored are picked up, and pruned traces stop counting.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, pruneLibrary, readConcepts, type Library } from '../../src/library/index.js';
import { ConceptLearner } from '../../src/run/index.js';
import { taskOf } from '../local/_concepts.js';
import { solved, tempDir, trace } from '../library/_helpers.js';

const PROGRAMS = [
  '1. Mirror the grid left to right.\n2. Scale the grid up 3 times.\n3. Recolour colour 1 to colour 2.',
  '1. Mirror the grid top to bottom.\n2. Mirror the grid left to right.\n3. Scale the grid up 2 times.',
  '1. Scale the grid up 2 times.\n2. Recolour colour 3 to colour 1.',
  '1. Mirror the grid left to right.\n2. Scale the grid up 2 times.\n3. Recolour colour 3 to colour 5.',
  '1. Mirror the grid top to bottom.\n2. Recolour colour 1 to colour 4.',
  '1. Mirror the grid top to bottom.\n2. Recolour colour 3 to colour 2.',
];

let tmp: ReturnType<typeof tempDir>;
let uri: string;
let lib: Library;
beforeEach(async () => {
  tmp = tempDir('arcmem-concepts-incremental-');
  uri = join(tmp.dir, 'library');
  lib = await openLibrary({ uri, embedder: null });
});
afterEach(() => {
  lib.close();
  tmp.cleanup();
});

/** What mining every trace afresh gives (a new learner has counted nothing), and how many traces it read. */
async function fullRebuild(): Promise<{ macros: unknown; read: number }> {
  const fresh = new ConceptLearner(lib);
  const macros = await fresh.update();
  return { macros, read: fresh.lastRead };
}

describe('mining concepts after a store', () => {
  it('reads only the new traces and gives what a rebuild from all traces gives', async () => {
    const learner = new ConceptLearner(lib);
    for (const [i, program] of PROGRAMS.entries()) {
      // An imperfect trace beside each perfect one: never read for mining.
      await lib.store(
        solved(taskOf(`t${i}`, program), [
          trace(program),
          trace(`${program}\n`, { trainPerfect: false, fitness: 0.5 }),
        ]),
      );
      const macros = await learner.update();
      expect(learner.lastRead).toBe(1);
      const full = await fullRebuild();
      expect(full.read).toBe(i + 1);
      expect(macros).toEqual(full.macros);
    }
    // What is stored (read back by id) is what the last update mined.
    expect((await readConcepts(lib, 'macro')).map((m) => m.name)).toEqual([
      'flip-then-scale-up',
      'flip-then-scale-up-then-recolour',
      'flip-then-recolour',
      'scale-up-then-recolour',
    ]);

    // Another writer's traces (another process with its own handle) are counted on the next update.
    const other = await openLibrary({ uri, embedder: null });
    const extra = '1. Mirror the grid left to right.\n2. Recolour colour 1 to colour 6.';
    await other.store(solved(taskOf('o1', extra), [trace(extra)]));
    await other.store(
      solved(taskOf('o2', PROGRAMS[0]!.replace('3 times', '4 times')), [
        trace('1. Mirror the grid left to right.\n2. Scale the grid up 4 times.'),
      ]),
    );
    other.close();
    const withOthers = await learner.update();
    expect(learner.lastRead).toBe(2);
    expect(withOthers).toEqual((await fullRebuild()).macros);

    // A pruned trace stops counting, with nothing read again.
    await lib.store(
      solved(taskOf('wrong', PROGRAMS[4]!.replace('4', '7')), [trace(PROGRAMS[4]!.replace('4', '7'))], {
        testVerified: false,
      }),
    );
    expect((await learner.update()).map((m) => m.provenance.length)).not.toEqual(
      withOthers.map((m) => m.provenance.length),
    );
    const pruned = await pruneLibrary(lib, { unverified: true }, { apply: true });
    expect(pruned.deleted).toBe(1);
    const after = await learner.update();
    expect(learner.lastRead).toBe(0);
    expect(after).toEqual((await fullRebuild()).macros);
    expect(after).toEqual(withOthers);
  });
});
