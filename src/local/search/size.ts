/**
 * Output size first: rules that say how big the output is from the input alone, kept when they
 * hold on every train pair, then read off each test input. The search ranks states and answers
 * whose size agrees with the prediction ahead of those that do not.
 */
import { height, width, type Grid } from '../../arc/grid.js';
import { colourCounts } from '../primitives/colour.js';
import { boxWhere } from '../primitives/crop.js';
import { findObjects } from '../primitives/objects.js';

export type Size = readonly [number, number];
/** A named rule giving an output size for an input, or null where it has nothing to say. */
export interface SizeRule {
  readonly name: string;
  readonly size: (g: Grid, train: readonly (readonly [Grid, Grid])[]) => Size | null;
}

const dims = (g: Grid): Size => [height(g), width(g)];
const ratio = (train: readonly (readonly [Grid, Grid])[], axis: 0 | 1): number | null => {
  const rs = train.map(([i, o]) => dims(o)[axis] / dims(i)[axis]);
  return rs.every((r) => r === rs[0]) ? rs[0]! : null;
};
const boxSize = (b: { h: number; w: number } | null): Size | null => (b ? [b.h, b.w] : null);
const nonBackground = (g: Grid): number => colourCounts(g).reduce((s, n, c) => (c === 0 ? s : s + n), 0);
const colourCount = (g: Grid): number => colourCounts(g).filter((n, c) => c !== 0 && n > 0).length;
const largestObject = (g: Grid): Size | null => {
  const objs = findObjects(g, { multicolour: true, diagonal: true });
  const big = objs.reduce<(typeof objs)[number] | null>(
    (b, o) => (!b || o.cells.length > b.cells.length ? o : b),
    null,
  );
  return big ? [big.bottom - big.top + 1, big.right - big.left + 1] : null;
};

/** The rules in the order they are preferred when several hold (simplest first). */
export const SIZE_RULES: readonly SizeRule[] = [
  { name: 'same as input', size: (g) => dims(g) },
  { name: 'constant', size: (_g, train) => dims(train[0]![1]) },
  { name: 'transposed', size: (g) => [width(g), height(g)] },
  {
    name: 'scaled',
    size: (g, train) => {
      const [ry, rx] = [ratio(train, 0), ratio(train, 1)];
      if (ry === null || rx === null) return null;
      const [h, w] = [height(g) * ry, width(g) * rx];
      return Number.isInteger(h) && Number.isInteger(w) ? [h, w] : null;
    },
  },
  {
    name: 'input plus a constant',
    size: (g, train) => {
      const [dh, dw] = [height(train[0]![1]) - height(train[0]![0]), width(train[0]![1]) - width(train[0]![0])];
      return [height(g) + dh, width(g) + dw];
    },
  },
  { name: 'box of the content', size: (g) => boxSize(boxWhere(g, (v) => v !== 0)) },
  ...Array.from({ length: 10 }, (_, c): SizeRule => ({
    name: `box of colour ${c}`,
    size: (g) => boxSize(boxWhere(g, (v) => v === c)),
  })),
  { name: 'box of the largest object', size: largestObject },
  { name: 'one row per colour', size: (g, train) => [colourCount(g), width(train[0]![1])] },
  { name: 'one cell per non-background cell, in a row', size: (g) => [1, nonBackground(g)] },
  { name: 'square of the colour count', size: (g) => [colourCount(g), colourCount(g)] },
];

/** The first rule that holds on every train pair, or null. */
export function sizeRule(train: readonly (readonly [Grid, Grid])[]): SizeRule | null {
  return (
    SIZE_RULES.find((rule) =>
      train.every(([i, o]) => {
        const s = rule.size(i, train);
        return s !== null && s[0] === height(o) && s[1] === width(o);
      }),
    ) ?? null
  );
}

/** Predicted output sizes of each input under the task's size rule (null where none holds). */
export function predictSizes(train: readonly (readonly [Grid, Grid])[], inputs: readonly Grid[]): (Size | null)[] {
  const rule = sizeRule(train);
  return inputs.map((g) => {
    const s = rule?.size(g, train) ?? null;
    return s && s[0] >= 1 && s[1] >= 1 && s[0] <= 30 && s[1] <= 30 ? s : null;
  });
}
