/**
 * Two attempts per test input. With perfect candidates the follower runs them (cycling
 * through them, up to `runs` times, two at a time) and the first two distinct outputs win.
 * Without one, the two best candidates are followed and told they may be partly wrong.
 * attempt_2 differs from attempt_1 whenever any distinct output exists; a single output is
 * duplicated (Kaggle needs both keys); with no output at all the test input itself is the
 * answer, since an unchanged input is the cheapest guess that keeps the submission valid.
 */
import { gridKey, type Grid } from '../arc/grid.js';
import type { Attempts } from './outcome.js';
import { stopReason } from './_stop.js';
import { rank } from './population.js';
import type { Candidate, CallContext, Model, TaskView } from './types.js';

export interface AnswerOptions {
  readonly taskId: string;
  /** Follower runs per test input when perfect candidates exist. */
  readonly runs: number;
  readonly signal?: AbortSignal;
}

/** Picks attempt_1 and attempt_2 from outputs in order of preference. */
export function pickAttempts(outputs: readonly Grid[], fallback: Grid): Attempts {
  const distinct = [...new Map(outputs.map((g) => [gridKey(g), g])).values()];
  const first = distinct[0] ?? fallback;
  return { attempt_1: first, attempt_2: distinct[1] ?? first };
}

const distinctCount = (outputs: readonly Grid[]): number => new Set(outputs.map(gridKey)).size;

type Job = { readonly c: Candidate; readonly sample: number; readonly uncertain: boolean };

/** Follows each job on `input`; failures are dropped, task-ending ones remembered in `stops`. */
async function followAll(
  model: Model,
  jobs: readonly Job[],
  view: TaskView,
  input: Grid,
  ctx: CallContext,
  stops: unknown[],
): Promise<Grid[]> {
  const settled = await Promise.allSettled(
    jobs.map((j) =>
      model.follow(
        { instruction: j.c.instruction, context: view.train, input, uncertain: j.uncertain },
        { ...ctx, sample: j.sample },
      ),
    ),
  );
  for (const r of settled) if (r.status === 'rejected' && stopReason(r.reason, ctx.signal)) stops.push(r.reason);
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}

async function answerOne(
  model: Model,
  view: TaskView,
  candidates: readonly Candidate[],
  input: Grid,
  opts: AnswerOptions,
  stops: unknown[],
): Promise<Attempts> {
  const ctx: CallContext = { taskId: opts.taskId, step: 'answer', signal: opts.signal };
  const ranked = rank(candidates);
  const perfect = ranked.filter((c) => c.perfect);
  if (!perfect.length) {
    const jobs = ranked.slice(0, 2).map((c) => ({ c, sample: 0, uncertain: true }));
    return pickAttempts(await followAll(model, jobs, view, input, ctx, stops), input);
  }
  const jobs = Array.from({ length: opts.runs }, (_, run) => ({
    c: perfect[run % perfect.length]!,
    sample: run,
    uncertain: false,
  }));
  const outputs: Grid[] = [];
  for (let start = 0; start < jobs.length && distinctCount(outputs) < 2 && !stops.length; start += 2) {
    outputs.push(...(await followAll(model, jobs.slice(start, start + 2), view, input, ctx, stops)));
  }
  return pickAttempts(outputs, input);
}

export interface Answers {
  /** One entry per test input, in order; always complete. */
  readonly attempts: Attempts[];
  /** The first task-ending error (budget, abort) met while answering, if any. */
  readonly stop: unknown;
}

/** Attempts for every test input. Never throws for a failed call: it answers with what it has. */
export async function makeAttempts(
  model: Model,
  view: TaskView,
  candidates: readonly Candidate[],
  opts: AnswerOptions,
): Promise<Answers> {
  const stops: unknown[] = [];
  const attempts = await Promise.all(
    view.testInputs.map((input) => answerOne(model, view, candidates, input, opts, stops)),
  );
  return { attempts, stop: stops[0] };
}
