/** What the planner knows while searching: the current grids of each train pair and the outputs they must become. */
import { height, sameShape, width, type Colour, type Grid } from '../../arc/grid.js';
import { coloursPresent } from '../primitives/colour.js';
import { boxWhere } from '../primitives/crop.js';

export interface Frame {
  /** Current grids for the train inputs. */
  readonly ins: readonly Grid[];
  readonly outs: readonly Grid[];
}

/** Colours seen in any of the grids. */
export const coloursOf = (gs: readonly Grid[]): Colour[] =>
  [...new Set(gs.flatMap(coloursPresent))].sort((a, b) => a - b);

/** Colours painted onto changed cells (same-shape pairs), else the outputs' colours. */
export function paintColours(f: Frame): Colour[] {
  const seen = new Set<Colour>();
  f.ins.forEach((g, i) => {
    const o = f.outs[i]!;
    if (!sameShape(g, o)) {
      for (const c of coloursPresent(o)) seen.add(c);
      return;
    }
    g.forEach((row, r) =>
      row.forEach((v, c) => {
        if (o[r]![c] !== v) seen.add(o[r]![c]!);
      }),
    );
  });
  return [...seen].filter((c) => c !== 0).sort((a, b) => a - b);
}

/** The whole-number factor a → b shared by all pairs on one axis, or undefined. */
export function commonRatio(f: Frame, axis: 'h' | 'w', shrink = false): number | undefined {
  const side = axis === 'h' ? height : width;
  const ratios = f.ins.map((g, i) => (shrink ? side(g) / side(f.outs[i]!) : side(f.outs[i]!) / side(g)));
  const r = ratios[0]!;
  return Number.isInteger(r) && r > 1 && ratios.every((x) => x === r) ? r : undefined;
}

/** The outputs' shape when all outputs share it. */
export function constantOutShape(f: Frame): [number, number] | undefined {
  const [h, w] = [height(f.outs[0]!), width(f.outs[0]!)];
  return f.outs.every((o) => height(o) === h && width(o) === w) ? [h, w] : undefined;
}

/**
 * A map from a key read at each cell (cells whose key is undefined are skipped) to the colour that
 * cell has in the output, when it holds on every cell of every pair and every pair keeps its shape.
 */
export function fitCellMap(
  f: Frame,
  key: (g: Grid, r: number, c: number) => number | undefined,
): Record<number, Colour> | undefined {
  const map: Record<number, Colour> = {};
  for (let i = 0; i < f.ins.length; i++) {
    const g = f.ins[i]!,
      o = f.outs[i]!;
    if (!sameShape(g, o)) return undefined;
    for (let r = 0; r < g.length; r++)
      for (let c = 0; c < g[r]!.length; c++) {
        const k = key(g, r, c),
          b = o[r]![c]!;
        if (k === undefined) continue;
        if (map[k] === undefined) map[k] = b;
        else if (map[k] !== b) return undefined;
      }
  }
  return map;
}
/** A colour map that turns every current grid into its output cell by cell, if one exists and changes something. */
export function fitColourMap(f: Frame): Record<number, Colour> | undefined {
  const map = fitCellMap(f, (g, r, c) => g[r]![c]!);
  if (!map) return undefined;
  const changes = Object.fromEntries(Object.entries(map).filter(([a, b]) => Number(a) !== b));
  return Object.keys(changes).length ? changes : undefined;
}

/**
 * Colours that look like holes to be filled: with same-shape pairs, the one input colour under
 * every changed cell; otherwise the colours whose bounding box has the output's shape in every pair.
 */
export function holeColours(f: Frame): Colour[] {
  if (f.ins.every((g, i) => sameShape(g, f.outs[i]!))) {
    const under = new Set<Colour>();
    f.ins.forEach((g, i) =>
      g.forEach((row, r) =>
        row.forEach((v, c) => {
          if (f.outs[i]![r]![c] !== v) under.add(v);
        }),
      ),
    );
    return under.size === 1 ? [...under] : [];
  }
  return coloursOf(f.ins).filter((colour) =>
    f.ins.every((g, i) => {
      const b = boxWhere(g, (v) => v === colour);
      return b !== null && b.h === height(f.outs[i]!) && b.w === width(f.outs[i]!);
    }),
  );
}

/** The fixed block [row, col, h, w] that every output is cut from in its input, if there is one. */
export function fixedCrop(f: Frame): [number, number, number, number] | undefined {
  const shape = constantOutShape(f);
  if (!shape) return undefined;
  const [h, w] = shape,
    first = f.ins[0]!;
  for (let r = 0; r + h <= height(first); r++)
    for (let c = 0; c + w <= width(first); c++) {
      const fits = f.ins.every(
        (g, i) =>
          r + h <= height(g) &&
          c + w <= width(g) &&
          f.outs[i]!.every((row, dr) => row.every((v, dc) => g[r + dr]![c + dc] === v)),
      );
      if (fits) return [r, c, h, w];
    }
  return undefined;
}
