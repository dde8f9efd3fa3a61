/**
 * The library as a run sees it: evolve/ defines the retrieval port it needs (LibraryPort),
 * library/ knows nothing of evolution or runs, and this adapter joins them, converting
 * retrieved traces into evolution's hits and a finished task into the library's own input.
 */
import type { Task } from '../arc/task.js';
import type { LessonOutcome } from '../evolve/outcome.js';
import type { Candidate, LibraryHit, RoleModels } from '../evolve/types.js';
import {
  LibraryError,
  addLesson,
  nearestLessons,
  type Library,
  type RetrievalPolicy,
  type SolvedTask,
  type StoreOptions,
  type TraceHit,
} from '../library/index.js';
import type { Usage } from '../llm/types.js';
import type { RunLibrary } from './solve-tasks.js';
import { creditOf, observationOf, type CreditedTask } from './credit.js';

/**
 * What the library keeps of a finished task (its traces, and the credit of the items it was
 * offered). Structural, so evolution's outcome and the run's task record both fit.
 */
export interface FinishedTask extends CreditedTask {
  readonly candidates: readonly Candidate[];
  /** Id of the candidate whose answers were submitted. */
  readonly best: string | null;
  /** Per test output, when solutions are known; else null. */
  readonly correct: readonly boolean[] | null;
  readonly models: RoleModels;
  readonly usage: Pick<Usage, 'promptTokens' | 'completionTokens' | 'costUsd'>;
  /** The abstract step's lesson; an accepted one is stored beside the traces. */
  readonly lesson?: LessonOutcome;
}

/** A run's library settings: what retrieval may offer and how finished tasks are stored. */
export interface SeedingOptions extends RetrievalPolicy, StoreOptions {}

/** The library's input for a finished task. */
export function solvedTask(task: Task, finished: FinishedTask): SolvedTask {
  return {
    task,
    candidates: finished.candidates.map((c) => ({
      candidateId: c.id,
      instruction: c.instruction,
      step: c.step,
      stepIndex: c.stepIndex,
      parents: c.parents,
      fitness: c.fitness,
      trainPerfect: c.perfect,
      seededBy: c.librarySeeds,
    })),
    bestCandidateId: finished.best,
    testVerified: finished.correct === null ? null : finished.correct.every(Boolean),
    models: finished.models,
    usage: {
      promptTokens: finished.usage.promptTokens,
      completionTokens: finished.usage.completionTokens,
      costUsd: finished.usage.costUsd,
    },
  };
}

const toLibraryHit = (h: TraceHit): LibraryHit => ({
  entryId: h.id,
  instruction: h.instruction,
  taskId: h.taskId,
  distance: h.distance,
});

/**
 * The library as a run uses it (evolution's retrieval port, plus storing each finished task)
 * over an open library, with the run's retrieval and storing settings.
 */
export function libraryPort(library: Library, options: SeedingOptions = {}): RunLibrary {
  const policy: RetrievalPolicy = { reuseSolved: options.reuseSolved ?? false, filter: options.filter ?? {} };
  const storing: StoreOptions = {
    storeNearMisses: options.storeNearMisses ?? false,
    ...(options.dataset !== undefined ? { dataset: options.dataset } : {}),
  };
  return {
    similar: async (task, k) => (await library.similar(task, k, policy)).map(toLibraryHit),
    exactHits: async (task) => (await library.exactHits(task)).map(toLibraryHit),
    related: async (instruction, k, task) => (await library.related(instruction, k, task, policy)).map(toLibraryHit),
    store: async (task, finished) => {
      const written = await library.store(solvedTask(task, finished), storing);
      await library.recordUse(observationOf(finished), creditOf(finished)).catch((err: unknown) => {
        throw new LibraryError(
          `stored ${written} trace(s) of task ${task.id} but could not record what its library seeds were worth: ${err instanceof Error ? err.message : String(err)}`,
          library.uri,
          { cause: err },
        );
      });
      const lesson = finished.lesson;
      if (lesson?.accepted) await addLesson(library, { text: lesson.text, task, instruction: lesson.instruction });
      return written;
    },
    lessons: async (text, k) => (await nearestLessons(library, text, k)).map((e) => ({ id: e.id, text: e.text })),
  };
}
