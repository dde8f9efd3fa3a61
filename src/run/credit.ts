/**
 * Credit assignment for one finished task: which library items it was offered, and which of
 * them are in the ancestry of a train-perfect candidate and of the submitted candidate when its
 * test answers were verified right. Pure; the library adds the counts up.
 */
import type { Candidate } from '../evolve/types.js';
import type { UtilityUpdate } from '../library/index.js';

/** What credit needs of a finished task (evolution's outcome and the run's record both fit). */
export interface CreditedTask {
  readonly taskId: string;
  readonly startedAt: string;
  readonly candidates: readonly Pick<Candidate, 'id' | 'perfect' | 'librarySeeds'>[];
  readonly best: string | null;
  /** Per test output, when solutions are known; else null. */
  readonly correct: readonly boolean[] | null;
  /** Library entry ids offered to the task (seeds, reused solutions). */
  readonly libraryHits: readonly string[];
}

/** Names one solve of one task, so recording its credit twice (a resumed store) counts once. */
export const observationOf = (t: Pick<CreditedTask, 'taskId' | 'startedAt'>): string => `${t.taskId}\n${t.startedAt}`;

/** One update per offered trace: offered once, ancestor of a perfect / verified candidate at most once each. */
export function creditOf(t: CreditedTask): UtilityUpdate[] {
  const perfect = new Set(t.candidates.filter((c) => c.perfect).flatMap((c) => c.librarySeeds));
  const best = t.candidates.find((c) => c.id === t.best);
  const verified = new Set(
    best && t.correct !== null && t.correct.length > 0 && t.correct.every(Boolean) ? best.librarySeeds : [],
  );
  return [...new Set(t.libraryHits)].map((id) => ({
    kind: 'trace',
    id,
    offered: 1,
    ancestorPerfect: perfect.has(id) ? 1 : 0,
    ancestorVerified: verified.has(id) ? 1 : 0,
  }));
}
