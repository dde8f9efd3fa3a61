/**
 * The retry policy, decided by error class and HTTP status only (never message text):
 * 408, 429 and 5xx, timeouts, broken connections and unparseable response bodies are
 * retried with exponential backoff and jitter, honouring Retry-After; other 4xx are not.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ProviderFailure } from './errors.js';

export interface FailureInfo {
  readonly failure: ProviderFailure;
  readonly status: number | undefined;
  readonly retryable: boolean;
  /** Delay the server asked for (Retry-After / retry-after-ms), in ms. */
  readonly retryAfterMs: number | null;
}

/** Classifies an error thrown by the openai client; null for errors that are not provider faults (bugs). */
export function classifyFailure(err: unknown, now = Date.now()): FailureInfo | null {
  if (err instanceof APIUserAbortError)
    return { failure: 'aborted', status: undefined, retryable: false, retryAfterMs: null };
  if (err instanceof APIConnectionTimeoutError)
    return { failure: 'timeout', status: undefined, retryable: true, retryAfterMs: null };
  if (err instanceof APIConnectionError)
    return { failure: 'connection', status: undefined, retryable: true, retryAfterMs: null };
  if (err instanceof APIError) {
    const status = err.status ?? 0;
    const retryable = status === 408 || status === 429 || status >= 500;
    return { failure: 'http', status: err.status, retryable, retryAfterMs: retryAfterMs(err.headers, now) };
  }
  // A 200 whose body is not JSON: the client's JSON parse fails. Transient on real providers.
  if (err instanceof SyntaxError)
    return { failure: 'bad-response', status: undefined, retryable: true, retryAfterMs: null };
  return null;
}

/** Milliseconds from `retry-after-ms`, or `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | null {
  const ms = Number(headers?.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Delay before retry number `retry` (0-based): Retry-After when given (capped at maxMs), else
 * base * 2^retry capped at maxMs, with "equal jitter" (half fixed, half random) so parallel
 * callers do not retry in lockstep.
 */
export function backoffMs(
  retry: number,
  baseMs: number,
  maxMs: number,
  retryAfter: number | null,
  random = Math.random,
): number {
  if (retryAfter !== null) return Math.min(retryAfter, maxMs);
  const exp = Math.min(maxMs, baseMs * 2 ** retry);
  return exp / 2 + random() * (exp / 2);
}

/** True when a 400 says the endpoint rejects `response_format` (by the error's structured `param`). */
export function rejectsResponseFormat(err: unknown): boolean {
  return (
    err instanceof APIError &&
    err.status === 400 &&
    typeof err.param === 'string' &&
    err.param.startsWith('response_format')
  );
}

/**
 * True when a 400 may be about the response schema: it names response_format, or names no
 * parameter at all (Gemini-backed gateways reject `$schema` without saying where). The caller
 * then probes with a text-mode request rather than trusting the message text.
 */
export function mayRejectSchema(err: unknown): boolean {
  return err instanceof APIError && err.status === 400 && (rejectsResponseFormat(err) || !err.param);
}
