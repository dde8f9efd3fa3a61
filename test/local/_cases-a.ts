/** Primitive test cases, part A: geometry, colour, objects, selection, crop. Each row: [primitive, actual, expected]. */
import * as P from '../../src/local/primitives/index.js';
import * as geo from '../../src/local/primitives/geometry.js';
import * as col from '../../src/local/primitives/colour.js';
import * as obj from '../../src/local/primitives/objects.js';
import * as sel from '../../src/local/primitives/select.js';
import * as crop from '../../src/local/primitives/crop.js';

void P;
const g = [
  [1, 2],
  [3, 4],
];
const wide = [
  [1, 2, 3],
  [4, 5, 6],
];
/** Two objects: a 3-cell red L and one blue cell; plus a diagonal-only neighbour. */
const scene = [
  [2, 2, 0, 0],
  [2, 0, 0, 1],
  [0, 0, 0, 0],
  [3, 0, 0, 0],
];
const objs = obj.findObjects(scene);
const red = objs[0]!,
  blue = objs[1]!;

export const CASES_A: [string, unknown, unknown][] = [
  [
    'rotate90',
    geo.rotate90(wide),
    [
      [4, 1],
      [5, 2],
      [6, 3],
    ],
  ],
  [
    'rotate180',
    geo.rotate180(g),
    [
      [4, 3],
      [2, 1],
    ],
  ],
  [
    'rotate270',
    geo.rotate270(wide),
    [
      [3, 6],
      [2, 5],
      [1, 4],
    ],
  ],
  [
    'flipHorizontal',
    geo.flipHorizontal(g),
    [
      [2, 1],
      [4, 3],
    ],
  ],
  [
    'flipVertical',
    geo.flipVertical(g),
    [
      [3, 4],
      [1, 2],
    ],
  ],
  [
    'transpose',
    geo.transpose(wide),
    [
      [1, 4],
      [2, 5],
      [3, 6],
    ],
  ],
  [
    'antiTranspose',
    geo.antiTranspose(g),
    [
      [4, 2],
      [3, 1],
    ],
  ],
  [
    'shift',
    geo.shift(g, 1, 0),
    [
      [0, 0],
      [1, 2],
    ],
  ],
  [
    'roll',
    geo.roll(wide, 0, 1),
    [
      [3, 1, 2],
      [6, 4, 5],
    ],
  ],
  ['colourCounts', col.colourCounts([[1, 1, 0]]), [1, 2, 0, 0, 0, 0, 0, 0, 0, 0]],
  ['coloursPresent', col.coloursPresent([[3, 1, 3]]), [1, 3]],
  ['mostFrequentColour', col.mostFrequentColour([[0, 0, 0, 2, 2, 1]], [0]), 2],
  ['leastFrequentColour', col.leastFrequentColour([[0, 0, 0, 2, 2, 1]]), 1],
  [
    'mapColours',
    col.mapColours(g, { 1: 9, 4: 0 }),
    [
      [9, 2],
      [3, 0],
    ],
  ],
  ['swapColours', col.swapColours([[1, 2, 0]], 1, 2), [[2, 1, 0]]],
  ['recolourAll', col.recolourAll([[1, 0, 2]], 5), [[5, 0, 5]]],
  ['keepColour', col.keepColour([[1, 0, 2]], 2), [[0, 0, 2]]],
  ['removeColour', col.removeColour([[1, 0, 2]], 2), [[1, 0, 0]]],
  ['invert', col.invert([[1, 0, 2]], 4), [[0, 4, 0]]],
  ['recolourToRarest', col.recolourToRarest([[1, 1, 0, 2]]), [[2, 2, 0, 2]]],
  // 7 has three cells, 0 and 4 two each, 2 and 9 one each: ties go to the lower colour.
  [
    'coloursByCount',
    col.coloursByCount([
      [4, 7, 0],
      [7, 2, 7],
      [0, 4, 9],
    ]),
    [7, 0, 4, 2, 9],
  ],
  // 3 is kept; 5 (two cells) becomes 0, then 0 and 1 (one cell each, the lower colour first) become 1 and 2.
  [
    'renameByCount',
    col.renameByCount([[5, 5, 0, 1, 3]], 3),
    { to: { 3: 3, 5: 0, 0: 1, 1: 2 }, back: { 3: 3, 0: 5, 1: 0, 2: 1 } },
  ],
  [
    'nameBack',
    col.nameBack(
      [
        [0, 2],
        [1, 3],
      ],
      col.renameByCount([[5, 5, 0, 1, 3]], 3),
    ),
    [
      [5, 1],
      [0, 3],
    ],
  ],
  // Number 4 was given to no colour: the grid cannot be named back.
  [
    'nameBack',
    col.nameBack(
      [
        [0, 2],
        [4, 3],
      ],
      col.renameByCount([[5, 5, 0, 1, 3]], 3),
    ),
    null,
  ],
  ['findObjects', objs.map((o) => o.cells.length), [3, 1, 1]],
  [
    'makeObject',
    obj.makeObject([
      [1, 1, 4],
      [0, 2, 4],
    ]).top,
    0,
  ],
  ['objectSize', obj.objectSize(red), 3],
  ['objectHeight', obj.objectHeight(red), 2],
  ['objectWidth', obj.objectWidth(red), 2],
  [
    'boundingBoxOf',
    obj.boundingBoxOf(scene, red),
    [
      [2, 2],
      [2, 0],
    ],
  ],
  ['objectGrid', obj.objectGrid(blue), [[1]]],
  ['shapeKey', obj.shapeKey(blue), '0,0'],
  ['paintObjects', obj.paintObjects([[0, 0]], [obj.makeObject([[0, 1, 3]])], 7), [[0, 7]]],
  ['eraseObjects', obj.eraseObjects(scene, [red])[0], [0, 0, 0, 0]],
  [
    'onlyObjects',
    obj.onlyObjects(scene, [blue]),
    [
      [0, 0, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ],
  ],
  ['selectObject', sel.selectObject(objs, 'largest'), red],
  ['findAndSelect', sel.findAndSelect(scene, 'bottommost', {})?.colour, 3],
  ['sortBySize', sel.sortBySize(objs)[0], red],
  ['atLeastSize', sel.atLeastSize(objs, 2).length, 1],
  ['withColour', sel.withColour(objs, 1), [blue]],
  ['boxWhere', crop.boxWhere(scene, (v) => v === 2), { top: 0, left: 0, h: 2, w: 2 }],
  [
    'crop',
    crop.crop(wide, 0, 1, 2, 2),
    [
      [2, 3],
      [5, 6],
    ],
  ],
  [
    'cropToContent',
    crop.cropToContent([
      [0, 0, 0],
      [0, 5, 0],
    ]),
    [[5]],
  ],
  ['cropToColour', crop.cropToColour(scene, 1), [[1]]],
  [
    'cropInsideColour',
    crop.cropInsideColour(
      [
        [4, 4, 4],
        [4, 7, 4],
        [4, 4, 4],
      ],
      4,
    ),
    [[7]],
  ],
  [
    'pad',
    crop.pad([[1]], 1, 2),
    [
      [2, 2, 2],
      [2, 1, 2],
      [2, 2, 2],
    ],
  ],
  [
    'trimBorder',
    crop.trimBorder([
      [4, 4, 4],
      [4, 7, 4],
      [4, 4, 4],
    ]),
    [[7]],
  ],
  ['half', crop.half(wide, 'right'), [[3], [6]]],
  [
    'drawBorder',
    crop.drawBorder(
      [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
      3,
    )[1],
    [3, 0, 3],
  ],
];
