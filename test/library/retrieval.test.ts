import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../src/arc/task.js';
import { loadEmbedder } from '../../src/embed/index.js';
import { libraryReader, openLibrary, type Library } from '../../src/library/index.js';
import { writeTinyModel } from '../support/tiny-model.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

const recolor = makeTask('recolor-a', 'recolor', 1);
const recolorB = makeTask('recolor-b', 'recolor', 2);
const tile = makeTask('tile-a', 'tile', 1);
const crop = makeTask('crop-a', 'crop', 1);

/** A library holding one or two traces per task, tasks from two datasets and two followers. */
async function fill(lib: Library): Promise<void> {
  const rec = (task: Task, instructions: string[], follower = 'follower-z') =>
    solved(
      task,
      instructions.map((i) => trace(i)),
      { models: { planner: 'p', repairer: 'r', follower } },
    );
  const options = { dataset: 'd1' };
  await lib.store(rec(recolor, ['Recolor blue cells red.', 'Paint every blue cell red.']), options);
  await lib.store(rec(recolorB, ['recolor blue cells red', 'Turn blue into red.'], 'follower-w'), options);
  await lib.store(rec(tile, ['Tile the input twice in each direction.']), options);
  await lib.store(rec(crop, ['Keep the top-left 2x2 corner.']), options);
  await lib.store(
    solved(makeTask('recolor-c', 'recolor', 3), [trace('Never offered: imperfect.', { trainPerfect: false })]),
    options,
  );
}

describe('retrieval by task fingerprint', () => {
  const tmp = tempDir();
  let lib: Library;
  beforeAll(async () => {
    lib = await openLibrary({ uri: tmp.dir });
    await fill(lib);
  });
  afterAll(() => {
    lib.close();
    tmp.cleanup();
  });

  it('excludes the same task, by id and by content hash, and offers structurally similar tasks first', async () => {
    const hits = await lib.similar(recolor, 3);
    expect(hits.map((h) => h.taskId)).not.toContain('recolor-a');
    expect(hits[0]!.taskId).toBe('recolor-b');
    expect(hits[0]!.distance).toBeLessThan(hits[hits.length - 1]!.distance);
    const renamedCopy = { ...recolor, id: 'renamed' };
    expect((await lib.similar(renamedCopy, 10)).map((h) => h.taskId)).not.toContain('recolor-a');
    const sameIdOtherContent = { ...tile, id: 'recolor-a' };
    expect((await lib.similar(sameIdOtherContent, 10)).map((h) => h.taskId)).not.toContain('recolor-a');
  });

  it('deduplicates by normalised instruction and never offers imperfect traces', async () => {
    const hits = await lib.similar(makeTask('new', 'recolor', 4), 10);
    const texts = hits.map((h) => h.instruction.toLowerCase().replace(/\.$/, ''));
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).not.toContain('never offered: imperfect');
    expect(hits).toHaveLength(5);
  });

  it('finds exact hits by content hash, and offers the same task to similar() only with reuseSolved', async () => {
    expect((await lib.exactHits(makeTask('never-stored', 'recolor', 4))).length).toBe(0);
    const exact = await lib.exactHits({ ...recolor, id: 'renamed' });
    expect(exact.map((h) => h.instruction).sort()).toEqual(['Paint every blue cell red.', 'Recolor blue cells red.']);
    expect(exact.every((h) => h.distance === 0 && h.taskId === 'recolor-a' && h.sameTask)).toBe(true);
    expect((await lib.similar(recolor, 1, { reuseSolved: true }))[0]).toMatchObject({
      taskId: 'recolor-a',
      distance: expect.closeTo(0, 5),
      sameTask: true,
    });
    expect((await lib.similar(recolor, 1))[0]).toMatchObject({ taskId: 'recolor-b', sameTask: false });
  });

  it.each([
    { filter: { model: 'follower-w' }, tasks: ['recolor-b'] },
    { filter: { dataset: 'd1' }, tasks: ['crop-a', 'recolor-b', 'tile-a'] },
    { filter: { dataset: 'other' }, tasks: [] },
  ])('filters by $filter', async ({ filter, tasks }) => {
    expect([...new Set((await lib.similar(recolor, 10, { filter })).map((h) => h.taskId))].sort()).toEqual(tasks);
  });

  it('shows what a task would retrieve, own traces included on request', async () => {
    const all = await libraryReader(lib).similarToTask(recolor, 10, { reuseSolved: true });
    expect(all.filter((n) => n.sameTask).map((n) => n.entry.taskId)).toEqual(['recolor-a', 'recolor-a']);
  });
});

describe('retrieval by instruction embedding', () => {
  const tmp = tempDir();
  let lib: Library;
  beforeAll(async () => {
    const embedder = await loadEmbedder({ modelPath: writeTinyModel(tmp.dir) });
    lib = await openLibrary({ uri: `${tmp.dir}/lib`, embedder });
    await fill(lib);
  });
  afterAll(() => {
    lib.close();
    tmp.cleanup();
  });

  it('stores text vectors and finds near instructions of other tasks', async () => {
    const hits = await lib.related('Tile the input twice in every direction', 2, recolor);
    expect(hits[0]!.taskId).toBe('tile-a');
    expect(hits.map((h) => h.taskId)).not.toContain('recolor-a');
    const entry = (await libraryReader(lib).list({ taskId: 'tile-a' }))[0]!;
    expect(entry.embedModel).toBe('tiny-bert');
    expect(entry.textVector).toHaveLength(32);
  });

  it("offers a task its own traces by instruction only when that call's policy reuses them", async () => {
    const text = 'Tile the input twice in every direction';
    expect((await lib.related(text, 10, tile)).map((h) => h.taskId)).not.toContain('tile-a');
    expect((await lib.related(text, 1, tile, { reuseSolved: true }))[0]).toMatchObject({
      taskId: 'tile-a',
      sameTask: true,
    });
    expect(await lib.related(text, 10, tile, { reuseSolved: true, filter: { dataset: 'other' } })).toEqual([]);
  });

  it('warns once and turns text retrieval off when the embedder does not fit the library', async () => {
    const warnings: string[] = [];
    const other = await loadEmbedder({ modelPath: writeTinyModel(tmp.dir, 'wide', 48) });
    const wide = await openLibrary({ uri: `${tmp.dir}/lib`, embedder: other, onWarning: (m) => warnings.push(m) });
    expect(await wide.related('Tile the input', 2, recolor)).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/48-number vectors.*stores 32/);
    wide.close();
  });
});
