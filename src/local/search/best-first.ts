/**
 * The compositional search: programs are paths through a graph of grid states. A state holds the
 * current grid of every train and test input; every proposed step applies to every state reached
 * (states are kept once by content hash), and the state closest to the outputs is expanded next,
 * to a depth limit, within a budget of step applications. Each child is checked against all train
 * pairs at once. Output sizes predicted from the train pairs steer the order and the ranking.
 */
import { gridEquals, height, sameShape, width, type Grid } from '../../arc/grid.js';
import { forgetMemo } from '../../arc/toolkit/memo.js';
import type { Step } from '../language/types.js';
import { proposeSteps } from '../planner/arg-proposals.js';
import { trainScores } from '../planner/score.js';
import { Budget } from './budget.js';
import { EFFORTS } from './effort.js';
import { applyMacro, type MacroSource } from './macros.js';
import { keepBest, paramCount, rank, type Found, type Problem } from './found.js';
import { combineHashes } from './hash.js';
import { MaxHeap } from './heap.js';
import { keepWithPieces, topLayerOf } from './piece-marks.js';
import { composePieces, piecesReserve } from './pieces.js';
import { HAND_PRIOR, taskFeatures, type SearchPrior, type TaskFeatures } from './prior.js';
import { outputRules, ruleBreaks, type OutputRules } from './output-rules.js';
import { predictSizes, sizeRule, type Size } from './size.js';
import { StepMemo, stepKey } from './step-memo.js';

export interface SearchOptions {
  /** Step applications allowed (one step on one grid is one; default: the default effort's, `EFFORTS.default.applications`). */
  readonly applications?: number;
  /** Wall-clock guard in milliseconds (default none: the applications bound the work). */
  readonly timeMs?: number;
  /** Longest program searched (default 3). */
  readonly maxDepth?: number;
  /** States expanded at each depth from 1 on (default: the default effort's, `EFFORTS.default.widths`). */
  readonly widths?: readonly number[];
  /** Stop once this many train-perfect programs are known (default 12). */
  readonly enough?: number;
  /** Most layers stacked from programs right on part of the cells, when fewer than two are train-perfect (default 3; below 2, none). */
  readonly pieces?: number;
  /** Scores steps to reorder proposals (default: the hand prior). */
  readonly prior?: SearchPrior;
  /** Mined concepts, each tried from every state as one move before the single steps. */
  readonly macros?: readonly MacroSource[];
  readonly signal?: AbortSignal;
  /** Told the step applications spent when the search ends, so a caller sharing one budget between searches can pass on the rest. */
  readonly onSpent?: (applications: number) => void;
}

interface Node extends Found {
  readonly depth: number;
  /** The prior's learned part (`SearchPrior.guide`), summed over the program's steps. */
  readonly guide?: number;
}

/** What the whole search shares: the task, its predicted sizes and features, and the budget. */
interface Context {
  readonly p: Problem;
  readonly sizes: readonly (Size | null)[];
  readonly features: TaskFeatures;
  readonly prior: SearchPrior;
  readonly macros: readonly MacroSource[];
  readonly rules: OutputRules;
  readonly budget: Budget;
  readonly memo: StepMemo;
}

/** Most states kept waiting at once, scaled down for big grids so memory stays bounded. */
const frontierCap = (p: Problem): number => {
  const cells = [...p.ins, ...p.tests].reduce((s, g) => s + height(g) * width(g), 0);
  return Math.max(100, Math.min(3000, Math.floor(2_000_000 / Math.max(1, cells))));
};

/** True when every grid with a predicted size has it. */
export const sizesAgree = (grids: readonly Grid[], sizes: readonly (Size | null)[]): boolean =>
  grids.every((g, i) => {
    const s = sizes[i];
    return !s || (height(g) === s[0] && width(g) === s[1]);
  });

