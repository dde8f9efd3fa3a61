import { describe, expect, it } from 'vitest';
import { fitNeighbourMap } from '../../src/local/planner/fit-neighbours.js';
import { G } from './_meaning.js';

describe('reading the neighbour-count recolouring from the train pairs', () => {
  it('maps each filled-neighbour count to the colour its cells become', () => {
    // A 2 x 2 block: every cell has 3 filled neighbours; a lone cell has none and stays.
    const f = { ins: [G('2200', '2200', '0002')], outs: [G('6600', '6600', '0002')] };
    expect(fitNeighbourMap(f)).toEqual({ 3: 6, 0: 2 });
  });
  it('gives nothing when two cells with the same count become different colours', () => {
    const f = { ins: [G('2020')], outs: [G('3040')] };
    expect(fitNeighbourMap(f)).toBeUndefined();
  });
  it('gives nothing when no cell changes or the shapes differ', () => {
    expect(fitNeighbourMap({ ins: [G('20')], outs: [G('20')] })).toBeUndefined();
    expect(fitNeighbourMap({ ins: [G('20')], outs: [G('2')] })).toBeUndefined();
    expect(fitNeighbourMap({ ins: [G('20', '02')], outs: [G('2')] })).toBeUndefined();
  });
});
