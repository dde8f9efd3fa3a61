import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Grid } from '../../src/arc/grid.js';
import type { Submission } from '../../src/arc/submission.js';
import { TASK, tempDir, writeFiles } from './_fixtures.js';
import { arcSkipNote, sharedArcSet } from '../support/arc-data.js';

/** Runs the CLI in-process, capturing what it prints. */
async function cli(args: string[], io: { colours?: boolean; env?: Record<string, string> } = {}) {
  const out: string[] = [],
    err: string[] = [];
  const code = await main(['node', 'arcmem', ...args], {
    print: (s) => out.push(s),
    progress: (s) => err.push(s),
    colours: io.colours ?? false,
    env: io.env ?? {},
  });
  return { code, out: out.join('\n'), err: err.join('') };
}

describe('arcmem tasks', () => {
  it('tabulates id, train pairs, test inputs and sizes of the bundled tasks', async () => {
    const { code, out } = await cli(['tasks', 'data/tasks']);
    expect(code).toBe(0);
    expect(out).toMatch(/^id\s+train\s+test\s+solutions\s+sizes/);
    expect(out).toMatch(/upscale-2x\s+3\s+1\s+yes\s+4x2→8x4 3x4→6x8 2x3→4x6 \| 2x2/);
    expect(out).toContain('24 tasks from data/tasks');
  });
  it('prints JSON with --json and lists bad files of a folder', async () => {
    const dir = writeFiles({ 'ok.json': TASK, 'bad.json': '[' });
    const { code, out } = await cli(['tasks', dir, '--json']);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.tasks.map((t: { id: string }) => t.id)).toEqual(['ok']);
    expect(r.errors[0].file).toBe(join(dir, 'bad.json'));
  });
  it('resolves dataset names under $ARCMEM_DATA', async () => {
    const data = writeFiles({ 'arc-agi-1/evaluation/e1.json': TASK });
    const { out } = await cli(['tasks', 'arc-agi-1/evaluation'], { env: { ARCMEM_DATA: data } });
    expect(out).toContain('1 task from arc-agi-1/evaluation');
  });
  it('fails with exit code 1 and a message naming the file for a missing source', async () => {
    const { code, out, err } = await cli(['tasks', 'no/such/thing.json']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^arcmem: no\/such\/thing\.json: no such file, folder or dataset/);
  });
});

describe('arcmem show', () => {
  it('shows coloured grids by default and digits with --no-color', async () => {
    const coloured = await cli(['show', 'data/tasks/flip-horizontal.json'], { colours: true });
    expect(coloured.out).toContain('\x1b[48;2;');
    const plain = await cli(['show', 'data/tasks/flip-horizontal.json', '--no-color'], { colours: true });
    expect(plain.out).not.toContain('\x1b');
    expect(plain.out).toMatch(/train 1\ninput \d+x\d+ +output \d+x\d+/);
    expect(plain.out).toContain('expected');
  });
  it('stays plain when the terminal gives no colour (NO_COLOR)', async () => {
    expect((await cli(['show', 'data/tasks/flip-horizontal.json'], { colours: false })).out).not.toContain('\x1b');
  });
  it('needs --id when a source holds several tasks', async () => {
    const several = await cli(['show', 'data/tasks']);
    expect(several.code).toBe(2);
    expect(several.err).toContain('data/tasks holds 24 tasks; pick one with --id');
    expect((await cli(['show', 'data/tasks', '--id', 'gravity-down'])).out).toContain('task gravity-down');
  });
});

describe('arcmem score', () => {
  it('prints both averages and a per-task table, exit 0, counting a missing task as 0', async () => {
    const dir = writeFiles({ 'sol/a.json': TASK, 'sol/b.json': TASK });
    const sub: Submission = { a: [{ attempt_1: [[0]], attempt_2: TASK.test[0]!.output }] };
    writeFileSync(join(dir, 'submission.json'), JSON.stringify(sub));
    const { code, out } = await cli(['score', join(dir, 'submission.json'), '--solutions', join(dir, 'sol')]);
    expect(code).toBe(0);
    expect(out).toMatch(/a\s+1\s+1\s+1\.000/);
    expect(out).toMatch(/b\s+1\s+0\s+0\.000\s+missing from submission/);
    expect(out).toContain('per-task average (ARC Prize):  0.5000');
    expect(out).toContain('per-output average (Kaggle):   0.5000');
  });
  it('requires --solutions', async () => {
    const { code, err } = await cli(['score', 'x.json']);
    expect(code).toBe(2);
    expect(err).toContain("required option '--solutions <path>' not specified");
  });
  it('has --help for every command', async () => {
    for (const cmd of ['tasks', 'show', 'score']) {
      const { code, out } = await cli([cmd, '--help']);
      expect(code).toBe(0);
      expect(out).toContain(`Usage: arcmem ${cmd}`);
    }
  });
});

const ARC1 = sharedArcSet('arc-agi-1/training') ?? '';

describe.skipIf(!ARC1)(`arcmem score on ARC-AGI-1 training (../shared/arc)${arcSkipNote('arc-agi-1/training')}`, () => {
  it('half the tasks right and one absent gives the right per-task and per-output averages', async () => {
    const ids = readdirSync(ARC1)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
    const outputs = new Map<string, Grid[]>(
      ids.map((id) => [
        id,
        JSON.parse(readFileSync(join(ARC1, `${id}.json`), 'utf8')).test.map((p: { output: Grid }) => p.output),
      ]),
    );
    const wrong: Grid = [[0]];
    const sub: Record<string, { attempt_1: Grid; attempt_2: Grid }[]> = {};
    let solvedTasks = 0,
      solvedOutputs = 0,
      totalOutputs = 0;
    ids.forEach((id, i) => {
      const expected = outputs.get(id)!;
      totalOutputs += expected.length;
      if (i === 0) return; // absent
      const right = i % 2 === 1;
      if (right) {
        solvedTasks++;
        solvedOutputs += expected.length;
      }
      // The right answer goes in attempt_2 so pass@2 must look at both attempts.
      sub[id] = expected.map((e) => ({ attempt_1: wrong, attempt_2: right ? e : wrong }));
    });
    expect(solvedTasks).toBe(ids.length / 2);
    const file = join(tempDir(), 'submission.json');
    writeFileSync(file, JSON.stringify(sub));

    const { code, out } = await cli(['score', file, '--solutions', ARC1]);
    expect(code).toBe(0);
    const perTask = solvedTasks / ids.length,
      perOutput = solvedOutputs / totalOutputs;
    expect(out).toContain(`per-task average (ARC Prize):  ${perTask.toFixed(4)}`);
    expect(out).toContain(
      `per-output average (Kaggle):   ${perOutput.toFixed(4)}  ${(100 * perOutput).toFixed(2)}%  ${solvedOutputs}/${totalOutputs} test outputs`,
    );
    expect(out).toContain('1 task missing from the submission, counted as 0');
    expect(out).toMatch(new RegExp(`${ids[0]}\\s+\\d+\\s+0\\s+0\\.000\\s+missing from submission`));

    const json = JSON.parse((await cli(['score', file, '--solutions', ARC1, '--json'])).out);
    expect(json.perTask).toBeCloseTo(perTask, 12);
    expect(json.perOutput).toBeCloseTo(perOutput, 12);
    expect(json.tasks).toHaveLength(ids.length);
  });
});
