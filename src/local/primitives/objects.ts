/** What can be done with objects (connected components): cut them out, compare shapes, paint and erase them. Pure and immutable. */
import { fromFn, type Colour, type Grid } from '../../arc/grid.js';
import { objectHeight, objectWidth, type Obj } from '../../arc/toolkit/objects.js';

/** Finding objects lives in arc's toolkit; re-exported so the step language and PRIMITIVES name it here too. */
export {
  findObjects,
  makeObject,
  objectHeight,
  objectSize,
  objectWidth,
  type Obj,
  type ObjectOptions,
} from '../../arc/toolkit/objects.js';

/** The object's bounding box cut out of the grid (other objects' cells included). */
export const boundingBoxOf = (g: Grid, o: Obj): Grid =>
  fromFn(objectHeight(o), objectWidth(o), (r, c) => g[o.top + r]![o.left + c]!);

/** The object alone on a background grid the size of its bounding box. */
export function objectGrid(o: Obj, bg: Colour = 0): Grid {
  const out = Array.from({ length: objectHeight(o) }, () => Array<Colour>(objectWidth(o)).fill(bg));
  for (const [r, c, v] of o.cells) out[r - o.top]![c - o.left] = v;
  return out;
}

/**
 * A string naming the object's shape (ignoring colour and position). Remembered per object:
 * objects are found once per grid, and shape comparisons ask again for every step and colour.
 */
export function shapeKey(o: Obj): string {
  let k = shapeKeys.get(o);
  if (k === undefined) shapeKeys.set(o, (k = o.cells.map(([r, c]) => `${r - o.top},${c - o.left}`).join(';')));
  return k;
}
const shapeKeys = new WeakMap<Obj, string>();

/**
 * Paints objects onto a grid, each in `colour` or its own colours. Rows no object touches are
 * shared with `g` (grids are never mutated): the search paints one small object on a big grid
 * hundreds of thousands of times.
 */
export function paintObjects(g: Grid, objs: readonly Obj[], colour?: Colour): Grid {
  const out: (readonly Colour[])[] = g.slice(),
    copied: Colour[][] = [];
  for (const o of objs)
    for (const [r, c, v] of o.cells) {
      if (!out[r]) continue;
      const row = copied[r] ?? (out[r] = copied[r] = [...out[r]!]);
      row[c] = colour ?? v;
    }
  return out;
}
/** Removes objects from a grid (their cells become background). */
export const eraseObjects = (g: Grid, objs: readonly Obj[], bg: Colour = 0): Grid => paintObjects(g, objs, bg);
/** A background grid of the same shape holding only the given objects. */
export function onlyObjects(g: Grid, objs: readonly Obj[], bg: Colour = 0): Grid {
  const out = g.map((row) => Array<Colour>(row.length).fill(bg)); // one new grid, not a blank one and then its copy
  for (const o of objs) for (const [r, c, v] of o.cells) if (out[r]) out[r]![c] = v;
  return out;
}
