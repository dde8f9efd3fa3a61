/**
 * Argument proposals for the row/column, canvas and single-move steps, read from the train pairs so
 * each is offered only where the pairs can use it (every proposal costs applications at every state).
 */
import { height, sameShape, width, type Colour, type Grid } from '../../arc/grid.js';
import type { ArgValue, Args } from '../language/types.js';
import { constantOutShape, type Frame } from './frame.js';

const allSameShape = (f: Frame): boolean => f.ins.every((g, i) => sameShape(g, f.outs[i]!));
const filledCount = (g: Grid): number => g.reduce((n, row) => n + row.reduce((m, v) => m + (v !== 0 ? 1 : 0), 0), 0);

/** The line options whose middle line holds every filled output cell. */
function middleLines(f: Frame): ArgValue[] {
  if (!allSameShape(f)) return [];
  const onMiddle = (line: 'column' | 'row') =>
    f.outs.every((o) => {
      const n = line === 'column' ? width(o) : height(o);
      return o.every((row, r) => row.every((v, c) => v === 0 || (line === 'column' ? c : r) * 2 === n - 1));
    });
  return (['column', 'row'] as const).filter(onMiddle);
}

/** The whole-number growth of each axis shared by all pairs (1 allowed on one axis), or undefined. */
function growth(f: Frame): [number, number] | undefined {
  const ratio = (side: (g: Grid) => number) => {
    const rs = f.ins.map((g, i) => side(f.outs[i]!) / side(g));
    return Number.isInteger(rs[0]) && rs.every((x) => x === rs[0]) ? rs[0]! : undefined;
  };
  const fy = ratio(height),
    fx = ratio(width);
  return fy && fx && fy * fx > 1 ? [fy, fx] : undefined;
}

/** Colours whose input cells changed in some pair (the ones that move), and colours that never change (targets). */
function movers(f: Frame): { moving: Colour[]; still: Colour[] } {
  const moving = new Set<Colour>(),
    present = new Set<Colour>();
  f.ins.forEach((g, i) =>
    g.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === 0) return;
        present.add(v);
        if (f.outs[i]![r]![c] !== v) moving.add(v);
      }),
    ),
  );
  return { moving: [...moving].sort(), still: [...present].filter((c) => !moving.has(c)).sort() };
}

/** Periods n (2 to 6) such that every changed cell lies in a line (of the kind named) whose index is a multiple of n. */
function periodsOfChanges(f: Frame, line: string): number[] {
  const idx = new Set<number>();
  f.ins.forEach((g, i) =>
    g.forEach((row, r) =>
      row.forEach((v, c) => {
        if (f.outs[i]![r]![c] !== v) idx.add(line === 'column' ? c : r);
      }),
    ),
  );
  return idx.size ? [2, 3, 4, 5, 6].filter((n) => [...idx].every((k) => k % n === 0)) : [];
}
/** Every pair keeps its shape and some output has more filled cells than its input. */
const grows = (f: Frame): boolean => allSameShape(f) && f.ins.some((g, i) => filledCount(f.outs[i]!) > filledCount(g));

/** When a step kind is worth proposing on a frame, and the arguments read from the pairs (other arguments take the usual choices). */
export interface OwnProposals {
  readonly when: (f: Frame) => boolean;
  readonly args?: Readonly<Record<string, (f: Frame, partial: Args) => ArgValue[]>>;
}

/** Step kind → when it is proposed and its fitted arguments. */
export const LINES_CANVAS_PROPOSALS: Readonly<Record<string, OwnProposals>> = {
  'keep-middle-line': { when: (f) => middleLines(f).length > 0, args: { line: middleLines } },
  'paint-empty-lines': { when: allSameShape },
  'recolour-from-line-end': { when: allSameShape, args: { c: (f) => movers(f).moving } },
  'grow-canvas': {
    when: (f) => growth(f) !== undefined,
    args: { fy: (f) => [growth(f)![0]], fx: (f) => [growth(f)![1]] },
  },
  'overlay-corners': {
    when: (f) => {
      const shape = constantOutShape(f);
      return !!shape && f.ins.every((g) => height(g) >= shape[0] && width(g) >= shape[1] && !sameShape(g, f.outs[0]!));
    },
    args: { h: (f) => [constantOutShape(f)![0]], w: (f) => [constantOutShape(f)![1]] },
  },
  'diagonal-ray-all': { when: grows },
  'nudge-towards': {
    when: allSameShape,
    args: { c: (f) => movers(f).moving, target: (f) => movers(f).still },
  },
  'paint-object-halves': { when: allSameShape },
  'recolour-every-nth': {
    when: allSameShape,
    args: { from: (f) => movers(f).moving, n: (f, partial) => periodsOfChanges(f, String(partial.line)) },
  },
  'fill-between-corners': { when: grows, args: { c: (f) => movers(f).still } },
  'join-with-bend': { when: grows, args: { from: (f) => movers(f).still, to: (f) => movers(f).still } },
};
