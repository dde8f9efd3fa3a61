import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { listPresets, loadStrategy, maxCandidates, parseStrategy } from '../../src/evolve/strategy.js';

describe('bundled presets', () => {
  it('ships ettc, lite and their library variants', () => {
    expect(listPresets()).toEqual(expect.arrayContaining(['ettc', 'ettc-lib', 'lite', 'lite-lib']));
  });

  it.each([
    ['ettc', 40],
    ['lite', 9],
    ['ettc-lib', 45],
    ['lite-lib', 14],
  ])('%s creates at most %i candidates', (name, n) => {
    expect(maxCandidates(loadStrategy(name))).toBe(n);
  });

  it('ettc is generate 30, revise top 5 x1, pool top 5 n=5', () => {
    expect(loadStrategy('ettc').steps).toEqual([
      { kind: 'generate', n: 30 },
      { kind: 'revise', top_k: 5, per_parent: 1, show_related: false },
      { kind: 'pool', top_k: 5, n: 5 },
    ]);
  });

  it('library presets seed first and show seeds to the planner', () => {
    for (const name of ['ettc-lib', 'lite-lib']) {
      const s = loadStrategy(name);
      expect(s.steps[0]).toEqual({ kind: 'seed', k: 5, show_planner: true });
      expect(s.steps.find((x) => x.kind === 'revise')).toMatchObject({ show_related: true });
    }
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
