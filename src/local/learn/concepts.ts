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

/** Where a sub-sequence recurs: per task (by content hash) how many of its counted traces hold it, and which traces. */
interface Support {
  readonly steps: MacroStep[];
  readonly tasks: Map<string, number>;
  readonly traces: Set<string>;
}

const sameTasks = (a: Support, b: Support): boolean =>
  a.tasks.size === b.tasks.size && [...a.tasks.keys()].every((x) => b.tasks.has(x));

/**
 * Sub-sequence counts over traces, kept up to date one trace at a time: adding a trace counts
 * only its own sub-sequences against the counts so far, so mining again after new traces never
 * re-reads the old ones. The macros it gives depend only on the set of traces counted, never on
 * the order they came in.
 */
export class MacroMiner {
  /** Each counted trace's task and sub-sequence keys (none: imperfect, or not in the step language). */
  private readonly counted = new Map<string, { readonly taskHash: string; readonly keys: readonly string[] }>();
  private readonly support = new Map<string, Support>();
  constructor(private readonly maxLength = 4) {}

  /** Ids of the traces counted. */
  ids(): string[] {
    return [...this.counted.keys()];
  }

  /** Counts a trace's sub-sequences (a trace counted already is left as it is). */
  add(t: MinableTrace): void {
    if (this.counted.has(t.id)) return;
    const program = t.trainPerfect ? tryParse(t.instruction) : null;
    const subs = program ? subSequences(program, this.maxLength) : new Map<string, MacroStep[]>();
    for (const [key, steps] of subs) {
      const s = this.support.get(key) ?? { steps, tasks: new Map<string, number>(), traces: new Set<string>() };
      s.tasks.set(t.taskHash, (s.tasks.get(t.taskHash) ?? 0) + 1);
      s.traces.add(t.id);
      this.support.set(key, s);
    }
    this.counted.set(t.id, { taskHash: t.taskHash, keys: [...subs.keys()] });
  }

  /** Uncounts a trace (one deleted from the library). */
  remove(id: string): void {
    const c = this.counted.get(id);
    if (!c) return;
    for (const key of c.keys) {
      const s = this.support.get(key)!;
      const n = s.tasks.get(c.taskHash)! - 1;
      if (n > 0) s.tasks.set(c.taskHash, n);
      else s.tasks.delete(c.taskHash);
      s.traces.delete(id);
      if (s.traces.size === 0) this.support.delete(key);
    }
    this.counted.delete(id);
  }

  /**
   * The macros: sub-sequences found in at least `minTasks` distinct tasks. A sub-sequence is
   * dropped when a longer one containing it recurs in the same tasks (the longer says more).
   * Best supported first, then longer, then by key.
   */
  macros(opts: Omit<MineOptions, 'maxLength'> = {}): Macro[] {
    const minTasks = Math.max(2, opts.minTasks ?? 2);
    const recurring = [...this.support].filter(([, s]) => s.tasks.size >= minTasks);
    // Each recurring sequence marks its shorter parts that recur in the same tasks: a few look-ups
    // per sequence, so mining again after a store costs no pass over every pair of sequences.
    const subsumed = new Set<string>();
    for (const [, s] of recurring) {
      const keys = s.steps.map(stepKey);
      for (let len = 2; len < keys.length; len++)
        for (let i = 0; i + len <= keys.length; i++) {
          const part = keys.slice(i, i + len).join(' + ');
          const p = this.support.get(part);
          if (p && sameTasks(p, s)) subsumed.add(part);
        }
    }
    const kept = recurring.filter(([key]) => !subsumed.has(key));
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
}

/** Mines macros from traces at once (see `MacroMiner`): sub-sequences of perfect, parseable programs found in at least `minTasks` distinct tasks. */
export function mineMacros(traces: readonly MinableTrace[], opts: MineOptions = {}): Macro[] {
  const miner = new MacroMiner(opts.maxLength);
  for (const t of traces) miner.add(t);
  return miner.macros(opts);
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
