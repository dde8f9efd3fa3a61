/**
 * The run's budget ledger on disk: `budget.jsonl` in the run folder, one entry per line,
 * appended before each request leaves and when it ends, so --resume starts from what the run
 * has really committed (see llm/budget-ledger.ts). A torn or foreign line is left out.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { LedgerEntrySchema, type BudgetLedger, type LedgerEntry } from '../llm/budget-ledger.js';

export const BUDGET_FILE = 'budget.jsonl';

/** The ledger of the run folder `dir`; `resume` reads what earlier invocations wrote. */
export function openBudgetLedger(dir: string, resume: boolean): BudgetLedger {
  const file = join(dir, BUDGET_FILE);
  const text = resume && existsSync(file) ? readFileSync(file, 'utf8') : '';
  // A line torn by a kill is cut off, so the next entry starts a line of its own.
  const whole = text.slice(0, text.lastIndexOf('\n') + 1);
  if (whole.length < text.length) truncateSync(file, Buffer.byteLength(whole));
  const prior = readEntries(whole);
  let ready = false;
  return {
    prior,
    append(entry) {
      if (!ready) mkdirSync(dir, { recursive: true });
      ready = true;
      appendFileSync(file, JSON.stringify(entry) + '\n');
    },
  };
}

function readEntries(text: string): LedgerEntry[] {
  return text.split('\n').flatMap((line) => {
    try {
      const parsed = LedgerEntrySchema.safeParse(JSON.parse(line));
      return parsed.success ? [parsed.data] : [];
    } catch {
      return [];
    }
  });
}
