import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import * as toolkit from '../../src/arc/toolkit/index.js';

/** A 4 x 4 scene: a red L (3 cells), a blue cell diagonal to nothing, a green cell, and a hole in a yellow ring. */
const scene: Grid = [
  [2, 2, 0, 1],
  [2, 0, 0, 0],
  [0, 0, 0, 0],
  [3, 0, 0, 0],
];
const ring: Grid = [
  [4, 4, 4, 0],
  [4, 0, 4, 0],
  [4, 4, 4, 0],
];
const wide: Grid = [
  [1, 2, 3],
  [4, 5, 6],
];
const diagonal: Grid = [
  [5, 0],
  [0, 6],
];

/** Counts calls to show that a memoised function runs once per (grid, key). */
function memoCalls(): number[] {
  let calls = 0;
  const sum = toolkit.memoOnGrid((g: Grid, k: number) => (calls++, g.flat().reduce((a, b) => a + b, k)));
  const results = [sum(wide, 0), sum(wide, 0), sum(wide, 1), sum([[1]], 0)];
  return [...results, calls];
}

/** [toolkit function, actual, expected]; the meta-test below checks every exported function has a row. */
const CASES: [string, unknown, unknown][] = [
  ['colourCounts', toolkit.colourCounts(scene), [11, 1, 3, 1, 0, 0, 0, 0, 0, 0]],
  ['coloursPresent', toolkit.coloursPresent(scene), [0, 1, 2, 3]],
  ['colourMask', [toolkit.colourMask(scene), toolkit.colourMask([[9]])], [0b1111, 0b1000000000]],
  ['maskSize', [toolkit.maskSize(0), toolkit.maskSize(0b1000000101)], [0, 3]],
  ['mostFrequentColour', [toolkit.mostFrequentColour(scene), toolkit.mostFrequentColour(scene, [0])], [0, 2]],
  ['leastFrequentColour', [toolkit.leastFrequentColour(scene), toolkit.leastFrequentColour(scene, [1])], [1, 3]],
  [
    'connectedRegions',
    [
      toolkit.connectedRegions(scene, (v) => v !== 0).map((cells) => cells.length),
      toolkit.connectedRegions(diagonal, (v) => v !== 0, { diagonal: true }).length,
      toolkit.connectedRegions(diagonal, (v) => v !== 0, { diagonal: true, anyColour: true }).length,
    ],
    [[3, 1, 1], 2, 1],
  ],
  [
    'regionAt',
    [toolkit.regionAt(ring, 1, 1), toolkit.regionAt(ring, 0, 3).length, toolkit.regionAt(ring, 5, 0)],
    [[[1, 1]], 3, []],
  ],
  [
    'floodFill',
    toolkit.floodFill(scene, 0, 0, 7),
    [
      [7, 7, 0, 1],
      [7, 0, 0, 0],
      [0, 0, 0, 0],
      [3, 0, 0, 0],
    ],
  ],
  [
    'touchesGridEdge',
    [toolkit.touchesGridEdge(ring, [[1, 1]]), toolkit.touchesGridEdge(ring, [[1, 3]])],
    [false, true],
  ],
  ['enclosedRegions', [toolkit.enclosedRegions(ring, 0), toolkit.enclosedRegions(scene, 0)], [[[[1, 1]]], []]],
  [
    'findObjects',
    toolkit.findObjects(scene).map((o) => [o.colour, o.top, o.left, o.cells.length]),
    [
      [2, 0, 0, 3],
      [1, 0, 3, 1],
      [3, 3, 0, 1],
    ],
  ],
  [
    'makeObject',
    toolkit.makeObject([
      [2, 1, 5],
      [1, 1, 6],
      [1, 2, 6],
    ]),
    {
      cells: [
        [1, 1, 6],
        [1, 2, 6],
        [2, 1, 5],
      ],
      top: 1,
      left: 1,
      bottom: 2,
      right: 2,
      colour: 6,
      colours: [5, 6],
    },
  ],
  ['objectSize', toolkit.objectSize(toolkit.findObjects(ring)[0]!), 8],
  ['objectHeight', toolkit.objectHeight(toolkit.findObjects(ring)[0]!), 3],
  ['objectWidth', toolkit.objectWidth(toolkit.findObjects(scene)[0]!), 2],
  [
    'rotate90',
    toolkit.rotate90(wide),
    [
      [4, 1],
      [5, 2],
      [6, 3],
    ],
  ],
  [
    'rotate180',
    toolkit.rotate180(wide),
    [
      [6, 5, 4],
      [3, 2, 1],
    ],
  ],
  [
    'rotate270',
    toolkit.rotate270(wide),
    [
      [3, 6],
      [2, 5],
      [1, 4],
    ],
  ],
  [
    'flipHorizontal',
    toolkit.flipHorizontal(wide),
    [
      [3, 2, 1],
      [6, 5, 4],
    ],
  ],
  [
    'flipVertical',
    toolkit.flipVertical(wide),
    [
      [4, 5, 6],
      [1, 2, 3],
    ],
  ],
  [
    'transpose',
    toolkit.transpose(wide),
    [
      [1, 4],
      [2, 5],
      [3, 6],
    ],
  ],
  [
    'antiTranspose',
    toolkit.antiTranspose(wide),
    [
      [6, 3],
      [5, 2],
      [4, 1],
    ],
  ],
  [
    'scaleUp',
    toolkit.scaleUp([[1, 2]], 2, 1),
    [
      [1, 2],
      [1, 2],
    ],
  ],
  [
    'tile',
    toolkit.tile([[1, 2]], 2, 2),
    [
      [1, 2, 1, 2],
      [1, 2, 1, 2],
    ],
  ],
  [
    'isTiling',
    [
      toolkit.isTiling([[1, 2]], [[1, 2, 1, 2]]),
      toolkit.isTiling([[1, 2]], [[1, 2, 2, 1]]),
      toolkit.isTiling([[1, 2]], [[1, 2]]),
    ],
    [true, false, false],
  ],
  [
    'isUpscale',
    [
      toolkit.isUpscale([[1, 2]], [[1, 1, 2, 2]]),
      toolkit.isUpscale([[1, 2]], [[1, 2, 1, 2]]),
      toolkit.isUpscale([[1, 2]], [[1, 1, 2]]),
    ],
    [true, false, false],
  ],
  ['isSubgrid', [toolkit.isSubgrid([[5], [6]], wide), toolkit.isSubgrid([[2, 3]], wide)], [false, true]],
  ['memoOnGrid', memoCalls(), [21, 21, 22, 1, 3]],
  [
    'forgetMemo',
    (() => {
      const g: Grid = [[4, 0, 4]];
      const first = toolkit.findObjects(g);
      toolkit.forgetMemo([g]);
      const forgotten = !toolkit.hasMemo(g);
      const again = toolkit.findObjects(g); // computed afresh: a new list, the same objects
      return [forgotten, again !== first, again.map((o) => o.cells)];
    })(),
    [true, true, [[[0, 0, 4]], [[0, 2, 4]]]],
  ],
  [
    'hasMemo',
    (() => {
      const g: Grid = [[4, 0, 4]];
      const before = toolkit.hasMemo(g);
      toolkit.findObjects(g);
      return [before, toolkit.hasMemo(g), toolkit.hasMemo(g.slice())];
    })(),
    [false, true, false],
  ],
];

describe('grid toolkit', () => {
  it.each(CASES)('%s gives the expected result', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('leaves its inputs unchanged', () => {
    const before = JSON.stringify(scene);
    toolkit.floodFill(scene, 1, 1, 9);
    toolkit.findObjects(scene, { bg: 2, multicolour: true, diagonal: true });
    expect(JSON.stringify(scene)).toBe(before);
  });

  it('lists the seven symmetries other than the identity, all different on an asymmetric grid', () => {
    const images = toolkit.NON_IDENTITY_SYMMETRIES.map((f) => JSON.stringify(f(wide)));
    expect(new Set([...images, JSON.stringify(wide)]).size).toBe(8);
  });
});

describe('toolkit test table', () => {
  const exported = Object.entries(toolkit)
    .filter(([, v]) => typeof v === 'function')
    .map(([name]) => name);
  it('has a case for every exported toolkit function', () => {
    const tested = new Set(CASES.map(([name]) => name));
    expect(exported.filter((n) => !tested.has(n))).toEqual([]);
  });
  it('names only exported toolkit functions', () => {
    expect(CASES.map(([name]) => name).filter((n) => !exported.includes(n))).toEqual([]);
  });
});
