/**
 * Parameter inference: for each step kind, the argument values worth trying on the current frame,
 * read from the train pairs (colour maps, scale factors, output sizes) rather than enumerated blindly.
 */
import { height, sameShape, width, type Colour, type Grid } from '../../arc/grid.js';
import { findObjects, type Obj } from '../primitives/objects.js';
import { selectObject } from '../primitives/select.js';
import { objectProperties, type Property } from '../primitives/properties.js';
import { AREAS, objectOptions } from '../language/_objects-phrase.js';
import { fitNeighbourMap } from './fit-neighbours.js';
import { LINES_CANVAS_PROPOSALS, onlyFills } from './arg-proposals-lines-canvas.js';
import { fitPartColours } from './fit-part-colours.js';
import { fitRanking } from './fit-ranking.js';
import { fitStamp } from './fit-stamp.js';
import { allHaveParts, continuableCounts } from './part-gates.js';
import type { PartSplit } from '../primitives/ranked-overlay.js';
import { isAcross, type Side } from '../primitives/scale.js';
import { patternTargets, type PatternPlace } from '../primitives/stamp.js';
import { turnShare, type Turn } from '../primitives/symmetry.js';
import { STEP_DEFS } from '../language/steps.js';
import { num, opt, type ArgValue, type Args, type StepDef } from '../language/types.js';
import {
  coloursOf,
  commonRatio,
  fixedCrop,
  holeColours,
  constantOutShape,
  fitColourMap,
  paintColours,
  type Frame,
} from './frame.js';

/** Arguments that name a colour already in the input (the rest name a colour to paint). */
const SOURCE_COLOURS: Readonly<Record<string, readonly string[]>> = {
  'crop-colour': ['c'],
  'crop-inside': ['c'],
  'keep-colour': ['c'],
  'clear-colour': ['c'],
  swap: ['a', 'b'],
  ray: ['c'],
  cross: ['c'],
  diagonals: ['c'],
  'slide-colour': ['c'],
  'line-colour': ['c'],
  'slide-towards': ['c', 'target'],
  'recolour-touching': ['from', 'near'],
  symmetry: ['c'],
  'denoise-colour': ['c'],
  'crop-containing': ['c'],
  'symmetry-cut': ['c'],
  'mirror-fill': ['c'],
  'mirror-fill-cut': ['c'],
  'turn-fill': ['c'],
  periodic: ['c'],
  'periodic-cut': ['c'],
  'outline-colour': ['c'],
  'self-tile-colour': ['c'],
  'recolour-in-box': ['box'],
  'stamp-around': ['c'],
};
/** Arguments that name the colour of the cells the pairs change (the one colour under every changed cell). */
const CHANGED_COLOURS: Readonly<Record<string, readonly string[]>> = {
  'recolour-nearest': ['c'],
  'recolour-in-box': ['from'],
};
/** Steps whose map argument is read from the train pairs by a fitter of its own. */
const MAP_FITTERS: Readonly<Record<string, (f: Frame, partial: Args) => Record<number, Colour> | undefined>> = {
  'recolour-by-neighbours': fitNeighbourMap,
  'fill-parts-by-number': fitPartColours,
  'overlay-ranked': (f, partial) => fitRanking(f, partial.how as PartSplit),
};
const MAX_PER_STEP = 80;
/** Steps whose colour argument names holes to fill, which may be the background. */
const HOLE_STEPS = new Set([
  'symmetry',
  'symmetry-cut',
  'mirror-fill',
  'mirror-fill-cut',
  'turn-fill',
  'periodic',
  'periodic-cut',
]);

/** Steps whose paint colour may be the background, i.e. they can clear cells. */
const MAY_CLEAR = new Set(['paint-inside']);
/** True when some same-shape pair turns a filled cell into background. */
const clearsCells = (f: Frame): boolean =>
  f.ins.some((g, i) => {
    const o = f.outs[i]!;
    return sameShape(g, o) && g.some((row, r) => row.some((v, c) => v !== 0 && o[r]![c] === 0));
  });

