/**
 * A task's fingerprint: a fixed-length vector computed from its train pairs alone, used for
 * structural retrieval (similar tasks land near each other under cosine distance).
 * Every component is in 0..1; per-pair features are averaged over the train pairs.
 * Documented feature by feature in docs/fingerprint.md; keep both tables in step.
 *
 * | #  | feature                         | meaning (per train pair unless noted)                                  |
 * |----|---------------------------------|------------------------------------------------------------------------|
 * | 0  | same_shape                      | output has the input's height and width                                |
 * | 1  | height_ratio                    | r/(1+r), r = out height / in height (0.5 = same)                       |
 * | 2  | width_ratio                     | r/(1+r), r = out width / in width                                      |
 * | 3  | output_smaller                  | output area < input area                                               |
 * | 4  | output_larger                   | output area > input area                                               |
 * | 5  | output_subgrid                  | output is smaller and equals a window of the input (crop)              |
 * | 6  | shape_multiple                  | output sides are integer multiples of the input's, at least 2x area    |
 * | 7  | tiling                          | output is the input repeated                                           |
 * | 8  | upscale                         | output is the input with every cell blown up to a block                |
 * | 9  | downscale                       | input is the output blown up                                           |
 * | 10 | colours_in                       | number of colours in the input / 10                                    |
 * | 11 | colours_out                      | number of colours in the output / 10                                   |
 * | 12 | new_colours                      | colours in output not in input, min(n, 3) / 3                          |
 * | 13 | removed_colours                  | colours in input not in output, min(n, 3) / 3                          |
 * | 14 | background_in                   | share of the input's most frequent colour                              |
 * | 15 | background_out                  | share of the output's most frequent colour                             |
 * | 16 | colour_map                       | task: same shapes and one non-identity colour→colour map explains all  |
 * | 17 | output_colours_subset            | every output colour occurs in the input                                |
 * | 18 | same_histogram                  | output has exactly the input's colour counts                           |
 * | 19 | out_mirror_lr                   | output is left-right symmetric                                         |
 * | 20 | out_mirror_ud                   | output is top-bottom symmetric                                         |
 * | 21 | out_mirror_diag                 | output is square and equals its transpose                              |
 * | 22 | in_mirror_lr                    | input is left-right symmetric                                          |
 * | 23 | in_mirror_ud                    | input is top-bottom symmetric                                          |
 * | 24 | objects_in                      | log2(1+n)/5 (cap 1), n = 4-connected non-background objects of input  |
 * | 25 | objects_out                     | the same for the output                                                |
 * | 26 | same_object_count               | input and output have the same number of objects                       |
 * | 27 | single_object_out               | output has exactly one object                                          |
 * | 28 | change_fraction                 | same shape: fraction of cells that differ (else 0)                     |
 * | 29 | changes_from_background         | same shape, something changed, every changed cell was background       |
 * | 30 | changes_to_background           | same shape, something changed, every changed cell became background    |
 * | 31 | dihedral                        | output is a non-identity flip/rotation/transpose of the input          |
 * | 32 | output_size                     | sqrt(output area) / 30                                                 |
 * | 33 | output_uniform                  | output is a single colour                                              |
 * | 34 | constant_output_shape           | task: every train output has the same shape (with >1 input shape: 1)   |
 * | 35 | same_foreground_count           | same number of non-background cells in input and output               |
 */
import { createHash } from 'node:crypto';
import { gridEquals, height, sameShape, width, type Grid } from './grid.js';
import type { Pair, Task } from './task.js';
import { colourCounts, coloursPresent, mostFrequentColour } from './toolkit/colours.js';
import { flipHorizontal, flipVertical, NON_IDENTITY_SYMMETRIES, transpose } from './toolkit/dihedral.js';
import { findObjects } from './toolkit/objects.js';
import { isSubgrid, isTiling, isUpscale } from './toolkit/scaling.js';

export const FINGERPRINT_DIM = 36;

const b = (x: boolean): number => (x ? 1 : 0);
const squash = (r: number): number => r / (1 + r);
const objScale = (n: number): number => Math.min(1, Math.log2(1 + n) / 5);
const area = (g: Grid): number => height(g) * width(g);
const mirrorLR = (g: Grid): boolean => gridEquals(g, flipHorizontal(g));
const mirrorUD = (g: Grid): boolean => gridEquals(g, flipVertical(g));
const mirrorDiag = (g: Grid): boolean => height(g) === width(g) && gridEquals(g, transpose(g));
/** Number of 4-connected single-colour objects on the grid's most frequent colour. */
const objectCount = (g: Grid, bg: number): number => findObjects(g, { bg }).length;

function changeStats(p: Pair): [number, number, number] {
  if (!sameShape(p.input, p.output)) return [0, 0, 0];
  const bgIn = mostFrequentColour(p.input),
    bgOut = mostFrequentColour(p.output);
  let changed = 0,
    fromBg = 0,
    toBg = 0;
  p.input.forEach((row, r) =>
    row.forEach((c, col) => {
      const o = p.output[r]![col]!;
      if (c === o) return;
      changed++;
      if (c === bgIn) fromBg++;
      if (o === bgOut) toBg++;
    }),
  );
  return [changed / area(p.input), b(changed > 0 && fromBg === changed), b(changed > 0 && toBg === changed)];
}

