/**
 * The search's one-pass scoring of train grids against outputs: the same fitness, exactness and
 * closeness as the plain definitions (mean cell similarity, grid equality, and the steering
 * closeness written out below), on grids of every kind the search meets, 30 x 30 included.
 */
import { describe, expect, it } from 'vitest';
import { cellSimilarity, fromFn, gridEquals, height, width, type Grid } from '../../src/arc/grid.js';
import { trainScores } from '../../src/local/planner/score.js';

/** A deterministic pseudo-random grid (a linear congruential sequence; no clock, no Math.random). */
function grid(h: number, w: number, seed: number, colours = 10): Grid {
  let x = seed;
  return fromFn(h, w, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 16) % colours;
  });
}
const colours = (g: Grid) => new Set(g.flat());
/** The closeness as first written: one term per pair by shape agreement, scale relation or neither. */
function plainCloseness(gs: readonly Grid[], outs: readonly Grid[]): number {
  let s = 0;
  const ratio = (a: number, b: number) => (a % b === 0 ? a / b : b % a === 0 ? -b / a : 0);
  const factors = outs.map((o, i) => `${ratio(height(gs[i]!), height(o))},${ratio(width(gs[i]!), width(o))}`);
  outs.forEach((o, i) => {
    const g = gs[i]!;
    const overlap = () => {
      const a = colours(g),
        b = colours(o);
      return [...a].filter((c) => b.has(c)).length / new Set([...a, ...b]).size;
    };
    const [gh, gw, oh, ow] = [height(g), width(g), height(o), width(o)];
    if (gh === oh && gw === ow) s += 0.3 + 0.7 * cellSimilarity(g, o);
    else if (
      Math.max(gh, oh) % Math.min(gh, oh) === 0 &&
      Math.max(gw, ow) % Math.min(gw, ow) === 0 &&
      (ratio(gh, oh) === ratio(gw, ow) || new Set(factors).size === 1)
    )
      s += 0.15 + 0.15 * overlap() + (gh <= oh && gw <= ow ? 0.7 * blockSimilarity(g, o) : 0);
    else s += 0.2 * (Math.min(gh, oh) / Math.max(gh, oh)) * (Math.min(gw, ow) / Math.max(gw, ow)) * overlap();
  });
  return s / outs.length;
}
/**
 * The best cell similarity to the output of the grid tiled over it (where the output is its first
 * block repeated), or copied into the blocks of its filled cells (where the factors are its own
 * sides and the output's non-empty blocks are all one block), each grid built whole; 0 otherwise.
 */
function blockSimilarity(g: Grid, o: Grid): number {
  const [h, w, ky, kx] = [height(g), width(g), height(o) / height(g), width(o) / width(g)];
  const at = (r: number, c: number) => g[r]![c]!;
  const blocks: string[] = [];
  for (let br = 0; br < height(o); br += h)
    for (let bc = 0; bc < width(o); bc += w)
      blocks.push(JSON.stringify(o.slice(br, br + h).map((row) => row.slice(bc, bc + w))));
  const empty = JSON.stringify(fromFn(h, w, () => 0));
  const isTiling = blocks.every((b) => b === blocks[0]);
  const isSelfCopy = ky === h && kx === w && new Set(blocks.filter((b) => b !== empty)).size === 1;
  const tiled = fromFn(height(o), width(o), (r, c) => at(r % h, c % w));
  const self = fromFn(height(o), width(o), (r, c) =>
    at(Math.floor(r / ky), Math.floor(c / kx)) ? at(r % h, c % w) : 0,
  );
  const sims = [...(isTiling ? [tiled] : []), ...(isSelfCopy ? [self] : [])].map((x) => cellSimilarity(x, o));
  return Math.max(0, ...sims);
}
const plain = (gs: readonly Grid[], outs: readonly Grid[]) => ({
  fitness: outs.reduce((s, o, i) => s + cellSimilarity(gs[i]!, o), 0) / outs.length,
  perfect: outs.every((o, i) => gridEquals(gs[i]!, o)),
  closeness: plainCloseness(gs, outs),
});

