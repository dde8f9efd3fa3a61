/** Symmetry tests and completion. Pure and immutable. */
import { fromFn, gridEquals, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { memoOnGrid } from '../../arc/toolkit/memo.js';
import { flipHorizontal, flipVertical, rotate90, transpose } from './geometry.js';

/** The symmetries a grid can be completed under. */
export const SYMMETRIES = ['left-right', 'top-bottom', 'four-way', 'diagonal', 'rotational', 'eight-way'] as const;
export type Symmetry = (typeof SYMMETRIES)[number];

/** Where cell (r, c) lands under each mirror making up a symmetry. */
function images(sym: Symmetry, h: number, w: number, r: number, c: number): [number, number][] {
  const lr: [number, number] = [r, w - 1 - c],
    tb: [number, number] = [h - 1 - r, c],
    both: [number, number] = [h - 1 - r, w - 1 - c];
  const square = h === w;
  switch (sym) {
    case 'left-right':
      return [lr];
    case 'top-bottom':
      return [tb];
    case 'four-way':
      return [lr, tb, both];
    case 'diagonal':
      return square ? [[c, r]] : [];
    case 'rotational':
      return square ? [[c, w - 1 - r], both, [h - 1 - c, r]] : [both];
    case 'eight-way':
      return square ? [lr, tb, both, [c, r], [w - 1 - c, h - 1 - r], [c, w - 1 - r], [h - 1 - c, r]] : [lr, tb, both];
  }
}
/** Fills cells of colour `hole` from their mirror images under the symmetry (first non-hole image wins). */
export function completeSymmetry(g: Grid, sym: Symmetry, hole: Colour = 0): Grid {
  const h = height(g),
    w = width(g);
  return fromFn(h, w, (r, c) => {
    const v = g[r]![c]!;
    if (v !== hole) return v;
    for (const [ir, ic] of images(sym, h, w, r, c)) {
      const u = g[ir]?.[ic];
      if (u !== undefined && u !== hole) return u;
    }
    return v;
  });
}
/** True when the grid equals its left-right mirror. */
export const isMirrorSymmetric = (g: Grid): boolean => gridEquals(g, flipHorizontal(g));
/** True when the grid equals its top-bottom mirror. */
export const isFlipSymmetric = (g: Grid): boolean => gridEquals(g, flipVertical(g));
/** True when the grid equals its transpose. */
export const isDiagonalSymmetric = (g: Grid): boolean => gridEquals(g, transpose(g));
/** True when a quarter turn leaves the grid unchanged. */
export const isRotationSymmetric = (g: Grid): boolean => gridEquals(g, rotate90(g));
/** Makes the grid left-right symmetric by copying the left half over the right half. */
export const mirrorLeftHalf = (g: Grid): Grid =>
  g.map((row) => row.map((v, c) => (c < row.length / 2 ? v : row[row.length - 1 - c]!)));
/** Makes the grid top-bottom symmetric by copying the top half over the bottom half. */
export const mirrorTopHalf = (g: Grid): Grid => g.map((row, r) => (r < g.length / 2 ? row : g[g.length - 1 - r]!));

/**
 * The mirror axis (as the sum r + r' or c + c' of mirrored indices) that the non-hole cells agree
 * with best, without any disagreement; undefined when none has at least one agreeing pair.
 */
export const bestMirrorAxis = (g: Grid, along: 'rows' | 'cols', hole: Colour = 0): number | undefined =>
  axisMemo(g, `${along}${hole}`);
const axisMemo = memoOnGrid((g: Grid, key: string) =>
  findMirrorAxis(g, key.startsWith('rows') ? 'rows' : 'cols', Number(key.slice(4))),
);

function findMirrorAxis(g: Grid, along: 'rows' | 'cols', hole: Colour): number | undefined {
  const h = height(g),
    w = width(g),
    cols = along === 'cols';
  const len = cols ? w : h,
    centre = len - 1;
  let best: number | undefined,
    bestAgree = 0;
  for (let s = 1; s <= 2 * len - 3; s++) {
    // Only indices whose mirror image s - i lies inside the grid are compared.
    const from = Math.max(0, s - len + 1),
      to = Math.min(len - 1, s);
    if ((to - from + 1) * (cols ? h : w) < bestAgree) continue; // cannot agree on more cells than it compares
    let agree = 0,
      conflict = false;
    for (let r = cols ? 0 : from; r <= (cols ? h - 1 : to) && !conflict; r++) {
      const row = g[r]!,
        image = cols ? row : g[s - r]!;
      for (let c = cols ? from : 0; c <= (cols ? to : w - 1); c++) {
        const v = row[c]!,
          u = image[cols ? s - c : c]!;
        if (v === hole || u === hole) continue;
        if (u !== v) {
          conflict = true;
          break;
        }
        agree++;
      }
    }
    if (
      !conflict &&
      (agree > bestAgree ||
        (agree === bestAgree && best !== undefined && Math.abs(s - centre) < Math.abs(best - centre)))
    ) {
      best = s;
      bestAgree = agree;
    }
  }
  return best;
}
/** Fills hole cells from their mirror image across the best-agreeing vertical and/or horizontal axis (not necessarily the centre). */
export function completeMirrorAnyAxis(
  g: Grid,
  ways: 'left-right' | 'top-bottom' | 'both ways',
  hole: Colour = 0,
): Grid {
  let out = g;
  for (let pass = 0; pass < 2; pass++) {
    for (const along of ways === 'both ways'
      ? (['cols', 'rows'] as const)
      : ways === 'left-right'
        ? (['cols'] as const)
        : (['rows'] as const)) {
      const s = bestMirrorAxis(out, along, hole);
      if (s === undefined) continue;
      const cur = out;
      out = cur.map((row, r) =>
        row.map((v, c) => {
          if (v !== hole) return v;
          const u = along === 'cols' ? cur[r]![s - c] : cur[s - r]?.[c];
          return u === undefined ? v : u;
        }),
      );
    }
  }
  return out;
}
