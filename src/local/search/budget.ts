/**
 * What a search may spend: step applications (the reproducible budget), a wall-clock deadline
 * and an abort signal (guards only), and turns of the event loop so that timers and Ctrl-C fire
 * while the search keeps the CPU busy.
 */

/** Longest stretch of search work without giving the event loop a turn. */
const MAX_BUSY_MS = 25;
/** Checks of `exhausted` between two readings of the clock. */
const CLOCK_EVERY = 8;

export interface BudgetOptions {
  /** Step applications allowed (one step applied to one grid is one application). */
  readonly applications: number;
  /** Wall-clock limit in milliseconds (a guard against runaway work, not the budget). */
  readonly timeMs?: number;
  readonly signal?: AbortSignal;
}

/** A spendable allowance of step applications with a deadline; `pause()` yields when due. */
export class Budget {
  private left: number;
  private granted = 0;
  private readonly deadline: number;
  private lastTurn = performance.now();
  private untilClock = 0;
  private late = false;

  constructor(private readonly opts: BudgetOptions) {
    this.left = opts.applications;
    this.deadline = performance.now() + (opts.timeMs ?? Infinity);
  }

  /** Books `n` step applications. */
  spend(n = 1): void {
    this.left -= n;
  }

  /** Adds `n` step applications (an allowance held back for a later stage). */
  grant(n: number): void {
    this.left += n;
    this.granted += n;
  }

  /** Step applications spent so far. */
  get spent(): number {
    return this.opts.applications + this.granted - this.left;
  }

  /** True once the applications are used up, the deadline has passed or the signal fired. */
  get exhausted(): boolean {
    if (this.left <= 0 || this.opts.signal?.aborted === true || this.late) return true;
    // The clock is read every few checks only: the search asks after every step application.
    if (--this.untilClock > 0) return false;
    this.untilClock = CLOCK_EVERY;
    return (this.late = performance.now() > this.deadline);
  }

  /** True when the search has been busy long enough to give the event loop a turn (`pause`). */
  get due(): boolean {
    return performance.now() - this.lastTurn >= MAX_BUSY_MS;
  }

  /**
   * Gives the event loop a turn when it is `due`. Callers in a hot loop ask `due` first: awaiting
   * a promise that is already settled still costs an allocation and a microtask every time.
   */
  async pause(): Promise<void> {
    if (!this.due) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.lastTurn = performance.now();
  }
}
