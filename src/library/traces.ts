/**
 * What goes into the library when a task finishes: every perfect candidate, deduplicated by
 * normalised instruction text, and optionally the best imperfect one of an unsolved task,
 * flagged as a near miss. Pure: ids and time come in as arguments.
 */
import { basename, dirname } from 'node:path';
import { fingerprint, taskHash, type Task } from '../arc/index.js';
import { normaliseInstruction } from '../evolve/population.js';
import type { Candidate } from '../evolve/types.js';
import type { TaskRecord } from '../run/format.js';
import type { TraceEntry } from './schema.js';

/** The dedup key of an instruction is evolution's, so the library and a population agree. */
export { normaliseInstruction };


/** `arc-agi-1/training` for `.../arc-agi-1/training/abc.json`; 'unknown' without a source. */
export function datasetOf(task: Task): string {
  if (!task.source) return 'unknown';
  const dir = dirname(task.source);
  return `${basename(dirname(dir))}/${basename(dir)}`;
}

export interface TraceOptions {
  readonly dataset: string;
  readonly storeNearMisses: boolean;
  /** Normalised instructions already stored for this task. */
  readonly known: ReadonlySet<string>;
  readonly now: Date;
  readonly newId: () => string;
}

/** The candidates worth keeping, best first, without text duplicates. */
function chooseCandidates(record: TaskRecord, opts: TraceOptions): { candidate: Candidate; nearMiss: boolean }[] {
  const byFitness = [...record.candidates].sort((a, b) => b.fitness - a.fitness);
  const perfect = byFitness.filter((c) => c.perfect);
  const chosen =
    perfect.length > 0
      ? perfect.map((candidate) => ({ candidate, nearMiss: false }))
      : opts.storeNearMisses && byFitness[0] && byFitness[0].fitness > 0
        ? [{ candidate: byFitness[0], nearMiss: true }]
        : [];
  const seen = new Set(opts.known);
  return chosen.filter(({ candidate }) => {
    const key = normaliseInstruction(candidate.instruction);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The task's grids as stored with each trace (test outputs included when known). */
const taskJsonOf = (task: Task): string => JSON.stringify({ train: task.train, test: task.test });

/** Rows (without text vectors) for a finished task. */
export function tracesFor(task: Task, record: TaskRecord, opts: TraceOptions): TraceEntry[] {
  const hash = taskHash(task);
  const fp = fingerprint(task);
  const verified = record.correct === null ? null : record.correct.every(Boolean);
  return chooseCandidates(record, opts).map(({ candidate, nearMiss }) => ({
    id: opts.newId(),
    taskId: task.id,
    taskHash: hash,
    dataset: opts.dataset,
    instruction: candidate.instruction,
    step: candidate.step,
    stepIndex: candidate.stepIndex,
    candidateId: candidate.id,
    parents: [...candidate.parents],
    fitness: candidate.fitness,
    trainPerfect: candidate.perfect,
    // Test answers come from the best candidate; for the others they are unknown.
    testVerified: candidate.id === record.best ? verified : null,
    nearMiss,
    plannerModel: record.models.planner,
    repairerModel: record.models.repairer,
    followerModel: record.models.follower,
    promptTokens: record.usage.promptTokens,
    completionTokens: record.usage.completionTokens,
    costUsd: record.usage.costUsd,
    createdAt: opts.now.toISOString(),
    seededBy: [...candidate.librarySeeds],
    taskSource: task.source ?? null,
    taskJson: taskJsonOf(task),
    fingerprint: fp,
    textVector: null,
    embedModel: null,
  }));
}
