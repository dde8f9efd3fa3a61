/** The state of one task's search, and the one way candidates enter the population. */
import type { Task } from '../arc/task.js';
import type { EvolveEvent, LessonOutcome } from './outcome.js';
import type { CallMeter } from './_instrument.js';
import { throwFirstRejection } from './_stop.js';
import { scoreInstruction, type Fitness } from './fitness.js';
import { Population } from './population.js';
import type { Strategy } from './strategy.js';
import type { Candidate, CallContext, LessonHit, LibraryPort, Model, StepKind, TaskView } from './types.js';

export interface SearchContext {
  readonly task: Task;
  readonly view: TaskView;
  /** The metered model: every call is counted and reported. */
  readonly model: Model;
  readonly meter: CallMeter;
  readonly strategy: Strategy;
  readonly library?: LibraryPort;
  readonly signal?: AbortSignal;
  readonly emit: (e: EvolveEvent) => void;
  readonly population: Population;
  /** Library entry ids retrieved for this task. */
  readonly libraryHits: Set<string>;
  /** Best seed instructions, shown to the planner when a seed step asks for it. */
  plannerExamples: string[];
  /** Stored lessons near those seeds, shown to the planner with them (untrusted model text). */
  plannerLessons: LessonHit[];
  /** Ids of the lessons a planner prompt has shown so far. */
  readonly lessonsShown: Set<string>;
  /** What the abstract step got from the model, once it ran. */
  lesson: LessonOutcome | null;
  seedFollowerCalls: number;
  callsToFirstPerfect: number | null;
  /** Batch samples asked for so far (plan, revise, pool), so each batch gets fresh sample indices. */
  samplesIssued: number;
}

/** Claims n fresh sample indices for one batch call and returns the first. */
export function claimSamples(s: SearchContext, n: number): number {
  const first = s.samplesIssued;
  s.samplesIssued += n;
  return first;
}

export const taskView = (task: Task): TaskView => ({ train: task.train, testInputs: task.test.map((t) => t.input) });

export const callContext = (s: SearchContext, step: StepKind, sample?: number): CallContext => ({
  taskId: s.task.id,
  step,
  signal: s.signal,
  ...(sample === undefined ? {} : { sample }),
});

/** Where new instructions came from. */
export interface Origin {
  readonly step: StepKind;
  readonly stepIndex: number;
  readonly parents: readonly Candidate[];
  /** Library entry ids the new candidates descend from (besides their parents'). */
  readonly librarySeeds?: readonly string[];
  /** Ids of the lessons shown in the prompt the new candidates were planned from. */
  readonly lessons?: readonly string[];
}

export interface NewInstruction {
  readonly instruction: string;
  readonly note?: string;
  /** Per-instruction seeds (a library hit seeds exactly one candidate). */
  readonly librarySeeds?: readonly string[];
  /** Already known (a library hit retrieval ran): no follower calls are made for it. */
  readonly fitness?: Fitness;
}

export interface ProposalGroup {
  readonly proposals: readonly NewInstruction[];
  readonly origin: Origin;
}

function toCandidate(id: string, p: NewInstruction, origin: Origin, fit: Fitness): Candidate {
  const seeds = [
    ...origin.parents.flatMap((c) => c.librarySeeds),
    ...(origin.librarySeeds ?? []),
    ...(p.librarySeeds ?? []),
  ];
  const lessons = new Set([...origin.parents.flatMap((c) => c.lessons ?? []), ...(origin.lessons ?? [])]);
  return {
    id,
    instruction: p.instruction,
    step: origin.step,
    stepIndex: origin.stepIndex,
    parents: origin.parents.map((c) => c.id),
    librarySeeds: [...new Set(seeds)],
    ...(lessons.size ? { lessons: [...lessons] } : {}),
    ...fit,
    ...(p.note ? { note: p.note } : {}),
  };
}

function admit(s: SearchContext, c: Candidate): void {
  s.population.add(c);
  if (c.perfect && s.callsToFirstPerfect === null) s.callsToFirstPerfect = s.meter.total;
  s.emit({
    type: 'candidate',
    taskId: s.task.id,
    id: c.id,
    step: c.step,
    fitness: c.fitness,
    perfect: c.perfect,
    parents: c.parents,
    at: new Date().toISOString(),
  });
}

/**
 * Scores new instructions (skipping ones already tried) in parallel and adds them to the
 * population in proposal order, groups in the order given, so ids never depend on timing.
 * When a budget or abort stops scoring midway, the finished candidates are kept and the
 * stop is rethrown.
 */
export async function addCandidates(s: SearchContext, groups: readonly ProposalGroup[]): Promise<Candidate[]> {
  const fresh = groups.flatMap(({ proposals, origin }) =>
    proposals.flatMap((p) => {
      const id = s.population.reserve(p.instruction);
      return id ? [{ id, p, origin }] : [];
    }),
  );
  const settled = await Promise.allSettled(
    fresh.map(async ({ id, p, origin }) =>
      toCandidate(
        id,
        p,
        origin,
        p.fitness ?? (await scoreInstruction(s.model, s.view, p.instruction, callContext(s, origin.step))),
      ),
    ),
  );
  const added = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  for (const c of added) admit(s, c);
  // scoreInstruction only rejects for task-ending errors (budget, abort): pass them on.
  throwFirstRejection(settled);
  return added;
}
