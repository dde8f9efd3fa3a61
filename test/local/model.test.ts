import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridEquals } from '../../src/arc/grid.js';
import { bundledDataDir } from '../../src/paths.js';
import { canonical, createLocalModel, FollowError, ParseError } from '../../src/local/index.js';
import { bundled, candidate, ctx, perfectOnTrain, viewOf } from './_tasks.js';

const BUNDLED = readdirSync(join(bundledDataDir(), 'tasks'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('the offline model', () => {
  it('names its roles local', () => {
    expect(createLocalModel().roles).toEqual({ planner: 'local', repairer: 'local', follower: 'local' });
  });
  it.each(BUNDLED)('solves the bundled task %s within two attempts', async (name) => {
    const t = await bundled(name);
    // The default effort's step-application budget decides; the wall-clock limits are out of reach, so load cannot.
    const model = createLocalModel({ planApplications: 100_000, planTimeMs: 3_600_000, taskTimeMs: 3_600_000 });
    const proposals = await model.plan(viewOf(t), { n: 2, tried: [] }, ctx);
    expect(proposals.length).toBeGreaterThan(0);
    const solves = async (instruction: string) =>
      (
        await Promise.all(
          t.test.map(async (tp) =>
            gridEquals(await model.follow({ instruction, context: t.train, input: tp.input }, ctx), tp.output!),
          ),
        )
      ).every(Boolean);
    const solved = await Promise.all(proposals.map((p) => solves(p.instruction)));
    expect(solved).toContain(true);
  });
});

describe('planning', () => {
  it('proposes the same programs for the same task every time', async () => {
    const t = await bundled('crop-largest-object');
    const opts = { planTimeMs: 120_000, taskTimeMs: 240_000, planApplications: 30_000 };
    const a = await createLocalModel(opts).plan(viewOf(t), { n: 6, tried: [] }, ctx);
    const b = await createLocalModel(opts).plan(viewOf(t), { n: 6, tried: [] }, ctx);
    expect(a.length).toBeGreaterThan(1);
    expect(a).toEqual(b);
  });
  it('never proposes an instruction already tried, compared by normalised text', async () => {
    const t = await bundled('rotate-90');
    const model = createLocalModel();
    const [first] = await model.plan(viewOf(t), { n: 1, tried: [] }, ctx);
    const variant = first!.instruction
      .toUpperCase()
      .replace('1. ', 'Step 1: ')
      .replace(/colour/gi, 'color');
    expect(canonical(variant)).toBe(canonical(first!.instruction));
    const next = await model.plan(viewOf(t), { n: 3, tried: [variant] }, ctx);
    expect(next.map((p) => p.instruction)).not.toContain(first!.instruction);
  });
  it('answers with a perfect program when given a solving library example and an unreadable one (that it plans from the example: descent.test.ts)', async () => {
    const t = await bundled('upscale-2x');
    const example = '1. Rotate the grid half a turn.\n2. Scale the grid up 2 times.\n3. Rotate the grid half a turn.';
    const [top] = await createLocalModel().plan(viewOf(t), { n: 1, tried: [], examples: [example, 'not a step'] }, ctx);
    expect(await perfectOnTrain(createLocalModel(), t, top!.instruction)).toBe(true);
  });
  it('stops promptly when the call is aborted', async () => {
    const t = await bundled('count-objects');
    const controller = new AbortController();
    controller.abort();
    const started = Date.now();
    await createLocalModel({ planTimeMs: 10_000 }).plan(
      viewOf(t),
      { n: 2, tried: [] },
      { ...ctx, signal: controller.signal },
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('parameters inferred from the train pairs', () => {
  const pair = (input: number[][], output: number[][]) => ({ input, output });
  it.each([
    [
      'a fixed block',
      [
        pair(
          [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
          [
            [5, 6],
            [8, 9],
          ],
        ),
        pair(
          [
            [9, 9, 9],
            [9, 1, 2],
            [9, 3, 4],
          ],
          [
            [1, 2],
            [3, 4],
          ],
        ),
      ],
      [
        [0, 0, 0],
        [0, 7, 7],
        [0, 7, 0],
      ],
      [
        [7, 7],
        [7, 0],
      ],
      'Keep the 2 by 2 block',
    ],
    [
      'sizes of objects to colours',
      [
        pair([[1, 0, 1, 1]], [[2, 0, 3, 3]]),
        pair([[1, 1, 0, 1]], [[3, 3, 0, 2]]),
        pair([[1, 1, 1, 0, 1]], [[4, 4, 4, 0, 2]]),
      ],
      [[1, 0, 1, 1, 1]],
      [[2, 0, 4, 4, 4]],
      'by size',
    ],
  ])('finds %s', async (_name, train, testInput, expected, phrase) => {
    const view = { train, testInputs: [testInput] };
    const model = createLocalModel();
    const [top] = await model.plan(view, { n: 1, tried: [] }, ctx);
    expect(top!.instruction).toContain(phrase);
    expect(await model.follow({ instruction: top!.instruction, context: train, input: testInput }, ctx)).toEqual(
      expected,
    );
  });
});

describe('repairing and pooling', () => {
  it.each([
    [
      'recolor-map',
      '1. Recolour colour 1 to colour 2, colour 3 to colour 5, colour 6 to colour 7, colour 8 to colour 9.',
    ],
    ['crop-largest-object', '1. Crop the grid to the smallest object made of one colour.'],
    ['upscale-2x', '1. Scale the grid up 3 times.'],
    ['rotate-90', '1. Rotate the grid a quarter turn clockwise.\n2. Swap colour 1 and colour 2.'],
  ])(
    'answers a deliberately broken program on %s with a perfect one (that it repairs the parent: descent.test.ts)',
    async (name, broken) => {
      const t = await bundled(name);
      const model = createLocalModel();
      const parent = await candidate(model, t, broken);
      expect(parent.perfect).toBe(false);
      const [fixed] = await model.revise(viewOf(t), { parent, n: 3, tried: [broken] }, ctx);
      expect(fixed?.note).toBeTruthy();
      expect(await perfectOnTrain(model, t, fixed!.instruction)).toBe(true);
    },
  );
  it('falls back to planning when the parent is not in the step language', async () => {
    const t = await bundled('flip-vertical');
    const model = createLocalModel();
    const parent = await candidate(model, t, 'Turn the picture upside down, please.');
    const proposals = await model.revise(viewOf(t), { parent, n: 2, tried: [] }, ctx);
    expect(proposals.length).toBeGreaterThan(0);
    expect(await perfectOnTrain(model, t, proposals[0]!.instruction)).toBe(true);
  });
  it('pools two imperfect parents into a perfect program (that it splices them: descent.test.ts)', async () => {
    const t = await bundled('upscale-2x');
    const model = createLocalModel();
    const a = await candidate(model, t, '1. Rotate the grid half a turn.\n2. Scale the grid up 2 times.');
    const b = await candidate(model, t, '1. Rotate the grid half a turn.\n2. Rotate the grid half a turn.');
    const [top] = await model.pool(viewOf(t), { parents: [a, b], n: 2, tried: [a.instruction, b.instruction] }, ctx);
    expect(await perfectOnTrain(model, t, top!.instruction)).toBe(true);
  });
});

describe('following', () => {
  it('throws a ParseError naming the unreadable step', async () => {
    const model = createLocalModel();
    await expect(
      model.follow({ instruction: '1. Rotate the grid half a turn.\n2. Sing.', context: [], input: [[1]] }, ctx),
    ).rejects.toThrow(/step 2: "Sing\."/);
    await expect(model.follow({ instruction: 'Sing.', context: [], input: [[1]] }, ctx)).rejects.toBeInstanceOf(
      ParseError,
    );
  });
  it('follows each instruction as written, however often and in whatever order it is asked', async () => {
    const model = createLocalModel();
    const follow = (instruction: string) => model.follow({ instruction, context: [], input: [[1, 0]] }, ctx);
    // same length, different meaning: a remembered parse must be the instruction's own
    const two = 'Recolour colour 1 to colour 2.',
      three = 'Recolour colour 1 to colour 3.';
    for (let round = 0; round < 2; round++) {
      expect(await follow(two)).toEqual([[2, 0]]);
      expect(await follow(three)).toEqual([[3, 0]]);
      await expect(follow('Sing.')).rejects.toBeInstanceOf(ParseError);
    }
  });
  it('throws a FollowError when a step finds nothing to act on', async () => {
    const model = createLocalModel();
    await expect(
      model.follow(
        { instruction: 'Crop the grid to the largest object made of one colour.', context: [], input: [[0, 0]] },
        ctx,
      ),
    ).rejects.toBeInstanceOf(FollowError);
  });
});
