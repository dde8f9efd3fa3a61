/**
 * Concepts between the library and the offline engine: run/ reads the library's traces, has
 * local/ mine macros from them, and stores the result in the library's `concepts` table as plain
 * data (library/ never sees the step language). A run loads the stored macros for the offline
 * search and, after each store, mines again so later tasks use what earlier ones taught: only
 * the traces it has not counted yet are read and counted (see `ConceptLearner`).
 */
import {
  perfectTraces,
  readConcepts,
  replaceMacros,
  type ConceptEntry,
  type ConceptInput,
  type Library,
  type UtilityUpdate,
} from '../library/index.js';
import { MacroMiner, STEP_DEFS, containsMacro, type Macro, type MacroSource } from '../local/index.js';
import { observationOf, plannerCredit, type PlannedTask } from './credit.js';
import type { RunLibrary } from './solve-tasks.js';

/** A stored macro the search can use, with the id its credit is kept under. */
export type StoredMacro = MacroSource & { readonly id: string };

const known = new Set(STEP_DEFS.map((d) => d.name));

/** Stored macros the search can use (steps of kinds this arcmem does not know are left out). */
export const macrosOf = (entries: readonly ConceptEntry[]): StoredMacro[] =>
  entries.filter((e) => e.kind === 'macro' && e.steps.length >= 2 && e.steps.every((s) => known.has(s.name)));

const asInput = (m: Macro): ConceptInput => ({
  id: m.id,
  kind: 'macro',
  name: m.name,
  text: m.text,
  steps: m.steps.map((s) => ({ name: s.name, fixed: s.fixed as Record<string, string | number> })),
  provenance: m.provenance,
});

/**
 * Credit of the macros the offline engine had while solving a task: each offered once, and
 * ancestor of a perfect (or verified) candidate whose program holds the macro's steps in a row
 * (see `plannerCredit`). Tasks planned by a language model were offered no macros.
 */
export function conceptCredit(t: PlannedTask, macros: readonly StoredMacro[]): UtilityUpdate[] {
  const credit = plannerCredit(t);
  return credit ? macros.map((m) => credit('concept', m.id, (program) => containsMacro(program, m.steps))) : [];
}

/**
 * Keeps a library's mined macros up to date. Each update lists the ids of the perfect traces,
 * reads in full only those it has not counted yet (the first update: all of them), counts their
 * sub-sequences against what it counted before, uncounts traces no longer stored, and stores the
 * macros in place of the old ones. So mining after a store reads that store's traces, not the
 * library, and gives what mining every trace afresh gives.
 */
export class ConceptLearner {
  private readonly miner = new MacroMiner();
  /** Traces read in full by the latest update. */
  lastRead = 0;
  constructor(private readonly library: Library) {}

  async update(): Promise<Macro[]> {
    const { ids, fresh } = await perfectTraces(this.library, new Set(this.miner.ids()), { withTasks: false });
    for (const t of fresh) this.miner.add({ ...t, trainPerfect: true });
    const live = new Set(ids);
    for (const id of this.miner.ids()) if (!live.has(id)) this.miner.remove(id);
    this.lastRead = fresh.length;
    const macros = this.miner.macros();
    await replaceMacros(this.library, macros.map(asInput));
    return macros;
  }
}

/** Mines macros from every trace of the library and stores them in place of the old ones; returns them. */
export const rebuildConcepts = (library: Library): Promise<Macro[]> => new ConceptLearner(library).update();

/** The macros a run's offline engine tries, as loaded from (and learned into) the library. */
export interface LearnedConcepts {
  /** What the search uses now (read at every plan search). */
  readonly current: () => readonly StoredMacro[];
  /** Reads the library's stored macros. */
  load(library: Library): Promise<void>;
  /**
   * The run's library with concepts mined again after every store that wrote something. A
   * failed mining keeps the concepts in use and is reported; the stored traces stand.
   */
  learning(lib: RunLibrary, library: Library, onWarning?: (message: string) => void): RunLibrary;
}

export function learnedConcepts(): LearnedConcepts {
  let macros: readonly StoredMacro[] = [];
  // Stores finish concurrently: one mining at a time, in order.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    current: () => macros,
    async load(library) {
      macros = macrosOf(await readConcepts(library, 'macro'));
    },
    learning(lib, library, onWarning) {
      const learner = new ConceptLearner(library);
      return {
        ...lib,
        async store(task, record) {
          const offered = macros;
          const written = await lib.store(task, record);
          const credit = conceptCredit(record, offered);
          if (credit.length) await library.recordUse(observationOf(record), credit);
          if (written) {
            const mined = queue.then(() => learner.update());
            queue = mined.catch(() => undefined);
            try {
              macros = await mined;
            } catch (err) {
              onWarning?.(
                `could not update the library's concepts (${err instanceof Error ? err.message : String(err)}); \`arcmem library compact\` rebuilds them`,
              );
            }
          }
          return written;
        },
      };
    },
  };
}
