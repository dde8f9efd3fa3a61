import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridKey, type Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import { loadStrategy } from '../../src/evolve/strategy.js';
import type { Model } from '../../src/evolve/types.js';
import { libraryReader, openLibrary } from '../../src/library/index.js';
import { runTransfer } from '../../src/experiment/transfer.js';
import { separateSource } from '../../src/experiment/split.js';
import { writeTransferReport, type TransferResult } from '../../src/report/transfer-report.js';
import { tempDir } from '../library/_helpers.js';

const recolor =
  (from: number, to: number) =>
  (g: Grid): Grid =>
    g.map((r) => r.map((v) => (v === from ? to : v)));
const flip = (g: Grid): Grid => g.map((r) => [...r].reverse());

function task(id: string, f: (g: Grid) => Grid, base: number): Task {
  const input = (k: number): Grid => [
    [1, 3, (base + k) % 5],
    [(base * 2 + k) % 5, 1, 3],
    [3, 0, 1],
  ];
  return {
    id,
    train: [0, 1].map((k) => ({ input: input(k), output: f(input(k)) })),
    test: [{ input: input(7), output: f(input(7)) }],
  };
}

const source = [
  task('src-recolor', recolor(1, 2), 1),
  task('src-flip', flip, 2),
  task('dup-in-source', recolor(3, 4), 3),
];
const target = [
  task('tgt-recolor', recolor(1, 2), 4),
  task('tgt-hard', recolor(0, 6), 1),
  { ...task('tgt-dup', recolor(3, 4), 3) },
];

/**
 * A scripted model: its planner knows the right instruction only for the source tasks (and the
 * duplicated one), by the first training input; its follower really executes the instructions.
 */
function scriptedModel(budget: number | null = null): Model {
  // Below a budget of 10 the planner finds nothing: only the library can then help.
  const blind = budget !== null && budget < 10;
  const known = new Map([
    [gridKey(source[0]!.train[0]!.input), 'recolor 1 to 2'],
    [gridKey(source[1]!.train[0]!.input), 'flip'],
    [gridKey(source[2]!.train[0]!.input), 'recolor 3 to 4'],
  ]);
  return {
    roles: { planner: 'scripted', repairer: 'scripted', follower: 'scripted' },
    plan: async (view) => [
      { instruction: (blind ? undefined : known.get(gridKey(view.train[0]!.input))) ?? 'keep the grid' },
    ],
    revise: async () => [],
    pool: async () => [],
    follow: async (req) => {
      const m = /^recolor (\d) to (\d)$/.exec(req.instruction);
      if (m) return recolor(Number(m[1]), Number(m[2]))(req.input);
      return req.instruction === 'flip' ? flip(req.input) : req.input;
    },
  };
}

describe('keeping target tasks out of the source', () => {
  it('drops source tasks sharing an id or the content of a target task', () => {
    const renamed = { ...target[0]!, id: 'renamed-copy' };
    const split = separateSource([...source, renamed, { ...target[1]! }], target);
    expect(split.excluded.sort()).toEqual(['dup-in-source', 'renamed-copy', 'tgt-hard']);
    expect(split.source.map((t) => t.id)).toEqual(['src-recolor', 'src-flip']);
  });
});

