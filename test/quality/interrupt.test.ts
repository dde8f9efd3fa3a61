/**
 * Ctrl-C on a run of the offline engine (pure CPU work, no I/O to wait on) stops it promptly,
 * says how to continue, exits 130, and --resume finishes the rest.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bundledDataDir, packageRoot } from '../../src/paths.js';
import type { Grid } from '../../src/arc/grid.js';
import { parseStrategy } from '../../src/evolve/strategy.js';
import type { CallContext, FollowRequest } from '../../src/evolve/types.js';
import { solveTasks } from '../../src/run/solve-tasks.js';
import { flipTask, ScriptedModel } from '../evolve/_scripted.js';

const tasks = join(bundledDataDir(), 'tasks');
const finished = (out: string): number =>
  existsSync(join(out, 'tasks')) ? readdirSync(join(out, 'tasks')).filter((f) => f.endsWith('.json')).length : 0;

describe('Ctrl-C during a run', () => {
  it('stops within seconds, exit 130, names the --resume command; the resume finishes the run', async () => {
    const root = mkdtempSync(join(tmpdir(), 'arcmem-interrupt-'));
    const out = join(root, 'run');
    const args = [
      '--import',
      pathToFileURL(join(packageRoot(), 'node_modules/tsx/dist/loader.mjs')).href,
      join(packageRoot(), 'src/cli/main.ts'),
      'solve',
      tasks,
      '--model',
      'local',
      '--no-library',
      '--task-concurrency',
      '1',
      '--out',
      out,
    ];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: root, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    // A deadline, so a child that crashes or never finishes a task fails the test with its stderr instead of hanging it.
    const deadline = Date.now() + 40_000;
    while (finished(out) === 0) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`no task finished (exit code ${child.exitCode}) within 40 s: ${stderr}`);
      }
      await new Promise((ok) => setTimeout(ok, 25));
    }
    const sentAt = Date.now();
    child.kill('SIGINT');
    const code = await exited;
    expect(Date.now() - sentAt).toBeLessThan(5000);
    expect(code, stderr).toBe(130);
    const left = 24 - finished(out);
    expect(left).toBeGreaterThan(0);
    expect(stderr).toContain(
      `arcmem: interrupted with ${left} tasks unfinished; continue with: arcmem solve ${tasks} --resume ${out}`,
    );

    let stdout = '';
    const resumed = await main(
      ['node', 'arcmem', 'solve', tasks, '--model', 'local', '--no-library', '--resume', out],
      { print: (t) => (stdout += t), progress: () => undefined, colours: false, env: {} },
    );
    expect(resumed).toBe(0);
    expect(stdout).toMatch(/tasks\s+24\/24 finished/);
  }, 60_000);
});

/** A model whose every follower call keeps the CPU busy for 30 ms, as the offline engine's search does. */
class BusyModel extends ScriptedModel {
  override async follow(req: FollowRequest, ctx: CallContext): Promise<Grid> {
    const until = performance.now() + 30;
    while (performance.now() < until);
    return super.follow(req, ctx);
  }
}

describe('--task-timeout with a model that never waits on I/O', () => {
  it('stops the search (status timeout) instead of noticing only when the run is over', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'arcmem-timeout-')), 'run');
    const strategy = parseStrategy(
      {
        steps: [
          { kind: 'generate', n: 8 },
          { kind: 'revise', top_k: 4, per_parent: 2 },
        ],
      },
      'busy',
    );
    const summary = await solveTasks([flipTask('busy')], {
      out,
      strategy,
      models: [new BusyModel({ plans: [Array.from({ length: 8 }, (_, i) => `same ${i}`)] })],
      taskTimeoutS: 0.1,
    });
    expect(summary.finished).toBe(1);
    const record = JSON.parse(readFileSync(join(out, 'tasks', 'busy.json'), 'utf8'));
    expect(record.status).toBe('timeout');
    // Untimed, the search follows 8 plans and their revisions on 3 train pairs each: well over a second of busy work.
    expect(record.calls.follower).toBeLessThan(30);
  });
});
