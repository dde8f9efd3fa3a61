import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { ArcmemError } from '../../src/errors.js';
import { PLACES } from '../../src/local/primitives/stamp.js';
import {
  ParseError,
  parseProgram,
  printProgram,
  runProgram,
  splitSteps,
  STEP_DEFS,
  type Program,
  type Step,
} from '../../src/local/index.js';
import type { ArgType, ArgValue } from '../../src/local/language/types.js';

/** A small seeded generator so the property test is reproducible. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
function sample(type: ArgType, rnd: () => number): ArgValue {
  const pick = (n: number) => Math.floor(rnd() * n);
  switch (type.kind) {
    case 'colour':
      return pick(10);
    case 'int':
      return 1 + pick(12);
    case 'enum':
      return type.options[pick(type.options.length)]!;
    case 'map':
      return { [pick(5)]: 5 + pick(5), 9: pick(5) };
    case 'sizemap': {
      const m: Record<number, number> = { [1 + pick(9)]: pick(10), 12: pick(10) };
      if (rnd() < 0.5) m[-1] = pick(10);
      return m;
    }
    case 'placemap': // one to three of the places around an object
      return Object.fromEntries(Array.from({ length: 1 + pick(3) }, () => [pick(PLACES.length), pick(10)]));
    case 'layers': // 1-3 layers of 0-2 steps each, none of them a layers step itself
      return Array.from({ length: 1 + pick(3) }, () =>
        Array.from({ length: pick(3) }, () => randomStep(PLAIN[pick(PLAIN.length)]!.name, rnd)),
      );
  }
}
/** Step kinds without sub-programs (what a layer is made of). */
const PLAIN = STEP_DEFS.filter((d) => Object.values(d.args).every((t) => t.kind !== 'layers'));
const randomStep = (name: string, rnd: () => number): Step => {
  const def = STEP_DEFS.find((d) => d.name === name)!;
  return { name, args: Object.fromEntries(Object.entries(def.args).map(([k, t]) => [k, sample(t, rnd)])) };
};

describe('program → English → program', () => {
  it.each(STEP_DEFS.map((d) => [d.name]))('is the identity for %s over random arguments', (name) => {
    const rnd = lcg(name.length * 7919);
    for (let i = 0; i < 25; i++) {
      const program: Program = [randomStep(name, rnd)];
      expect(parseProgram(printProgram(program))).toEqual(program);
    }
  });
  it('is the identity for multi-step programs', () => {
    const rnd = lcg(42);
    for (let i = 0; i < 50; i++) {
      const program = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () =>
        randomStep(STEP_DEFS[Math.floor(rnd() * STEP_DEFS.length)]!.name, rnd),
      );
      expect(parseProgram(printProgram(program))).toEqual(program);
    }
  });
  it('is the identity for layers inside layers (a stack on renamed colours, a stack of renamings)', () => {
    const rnd = lcg(7);
    const nesting = STEP_DEFS.filter((d) => !PLAIN.includes(d));
    for (let i = 0; i < 40; i++) {
      const inner = randomStep(nesting[Math.floor(rnd() * nesting.length)]!.name, rnd);
      const outer = randomStep(nesting[Math.floor(rnd() * nesting.length)]!.name, rnd);
      const layers = outer.args.layers as Program[];
      const at = Math.floor(rnd() * layers.length);
      const nested: Step = {
        ...outer,
        args: { ...outer.args, layers: layers.map((l, k) => (k === at ? [...l, inner] : l)) },
      };
      expect(parseProgram(printProgram([nested]))).toEqual([nested]);
    }
  });
  it(
    'reads a long text of stacks six deep, as a model might write, without trying every split',
    { timeout: 30_000 },
    () => {
      // Each level holds the one below twice: 34,000 characters. Trying every split of a layer at
      // "then" without checking brackets took over a minute at this depth; matched brackets take well
      // under a second.
      const stack = (inner: string) =>
        `stack these layers, each covering the ones below except where it shows colour 0, bottom first: layer 1 is (${inner}); layer 2 is (${inner})`;
      let body = Array.from({ length: 8 }, () => 'mirror the grid left to right').join(', then ');
      for (let depth = 0; depth < 5; depth++) body = `${stack(body)}, then rotate the grid half a turn`;
      const started = performance.now();
      const [step] = parseProgram(`${stack(body)}.`.replace(/^s/, 'S'));
      expect(performance.now() - started).toBeLessThan(2_000);
      let depth = 0;
      for (let s = step; s?.name === 'layers'; s = (s.args.layers as Program[])[0]![0]) depth++;
      expect(depth).toBe(6);
    },
  );
  it('does not read a layer whose brackets do not close', () => {
    expect(() =>
      parseProgram(
        'Stack these layers, each covering the ones below except where it shows colour 0, bottom first: layer 1 is (stack these layers, each covering the ones below except where it shows colour 0, bottom first: layer 1 is (the grid as it is).',
      ),
    ).toThrow();
  });
  it('prints numbered plain sentences, one per line', () => {
    const text = printProgram([
      { name: 'crop-object', args: { sel: 'largest', objs: 'made of one colour' } },
      { name: 'recolour', args: { map: { 3: 5 } } },
    ]);
    expect(text).toBe('1. Crop the grid to the largest object made of one colour.\n2. Recolour colour 3 to colour 5.');
  });
});

