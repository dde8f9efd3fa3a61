import { describe, expect, it } from 'vitest';
import {
  diffGrids,
  gridFromText,
  gridToText,
  renderDiff,
  renderGrid,
  renderSideBySide,
  visibleLength,
} from '../../src/arc/render.js';

describe('prompt text form', () => {
  it('writes one row per line, cells separated by single spaces, and reads it back', () => {
    expect(
      gridToText([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toBe('1 2 3\n4 5 6');
    expect(gridFromText('1 2 3\n4 5 6\n')).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });
  it.each([
    [
      'digits without spaces',
      '12\n34',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ['ragged', '1 2\n3', null],
    ['a colour out of range', '1 12', null],
    ['empty', '  \n', null],
  ])('parses %s', (_name, text, grid) => {
    expect(gridFromText(text)).toEqual(grid);
  });
});

describe('terminal rendering', () => {
  it('uses 24-bit background blocks of the ARC palette, two columns per cell', () => {
    const out = renderGrid(
      [
        [0, 1],
        [2, 9],
      ],
      { colours: true },
    );
    expect(out).toContain('\x1b[48;2;0;116;217m  \x1b[0m'); // 1 blue
    expect(out).toContain('\x1b[48;2;255;65;54m  '); // 2 red
    expect(out).toContain('\x1b[48;2;135;12;37m  '); // 9 maroon
    expect(out.split('\n').map(visibleLength)).toEqual([4, 4]);
  });
  it('falls back to digits without colour', () => {
    expect(
      renderGrid(
        [
          [0, 1],
          [2, 9],
        ],
        { colours: false },
      ),
    ).toBe('0 1\n2 9');
    expect(renderGrid([[0, 1]])).not.toContain('\x1b');
  });
  it('lays grids side by side under their labels, padding the shorter ones', () => {
    const out = renderSideBySide([
      {
        label: 'in',
        grid: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      },
      { label: 'out 1x1', grid: [[7]] },
    ]);
    expect(out).toBe(['in    out 1x1', '1 2   7', '3 4', '5 6'].join('\n'));
  });
  it('aligns coloured grids by visible width', () => {
    const lines = renderSideBySide(
      [
        { label: 'a', grid: [[1, 1, 1]] },
        { label: 'b', grid: [[2]] },
      ],
      { colours: true },
    ).split('\n');
    expect(lines[0]).toBe('a        b');
    expect(visibleLength(lines[1]!)).toBe(6 + 3 + 2);
  });
});

describe('cell diff', () => {
  it('marks correct cells and shows wrong ones as actual→expected', () => {
    const out = renderDiff(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 5],
        [3, 0],
      ],
    );
    expect(out).toBe(['·   2→5', '·   4→0', '2 of 4 cells wrong'].join('\n'));
    expect(diffGrids([[1, 2]], [[1, 3]])).toEqual({
      kind: 'cells',
      wrong: [{ row: 0, col: 1, actual: 2, expected: 3 }],
      total: 2,
    });
  });
  it('reports a shape mismatch instead of comparing cells', () => {
    expect(renderDiff([[1, 2, 3]], [[1], [2]])).toBe('shape mismatch: got 1x3, expected 2x1');
    expect(diffGrids([[1]], [[1, 1]]).kind).toBe('shape');
  });
  it('says when everything is right, and colours wrong cells red on request', () => {
    expect(renderDiff([[1]], [[1]])).toBe('all 1 cells correct');
    expect(renderDiff([[1]], [[2]], { colours: true })).toContain('\x1b[31m1→2');
  });
});
