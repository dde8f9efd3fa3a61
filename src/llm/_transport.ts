/**
 * Sending one chat completion request: pacing (concurrency + rpm), the budget check right
 * before each request, and the retry policy. The openai client's own retries are off
 * (maxRetries: 0) so that every request is counted and the policy is ours and testable.
 */
import { setMaxListeners } from 'node:events';
import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { Budget, Reservation } from './_budget.js';
import { Pacer, sleep } from './_pacer.js';
import { normalisingFetch } from './_error-body.js';
import { backoffMs, classifyFailure } from './_retry.js';
import type { LlmConfig } from './config.js';
import { ProviderError } from './errors.js';
import { redact } from './redact.js';

export type ChatRequest = ChatCompletionCreateParamsNonStreaming;

export interface SendContext {
  readonly taskId: string;
  readonly signal?: AbortSignal;
  /** Incremented for every HTTP request sent, so a failed call still reports its attempts. */
  readonly tally: { requests: number };
  /** The request's worst-case cost in dollars, reserved from the budget before it is sent. */
  readonly worstUsd: number;
  /** The answer's cache key, recorded with its charge so a replay after --resume is not charged again. */
  readonly key?: string;
  /** Reads the completion and returns the dollars to charge; runs before the request's reservation is settled. */
  readonly onResponse: (completion: ChatCompletion) => number;
  /** Extra HTTP headers of this request (a provider's prompt-cache hint). */
  readonly headers?: Record<string, string>;
  /** A request timed out: the provider may still bill it. Returns the dollars to charge, like onResponse. */
  readonly onTimeout: () => number;
}

/**
 * Retries after a timeout, whatever --retries says: the provider usually bills a timed-out
 * request, and a request that was too slow once is likely to be too slow again.
 */
const TIMEOUT_RETRIES = 1;

export class Transport {
  private readonly client: OpenAI;
  private readonly pacer: Pacer;

  constructor(
    private readonly config: LlmConfig,
    private readonly budget: Budget,
    private readonly random: () => number = Math.random,
  ) {
    this.client = new OpenAI({
      apiKey: config.apiKey ?? 'no-key',
      baseURL: config.baseUrl,
      maxRetries: 0,
      timeout: config.timeoutMs,
      logLevel: 'off',
      fetch: normalisingFetch, // providers' error bodies keep their message
    });
    this.pacer = new Pacer(config.concurrency, config.rpm);
  }

  /** Sends the request, retrying transient failures; throws ProviderError or BudgetExceededError. */
  async send(request: ChatRequest, ctx: SendContext): Promise<ChatCompletion> {
    const { retries, backoffBaseMs, backoffMaxMs } = this.config;
    // A task's signal is shared by all its requests in flight (the client adds one listener each):
    // many is normal, not a leak, so Node's "MaxListenersExceededWarning" must not reach the terminal.
    if (ctx.signal) setMaxListeners(0, ctx.signal);
    let timeouts = 0;
    for (let attempt = 0; ; attempt++) {
      const release = await this.pacer.acquire(ctx.signal).catch((err) => {
        throw this.providerError(err, attempt, ctx);
      });
      let failure: ReturnType<typeof classifyFailure>;
      let error: unknown;
      let reservation: Reservation | undefined;
      let charged = 0;
      let answered = false;
      try {
        reservation = await this.budget.reserve(ctx.taskId, ctx.worstUsd, ctx.signal);
        ctx.tally.requests += 1;
        const completion = await this.client.chat.completions.create(request, {
          signal: ctx.signal,
          ...(ctx.headers ? { headers: ctx.headers } : {}),
        });
        charged = ctx.onResponse(completion);
        answered = true;
        return completion;
      } catch (err) {
        failure = classifyFailure(err);
        if (failure === null) throw this.scrubbed(err); // not a provider fault: BudgetExceededError, or a bug
        error = err;
        if (failure.failure === 'timeout') {
          timeouts += 1;
          charged = ctx.onTimeout();
        }
      } finally {
        // An error answer is charged nothing; a timed-out request its worst case (it may be billed). Only
        // an answer's charge is recorded under its cache key, so a replay after --resume is not charged again.
        if (reservation) this.budget.settle(reservation, charged, answered ? ctx.key : undefined);
        release();
      }
      const spent = attempt >= retries || (failure.failure === 'timeout' && timeouts > TIMEOUT_RETRIES);
      if (!failure.retryable || spent) throw this.providerError(error, attempt + 1, ctx);
      const delay = backoffMs(attempt, backoffBaseMs, backoffMaxMs, failure.retryAfterMs, this.random);
      await sleep(delay, ctx.signal).catch((err) => {
        throw this.providerError(err, attempt + 1, ctx);
      });
    }
  }

  /** The error itself (class and stack kept), with the key cut out of its message: the client may quote headers. */
  private scrubbed(err: unknown): unknown {
    if (err instanceof Error && this.config.apiKey) {
      err.message = redact(err.message, [this.config.apiKey]);
      if (err.stack) err.stack = redact(err.stack, [this.config.apiKey]);
    }
    return err;
  }

  private providerError(err: unknown, attempts: number, ctx: SendContext): ProviderError {
    const info = classifyFailure(err) ?? { failure: 'aborted' as const, status: undefined };
    const what =
      info.failure === 'timeout'
        ? `timed out after ${this.config.timeoutMs} ms`
        : info.failure === 'aborted'
          ? 'was cancelled'
          : info.failure === 'bad-response'
            ? 'answered with a body that is not JSON'
            : info.failure === 'connection'
              ? 'could not be reached'
              : `answered HTTP ${info.status}`;
    const detail = err instanceof Error ? `: ${err.message.replace(/\.+$/, '')}` : '';
    const advice =
      info.failure === 'timeout'
        ? ' Raise --timeout-ms (ARCMEM_TIMEOUT_MS) for slow models.'
        : info.status === 401 || info.status === 403
          ? ' Check --api-key / OPENAI_API_KEY.'
          : info.status === 404
            ? ' Check --base-url and the model id.'
            : '';
    const message = `task ${ctx.taskId}: ${new URL(this.config.baseUrl).origin} ${what} (${attempts} request${attempts === 1 ? '' : 's'})${detail}.${advice}`;
    return new ProviderError(redact(message, [this.config.apiKey]), info.failure, info.status, attempts, {
      cause: err,
    });
  }
}
