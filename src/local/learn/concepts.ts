/**
 * Concepts mined from solved traces: step sub-sequences that recur in the perfect programs of
 * at least two different tasks become named macros. Arguments the planner infers from a task's
 * grids (colours, counts, colour maps) are left open and re-inferred wherever the macro is
 * tried; option words (directions, turns, which object) stay fixed, as they say what the macro
 * does. Pure and deterministic: the same traces always give the same macros in the same order.
 */
import { tryParse } from '../language/parse.js';
import { stepDef } from '../language/steps.js';
import type { Args, ArgType, Program, StepDef } from '../language/types.js';

/** One step of a macro: its kind and the arguments kept fixed (the others are re-inferred). */
export interface MacroStep {
  readonly name: string;
  readonly fixed: Args;
}

/** A mined concept: a named sequence of steps proposed by the search as one unit. */
export interface Macro {
  /** Stable id derived from the steps (the same steps always get the same id). */
  readonly id: string;
  readonly name: string;
  /** A sentence saying what it does, open arguments written as "(inferred)". */
  readonly text: string;
  readonly steps: readonly MacroStep[];
  /** Trace ids it was found in. */
  readonly provenance: readonly string[];
  /** Distinct tasks (by content hash) whose perfect traces contain it. */
  readonly tasks: number;
}

/** What mining reads of a stored trace. */
export interface MinableTrace {
  readonly id: string;
  readonly taskHash: string;
  readonly instruction: string;
  readonly trainPerfect: boolean;
}

export interface MineOptions {
  /** Distinct tasks a sub-sequence must recur in (default 2; fewer is refused). */
  readonly minTasks?: number;
  /** Longest sub-sequence considered (default 4). */
  readonly maxLength?: number;
  /** Most macros kept, the best supported first (default 24). */
  readonly limit?: number;
}

/** Argument kinds the planner re-infers on a new task; the others are fixed. */
const inferred = (type: ArgType): boolean => type.kind !== 'enum';

function fixedArgs(def: StepDef, args: Args): Args {
  return Object.fromEntries(Object.entries(args).filter(([k]) => def.args[k] && !inferred(def.args[k])));
}

const stepKey = (s: MacroStep): string =>
  `${s.name}(${Object.keys(s.fixed)
    .sort()
    .map((k) => `${k}=${String(s.fixed[k])}`)
    .join(',')})`;

/** The abstracted sub-sequences (length 2..maxLength) of one program, each once. */
function subSequences(program: Program, maxLength: number): Map<string, MacroStep[]> {
  const steps = program.map((s) => ({ name: s.name, fixed: fixedArgs(stepDef(s.name), s.args) }));
  const out = new Map<string, MacroStep[]>();
  for (let len = 2; len <= Math.min(maxLength, steps.length); len++)
    for (let i = 0; i + len <= steps.length; i++) {
      const seq = steps.slice(i, i + len);
      out.set(seq.map(stepKey).join(' + '), seq);
    }
  return out;
}

/** One step written with its open arguments shown as "(inferred)" (fixed ones are option words, written as they are). */
const describeStep = (s: MacroStep): string =>
  stepDef(s.name)
    .template.replace(/\{(\w+)\}/g, (_m, k: string) => (k in s.fixed ? String(s.fixed[k]) : '(inferred)'))
    .replace(/\.$/, '');

const macroText = (steps: readonly MacroStep[]): string =>
  `${steps.map((s, i) => (i === 0 ? describeStep(s) : describeStep(s).replace(/^./, (c) => c.toLowerCase()))).join(', then ')}.`;

interface Support {
  readonly steps: MacroStep[];
  readonly tasks: Set<string>;
  readonly traces: Set<string>;
}

/** True when `inner`'s key is a contiguous part of `outer`'s. */
const within = (inner: string, outer: string): boolean =>
  inner !== outer && ` + ${outer} + `.includes(` + ${inner} + `);

/**
 * Mines macros from traces: sub-sequences of perfect, parseable programs found in at least
 * `minTasks` distinct tasks. A sub-sequence is dropped when a longer one containing it recurs
 * in the same tasks (the longer says more). Best supported first, then longer, then by key.
 */
export function mineMacros(traces: readonly MinableTrace[], opts: MineOptions = {}): Macro[] {
  const minTasks = Math.max(2, opts.minTasks ?? 2);
  const maxLength = opts.maxLength ?? 4;
  const found = new Map<string, Support>();
  const sorted = [...traces].filter((t) => t.trainPerfect).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const t of sorted) {
    const program = tryParse(t.instruction);
    if (!program) continue;
    for (const [key, steps] of subSequences(program, maxLength)) {
      const s = found.get(key) ?? { steps, tasks: new Set<string>(), traces: new Set<string>() };
      s.tasks.add(t.taskHash);
      s.traces.add(t.id);
      found.set(key, s);
    }
  }
  const recurring = [...found].filter(([, s]) => s.tasks.size >= minTasks);
  const sameTasks = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
  const kept = recurring.filter(
    ([key, s]) => !recurring.some(([k2, s2]) => within(key, k2) && sameTasks(s.tasks, s2.tasks)),
  );
  return kept
    .sort(([ka, a], [kb, b]) => b.tasks.size - a.tasks.size || b.steps.length - a.steps.length || (ka < kb ? -1 : 1))
    .slice(0, opts.limit ?? 24)
    .map(([key, s]) => ({
      id: `macro:${key}`,
      name: s.steps.map((x) => x.name).join('-then-'),
      text: macroText(s.steps),
      steps: s.steps,
      provenance: [...s.traces].sort(),
      tasks: s.tasks.size,
    }));
}

/** True when `program` holds the macro's steps in a row (same kinds, same fixed arguments). */
export function containsMacro(program: Program, steps: readonly MacroStep[]): boolean {
  const at = (i: number) =>
    steps.every((m, j) => {
      const s = program[i + j]!;
      return s.name === m.name && Object.entries(m.fixed).every(([k, v]) => s.args[k] === v);
    });
  for (let i = 0; i + steps.length <= program.length; i++) if (at(i)) return true;
  return false;
}
