/** The one check of a task record read back from a run folder, for resume, merge and reports alike. */
import { z } from 'zod';
import type { TaskRecord } from './run-files.js';

const GridLike = z.array(z.array(z.number().int()));

/** Enough of a TaskRecord to trust it (a half-written or foreign file fails); other fields pass through. */
const TaskRecordShape = z.looseObject({
  taskId: z.string(),
  status: z.enum(['done', 'error', 'budget', 'timeout']),
  candidates: z.array(z.looseObject({ id: z.string(), instruction: z.string(), fitness: z.number() })),
  attempts: z.array(z.object({ attempt_1: GridLike, attempt_2: GridLike })),
  trainPerfect: z.boolean(),
  calls: z.object({ planner: z.number(), repairer: z.number(), follower: z.number() }),
  usage: z.looseObject({ requests: z.number() }),
});

/** Parses one tasks/<id>.json; throws an Error saying what is wrong with it. */
export function parseTaskRecord(text: string): TaskRecord {
  const parsed = TaskRecordShape.safeParse(JSON.parse(text));
  if (parsed.success) return parsed.data as unknown as TaskRecord;
  const first = parsed.error.issues[0];
  throw new Error(`not a valid task record (${first?.path.join('.') || 'top level'}: ${first?.message})`);
}
