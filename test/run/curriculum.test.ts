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

describe('arcmem solve --curriculum', () => {
  it('solves in curriculum order and records it in the settings', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { main } = await import('../../src/cli/main.js');
    const { loadTasks } = await import('../../src/arc/load.js');
    const { tempDir } = await import('../library/_helpers.js');
    const tmp = tempDir('arcmem-curriculum-');
    try {
      const out = join(tmp.dir, 'run');
      const err: string[] = [];
      const code = await main(
        [
          'node',
          'arcmem',
          'solve',
          'tasks',
          '--limit',
          '5',
          '--model',
          'local',
          '--preset',
          'lite',
          '--no-library',
          '--curriculum',
          '--task-concurrency',
          '1',
          '--out',
          out,
        ],
        { print: () => {}, progress: (s) => err.push(s), colours: false, env: {} },
      );
      expect(code, err.join('')).toBe(0);
      const starts = readFileSync(join(out, 'events.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((e) => e.type === 'task_start')
        .map((e) => e.taskId);
      const expected = curriculumOrder((await loadTasks('tasks')).tasks.slice(0, 5)).map((t) => t.id);
      expect(starts).toEqual(expected);
      expect(JSON.parse(readFileSync(join(out, 'settings.json'), 'utf8'))).toMatchObject({ curriculum: true });
    } finally {
      tmp.cleanup();
    }
  }, 120_000);
});