/** Pairs of (grids, outputs): equal, nearly equal, other shape, a scale away, 30 x 30 noise. */
const big = grid(30, 30, 7);
const nearlyBig = big.map((row, r) => row.map((v, c) => (r === 29 && c === 29 ? (v + 1) % 10 : v)));
const cases: [string, Grid[], Grid[]][] = [
  ['all equal', [grid(3, 4, 1), grid(5, 5, 2)], [grid(3, 4, 1), grid(5, 5, 2)]],
  ['one cell off on a 30 x 30 grid', [big, grid(2, 2, 3)], [nearlyBig, grid(2, 2, 3)]],
  ['30 x 30 noise against other noise', [big], [grid(30, 30, 8)]],
  ['a wrong shape a scale away', [grid(3, 3, 4, 3)], [grid(9, 6, 5, 4)]],
  ['scales by one factor on every pair', [grid(2, 3, 4, 3), grid(1, 2, 5)], [grid(4, 9, 5, 4), grid(2, 6, 1)]],
  ['one cell against outputs of other shapes', [grid(1, 1, 4), grid(1, 1, 5)], [grid(6, 8, 5), grid(5, 3, 1)]],
  ['a wrong shape not a scale away', [grid(4, 5, 6, 2), grid(7, 3, 1)], [grid(5, 7, 9), grid(7, 3, 1)]],
  ['few colours, same shape', [grid(6, 6, 11, 2)], [grid(6, 6, 12, 2)]],
];

describe('trainScores', () => {
  it.each(cases)('equals the plain definitions: %s', (_name, gs, outs) => {
    const got = trainScores(gs, outs),
      want = plain(gs, outs);
    expect(got.perfect).toBe(want.perfect);
    expect(got.fitness).toBe(want.fitness); // the same sums in the same order: bit-identical
    expect(got.closeness).toBeCloseTo(want.closeness, 12);
  });

  it('tells exact from one cell off, and scores by hand on a small case', () => {
    expect(trainScores([big], [big]).perfect).toBe(true);
    expect(trainScores([big], [nearlyBig]).perfect).toBe(false);
    // 3 of 4 cells equal: fitness 0.75, closeness 0.3 + 0.7 * 0.75
    const s = trainScores(
      [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      [
        [
          [1, 2],
          [3, 0],
        ],
      ],
    );
    expect(s).toEqual({ fitness: 0.75, perfect: false, closeness: 0.3 + 0.7 * 0.75 });
  });

  it('scores a grid that gives its output copied into the blocks of its filled cells above a grid of the output shape three cells in four right', () => {
    const shape: Grid = [
      [1, 0],
      [0, 1],
    ];
    const output: Grid = [
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ];
    // Tiled it gives 12 of the 16 cells, copied into its own filled cells all 16:
    // 0.15 + 0.15 (the same colours) + 0.7; an empty 4 x 4 grid, 12 cells right, scores 0.3 + 0.7 * 0.75.
    expect(trainScores([shape], [output]).closeness).toBeCloseTo(1, 12);
    expect(trainScores([fromFn(4, 4, () => 0)], [output]).closeness).toBeCloseTo(0.825, 12);
  });

  it('credits a smaller grid with what tiling gives only where the output is one block repeated', () => {
    const pair: Grid = [[1, 2]];
    expect(trainScores([pair], [fromFn(2, 4, (_, c) => 1 + (c % 2))]).closeness).toBeCloseTo(1, 12);
    // One cell off the repeat: not built of blocks, so only "a scale away" (0.15 + 0.15, the same colours).
    const broken = fromFn(2, 4, (r, c) => (r === 1 && c === 3 ? 0 : 1 + (c % 2)));
    expect(trainScores([pair], [broken]).closeness).toBeCloseTo(0.15 + 0.15 * (2 / 3), 12);
  });

  it('counts a one-cell grid a scale away only where the scale means something', () => {
    // against square outputs (3 x 3 and 2 x 2: the same factor on both axes) it is a scale away:
    // 0.15 + 0.15 * colour overlap (1/2 and 1); against 6 x 8 and 5 x 3 outputs it is not.
    const one: Grid[] = [[[1]], [[1]]];
    // The second output is the one cell repeated, and tiled it gives all of it: + 0.7; the first
    // (stripes) is not built of one-cell blocks that way, and gets nothing more.
    const square = trainScores(one, [fromFn(3, 3, (r) => r % 2), fromFn(2, 2, () => 1)]);
    expect(square.closeness).toBeCloseTo((0.15 + 0.15 * 0.5 + 0.15 + 0.15 + 0.7) / 2, 12);
    const oblong = trainScores(one, [fromFn(6, 8, () => 1), fromFn(5, 3, () => 1)]);
    expect(oblong.closeness).toBeCloseTo((0.2 * (1 / 6) * (1 / 8) + 0.2 * (1 / 5) * (1 / 3)) / 2, 12);
  });
});