describe('the transfer experiment, end to end with a scripted model and a real library', () => {
  const tmp = tempDir('arcmem-transfer-');
  let result: TransferResult;
  let factoryCalls: string[] = [];
  const progress: string[] = [];
  beforeAll(async () => {
    const runs = await runTransfer({
      source,
      target,
      labels: { source: 'scripted-source', target: 'scripted-target', model: 'scripted' },
      models: ({ key, seed }) => {
        factoryCalls.push(`${key}:${seed}`);
        return { models: [scriptedModel()] };
      },
      cold: { name: 'lite', strategy: loadStrategy('lite') },
      warm: { name: 'lite-lib', strategy: loadStrategy('lite-lib') },
      repeats: 2,
      seed: 40,
      order: 'curriculum',
      out: join(tmp.dir, 'out'),
      library: { uri: join(tmp.dir, 'out', 'library'), build: true },
      openLibrary: (uri) => openLibrary({ uri }),
      taskConcurrency: 1,
      onProgress: (m) => progress.push(m),
    });
    result = await writeTransferReport(runs);
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it("reports each solve's progress once per finished task, not once per call", () => {
    const taskLines = progress.filter((m) => / \d+\/\d+ tasks, /.test(m));
    expect(taskLines.length).toBeGreaterThan(0);
    expect(new Set(taskLines).size).toBe(taskLines.length);
  });

  it('builds the library from the source minus the target tasks only', async () => {
    expect(result.report.settings.excludedFromSource).toEqual(['dup-in-source']);
    const lib = await openLibrary({ uri: join(tmp.dir, 'out', 'library') });
    const ids = new Set((await libraryReader(lib).list()).map((e) => e.taskId));
    lib.close();
    expect([...ids].sort()).toEqual(['src-flip', 'src-recolor']);
    expect(result.report.library.entries).toBe(2);
  });

  it('runs cold and warm for every repeat with its own seed, and fresh models per solve', () => {
    expect(result.report.runs.map((r) => `${r.condition}-${r.repeat}-${r.seed}`)).toEqual([
      'cold-0-40',
      'warm-0-40',
      'cold-1-41',
      'warm-1-41',
    ]);
    expect(factoryCalls).toEqual(['source:40', 'cold-r0:40', 'warm-r0:40', 'cold-r1:41', 'warm-r1:41']);
  });

  it('measures what the library changed, with the transfer graph', () => {
    const a = result.report.analysis;
    expect(a.conditions.cold!.score).toBeCloseTo(1 / 3);
    expect(a.conditions.warm!.score).toBeCloseTo(2 / 3);
    expect(a.differences.score.diff).toBeCloseTo(1 / 3);
    expect(a.edges).toHaveLength(1);
    expect(a.edges[0]).toMatchObject({ sourceTaskId: 'src-recolor', targetTaskId: 'tgt-recolor', wins: 2, solved: 2 });
  });

  it('writes transfer.json and a self-contained transfer.html', async () => {
    const json = JSON.parse(await readFile(result.jsonPath, 'utf8'));
    expect(json.analysis.differences.score.n).toBe(3);
    const html = await readFile(result.htmlPath, 'utf8');
    expect(html).toContain('Warm minus cold pass@2: 33.3 pp');
    expect(html.match(/<svg class="plot/g)?.length).toBe(4);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('never lets the warm condition write to the library', async () => {
    const lib = await openLibrary({ uri: join(tmp.dir, 'out', 'library') });
    expect((await libraryReader(lib).stats()).entries).toBe(2);
    lib.close();
  });
});

describe('the transfer experiment on a budget curve, against a frozen library', () => {
  const tmp = tempDir('arcmem-transfer-curve-');
  let result: TransferResult;
  const factoryCalls: string[] = [];
  beforeAll(async () => {
    const library = join(tmp.dir, 'library');
    const settings = {
      target,
      labels: { source: null, target: 'scripted-target', model: 'scripted' },
      models: ({ key, budget }: { key: string; seed: number; budget: number | null }) => {
        factoryCalls.push(`${key}:${budget}`);
        return { models: [scriptedModel(budget)] };
      },
      cold: { name: 'lite', strategy: loadStrategy('lite') },
      warm: { name: 'lite-lib', strategy: loadStrategy('lite-lib') },
      repeats: 1,
      seed: 3,
      order: 'given' as const,
      openLibrary: (uri: string) => openLibrary({ uri }),
      taskConcurrency: 1,
    };
    // Fill a library once, then measure against it as it is (no source: nothing is rebuilt).
    await runTransfer({ ...settings, source, out: join(tmp.dir, 'build'), library: { uri: library, build: true } });
    factoryCalls.length = 0;
    const runs = await runTransfer({
      ...settings,
      source: null,
      out: join(tmp.dir, 'curve'),
      library: { uri: library, build: false },
      budgetCurve: [100, 1],
    });
    result = await writeTransferReport(runs);
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('solves cold and warm at each budget, ascending, telling the model factory the budget', () => {
    expect(factoryCalls).toEqual(['cold-b1-r0:1', 'warm-b1-r0:1', 'cold-b100-r0:100', 'warm-b100-r0:100']);
    expect(result.report.runs.map((r) => `${r.condition}@${r.budget}`)).toEqual([
      'cold@1',
      'warm@1',
      'cold@100',
      'warm@100',
    ]);
    expect(result.report.settings.budgetCurve).toEqual([1, 100]);
    expect(result.report.library).toMatchObject({ built: false, entries: 2 });
  });

  it('writes the budgets array and budget_to_match into transfer.json', async () => {
    const json = JSON.parse(await readFile(result.jsonPath, 'utf8'));
    expect(json.budgets.map((p: { budget: number }) => p.budget)).toEqual([1, 100]);
    const [low, high] = json.budgets;
    // At budget 1 the planner is blind: cold solves nothing, warm only what the library seeds.
    expect(low.cold.score).toBe(0);
    expect(low.warm.score).toBeCloseTo(1 / 3);
    expect(high.cold.score).toBeCloseTo(1 / 3);
    expect(high.warm.score).toBeCloseTo(2 / 3);
    expect(low.score_diff.mean).toBeCloseTo(1 / 3);
    expect(low.score_diff.ci95).toHaveLength(2);
    expect(low.cold.role_calls).toBeGreaterThan(0);
    expect(low.cold.train_perfect).toBe(0);
    // Warm at budget 1 already matches cold's best (1/3, at budget 100).
    expect(json.budget_to_match).toBe(1);
    // The headline analysis is the full budget's.
    expect(json.analysis.conditions.cold.score).toBeCloseTo(1 / 3);
    const html = await readFile(result.htmlPath, 'utf8');
    expect(html).toContain('<h2>Budget curve</h2>');
  });
});
