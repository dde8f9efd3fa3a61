/** Connected components ("objects") and what can be asked of them. Pure and immutable. */
import { memoOnGrid } from './_memo.js';
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';

/** A connected group of cells. `cells` are [row, col] pairs in reading order. */
export interface Obj {
  readonly cells: readonly (readonly [number, number, Colour])[];
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The most frequent colour of the object. */
  readonly colour: Colour;
  readonly colours: readonly Colour[];
}
/** How cells join into objects. */
export interface ObjectOptions {
  /** Cells of different (non-background) colours join one object. */
  readonly multicolour?: boolean;
  /** Diagonal neighbours join (8-neighbourhood). */
  readonly diagonal?: boolean;
  readonly bg?: Colour;
}

const N4 = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
] as const;
const N8 = [...N4, [-1, -1], [-1, 1], [1, -1], [1, 1]] as const;

/** The connected components of non-background cells, in reading order of their first cell. */
export const findObjects = (g: Grid, opts: ObjectOptions = {}): readonly Obj[] =>
  componentsMemo(g, `${opts.multicolour ? 1 : 0}${opts.diagonal ? 1 : 0}${opts.bg ?? 0}`);
const componentsMemo = memoOnGrid((g: Grid, key: string) =>
  components(g, { multicolour: key[0] === '1', diagonal: key[1] === '1', bg: Number(key.slice(2)) }),
);

function components(g: Grid, opts: ObjectOptions): Obj[] {
  const bg = opts.bg ?? 0,
    h = height(g),
    w = width(g);
  const seen = new Uint8Array(h * w);
  const objs: Obj[] = [];
  for (let r0 = 0; r0 < h; r0++)
    for (let c0 = 0; c0 < w; c0++) {
      if (seen[r0 * w + c0] || g[r0]![c0] === bg) continue;
      const colour0 = g[r0]![c0]!;
      const cells: [number, number, Colour][] = [];
      const stack: [number, number][] = [[r0, c0]];
      seen[r0 * w + c0] = 1;
      while (stack.length) {
        const [r, c] = stack.pop()!;
        cells.push([r, c, g[r]![c]!]);
        for (const [dr, dc] of opts.diagonal ? N8 : N4) {
          const nr = r + dr,
            nc = c + dc;
          if (nr < 0 || nc < 0 || nr >= h || nc >= w || seen[nr * w + nc]) continue;
          const v = g[nr]![nc]!;
          if (v === bg || (!opts.multicolour && v !== colour0)) continue;
          seen[nr * w + nc] = 1;
          stack.push([nr, nc]);
        }
      }
      objs.push(makeObject(cells));
    }
  return objs;
}

/** Builds an object from its cells. */
export function makeObject(cells: readonly (readonly [number, number, Colour])[]): Obj {
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const counts = new Map<Colour, number>();
  for (const [, , v] of sorted) counts.set(v, (counts.get(v) ?? 0) + 1);
  const colours = [...counts.keys()].sort((a, b) => a - b);
  const colour = colours.reduce((best, c) => (counts.get(c)! > counts.get(best)! ? c : best), colours[0] ?? 0);
  return {
    cells: sorted,
    top: Math.min(...sorted.map((x) => x[0])),
    left: Math.min(...sorted.map((x) => x[1])),
    bottom: Math.max(...sorted.map((x) => x[0])),
    right: Math.max(...sorted.map((x) => x[1])),
    colour,
    colours,
  };
}

/** Number of cells. */
export const objectSize = (o: Obj): number => o.cells.length;
/** Bounding-box height. */
export const objectHeight = (o: Obj): number => o.bottom - o.top + 1;
/** Bounding-box width. */
export const objectWidth = (o: Obj): number => o.right - o.left + 1;

/** The object's bounding box cut out of the grid (other objects' cells included). */
export const boundingBoxOf = (g: Grid, o: Obj): Grid =>
  fromFn(objectHeight(o), objectWidth(o), (r, c) => g[o.top + r]![o.left + c]!);

/** The object alone on a background grid the size of its bounding box. */
export function objectGrid(o: Obj, bg: Colour = 0): Grid {
  const out = Array.from({ length: objectHeight(o) }, () => Array<Colour>(objectWidth(o)).fill(bg));
  for (const [r, c, v] of o.cells) out[r - o.top]![c - o.left] = v;
  return out;
}

/** A string naming the object's shape (ignoring colour and position). */
export const shapeKey = (o: Obj): string => o.cells.map(([r, c]) => `${r - o.top},${c - o.left}`).join(';');

/** Paints objects onto a grid, each in `colour` or its own colours. */
export function paintObjects(g: Grid, objs: readonly Obj[], colour?: Colour): Grid {
  const out = g.map((row) => [...row]);
  for (const o of objs) for (const [r, c, v] of o.cells) if (out[r]) out[r]![c] = colour ?? v;
  return out;
}
/** Removes objects from a grid (their cells become background). */
export const eraseObjects = (g: Grid, objs: readonly Obj[], bg: Colour = 0): Grid => paintObjects(g, objs, bg);
/** A background grid of the same shape holding only the given objects. */
export const onlyObjects = (g: Grid, objs: readonly Obj[], bg: Colour = 0): Grid =>
  paintObjects(
    g.map((row) => row.map(() => bg)),
    objs,
  );
