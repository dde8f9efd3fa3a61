/**
 * What the search reaches at the default effort's budget: a two-step program whose first step
 * gives a grid of the wrong shape (a crop to the frame, still two cells too big), when other first
 * steps give one-cell or thin grids. Those are not "a scale away" from outputs of varying shapes,
 * so they no longer crowd out the crop the search must expand. From the crop on, moves that take the
 * first train grid away from its output are dropped after one application (the screen). A
 * pattern continued onto a wider canvas where tiling would restart it. Two stamps, each read
 * from the pairs, around the objects of two colours. And a shape cut out of its canvas, a third of
 * the output's size, that gives the output copied into the blocks of its own filled cells; and the same
 * shape drawn three times larger, shrunk back to one cell per block first.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { printProgram } from '../../src/local/language/print.js';
import { EFFORTS, search } from '../../src/local/index.js';
import { G } from './_meaning.js';

/** A noisy scene (a linear congruential sequence; no randomness) with a hollow frame of colour `f`; the output is what the frame encloses. */
function framed(
  h: number,
  w: number,
  seed: number,
  f: number,
  box: readonly [number, number, number, number],
): [Grid, Grid] {
  const palette = [0, 0, 1, 3, 5];
  let x = seed;
  const g = Array.from({ length: h }, () =>
    Array.from({ length: w }, () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return palette[(x >>> 16) % palette.length]!;
    }),
  );
  const [r0, c0, fh, fw] = box;
  for (let r = r0; r < r0 + fh; r++)
    for (let c = c0; c < c0 + fw; c++) if (r === r0 || r === r0 + fh - 1 || c === c0 || c === c0 + fw - 1) g[r]![c] = f;
  return [g, g.slice(r0 + 1, r0 + fh - 1).map((row) => row.slice(c0 + 1, c0 + fw - 1))];
}

describe('the search reaches a crop inside a frame whose colour changes from pair to pair', () => {
  // The frame is the largest one-coloured object; its colour differs in every pair, so no
  // single-colour crop fits, and the output's shape follows no size rule the search knows.
  const pairs = [
    framed(13, 12, 1, 2, [2, 3, 7, 8]),
    framed(11, 13, 2, 4, [4, 1, 5, 7]),
    framed(12, 11, 3, 8, [1, 2, 9, 6]),
  ];
  const [testIn, testOut] = framed(12, 12, 4, 6, [3, 3, 6, 7]);

  it('finds the two steps within the default step applications, and they answer the test input', async () => {
    const { applications, maxDepth, widths } = EFFORTS.default;
    const found = await search(
      { ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [testIn] },
      { applications, maxDepth, widths },
    );
    const best = found[0]!;
    expect(best.perfect).toBe(true);
    expect(printProgram(best.program)).toBe(
      '1. Crop the grid to the largest object made of one colour.\n2. Remove the outer border of the grid.',
    );
    expect(best.grids[3]).toEqual(testOut);
  });

  it('screens the moves from the crop on the first pair, so a smaller budget reaches the second step', async () => {
    // Most steps from the cropped state take the first grid further from its output; each is dropped
    // after that one application instead of being worked out on all four grids. Without the screen
    // the search needs about 36,000 applications for these two steps (25,000 with it).
    const { maxDepth, widths } = EFFORTS.default;
    let spent = 0;
    const found = await search(
      { ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [testIn] },
      { applications: 28_000, maxDepth, widths, pieces: 0, onSpent: (n) => (spent = n) },
    );
    expect(found[0]!.perfect).toBe(true);
    expect(printProgram(found[0]!.program)).toBe(
      '1. Crop the grid to the largest object made of one colour.\n2. Remove the outer border of the grid.',
    );
    expect(found[0]!.grids[3]).toEqual(testOut);
    expect(spent).toBeLessThanOrEqual(28_000);
  });
});

describe('the search continues a repeating pattern onto a wider canvas', () => {
  // Each output is its input twice as wide, the rows going on with their own period (2 or 3),
  // which does not divide the input's width: tiling would restart the pattern and fits no pair.
  const row = (motif: readonly number[], n: number) => Array.from({ length: n }, (_, i) => motif[i % motif.length]!);
  const pair = (motifs: readonly (readonly number[])[], w: number): [Grid, Grid] => [
    motifs.map((m) => row(m, w)),
    motifs.map((m) => row(m, 2 * w)),
  ];
  const pairs = [pair([[0], [2, 8], [0]], 5), pair([[0], [3, 3, 1], [1, 3, 3]], 7), pair([[4, 0], [0], [0, 4]], 7)];
  const [testIn, testOut] = pair([[6, 6, 5], [0], [5, 6, 6]], 8);

  it('finds the one step within the default step applications, and it answers the test input', async () => {
    const found = await search({ ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [testIn] });
    expect(found[0]!.perfect).toBe(true);
    expect(printProgram(found[0]!.program)).toBe(
      '1. Continue the repeating pattern until the grid is 1 times as tall and 2 times as wide.',
    );
    expect(found[0]!.grids[3]).toEqual(testOut);
    expect(testOut[0]).toEqual([6, 6, 5, 6, 6, 5, 6, 6, 5, 6, 6, 5, 6, 6, 5, 6]);
  });
});