/** Per-pair features (every index except the task-level 16 and 34, left at 0). */
function pairFeatures(p: Pair): number[] {
  const { input: i, output: o } = p;
  const ci = new Set(coloursPresent(i)),
    co = new Set(coloursPresent(o));
  const hi = colourCounts(i),
    ho = colourCounts(o);
  const bgI = mostFrequentColour(i),
    bgO = mostFrequentColour(o);
  const objI = objectCount(i, bgI),
    objO = objectCount(o, bgO);
  const [changeFrac, fromBg, toBg] = changeStats(p);
  const newColours = [...co].filter((c) => !ci.has(c)).length;
  const removed = [...ci].filter((c) => !co.has(c)).length;
  const multiple = height(o) % height(i) === 0 && width(o) % width(i) === 0 && area(o) >= 2 * area(i);
  const fgI = area(i) - hi[bgI]!,
    fgO = area(o) - ho[bgO]!;
  return [
    b(sameShape(i, o)),
    squash(height(o) / height(i)),
    squash(width(o) / width(i)),
    b(area(o) < area(i)),
    b(area(o) > area(i)),
    b(area(o) < area(i) && isSubgrid(o, i)),
    b(multiple),
    b(isTiling(i, o)),
    b(isUpscale(i, o)),
    b(isUpscale(o, i)),
    ci.size / 10,
    co.size / 10,
    Math.min(newColours, 3) / 3,
    Math.min(removed, 3) / 3,
    hi[bgI]! / area(i),
    ho[bgO]! / area(o),
    0,
    b(newColours === 0),
    b(hi.every((n, c) => n === ho[c])),
    b(mirrorLR(o)),
    b(mirrorUD(o)),
    b(mirrorDiag(o)),
    b(mirrorLR(i)),
    b(mirrorUD(i)),
    objScale(objI),
    objScale(objO),
    b(objI === objO),
    b(objO === 1),
    changeFrac,
    fromBg,
    toBg,
    b(NON_IDENTITY_SYMMETRIES.some((f) => gridEquals(f(i), o)) && !gridEquals(i, o)),
    Math.sqrt(area(o)) / 30,
    b(co.size === 1),
    0,
    b(fgI === fgO),
  ];
}

/** True when one non-identity colour→colour map explains every same-shape train pair. */
function isColourMap(train: readonly Pair[]): boolean {
  const map = new Map<number, number>();
  for (const p of train) {
    if (!sameShape(p.input, p.output)) return false;
    for (let r = 0; r < height(p.input); r++) {
      for (let c = 0; c < width(p.input); c++) {
        const from = p.input[r]![c]!,
          to = p.output[r]![c]!;
        if ((map.get(from) ?? to) !== to) return false;
        map.set(from, to);
      }
    }
  }
  return [...map].some(([from, to]) => from !== to);
}

function constantOutputShape(train: readonly Pair[]): boolean {
  const first = train[0]!.output;
  const inShapes = new Set(train.map((p) => `${height(p.input)}x${width(p.input)}`));
  return inShapes.size > 1 && train.every((p) => sameShape(p.output, first));
}

/** The task's fingerprint: FINGERPRINT_DIM numbers in 0..1 (see the table above). */
export function fingerprint(task: Pick<Task, 'train'>): number[] {
  const sum = Array<number>(FINGERPRINT_DIM).fill(0);
  for (const p of task.train) pairFeatures(p).forEach((v, k) => (sum[k]! += v));
  const vec = sum.map((v) => v / task.train.length);
  vec[16] = b(isColourMap(task.train));
  vec[34] = b(constantOutputShape(task.train));
  return vec;
}

/** Cosine distance 1 - cos(a, b): 0 for the same direction; 1 when either vector is zero. */
export function cosineDistance(a: readonly number[], b: readonly number[]): number {
  let dot = 0,
    na = 0,
    nb = 0;
  for (let k = 0; k < a.length; k++) {
    dot += a[k]! * (b[k] ?? 0);
    na += a[k]! * a[k]!;
    nb += (b[k] ?? 0) * (b[k] ?? 0);
  }
  return na === 0 || nb === 0 ? 1 : 1 - dot / Math.sqrt(na * nb);
}

/**
 * A stable content hash of a task: hex sha256 of the canonical JSON of its train pairs and
 * test inputs (test outputs excluded, so it is the same with or without solutions; the id
 * is excluded, so renamed copies match).
 */
export function taskHash(task: Pick<Task, 'train' | 'test'>): string {
  const canonical = JSON.stringify({
    train: task.train.map((p) => ({ input: p.input, output: p.output })),
    test: task.test.map((p) => ({ input: p.input })),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
