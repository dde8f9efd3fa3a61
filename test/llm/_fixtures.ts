/** Shared pieces of the gateway tests: a schema, a request, and a server+gateway pair. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { GridSchema } from '../../src/arc/task.js';
import type { StructuredRequest } from '../../src/llm/index.js';

export const AnswerSchema = z.object({ grid: GridSchema, note: z.string().nullable() });
export type Answer = z.infer<typeof AnswerSchema>;
export const GOOD: Answer = {
  grid: [
    [1, 2],
    [3, 4],
  ],
  note: null,
};

export function ask(taskId = 'task-a', extra: Partial<StructuredRequest<Answer>> = {}): StructuredRequest<Answer> {
  return {
    role: 'follower',
    messages: [
      { role: 'system', content: 'You transform grids.' },
      { role: 'user', content: 'Input: [[4,3],[2,1]]. Give the output grid.' },
    ],
    schema: AnswerSchema,
    schemaName: 'grid_answer',
    taskId,
    ...extra,
  };
}

export const tempDir = (prefix = 'arcmem-llm-'): string => mkdtempSync(join(tmpdir(), prefix));
