import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { ConfigError } from '../../src/errors.js';
import { buildModels, resolveSolveConfig } from '../../src/run/index.js';

const noFile = { file: null, cwd: '/' };

describe('--local-budget', () => {
  it('comes from the flag over ARCMEM_LOCAL_BUDGET, and is absent by default', () => {
    expect(resolveSolveConfig({ ...noFile }).run.localBudget).toBeNull();
    expect(resolveSolveConfig({ ...noFile, env: { ARCMEM_LOCAL_BUDGET: '3000' } }).run.localBudget).toBe(3000);
    const both = resolveSolveConfig({ ...noFile, flags: { localBudget: 500 }, env: { ARCMEM_LOCAL_BUDGET: '3000' } });
    expect(both.run.localBudget).toBe(500);
  });

  it('refuses a budget that is not a positive whole number, naming the flag and the variable', () => {
    expect(() => resolveSolveConfig({ ...noFile, env: { ARCMEM_LOCAL_BUDGET: '0' } })).toThrow(ConfigError);
    expect(() => resolveSolveConfig({ ...noFile, env: { ARCMEM_LOCAL_BUDGET: 'lots' } })).toThrow(
      /--local-budget \(ARCMEM_LOCAL_BUDGET/,
    );
  });

  it("bounds the offline engine's plan search: a tiny budget misses what a larger one finds", async () => {
    // Flip left-right, then recolour 1 to 2: two steps.
    const f = (g: Grid): Grid => g.map((r) => [...r].reverse().map((v) => (v === 1 ? 2 : v)));
    const ins: Grid[] = [
      [
        [1, 0, 3],
        [0, 0, 1],
      ],
      [
        [3, 1, 0],
        [1, 4, 0],
      ],
    ];
    const view = { train: ins.map((input) => ({ input, output: f(input) })), testInputs: [ins[0]!] };
    const firstAnswer = async (localBudget: number | null) => {
      const built = buildModels([{ backend: 'local' }], { localBudget });
      const [proposal] = await built.models[0]!.plan(view, { n: 1, tried: [] }, { taskId: 't', step: 'generate' });
      // A search stopped before it found anything proposes nothing.
      if (!proposal) return false;
      const answers = await Promise.all(
        view.train.map((p) =>
          built.models[0]!.follow(
            { instruction: proposal.instruction, context: [], input: p.input },
            { taskId: 't', step: 'generate' },
          ),
        ),
      );
      return answers.every((a, i) => JSON.stringify(a) === JSON.stringify(view.train[i]!.output));
    };
    expect(await firstAnswer(20_000)).toBe(true);
    expect(await firstAnswer(1)).toBe(false);
  });
});
