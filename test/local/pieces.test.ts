/**
 * Pieces: when no single program within the budget is right on every train pair, programs each
 * right on part of the cells are stacked as layers; the stack must be train-perfect, print as
 * English that parses back to itself, and give the same grids when followed.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import type { Program } from '../../src/local/language/types.js';
import { parseProgram, printProgram, runProgram, search } from '../../src/local/index.js';
import { Budget } from '../../src/local/search/budget.js';
import { composePieces } from '../../src/local/search/pieces.js';
import { sizesAgree } from '../../src/local/search/best-first.js';
import { G } from './_meaning.js';

/**
 * Every non-background cell stays; a background cell whose left-right mirror cell is coloured
 * becomes colour 5 (the picture's mirrored shadow under it). Worked out by hand, e.g. the first
 * input's top row 3100 mirrors to 0013, so its two 0s become 5: 3155.
 */
const ins: Grid[] = [
  G('3100', '0110', '1000'),
  G('01300', '11000', '00013', '00100'),
  G('3011', '0100', '1003'),
  G('30000', '01100', '00010'),
];
const outs: Grid[] = [
  G('3155', '0110', '1005'),
  G('01350', '11055', '55013', '00100'),
  G('3511', '0150', '1003'),
  G('30005', '01150', '05010'),
];
const testIn = G('1030', '3101', '0010');
const testOut = G('1535', '3151', '0510');
const shadow = { ins, outs, tests: [testIn] };
/** Step applications: enough for every depth-2 program the proposals give here, far from depth 4. */
const opts = { applications: 8000, maxDepth: 2 };
let withPieces: ReturnType<typeof search> | undefined, without: ReturnType<typeof search> | undefined;
const stacked = () => (withPieces ??= search(shadow, opts));
const unstacked = () => (without ??= search(shadow, { ...opts, pieces: 0 }));

describe('pieces: programs right on part of the cells, stacked', () => {
  it('no single program within the budget is right on every train pair', async () => {
    const found = await unstacked();
    expect(found.length).toBeGreaterThan(100);
    expect(found.filter((f) => f.perfect)).toEqual([]);
  });

  it('stacks two of them into a train-perfect program with the hand-computed test output', async () => {
    const best = (await stacked())[0]!;
    expect(best.perfect).toBe(true);
    expect(best.program).toHaveLength(1);
    const [step] = best.program;
    expect(step!.name).toBe('layers');
    expect(step!.args.layers).toHaveLength(2);
    // On top of the shadow, a layer that keeps every filled cell of every input as it is (the grid
    // itself, or a step that only adds to it).
    const keepsInput = (layer: Program) =>
      ins.every((g) => g.every((row, r) => row.every((v, c) => v === 0 || runProgram(layer, g)?.[r]?.[c] === v)));
    const layers = step!.args.layers as readonly Program[];
    expect(keepsInput(layers[layers.length - 1]!)).toBe(true);
    expect(keepsInput(layers[0]!)).toBe(false);
    expect(best.grids[ins.length]).toEqual(testOut);
  });

  it('prints as English that parses back to the same program and gives the same grids when followed', async () => {
    const best = (await stacked())[0]!;
    const text = printProgram(best.program);
    expect(text).toMatch(/^1\. Stack these layers, each covering the ones below except where it shows colour 0/);
    const parsed = parseProgram(text);
    expect(parsed).toEqual(best.program);
    expect(ins.map((g) => runProgram(parsed, g))).toEqual(outs);
    expect(runProgram(parsed, testIn)).toEqual(testOut);
  });

  it('spends step applications: with none left it stacks nothing', async () => {
    const candidates = await unstacked();
    const root = { program: [], grids: [...ins, testIn], fitness: 0, perfect: false, closeness: 0 };
    const ctx = (applications: number) => ({
      p: shadow,
      budget: new Budget({ applications }),
      start: [],
      maxPieces: 3,
      sizeOk: (gs: readonly Grid[]) => sizesAgree(gs, [null]),
    });
    expect(composePieces([root, ...candidates], ctx(0))).toEqual([]);
    const spent = ctx(2000);
    const stacks = composePieces([root, ...candidates], spent);
    expect(stacks.length).toBeGreaterThan(0);
    expect(stacks.every((f) => f.perfect)).toBe(true);
    // one application to read each candidate of the output's shape, then the layers drawn on every grid
    const shaped = candidates.filter((f) =>
      outs.every((o, i) => f.grids[i]!.length === o.length && f.grids[i]![0]!.length === o[0]!.length),
    );
    expect(spent.budget.spent).toBeGreaterThan(shaped.length);
  });
});
