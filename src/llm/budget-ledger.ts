/**
 * The budget's ledger: what a run has committed to spend, one entry per request, so a budget
 * holds across a kill and --resume. Before a request is sent its worst-case cost is reserved;
 * when it is answered the reservation is settled at what it cost. A reservation never settled
 * (the process was killed while the request was in flight) counts at its worst case. Where the
 * ledger lives is the caller's business (run/ keeps it in the run folder).
 */
import { z } from 'zod';

const Usd = z.number().finite().min(0);

export const LedgerEntrySchema = z.discriminatedUnion('t', [
  /** A request about to be sent, charged its worst case until settled. */
  z.object({ t: z.literal('reserve'), id: z.number().int().min(0), task: z.string(), usd: Usd }),
  /** The request's cost once it ended (0 when it failed); `key` names the answer, for replays. */
  z.object({ t: z.literal('settle'), id: z.number().int().min(0), usd: Usd, key: z.string().optional() }),
  /** A cached answer this run had not paid for, charged at its price. */
  z.object({ t: z.literal('replay'), task: z.string(), usd: Usd, key: z.string() }),
]);
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

export interface BudgetLedger {
  /** Entries written by earlier invocations of the run (empty for a new run). */
  readonly prior: readonly LedgerEntry[];
  /** Records an entry; for a reservation, before the request leaves. */
  append(entry: LedgerEntry): void;
}

/** A ledger kept in memory only (a gateway used on its own, or a run without a folder). */
export const memoryLedger = (): BudgetLedger => ({ prior: [], append: () => undefined });
