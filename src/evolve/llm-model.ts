/**
 * The Model over a language model: each role is one structured call through the gateway.
 * The n samples of a batch are n requests with distinct sample indices (distinct cache
 * entries, so 30 planner samples stay 30 answers); failed samples are dropped, unless every
 * sample failed or the budget ran out, which is thrown.
 */
import type { Grid } from '../arc/grid.js';
import { LlmError, ProviderError } from '../llm/errors.js';
import { emptyUsage } from '../llm/usage.js';
import type { StructuredRequest, StructuredResult, Usage } from '../llm/types.js';
import { errorText, stopReason } from './_stop.js';
import {
  FollowAnswerSchema,
  LessonAnswerSchema,
  PlanAnswerSchema,
  PoolAnswerSchema,
  ReviseAnswerSchema,
} from './llm-schemas.js';
import { abstractMessages, followMessages, planMessages, poolMessages, reviseMessages } from './prompts.js';
import type { CallContext, Model, Proposal, RoleModels } from './types.js';

/** What the LLM model needs of the gateway (src/llm `createGateway` provides it). */
export interface StructuredCaller {
  readonly models: Readonly<RoleModels>;
  structured<T>(req: StructuredRequest<T>): Promise<StructuredResult<T>>;
}

/**
 * Usage a failed call still spent (bad answers are paid for; HTTP attempts are counted). The
 * gateway sets `usage` on every error of a call to what the whole call spent (earlier answers,
 * output retries, a text-mode fallback); a ProviderError's `attempts` counts only its last send.
 */
function failedUsage(err: unknown): Usage | undefined {
  if (err instanceof LlmError && err.usage) return err.usage;
  if (err instanceof ProviderError) return { ...emptyUsage(), requests: err.attempts };
  return undefined;
}

type Call<T> = Omit<StructuredRequest<T>, 'taskId' | 'signal' | 'sample'>;

async function call<T>(gateway: StructuredCaller, req: Call<T>, ctx: CallContext, sample?: number): Promise<T> {
  try {
    const r = await gateway.structured({
      ...req,
      taskId: ctx.taskId,
      signal: ctx.signal,
      ...(sample === undefined ? {} : { sample }),
    });
    ctx.onCall?.({ role: req.role, cached: r.cached, usage: r.usage, model: r.model });
    return r.value;
  } catch (err) {
    const usage = failedUsage(err);
    ctx.onCall?.({ role: req.role, cached: false, error: errorText(err), ...(usage ? { usage } : {}) });
    throw err;
  }
}

/** Runs n samples; keeps the ones that worked. Throws a budget/abort stop, or the error when all failed. */
async function samples<T>(
  n: number,
  firstSample: number,
  ctx: CallContext,
  one: (sample: number) => Promise<T>,
): Promise<T[]> {
  const settled = await Promise.allSettled(Array.from({ length: n }, (_, i) => one(firstSample + i)));
  const ok = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failures = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  const stop = failures.find((e) => stopReason(e, ctx.signal));
  if (stop !== undefined && ok.length === 0) throw stop;
  if (n > 0 && ok.length === 0) throw failures[0];
  return ok;
}

export function createLlmModel(gateway: StructuredCaller): Model {
  const roles: RoleModels = { ...gateway.models };
  return {
    roles,
    readsLessons: true,
    // ctx.sample is the batch's first sample index, fresh per task, so a later step asks new questions.
    plan: (view, req, ctx) =>
      samples(req.n, ctx.sample ?? 0, ctx, async (s): Promise<Proposal> => {
        const a = await call(
          gateway,
          { role: 'planner', messages: planMessages(view, req), schema: PlanAnswerSchema, schemaName: 'plan' },
          ctx,
          s,
        );
        return { instruction: a.instruction };
      }),
    revise: (view, req, ctx) =>
      samples(req.n, ctx.sample ?? 0, ctx, async (s): Promise<Proposal> => {
        const a = await call(
          gateway,
          { role: 'repairer', messages: reviseMessages(view, req), schema: ReviseAnswerSchema, schemaName: 'revision' },
          ctx,
          s,
        );
        return { instruction: a.instruction, ...(a.diagnosis ? { note: a.diagnosis } : {}) };
      }),
    pool: (view, req, ctx) =>
      samples(req.n, ctx.sample ?? 0, ctx, async (s): Promise<Proposal> => {
        const a = await call(
          gateway,
          {
            role: 'repairer',
            messages: poolMessages(view, req),
            schema: PoolAnswerSchema,
            schemaName: 'pooled_revision',
          },
          ctx,
          s,
        );
        return { instruction: a.instruction, ...(a.analysis ? { note: a.analysis } : {}) };
      }),
    follow: async (req, ctx): Promise<Grid> =>
      (
        await call(
          gateway,
          { role: 'follower', messages: followMessages(req), schema: FollowAnswerSchema, schemaName: 'grid' },
          ctx,
          ctx.sample,
        )
      ).grid,
    abstract: async (view, req, ctx): Promise<string> =>
      (
        await call(
          gateway,
          { role: 'planner', messages: abstractMessages(view, req), schema: LessonAnswerSchema, schemaName: 'lesson' },
          ctx,
        )
      ).lesson,
  };
}
