/**
 * The learned prior through the CLI, end to end with a real library on disk: a warm solve opens
 * the library's prior and, on a small step budget, solves a task the same solve without the
 * library misses; the run teaches the prior its task; `library prior` prints the counts;
 * `library compact` rebuilds them; libraries with nothing learned say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/library/index.js';
import { bundledDataDir } from '../../src/paths.js';
import { runCli } from '../support/cli.js';
import { writeTinyModel } from '../support/tiny-model.js';
import { solved, tempDir, trace } from '../library/_helpers.js';
import { parseProgram, runProgram } from '../../src/local/index.js';
import { FALL, gravityTask, scattered } from '../local/_gravity.js';

const tmp = tempDir('arcmem-prior-cli-');
const uri = join(tmp.dir, 'lib');
const env = { ARCMEM_EMBED_MODEL_PATH: writeTinyModel(tmp.dir) };
const cli = (args: string[]) => runCli(args, env);

beforeAll(async () => {
  const lib = await openLibrary({ uri, embedder: null });
  // Twenty solved tasks: enough evidence for the learned prior to outweigh the hand prior.
  for (let i = 1; i <= 20; i++) await lib.store(solved(gravityTask(`g${i}`, 10 * i), [trace(FALL)]));
  lib.close();
});
afterAll(() => tmp.cleanup());

/** Solves the bundled gravity task with the offline engine and the preset without retrieval. */
const solveGravityWith = (flags: string[], out: string) =>
  cli([
    'solve',
    join(bundledDataDir(), 'tasks'),
    '--tasks',
    'gravity-down',
    '--model',
    'local',
    '--preset',
    'lite',
    ...flags,
    '--out',
    join(tmp.dir, out),
  ]);
/** The same on a small step budget. */
const solveGravity = (library: string[], out: string) => solveGravityWith(['--local-budget', '1000', ...library], out);

describe('the learned prior in a solve', () => {
  it("solves on a small budget with the library's prior what the same solve misses without it", async () => {
    const cold = await solveGravity(['--no-library'], 'cold');
    expect(cold.code, cold.err).toBe(0);
    expect(cold.out).toMatch(/score \(pass@2, per task\)\s+0\.0%/);
    const warm = await solveGravity(['--library', uri], 'warm');
    expect(warm.code, warm.err).toBe(0);
    expect(warm.out).toMatch(/score \(pass@2, per task\)\s+100\.0%/);
    const settings = (run: string) => JSON.parse(readFileSync(join(tmp.dir, run, 'settings.json'), 'utf8'));
    expect(settings('cold').learned_prior).toBeNull();
    expect(settings('warm').learned_prior).toEqual({ tasks: 20, traces: 20 });
    // The prior's utility: offered to the one task it planned, whose perfect, verified program it favoured.
    const lib = await openLibrary({ uri, embedder: null });
    const used = await lib.utility({ kind: 'prior' });
    lib.close();
    expect([...used.values()]).toEqual([
      expect.objectContaining({ kind: 'prior', id: 'learned', offered: 1, ancestorPerfect: 1, ancestorVerified: 1 }),
    ]);
  });

  it('a program of a step only a minority of the solved tasks used still counts as favoured', async () => {
    // Four of twenty solved tasks fell down, sixteen were mirrored: gravity's log-odds of use are
    // below zero, yet the prior ranks it above every step no solved task used.
    const mixed = join(tmp.dir, 'mixed');
    const seeded = await openLibrary({ uri: mixed, embedder: null });
    const MIRROR = 'Mirror the grid left to right.';
    const mirrorPair = (s: number) => ({
      input: scattered(s),
      output: runProgram(parseProgram(MIRROR), scattered(s))!,
    });
    for (let i = 1; i <= 4; i++) await seeded.store(solved(gravityTask(`m${i}`, 10 * i), [trace(FALL)]));
    for (let i = 1; i <= 16; i++)
      await seeded.store(
        solved({ id: `r${i}`, train: [mirrorPair(7 * i), mirrorPair(7 * i + 1)], test: [mirrorPair(7 * i + 2)] }, [
          trace(MIRROR),
        ]),
      );
    seeded.close();
    const r = await solveGravityWith(['--library', mixed], 'mixed-run');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/score \(pass@2, per task\)\s+100\.0%/);
    const lib = await openLibrary({ uri: mixed, embedder: null });
    const used = [...(await lib.utility({ kind: 'prior' })).values()];
    lib.close();
    expect(used).toEqual([expect.objectContaining({ offered: 1, ancestorPerfect: 1, ancestorVerified: 1 })]);
  });

  it('a task whose program the prior did not favour: offered, never an ancestor', async () => {
    // A library that learned only gravity; the bundled flip task's program does not use it.
    const other = join(tmp.dir, 'gravity-only');
    const seeded = await openLibrary({ uri: other, embedder: null });
    for (let i = 1; i <= 20; i++) await seeded.store(solved(gravityTask(`h${i}`, 10 * i), [trace(FALL)]));
    seeded.close();
    const r = await cli([
      'solve',
      join(bundledDataDir(), 'tasks'),
      '--tasks',
      'flip-horizontal',
      '--model',
      'local',
      '--preset',
      'lite',
      '--library',
      other,
      '--out',
      join(tmp.dir, 'flip'),
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/score \(pass@2, per task\)\s+100\.0%/);
    const lib = await openLibrary({ uri: other, embedder: null });
    const used = [...(await lib.utility({ kind: 'prior' })).values()];
    lib.close();
    expect(used).toEqual([expect.objectContaining({ offered: 1, ancestorPerfect: 0, ancestorVerified: 0 })]);
  });

  it('library prior: the counts, the run having taught it its task', async () => {
    const r = await cli(['library', 'prior', '--library', uri, '--top', '5']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/learned from 21 solved task\(s\), 21 perfect trace\(s\)/);
    expect(r.out).toMatch(/gravity \(down\)/);
    const json = JSON.parse((await cli(['library', 'prior', '--library', uri, '--json'])).out);
    expect(json).toMatchObject({ stored: true, tasks: 21, traces: 21 });
    expect(json.associations.length).toBeGreaterThan(0);
  });

  it('library compact rebuilds it with the same counts', async () => {
    const before = JSON.parse((await cli(['library', 'prior', '--library', uri, '--json'])).out);
    const r = await cli(['library', 'compact', '--library', uri]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/learned prior rebuilt from 21 solved task\(s\), 21 perfect trace\(s\)/);
    expect(JSON.parse((await cli(['library', 'prior', '--library', uri, '--json'])).out)).toEqual(before);
  });
});

describe('library prior with nothing learned', () => {
  it('an older library without the table: says how to build it', async () => {
    const older = join(tmp.dir, 'older');
    const lib = await openLibrary({ uri: older, embedder: null });
    await lib.store(solved(gravityTask('g30', 300), [trace(FALL)]));
    lib.close();
    const r = await cli(['library', 'prior', '--library', older]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/has no learned prior yet .*`arcmem library compact` builds it/);
  });

  it('a library without perfect traces in the step language: says to solve tasks first', async () => {
    const prose = join(tmp.dir, 'prose');
    const lib = await openLibrary({ uri: prose, embedder: null });
    await lib.store(solved(gravityTask('g40', 400), [trace('Drop everything to the floor.')]));
    lib.close();
    expect((await cli(['library', 'compact', '--library', prose])).out).toMatch(/rebuilt from 0 solved task/);
    const r = await cli(['library', 'prior', '--library', prose]);
    expect(r.out).toMatch(
      /no perfect traces in the step language, so no prior is learned yet; solve tasks with it first/,
    );
  });
});
