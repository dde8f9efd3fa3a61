/**
 * Pieces: when no single program gives the whole output, programs that are each right on part of
 * the cells are stacked as layers (icecuber's idea; our own code). For every candidate whose train
 * results have the output shapes, the cells it gets right are known; layers are chosen greedily
 * from the top down, each right on every cell it shows (its cells other than the see-through
 * colour) that no layer above it already decides, until every cell of every train output is
 * decided. The bottom layer may instead be right on everything left, shown or not. The stack is
 * then drawn and checked on all train pairs before it is proposed, as one `layers` step.
 */
import { sameShape, type Grid } from '../../arc/grid.js';
import type { Step } from '../language/types.js';
import { trainScores } from '../planner/score.js';
import { overlay } from '../primitives/split.js';
import type { Budget } from './budget.js';
import type { Found, Problem } from './found.js';
import { CLEAR, marks, type Marks } from './piece-marks.js';

export interface PiecesContext {
  readonly p: Problem;
  readonly budget: Budget;
  /** Steps every candidate's program starts with (a repair's parent); layers are what follows. */
  readonly start: readonly Step[];
  /** Most layers in one stack (at least 2 to compose anything). */
  readonly maxPieces: number;
  /** True when every result has the predicted output size (where one is predicted). */
  readonly sizeOk: (grids: readonly Grid[]) => boolean;
}

/** Share of a search's step applications held back for composing pieces. */
const PIECES_SHARE = 0.05;
/** Step applications a search of `applications` holds back for stacks of up to `maxPieces` layers. */
export const piecesReserve = (applications: number, maxPieces: number): number =>
  maxPieces >= 2 ? Math.ceil(applications * PIECES_SHARE) : 0;
/** How many different top layers the greedy choice is restarted from. */
const RESTARTS = 3;

/** A candidate's train cells against the outputs' cells, all pairs in one row of cell indices. */
export interface Piece {
  readonly found: Found;
  readonly path: readonly Step[];
  /** Cells it shows (not the see-through colour). */
  readonly shown: Int32Array;
  /** Shown cells it gets wrong. */
  readonly shownWrong: Int32Array;
  /** All cells it gets wrong. */
  readonly wrong: Int32Array;
}

/** One layer chosen from the top: the piece, and whether it must be right on everything left. */
interface Choice {
  readonly piece: Piece;
  readonly base: boolean;
}

/** The piece's cell lists, from its marks against the outputs (counted first, then filled: no growing lists). */
export function pieceOf(found: Found, path: readonly Step[], m: Marks): Piece {
  let nShown = 0,
    nShownWrong = 0,
    nWrong = 0;
  for (let k = 0; k < m.shown.length; k++) {
    nShown += m.shown[k]!;
    if (!m.right[k]) (nWrong++, (nShownWrong += m.shown[k]!));
  }
  const shown = new Int32Array(nShown),
    shownWrong = new Int32Array(nShownWrong),
    wrong = new Int32Array(nWrong);
  for (let k = 0, a = 0, b = 0, c = 0; k < m.shown.length; k++) {
    if (m.shown[k]) shown[a++] = k;
    if (!m.right[k]) {
      wrong[c++] = k;
      if (m.shown[k]) shownWrong[b++] = k;
    }
  }
  return { found, path, shown, shownWrong, wrong };
}

const allDecided = (cells: Int32Array, decided: Uint8Array): boolean => cells.every((k) => decided[k] === 1);
const undecided = (cells: Int32Array, decided: Uint8Array): number => cells.reduce((n, k) => n + 1 - decided[k]!, 0);

/** The choices the greedy step may make next, with how many undecided cells each decides. */
function options(pieces: readonly Piece[], decided: Uint8Array, left: number): { choice: Choice; gain: number }[] {
  const out: { choice: Choice; gain: number }[] = [];
  for (const piece of pieces) {
    if (allDecided(piece.shownWrong, decided)) {
      const gain = undecided(piece.shown, decided);
      if (gain > 0) out.push({ choice: { piece, base: false }, gain });
    }
    if (allDecided(piece.wrong, decided) && left > 0) out.push({ choice: { piece, base: true }, gain: left });
  }
  return out;
}

/** Marks the cells a choice decides; returns how many were undecided. */
function decide(choice: Choice, decided: Uint8Array): number {
  if (choice.base) {
    const n = decided.length - decided.reduce((s, v) => s + v, 0);
    decided.fill(1);
    return n;
  }
  let n = 0;
  for (const k of choice.piece.shown) if (!decided[k]) ((decided[k] = 1), n++);
  return n;
}

