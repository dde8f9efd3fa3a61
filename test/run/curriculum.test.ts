import { describe, expect, it } from 'vitest';
import { curriculumOrder } from '../../src/run/curriculum.js';
import { taskCells } from '../../src/run/schedule.js';
import { makeTask, type Kind } from '../library/_helpers.js';

const kinds: Kind[] = ['recolor', 'tile', 'crop'];
const tasks = [1, 2, 3].flatMap((seed) => kinds.map((k) => makeTask(`${k}-${seed}`, k, seed)));

describe('curriculum order', () => {
  const order = curriculumOrder(tasks);

  it('is a deterministic permutation of the tasks', () => {
    expect(order.map((t) => t.id).sort()).toEqual(tasks.map((t) => t.id).sort());
    expect(curriculumOrder([...tasks].reverse()).map((t) => t.id)).toEqual(order.map((t) => t.id));
  });

  it('starts with the smallest task', () => {
    expect(taskCells(order[0]!)).toBe(Math.min(...tasks.map(taskCells)));
  });

  it('keeps tasks of one family together, so each can reuse the one before', () => {
    const family = (id: string) => id.split('-')[0];
    const switches = order.slice(1).filter((t, i) => family(t.id) !== family(order[i]!.id)).length;
    expect(switches).toBe(kinds.length - 1);
  });

  it.each([[[]], [[tasks[0]!]]])('handles tiny inputs (%#)', (input) => {
    expect(curriculumOrder(input)).toEqual(input);
  });
});
