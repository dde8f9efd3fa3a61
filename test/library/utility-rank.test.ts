/** Retrieval ranks by similarity blended with utility: a real library on disk. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  UTILITY_WEIGHT,
  helpfulness,
  libraryReader,
  openLibrary,
  rankByUtility,
  utilityBonus,
  withinReach,
} from '../../src/library/index.js';
import { makeTask, solved, tempDir, trace, use } from './_helpers.js';

describe('helpfulness and the blended score', () => {
  it('leaves an item never offered exactly neutral, lowers one that never helped and raises one that did', () => {
    expect(utilityBonus(undefined)).toBe(0);
    expect(utilityBonus({ offered: 0, ancestorPerfect: 0 })).toBe(0);
    expect(helpfulness({ offered: 10, ancestorPerfect: 0 })).toBeCloseTo(1 / 12);
    expect(utilityBonus({ offered: 10, ancestorPerfect: 0 })).toBeCloseTo(UTILITY_WEIGHT * (1 / 12 - 1 / 2));
    expect(utilityBonus({ offered: 10, ancestorPerfect: 10 })).toBeCloseTo(UTILITY_WEIGHT * (11 / 12 - 1 / 2));
  });
});

describe('withinReach', () => {
  it('keeps exactly what utility could lift into the first k: ranking those gives the same first k as ranking all', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 200; trial++) {
      const items = Array.from({ length: 30 }, (_, i) => ({
        i,
        sim: Math.round(rand() * 40) / 40,
        offered: Math.floor(rand() * 12),
        helped: 0,
      }))
        .map((x) => ({ ...x, helped: Math.floor(rand() * (x.offered + 1)) }))
        .sort((a, b) => b.sim - a.sim);
      const k = 1 + (trial % 6);
      const sim = (x: (typeof items)[number]) => x.sim;
      const counts = (x: (typeof items)[number]) => ({ offered: x.offered, ancestorPerfect: x.helped });
      const near = withinReach(items, sim, k);
      expect(near.length).toBeLessThanOrEqual(items.length);
      expect(rankByUtility(near, sim, counts).slice(0, k)).toEqual(rankByUtility(items, sim, counts).slice(0, k));
    }
    const sorted = [1, 0.95, 0.9, 0.5].map((sim) => ({ sim }));
    expect(withinReach(sorted, (x) => x.sim, 1)).toEqual(sorted.slice(0, 3));
    expect(withinReach(sorted, (x) => x.sim, 0)).toEqual([]);
  });
});

describe('retrieval ranked by similarity blended with utility', () => {
  const tmp = tempDir();
  afterEach(() => tmp.cleanup());

  it('drops an item offered often that never helped below an equally similar new one, and raises a helpful one', async () => {
    const lib = await openLibrary({ uri: join(tmp.dir, 'rank') });
    // Three traces of one task: the same fingerprint, so exactly equally similar to any query.
    await lib.store(solved(makeTask('a', 'recolor', 1), [trace('Unhelpful.'), trace('New.'), trace('Helpful.')]));
    const query = makeTask('q', 'recolor', 2);
    const stored = await libraryReader(lib).list();
    const idOf = (text: string) => stored.find((e) => e.instruction === text)!.id;
    const before = await lib.similar(query, 3);
    expect(new Set(before.map((h) => h.distance)).size).toBe(1);

    await lib.recordUse('o1', [use(idOf('Unhelpful.'), 6)]);
    await lib.recordUse('o2', [use(idOf('Helpful.'), 3, 3, 1)]);
    const after = await lib.similar(query, 3);
    expect(after.map((h) => h.instruction)).toEqual(['Helpful.', 'New.', 'Unhelpful.']);
    // What people see (`library similar`) is ranked the same way.
    const seen = await libraryReader(lib).similarToTask(query, 3);
    expect(seen.map((n) => n.entry.instruction)).toEqual(['Helpful.', 'New.', 'Unhelpful.']);
    lib.close();
  });
});
