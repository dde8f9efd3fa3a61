import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { listPresets, loadStrategy, maxCandidates, parseStrategy } from '../../src/evolve/strategy.js';

describe('bundled presets', () => {
  it('ships ettc, ettc-fast, lite and their library variants', () => {
    expect(listPresets()).toEqual(['ettc', 'ettc-fast', 'ettc-fast-lib', 'ettc-lib', 'lite', 'lite-lib']);
  });

  it.each([
    ['ettc', 35],
    ['ettc-fast', 9],
    ['lite', 9],
    ['ettc-lib', 40],
    ['ettc-fast-lib', 14],
    ['lite-lib', 14],
  ])('%s creates at most %i candidates', (name, n) => {
    expect(maxCandidates(loadStrategy(name))).toBe(n);
  });

  it.each([
    // grok_config_prod: Step x3 (5, 5, 20), StepRevisionPool top 5 x5, final_follow_times 5.
    ['ettc', [5, 5, 20], { top_k: 5, n: 5 }, 5],
    // gpt52_config_prod / gemini3pro_config_prod: Step x3 (2, 2, 3), StepRevisionPool top 3 x2, final_follow_times 3.
    ['ettc-fast', [2, 2, 3], { top_k: 3, n: 2 }, 3],
  ])('%s follows its published config: generate %j with early exit, pool %j, %i final runs', (name, ns, pool, runs) => {
    const s = loadStrategy(name);
    expect(s.steps).toEqual([...ns.map((n) => ({ kind: 'generate', n })), { kind: 'pool', ...pool }]);
    expect(s.stop_on_perfect).toBe(true);
    expect(s.answer_runs).toBe(runs);
  });

  it.each([
    ['ettc-lib', 'ettc'],
    ['ettc-fast-lib', 'ettc-fast'],
    ['lite-lib', 'lite'],
  ])('%s seeds first, shows seeds to the planner, then runs %s', (lib, base) => {
    const s = loadStrategy(lib);
    const plain = loadStrategy(base);
    expect(s.steps[0]).toEqual({ kind: 'seed', k: 5, show_planner: true });
    const withoutRelated = (steps: typeof s.steps) =>
      steps.map((x) => (x.kind === 'revise' ? { ...x, show_related: false } : x));
    expect(withoutRelated(s.steps.slice(1))).toEqual(withoutRelated(plain.steps));
    expect(s.answer_runs).toBe(plain.answer_runs);
  });

  it('a step may exit early or not, whatever the strategy default', () => {
    const s = parseStrategy(
      {
        steps: [
          { kind: 'generate', n: 2, early_exit: false },
          { kind: 'pool', top_k: 1, n: 1, early_exit: true },
        ],
        stop_on_perfect: false,
      },
      'test',
    );
    expect(s.steps.map((x) => x.early_exit)).toEqual([false, true]);
    expect(() => parseStrategy({ steps: [{ kind: 'generate', n: 2, early_exit: 'yes' }] }, 'test')).toThrow(
      /steps\.0\.early_exit/,
    );
  });

  it('every preset validates', () => {
    expect(listPresets()).toEqual(expect.arrayContaining(['ettc', 'ettc-lib', 'lite', 'lite-lib']));
    for (const name of listPresets()) expect(loadStrategy(name).steps.length, name).toBeGreaterThan(0);
  });
});

describe('strategy resolution', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arcmem-strategy-'));

  it('an unknown preset name lists the available ones', () => {
    expect(() => loadStrategy('nope')).toThrow(ConfigError);
    expect(() => loadStrategy('nope')).toThrow(/available presets: .*ettc.*lite/);
  });

  it('reads a YAML file with defaults filled in', () => {
    const file = join(dir, 's.yaml');
    writeFileSync(
      file,
      'steps:\n  - kind: generate\n    n: 2\n  - kind: pool\n    top_k: 2\n    n: 1\nstop_on_perfect: false\n',
    );
    const s = loadStrategy(file);
    expect(s.steps).toEqual([
      { kind: 'generate', n: 2 },
      { kind: 'pool', top_k: 2, n: 1 },
    ]);
    expect(s.stop_on_perfect).toBe(false);
    expect(s.answer_runs).toBe(4);
  });

  it('reads a JSON file', () => {
    const file = join(dir, 's.json');
    writeFileSync(file, JSON.stringify({ steps: [{ kind: 'seed', k: 3 }] }));
    expect(loadStrategy(file).steps).toEqual([{ kind: 'seed', k: 3, show_planner: false }]);
  });

  it.each([
    [{ steps: [] }, /at least one step/],
    [{ steps: [{ kind: 'mutate', n: 1 }] }, /steps\.0/],
    [{ steps: [{ kind: 'generate', n: 0 }] }, /steps\.0\.n/],
    [{ steps: [{ kind: 'generate', n: 1, extra: true }] }, /steps\.0/],
  ])('rejects %j', (raw, msg) => {
    expect(() => parseStrategy(raw, 'test')).toThrow(msg);
  });

  it('a missing file names the path', () => {
    expect(() => loadStrategy(join(dir, 'missing.json'))).toThrow(/missing\.json/);
  });
});
