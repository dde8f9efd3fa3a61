/**
 * Argument proposals for the row/column, canvas and single-move steps, read from the train pairs so
 * each is offered only where the pairs can use it (every proposal costs applications at every state).
 */
import { height, sameShape, width, type Colour, type Grid } from '../../arc/grid.js';
import { colourCounts } from '../primitives/colour.js';
import type { CountStart, LineKind } from '../primitives/rows-columns.js';
import type { ArgValue, Args } from '../language/types.js';
import { constantOutShape, type Frame } from './frame.js';

const allSameShape = (f: Frame): boolean => f.ins.every((g, i) => sameShape(g, f.outs[i]!));

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

/** How the cells of same-shape pairs change: which colours move or stay, and what kinds of change happen where. */
interface Changes {
  readonly sameShape: boolean;
  /** Filled input colours with a changed cell in some pair, and those never changed. */
  readonly moving: Colour[];
  readonly still: Colour[];
  /** Some background cell gets filled; some filled cell is cleared; some filled cell changes colour. */
  readonly fills: boolean;
  readonly clears: boolean;
  readonly recolours: boolean;
  /** Indices of the rows and columns with a changed cell, counted from the first line and from the last. */
  readonly lines: Readonly<Record<LineKind, Readonly<Record<CountStart, ReadonlySet<number>>>>>;
}
const changesMemo = new WeakMap<Frame, Changes>();
/** The frame's changes, worked out once per frame (every step kind here asks). */
function changes(f: Frame): Changes {
  let ch = changesMemo.get(f);
  if (ch) return ch;
  const moving = new Set<Colour>(),
    present = new Set<Colour>(),
    lines = {
      row: { first: new Set<number>(), last: new Set<number>() },
      column: { first: new Set<number>(), last: new Set<number>() },
    };
  let fills = false,
    clears = false,
    recolours = false;
  const same = allSameShape(f);
  if (same)
    f.ins.forEach((g, i) =>
      g.forEach((row, r) =>
        row.forEach((v, c) => {
          const o = f.outs[i]![r]![c]!;
          if (v !== 0) present.add(v);
          if (o === v) return;
          lines.row.first.add(r);
          lines.row.last.add(g.length - 1 - r);
          lines.column.first.add(c);
          lines.column.last.add(row.length - 1 - c);
          if (v !== 0) moving.add(v);
          if (v === 0) fills = true;
          else if (o === 0) clears = true;
          else recolours = true;
        }),
      ),
    );
  const sorted = (xs: Iterable<Colour>) => [...xs].sort((x, y) => x - y);
  ch = {
    sameShape: same,
    moving: sorted(moving),
    still: sorted([...present].filter((c) => !moving.has(c))),
    fills,
    clears,
    recolours,
    lines,
  };
  changesMemo.set(f, ch);
  return ch;
}

/**
 * Periods n (2 to 6) such that every changed cell lies in a line (of the kind named) whose index,
 * counted from the first line or from the last (`start`), is a multiple of n.
 */
function periodsOfChanges(f: Frame, line: LineKind, start: CountStart): number[] {
  const idx = [...changes(f).lines[line][start]];
  return idx.length ? [2, 3, 4, 5, 6].filter((n) => idx.every((k) => k % n === 0)) : [];
}
/** Every row of the grid is one colour, or every column is: the stripes that `majority-lines` paints. */
const striped = (g: Grid): boolean =>
  g.every((row) => row.every((v) => v === row[0])) || g[0]!.every((v, c) => g.every((row) => row[c] === v));
