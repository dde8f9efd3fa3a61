/**
 * Solving one task, as straight-line steps: reuse stored solutions, run the strategy's
 * steps until one candidate is perfect, then answer the test inputs.
 */
import { passAt2 } from '../arc/score.js';
import { hasSolutions, type Task } from '../arc/task.js';
import type { Attempts, EvolveEvent, SearchStatus, TaskOutcome } from './outcome.js';
import { CallMeter } from './_instrument.js';
import { taskView, type SearchContext } from './_task-state.js';
import { errorText, stopReason } from './_stop.js';
import { makeAttempts } from './attempts.js';
import { Population, rank } from './population.js';
import { reuseSolved, runStep } from './strategy-steps.js';
import { exitsEarly, type Strategy } from './strategy.js';
import type { LibraryPort, Model } from './types.js';

export interface SolveTaskOptions {
  readonly strategy: Strategy;
  /** The persistent library (seed steps, related instructions, --reuse-solved). */
  readonly library?: LibraryPort;
  /** Follow this task's stored solutions first; if one is still perfect, no planner call is made. */
  readonly reuseSolved?: boolean;
  /** Ends the search (per-task timeout, cancelled run): the best candidates so far are answered. */
  readonly signal?: AbortSignal;
  /** Bounds answering the test inputs (the run's own signal); the search's timeout does not apply. */
  readonly answerSignal?: AbortSignal;
  /** Every call and candidate, as it happens. */
  readonly onEvent?: (e: EvolveEvent) => void;
  /** Clock for timestamps (tests pin it). */
  readonly now?: () => Date;
}

/** Per test input: does either attempt match the known output? null when outputs are unknown. */
export function checkAttempts(task: Task, attempts: readonly Attempts[]): boolean[] | null {
  if (!hasSolutions(task)) return null;
  return task.test.map((t, i) => passAt2(attempts[i], t.output!));
}

interface SearchEnd {
  readonly status: SearchStatus;
  readonly error?: string;
}

function startSearch(task: Task, model: Model, options: SolveTaskOptions): SearchContext {
  const emit = options.onEvent ?? (() => {});
  const meter = new CallMeter(emit, task.id);
  return {
    task,
    view: taskView(task),
    model: meter.wrap(model),
    meter,
    strategy: options.strategy,
    library: options.library,
    signal: options.signal,
    emit,
    population: new Population(),
    libraryHits: new Set(),
    plannerExamples: [],
    plannerLessons: [],
    lessonsShown: new Set(),
    lesson: null,
    seedFollowerCalls: 0,
    callsToFirstPerfect: null,
    samplesIssued: 0,
  };
}

/** Reuse stored solutions, then the strategy's steps until one candidate is perfect (where a step exits early). */
async function evolve(s: SearchContext, options: SolveTaskOptions): Promise<SearchEnd> {
  const { strategy } = options;
  try {
    if (options.reuseSolved) await reuseSolved(s);
    // A stored solution that is still perfect answers the task without a single planner call.
    if (s.population.hasPerfect()) return { status: 'done' };
    for (const [index, step] of strategy.steps.entries()) {
      if (s.signal?.aborted) throw s.signal.reason;
      if (step.kind === 'abstract') continue; // runs once the search is over, below
      await runStep(s, step, index);
      if (exitsEarly(strategy, step) && s.population.hasPerfect()) break;
    }
    for (const [index, step] of strategy.steps.entries())
      if (step.kind === 'abstract' && s.population.hasPerfect()) await runStep(s, step, index);
    return { status: 'done' };
  } catch (err) {
    const reason = stopReason(err, s.signal);
    if (!reason) throw err;
    return { status: reason, error: errorText(err) };
  }
}

/** Runs the strategy on one task. Budget and timeout end the search with status 'budget'/'timeout'. */
export async function solveTask(task: Task, model: Model, options: SolveTaskOptions): Promise<TaskOutcome> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const s = startSearch(task, model, options);
  s.emit({ type: 'task_start', taskId: task.id, at: started.toISOString() });

  const searched = await evolve(s, options);
  const answers = await makeAttempts(s.model, s.view, s.population.all, {
    taskId: task.id,
    runs: options.strategy.answer_runs,
    signal: options.answerSignal,
  });
  const answerStop = answers.stop ? stopReason(answers.stop, options.answerSignal) : null;
  const outcome: SearchEnd =
    searched.status === 'done' && answerStop ? { status: answerStop, error: errorText(answers.stop) } : searched;

  const best = rank(s.population.all)[0] ?? null;
  const finished = now();
  s.emit({
    type: 'task_end',
    taskId: task.id,
    status: outcome.status,
    trainPerfect: !!best?.perfect,
    at: finished.toISOString(),
  });
  return {
    taskId: task.id,
    status: outcome.status,
    ...(outcome.error ? { error: outcome.error } : {}),
    candidates: s.population.all,
    attempts: answers.attempts,
    correct: checkAttempts(task, answers.attempts),
    trainPerfect: !!best?.perfect,
    best: best?.id ?? null,
    viaLibrary: !!best && best.librarySeeds.length > 0,
    libraryHits: [...s.libraryHits],
    ...(s.lessonsShown.size ? { lessonsShown: [...s.lessonsShown] } : {}),
    calls: s.meter.calls,
    seedFollowerCalls: s.seedFollowerCalls,
    ...(s.lesson ? { lesson: s.lesson } : {}),
    callsToFirstPerfect: s.callsToFirstPerfect,
    usage: s.meter.usage,
    models: model.roles,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    wallS: (finished.getTime() - started.getTime()) / 1000,
  };
}
