import { z } from 'zod';
import { MAX_SIDE, type Grid } from './grid.js';

/** One colour: an integer 0-9. */
export const ColourSchema = z.number().int().min(0).max(9);

/** A rectangular grid, 1..30 x 1..30. */
export const GridSchema = z
  .array(z.array(ColourSchema).min(1).max(MAX_SIDE))
  .min(1)
  .max(MAX_SIDE)
  .superRefine((rows, ctx) => {
    const w = rows[0]?.length ?? 0;
    rows.forEach((row, i) => {
      if (row.length !== w) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `ragged grid: row ${i} has ${row.length} cells, row 0 has ${w}`,
        });
      }
    });
  });

export const PairSchema = z.object({ input: GridSchema, output: GridSchema });
export const TestPairSchema = z.object({ input: GridSchema, output: GridSchema.optional() });

/** The standard ARC task file: `{train: [{input, output}], test: [{input, output?}]}`. */
export const TaskFileSchema = z.object({
  train: z.array(PairSchema).min(1, 'a task needs at least one train pair'),
  test: z.array(TestPairSchema).min(1, 'a task needs at least one test input'),
});

export interface Pair {
  readonly input: Grid;
  readonly output: Grid;
}
export interface TestPair {
  readonly input: Grid;
  /** Known only when solutions are available. */
  readonly output?: Grid;
}
export interface Task {
  /** The task id (file name without .json, or the key in a combined file). Never sent to a model. */
  readonly id: string;
  readonly train: readonly Pair[];
  readonly test: readonly TestPair[];
  /** Where the task came from (file path), for messages. */
  readonly source?: string;
}

/** True when every test pair of the task carries its expected output. */
export const hasSolutions = (t: Task): boolean => t.test.every((p) => p.output !== undefined);
