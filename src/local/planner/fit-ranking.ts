/** Reads from the train pairs which colour lies over which when a grid's parts are laid on top of each other. */
import { sameShape, type Colour, type Grid } from '../../arc/grid.js';
import { splitInto, type PartSplit } from '../primitives/ranked-overlay.js';
import type { Frame } from './frame.js';

/** Adds "the output colour lies over every other colour the parts show here" for each cell; false when some cell's output colour is not among them. */
function collect(parts: readonly Grid[], out: Grid, over: Map<Colour, Set<Colour>>): boolean {
  for (let r = 0; r < out.length; r++)
    for (let c = 0; c < out[r]!.length; c++) {
      const shown = new Set(parts.map((p) => p[r]![c]!).filter((v) => v !== 0)),
        o = out[r]![c]!;
      if (!shown.size ? o !== 0 : !shown.has(o)) return false;
      for (const v of shown) if (v !== o) (over.get(o) ?? over.set(o, new Set()).get(o)!).add(v);
    }
  return true;
}

/** The colours in an order where each lies over those it must cover (lower colours first where free), or undefined on a cycle. */
function order(over: Map<Colour, Set<Colour>>): Colour[] | undefined {
  const colours = new Set([...over.keys(), ...[...over.values()].flatMap((s) => [...s])]);
  const under = new Map([...colours].map((c) => [c, 0]));
  for (const s of over.values()) for (const v of s) under.set(v, under.get(v)! + 1);
  const ranking: Colour[] = [];
  while (ranking.length < colours.size) {
    const free = [...colours].filter((c) => !ranking.includes(c) && under.get(c) === 0).sort((a, b) => a - b)[0];
    if (free === undefined) return undefined;
    ranking.push(free);
    for (const v of over.get(free) ?? []) under.set(v, under.get(v)! - 1);
  }
  return ranking;
}

/**
 * Rank → colour (1 on top) for laying the parts of a split on top of each other, when one order of
 * colours explains every output cell of every pair and some cell needs it; else undefined.
 */
export function fitRanking(f: Frame, how: PartSplit): Record<number, Colour> | undefined {
  const over = new Map<Colour, Set<Colour>>();
  for (let i = 0; i < f.ins.length; i++) {
    const parts = splitInto(f.ins[i]!, how),
      out = f.outs[i]!;
    if (!parts || !sameShape(parts[0]!, out) || !collect(parts, out, over)) return undefined;
  }
  const ranking = over.size ? order(over) : undefined;
  return ranking && Object.fromEntries(ranking.map((c, i) => [i + 1, c]));
}
