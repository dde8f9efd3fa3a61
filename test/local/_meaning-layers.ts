/**
 * Hand-computed cases for the layers sentence. The scene has cells where two layers both show a
 * colour, so drawing them in the other order, or with another see-through colour, gives another grid.
 */
import { G, type MeaningCase } from './_meaning.js';

const scene = G('123', '004');
const stack = (c: number, layers: string) =>
  `Stack these layers, each covering the ones below except where it shows colour ${c}, bottom first: ${layers}.`;

export const LAYER_CASES: readonly MeaningCase[] = [
  // Mirror (321/400) over the grid: its 3, 2, 1 cover the top row; its 0s let the 4 at the bottom right show.
  [stack(0, 'layer 1 is (the grid as it is); layer 2 is (mirror the grid left to right)'), scene, G('321', '404')],
  // The other order: the grid over its mirror keeps the top row; the mirror's 4 shows where the grid has 0.
  [stack(0, 'layer 1 is (mirror the grid left to right); layer 2 is (the grid as it is)'), scene, G('123', '404')],
  // Colour 2 see-through instead: the result starts as colour 2, the grid's 2 and the mirror's 2 leave it so,
  // and the mirror's 0s now cover the bottom row.
  [stack(2, 'layer 1 is (the grid as it is); layer 2 is (mirror the grid left to right)'), scene, G('321', '400')],
  // Layers of several steps: colour 1 alone (100/000) under the grid turned upside down with 4 as 5 (005/123).
  [
    stack(
      0,
      'layer 1 is (keep only the cells of colour 1 and clear the rest); layer 2 is (mirror the grid top to bottom, then recolour colour 4 to colour 5)',
    ),
    scene,
    G('105', '123'),
  ],
  // Layers of different sizes (2 x 3 and 3 x 2) cannot be stacked.
  [stack(0, 'layer 1 is (the grid as it is); layer 2 is (mirror the grid along its main diagonal)'), scene, null],
];