/** Layers from the top down, starting with `first`, until every cell is decided (or null). */
function greedy(pieces: readonly Piece[], cells: number, first: Choice, maxPieces: number): Choice[] | null {
  const decided = new Uint8Array(cells);
  const chosen = [first];
  let left = cells - decide(first, decided);
  while (left > 0 && chosen.length < maxPieces) {
    const best = options(pieces, decided, left).reduce<{ choice: Choice; gain: number } | null>(
      (b, o) => (!b || o.gain > b.gain ? o : b),
      null,
    );
    if (!best) return null;
    chosen.push(best.choice);
    left -= decide(best.choice, decided);
  }
  return left === 0 ? chosen : null;
}

/** The stack drawn on every grid (train then test), or null when the layers' sizes differ on one. */
function draw(layers: readonly Found[], count: number): Grid[] | null {
  const out: Grid[] = [];
  for (let i = 0; i < count; i++) {
    const gs = layers.map((f) => f.grids[i]!);
    if (!gs.every((g) => sameShape(g, gs[0]!))) return null;
    out.push(overlay(gs, CLEAR));
  }
  return out;
}

/** The `layers` step drawing the chosen pieces bottom first. */
const layersStep = (bottomUp: readonly Choice[]): Step => ({
  name: 'layers',
  args: { c: CLEAR, layers: bottomUp.map((c) => c.piece.path) },
});

/** The stack of `topDown` as a found program, when it is drawn on every grid (spending the budget). */
function compose(topDown: readonly Choice[], ctx: PiecesContext): Found | null {
  const bottomUp = [...topDown].reverse();
  const count = ctx.p.ins.length + ctx.p.tests.length;
  ctx.budget.spend(bottomUp.length * count);
  const grids = draw(
    bottomUp.map((c) => c.piece.found),
    count,
  );
  if (!grids) return null;
  const train = grids.slice(0, ctx.p.ins.length);
  return {
    program: [...ctx.start, layersStep(bottomUp)],
    grids,
    ...trainScores(train, ctx.p.outs),
    sizeOk: ctx.sizeOk(grids),
    prior: bottomUp.reduce((s, c) => s + (c.piece.found.prior ?? 0), 0),
  };
}

/** The candidates worth stacking: not train-perfect, output-shaped on train, the predicted size on test, no layers inside; shortest first. */
function piecesOf(candidates: readonly Found[], ctx: PiecesContext): Piece[] {
  const usable = candidates
    .map((found, i) => ({ found, i, path: found.program.slice(ctx.start.length) }))
    // a train-perfect candidate is a whole solution already: stacked with others it adds nothing
    .filter(({ found, path }) => !found.perfect && found.sizeOk !== false && path.every((s) => s.name !== 'layers'))
    .sort((a, b) => a.path.length - b.path.length || a.i - b.i);
  const out: Piece[] = [];
  for (const { found, path } of usable) {
    if (ctx.budget.exhausted) break;
    ctx.budget.spend();
    const m = marks(found, ctx.p.outs);
    if (m) out.push(pieceOf(found, path, m));
  }
  return out;
}

/** Stacks from one pool of pieces: the greedy choice from each of the best few top layers. */
function stacksFrom(pieces: readonly Piece[], cells: number, ctx: PiecesContext): Found[] {
  const firsts = options(pieces, new Uint8Array(cells), cells)
    .filter((o) => !o.choice.base) // a first layer right on every cell is a whole solution, not a piece
    .sort((a, b) => b.gain - a.gain)
    .slice(0, RESTARTS);
  const out: Found[] = [];
  for (const { choice } of firsts) {
    if (ctx.budget.exhausted) break;
    const stack = greedy(pieces, cells, choice, ctx.maxPieces);
    const found = stack && stack.length >= 2 ? compose(stack, ctx) : null;
    if (found?.perfect) out.push(found);
  }
  return out;
}

/**
 * Stacks of pieces that are right on every train pair. As icecuber does, pieces of short programs
 * are tried alone first and longer ones added a depth at a time, so simple stacks come first.
 * `candidates` are the search's states (the starting state included), in the search's order.
 */
export function composePieces(candidates: readonly Found[], ctx: PiecesContext): Found[] {
  if (ctx.maxPieces < 2 || ctx.budget.exhausted) return [];
  const cells = ctx.p.outs.reduce((s, o) => s + o.length * (o[0]?.length ?? 0), 0);
  const pieces = piecesOf(candidates, ctx);
  const deepest = pieces.reduce((d, q) => Math.max(d, q.path.length), 0);
  const out: Found[] = [];
  const seen = new Set<string>();
  for (let depth = 1; depth <= deepest && !ctx.budget.exhausted; depth++)
    for (const found of stacksFrom(
      pieces.filter((q) => q.path.length <= depth),
      cells,
      ctx,
    )) {
      const key = JSON.stringify(found.program);
      if (!seen.has(key)) (seen.add(key), out.push(found));
    }
  return out;
}
