/**
 * The learned prior in the transfer experiment (offline engine, real library on disk): the source
 * build learns it, each warm solve gets it as fitted from the frozen library, each cold solve the
 * hand prior only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStrategy } from '../../src/evolve/strategy.js';
import { openLibrary } from '../../src/library/index.js';
import { HAND_PRIOR, createLocalModel, featuresOfTrain, type SearchPrior } from '../../src/local/index.js';
import { runTransfer } from '../../src/experiment/transfer.js';
import { tempDir } from '../library/_helpers.js';
import { fallProgram, gravityTask } from '../local/_gravity.js';

describe('transfer with the learned prior', () => {
  const tmp = tempDir('arcmem-transfer-prior-');
  afterAll(() => tmp.cleanup());

  it('gives warm solves the prior learned from the source, cold solves none', async () => {
    const priors = new Map<string, SearchPrior | null>();
    await runTransfer({
      source: [gravityTask('s1', 10), gravityTask('s2', 20)],
      target: [gravityTask('t1', 30)],
      labels: { source: 'inline', target: 'inline', model: 'local' },
      models: ({ key, budget, prior }) => {
        priors.set(key, prior);
        return { models: [createLocalModel({ ...(budget ? { budget } : {}), ...(prior ? { prior } : {}) })] };
      },
      cold: { name: 'lite', strategy: loadStrategy('lite') },
      warm: { name: 'lite-lib', strategy: loadStrategy('lite-lib') },
      repeats: 1,
      seed: 1,
      order: 'given',
      out: join(tmp.dir, 'out'),
      library: { uri: join(tmp.dir, 'out', 'library'), build: true },
      openLibrary: (uri) => openLibrary({ uri, embedder: null }),
      taskConcurrency: 1,
      budgetCurve: [3000],
    });
    expect([...priors.keys()]).toEqual(['source', 'cold-b3000-r0', 'warm-b3000-r0']);
    expect(priors.get('cold-b3000-r0')).toBeNull();
    const settings = (run: string) => JSON.parse(readFileSync(join(tmp.dir, 'out', run, 'settings.json'), 'utf8'));
    expect(settings('cold-b3000-r0').prior).toBe('hand');
    expect(settings('warm-b3000-r0').prior).toBe('hand + learned');
    const t = gravityTask('t1', 30);
    const features = featuresOfTrain(t.train.map((p) => [p.input, p.output] as const));
    const fall = fallProgram[0]!;
    const warm = priors.get('warm-b3000-r0')!;
    // Both source tasks were solved by the fall: the warm prior moves it up against a step never used.
    expect(warm.score(fall, features)).toBeGreaterThan(HAND_PRIOR.score(fall, features));
    const unused = { name: 'trim', args: {} };
    expect(warm.score(fall, features) - warm.score(unused, features)).toBeGreaterThan(
      HAND_PRIOR.score(fall, features) - HAND_PRIOR.score(unused, features),
    );
  }, 120_000);
});
