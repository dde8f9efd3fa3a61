import type { z } from 'zod';

export type Role = 'planner' | 'repairer' | 'follower';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** Token counts and money for one call or a roll-up. `costUsd` null = price unknown. */
export interface Usage {
  readonly requests: number;
  readonly cacheHits: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly reasoningTokens: number;
  readonly costUsd: number | null;
  readonly latencyMs: number;
}

export interface StructuredRequest<T> {
  readonly role: Role;
  readonly messages: readonly ChatMessage[];
  readonly schema: z.ZodType<T>;
  /** Name of the JSON schema sent as response_format. */
  readonly schemaName: string;
  /** Budget and roll-up key; never sent to the model. */
  readonly taskId: string;
  /** Index of this sample within its batch: part of the cache key. */
  readonly sample?: number;
  readonly signal?: AbortSignal;
  /** Overrides the role's configured model for this call. */
  readonly model?: string;
}

export interface StructuredResult<T> {
  readonly value: T;
  readonly usage: Usage;
  readonly cached: boolean;
  readonly model: string;
  /** The provider's finish reason of the accepted answer (`stop`, `length`, ...), when known. */
  readonly finishReason?: string | null;
}

/**
 * One finished `structured` call (success or failure), reported through `onCall` so the run
 * writer can append it to events.jsonl. Holds no message content, no key.
 */
export interface CallEvent {
  readonly taskId: string;
  readonly role: Role;
  readonly model: string;
  readonly sample?: number;
  readonly cached: boolean;
  /** Usage of this call: every HTTP attempt it made, or a cache hit (cost 0). */
  readonly usage: Usage;
  readonly latencyMs: number;
  /** Set when the call failed: the error's class name and its (key-free) message. */
  readonly error?: { readonly name: string; readonly message: string };
}
