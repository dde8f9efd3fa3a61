/** Programs the search found, with their results, and the order in which they are proposed. */
import { gridKey, type Grid } from '../../arc/grid.js';
import type { Step } from '../language/types.js';

/** A task as the search sees it: train inputs and outputs, and the test inputs. */
export interface Problem {
  readonly ins: readonly Grid[];
  readonly outs: readonly Grid[];
  readonly tests: readonly Grid[];
}

/** A program with its results on the train inputs (then the test inputs). */
export interface Found {
  readonly program: readonly Step[];
  readonly grids: readonly Grid[];
  readonly fitness: number;
  readonly perfect: boolean;
  readonly closeness: number;
  /** Every result, test ones included, has the predicted output size (where one is predicted). */
  readonly sizeOk?: boolean;
  /** The prior's summed score of the program's steps (higher is more plausible). */
  readonly prior?: number;
  /** Rules of the train outputs its test outputs break (see output-rules.ts); set on train-perfect programs. */
  readonly breaks?: number;
}

/** Sub-programs a step carries out (the pieces of `layers`, the program a colour renaming runs). */
const subPrograms = (s: Step): readonly (readonly Step[])[] =>
  Array.isArray(s.args.layers) ? (s.args.layers as readonly (readonly Step[])[]) : [];
/** Layers stacked by a step: its own when it is a `layers` step, and those of the steps inside it. */
const stackedLayers = (s: Step): number =>
  (s.name === 'layers' ? subPrograms(s).length : 0) +
  subPrograms(s).reduce((n, l) => n + l.reduce((m, x) => m + stackedLayers(x), 0), 0);
/**
 * How many layers a program stacks, also inside a colour renaming (0 when it stacks none): pieces
 * rank after whole programs, on the task's colours or renamed ones.
 */
export const layerCount = (f: Found): number => f.program.reduce((n, s) => n + stackedLayers(s), 0);
/**
 * Steps of a program, counting those inside its sub-programs; a renaming around one counts as a
 * step too (a table of colours learnt on the renamed grid must not pass for a shorter rule), a stack
 * of layers does not.
 */
const stepCount = (f: Found): number =>
  f.program.reduce((n, s) => n + (s.name === 'layers' ? 0 : 1) + subPrograms(s).reduce((m, l) => m + l.length, 0), 0);
/** How many of a program's steps run their sub-program on renamed colours (colour-view.ts). */
const renamings = (f: Found): number => f.program.filter((s) => s.name.startsWith('by-colour-rank')).length;

/** How many values a step's arguments fix: one per colour, count or option, one per entry of a table. */
const argCount = (s: Step): number =>
  Object.values(s.args).reduce<number>(
    (n, v) =>
      n +
      (Array.isArray(v)
        ? (v as readonly (readonly Step[])[]).reduce((m, l) => m + l.reduce((k, x) => k + argCount(x), 0), 0)
        : typeof v === 'object'
          ? Object.keys(v).length
          : 1),
    0,
  );
/** Values a program fixes from the train pairs: the smaller, the less it can have learnt by heart. */
export const paramCount = (f: Found): number => f.program.reduce((n, s) => n + argCount(s), 0);

/**
 * Doubts about a perfect program's test outputs: one for a size other than the predicted one, one
 * per rule of the train outputs they break. Each is evidence, none proof, so they add up: a
 * program whose only doubt is its size beats one of the predicted size that breaks two rules.
 */
const doubts = (f: Found): number => Number(f.sizeOk === false) + (f.breaks ?? 0);

/** Perfect programs by how little they assume, their test outputs aside: fewer layers, steps, values, renamings, then the prior's favourites. */
export const bySimplicity = (a: Found, b: Found): number =>
  layerCount(a) - layerCount(b) ||
  stepCount(a) - stepCount(b) ||
  paramCount(a) - paramCount(b) ||
  renamings(a) - renamings(b) ||
  (b.prior ?? 0) - (a.prior ?? 0);

/** Perfect programs by generality, best first (see `rank`): fewer doubts, then simpler. */
const byGenerality = (a: Found, b: Found): number => doubts(a) - doubts(b) || bySimplicity(a, b);

const testKey = (f: Found, trainCount: number): string => f.grids.slice(trainCount).map(gridKey).join('/');

/**
 * The first two perfect programs give different test outputs where any two do: the two attempts
 * are taken from the top of the list, and a second program that repeats the first's answer wastes one.
 */
function distinctSecond(ranked: Found[], trainCount: number): Found[] {
  const first = ranked[0];
  if (!first?.perfect || ranked.length < 3) return ranked;
  const key = testKey(first, trainCount);
  if (ranked[1]!.perfect && testKey(ranked[1]!, trainCount) !== key) return ranked;
  const i = ranked.findIndex((f, j) => j > 1 && f.perfect && testKey(f, trainCount) !== key);
  return i < 0 ? ranked : [first, ranked[i]!, ...ranked.slice(1, i), ...ranked.slice(i + 1)];
}

/**
 * The second attempt hedges against the doubts. They come from regularities shared by a few train
 * outputs (the predicted size, the rules of output-rules.ts), so they are evidence, not proof: a
 * test input may be the one that shows a new size or leaves the grid as it is. When the simplest
 * perfect program was ranked down only by doubts about its test outputs, and answers differently
 * from the first, it becomes the second attempt: the first follows the doubts, the second the
 * simplest explanation of the train pairs. Null when no program was passed over that way.
 */
function hedged(ranked: Found[], trainCount: number): Found[] | null {
  const first = ranked[0]!;
  const simplest = ranked.reduce((s, f) => (f.perfect && bySimplicity(f, s) < 0 ? f : s), first);
  if (simplest === first || testKey(simplest, trainCount) === testKey(first, trainCount)) return null;
  return [first, simplest, ...ranked.slice(1).filter((f) => f !== simplest)];
}

/**
 * Perfect programs first, icecuber-style from the most general: those with fewer doubts about
 * their test results (a size other than the predicted one, rules of the train outputs broken),
 * then those stacking fewer pieces, then fewer steps, then fewer values fixed from the train pairs
 * (a table of the sizes seen generalises worse than a rule), then those without a colour renaming,
 * then the prior's favourites; the rest by fitness. Stable for equal keys. With `trainCount` (the task's train pairs), the second perfect
 * program is the simplest one when doubts passed it over (see `hedged`), else the best one whose
 * test outputs differ from the first's.
 */
export const rank = (fs: readonly Found[], trainCount?: number): Found[] => {
  const sorted = [...fs].sort(
    (a, b) => Number(b.perfect) - Number(a.perfect) || (a.perfect ? byGenerality(a, b) : 0) || b.fitness - a.fitness,
  );
  if (trainCount === undefined || !sorted[0]?.perfect) return sorted;
  return hedged(sorted, trainCount) ?? distinctSecond(sorted, trainCount);
};

/** The `k` best by a key (perfect ones always kept), bounding memory on long searches. */
export function keepBest(fs: readonly Found[], k: number, key: (f: Found) => number = (f) => f.fitness): Found[] {
  const perfect = fs.filter((f) => f.perfect);
  return [
    ...perfect,
    ...fs
      .filter((f) => !f.perfect)
      .sort((a, b) => key(b) - key(a))
      .slice(0, k),
  ];
}