describe('parsing tolerates wording variants', () => {
  it.each([
    ['ROTATE THE GRID A QUARTER TURN CLOCKWISE', { name: 'rotate', args: { turn: 'a quarter turn clockwise' } }],
    [
      'rotate the grid a quarter turn counter-clockwise!',
      { name: 'rotate', args: { turn: 'a quarter turn anticlockwise' } },
    ],
    ['Recolor blue to gray.', { name: 'recolour', args: { map: { 1: 5 } } }],
    [
      'Recolour colour 3 (green) to colour 4 (yellow) and red to black',
      { name: 'recolour', args: { map: { 3: 4, 2: 0 } } },
    ],
    [
      'Recolour the objects of any colours by size: 1 to blue, others to red.',
      { name: 'recolour-by', args: { objs: 'of any colours', prop: 'size', values: { 1: 1, [-1]: 2 } } },
    ],
    ['Swap 1 and 2', { name: 'swap', args: { a: 1, b: 2 } }],
    ['Scale the grid up three times', { name: 'scale-up', args: { f: 3 } }],
    ['Fill the enclosed background areas with yellow', { name: 'fill-enclosed', args: { c: 4 } }],
    [
      'crop the grid to the largest object, made of one color.',
      { name: 'crop-object', args: { sel: 'largest', objs: 'made of one colour' } },
    ],
  ])('reads "%s"', (text, step) => {
    expect(parseProgram(text)).toEqual([step]);
  });
  it.each([
    ['numbered lines', '1. Rotate the grid half a turn.\n2) Swap colour 1 and colour 2.'],
    ['inline numbering', '1. Rotate the grid half a turn. 2. Swap colour 1 and colour 2.'],
    ['plain sentences', 'Rotate the grid half a turn. Swap colour 1 and colour 2.'],
    ['step labels and bullets', 'Step 1: Rotate the grid half a turn.\n- Swap colour 1 and colour 2.'],
  ])('splits %s into steps', (_name, text) => {
    expect(splitSteps(text)).toHaveLength(2);
    expect(parseProgram(text).map((s) => s.name)).toEqual(['rotate', 'swap']);
  });
});

describe('choosing an object over several sentences ("Find … Keep the … object. Crop the grid to it.")', () => {
  const issueExample =
    '1. Find the objects made of one colour, ignoring the background. 2. Keep the largest object. 3. Crop the grid to it. 4. Recolour colour 3 to colour 5.';
  it('reads the example of issue 7 as the one-sentence object step and runs it', () => {
    const program = parseProgram(issueExample);
    expect(program).toEqual([
      { name: 'crop-object', args: { sel: 'largest', objs: 'made of one colour' } },
      { name: 'recolour', args: { map: { 3: 5 } } },
    ]);
    const grid = [
      [1, 0, 0, 0, 0],
      [0, 0, 3, 3, 0],
      [0, 0, 3, 0, 0],
      [2, 0, 0, 0, 4],
    ];
    expect(runProgram(program, grid)).toEqual([
      [5, 5],
      [5, 0],
    ]);
    expect(printProgram(program)).toBe(
      '1. Crop the grid to the largest object made of one colour.\n2. Recolour colour 3 to colour 5.',
    );
  });
  it.each([
    [
      'First, find all the objects of several colours. Select the smallest one. Remove it.',
      [{ name: 'remove-object', args: { sel: 'smallest', objs: 'of any colours' } }],
    ],
    [
      'Find the objects made of one color with diagonal neighbours joined, ignoring the background.\nThen keep the topmost object.\nRecolour it to red.',
      [
        {
          name: 'recolour-object',
          args: { sel: 'topmost', objs: 'made of one colour with diagonal neighbours joined', c: 2 },
        },
      ],
    ],
    [
      '1. Mirror the grid left to right.\n2. Find the objects made of one colour.\n3. Keep the most colourful object.\n4. Keep only it and clear the rest.\n5. Scale the grid up twice.',
      [
        { name: 'flip', args: { axis: 'left to right' } },
        { name: 'keep-object', args: { sel: 'most colourful', objs: 'made of one colour' } },
        { name: 'scale-up', args: { f: 2 } },
      ],
    ],
    [
      'Find the objects of any colours. Keep the bottommost object. Cut it out on its own.',
      [{ name: 'cut-object', args: { sel: 'bottommost', objs: 'of any colours' } }],
    ],
    [
      'Find the objects made of one colour. Pick the uniquely shaped object. Output one cell of its colour.',
      [{ name: 'object-colour', args: { sel: 'uniquely shaped', objs: 'made of one colour' } }],
    ],
  ])('reads %j', (text, program) => {
    expect(parseProgram(text)).toEqual(program);
  });
  it.each([
    [
      'a search never acted on',
      '1. Find the objects made of one colour, ignoring the background. 2. Rotate the grid half a turn.',
      1,
      'Find the objects made of one colour, ignoring the background.',
      'never acted on',
    ],
    [
      'a chosen object never acted on',
      '1. Rotate the grid half a turn. 2. Find the objects made of one colour. 3. Keep the largest object.',
      2,
      'Find the objects made of one colour.',
      'never acted on',
    ],
    [
      '"it" with nothing chosen',
      '1. Rotate the grid half a turn. 2. Crop the grid to it.',
      2,
      'Crop the grid to it.',
      'no object is chosen',
    ],
    [
      '"it" after the chosen object was used',
      issueExample.replace('4. Recolour colour 3 to colour 5.', '4. Remove it.'),
      4,
      'Remove it.',
      'no object is chosen',
    ],
    [
      'choosing with no objects found',
      'Keep the largest object. Crop the grid to it.',
      1,
      'Keep the largest object.',
      'find them first',
    ],
    [
      "an unreadable step after a group, in the user's numbering",
      `${issueExample} 5. Make it prettier.`,
      5,
      'Make it prettier.',
      'could not read',
    ],
  ])('names the step for %s', (_name, text, number, stepText, detail) => {
    const err = (() => {
      try {
        parseProgram(text);
      } catch (e) {
        return e;
      }
    })() as ParseError;
    expect(err).toBeInstanceOf(ParseError);
    expect(err.stepNumber).toBe(number);
    expect(err.stepText).toBe(stepText);
    expect(err.message).toContain(`step ${number}: "${stepText}"`);
    expect(err.message).toContain(detail);
  });
});