describe('the search paints a pattern of its own around the objects of each of two colours', () => {
  // Around each 1: 7 on its four sides; around each 2: 4 at its four corners; 6 gets nothing.
  const stamp = (marks: readonly (readonly [number, number, number])[]): [Grid, Grid] => {
    const g = Array.from({ length: 9 }, () => Array<number>(9).fill(0));
    const out = g.map((r) => [...r]);
    for (const [r, c, v] of marks) {
      g[r]![c] = out[r]![c] = v;
      const around =
        v === 1
          ? [
              [-1, 0],
              [1, 0],
              [0, -1],
              [0, 1],
            ]
          : v === 2
            ? [
                [-1, -1],
                [-1, 1],
                [1, -1],
                [1, 1],
              ]
            : [];
      for (const [dr, dc] of around) out[r + dr!]![c + dc!] = v === 1 ? 7 : 4;
    }
    return [g, out];
  };
  const pairs = [
    stamp([
      [2, 2, 1],
      [6, 5, 2],
      [4, 8, 6],
    ]),
    stamp([
      [1, 6, 2],
      [6, 2, 1],
      [7, 7, 1],
    ]),
    stamp([
      [3, 3, 2],
      [4, 6, 1],
      [8, 0, 6],
    ]),
  ];
  const [testIn, testOut] = stamp([
    [2, 6, 1],
    [5, 2, 2],
    [6, 6, 2],
    [0, 0, 6],
  ]);

  it('finds both stamps within the default step applications, and they answer the test input', async () => {
    const found = await search({ ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [testIn] });
    expect(found[0]!.perfect).toBe(true);
    expect(found[0]!.program.map((s) => s.name)).toEqual(['stamp-around', 'stamp-around']);
    expect(found[0]!.grids[3]).toEqual(testOut);
  });
});

describe('the search copies the pattern of several colours over its placeholders', () => {
  // Each input holds one pattern of two or three colours and grey placeholders of its size (solid
  // boxes); a grey bar of another size is no placeholder. The pattern and its size change from pair to pair.
  const scene = (
    pattern: readonly (readonly number[])[],
    at: readonly [number, number],
    holders: readonly (readonly [number, number])[],
    bar: readonly [number, number],
  ): [Grid, Grid] => {
    const g = Array.from({ length: 10 }, () => Array<number>(10).fill(0));
    const put = (grid: number[][], [r0, c0]: readonly [number, number], cell: (r: number, c: number) => number) =>
      pattern.forEach((row, r) => row.forEach((_, c) => (grid[r0 + r]![c0 + c] = cell(r, c))));
    put(g, at, (r, c) => pattern[r]![c]!);
    for (const h of holders) put(g, h, () => 5);
    for (let c = 0; c < pattern[0]!.length + 1; c++) g[bar[0]]![bar[1] + c] = 5;
    const out = g.map((row) => [...row]);
    for (const h of holders) put(out, h, (r, c) => pattern[r]![c]!);
    return [g, out];
  };
  const pairs = [
    scene(
      [
        [1, 2, 1],
        [2, 2, 2],
      ],
      [0, 0],
      [
        [4, 5],
        [7, 1],
      ],
      [9, 5],
    ),
    scene(
      [
        [3, 4],
        [4, 3],
        [3, 3],
      ],
      [6, 7],
      [
        [1, 1],
        [1, 5],
      ],
      [8, 0],
    ),
    scene(
      [
        [6, 6],
        [8, 6],
      ],
      [1, 1],
      [
        [5, 6],
        [7, 2],
        [1, 7],
      ],
      [4, 0],
    ),
  ];
  const [testIn, testOut] = scene(
    [
      [7, 1, 7],
      [1, 7, 1],
      [7, 7, 7],
    ],
    [0, 6],
    [
      [5, 0],
      [6, 5],
    ],
    [2, 0],
  );

  it('finds the one step within the default step applications, and it answers the test input', async () => {
    const found = await search({ ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [testIn] });
    expect(found[0]!.perfect).toBe(true);
    expect(printProgram(found[0]!.program)).toBe(
      '1. Copy the object of several colours over every one-coloured object of its size, and keep the original.',
    );
    expect(found[0]!.grids[3]).toEqual(testOut);
  });
});

