/**
 * Hand-computed cases for the sentences that carry out sub-programs. For layers: the scene has cells where two layers both show a
 * colour, so drawing them in the other order, or with another see-through colour, gives another grid.
 */
import { G, type MeaningCase } from './_meaning.js';

const scene = G('123', '004');
const stack = (c: number, layers: string) =>
  `Stack these layers, each covering the ones below except where it shows colour ${c}, bottom first: ${layers}.`;

const renamed = (steps: string) =>
  `Rename the colours by how many cells each has, the most common as colour 0, the next as colour 1 and so on, carry out these steps on the renamed grid, and give every colour its own name back: layer 1 is (${steps}).`;
const keeping = (c: number, steps: string) =>
  `Leave colour ${c} as it is and rename the other colours by how many cells each has, the most common as the lowest colour number it does not use, the next as the next such number and so on, carry out these steps on the renamed grid, and give every renamed colour its own name back: layer 1 is (${steps}).`;
// Colour 5 has four cells, 7 three, 0 and 3 one each (the tie goes to the lower colour): ranks 5 -> 0, 7 -> 1, 0 -> 2, 3 -> 3.
const ranked = G('553', '577', '570');

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
  // Swapping ranks 1 and 2 swaps 7 (three cells) and 0 (one cell, ranked before 3 of the same count).
  [renamed('swap colour 1 and colour 2'), ranked, G('553', '500', '507')],
  // Rank 3 is the rarest colour here: 3 (tied with 0, but the higher colour). Keeping it clears to rank 0, which is colour 5.
  [renamed('keep only the cells of colour 3 and clear the rest'), ranked, G('553', '555', '555')],
  // A rank the grid has no colour for (4: the grid has four colours) cannot be named back.
  [renamed('recolour colour 1 to colour 4'), ranked, null],
  // A stack inside the renaming: on the renamed grid (003/011/012) the mirror (300/110/210) covers it except
  // where the mirror shows number 0, giving 303/111/212, named back as 353/777/070. The same stack on
  // the grid's own colours would give 355/775/575.
  [
    renamed(
      'stack these layers, each covering the ones below except where it shows colour 0, bottom first: layer 1 is (the grid as it is); layer 2 is (mirror the grid left to right)',
    ),
    ranked,
    G('353', '777', '070'),
  ],
  // Keeping colour 1: the others are numbered 0, 2, 3, ... (5 -> 0, 7 -> 2, 0 -> 3, 3 -> 4). Recolouring the
  // kept colour 1 to 2 makes nothing here (the grid has no 1)...
  [keeping(1, 'recolour colour 1 to colour 2'), ranked, G('553', '577', '570')],
  // ...recolouring rank 3 (colour 0) to the kept colour paints the 0 cell 1, which names back as itself.
  [keeping(1, 'recolour colour 3 to colour 1'), ranked, G('553', '577', '571')],
  // Keeping colour 2 instead: 7 is now numbered 1 and 0 numbered 3, so swapping 1 and 3 swaps 7 and 0.
  [keeping(2, 'swap colour 1 and colour 3'), ranked, G('553', '500', '507')],
  // Number 5 is given to no colour here (four colours, the kept one skipped).
  [keeping(1, 'recolour colour 2 to colour 5'), ranked, null],
];
