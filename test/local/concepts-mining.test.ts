/**
 * Concepts mined from traces: which sub-sequences become macros (recurring in two different
 * tasks, arguments left open), and determinism.
 */
import { describe, expect, it } from 'vitest';
import { MacroMiner, mineMacros } from '../../src/local/index.js';
import { perfect, solvedA, solvedB } from './_concepts.js';

describe('mining macros', () => {
  it('keeps a sub-sequence found in two different tasks, with its open arguments left to infer', () => {
    const [macro, ...rest] = mineMacros([solvedA, solvedB]);
    expect(rest).toEqual([]);
    expect(macro!.steps).toEqual([
      { name: 'flip', fixed: { axis: 'left to right' } },
      { name: 'scale-up', fixed: {} },
      { name: 'recolour', fixed: {} },
    ]);
    expect(macro!.text).toBe(
      'Mirror the grid left to right, then scale the grid up (inferred) times, then recolour (inferred).',
    );
    expect(macro!.provenance).toEqual(['t-a', 't-b']);
    expect(macro!.tasks).toBe(2);
  });

  it('mines nothing from one task stored twice, from imperfect traces, or from text that does not parse', () => {
    const again = { ...solvedB, id: 't-a2', taskHash: 'hash-a' };
    expect(mineMacros([solvedA, again])).toEqual([]);
    expect(mineMacros([solvedA, { ...solvedB, trainPerfect: false }])).toEqual([]);
    expect(mineMacros([solvedA, perfect('t-x', 'hash-x', 'Mirror it, scale it, recolour it.')])).toEqual([]);
    expect(mineMacros([solvedA, solvedB], { minTasks: 1 })).toHaveLength(1); // never below two tasks
  });

  it('is deterministic whatever the order of the traces', () => {
    const c = perfect('t-c', 'hash-c', '1. Mirror the grid left to right.\n2. Scale the grid up 4 times.');
    const d = perfect('t-d', 'hash-d', '1. Scale the grid up 2 times.\n2. Recolour colour 4 to colour 1.');
    const one = mineMacros([solvedA, solvedB, c, d]);
    expect(mineMacros([d, c, solvedB, solvedA])).toEqual(one);
    // The two-step parts recur in three tasks; the three-step one in two: best supported first.
    expect(one.map((m) => m.name)).toEqual([
      'flip-then-scale-up',
      'scale-up-then-recolour',
      'flip-then-scale-up-then-recolour',
    ]);
  });

  it('counted one trace at a time, with traces removed, gives what mining the remaining set at once gives', () => {
    const c = perfect('t-c', 'hash-c', '1. Mirror the grid left to right.\n2. Scale the grid up 4 times.');
    const d = perfect('t-d', 'hash-d', '1. Scale the grid up 2 times.\n2. Recolour colour 4 to colour 1.');
    const a2 = { ...solvedA, id: 't-a2' }; // a second trace of task a: removing one keeps the task counted
    const miner = new MacroMiner();
    const added = [solvedA, c, a2, solvedB, d];
    for (const [i, t] of added.entries()) {
      miner.add(t);
      expect(miner.macros()).toEqual(mineMacros(added.slice(0, i + 1)));
    }
    miner.add(solvedB); // counted once however often it comes
    miner.remove('t-a');
    expect(miner.macros()).toEqual(mineMacros([c, a2, solvedB, d]));
    miner.remove('t-a2');
    miner.remove('t-d');
    expect(miner.macros()).toEqual(mineMacros([c, solvedB]));
    expect(miner.macros().map((m) => m.name)).toEqual(['flip-then-scale-up']);
    expect(miner.ids().sort()).toEqual(['t-b', 't-c']);
  });
});
