/** Symmetry tests and completion. Pure and immutable. */
import { fromFn, gridEquals, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { memoOnGrid } from '../../arc/toolkit/memo.js';
import { boxWhere } from './crop.js';
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
/** The mirror ways a picture can be completed in, and the axes each mirrors across. */
export const MIRROR_WAYS = ['left-right', 'top-bottom', 'both ways'] as const;
export type MirrorWays = (typeof MIRROR_WAYS)[number];
const AXES: Record<MirrorWays, readonly ('cols' | 'rows')[]> = {
  'left-right': ['cols'],
  'top-bottom': ['rows'],
  'both ways': ['cols', 'rows'],
};
/** Hole cells filled from their mirror image across the axis at doubled position `s` (columns or rows); cells mirrored off the grid stay. */
function mirrorInto(g: Grid, along: 'cols' | 'rows', s: number, hole: Colour): Grid {
  return g.map((row, r) =>
    row.map((v, c) => {
      if (v !== hole) return v;
      const u = along === 'cols' ? g[r]![s - c] : g[s - r]?.[c];
      return u === undefined ? v : u;
    }),
  );
}
/** Fills hole cells from their mirror image across the best-agreeing vertical and/or horizontal axis (not necessarily the centre). */
export function completeMirrorAnyAxis(g: Grid, ways: MirrorWays, hole: Colour = 0): Grid {
  let out = g;
  for (let pass = 0; pass < 2; pass++) {
    for (const along of AXES[ways]) {
      const s = bestMirrorAxis(out, along, hole);
      if (s !== undefined) out = mirrorInto(out, along, s, hole);
    }
  }
  return out;
}
/**
 * Fills background cells from their mirror image across the middle of the box spanned by the cells
 * of `centre` (its middle row and/or column, or the line between two). Null when the grid has no
 * cell of `centre`.
 */
export function mirrorAround(g: Grid, ways: MirrorWays, centre: Colour, bg: Colour = 0): Grid | null {
  const b = boxWhere(g, (v) => v === centre);
  if (!b) return null;
  return AXES[ways].reduce(
    (out, along) => mirrorInto(out, along, along === 'cols' ? 2 * b.left + b.w - 1 : 2 * b.top + b.h - 1, bg),
    g,
  );
}

/** The symmetries a picture can be completed under about a centre of its own. */
export const TURNS = ['a half turn', 'a quarter turn', 'quarter turns and mirrors'] as const;
export type Turn = (typeof TURNS)[number];

/**
 * One symmetry about a centre, on doubled offsets (dr, dc) from it: the image is (sr·dr, sc·dc), or
 * (sr·dc, sc·dr) when `swap` (turns by a quarter and the diagonal mirrors).
 */
type Mirror = readonly [swap: boolean, sr: 1 | -1, sc: 1 | -1];
/** Each turn's group of symmetries, less the identity. */
const TURN_GROUPS: Record<Turn, readonly Mirror[]> = {
  'a half turn': [[false, -1, -1]],
  'a quarter turn': [
    [true, 1, -1],
    [false, -1, -1],
    [true, -1, 1],
  ],
  'quarter turns and mirrors': [
    [true, 1, -1],
    [false, -1, -1],
    [true, -1, 1],
    [false, 1, -1],
    [false, -1, 1],
    [true, 1, 1],
    [true, -1, -1],
  ],
};
/** Where cell (r, c) lands under the mirror about the doubled centre (R, C); it may lie off the grid. */
function imageOf([swap, sr, sc]: Mirror, R: number, C: number, r: number, c: number): [number, number] {
  const dr = 2 * r - R,
    dc = 2 * c - C;
  return swap ? [(R + sr * dc) / 2, (C + sc * dr) / 2] : [(R + sr * dr) / 2, (C + sc * dc) / 2];
}
/** The x in [0, n) with a + s·x in [0, lim): a run [from, to], or null when empty. */
function within(a: number, s: 1 | -1, n: number, lim: number): [number, number] | null {
  const from = s > 0 ? Math.max(0, -a) : Math.max(0, a - lim + 1),
    to = s > 0 ? Math.min(n - 1, lim - 1 - a) : Math.min(n - 1, a);
  return from <= to ? [from, to] : null;
}
/** The cells whose image under the mirror lies on the grid: a rectangle [r0, r1] x [c0, c1], or null. */
function onGrid([swap, sr, sc]: Mirror, R: number, C: number, h: number, w: number): Box | null {
  // Unswapped, the image row is r (sr = 1) or R - r; swapped, it is (R - sr·C)/2 + sr·c, and likewise for columns.
  const rows = swap ? within((C - sc * R) / 2, sc, h, w) : sr > 0 ? [0, h - 1] : within(R, -1, h, h);
  const cols = swap ? within((R - sr * C) / 2, sr, w, h) : sc > 0 ? [0, w - 1] : within(C, -1, w, w);
  return rows && cols ? [rows[0], rows[1], cols[0], cols[1]] : null;
}
type Box = [r0: number, r1: number, c0: number, c1: number];
/** Counts of the cells other than `hole` in each top-left rectangle, for the count in any box. */
function holeFreeSums(g: Grid, hole: Colour): (b: Box) => number {
  const h = height(g),
    w = width(g),
    sums = new Int32Array((h + 1) * (w + 1));
  for (let r = 0; r < h; r++)
    for (let c = 0; c < w; c++)
      sums[(r + 1) * (w + 1) + c + 1] =
        (g[r]![c] !== hole ? 1 : 0) +
        sums[r * (w + 1) + c + 1]! +
        sums[(r + 1) * (w + 1) + c]! -
        sums[r * (w + 1) + c]!;
  const at = (r: number, c: number) => sums[r * (w + 1) + c]!;
  return ([r0, r1, c0, c1]) => at(r1 + 1, c1 + 1) - at(r0, c1 + 1) - at(r1 + 1, c0) + at(r0, c0);
}

/**
 * The centre, as doubled coordinates [2r, 2c], about which the cells other than `hole` agree best
 * with the turn's symmetry and never disagree (ties: nearest the grid's centre); undefined when no
 * centre has an agreeing pair. Quarter turns need a centre whose two coordinates are both whole or
 * both halves, so that turned cells land on cells.
 */
export const bestTurnCentre = (g: Grid, turn: Turn, hole: Colour = 0): [number, number] | undefined =>
  centreMemo(g, `${TURNS.indexOf(turn)}${hole}`);
const centreMemo = memoOnGrid((g: Grid, key: string) =>
  findTurnCentre(g, TURNS[Number(key[0])]!, Number(key.slice(1))),
);

function findTurnCentre(g: Grid, turn: Turn, hole: Colour): [number, number] | undefined {
  const h = height(g),
    w = width(g),
    group = TURN_GROUPS[turn],
    quarter = turn !== 'a half turn';
  // Centres from the grid's outwards, so that one whose cells could not agree more than the best so far is skipped.
  const centres: [number, number, number][] = [];
  for (let R = 0; R <= 2 * h - 2; R++)
    for (let C = 0; C <= 2 * w - 2; C++)
      if (!quarter || (R - C) % 2 === 0) centres.push([R, C, Math.abs(R - (h - 1)) + Math.abs(C - (w - 1))]);
  centres.sort((a, b) => a[2] - b[2]);
  const cellsIn = holeFreeSums(g, hole);
  let best: [number, number] | undefined,
    bestAgree = 0;
  for (const [R, C] of centres) {
    const boxes = group.map((m) => onGrid(m, R, C, h, w));
    const most = boxes.reduce((n, b) => n + (b ? cellsIn(b) : 0), 0);
    if (most <= bestAgree) continue;
    let agree = 0,
      conflict = false;
    for (let k = 0; k < group.length && !conflict; k++) {
      const box = boxes[k];
      if (!box) continue;
      for (let r = box[0]; r <= box[1] && !conflict; r++) {
        const row = g[r]!;
        for (let c = box[2]; c <= box[3]; c++) {
          const v = row[c]!;
          if (v === hole) continue;
          const [ir, ic] = imageOf(group[k]!, R, C, r, c);
          if (ir === r && ic === c) continue; // a cell on the axis is its own image
          const u = g[ir]![ic]!;
          if (u === hole) continue;
          if (u !== v) {
            conflict = true;
            break;
          }
          agree++;
        }
      }
    }
    if (!conflict && agree > bestAgree) {
      best = [R, C];
      bestAgree = agree;
    }
  }
  return best;
}

/** Fills hole cells from their images under the turn's symmetry about the best-agreeing centre (`bestTurnCentre`). */
export function completeTurn(g: Grid, turn: Turn, hole: Colour = 0): Grid {
  const centre = bestTurnCentre(g, turn, hole);
  if (!centre) return g;
  const [R, C] = centre;
  return fromFn(height(g), width(g), (r, c) => {
    const v = g[r]![c]!;
    if (v !== hole) return v;
    for (const m of TURN_GROUPS[turn]) {
      const [ir, ic] = imageOf(m, R, C, r, c);
      const u = g[ir]?.[ic];
      if (u !== undefined && u !== hole) return u;
    }
    return v;
  });
}

/**
 * The share of the cells other than `hole` whose images under the turn all lie on the grid and are
 * not holes either, about the centre that the shape (those cells, of any colour: a fill may have a
 * colour of its own) agrees with best; 0 when no centre agrees.
 */
export const turnShare = (g: Grid, turn: Turn, hole: Colour = 0): number =>
  shareMemo(g, `${TURNS.indexOf(turn)}${hole}`);
const shareMemo = memoOnGrid((g: Grid, key: string) => {
  const turn = TURNS[Number(key[0])]!,
    hole = Number(key.slice(1));
  const shape = g.map((row) => row.map((v) => (v === hole ? 0 : 1)));
  const centre = findTurnCentre(shape, turn, 0);
  if (!centre) return 0;
  const [R, C] = centre;
  let cells = 0,
    kept = 0;
  shape.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!v) return;
      cells++;
      if (
        TURN_GROUPS[turn].every((m) => {
          const [ir, ic] = imageOf(m, R, C, r, c);
          return shape[ir]?.[ic] === 1;
        })
      )
        kept++;
    }),
  );
  return kept / cells;
});
