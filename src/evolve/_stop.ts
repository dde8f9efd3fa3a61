import { BudgetExceededError } from '../llm/errors.js';
import type { SearchStatus } from './outcome.js';

/**
 * Whether an error ends a task's search (rather than one sample): a spent budget, or the
 * task's abort signal (timeout / cancelled run). Decided by error class and signal state,
 * never by message text.
 */
export function stopReason(err: unknown, signal: AbortSignal | undefined): Exclude<SearchStatus, 'done'> | null {
  if (err instanceof BudgetExceededError) return 'budget';
  if (signal?.aborted) return 'timeout';
  return null;
}

/** Rethrows the first task-ending error among settled results (after all have settled). */
export function rethrowStop(results: readonly PromiseSettledResult<unknown>[], signal: AbortSignal | undefined): void {
  for (const r of results) if (r.status === 'rejected' && stopReason(r.reason, signal)) throw r.reason;
}

export const errorText = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/** After everything settled: throws the first rejection, if any. */
export function throwFirstRejection(results: readonly PromiseSettledResult<unknown>[]): void {
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Like Promise.all, but waits for every promise before rethrowing the first failure. */
export async function allSettledOrThrow<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  throwFirstRejection(settled);
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}
