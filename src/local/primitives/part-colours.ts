/** The parts between separator lines numbered in reading order, filled by their number, and joined like cells. Pure and immutable. */
import { height, width, type Colour, type Grid } from '../../arc/grid.js';
import { memoOnGrid } from '../../arc/toolkit/memo.js';
import { partsToCells, separatorLines, spans } from './split.js';
import { connectSameColour, type LineAxis } from './lines.js';

/** Each cell's part number (1 for the top-left part, counting in reading order), 0 on separator lines; null with fewer than two parts. */
export const partNumbers = (g: Grid, bg: Colour = 0): readonly (readonly number[])[] | null => numbersMemo(g, bg);
const numbersMemo = memoOnGrid(numberParts);

function numberParts(g: Grid, bg: Colour): number[][] | null {
  const { rows, cols } = separatorLines(g, bg);
  const down = spans(height(g), rows),
    across = spans(width(g), cols);
  if (down.length * across.length < 2) return null;
  const out = g.map((row) => row.map(() => 0));
  down.forEach(([r0, h], i) =>
    across.forEach(([c0, w], j) => {
      for (let r = r0; r < r0 + h; r++) for (let c = c0; c < c0 + w; c++) out[r]![c] = i * across.length + j + 1;
    }),
  );
  return out;
}

/**
 * Fills the background cells of each part with the colour its number maps to (key -1: every
 * number not listed; a part with neither keeps its background); null with fewer than two parts.
 */
export function fillPartsByNumber(g: Grid, colours: Readonly<Record<number, Colour>>, bg: Colour = 0): Grid | null {
  const numbers = partNumbers(g, bg);
  if (!numbers) return null;
  return g.map((row, r) =>
    row.map((v, c) => {
      const n = numbers[r]![c]!;
      return v !== bg || n === 0 ? v : (colours[n] ?? colours[-1] ?? v);
    }),
  );
}

/**
 * Fills the parts between separator lines that hold the most filled cells (every one of them when
 * several hold as many) wholly with their most common colour, and clears the other parts; null with
 * fewer than two parts or none filled.
 */
export function fillMostFilledParts(g: Grid, bg: Colour = 0): Grid | null {
  const numbers = partNumbers(g, bg);
  if (!numbers) return null;
  const main = partsToCells(g, bg).flat(),
    filled = main.map(() => 0);
  g.forEach((row, r) => row.forEach((v, c) => v !== bg && numbers[r]![c]! > 0 && filled[numbers[r]![c]! - 1]!++));
  const most = Math.max(...filled);
  if (most === 0) return null;
  return g.map((row, r) =>
    row.map((v, c) => {
      const n = numbers[r]![c]!;
      return n === 0 ? v : filled[n - 1] === most ? main[n - 1]! : bg;
    }),
  );
}

/**
 * Treats each part between separator lines as one cell of its main colour and joins same-coloured
 * parts in the same line of parts: the empty parts between them are filled with their colour
 * (their background cells); null with fewer than two parts.
 */
export function connectParts(g: Grid, axis: LineAxis, bg: Colour = 0): Grid | null {
  const numbers = partNumbers(g, bg);
  if (!numbers) return null;
  const cells = partsToCells(g, bg),
    joined = connectSameColour(cells, axis, bg).flat(),
    before = cells.flat();
  return g.map((row, r) =>
    row.map((v, c) => {
      const n = numbers[r]![c]!;
      return v !== bg || n === 0 || before[n - 1] !== bg ? v : joined[n - 1]!;
    }),
  );
}