/** Whole-number choices for an int argument. */
function ints(def: StepDef, arg: string, f: Frame): number[] {
  const shape = constantOutShape(f);
  const up = (axis: 'h' | 'w') => commonRatio(f, axis);
  const down = (axis: 'h' | 'w') => commonRatio(f, axis, true);
  const only = (x: number | undefined) => (x === undefined ? [] : [x]);
  switch (`${def.name}.${arg}`) {
    case 'scale-up.f':
      return up('h') === up('w') ? only(up('h')) : [];
    case 'stretch.fy':
      return up('h') !== up('w') ? [up('h') ?? 1] : [];
    case 'stretch.fx':
      return up('h') !== up('w') ? [up('w') ?? 1] : [];
    case 'scale-down.f':
      return down('h') === down('w') ? only(down('h')) : [];
    case 'tile.ny':
    case 'tile-mirrored.ny':
    case 'continue-pattern.ny':
      return up('h') || up('w') ? [up('h') ?? 1] : [];
    case 'tile.nx':
    case 'tile-mirrored.nx':
    case 'continue-pattern.nx':
      return up('h') || up('w') ? [up('w') ?? 1] : [];
    case 'count-into.h':
      return shape ? [shape[0]] : [];
    case 'count-into.w':
      return shape ? [shape[1]] : [];
    case 'crop-fixed.r':
    case 'crop-fixed.c':
    case 'crop-fixed.h':
    case 'crop-fixed.w': {
      const box = fixedCrop(f);
      return box ? [box[['r', 'c', 'h', 'w'].indexOf(arg)]!] : [];
    }
    case 'remove-small.n':
      return [2, 3, 4, 5];
    case 'continue-parts.n':
      return continuableCounts(f);
    case 'overlay-parts.n':
    case 'choose-equal-part.n':
      return [2, 3, 4];
    default:
      return [1];
  }
}

