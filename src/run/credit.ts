/**
 * Credit assignment for one finished task: which library items it was offered, and which of
 * them are in the ancestry of a train-perfect candidate and of the submitted candidate when its
 * test answers were verified right. Pure; the library adds the counts up.
 */
import type { Candidate } from '../evolve/types.js';
import type { UtilityKind, UtilityUpdate } from '../library/index.js';
import { tryParse, type Step } from '../local/index.js';
import { LOCAL_MODEL } from './options.js';

/** What credit needs of a finished task (evolution's outcome and the run's record both fit). */
export interface CreditedTask {
  readonly taskId: string;
  readonly startedAt: string;
  readonly candidates: readonly Pick<Candidate, 'id' | 'perfect' | 'librarySeeds' | 'lessons'>[];
  readonly best: string | null;
  /** Per test output, when solutions are known; else null. */
  readonly correct: readonly boolean[] | null;
  /** Library entry ids offered to the task (seeds, reused solutions). */
  readonly libraryHits: readonly string[];
  /** Stored lessons its planner prompts showed (absent: none). */
  readonly lessonsShown?: readonly string[];
}

/** Names one solve of one task, so recording its credit twice (a resumed store) counts once. */
export const observationOf = (t: Pick<CreditedTask, 'taskId' | 'startedAt'>): string => `${t.taskId}\n${t.startedAt}`;

/** The submitted answers were checked, and every one was right. */
const verifiedRight = (t: Pick<CreditedTask, 'correct'>): boolean =>
  t.correct !== null && t.correct.length > 0 && t.correct.every(Boolean);

/**
 * One update per offered item: offered once, ancestor of a perfect / verified candidate at most
 * once each, by lineage (`ancestry` gives the items a candidate descends from).
 */
function lineageCredit(
  t: CreditedTask,
  kind: UtilityKind,
  offered: readonly string[],
  ancestry: (c: CreditedTask['candidates'][number]) => readonly string[],
): UtilityUpdate[] {
  const perfect = new Set(t.candidates.filter((c) => c.perfect).flatMap(ancestry));
  const best = t.candidates.find((c) => c.id === t.best);
  const verified = new Set(best && verifiedRight(t) ? ancestry(best) : []);
  return [...new Set(offered)].map((id) => ({
    kind,
    id,
    offered: 1,
    ancestorPerfect: perfect.has(id) ? 1 : 0,
    ancestorVerified: verified.has(id) ? 1 : 0,
  }));
}

/**
 * Credit of the traces offered to a task (seeds, reused solutions) and of the lessons its
 * planner prompts showed (concept rows, counted under kind 'concept'), by the same rule: a
 * candidate descends from a trace it was seeded by, and from a lesson shown in the prompt that
 * planned it or an ancestor.
 */
export const creditOf = (t: CreditedTask): UtilityUpdate[] => [
  ...lineageCredit(t, 'trace', t.libraryHits, (c) => c.librarySeeds),
  ...lineageCredit(t, 'concept', t.lessonsShown ?? [], (c) => c.lessons ?? []),
];

/** What credit of the offline planner's learned items (concepts, the prior) reads of a finished task. */
export interface PlannedTask extends Pick<CreditedTask, 'taskId' | 'startedAt' | 'best' | 'correct'> {
  readonly candidates: readonly { readonly id: string; readonly instruction: string; readonly perfect: boolean }[];
  readonly models: { readonly planner: string };
}

/** Credit of one learned item, given whether a candidate's program used it. */
export type ItemCredit = (kind: UtilityKind, id: string, used: (program: readonly Step[]) => boolean) => UtilityUpdate;

/**
 * Credit of what the offline planner learned from the library, for a task it planned: an item is
 * offered once, and ancestor of a perfect (or the verified submitted) candidate when that
 * candidate's program `used` it. Use, not lineage: a program the search also finds without the
 * item counts too, so these counts are an upper bound. Null for a task a language model planned
 * (it was offered none of them). Each program is parsed once, however many items are credited.
 */
export function plannerCredit(t: PlannedTask): ItemCredit | null {
  if (t.models.planner !== LOCAL_MODEL) return null;
  const programs = t.candidates.flatMap((c) => {
    const program = tryParse(c.instruction);
    return program ? [{ c, program }] : [];
  });
  const verified = verifiedRight(t);
  return (kind, id, used) => {
    const holding = programs.filter((p) => used(p.program)).map((p) => p.c);
    return {
      kind,
      id,
      offered: 1,
      ancestorPerfect: holding.some((c) => c.perfect) ? 1 : 0,
      ancestorVerified: verified && holding.some((c) => c.id === t.best) ? 1 : 0,
    };
  };
}