/** The task's predicted output sizes (train then test inputs), features, and the rules its train outputs obey. */
export function prepare(p: Problem): { sizes: (Size | null)[]; features: TaskFeatures; rules: OutputRules } {
  const train = p.ins.map((g, i) => [g, p.outs[i]!] as const);
  const rule = sizeRule(train);
  return {
    sizes: predictSizes(train, [...p.ins, ...p.tests]),
    features: taskFeatures(train, rule?.name ?? null),
    rules: outputRules(p),
  };
}

/** A train-perfect program with the rules of the train outputs its test outputs break. */
export const judged = <F extends Found>(f: F, p: Problem, rules: OutputRules): F =>
  f.perfect ? { ...f, breaks: ruleBreaks(f, p, rules) } : f;

/**
 * A train-perfect program whose test outputs have the predicted size, break no rule of the train
 * outputs, and that fixes no more values than there are train pairs. A program fixing more (a
 * table of colours, sizes or positions) may have learnt the pairs by heart: it stays a candidate,
 * but the search goes on for one that fixes fewer, which gives the second attempt.
 */
const convincing = (f: Found, pairs: number): boolean =>
  f.perfect && f.sizeOk !== false && !f.breaks && paramCount(f) <= pairs;

/** Closeness of one grid to one output, the measure `trainScores` averages over the pairs. */
const pairCloseness = (g: Grid, out: Grid): number => trainScores([g], [out]).closeness;

/**
 * The screen on the moves from a state below the root: how close the state's first train grid `first` is to
 * its output (see `passesScreen`). The root's children are all worked out, since a first step may go
 * away from the outputs, as a crop does before the step that finishes it. Without a second train
 * pair the screen would save nothing but the test grids, and there is none.
 */
export const screenBar = (first: Grid, level: number, p: Problem): number | undefined =>
  level > 0 && p.outs.length > 1 ? pairCloseness(first, p.outs[0]!) : undefined;

/**
 * Whether a move from a state below the root goes on to its other grids once its first train grid
 * `g` is known: when `g` is at least as close to its output as the state's own first grid (`bar`),
 * when it could be the top layer of a stacked answer (the output's shape, every colour it shows
 * right), or when it is right on a cell where the state's own first grid (`own`) is not, as the
 * bottom layer of a stack is. Below the root a child matters when it is train-perfect (its first
 * grid is then the output itself, so it passes), when it ranks among the few states of its depth
 * that get expanded (which a child that went away from the first output seldom does), or as a
 * piece. A move that fails is dropped after that one application, so the default's budget expands
 * more states at the same CPU. Chosen on ARC-AGI-1 training side by side with the search without it
 * (bench/README.md, "Pruning the moves from deeper states"): without the two clauses for pieces it
 * lost tasks whose answers are stacked layers.
 *
 * A move that leaves the first train grid as it was (`g` equal to `own`) does not pass: its state
 * is its parent on that pair. A third of all step results equal the grid the step was applied to,
 * and each such move went on to spend an application on every other grid of the state. A step that
 * matters on the other pairs alone is still tried as a program's first step, from the root. Kept on
 * ARC-AGI-1 training (bench/README.md, "Moves that leave the first train grid as it was"): with the
 * last train pair held back 181 against 178, at the same CPU.
 */
export const passesScreen = (g: Grid, out: Grid, bar: number, own: Grid): boolean =>
  !gridEquals(g, own) && (pairCloseness(g, out) >= bar || topLayerOf(g, out) || fixesACell(g, own, out));

/** True when `g` has the output's shape and is right on a cell where `own` is not. */
function fixesACell(g: Grid, own: Grid, out: Grid): boolean {
  if (!sameShape(g, out)) return false;
  const ownShaped = sameShape(own, out);
  for (let r = 0; r < out.length; r++)
    for (let c = 0; c < out[r]!.length; c++)
      if (g[r]![c] === out[r]![c] && (!ownShaped || own[r]![c] !== out[r]![c])) return true;
  return false;
}

