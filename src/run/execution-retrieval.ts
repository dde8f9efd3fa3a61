/**
 * Retrieval by execution: every library instruction written in the step language is run by the
 * offline runner on the new task's train inputs (no model call) and the best by train score
 * become the seed step's hits, their outputs attached so evolution scores them without follower
 * calls. Instructions that do not parse (written by a language model) fall back to the library's
 * fingerprint neighbours, scored by the follower as before. Parsed programs are cached.
 * Programs are ranked by train score blended with each trace's utility, as the library ranks
 * its neighbours (library/utility-rank.ts).
 */
import type { Grid } from '../arc/grid.js';
import { scoreExample, summarise } from '../evolve/fitness.js';
import { taskHash } from '../arc/fingerprint.js';
import type { Task } from '../arc/task.js';
import type { LibraryHit } from '../evolve/types.js';
import { runProgram, tryParse, type Program } from '../local/index.js';
import type { RunLibrary } from './solve-tasks.js';
import { rankByUtility, utilityKey, withinReach, type UtilityCounts, type UtilityQuery } from '../library/index.js';

/** What retrieval scans: every stored trace's id, task and instruction, and the traces' utility counters. */
export interface TraceListing {
  list(opts: {
    limit: number;
  }): Promise<readonly { id: string; taskId: string; taskHash: string; instruction: string }[]>;
  /** Summed counters keyed `kind:id`; absent: every trace counts as new. */
  utility?(query: UtilityQuery): Promise<ReadonlyMap<string, UtilityCounts>>;
}

interface Parsed {
  readonly entryId: string;
  readonly taskId: string;
  readonly taskHash: string;
  readonly instruction: string;
  readonly program: Program;
}

/** Mean train score of outputs, as evolution scores a candidate. */
const trainScore = (outputs: readonly (Grid | null)[], task: Task): number =>
  summarise(task.train.map((pair, i) => scoreExample(outputs[i] ?? null, pair.output))).fitness;

/** Runs every parsed program on the task's train inputs; those that score (> 0), best first. */
export function executeAll(programs: readonly Parsed[], task: Task): LibraryHit[] {
  const own = taskHash(task);
  const seen = new Set<string>();
  const scored: { hit: LibraryHit; score: number }[] = [];
  for (const p of programs) {
    if (p.taskId === task.id || p.taskHash === own || seen.has(p.instruction)) continue;
    seen.add(p.instruction);
    const trainOutputs = task.train.map((pair) => runProgram(p.program, pair.input));
    const score = trainScore(trainOutputs, task);
    if (score > 0)
      scored.push({
        score,
        hit: { entryId: p.entryId, instruction: p.instruction, taskId: p.taskId, distance: 1 - score, trainOutputs },
      });
  }
  // Stable: equal scores keep the library's order.
  return scored.sort((a, b) => b.score - a.score).map((s) => s.hit);
}

/**
 * The k best hits by train score blended with utility. Only the hits utility could lift into
 * the first k are looked up (one small query, however large the library's counters grow).
 */
async function rankedWithUtility(hits: readonly LibraryHit[], k: number, traces: TraceListing): Promise<LibraryHit[]> {
  const score = (h: LibraryHit): number => 1 - h.distance;
  const near = withinReach(hits, score, k);
  const counts = traces.utility
    ? await traces.utility({ kind: 'trace', ids: near.map((h) => h.entryId) })
    : new Map<string, UtilityCounts>();
  return rankByUtility(near, score, (h) => counts.get(utilityKey('trace', h.entryId))).slice(0, k);
}

/** The library with `similar` answered by execution first; stores refresh the scanned listing. */
export function withExecutionRetrieval(lib: RunLibrary, traces: TraceListing): RunLibrary {
  const cache = new Map<string, Program | null>();
  let programs: Promise<Parsed[]> | null = null;
  const load = async (): Promise<Parsed[]> =>
    (await traces.list({ limit: 10_000_000 })).flatMap((e) => {
      if (!cache.has(e.instruction)) cache.set(e.instruction, tryParse(e.instruction));
      const program = cache.get(e.instruction);
      return program
        ? [{ entryId: e.id, taskId: e.taskId, taskHash: e.taskHash, instruction: e.instruction, program }]
        : [];
    });
  return {
    async similar(task, k) {
      const executed = await rankedWithUtility(executeAll(await (programs ??= load()), task), k, traces);
      if (executed.length >= k) return executed;
      const unparsed = (await lib.similar(task, k)).filter(
        (h) => !(cache.get(h.instruction) ?? tryParse(h.instruction)),
      );
      return [...executed, ...unparsed].slice(0, k);
    },
    exactHits: (task) => lib.exactHits(task),
    related: (instruction, k, task) => lib.related(instruction, k, task),
    ...(lib.lessons ? { lessons: lib.lessons } : {}),
    async store(task, record) {
      const written = await lib.store(task, record);
      if (written) programs = null;
      return written;
    },
  };
}
