import { ArcmemError } from '../errors.js';
import type { Role, Usage } from './types.js';

/** Base of every error the LLM gateway throws on purpose. */
export class LlmError extends ArcmemError {
  override readonly name: string = 'LlmError';
  /**
   * What the failed call had spent (requests, tokens, dollars of earlier attempts), set by the
   * gateway on every error a `structured` call throws; undefined on errors from elsewhere.
   */
  usage?: Usage;
}

/** The LLM configuration (flags, env, config file) is missing something or is wrong. */
export class LlmConfigError extends LlmError {
  override readonly name = 'LlmConfigError';
  override readonly exitCode = 2;
}

export type BudgetKind = 'task-usd' | 'run-usd' | 'task-calls';

/** A budget cap was reached: the call was refused before anything was sent. */
export class BudgetExceededError extends LlmError {
  override readonly name = 'BudgetExceededError';
  constructor(
    message: string,
    readonly taskId: string,
    readonly kind: BudgetKind,
    /** The cap that was reached (dollars or calls). */
    readonly limit: number,
    /** What had been spent (dollars or calls) when the call was refused. */
    readonly spent: number,
  ) {
    super(message);
  }
}

/** Why a provider call failed: an HTTP status, a timeout, a broken connection, an unreadable body or the caller's abort. */
export type ProviderFailure = 'http' | 'timeout' | 'connection' | 'bad-response' | 'aborted';

/** The endpoint did not give an answer (after the retries the policy allows). */
export class ProviderError extends LlmError {
  override readonly name = 'ProviderError';
  constructor(
    message: string,
    readonly failure: ProviderFailure,
    /** HTTP status when the endpoint answered with one. */
    readonly status: number | undefined,
    /** HTTP requests sent for this call, including retries. */
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A prompt does not fit the served model's context: refused before anything was sent. */
export class ContextOverflowError extends LlmError {
  override readonly name = 'ContextOverflowError';
  constructor(
    message: string,
    /** Prompt tokens (o200k count, chat framing included). */
    readonly promptTokens: number,
    readonly contextTokens: number,
  ) {
    super(message);
  }
}

/** One problem found when validating a model's answer (a zod issue, or a JSON parse failure). */
export interface OutputIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * The model answered, but not with what the schema asks for. Keeps the evidence so the
 * failure can be replayed: raw text, usage, finish reason and the validation issues.
 */
export class ModelOutputError extends LlmError {
  override readonly name = 'ModelOutputError';
  constructor(
    message: string,
    readonly rawText: string,
    /** Usage of the whole call (every attempt), so money spent on bad answers is not lost. */
    override usage: Usage,
    readonly finishReason: string | null,
    readonly issues: readonly OutputIssue[],
    readonly model: string,
    readonly role: Role,
    /** Attempts made (1 + output retries used). */
    readonly attempts: number,
  ) {
    super(message);
  }
}
