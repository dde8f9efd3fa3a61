import { describe, expect, it } from 'vitest';
import { FINGERPRINT_DIM, cosineDistance, fingerprint, taskHash } from '../../src/arc/fingerprint.js';
import { loadTasks } from '../../src/arc/load.js';
import type { Task } from '../../src/arc/task.js';

const { tasks } = await loadTasks('tasks');
const byId = new Map(tasks.map((t) => [t.id, t]));
const fp = (id: string): number[] => fingerprint(byId.get(id)!);
const dist = (a: string, b: string): number => cosineDistance(fp(a), fp(b));

describe('fingerprint vectors', () => {
  it('has a fixed length and every component in 0..1', () => {
    for (const t of tasks) {
      const v = fingerprint(t);
      expect(v).toHaveLength(FINGERPRINT_DIM);
      for (const x of v) expect(x >= 0 && x <= 1 && Number.isFinite(x)).toBe(true);
    }
  });
  it('depends on the train grids only', () => {
    const t = byId.get('recolor-map')!;
    expect(fingerprint({ train: t.train })).toEqual(fingerprint(t));
  });
  it.each([
    ['same_shape', 0, 'flip-horizontal', 1],
    ['output_subgrid', 5, 'crop-object', 1],
    ['tiling', 7, 'tile-2x2', 1],
    ['upscale', 8, 'upscale-3x', 1],
    ['downscale', 9, 'downscale-2x', 1],
    ['colour_map', 16, 'recolor-swap', 1],
    ['colour_map', 16, 'flip-horizontal', 0],
    ['out_mirror_lr', 19, 'symmetry-complete', 1],
    ['dihedral', 31, 'rotate-90', 1],
    ['changes_from_background', 29, 'fill-enclosed', 1],
    ['changes_to_background', 30, 'remove-noise', 1],
  ])('feature %s (#%i) on %s is %d', (_name, index, id, value) => {
    expect(fp(id as string)[index as number]).toBe(value);
  });
});

describe('similar tasks land near each other', () => {
  it.each([
    ['recolor-map', 'recolor-swap', 'crop-object'],
    ['recolor-swap', 'recolor-map', 'upscale-2x'],
    ['flip-horizontal', 'flip-vertical', 'crop-object'],
    ['rotate-90', 'transpose', 'count-objects'],
    ['upscale-2x', 'upscale-3x', 'gravity-down'],
    ['upscale-2x', 'tile-2x2', 'crop-largest-object'],
    ['crop-object', 'crop-largest-object', 'recolor-map'],
    ['count-objects', 'count-colors', 'fill-enclosed'],
    ['draw-row-lines', 'draw-column-lines', 'downscale-2x'],
  ])('%s is nearer %s than %s', (a, near, far) => {
    expect(dist(a, near)).toBeLessThan(dist(a, far));
  });
  it('a task is at distance 0 from itself, and the distance is symmetric', () => {
    expect(dist('tile-mirror', 'tile-mirror')).toBeCloseTo(0, 12);
    expect(dist('tile-mirror', 'gravity-down')).toBeCloseTo(dist('gravity-down', 'tile-mirror'), 12);
  });
  it('cosine distance of a zero vector is 1', () => {
    expect(cosineDistance([0, 0], [1, 0])).toBe(1);
    expect(cosineDistance([1, 0], [0, 1])).toBeCloseTo(1);
    expect(cosineDistance([1, 1], [2, 2])).toBeCloseTo(0);
  });
});

describe('task hash', () => {
  const t = byId.get('flip-vertical')!;
  it('is hex sha256, stable, independent of id, source and test outputs', () => {
    const h = taskHash(t);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    const renamed: Task = { id: 'other', source: 'x', train: t.train, test: t.test.map((p) => ({ input: p.input })) };
    expect(taskHash(renamed)).toBe(h);
    expect(taskHash(JSON.parse(JSON.stringify(t)))).toBe(h);
  });
  it('changes when any train cell or test input changes', () => {
    const h = taskHash(t);
    const flipped = t.train[0]!.output.map((r, i) => (i === 0 ? r.map((c) => (c + 1) % 10) : r));
    expect(taskHash({ ...t, train: [{ input: t.train[0]!.input, output: flipped }, ...t.train.slice(1)] })).not.toBe(h);
    expect(taskHash({ ...t, test: [{ input: [[9]] }] })).not.toBe(h);
  });
});