/**
 * One step applied to every grid of a state (one application each), or null when it fails on any.
 * With `bar` (see `screenBar`), null also when the first train grid does not pass the screen: the
 * other grids are then not worked out.
 */
function stepGrids(node: Node, step: Step, ctx: Context, bar?: number): Grid[] | null {
  const grids: Grid[] = [];
  const key = stepKey(step);
  for (const g of node.grids) {
    if (ctx.budget.exhausted) return null; // one step on many big grids can take long: stop between grids
    ctx.budget.spend();
    const r = ctx.memo.apply(g, step, key);
    if (!r) return null;
    if (bar !== undefined && grids.length === 0 && !passesScreen(r, ctx.p.outs[0]!, bar, node.grids[0])) return null;
    grids.push(r);
  }
  return grids;
}

/** The state `step` leads to from `node`, its grids given, scored against the train outputs. */
function childOf(
  node: Node,
  step: Step,
  grids: Grid[],
  ctx: Context,
  score = ctx.prior.score(step, ctx.features),
): Node {
  const train = grids.slice(0, ctx.p.ins.length);
  return {
    program: [...node.program, step],
    grids,
    depth: node.depth + 1,
    ...trainScores(train, ctx.p.outs),
    sizeOk: sizesAgree(grids, ctx.sizes),
    prior: (node.prior ?? 0) + score,
    guide: (node.guide ?? 0) + (ctx.prior.guide?.(step, ctx.features) ?? 0),
  };
}

/** Applies one step to every grid of a state, or null when it fails on any. */
function applyAll(node: Node, step: Step, ctx: Context): Node | null {
  const grids = stepGrids(node, step, ctx);
  return grids && childOf(node, step, grids, ctx);
}

/**
 * Weight of the prior's learned part in the expansion order. Chosen on the transfer curve of
 * ARC-AGI-1 training, even-position tasks -> odd-position tasks (bench/README.md): 0.1 moved more
 * of the odd tasks' solutions within budget than 0.01; 0.3 let the learned part override closeness
 * and lost tasks.
 */
const GUIDE_WEIGHT = 0.1;

/**
 * Order of expansion: shallower states first (so every depth gets its share before the next), then
 * closeness to the outputs, a bonus for the predicted size, a little for the prior, and more for the
 * part of it learned from solved tasks.
 */
const priority = (n: Node): number =>
  -10 * n.depth + n.closeness + (n.sizeOk ? 0.05 : 0) + 0.01 * (n.prior ?? 0) + GUIDE_WEIGHT * (n.guide ?? 0);

/** The steps worth trying from a state with the prior's score of each (computed once per step), its favourites first. */
function stepsFrom(node: Node, ctx: Context): { step: Step; score: number }[] {
  const steps = proposeSteps({ ins: node.grids.slice(0, ctx.p.ins.length), outs: ctx.p.outs });
  const scored = steps.map((step, i) => ({ step, i, score: ctx.prior.score(step, ctx.features) }));
  return scored.sort((a, b) => b.score - a.score || a.i - b.i);
}

/** A move's grids, and the state they make (scored only when asked: most moves reach a state already seen). */
interface Moved {
  readonly grids: readonly Grid[];
  readonly node: () => Node;
}

/**
 * The moves from a state: the single steps, then each macro as one move (one level deeper, however
 * many steps). Macros come last because each costs several applications per grid: at small budgets
 * they used to crowd out single steps the cold search would have tried (bench/README.md, split (a)).
 * With `bar`, each single step goes through the screen (see `stepGrids`).
 */
function movesFrom(node: Node, ctx: Context, bar?: number): (() => Moved | null)[] {
  const single =
    ({ step, score }: { step: Step; score: number }) =>
    () => {
      const grids = stepGrids(node, step, ctx, bar);
      return grids && { grids, node: () => childOf(node, step, grids, ctx, score) };
    };
  const macro = (m: MacroSource) => () => {
    const end = applyMacro(node, m, ctx.p.outs, (from, step) => applyAll(from, step, ctx));
    return end && { grids: end.grids, node: () => ({ ...end, depth: node.depth + 1 }) };
  };
  return [...stepsFrom(node, ctx).map(single), ...ctx.macros.map(macro)];
}

