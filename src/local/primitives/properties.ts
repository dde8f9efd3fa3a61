/** Per-object properties (size, height, width, size rank, holes, edge contact) and recolouring by them. Pure and immutable. */
import type { Colour, Grid } from '../../arc/grid.js';
import { fillEnclosed } from './fill.js';
import {
  findObjects,
  objectGrid,
  objectHeight,
  objectSize,
  objectWidth,
  paintObjects,
  type Obj,
  type ObjectOptions,
} from './objects.js';
import { pad } from './crop.js';

export const PROPERTIES = [
  'size',
  'height',
  'width',
  'size rank with 1 for the largest',
  'number of holes',
  'hole presence with 1 for having a hole and 0 otherwise',
  'edge contact with 1 for touching the edge and 0 otherwise',
] as const;
export type Property = (typeof PROPERTIES)[number];

/** Hole counts of the objects already counted (objects are remembered per grid, and both hole properties ask). */
const holeCounts = new WeakMap<Obj, number>();
/** Number of enclosed background regions inside the object. */
export function holeCount(o: Obj): number {
  let n = holeCounts.get(o);
  if (n === undefined) holeCounts.set(o, (n = countHoles(o)));
  return n;
}
function countHoles(o: Obj): number {
  const shape = pad(
    objectGrid(o, 0).map((row) => row.map((v) => (v === 0 ? 0 : 1))),
    1,
  );
  const filled = fillEnclosed(shape, 2);
  return findObjects(filled.map((row) => row.map((v) => (v === 2 ? 2 : 0)))).length;
}
/** True when the object has a cell on the edge of a grid of the given [height, width]. */
export const touchesEdge = (o: Obj, [h, w]: readonly [number, number]): boolean =>
  o.top === 0 || o.left === 0 || o.bottom === h - 1 || o.right === w - 1;
/** Rank of each object's size among distinct sizes, 1 for the largest. */
export function sizeRanks(objs: readonly Obj[]): number[] {
  const sizes = [...new Set(objs.map(objectSize))].sort((a, b) => b - a);
  return objs.map((o) => sizes.indexOf(objectSize(o)) + 1);
}
/** The value of a property for every object, in order. */
export function objectProperties(
  objs: readonly Obj[],
  prop: Property,
  size: readonly [number, number] = [30, 30],
): number[] {
  switch (prop) {
    case 'size':
      return objs.map(objectSize);
    case 'height':
      return objs.map(objectHeight);
    case 'width':
      return objs.map(objectWidth);
    case 'size rank with 1 for the largest':
      return sizeRanks(objs);
    case 'number of holes':
      return objs.map(holeCount);
    case 'hole presence with 1 for having a hole and 0 otherwise':
      return objs.map((o) => Math.min(1, holeCount(o)));
    case 'edge contact with 1 for touching the edge and 0 otherwise':
      return objs.map((o) => (touchesEdge(o, size) ? 1 : 0));
  }
}
/** Recolours every object whose property value has an entry in `values` (value → colour; key -1 for any other value). */
export function recolourByProperty(
  g: Grid,
  prop: Property,
  values: Readonly<Record<number, Colour>>,
  opts: ObjectOptions = {},
): Grid {
  const objs = findObjects(g, opts),
    props = objectProperties(objs, prop, [g.length, g[0]!.length]);
  let out = g;
  objs.forEach((o, i) => {
    const c = values[props[i]!] ?? values[-1];
    if (c !== undefined) out = paintObjects(out, [o], c);
  });
  return out;
}
