/**
 * Which train-perfect programs become the two attempts: programs whose test outputs break a rule
 * every train output obeys come after the others, fewer values learnt from the train pairs beat a
 * table of them, and the first two give different test outputs. Each case is an inline task with
 * several programs that fit every train pair, listed in the order that would win without the rule.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { parseProgram } from '../../src/local/language/parse.js';
import { evaluate } from '../../src/local/planner/evaluate.js';
import { search } from '../../src/local/search/best-first.js';
import { layerCount, rank, type Found } from '../../src/local/search/found.js';
import type { Step } from '../../src/local/language/types.js';
import { brokenRules, outputRules, OUTPUT_RULES } from '../../src/local/search/output-rules.js';

interface Case {
  readonly train: readonly (readonly [Grid, Grid])[];
  readonly test: Grid;
}
const problemOf = (c: Case) => ({ ins: c.train.map((t) => t[0]), outs: c.train.map((t) => t[1]), tests: [c.test] });

/** Each program evaluated on the task (all must fit every train pair), in the given order. */
function candidates(c: Case, texts: readonly string[]): Found[] {
  return texts.map((t) => {
    const f = evaluate(parseProgram(t), problemOf(c));
    if (!f?.perfect) throw new Error(`test set-up: "${t}" does not fit every train pair`);
    return f;
  });
}
/** The test outputs of the first two programs as ranked: the two attempts. */
const attempts = (c: Case, texts: readonly string[]): Grid[] =>
  rank(candidates(c, texts), c.train.length)
    .slice(0, 2)
    .map((f) => f.grids[c.train.length]!);

