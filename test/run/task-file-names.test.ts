/**
 * Task ids become file names under tasks/: ids that differ must never share a file, and an id
 * starting with `.` must still be read back (resume keeps it, merge keeps it).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStrategy } from '../../src/evolve/strategy.js';
import type { RunEvent } from '../../src/run/run-files.js';
import { mergeRuns } from '../../src/run/merge.js';
import { taskFileName } from '../../src/run/run-folder.js';
import { solveTasks } from '../../src/run/solve-tasks.js';
import { flipTask, ScriptedModel } from '../evolve/_scripted.js';

const strategy = parseStrategy({ steps: [{ kind: 'generate', n: 1 }] }, 'test');
const tmp = () => mkdtempSync(join(tmpdir(), 'arcmem-names-'));
/** Pairs that collided when escapes had no fixed width (`中` = U+4E2D, `Ӣ` = U+04E2 then `d`), a dot id, a literal escape. */
const IDS = ['中', 'Ӣd', '.hidden', '..', '%4e2d', 'a/b', 'x'.repeat(300), 'x'.repeat(299) + 'y'];

describe('task file names', () => {
  it('are distinct for distinct ids, never start with a dot, and fit a file system', () => {
    const names = IDS.map(taskFileName);
    expect(new Set(names).size).toBe(IDS.length);
    for (const n of names) {
      expect(n.startsWith('.')).toBe(false);
      expect(n).not.toContain('/');
      expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
    }
    expect(taskFileName('007bbfb7')).toBe('007bbfb7.json');
  });

  it('keep every task through a run, a resume and a merge', async () => {
    const tasks = IDS.map((id) => flipTask(id, 1));
    const model = () => new ScriptedModel({ plans: [['flip']] });
    const out = tmp();
    const first = await solveTasks(tasks, { out, strategy, models: [model()] });
    expect(first).toMatchObject({ tasks: IDS.length, finished: IDS.length, train_perfect: IDS.length });
    expect(readdirSync(join(out, 'tasks'))).toHaveLength(IDS.length);

    const started: string[] = [];
    const resumed = await solveTasks(tasks, {
      out,
      resume: true,
      strategy,
      models: [model()],
      onEvent: (e: RunEvent) => void (e.type === 'task_start' && started.push(e.taskId)),
    });
    expect(started).toEqual([]);
    expect(resumed.finished).toBe(IDS.length);

    const other = tmp();
    await solveTasks([flipTask('other', 1)], { out: other, strategy, models: [model()] });
    const { summary } = mergeRuns([out, other], tmp());
    expect(summary).toMatchObject({ tasks: IDS.length + 1, finished: IDS.length + 1 });
  });
});
