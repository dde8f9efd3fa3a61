/**
 * Wraps a Model for one task: counts calls per role, sums usage, and emits one `call`
 * event per backend call. Backends that report calls through `ctx.onCall` are counted per
 * report; a backend that reports nothing is counted as `n` calls per batch method and one
 * per follow, with one event per method call.
 */
import type { Usage } from '../llm/types.js';
import type { EvolveEvent, RoleCalls } from './outcome.js';
import { addUsage, emptyUsage } from '../llm/usage.js';
import { errorText } from './_stop.js';
import type { CallContext, CallReport, Model, RoleModels } from './types.js';

type Role = keyof RoleModels;

/** Longest stretch of model work without a turn of the event loop (the offline engine never waits on I/O). */
const MAX_BUSY_MS = 50;
let lastTurn = performance.now();

/**
 * Gives timers and signals a turn when models have kept the CPU busy: without it a run on the
 * offline engine is one long chain of resolved promises, and Ctrl-C or --task-timeout only
 * take effect when the whole run is over. Throws the signal's reason once it has fired.
 */
async function letEventLoopIn(signal: AbortSignal | undefined): Promise<void> {
  if (performance.now() - lastTurn >= MAX_BUSY_MS) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    lastTurn = performance.now();
  }
  signal?.throwIfAborted();
}

export class CallMeter {
  private counts: Record<Role, number> = { planner: 0, repairer: 0, follower: 0 };
  private used: Usage = emptyUsage();

  constructor(
    private readonly emit: (e: EvolveEvent) => void,
    private readonly taskId: string,
  ) {}

  get calls(): RoleCalls {
    return { ...this.counts };
  }
  get total(): number {
    return this.counts.planner + this.counts.repairer + this.counts.follower;
  }
  get usage(): Usage {
    return this.used;
  }

  record(report: CallReport, step: string, count = 1): void {
    this.counts[report.role] += count;
    if (report.usage) this.used = addUsage(this.used, report.usage);
    this.emit({
      type: 'call',
      taskId: this.taskId,
      role: report.role,
      step,
      cached: report.cached,
      ...(count !== 1 ? { count } : {}),
      ...(report.usage ? { usage: report.usage } : {}),
      ...(report.error ? { error: report.error } : {}),
      at: new Date().toISOString(),
    });
  }

  /** The same model, metered. */
  wrap(model: Model): Model {
    const metered = async <T>(
      role: Role,
      n: number,
      ctx: CallContext,
      run: (c: CallContext) => Promise<T>,
    ): Promise<T> => {
      let reported = 0;
      const inner: CallContext = {
        ...ctx,
        onCall: (r) => {
          reported++;
          this.record(r, ctx.step);
          ctx.onCall?.(r);
        },
      };
      await letEventLoopIn(ctx.signal); // before the call: a call that never started is not counted
      try {
        const out = await run(inner);
        if (!reported) this.record({ role, cached: false }, ctx.step, n);
        return out;
      } catch (err) {
        if (!reported) this.record({ role, cached: false, error: errorText(err) }, ctx.step, n);
        throw err;
      }
    };
    return {
      roles: model.roles,
      ...(model.readsLessons ? { readsLessons: true } : {}),
      plan: (view, req, ctx) => metered('planner', req.n, ctx, (c) => model.plan(view, req, c)),
      revise: (view, req, ctx) => metered('repairer', req.n, ctx, (c) => model.revise(view, req, c)),
      pool: (view, req, ctx) => metered('repairer', req.n, ctx, (c) => model.pool(view, req, c)),
      follow: (req, ctx) => metered('follower', 1, ctx, (c) => model.follow(req, c)),
      ...(model.abstract
        ? { abstract: (view, req, ctx) => metered('planner', 1, ctx, (c) => model.abstract!(view, req, c)) }
        : {}),
    };
  }
}