describe('programs whose test output breaks a rule of the train outputs come last', () => {
  /** Colour 2 becomes colour 1: "Recolour colour 2 to colour 1." and "Paint every non-background cell colour 1." both fit. */
  const twoToOne: [Grid, Grid] = [
    [
      [2, 0],
      [0, 2],
    ],
    [
      [1, 0],
      [0, 1],
    ],
  ];
  it('every train output uses colours 0 and 1 only: a test output keeping colour 4 loses', () => {
    const task: Case = {
      train: [
        twoToOne,
        [
          [
            [0, 2],
            [2, 2],
          ],
          [
            [0, 1],
            [1, 1],
          ],
        ],
      ],
      test: [
        [4, 0],
        [2, 0],
      ],
    };
    const [first] = attempts(task, ['Recolour colour 2 to colour 1.', 'Paint every non-background cell colour 1.']);
    expect(first).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it('every train output adds colour 3: a test output without it loses, though its program fixes fewer values', () => {
    const task: Case = {
      train: [
        [
          [
            [5, 5],
            [0, 2],
          ],
          [
            [3, 3],
            [0, 2],
          ],
        ],
        [
          [
            [4, 0],
            [5, 5],
          ],
          [
            [4, 0],
            [3, 3],
          ],
        ],
      ],
      test: [
        [6, 6],
        [7, 0],
      ],
    };
    const [first] = attempts(task, [
      'Recolour colour 5 to colour 3, colour 7 to colour 0.',
      'Recolour the largest object made of one colour to colour 3.',
    ]);
    expect(first).toEqual([
      [3, 3],
      [7, 0],
    ]);
  });
  it('no train output is one colour: a test output that is one colour (of a varied input) loses', () => {
    // One train pair, so no palette is shared and only this rule can tell the two programs apart;
    // both fix one value, so without the rule the first listed wins.
    const task: Case = {
      train: [twoToOne],
      test: [[2, 7]],
    };
    const [first] = attempts(task, ['Paint every non-background cell colour 1.', 'Recolour colour 2 to colour 1.']);
    expect(first).toEqual([[1, 7]]);
  });

  it('every train output differs from its input: a test output equal to its input loses, though its program fixes fewer values', () => {
    // The outputs' palettes differ ({0,1,4} and {0,1}) and the test input already holds the added
    // colour 1, so the unchanged output breaks this rule alone.
    const task: Case = {
      train: [
        [
          [
            [2, 0],
            [0, 4],
          ],
          [
            [1, 0],
            [0, 4],
          ],
        ],
        [
          [
            [2, 2],
            [0, 0],
          ],
          [
            [1, 1],
            [0, 0],
          ],
        ],
      ],
      test: [
        [3, 1],
        [0, 4],
      ],
    };
    const [first] = attempts(task, [
      'Recolour colour 2 to colour 1.',
      'Recolour colour 2 to colour 1, colour 3 to colour 1.',
    ]);
    expect(first).toEqual([
      [1, 1],
      [0, 4],
    ]);
  });
});

describe('each rule, on the outputs it is about', () => {
  const pairs: [Grid, Grid][] = [
    [
      [
        [1, 0],
        [0, 0],
      ],
      [
        [1, 3],
        [0, 0],
      ],
    ],
    [
      [
        [2, 2],
        [0, 0],
      ],
      [
        [2, 2],
        [3, 0],
      ],
    ],
  ];
  const rules = outputRules({ ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [] });
  const input: Grid = [
    [4, 0],
    [0, 0],
  ];
  it.each([
    // colour 4 passes through (the outputs' palettes differ), 3 is added, more than one colour, changed
    {
      out: [
        [4, 3],
        [0, 0],
      ],
      broken: [],
    },
    {
      out: [
        [4, 0],
        [0, 0],
      ],
      broken: ['the added colours present', 'differs from its input'],
    },
    {
      out: [
        [3, 3],
        [3, 3],
      ],
      broken: ['more than one colour'],
    },
    {
      out: [
        [4, 4],
        [0, 0],
      ],
      broken: ['the added colours present'],
    },
  ])('$out breaks $broken', ({ out, broken }) => {
    expect(brokenRules(out, input, rules)).toEqual(broken);
  });

  it('a shared palette is a rule only when every train output has the same colours', () => {
    const same = outputRules({
      ins: [[[1]], [[2]]],
      outs: [[[5, 0]], [[0, 5]]],
      tests: [],
    });
    expect(brokenRules([[4, 0]], [[4]], same)).toEqual([
      'colours from the shared palette',
      'the added colours present',
    ]);
    expect(brokenRules([[4, 0]], [[4]], rules)).not.toContain('colours from the shared palette');
    expect(OUTPUT_RULES.map((r) => r.name)).toHaveLength(4);
  });
});

describe('doubts about a test output add up', () => {
  it('a program whose only doubt is its size beats one of the predicted size that breaks two rules', () => {
    // Every train output is the 1 by 1 grid [[5]], so the size is predicted to stay 1 by 1 and 5 is
    // the shared palette and the added colour. Counting the colours gives a row of three; the
    // table keyed by the train colours keeps the size but shows a colour other than 5.
    const task: Case = {
      train: [
        [
          [
            [0, 7],
            [0, 0],
          ],
          [[5]],
        ],
        [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
          [[5]],
        ],
      ],
      test: [
        [2, 0, 3],
        [0, 4, 4],
      ],
    };
    const [first] = attempts(task, [
      'Output one cell of the least frequent non-background colour.\nRecolour colour 1 to colour 5, colour 7 to colour 5.',
      'Output a row with one cell of colour 5 per colour used.',
    ]);
    expect(first).toEqual([[5, 5, 5]]);
  });
});

describe('among programs that fit, the one fixing fewer values from the train pairs comes first', () => {
  it('a rank beats two tables of the sizes seen when the test sizes are new', () => {
    const task: Case = {
      train: [
        [
          [
            [8, 8, 0, 8],
            [8, 8, 0, 0],
            [0, 0, 0, 0],
          ],
          [
            [1, 1, 0, 2],
            [1, 1, 0, 0],
            [0, 0, 0, 0],
          ],
        ],
        [
          [
            [8, 0, 0, 0],
            [8, 0, 8, 8],
            [8, 0, 0, 0],
          ],
          [
            [1, 0, 0, 0],
            [1, 0, 2, 2],
            [1, 0, 0, 0],
          ],
        ],
      ],
      test: [
        [8, 8, 8, 8, 8],
        [0, 0, 0, 0, 0],
        [8, 8, 8, 0, 0],
      ],
    };
    const [first] = attempts(task, [
      'Recolour the objects made of one colour by size: 3 to colour 1, 4 to colour 1, others to colour 2.',
      'Recolour the objects made of one colour by size: 1 to colour 2, 2 to colour 2, 3 to colour 1, others to colour 1.',
      'Recolour the objects made of one colour by size rank with 1 for the largest: 1 to colour 1, 2 to colour 2.',
    ]);
    expect(first).toEqual([
      [1, 1, 1, 1, 1],
      [0, 0, 0, 0, 0],
      [2, 2, 2, 0, 0],
    ]);
  });
});

describe('the two attempts differ', () => {
  it('a second program repeating the first one’s test output gives way to one that differs', () => {
    const task: Case = {
      train: [
        [[[1, 2, 3]], [[3, 2, 1]]],
        [[[1, 0, 3]], [[3, 0, 1]]],
      ],
      test: [[1, 3, 2]],
    };
    const two = attempts(task, [
      'Mirror the grid left to right.',
      'Rotate the grid half a turn.',
      'Swap colour 1 and colour 3.',
    ]);
    expect(two).toEqual([[[2, 3, 1]], [[3, 1, 2]]]);
  });
});

describe('a perfect program whose test output breaks a rule does not end the search', () => {
  // "Recolour colour 2 to colour 1." fits at depth 1. On a test input with colour 2 its output is
  // convincing and nothing deeper is tried; on a blank test input its output (blank, unchanged)
  // breaks two rules, so the search goes on to depth 2 for a program that might not.
  const base = {
    ins: [
      [
        [2, 0],
        [0, 2],
      ],
      [
        [0, 2],
        [2, 2],
      ],
    ] as Grid[],
    outs: [
      [
        [1, 0],
        [0, 1],
      ],
      [
        [0, 1],
        [1, 1],
      ],
    ] as Grid[],
  };
  const longest = (fs: readonly Found[]) => Math.max(...fs.map((f) => f.program.length));
  it.each([
    {
      test: [
        [2, 2],
        [0, 2],
      ],
      depth: 1,
      breaks: 0,
    },
    {
      test: [
        [0, 0],
        [0, 0],
      ],
      depth: 2,
      breaks: 2,
    },
  ])('test input $test: searched to depth $depth', async ({ test, depth, breaks }) => {
    const found = await search({ ...base, tests: [test] }, { applications: 20_000 });
    const recolour = found.find((f) => f.perfect && f.program.length === 1 && f.program[0]!.name === 'recolour');
    expect(recolour?.breaks).toBe(breaks);
    expect(longest(found)).toBe(depth);
  });
});

describe('a perfect program fixing more values than there are train pairs does not end the search', () => {
  // Two one-row pairs: the grid turned half round with colour 1 made 2. A table of three colours
  // fits at depth 1 but may have learnt the pairs by heart, so the search goes on to depth 2 for a
  // program fixing fewer values, whose test output becomes the second attempt.
  const p = {
    ins: [[[3, 1, 5]], [[3, 0, 5]]] as Grid[],
    outs: [[[5, 2, 3]], [[5, 0, 3]]] as Grid[],
    tests: [[[5, 1, 4]]] as Grid[],
  };
  it('the table answers first, the two-step rule second', async () => {
    const found = await search(p, { applications: 20_000 });
    const ranked = rank(
      found.filter((f) => f.perfect),
      p.ins.length,
    );
    expect(ranked.slice(0, 2).map((f) => f.grids[2])).toEqual([[[3, 2, 4]], [[4, 2, 5]]]);
    expect(ranked[1]!.program).toHaveLength(2);
  });
});

describe('the second attempt hedges against the doubts', () => {
  // Each input is a pattern shown twice side by side, so keeping either half and cutting out one
  // copy of the repeating pattern all fit; the outputs are half as wide, so the test output is
  // predicted 4 by 1. The test input repeats its pattern one above the other: the halves keep that
  // size, one copy of the pattern does not. The doubt about its size puts the simplest program
  // (it fixes no value) after the halves; it still gives the second attempt.
  const task: Case = {
    train: [
      [[[1, 2, 1, 2]], [[1, 2]]],
      [
        [
          [3, 4, 3, 4],
          [4, 3, 4, 3],
        ],
        [
          [3, 4],
          [4, 3],
        ],
      ],
    ],
    test: [
      [5, 6],
      [7, 8],
      [5, 6],
      [7, 8],
    ],
  };
  const programs = [
    'Keep the left half of the grid.',
    'Keep the right half of the grid.',
    'Cut out one copy of the repeating pattern.',
  ];
  it('the simplest program, ranked down only for its size, answers second', () => {
    expect(attempts(task, programs)).toEqual([
      [[5], [7], [5], [7]],
      [
        [5, 6],
        [7, 8],
      ],
    ]);
  });
});

describe('stacks of pieces rank after whole programs, also on renamed colours', () => {
  const step = (name: string, args: Record<string, unknown> = {}) => ({ name, args }) as Step;
  const mirror = step('flip', { axis: 'left to right' });
  const stack = (...layers: Step[][]) => step('layers', { c: 0, layers });
  const renamed = (...program: Step[]) => step('by-colour-rank', { layers: [program] });
  const perfect = (program: Step[], out: Grid): Found => ({
    program,
    grids: [[[1]], out],
    fitness: 1,
    perfect: true,
    closeness: 1,
  });

  it('counts the layers a renaming carries', () => {
    expect(layerCount(perfect([stack([], [mirror], [mirror, mirror])], [[0]]))).toBe(3);
    expect(layerCount(perfect([renamed(stack([], [mirror]))], [[0]]))).toBe(2);
    expect(layerCount(perfect([renamed(mirror, mirror)], [[0]]))).toBe(0);
  });

  it('a three-step program answers before a renaming around a stack of one step (two steps, counted flat)', () => {
    const whole = perfect([mirror, step('rotate', { turn: 'half a turn' }), mirror], [[2]]);
    const pieces = perfect([renamed(stack([], [mirror]))], [[3]]);
    expect(rank([pieces, whole], 1).map((f) => f.grids[1])).toEqual([[[2]], [[3]]]);
  });
});