describe('the step language reference (docs/offline-engine.md)', () => {
  const doc = readFileSync(join(packageRoot(), 'docs', 'offline-engine.md'), 'utf8');
  it.each(STEP_DEFS.map((d) => [d.name, d.template]))('lists %s', (name, template) => {
    expect(doc).toContain(`| \`${name}\` | ${template} |`);
  });
  // The row names every option word of the step, so the reference cannot fall behind a new option.
  it.each(STEP_DEFS.map((d) => [d.name, d]))('lists every option of %s', (name, def) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${name}\` |`)) ?? '';
    for (const type of Object.values(def.args))
      if (type.kind === 'enum') for (const option of type.options) expect(row).toContain(option);
  });
});

describe('parse errors', () => {
  it.each([
    ['1. Rotate the grid half a turn.\n2. Make it prettier.', 2, 'Make it prettier.'],
    ['Dance around the grid.', 1, 'Dance around the grid.'],
    [
      '1. Swap colour 1 and colour 2. 2. Rotate the grid half a turn. 3. Scale the grid up lots.',
      3,
      'Scale the grid up lots.',
    ],
  ])('names the step it could not read in %j', (text, number, stepText) => {
    const err = (() => {
      try {
        parseProgram(text);
      } catch (e) {
        return e;
      }
    })() as ParseError;
    expect(err).toBeInstanceOf(ParseError);
    expect(err).toBeInstanceOf(ArcmemError);
    expect(err.stepNumber).toBe(number);
    expect(err.stepText).toBe(stepText);
    expect(err.message).toContain(`step ${number}`);
    expect(err.message).toContain(stepText);
  });
  it('rejects an empty instruction', () => {
    expect(() => parseProgram('  \n ')).toThrow(ParseError);
  });
});

describe('following odd but parseable instructions', () => {
  // Instructions come from models and imported libraries: a parseable step with a useless
  // number must be "does not apply" (null), never a crash inside a primitive.
  const grid = [
    [1, 2, 0],
    [3, 4, 0],
    [0, 0, 5],
  ];
  it.each(
    STEP_DEFS.filter((d) => Object.values(d.args).some((t) => t.kind === 'int')).map((d) => [d.name, d] as const),
  )('%s with 0 or a huge count returns a grid or null', (_name, def) => {
    for (const n of [0, 1000]) {
      const args = Object.fromEntries(
        Object.entries(def.args).map(([k, t]) => [
          k,
          t.kind === 'int' ? n : t.kind === 'enum' ? t.options[0]! : t.kind === 'colour' ? 1 : { 1: 2 },
        ]),
      );
      const out = runProgram([{ name: def.name, args }], grid);
      expect(out === null || Array.isArray(out)).toBe(true);
    }
  });
  it('"Shrink the grid 0 times" does not apply', () => {
    expect(runProgram(parseProgram('1. Shrink the grid 0 times, each block becoming one cell.'), grid)).toBeNull();
  });
});
