import { describe, expect, it } from 'vitest';
import { PRIMITIVES } from '../../src/local/primitives/index.js';
import { CASES_A } from './_cases-a.js';
import { CASES_B } from './_cases-b.js';
import { CASES_C } from './_cases-c.js';
import { CASES_D } from './_cases-d.js';
import { CASES_LINES_CANVAS } from './_cases-lines-canvas.js';
import { CASES_E } from './_cases-e.js';

const CASES = [...CASES_A, ...CASES_B, ...CASES_C, ...CASES_D, ...CASES_LINES_CANVAS, ...CASES_E];

describe('grid primitives', () => {
  it.each(CASES)('%s gives the expected result', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('primitive registry', () => {
  it('has at least 60 primitives', () => {
    expect(Object.keys(PRIMITIVES).length).toBeGreaterThanOrEqual(60);
  });
  it('has a test case for every exported primitive', () => {
    const tested = new Set(CASES.map(([name]) => name));
    expect(Object.keys(PRIMITIVES).filter((n) => !tested.has(n))).toEqual([]);
  });
  it('names only existing primitives in the test table', () => {
    expect(CASES.map(([name]) => name).filter((n) => !(n in PRIMITIVES))).toEqual([]);
  });
});
