/**
 * Budget caps. A call is refused (BudgetExceededError, nothing sent) once a cap is reached;
 * calls already in flight finish, so a cap is exceeded by at most what those calls cost.
 *
 * The budget charges what the provider would bill for every answer a task consumed, cache
 * hits included (priced from their recorded tokens), so a run repeated from the cache stops
 * at the same point as the run that filled it, and makes no new calls. Reported costs (Usage)
 * count money actually spent: cache hits cost 0 there.
 */
import { BudgetExceededError } from './errors.js';

export interface BudgetCaps {
  readonly budgetUsd: number | null;
  readonly taskBudgetUsd: number | null;
  readonly taskMaxCalls: number | null;
}

export class Budget {
  private runUsd = 0;
  private readonly taskUsd = new Map<string, number>();
  private readonly taskCalls = new Map<string, number>();
  private readonly stopped = new Set<string>();

  constructor(private readonly caps: BudgetCaps) {}

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

  /** Refuses to send a request when a dollar cap is reached (checked before every HTTP request). */
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

  charge(taskId: string, usd: number): void {
    this.runUsd += usd;
    this.taskUsd.set(taskId, (this.taskUsd.get(taskId) ?? 0) + usd);
  }

  isStopped(taskId: string): boolean {
    return this.stopped.has(taskId);
  }

  stoppedTasks(): string[] {
    return [...this.stopped];
  }

  private refuse(taskId: string, kind: BudgetExceededError['kind'], limit: number, spent: number, what: string): never {
    this.stopped.add(taskId);
    throw new BudgetExceededError(`task ${taskId}: ${what}`, taskId, kind, limit, spent);
  }
}
