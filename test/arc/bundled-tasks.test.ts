import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromFn, height, width, type Grid } from '../../src/arc/grid.js';
import { loadTasks } from '../../src/arc/load.js';
import { bundledDataDir } from '../../src/paths.js';

const { tasks, errors } = await loadTasks(join(bundledDataDir(), 'tasks'));

// Hand-written references, independent of scripts/make-bundled-tasks.ts.
const mirror = (g: Grid): Grid => g.map((r) => [...r].reverse());
const scale =
  (k: number) =>
  (g: Grid): Grid =>
    fromFn(height(g) * k, width(g) * k, (r, c) => g[Math.floor(r / k)]![Math.floor(c / k)]!);
const recolor =
  (m: Record<number, number>) =>
  (g: Grid): Grid =>
    g.map((r) => r.map((c) => m[c] ?? c));
const nonZeroColumn = (g: Grid, c: number): number[] => g.map((r) => r[c]!).filter((v) => v !== 0);
/** Empty cells not reachable from the border through empty cells become 4. */
function fillEnclosed(g: Grid): Grid {
  const outside = new Set<string>();
  const todo: [number, number][] = [];
  g.forEach((row, r) =>
    row.forEach((_, c) => (r === 0 || c === 0 || r === height(g) - 1 || c === width(g) - 1) && todo.push([r, c])),
  );
  while (todo.length) {
    const [r, c] = todo.pop()!;
    if (g[r]?.[c] !== 0 || outside.has(`${r},${c}`)) continue;
    outside.add(`${r},${c}`);
    todo.push([r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]);
  }
  return g.map((row, r) => row.map((v, c) => (v === 0 && !outside.has(`${r},${c}`) ? 4 : v)));
}
const references: Record<string, (g: Grid) => Grid> = {
  'fill-enclosed': fillEnclosed,
  'flip-horizontal': mirror,
  'flip-vertical': (g) => [...g].reverse(),
  transpose: (g) => fromFn(width(g), height(g), (r, c) => g[c]![r]!),
  'rotate-90': (g) => fromFn(width(g), height(g), (r, c) => g[height(g) - 1 - c]![r]!),
  'rotate-180': (g) => mirror([...g].reverse()),
  'recolor-map': recolor({ 1: 2, 3: 4, 6: 7, 8: 9 }),
  'recolor-swap': recolor({ 1: 2, 2: 1 }),
  'remove-noise': recolor({ 5: 0 }),
  'upscale-2x': scale(2),
  'upscale-3x': scale(3),
  'downscale-2x': (g) => fromFn(height(g) / 2, width(g) / 2, (r, c) => g[2 * r]![2 * c]!),
  'tile-2x2': (g) => fromFn(height(g) * 2, width(g) * 2, (r, c) => g[r % height(g)]![c % width(g)]!),
  'tile-mirror': (g) => g.map((r) => [...r, ...[...r].reverse()]),
  'gravity-down': (g) =>
    fromFn(height(g), width(g), (r, c) => {
      const col = nonZeroColumn(g, c);
      const k = r - (height(g) - col.length);
      return k >= 0 ? col[k]! : 0;
    }),
  'symmetry-complete': (g) => g.map((r) => r.map((v, c) => v || r[r.length - 1 - c]!)),
  'count-colors': (g) => [Array(new Set(g.flat().filter((v) => v)).size).fill(5)],
  'overlay-halves': (g) => {
    const w = (width(g) - 1) / 2;
    return fromFn(height(g), w, (r, c) => g[r]![c] || g[r]![c + w + 1]!);
  },
};

describe('bundled tasks', () => {
  it('all load, 20-30 of them, each with 3-4 train pairs, 1-2 tests with outputs, grids up to 10x10', () => {
    expect(errors).toEqual([]);
    expect(tasks.length).toBeGreaterThanOrEqual(20);
    expect(tasks.length).toBeLessThanOrEqual(30);
    for (const t of tasks) {
      expect(t.train.length, t.id).toBeGreaterThanOrEqual(3);
      expect(t.train.length, t.id).toBeLessThanOrEqual(4);
      expect(t.test.length, t.id).toBeGreaterThanOrEqual(1);
      expect(t.test.length, t.id).toBeLessThanOrEqual(2);
      const grids = [...t.train.flatMap((p) => [p.input, p.output]), ...t.test.flatMap((p) => [p.input, p.output!])];
      expect(
        t.test.every((p) => p.output !== undefined),
        t.id,
      ).toBe(true);
      for (const g of grids) expect(Math.max(height(g), width(g)), t.id).toBeLessThanOrEqual(10);
    }
  });

  it('are listed in data/tasks/README.md', () => {
    const readme = readFileSync(join(bundledDataDir(), 'tasks', 'README.md'), 'utf8');
    for (const t of tasks) expect(readme, t.id).toContain(`\`${t.id}\``);
  });

  it.each(Object.keys(references))('%s: every pair, tests included, follows the reference rule', (id) => {
    const task = tasks.find((t) => t.id === id)!;
    expect(task, id).toBeDefined();
    for (const p of [...task.train, ...task.test]) expect(references[id]!(p.input)).toEqual(p.output);
  });

  it.each([
    [
      'crop-object',
      (i: Grid, o: Grid) =>
        height(o) <= height(i) && width(o) <= width(i) && height(o) * width(o) < height(i) * width(i),
    ],
    ['crop-largest-object', (i: Grid, o: Grid) => height(o) < height(i) && new Set(o.flat()).size === 1],
    ['count-objects', (_i: Grid, o: Grid) => height(o) === 1 && new Set(o.flat()).size === 1],
    ['fill-enclosed', (i: Grid, o: Grid) => height(o) === height(i) && o.flat().includes(4) && !i.flat().includes(4)],
    [
      'move-to-contact',
      (i: Grid, o: Grid) =>
        i.flat().filter((v) => v === 2).length === o.flat().filter((v) => v === 2).length &&
        o.some((r) => r[r.length - 2] === 2),
    ],
    ['draw-row-lines', (i: Grid, o: Grid) => o.every((r) => new Set(r).size === 1) && height(o) === height(i)],
    [
      'draw-column-lines',
      (i: Grid, o: Grid) => o[height(o) - 1]!.every((v, c) => v !== 0 || i.every((r) => r[c] === 0)),
    ],
  ])('%s: outputs have the expected shape and content', (id, check) => {
    const task = tasks.find((t) => t.id === id)!;
    for (const p of [...task.train, ...task.test]) expect(check(p.input, p.output!), id).toBe(true);
  });
});
