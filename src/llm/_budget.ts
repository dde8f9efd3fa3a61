/**
 * Budget caps. Before each request its worst-case cost is reserved; a request is sent only while
 * spent + reserved stays below each dollar cap, else it waits for requests in flight to settle,
 * and once the spend alone reaches a cap it is refused (BudgetExceededError, nothing sent). So a
 * cap is exceeded by at most one request's worst-case cost, however many are in flight.
 *
 * The budget charges what the provider would bill for every answer a task consumed, cache hits
 * included (priced from their recorded tokens), so a run repeated from the cache stops at the
 * same point as the run that filled it. A resumed run starts from its ledger: what earlier
 * invocations spent (requests lost in flight at a kill at their worst case), and the answers they
 * paid for, whose replays from the cache are then free. Reported costs (Usage) count money
 * actually spent: cache hits cost 0 there.
 */
import type { BudgetLedger } from './budget-ledger.js';
import { BudgetExceededError } from './errors.js';

/** The run's key among the per-task ones (no task id holds a NUL). */
const RUN = '\u0000run';

export interface BudgetCaps {
  readonly budgetUsd: number | null;
  readonly taskBudgetUsd: number | null;
  readonly taskMaxCalls: number | null;
}

/** A request's reserved worst case, until it is settled. */
export interface Reservation {
  readonly id: number;
  readonly taskId: string;
  readonly usd: number;
}

export class Budget {
  private runUsd = 0;
  /** Worst cases reserved by requests in flight: the run's (key RUN) and each task's, with how many hold them. */
  private readonly inFlight = new Map<string, { usd: number; n: number }>();
  private readonly taskUsd = new Map<string, number>();
  private readonly taskCalls = new Map<string, number>();
  private readonly stopped = new Set<string>();
  /** Answers earlier invocations paid for, by cache key: a replay of one is not charged twice. */
  private readonly paid = new Map<string, number>();
  private readonly waiters = new Set<() => void>();
  private nextId = 0;

  constructor(
    private readonly caps: BudgetCaps,
    private readonly ledger: BudgetLedger = { prior: [], append: () => undefined },
  ) {
    const open = new Map<number, { task: string; usd: number }>();
    for (const e of ledger.prior) {
      if (e.t === 'reserve') open.set(e.id, e);
      else if (e.t === 'settle') {
        const r = open.get(e.id);
        open.delete(e.id);
        if (r) this.add(r.task, e.usd);
        if (e.key) this.paid.set(e.key, (this.paid.get(e.key) ?? 0) + 1);
      } else {
        this.add(e.task, e.usd);
        this.paid.set(e.key, (this.paid.get(e.key) ?? 0) + 1);
      }
      if (e.t !== 'replay') this.nextId = Math.max(this.nextId, e.id + 1);
    }
    for (const r of open.values()) this.add(r.task, r.usd); // in flight at a kill: billed or not, count the worst
  }

  /** Counts a new call for the task, or refuses it when the call cap or a dollar cap is reached. */
  startCall(taskId: string): void {
    const calls = this.taskCalls.get(taskId) ?? 0;
    const max = this.caps.taskMaxCalls;
    if (max !== null && calls >= max) {
      this.refuse(
        taskId,
        'task-calls',
        max,
        calls,
        `task call cap reached (${calls} of ${max} calls): raise --task-max-calls to continue.`,
      );
    }
    this.checkDollars(taskId);
    this.taskCalls.set(taskId, calls + 1);
  }

  /** Refuses when what was spent alone reached a dollar cap. */
  checkDollars(taskId: string): void {
    const { budgetUsd, taskBudgetUsd } = this.caps;
    if (budgetUsd !== null && this.runUsd >= budgetUsd) {
      this.refuse(
        taskId,
        'run-usd',
        budgetUsd,
        this.runUsd,
        `run budget reached ($${this.runUsd.toFixed(4)} of $${budgetUsd}): raise --budget-usd to continue.`,
      );
    }
    const spent = this.taskUsd.get(taskId) ?? 0;
    if (taskBudgetUsd !== null && spent >= taskBudgetUsd) {
      this.refuse(
        taskId,
        'task-usd',
        taskBudgetUsd,
        spent,
        `task budget reached ($${spent.toFixed(4)} of $${taskBudgetUsd}): raise --task-budget-usd to continue.`,
      );
    }
  }

