import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../src/embed/index.js';
import { openLibrary, type Library } from '../../src/library/index.js';
import { writeTinyModel } from '../support/tiny-model.js';
import { candidate, makeRecord, makeTask, tempDir } from './_helpers.js';

const recolor = makeTask('recolor-a', 'recolor', 1);
const recolorB = makeTask('recolor-b', 'recolor', 2);
const tile = makeTask('tile-a', 'tile', 1);
const crop = makeTask('crop-a', 'crop', 1);

/** A library holding one or two traces per task, tasks from two datasets and two followers. */
async function fill(lib: Library): Promise<void> {
  const rec = (id: string, instructions: string[], follower = 'follower-z') =>
    makeRecord(id, instructions.map((i) => candidate(i)), { models: { planner: 'p', repairer: 'r', follower } });
  await lib.store(recolor, rec('recolor-a', ['Recolor blue cells red.', 'Paint every blue cell red.']));
  await lib.store(recolorB, rec('recolor-b', ['recolor blue cells red', 'Turn blue into red.'], 'follower-w'));
  await lib.store(tile, rec('tile-a', ['Tile the input twice in each direction.']));
  await lib.store(crop, rec('crop-a', ['Keep the top-left 2x2 corner.']));
  await lib.store(makeTask('recolor-c', 'recolor', 3), makeRecord('recolor-c', [candidate('Never offered: imperfect.', { perfect: false })]));
}

describe('retrieval by task fingerprint', () => {
  const tmp = tempDir();
  let lib: Library;
  beforeAll(async () => {
    lib = await openLibrary({ uri: tmp.dir, dataset: 'd1' });
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
    const reuse = await openLibrary({ uri: tmp.dir, reuseSolved: true });
    const exact = await reuse.exactHits({ ...recolor, id: 'renamed' });
    expect(exact.map((h) => h.instruction).sort()).toEqual(['Paint every blue cell red.', 'Recolor blue cells red.']);
    expect(exact.every((h) => h.distance === 0 && h.taskId === 'recolor-a')).toBe(true);
    expect((await reuse.similar(recolor, 1))[0]).toMatchObject({ taskId: 'recolor-a', distance: expect.closeTo(0, 5) });
    reuse.close();
  });

  it.each([
    { filter: { model: 'follower-w' }, tasks: ['recolor-b'] },
    { filter: { dataset: 'd1' }, tasks: ['crop-a', 'recolor-b', 'tile-a'] },
    { filter: { dataset: 'other' }, tasks: [] },
  ])('filters by $filter', async ({ filter, tasks }) => {
    const f = await openLibrary({ uri: tmp.dir, filter });
    expect([...new Set((await f.similar(recolor, 10)).map((h) => h.taskId))].sort()).toEqual(tasks);
    f.close();
  });

  it('shows what a task would retrieve, own traces included on request', async () => {
    const all = await lib.similarToTask(recolor, 10, { includeSameTask: true });
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
    const entry = (await lib.list({ taskId: 'tile-a' }))[0]!;
    expect(entry.embedModel).toBe('tiny-bert');
    expect(entry.textVector).toHaveLength(32);
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