describe('the search reaches a shape cut out of its canvas and copied into the blocks of its own filled cells', () => {
  /** A 9 x 9 canvas with a 3 x 3 shape in block (br, bc); the output is the shape in every block where the shape is filled. */
  function placed(shape: Grid, br: number, bc: number): [Grid, Grid] {
    const input = Array.from({ length: 9 }, (_, r) =>
      Array.from({ length: 9 }, (_, c) =>
        Math.floor(r / 3) === br && Math.floor(c / 3) === bc ? shape[r % 3]![c % 3]! : 0,
      ),
    );
    const output = Array.from({ length: 9 }, (_, r) =>
      Array.from({ length: 9 }, (_, c) => (shape[Math.floor(r / 3)]![Math.floor(c / 3)] ? shape[r % 3]![c % 3]! : 0)),
    );
    return [input, output];
  }
  const pairs = [
    placed(
      [
        [8, 8, 0],
        [0, 0, 8],
        [8, 0, 0],
      ],
      0,
      0,
    ),
    placed(
      [
        [0, 7, 0],
        [7, 7, 0],
        [0, 0, 7],
      ],
      1,
      1,
    ),
    placed(
      [
        [0, 6, 0],
        [6, 0, 6],
        [6, 6, 0],
      ],
      0,
      1,
    ),
  ];
  const [testIn, testOut] = placed(
    [
      [3, 0, 3],
      [0, 3, 0],
      [3, 0, 0],
    ],
    2,
    0,
  );

  // The crop is a third of the output's size: merely "a scale away", it ranked below every grid of
  // the output's shape and was never expanded; scored by what copying it into its own cells gives,
  // it is expanded first.
  it('finds the two steps within the default step applications, and they answer the test input', async () => {
    const found = await search({ ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [testIn] });
    expect(found[0]!.perfect).toBe(true);
    expect(found[0]!.grids[3]).toEqual(testOut);
    expect(printProgram(found[0]!.program)).toContain(
      'Replace every non-background cell with a copy of the whole grid and the others with empty blocks.',
    );
  });
});

describe('the search shrinks a shape drawn in blocks back to one cell per block', () => {
  /** A 3 x 3 shape scaled up 3 times at (r0, c0) on an h x w canvas; the output is the shape copied into the blocks of its own filled cells. */
  function blown(shape: Grid, h: number, w: number, r0: number, c0: number): [Grid, Grid] {
    const input = Array.from({ length: h }, (_, r) =>
      Array.from({ length: w }, (_, c) => {
        const [sr, sc] = [Math.floor((r - r0) / 3), Math.floor((c - c0) / 3)];
        return r >= r0 && c >= c0 && sr < 3 && sc < 3 ? shape[sr]![sc]! : 0;
      }),
    );
    const output = Array.from({ length: 9 }, (_, r) =>
      Array.from({ length: 9 }, (_, c) => (shape[Math.floor(r / 3)]![Math.floor(c / 3)] ? shape[r % 3]![c % 3]! : 0)),
    );
    return [input, output];
  }
  // Every shape fills its top and bottom rows and its left and right columns somewhere, so the crop
  // to the non-background cells is the whole 9 x 9 drawing; the canvases differ in size, so the
  // shrink factor is no ratio of the pairs' sizes.
  const pairs = [
    blown(G('505', '050', '505'), 13, 14, 1, 2),
    blown(G('440', '004', '440'), 12, 11, 3, 0),
    blown(G('022', '200', '020'), 15, 12, 2, 3),
  ];
  const [testIn, testOut] = blown(G('666', '060', '600'), 14, 13, 4, 1);

  it('finds the three steps within the default step applications, and they answer the test input', async () => {
    const found = await search({ ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [testIn] });
    expect(found[0]!.perfect).toBe(true);
    expect(found[0]!.grids[3]).toEqual(testOut);
    expect(printProgram(found[0]!.program)).toContain(
      'Shrink the grid to one cell per block of repeated rows and columns.',
    );
  });
});

describe('the search paints where dots in line with a block meet it', () => {
  const pairs: [Grid, Grid][] = [
    [
      G('001000', '000000', '008800', '208800', '000000', '000300'),
      G('001000', '000000', '001800', '202300', '000000', '000300'),
    ],
    [
      G('000000', '008880', '008884', '008880', '000000', '000600'),
      G('000000', '008880', '008844', '008680', '000000', '000600'),
    ],
    [
      G('070000', '000000', '088800', '088802', '088800', '000000'),
      G('070000', '000000', '078800', '088202', '088800', '000000'),
    ],
  ];
  const testIn = G('000100', '088880', '388880', '000000', '000050', '000000');
  const testOut = G('000100', '088180', '338850', '000000', '000050', '000000');

  it('finds the one step within the default step applications, and it answers the test input', async () => {
    const found = await search({ ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [testIn] });
    expect(found[0]!.perfect).toBe(true);
    expect(found[0]!.grids[3]).toEqual(testOut);
    expect(printProgram(found[0]!.program)).toBe(
      "1. Paint the first cell of colour 8 that each other filled cell meets straight along its row or column with that cell's colour.",
    );
  });
});
