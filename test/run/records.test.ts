/**
 * A cascade's record of a task joins its stages: what every stage's planner prompts showed stays
 * in the record (the task's credit is read from it), whichever stage's candidates are kept.
 */
import { describe, expect, it } from 'vitest';
import { combineStages, errorRecord } from '../../src/run/_records.js';
import type { TaskRecord } from '../../src/run/index.js';
import { ScriptedModel, flipTask } from '../evolve/_scripted.js';

const at = new Date('2026-01-01T00:00:00Z');
const stage = (lessonsShown?: string[]): TaskRecord => ({
  ...errorRecord(flipTask('t'), new ScriptedModel(), new Error('x'), at, at),
  ...(lessonsShown ? { lessonsShown } : {}),
});

describe('combining cascade stages', () => {
  it.each([
    [['lesson:a'], ['lesson:b', 'lesson:a'], ['lesson:a', 'lesson:b']],
    [undefined, ['lesson:b'], ['lesson:b']],
    [['lesson:a'], undefined, ['lesson:a']],
  ])('keeps the lessons shown by %j and %j', (first, second, both) => {
    expect(combineStages(stage(first), stage(second)).lessonsShown).toEqual(both);
  });

  it('has no lessons when no stage showed any, as a one-stage record', () => {
    expect(combineStages(stage(), stage())).not.toHaveProperty('lessonsShown');
  });
});
