/** The budget ledger: what a resumed run starts from, and which cache replays it has already paid for. */
import { describe, expect, it } from 'vitest';
import { BudgetExceededError, createBudget, type LedgerEntry } from '../../src/llm/index.js';

const caps = { budgetUsd: 1, taskBudgetUsd: null, taskMaxCalls: null };
const ledger = (prior: LedgerEntry[]) => {
  const written: LedgerEntry[] = [];
  return { prior, append: (e: LedgerEntry) => void written.push(e), written };
};

describe('a budget resumed from its ledger', () => {
  it('counts settled requests at their cost and requests lost in flight at their worst case', () => {
    const l = ledger([
      { t: 'reserve', id: 0, task: 'a', usd: 0.5 },
      { t: 'reserve', id: 1, task: 'a', usd: 0.3 },
      { t: 'settle', id: 1, usd: 0.1, key: 'k1' },
      { t: 'replay', task: 'b', usd: 0.05, key: 'k2' },
    ]);
    expect(createBudget(caps, l).spentUsd()).toBeCloseTo(0.65, 12);
  });

  it('replays an answer it paid for free, once per payment, and charges further replays', () => {
    const l = ledger([
      { t: 'reserve', id: 3, task: 'a', usd: 0.3 },
      { t: 'settle', id: 3, usd: 0.1, key: 'k1' },
    ]);
    const budget = createBudget(caps, l);
    budget.chargeReplay('a', 0.1, 'k1');
    expect(budget.spentUsd()).toBeCloseTo(0.1, 12);
    budget.chargeReplay('a', 0.1, 'k1');
    expect(budget.spentUsd()).toBeCloseTo(0.2, 12);
    expect(l.written).toEqual([{ t: 'replay', task: 'a', usd: 0.1, key: 'k1' }]);
  });

  it('numbers new reservations after the old ones and writes each before it is used', async () => {
    const l = ledger([{ t: 'reserve', id: 7, task: 'a', usd: 0.2 }]);
    const budget = createBudget(caps, l);
    const r = await budget.reserve('a', 0.3);
    expect(r.id).toBe(8);
    expect(l.written).toEqual([{ t: 'reserve', id: 8, task: 'a', usd: 0.3 }]);
    budget.settle(r, 0.25, 'k');
    expect(l.written[1]).toEqual({ t: 'settle', id: 8, usd: 0.25, key: 'k' });
  });

  it('refuses once what earlier invocations spent reaches the cap, before anything is reserved', async () => {
    const l = ledger([{ t: 'reserve', id: 0, task: 'a', usd: 1.2 }]);
    const err = await createBudget(caps, l)
      .reserve('b', 0.1)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BudgetExceededError);
    expect(err).toMatchObject({ kind: 'run-usd', message: expect.stringMatching(/raise --budget-usd/) });
    expect(l.written).toEqual([]);
  });
});
