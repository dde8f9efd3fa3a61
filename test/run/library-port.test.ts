/** run/'s adapter between evolution's LibraryPort and the real LanceDB library. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryReader, openLibrary, type Library } from '../../src/library/index.js';
import { libraryPort, solvedTask } from '../../src/run/library-port.js';
import type { Candidate } from '../../src/evolve/types.js';
import type { TaskRecord } from '../../src/run/run-files.js';
import { makeTask, tempDir } from '../library/_helpers.js';

let made = 0;
const candidate = (instruction: string, over: Partial<Candidate> = {}): Candidate =>
  ({ id: `c${++made}`, instruction, step: 'generate', stepIndex: 0, parents: [], librarySeeds: [], examples: [], fitness: 1, perfect: true, ...over }); // prettier-ignore

/** The run's record of a finished task, as the port receives it. */
const makeRecord = (candidates: Candidate[], over: Partial<TaskRecord> = {}): TaskRecord => ({
  taskId: 't', status: 'done', candidates, attempts: [], correct: [true], trainPerfect: candidates.some((c) => c.perfect),
  best: candidates[0]?.id ?? null, viaLibrary: false, libraryHits: [], calls: { planner: 1, repairer: 0, follower: 4 },
  seedFollowerCalls: 0, callsToFirstPerfect: 5,
  usage: { requests: 5, cacheHits: 0, promptTokens: 1200, completionTokens: 300, reasoningTokens: 0, costUsd: 0.0123, latencyMs: 900 },
  models: { planner: 'planner-x', repairer: 'repairer-y', follower: 'follower-z' },
  startedAt: '2026-11-26T10:00:00.000Z', finishedAt: '2026-11-26T10:01:00.000Z', wallS: 60,
  ...over,
}); // prettier-ignore

describe('a finished task in the library', () => {
  it("becomes the library's input, in the library's words", () => {
    const task = makeTask('t1', 'tile');
    const a = candidate('Tile twice.', { step: 'revise', stepIndex: 3, parents: ['c0'], librarySeeds: ['e1'] });
    const b = candidate('Keep all.', { perfect: false, fitness: 0.25 });
    const record = makeRecord([a, b], { best: a.id, correct: [true, false] });
    expect(solvedTask(task, record)).toEqual({
      task,
      candidates: [
        {
          candidateId: a.id,
          instruction: 'Tile twice.',
          step: 'revise',
          stepIndex: 3,
          parents: ['c0'],
          fitness: 1,
          trainPerfect: true,
          seededBy: ['e1'],
        },
        {
          candidateId: b.id,
          instruction: 'Keep all.',
          step: 'generate',
          stepIndex: 0,
          parents: [],
          fitness: 0.25,
          trainPerfect: false,
          seededBy: [],
        },
      ],
      bestCandidateId: a.id,
      testVerified: false,
      models: { planner: 'planner-x', repairer: 'repairer-y', follower: 'follower-z' },
      usage: { promptTokens: 1200, completionTokens: 300, costUsd: 0.0123 },
    });
    expect(solvedTask(task, { ...record, correct: null }).testVerified).toBeNull();
    expect(solvedTask(task, { ...record, correct: [true, true] }).testVerified).toBe(true);
  });
});

describe('the port over an open library', () => {
  let tmp: ReturnType<typeof tempDir>;
  let lib: Library;
  beforeEach(async () => {
    tmp = tempDir();
    lib = await openLibrary({ uri: tmp.dir });
  });
  afterEach(() => {
    lib.close();
    tmp.cleanup();
  });

  it("stores with the run's settings and hands back evolution's hits", async () => {
    const task = makeTask('t1', 'recolor', 1);
    const nearMiss = makeRecord([candidate('Almost.', { perfect: false, fitness: 0.7 })]);
    expect(await libraryPort(lib).store(task, nearMiss)).toBe(0);
    const port = libraryPort(lib, { storeNearMisses: true, dataset: 'mine' });
    expect(await port.store(task, nearMiss)).toBe(1);
    expect(await port.store(makeTask('t2', 'recolor', 2), makeRecord([candidate('Recolour.')]))).toBe(1);
    const rows = await libraryReader(lib).list();
    expect(rows.map((e) => [e.taskId, e.dataset, e.nearMiss]).sort()).toEqual([
      ['t1', 'mine', true],
      ['t2', 'mine', false],
    ]);
    const stored = rows.find((e) => e.taskId === 't2')!;
    const [hit] = await port.similar(task, 5);
    expect(hit).toEqual({ entryId: stored.id, instruction: 'Recolour.', taskId: 't2', distance: expect.any(Number) });
  });

  it('retrieves the task its own traces only when the run reuses solved tasks', async () => {
    const task = makeTask('t1', 'crop');
    await libraryPort(lib).store(task, makeRecord([candidate('Crop.')]));
    expect(await libraryPort(lib).similar(task, 5)).toEqual([]);
    expect((await libraryPort(lib, { reuseSolved: true }).similar(task, 5)).map((h) => h.taskId)).toEqual(['t1']);
    expect((await libraryPort(lib).exactHits(task)).map((h) => [h.taskId, h.distance])).toEqual([['t1', 0]]);
    expect(await libraryPort(lib, { reuseSolved: true, filter: { model: 'someone-else' } }).similar(task, 5)).toEqual(
      [],
    );
  });
});
