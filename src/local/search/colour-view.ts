/**
 * A second view of a task for the search: every grid with its colours renamed by how many cells
 * each has (the most common as colour 0, the next as colour 1, ...), one renaming per pair taken
 * from its input. When the pairs use different colours for the same roles (the background, the
 * shape, the marker), a rule that needs a table of colours on the task reads as one plain rule on
 * the view. icecuber's search found that renaming colours before the search paid; this is its
 * simplest form. A colour the outputs add, that no input shows, is kept as it is (a colour the rule
 * paints). A program found on the view is written as one `by-colour-rank` step around it (or
 * `by-colour-rank-keeping`), so it still prints as English and runs in the follower.
 */
import { gridEquals, type Colour, type Grid } from '../../arc/grid.js';
import type { Step } from '../language/types.js';
import { colourMask, maskSize } from '../../arc/toolkit/colours.js';
import { coloursByCount, mapColours, nameBack, renameByCount, type Renaming } from '../primitives/colour.js';
import { trainScores } from '../planner/score.js';
import { judged, prepare, search, sizesAgree, type SearchOptions } from './best-first.js';
import { EFFORTS } from './effort.js';
import { bySimplicity, rank, type Found, type Problem } from './found.js';

/**
 * Most of the search's step applications the view may take, by whether every input shows the same
 * colours. Where they do, a rule can name its colours (the same on every pair), so the task's own
 * search is the likelier to find it and the view gets a fifth; where they do not, no rule naming
 * colours holds on every pair and the view gets half. Chosen on ARC-AGI-1 training
 * (bench/README.md): a flat 0.4 or 0.3 lost tasks whose view needs 45-50% of the budget, and a flat
 * 0.5 lost one whose own search needs 60%, its inputs all showing the same colours.
 */
export const VIEW_SHARE = { sameColours: 0.2, otherColours: 0.5 } as const;

/** The task renamed by colour rank, with each grid's renaming (train inputs, then tests) and the colour kept as it is. */
export interface ColourView {
  readonly problem: Problem;
  readonly renamings: readonly Renaming[];
  readonly keep: Colour | null;
  /** Most of the step applications the view may take (`VIEW_SHARE`, by whether every input shows the same colours). */
  readonly share: number;
}

const sameOrder = (a: readonly Colour[], b: readonly Colour[]) =>
  a.length === b.length && a.every((c, k) => c === b[k]);

/**
 * The view of a task, or null where it cannot help: when every input ranks its colours the same
 * way with colour 0 the most common (the view would be the task itself, colours swapped
 * consistently; where another colour is the background, the view still helps: it makes the
 * background colour 0, which steps about objects take for the background), or when the train outputs
 * show colours their inputs lack other than one colour that no input shows (kept as it is: a colour
 * the rule paints; the renaming could not give any other back).
 */
export function colourView(p: Problem): ColourView | null {
  const inputs = [...p.ins, ...p.tests];
  const orders = inputs.map(coloursByCount);
  if (orders.every((o) => sameOrder(o, orders[0]!)) && orders[0]![0] === 0) return null;
  const added = p.ins.reduce((m, g, i) => m | (colourMask(p.outs[i]!) & ~colourMask(g)), 0);
  if (maskSize(added) > 1 || inputs.some((g) => colourMask(g) & added)) return null;
  const keep = added ? Math.log2(added) : null;
  const renamings = inputs.map((g) => renameByCount(g, keep));
  const ranked = inputs.map((g, i) => mapColours(g, renamings[i]!.to));
  return {
    problem: {
      ins: ranked.slice(0, p.ins.length),
      outs: p.outs.map((g, i) => mapColours(g, renamings[i]!.to)),
      tests: ranked.slice(p.ins.length),
    },
    renamings,
    keep,
    share: VIEW_SHARE[inputs.every((g) => colourMask(g) === colourMask(inputs[0]!)) ? 'sameColours' : 'otherColours'],
  };
}

/** The step running `program` on the view. */
export const byColourRank = (program: readonly Step[], keep: Colour | null = null): Step =>
  keep === null
    ? { name: 'by-colour-rank', args: { layers: [program] } }
    : { name: 'by-colour-rank-keeping', args: { c: keep, layers: [program] } };

/** A program found on the view as a program of the task, or null when a result shows a colour its renaming did not give. */
function fromView(f: Found, view: ColourView, p: Problem, sizes: ReturnType<typeof prepare>['sizes']): Found | null {
  const grids: Grid[] = [];
  for (const [i, g] of f.grids.entries()) {
    const back = nameBack(g, view.renamings[i]!);
    if (!back) return null;
    grids.push(back);
  }
  const train = grids.slice(0, p.ins.length);
  return {
    ...f,
    program: [byColourRank(f.program, view.keep)],
    grids,
    ...trainScores(train, p.outs),
    sizeOk: sizesAgree(grids, sizes),
  };
}

/**
 * Searches the colour-rank view, where it applies, and then the task itself; the programs of both,
 * ranked together. The view goes first, on at most its share of the step applications
 * (`VIEW_SHARE`, and as much of the wall-clock guard), and the task's own search gets every
 * application the view left, so the whole never spends more than the task's budget. Where the view
 * finds a rule it is usually a short one, which ends its search early (a convincing program caps
 * the depth), and the task's own search gets nearly all of the budget: with the task searched first
 * on a fixed half, a training task whose own search needs 80% of the budget was lost although its
 * view ends after 3%. Pieces are stacked on the view as on the task: the renaming step then carries
 * a `layers` step, written inside the renaming's sentence with its own layers.
 */
export async function searchWithColourView(p: Problem, opts: SearchOptions = {}): Promise<Found[]> {
  const view = colourView(p);
  if (!view) return search(p, opts);
  const { onSpent, ...rest } = opts;
  const applications = opts.applications ?? EFFORTS.default.applications;
  const share = (n: number) => ({
    applications: n,
    ...(opts.timeMs !== undefined ? { timeMs: (opts.timeMs * n) / applications } : {}),
  });
  let onView = 0,
    onOwn = 0;
  const cap = Math.floor(applications * view.share);
  const viewed = await search(view.problem, { ...rest, ...share(cap), onSpent: (n) => (onView = n) });
  const own = opts.signal?.aborted
    ? []
    : await search(p, { ...rest, ...share(Math.max(0, applications - onView)), onSpent: (n) => (onOwn = n) });
  onSpent?.(onView + onOwn);
  const { rules, sizes } = prepare(p);
  const ownPerfect = own.filter((o) => o.perfect);
  // A perfect program of the view answering as one of the task's own is dropped, unless it is the
  // simpler (one step recolouring by a property on the view, against three of the task's own that
  // happen to agree with it): kept, it ranks by what it assumes.
  const mapped = viewed
    .map((f) => fromView(f, view, p, sizes))
    .filter(
      (f): f is Found =>
        f !== null && !(f.perfect && ownPerfect.some((o) => sameResults(o, f) && bySimplicity(o, f) <= 0)),
    )
    .map((f) => judged(f, p, rules));
  return rank([...own, ...mapped], p.ins.length);
}

/** True when two programs give the same grid everywhere (the view's copy adds nothing then, unless it is the simpler). */
const sameResults = (a: Found, b: Found): boolean => a.grids.every((g, i) => gridEquals(g, b.grids[i]!));