  /**
   * Reserves a request's worst-case cost before it is sent: waits while the requests in flight
   * could take the spend to a cap, refuses once the spend has reached one.
   */
  async reserve(taskId: string, worstUsd: number, signal?: AbortSignal): Promise<Reservation> {
    for (;;) {
      signal?.throwIfAborted();
      this.checkDollars(taskId);
      if (this.fits(taskId)) break;
      await this.nextSettle(signal);
    }
    const r: Reservation = { id: this.nextId++, taskId, usd: worstUsd };
    this.ledger.append({ t: 'reserve', id: r.id, task: taskId, usd: worstUsd });
    for (const k of [RUN, taskId]) this.hold(k, worstUsd, 1);
    return r;
  }

  /** Ends a reservation at the request's real cost (0 when it failed); `key` names the answer it paid for. */
  settle(r: Reservation, usd: number, key?: string): void {
    this.ledger.append({ t: 'settle', id: r.id, usd, ...(key ? { key } : {}) });
    for (const k of [RUN, r.taskId]) this.hold(k, -r.usd, -1);
    this.add(r.taskId, usd);
    for (const wake of [...this.waiters]) wake();
  }

  /** Charges a cache hit at its price, unless an earlier invocation of this run already paid for that answer. */
  chargeReplay(taskId: string, usd: number, key: string): void {
    const paid = this.paid.get(key) ?? 0;
    if (paid > 0) {
      this.paid.set(key, paid - 1);
      return;
    }
    this.ledger.append({ t: 'replay', task: taskId, usd, key });
    this.add(taskId, usd);
  }

  isStopped(taskId: string): boolean {
    return this.stopped.has(taskId);
  }

  stoppedTasks(): string[] {
    return [...this.stopped];
  }

  /** Dollars charged so far (settled requests, replays, and what earlier invocations spent). */
  spentUsd(): number {
    return this.runUsd;
  }

  /** True when the requests in flight cannot take the spend to a cap, so one more may start. */
  private fits(taskId: string): boolean {
    const { budgetUsd, taskBudgetUsd } = this.caps;
    const runOk = budgetUsd === null || this.runUsd + this.held(RUN) < budgetUsd;
    const taskOk = taskBudgetUsd === null || (this.taskUsd.get(taskId) ?? 0) + this.held(taskId) < taskBudgetUsd;
    return runOk && taskOk;
  }

  private held(key: string): number {
    return this.inFlight.get(key)?.usd ?? 0;
  }

  /** Adds to (or, negative, releases from) a reserved total; the last release clears it, so no rounding is left over. */
  private hold(key: string, usd: number, n: number): void {
    const cur = this.inFlight.get(key) ?? { usd: 0, n: 0 };
    if (cur.n + n <= 0) this.inFlight.delete(key);
    else this.inFlight.set(key, { usd: cur.usd + usd, n: cur.n + n });
  }

  private nextSettle(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (): void => {
        this.waiters.delete(done);
        signal?.removeEventListener('abort', aborted);
        resolve();
      };
      const aborted = (): void => {
        this.waiters.delete(done);
        reject(signal!.reason);
      };
      this.waiters.add(done);
      signal?.addEventListener('abort', aborted, { once: true });
    });
  }

  private add(taskId: string, usd: number): void {
    this.runUsd += usd;
    this.taskUsd.set(taskId, (this.taskUsd.get(taskId) ?? 0) + usd);
  }

  private refuse(taskId: string, kind: BudgetExceededError['kind'], limit: number, spent: number, what: string): never {
    this.stopped.add(taskId);
    throw new BudgetExceededError(`task ${taskId}: ${what}`, taskId, kind, limit, spent);
  }
}