/** The pairs only fill background cells (or only recolour filled cells): these steps make no other change. */
export const onlyFills = (f: Frame): boolean => changes(f).fills && !changes(f).clears && !changes(f).recolours;
const onlyRecolours = (f: Frame): boolean => changes(f).recolours && !changes(f).fills && !changes(f).clears;
/** The pairs clear some cells and fill others, recolouring none: something moves. */
const onlyMoves = (f: Frame): boolean => changes(f).fills && changes(f).clears && !changes(f).recolours;
/** The line kinds whose empty lines become full lines in every pair (at least one such line in all). */
function emptyLinesFilled(f: Frame): ArgValue[] {
  if (!onlyFills(f)) return [];
  const fit = (rows: boolean) => {
    let seen = 0;
    const ok = f.ins.every((g, i) => {
      const o = f.outs[i]!;
      const lines = rows ? g.length : g[0]!.length;
      for (let k = 0; k < lines; k++) {
        const at = (src: Grid, j: number) => (rows ? src[k]![j]! : src[j]![k]!);
        const len = rows ? g[0]!.length : g.length;
        let empty = true,
          full = true;
        for (let j = 0; j < len; j++) {
          if (at(g, j) !== 0) empty = false;
          if (at(o, j) === 0) full = false;
        }
        if (empty && !full) return false;
        if (empty) seen++;
      }
      return true;
    });
    return ok && seen > 0;
  };
  const rows = fit(true),
    cols = fit(false);
  return rows && cols ? ['rows', 'columns', 'rows and columns'] : rows ? ['rows'] : cols ? ['columns'] : [];
}
const moving = (f: Frame): Colour[] => changes(f).moving;
const still = (f: Frame): Colour[] => changes(f).still;
/** Unchanged colours with at most `n` cells in every input: marker cells rather than shapes. */
const markers =
  (n: number) =>
  (f: Frame): Colour[] =>
    still(f).filter((c) => f.ins.every((g) => colourCounts(g)[c]! <= n));

/** Every output is smaller than its input on one side at least, and larger on neither. */
const shrinks = (f: Frame): boolean =>
  f.ins.every((g, i) => {
    const o = f.outs[i]!;
    return height(o) <= height(g) && width(o) <= width(g) && !sameShape(g, o);
  });
/** Colours that every input and every output show: the cell that pieces may be aligned on. */
const sharedColours = (f: Frame): Colour[] =>
  [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((c) => [...f.ins, ...f.outs].every((g) => g.some((row) => row.includes(c))));

/** When a step kind is worth proposing on a frame, and the arguments read from the pairs (other arguments take the usual choices). */
export interface OwnProposals {
  readonly when: (f: Frame) => boolean;
  readonly args?: Readonly<Record<string, (f: Frame, partial: Args) => ArgValue[]>>;
}

/** Step kind → when it is proposed and its fitted arguments. */
export const LINES_CANVAS_PROPOSALS: Readonly<Record<string, OwnProposals>> = {
  'keep-middle-line': { when: (f) => middleLines(f).length > 0, args: { line: middleLines } },
  'majority-lines': { when: (f) => changes(f).sameShape && f.outs.every(striped) },
  'paint-empty-lines': { when: (f) => emptyLinesFilled(f).length > 0, args: { which: emptyLinesFilled } },
  'recolour-from-line-end': { when: onlyRecolours, args: { c: moving } },
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
  'diagonal-ray-all': { when: onlyFills },
  'ray-all-dashed': { when: onlyFills },
  'diagonal-tails': { when: onlyFills },
  'stack-on-anchor': { when: shrinks, args: { c: sharedColours } },
  'continue-lines': { when: onlyFills },
  'spread-colour': { when: onlyFills },
  'fill-enclosed-squares': { when: onlyFills },
  'overlay-into-parts': { when: onlyFills },
  'rays-to': { when: onlyFills, args: { target: still } },
  'corner-rays': { when: onlyFills },
  'complete-like-full-line': { when: onlyFills },
  'fill-largest-empty-rectangle': { when: onlyFills },
  'mirror-around': { when: onlyFills, args: { c: still } },
  // The pairs keep their shape and both fill and clear cells.
  'fill-most-filled-parts': { when: (f) => changes(f).fills && changes(f).clears },
  // The cells of the target colour are what changes colour.
  'mark-on': { when: onlyRecolours, args: { target: moving } },
  'move-by-own-length': { when: onlyMoves },
  'move-to-own-line': { when: onlyMoves },
  'nudge-towards': { when: onlyMoves, args: { c: moving, target: still } },
  'centre-on': { when: onlyMoves, args: { c: moving, target: still } },
  'line-up-with': { when: onlyMoves, args: { target: still } },
  // Colours that move are only found where the pairs keep their shape.
  'denoise-row-column': { when: (f) => !changes(f).fills && moving(f).length > 0, args: { c: moving } },
  'paint-object-halves': { when: onlyRecolours },
  'recolour-every-nth': {
    when: onlyRecolours,
    args: {
      from: moving,
      n: (f, partial) => periodsOfChanges(f, partial.line as LineKind, partial.start as CountStart),
    },
  },
  'fill-between-corners': { when: onlyFills, args: { c: markers(40) } },
  'join-with-bend': { when: onlyFills, args: { from: markers(10), to: markers(10) } },
};
