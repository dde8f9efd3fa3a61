/**
 * What goes into the library when a task finishes: every perfect candidate, deduplicated by
 * normalised instruction text, and optionally the best imperfect one of an unsolved task,
 * flagged as a near miss. Pure: ids and time come in as arguments.
 */
import { basename, dirname } from 'node:path';
import { fingerprint, taskHash, type Task } from '../arc/index.js';
import { normaliseInstruction } from '../instruction-text.js';
import type { TraceEntry } from './schema.js';
import type { SolvedTask, TraceCandidate } from './solved-task.js';

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
  /** The id of the trace of an instruction for the task with this content hash. */
  readonly newId: (taskHash: string, instruction: string) => string;
}

/** The candidates worth keeping, best first, without text duplicates. */
function chooseCandidates(solved: SolvedTask, opts: TraceOptions): { candidate: TraceCandidate; nearMiss: boolean }[] {
  const byFitness = [...solved.candidates].sort((a, b) => b.fitness - a.fitness);
  const perfect = byFitness.filter((c) => c.trainPerfect);
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
export function tracesFor(solved: SolvedTask, opts: TraceOptions): TraceEntry[] {
  const { task } = solved;
  const hash = taskHash(task);
  const fp = fingerprint(task);
  return chooseCandidates(solved, opts).map(({ candidate, nearMiss }) => ({
    id: opts.newId(hash, candidate.instruction),
    taskId: task.id,
    taskHash: hash,
    dataset: opts.dataset,
    instruction: candidate.instruction,
    step: candidate.step,
    stepIndex: candidate.stepIndex,
    candidateId: candidate.candidateId,
    parents: [...candidate.parents],
    fitness: candidate.fitness,
    trainPerfect: candidate.trainPerfect,
    // Test answers come from the best candidate; for the others they are unknown.
    testVerified: candidate.candidateId === solved.bestCandidateId ? solved.testVerified : null,
    nearMiss,
    plannerModel: solved.models.planner,
    repairerModel: solved.models.repairer,
    followerModel: solved.models.follower,
    promptTokens: solved.usage.promptTokens,
    completionTokens: solved.usage.completionTokens,
    costUsd: solved.usage.costUsd,
    createdAt: opts.now.toISOString(),
    seededBy: [...candidate.seededBy],
    taskSource: task.source ?? null,
    taskJson: taskJsonOf(task),
    fingerprint: fp,
    textVector: null,
    embedModel: null,
  }));
}