/** The map with its most common colour (when it serves two or more values) moved to "others", so unseen values get it too. */
function withOthers(m: Record<number, Colour>): Record<number, Colour> {
  const counts = new Map<Colour, number>();
  for (const c of Object.values(m)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [common, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  if (n < 2) return m;
  return { ...Object.fromEntries(Object.entries(m).filter(([, c]) => c !== common)), [-1]: common };
}

/** Per train input: its objects, the one colour each shows in the output, and whether it keeps its own colours there. */
interface ObjectOutcomes {
  readonly found: readonly (readonly Obj[])[];
  readonly colour: readonly (readonly Colour[])[];
  readonly kept: readonly (readonly boolean[])[];
}
/**
 * The outcomes of the objects of one kind; null where the pairs change shape or some object shows
 * several colours (no property can then map objects to colours). Worked out once per frame and kind
 * of object (see `fitValueMap`): every property is fitted on the same outcomes.
 */
function objectOutcomes(f: Frame, objs: string): ObjectOutcomes | null {
  const found: (readonly Obj[])[] = [],
    colour: Colour[][] = [],
    kept: boolean[][] = [];
  for (let i = 0; i < f.ins.length; i++) {
    const g = f.ins[i]!,
      o = f.outs[i]!;
    if (!sameShape(g, o)) return null;
    const objects = findObjects(g, objectOptions(objs));
    const cs: Colour[] = [],
      ks: boolean[] = [];
    for (const ob of objects) {
      const shown = new Set(ob.cells.map(([r, c]) => o[r]![c]!));
      if (shown.size !== 1) return null;
      cs.push([...shown][0]!);
      ks.push(ob.cells.every(([r, c, v]) => o[r]![c] === v));
    }
    found.push(objects);
    colour.push(cs);
    kept.push(ks);
  }
  return { found, colour, kept };
}

/**
 * An object property's values mapped to the single output colour on each object's cells, when
 * consistent: the full map (every value seen, kept colours too), or else, where objects of one
 * value keep different colours (grid lines of colour 8 on one pair and 1 on another, both left
 * alone), the map of changes only: values whose objects all keep their colours are left out, so
 * such objects stay as they are.
 */
function fitValueMap(f: Frame, objs: string, prop: Property): Record<number, Colour> | undefined {
  const seen = once(f, `outcomes ${objs}`, (fr) => objectOutcomes(fr, objs));
  if (!seen) return undefined;
  const out = new Map<number, Set<Colour>>(),
    kept = new Map<number, boolean>();
  seen.found.forEach((objects, i) => {
    const g = f.ins[i]!,
      values = objectProperties(objects, prop, [g.length, g[0]!.length]);
    values.forEach((n, k) => {
      out.set(n, (out.get(n) ?? new Set()).add(seen.colour[i]![k]!));
      kept.set(n, (kept.get(n) ?? true) && seen.kept[i]![k]!);
    });
  });
  const single = (n: number) => out.get(n)!.size === 1;
  const mapOf = (ns: number[]) => Object.fromEntries(ns.map((n) => [n, [...out.get(n)!][0]!]));
  const all = [...out.keys()],
    changed = all.filter((n) => !kept.get(n));
  if (all.length && all.every(single)) return mapOf(all);
  if (changed.length && changed.every(single)) return mapOf(changed);
  return undefined;
}

/** What the frame says once per frame: every step kind with a colour or map argument asks again. */
const derived = new WeakMap<Frame, Map<string, unknown>>();
function once<T>(f: Frame, name: string, compute: (f: Frame) => T): T {
  let m = derived.get(f);
  if (!m) derived.set(f, (m = new Map()));
  if (!m.has(name)) m.set(name, compute(f));
  return m.get(name) as T;
}
const inputColours = (f: Frame) => coloursOf(f.ins).filter((c) => c !== 0);
/**
 * Areas of the background are objects worth trying only where every train output paints one of
 * its input's areas over whole, in one colour, and leaves another as it was: where the background
 * is divided and the outputs recolour some of its parts.
 */
const areasRecoloured = (f: Frame): boolean =>
  f.ins.every((g, i) => {
    const o = f.outs[i]!;
    if (!sameShape(g, o)) return false;
    // The one colour each area has in the output, or -1 where it has several.
    const colourOf = (a: Obj) => {
      const vs = new Set(a.cells.map(([r, c]) => o[r]![c]!));
      return vs.size === 1 ? [...vs][0]! : -1;
    };
    const painted = findObjects(g, { areas: true }).map(colourOf);
    return painted.some((v) => v > 0) && painted.some((v) => v === 0);
  });

/** Every train input has an enclosed object (see `selectObject`) among the objects `partial` names. */
const everyHasEnclosed = (f: Frame, partial: Args): boolean =>
  f.ins.every((g) => selectObject(findObjects(g, objectOptions(opt(partial, 'objs'))), 'enclosed') !== undefined);

function choices(def: StepDef, arg: string, f: Frame, partial: Args): ArgValue[] {
  const fitted = LINES_CANVAS_PROPOSALS[def.name]?.args?.[arg];
  if (fitted) return fitted(f, partial);
  const type = def.args[arg]!;
  switch (type.kind) {
    case 'enum':
      // The enclosed object is chosen only where every train input has one, for these objects.
      if (arg === 'sel' && !once(f, `enclosed ${String(partial.objs)}`, (fr) => everyHasEnclosed(fr, partial)))
        return type.options.filter((o) => o !== 'enclosed');
      if (arg !== 'objs' || !type.options.includes(AREAS)) return [...type.options];
      // Where the outputs paint areas whole, the areas come first, ahead of the cap on combinations.
      return once(f, 'areas', areasRecoloured)
        ? [AREAS, ...type.options.filter((o) => o !== AREAS)]
        : type.options.filter((o) => o !== AREAS);
    case 'int':
      return ints(def, arg, f);
    case 'map': {
      const m = once(f, 'map', fitColourMap);
      return m ? [m] : [];
    }
    case 'sizemap': {
      const fit = MAP_FITTERS[def.name];
      const m = fit ? fit(f, partial) : fitValueMap(f, String(partial.objs), partial.prop as Property);
      if (!m) return [];
      const general = withOthers(m);
      return general === m ? [m] : [general, m];
    }
    case 'placemap': {
      const m = fitStamp(f, partial.c as Colour);
      return m ? [m] : [];
    }
    case 'layers':
      return []; // composed from finished candidates by the search's pieces, never proposed as a step
    case 'colour': {
      if (HOLE_STEPS.has(def.name) || CHANGED_COLOURS[def.name]?.includes(arg)) return once(f, 'holes', holeColours);
      if (MAY_CLEAR.has(def.name))
        return [...once(f, 'paint', paintColours), ...(once(f, 'clears', clearsCells) ? [0] : [])];
      if (SOURCE_COLOURS[def.name]?.includes(arg)) return once(f, 'input', inputColours);
      return once(f, 'paint', paintColours);
    }
  }
}

/** Every combination of argument choices for a step kind on this frame (capped). */
export function proposeArgs(def: StepDef, f: Frame): Args[] {
  if (LINES_CANVAS_PROPOSALS[def.name]?.when(f) === false) return [];
  if (def.name === 'connect-parts' && !allHaveParts(f)) return [];
  let combos: Record<string, ArgValue>[] = [{}];
  const keys = Object.keys(def.args);
  for (const arg of [...keys.filter((k) => k === 'objs'), ...keys.filter((k) => k !== 'objs')]) {
    // The first MAX_PER_STEP combinations in order, built without the ones the cap would drop.
    const next: Record<string, ArgValue>[] = [];
    for (const partial of combos) {
      for (const v of choices(def, arg, f, partial)) {
        next.push({ ...partial, [arg]: v });
        if (next.length === MAX_PER_STEP) break;
      }
      if (next.length === MAX_PER_STEP) break;
    }
    combos = next;
  }
  const fit = FITS[def.name];
  return fit ? combos.filter((a) => fit(f, a)) : combos;
}

/** Steps whose proposals are kept only where the outputs could be their result (or a later step's). */
const FITS: Readonly<Record<string, (f: Frame, a: Args) => boolean>> = {
  'turn-fill': (f, a) => outputsTurn(f, opt<Turn>(a, 'turn'), num(a, 'c')),
  // The shared line makes the side odd, and a second mirror keeps it odd.
  'mirror-out-shared': (f, a) => {
    const across = isAcross(opt<Side>(a, 'side')),
      side = (g: Grid) => (across ? width(g) : height(g));
    return f.outs.every((o, i) => side(o) % 2 === 1 && side(o) > side(f.ins[i]!));
  },
  // Only where the pairs fill background cells and change no other.
  'fill-colour-boxes': (f) => onlyFills(f),
  // Only where every train input has a pattern and somewhere to copy it, and keeps its shape.
  'copy-pattern': (f, a) =>
    once(f, `pattern ${String(a.place)}`, (f) =>
      f.ins.every((g, i) => sameShape(g, f.outs[i]!) && patternTargets(g, opt<PatternPlace>(a, 'place')) !== null),
    ),
};

/**
 * Filling by a turn is tried only where every output's shape (its cells other than the holes, of
 * any colour) is one the turn maps onto itself, nine cells in ten, so that the step does not spend
 * the budget of tasks whose outputs have no such symmetry.
 */
const outputsTurn = (f: Frame, turn: Turn, hole: Colour): boolean =>
  f.outs.every((o) => turnShare(o, turn, hole) >= 0.9); // remembered per output grid by turnShare

/** Every (step kind, arguments) pair worth trying on this frame, in prior order. */
export function proposeSteps(f: Frame): { name: string; args: Args }[] {
  return STEP_DEFS.flatMap((def) => proposeArgs(def, f).map((args) => ({ name: def.name, args })));
}
