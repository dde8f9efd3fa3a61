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
}

export interface StructuredResult<T> {
  readonly value: T;
  readonly usage: Usage;
  readonly cached: boolean;
  readonly model: string;
}
