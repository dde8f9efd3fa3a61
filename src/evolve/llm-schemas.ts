/**
 * What each LLM role must answer, as zod schemas. Strict structured output rejects optional
 * fields, so fields a model may leave empty are nullable instead.
 */
import { z } from 'zod';
import { GridSchema } from '../arc/task.js';

export const PlanAnswerSchema = z.object({
  observations: z.string().nullable(),
  instruction: z.string().min(1),
});
export const ReviseAnswerSchema = z.object({
  diagnosis: z.string().nullable(),
  instruction: z.string().min(1),
});
export const PoolAnswerSchema = z.object({
  analysis: z.string().nullable(),
  instruction: z.string().min(1),
});
/** A general lesson drawn from a solved task (checked further by lessons.ts before it is kept). */
export const LessonAnswerSchema = z.object({ lesson: z.string() });
/** A ragged or out-of-range grid fails validation here, and the gateway retries the call. */
export const FollowAnswerSchema = z.object({ grid: GridSchema });

export type PlanAnswer = z.infer<typeof PlanAnswerSchema>;
export type ReviseAnswer = z.infer<typeof ReviseAnswerSchema>;
export type PoolAnswer = z.infer<typeof PoolAnswerSchema>;
