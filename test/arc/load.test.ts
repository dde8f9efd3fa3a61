import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadSolutions, loadTask, loadTasks } from '../../src/arc/load.js';
import { TASK, writeFiles } from './_fixtures.js';

const { train, test } = TASK;
const noOutputs = { train, test: test.map((p) => ({ input: p.input })) };

describe('loading every task source form', () => {
  it('loads a single task file, its id from the file name', async () => {
    const dir = writeFiles({ 'abc123.json': TASK });
    const { tasks, errors } = await loadTasks(join(dir, 'abc123.json'));
    expect(errors).toEqual([]);
    expect(tasks.map((t) => t.id)).toEqual(['abc123']);
    expect(tasks[0]!.test[0]!.output).toEqual([
      [0, 2],
      [0, 0],
    ]);
    expect((await loadTask(join(dir, 'abc123.json'))).source).toBe(join(dir, 'abc123.json'));
  });

  it('loads a folder sorted by id', async () => {
    const dir = writeFiles({ 'b.json': TASK, 'a.json': TASK, 'c.json': noOutputs, 'notes.txt': 'ignored' });
    const { tasks, errors } = await loadTasks(dir);
    expect(errors).toEqual([]);
    expect(tasks.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(tasks[2]!.test[0]!.output).toBeUndefined();
  });

  it('loads the combined form with its sibling solutions file found automatically', async () => {
    const dir = writeFiles({
      'arc-agi_evaluation_challenges.json': { t2: noOutputs, t1: noOutputs },
      'arc-agi_evaluation_solutions.json': { t1: [[[5]]], t2: [[[6]]] },
    });
    const { tasks } = await loadTasks(join(dir, 'arc-agi_evaluation_challenges.json'));
    expect(tasks.map((t) => [t.id, t.test[0]!.output])).toEqual([
      ['t1', [[5]]],
      ['t2', [[6]]],
    ]);
  });

  it('takes solutions given explicitly', async () => {
    const dir = writeFiles({ 'ch.json': { t1: noOutputs }, 'answers.json': { t1: [[[7]]] } });
    const { tasks } = await loadTasks(join(dir, 'ch.json'), { solutions: join(dir, 'answers.json') });
    expect(tasks[0]!.test[0]!.output).toEqual([[7]]);
    const without = await loadTasks(join(dir, 'ch.json'));
    expect(without.tasks[0]!.test[0]!.output).toBeUndefined();
  });

  it('applies a solutions file to every task of a folder', async () => {
    const dir = writeFiles({
      'tasks/t1.json': noOutputs,
      'tasks/t2.json': noOutputs,
      'sol.json': { t1: [[[1]]], t2: [[[2]]] },
    });
    const { tasks } = await loadTasks(join(dir, 'tasks'), { solutions: join(dir, 'sol.json') });
    expect(tasks.map((t) => t.test[0]!.output)).toEqual([[[1]], [[2]]]);
  });

  it('resolves a dataset name under the data folder', async () => {
    const data = writeFiles({ 'arc-agi-2/evaluation/x1.json': TASK, 'arc-agi-2/evaluation/x2.json': TASK });
    const { tasks } = await loadTasks('arc-agi-2/evaluation', { dataDir: data });
    expect(tasks.map((t) => t.id)).toEqual(['x1', 'x2']);
  });

  it('resolves the bundled tasks by name without a data folder option', async () => {
    const { tasks, errors } = await loadTasks('tasks');
    expect(errors).toEqual([]);
    expect(tasks.length).toBeGreaterThanOrEqual(20);
  });

  it('reads solutions from a solutions file or from task files with outputs', async () => {
    const dir = writeFiles({ 'sol.json': { t1: [[[1]], [[2]]] }, 'tasks/t9.json': TASK, 'open/t8.json': noOutputs });
    expect(await loadSolutions(join(dir, 'sol.json'))).toEqual(new Map([['t1', [[[1]], [[2]]]]]));
    expect(await loadSolutions(join(dir, 'tasks'))).toEqual(
      new Map([
        [
          't9',
          [
            [
              [0, 2],
              [0, 0],
            ],
          ],
        ],
      ]),
    );
    await expect(loadSolutions(join(dir, 'open'))).rejects.toThrow(/t8 has no output for test\[0\]/);
  });
});

describe('bad input gives one clear error naming the file and the JSON path', () => {
  const ragged = { train: [{ input: [[1, 2], [3, 4], [5]], output: [[1]] }], test };
  const colour12 = { train: [{ input: [[1, 2]], output: [[1, 12]] }], test };
  const emptyTrain = { train: [], test };
  it.each([
    ['not JSON', '{"train": [', undefined, /not valid JSON/],
    ['ragged rows', ragged, 'train[0].input[2]', /ragged grid: row 2 has 1 cells/],
    ['colour 12', colour12, 'train[0].output[0][1]', /colour 12 is outside 0-9/],
    ['empty train list', emptyTrain, 'train', /at least one train pair/],
    ['no test list', { train }, 'test', /missing array/],
  ])('%s', async (_case, content, path, message) => {
    const dir = writeFiles({ 'bad.json': content });
    const file = join(dir, 'bad.json');
    const err = await loadTasks(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.file).toBe(file);
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
    expect(e.message).toContain(file);
    if (path) expect(e.message).toContain(`${path}:`);
  });

  it('a JSON syntax error gives its line', async () => {
    const dir = writeFiles({ 'bad.json': '{\n  "train": [],\n  oops\n}' });
    await expect(loadTasks(join(dir, 'bad.json'))).rejects.toThrow(/bad\.json: not valid JSON at line 3 \(/);
  });

  it('a missing file names the path and says what sources are accepted', async () => {
    const err = await loadTasks('/nowhere/task.json').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/\/nowhere\/task\.json: no such file.*dataset name/);
  });

  it('a missing solutions file is reported as such', async () => {
    const dir = writeFiles({ 't.json': TASK });
    await expect(loadTasks(join(dir, 't.json'), { solutions: join(dir, 'nope.json') })).rejects.toThrow(
      /solutions file not found/,
    );
  });

  it('a folder with one bad file still loads the others and reports the bad one', async () => {
    const dir = writeFiles({
      'good1.json': TASK,
      'broken.json': '{oops',
      'good2.json': TASK,
      'ragged.json': { train: [{ input: [[1], [1, 1]], output: [[1]] }], test },
    });
    const { tasks, errors } = await loadTasks(dir);
    expect(tasks.map((t) => t.id)).toEqual(['good1', 'good2']);
    expect(errors.map((e) => [e.file, e.path])).toEqual([
      [join(dir, 'broken.json'), undefined],
      [join(dir, 'ragged.json'), 'train[0].input[1]'],
    ]);
  });

  it('a combined file with one bad task keeps the rest; the path starts with the task id', async () => {
    const dir = writeFiles({
      'x_challenges.json': { ok: TASK, bad: { train: [{ input: [[1]], output: [[12]] }], test } },
    });
    const { tasks, errors } = await loadTasks(join(dir, 'x_challenges.json'));
    expect(tasks.map((t) => t.id)).toEqual(['ok']);
    expect(errors[0]!.path).toBe('bad.train[0].output[0][0]');
  });
});
