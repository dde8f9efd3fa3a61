import { describe, expect, it } from 'vitest';
import { proposeArgs } from '../../src/local/planner/arg-proposals.js';
import { runOrThrow, stepDef } from '../../src/local/index.js';
import { search } from '../../src/local/search/best-first.js';
import { printProgram, parseProgram } from '../../src/local/index.js';
import { G } from './_meaning.js';

describe('filling by a turn', () => {
  it('is proposed only where every output shape maps onto itself under the turn', () => {
    const ins = [G('01200', '21010', '00000'), G('3000', '0330', '0030', '0000')];
    const outs = [G('21200', '21210', '00000'), G('3300', '0330', '0330', '0000')];
    // Neither output's shape is symmetric under any turn about any centre.
    expect(proposeArgs(stepDef('turn-fill'), { ins, outs })).toEqual([]);
    const symIns = [G('0000000', '0012100', '0020200', '0012100', '0000000')];
    const symOuts = [G('0000000', '0012100', '0022200', '0012100', '0000000')];
    const turns = proposeArgs(stepDef('turn-fill'), { ins: symIns, outs: symOuts }).map((a) => a.turn);
    expect(turns).toEqual(['a half turn', 'a quarter turn', 'quarter turns and mirrors']);
  });

  it('is found by the search on an inline task, and its program reads back the same', async () => {
    // A chiral block (a quarter turn maps it onto itself, no mirror does), recoloured and placed
    // off centre in each pair, with background holes in half-turn pairs: only a quarter turn reaches them.
    const block = [
      [1, 2, 3, 1],
      [3, 4, 4, 2],
      [2, 4, 4, 3],
      [1, 3, 2, 1],
    ];
    const place = (h: number, w: number, at: [number, number], shift: number, holes: [number, number][]) =>
      Array.from({ length: h }, (_, r) =>
        Array.from({ length: w }, (_, c) => {
          const br = r - at[0],
            bc = c - at[1];
          if (br < 0 || bc < 0 || br > 3 || bc > 3) return 0;
          if (holes.some(([hr, hc]) => hr === br && hc === bc)) return 0;
          return ((block[br]![bc]! + shift - 1) % 9) + 1;
        }),
      );
    // prettier-ignore
    const cases: [number, number, [number, number], number, [number, number][]][] = [
      [6, 6, [1, 2], 0, [[0, 1], [3, 2]]],
      [5, 7, [0, 3], 4, [[0, 0], [3, 3]]],
      [6, 5, [2, 0], 5, [[1, 1], [2, 2]]],
      [6, 6, [1, 1], 1, [[0, 2], [3, 1]]],
    ];
    const holed = cases.map(([h, w, at, shift, holes]) => place(h, w, at, shift, holes));
    const whole = cases.map(([h, w, at, shift]) => place(h, w, at, shift, []));
    const p = { ins: holed.slice(0, 3), outs: whole.slice(0, 3), tests: [holed[3]!] };
    const found = await search(p, { applications: 20_000 });
    const best = found.find((f) => f.perfect && f.program.every((s) => s.name === 'turn-fill'));
    expect(best).toBeDefined();
    const text = printProgram(best!.program);
    expect(text).toContain('a quarter turn');
    expect(printProgram(parseProgram(text))).toBe(text);
    expect(runOrThrow(parseProgram(text), holed[3]!)).toEqual(whole[3]);
  });
});

describe('mirroring out with a shared line', () => {
  it('is proposed only for the sides along which every output is longer and odd', () => {
    const f = { ins: [G('12', '30')], outs: [G('12', '30', '12')] };
    expect(proposeArgs(stepDef('mirror-out-shared'), f)).toEqual([{ side: 'below' }, { side: 'above' }]);
    expect(
      proposeArgs(stepDef('mirror-out-shared'), { ins: [G('12', '30')], outs: [G('12', '30', '30', '12')] }),
    ).toEqual([]);
  });
  it('makes a side of n cells 2n - 1 twice over, so a search finds a pattern reflected down four times its height', async () => {
    const tall = (rows: string[]) => [...rows, ...rows.slice(0, -1).reverse()];
    const pairs = [G('010', '101'), G('0220', '2002', '0220')];
    const p = {
      ins: pairs,
      outs: pairs.map((g) => G(...tall(tall(g.map((r) => r.join('')))))),
      tests: [G('30', '03')],
    };
    const found = await search(p, { applications: 20_000 });
    const best = found.find((f) => f.perfect && f.program.every((s) => s.name === 'mirror-out-shared'));
    expect(best?.program).toHaveLength(2);
    expect(best!.grids[2]).toEqual(G('30', '03', '30', '03', '30'));
  });
});
