/** How close current grids are to the outputs: exactness for ranking, and a softer closeness to steer the search. */
import { height, width, type Grid } from '../../arc/grid.js';
import { colourMask, maskSize } from '../../arc/toolkit/colours.js';

/** A state's train grids scored against the outputs (see `trainScores`). */
export interface TrainScores {
  /** Mean cell similarity (0 for a wrong shape), as the evolution's fitness measures it. */
  readonly fitness: number;
  /** Every grid equals its output. */
  readonly perfect: boolean;
  /**
   * For steering: shape agreement counts even before cells agree; a shape a scale away counts too,
   * and a smaller one by the cells it gives tiled or copied into its own filled cells.
   */
  readonly closeness: number;
}

/** How many times one side holds the other (negative when `g` is the smaller), or 0 when not a whole multiple. */
const factor = (a: number, b: number): number =>
  Math.max(a, b) % Math.min(a, b) === 0 ? (a >= b ? a / b : -b / a) : 0;

/**
 * Per pair: is the grid a scale or tile away from its output? Both axes must be whole multiples,
 * and the scale must mean something: the same factor on both axes, or the same factors on every
 * pair. Without that last condition a one-cell grid (or a thin strip) would be "a scale away" from
 * every output, and states that threw the picture away would be expanded ahead of useful ones.
 */
function scaleRelated(gs: readonly Grid[], outs: readonly Grid[]): boolean[] {
  const fs = outs.map((o, i) => [factor(height(gs[i]!), height(o)), factor(width(gs[i]!), width(o))] as const);
  const same = fs.every(([y, x]) => y === fs[0]![0] && x === fs[0]![1]);
  return fs.map(([y, x]) => y !== 0 && x !== 0 && (y === x || same));
}
/** How an output is built of blocks of one size: the same block repeated, or one block copied into some blocks and the rest empty. */
interface BlockKinds {
  readonly tiled: boolean;
  readonly selfCopied: boolean;
}
const blockKinds = new WeakMap<Grid, Map<number, BlockKinds>>();
/** Whether the output's h x w block at (br, bc) equals the one at (pr, pc), or is empty when `pr` is -1. */
function sameBlock(o: Grid, br: number, bc: number, pr: number, pc: number, h: number, w: number): boolean {
  for (let r = 0; r < h; r++)
    for (let c = 0; c < w; c++) if (o[br + r]![bc + c] !== (pr < 0 ? 0 : o[pr + r]![pc + c])) return false;
  return true;
}
/** Whether the output repeats its first h x w block, and whether its non-empty h x w blocks are all one block (worked out once per output and block size). */
function kindsOf(o: Grid, h: number, w: number): BlockKinds {
  let bySize = blockKinds.get(o);
  if (!bySize) blockKinds.set(o, (bySize = new Map()));
  const known = bySize.get(h * 64 + w);
  if (known) return known;
  const blocks: [number, number][] = [];
  for (let br = 0; br < height(o); br += h) for (let bc = 0; bc < width(o); bc += w) blocks.push([br, bc]);
  const filled = blocks.find(([br, bc]) => !sameBlock(o, br, bc, -1, -1, h, w));
  const kinds = {
    tiled: blocks.every(([br, bc]) => sameBlock(o, br, bc, 0, 0, h, w)),
    selfCopied:
      filled !== undefined &&
      blocks.every(
        ([br, bc]) => sameBlock(o, br, bc, -1, -1, h, w) || sameBlock(o, br, bc, filled[0], filled[1], h, w),
      ),
  };
  bySize.set(h * 64 + w, kinds);
  return kinds;
}

/**
 * For a grid smaller than its output by whole factors on both axes, where the output is built of
 * blocks of the grid's size: the share of the output's cells that the grid gives tiled over it (an
 * output of one block repeated), or copied into the blocks of its filled cells (where the factors
 * are its own sides, and the output's non-empty blocks are all one block). A state one such step
 * from its output is then as close as a grid of the output's shape with as many cells right, not
 * merely "a scale away": in 8f2ea7aa (ARC-AGI-1 training) the crop to the shape, a third of the
 * output's size, had ranked below every grid of the output's shape and was never expanded. Outputs
 * not built of such blocks give 0: scored by what it would give tiled or scaled up, a small grid
 * kept the search at its size where the outputs are not so built, and programs of three and four
 * steps were lost (bench/README.md, "A grid a scale away scored by what it gives").
 */
function blockSimilarity(g: Grid, o: Grid): number {
  const h = height(g),
    w = width(g),
    ky = height(o) / h,
    kx = width(o) / w;
  const kinds = kindsOf(o, h, w);
  const selfTile = kinds.selfCopied && ky === h && kx === w;
  if (!kinds.tiled && !selfTile) return 0;
  let tiled = 0,
    self = 0;
  for (let r = 0; r < height(o); r++) {
    const row = o[r]!,
      block = g[Math.floor(r / ky)]!,
      tile = g[r % h]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c]!;
      if (tile[c % w] === v) tiled++;
      if (selfTile && (block[Math.floor(c / kx)] !== 0 ? tile[c % w] : 0) === v) self++;
    }
  }
  return Math.max(kinds.tiled ? tiled : 0, self) / (height(o) * width(o));
}
/** Share of colours the two grids have in common. */
function colourOverlap(g: Grid, o: Grid): number {
  const a = colourMask(g),
    b = colourMask(o);
  return maskSize(a & b) / maskSize(a | b);
}

/** Equal cells of two grids of one shape. */
function sameCells(g: Grid, o: Grid): number {
  let same = 0;
  for (let r = 0; r < o.length; r++) {
    const a = g[r]!,
      b = o[r]!;
    for (let c = 0; c < b.length; c++) if (a[c] === b[c]) same++;
  }
  return same;
}

/**
 * Fitness, exactness and closeness of `gs` against `outs` in one pass over the cells (the search
 * scores every state it reaches, so each pair's cells are compared once, not three times).
 */
export function trainScores(gs: readonly Grid[], outs: readonly Grid[]): TrainScores {
  let fit = 0,
    close = 0,
    perfect = true,
    scaled: boolean[] | null = null;
  for (let i = 0; i < outs.length; i++) {
    const g = gs[i]!,
      o = outs[i]!;
    const h = height(o),
      w = width(o);
    if (height(g) === h && width(g) === w) {
      const cells = h * w,
        same = sameCells(g, o);
      const sim = cells === 0 ? 0 : same / cells;
      if (same !== cells) perfect = false;
      fit += sim;
      close += 0.3 + 0.7 * sim;
    } else {
      perfect = false;
      if ((scaled ??= scaleRelated(gs, outs))[i])
        close +=
          0.15 + 0.15 * colourOverlap(g, o) + (height(g) <= h && width(g) <= w ? 0.7 * blockSimilarity(g, o) : 0);
      else {
        const fh = Math.min(height(g), h) / Math.max(height(g), h);
        const fw = Math.min(width(g), w) / Math.max(width(g), w);
        close += 0.2 * fh * fw * colourOverlap(g, o);
      }
    }
  }
  return { fitness: fit / outs.length, perfect, closeness: close / outs.length };
}
