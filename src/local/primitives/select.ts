/** Choosing one object out of many by a named criterion. Pure. */
import {
  findObjects,
  objectHeight,
  objectSize,
  objectWidth,
  shapeKey,
  type Obj,
  type ObjectOptions,
} from './objects.js';

/** The criteria an object can be chosen by. */
export const SELECTORS = [
  'largest',
  'smallest',
  'tallest',
  'widest',
  'topmost',
  'bottommost',
  'leftmost',
  'rightmost',
  'most colourful',
  'uniquely coloured',
  'uniquely shaped',
  'most common',
  'densest',
  'sparsest',
  'symmetric',
  'enclosed',
] as const;
export type Selector = (typeof SELECTORS)[number];

/** Picks the first object with the best key (ties keep reading order). */
function argBest(objs: readonly Obj[], key: (o: Obj) => number): Obj | undefined {
  let best: Obj | undefined,
    bestKey = -Infinity;
  for (const o of objs) {
    const k = key(o);
    if (k > bestKey) {
      best = o;
      bestKey = k;
    }
  }
  return best;
}
/** The only object whose key occurs once, if exactly one does. */
function unique(objs: readonly Obj[], key: (o: Obj) => string): Obj | undefined {
  const counts = new Map<string, number>();
  for (const o of objs) counts.set(key(o), (counts.get(key(o)) ?? 0) + 1);
  const once = objs.filter((o) => counts.get(key(o)) === 1);
  return once.length === 1 ? once[0] : undefined;
}
/** Whether the object, colours included, reads the same mirrored left to right or top to bottom. */
function symmetric(o: Obj): boolean {
  const at = new Map(o.cells.map(([r, c, v]) => [`${r},${c}`, v]));
  const mirrored = (map: (r: number, c: number) => string): boolean =>
    o.cells.every(([r, c, v]) => at.get(map(r, c)) === v);
  return mirrored((r, c) => `${r},${o.left + o.right - c}`) || mirrored((r, c) => `${o.top + o.bottom - r},${c}`);
}
/** Whether `inner`'s box lies inside `outer`'s box without touching its edges. */
const boxInside = (inner: Obj, outer: Obj): boolean =>
  inner.top > outer.top && inner.bottom < outer.bottom && inner.left > outer.left && inner.right < outer.right;
const density = (o: Obj): number => objectSize(o) / (objectHeight(o) * objectWidth(o));

/**
 * Chooses one object by a criterion; undefined when none qualifies. Remembered per list of objects:
 * found objects are one list per grid, and every object step (crop, keep, recolour to each colour…)
 * asks the same question of it.
 */
export function selectObject(objs: readonly Obj[], sel: Selector): Obj | undefined {
  let bySel = selections.get(objs);
  if (!bySel) selections.set(objs, (bySel = new Map()));
  if (bySel.has(sel)) return bySel.get(sel);
  const o = choose(objs, sel);
  bySel.set(sel, o);
  return o;
}
const selections = new WeakMap<readonly Obj[], Map<Selector, Obj | undefined>>();

function choose(objs: readonly Obj[], sel: Selector): Obj | undefined {
  switch (sel) {
    case 'largest':
      return argBest(objs, objectSize);
    case 'smallest':
      return argBest(objs, (o) => -objectSize(o));
    case 'tallest':
      return argBest(objs, objectHeight);
    case 'widest':
      return argBest(objs, objectWidth);
    case 'topmost':
      return argBest(objs, (o) => -o.top);
    case 'bottommost':
      return argBest(objs, (o) => o.bottom);
    case 'leftmost':
      return argBest(objs, (o) => -o.left);
    case 'rightmost':
      return argBest(objs, (o) => o.right);
    case 'most colourful':
      return argBest(objs, (o) => o.colours.length);
    case 'uniquely coloured':
      return unique(objs, (o) => o.colours.join(','));
    case 'uniquely shaped':
      return unique(objs, shapeKey);
    case 'most common': {
      const counts = new Map<string, number>();
      for (const o of objs) counts.set(shapeKey(o), (counts.get(shapeKey(o)) ?? 0) + 1);
      return argBest(objs, (o) => counts.get(shapeKey(o))!);
    }
    case 'densest':
      return argBest(objs, density);
    case 'sparsest':
      return argBest(objs, (o) => -density(o));
    case 'enclosed': {
      const inside = objs.filter((o) => objs.some((other) => other !== o && boxInside(o, other)));
      return inside.length === 1 ? inside[0] : undefined;
    }
    case 'symmetric': {
      const mirrored = objs.filter(symmetric);
      return mirrored.length === 1 ? mirrored[0] : undefined;
    }
  }
}

/** Finds objects then chooses one. */
export const findAndSelect = (
  g: Parameters<typeof findObjects>[0],
  sel: Selector,
  opts: ObjectOptions,
): Obj | undefined => selectObject(findObjects(g, opts), sel);

/** Objects sorted by size, largest first (stable). */
export const sortBySize = (objs: readonly Obj[]): Obj[] => [...objs].sort((a, b) => objectSize(b) - objectSize(a));
/** Objects of at least `min` cells. */
export const atLeastSize = (objs: readonly Obj[], min: number): Obj[] => objs.filter((o) => objectSize(o) >= min);
/** Objects that contain a given colour. */
export const withColour = (objs: readonly Obj[], colour: number): Obj[] =>
  objs.filter((o) => o.colours.includes(colour));