/** Searches for programs turning the train inputs into their outputs; best first (see `rank`). */
export async function search(p: Problem, opts: SearchOptions = {}, start: readonly Step[] = []): Promise<Found[]> {
  const { sizes, features, rules } = prepare(p);
  const applications = opts.applications ?? EFFORTS.default.applications;
  const maxPieces = opts.pieces ?? 3,
    reserve = piecesReserve(applications, maxPieces);
  const budget = new Budget({
    applications: applications - reserve,
    timeMs: opts.timeMs,
    signal: opts.signal,
  });
  const memo = new StepMemo();
  const ctx: Context = {
    p,
    sizes,
    features,
    rules,
    prior: opts.prior ?? HAND_PRIOR,
    macros: opts.macros ?? [],
    budget,
    memo,
  };
  const maxDepth = start.length + (opts.maxDepth ?? 3),
    enough = opts.enough ?? 12,
    widths = opts.widths ?? EFFORTS.default.widths;
  const expanded: number[] = [];
  const root: Node = {
    program: start,
    grids: [...p.ins, ...p.tests].map((g) => memo.intern(g)),
    depth: start.length,
    fitness: 0,
    perfect: false,
    closeness: 0,
  };
  const stateHash = (grids: readonly Grid[]) => combineHashes(grids.map((g) => memo.hash(g)));
  const seen = new Set<number>([stateHash(root.grids)]);
  const frontier = new MaxHeap<Node>();
  frontier.push(root, Infinity);
  const cap = frontierCap(p);
  let found: Found[] = [],
    perfect = 0,
    shortest = Infinity;
  while (frontier.size && perfect < enough && !budget.exhausted) {
    const node = frontier.pop()!;
    if (node.depth >= maxDepth || node.depth + 1 > shortest) continue;
    const level = node.depth - start.length;
    if (level > 0 && (expanded[level] ?? 0) >= (widths[level - 1] ?? 0)) continue;
    expanded[level] = (expanded[level] ?? 0) + 1;
    for (const move of movesFrom(node, ctx, screenBar(node.grids[0]!, level, p))) {
      if (budget.due) await budget.pause();
      if (budget.exhausted) break;
      const moved = move();
      if (!moved) continue;
      const key = stateHash(moved.grids);
      if (seen.has(key)) continue;
      seen.add(key);
      const child = judged(moved.node(), p, rules);
      found.push(child);
      // A perfect program whose test outputs look unlike the train outputs, or that fixes many
      // values, does not end the search (nor cap its depth): a more general one may fit as well.
      if (convincing(child, p.ins.length)) {
        perfect++;
        shortest = Math.min(shortest, child.depth);
      } else if (!child.perfect) frontier.push(child, priority(child));
      if (found.length > 2000)
        found = maxPieces >= 2 ? keepWithPieces(found, 500, p.outs, [root]) : keepBest(found, 500);
    }
    // The state's grids stay interned, but what the toolkit remembered while expanding it (objects,
    // splits, ...) is dropped: a deep search expands hundreds of states, and kept, their objects
    // alone outweighed the grids. A grid met again in another expanded state is worked out afresh.
    forgetMemo(node.grids);
    if (frontier.size > 2 * cap) frontier.trim(cap);
  }
  budget.grant(reserve);
  const sizeOk = (grids: readonly Grid[]) => sizesAgree(grids, sizes);
  const stacked =
    perfect < 2
      ? composePieces([{ ...root, sizeOk: sizeOk(root.grids) }, ...found], { p, budget, start, maxPieces, sizeOk })
      : [];
  opts.onSpent?.(budget.spent);
  return rank([...found, ...stacked.map((f) => judged(f, p, rules))], p.ins.length);
}
