/**
 * The library's items by measured usefulness (`arcmem library stats`, `library prune
 * --unhelpful`): utility counters joined with what they count, ranked by helpfulness.
 */
import { ConfigError } from '../errors.js';
import { idsIn } from './_sql.js';
import type { Store } from './_store.js';
import { NEUTRAL_HELPFULNESS, helpfulness } from './utility-rank.js';
import { readUtility, type UtilityCounts, type UtilityKind } from './utility.js';
import { LESSON_ID_PREFIX, conceptsById } from './concepts.js';

/** An item's counters with its smoothed helpfulness and, for an item still stored, its text (and a trace's task). */
export interface UsefulItem extends UtilityCounts {
  readonly helpfulness: number;
  /** A trace's instruction, a concept's text (a lesson's is untrusted model text); null when no longer stored, and for the prior. */
  readonly instruction: string | null;
  readonly taskId: string | null;
}

export interface Usefulness {
  /** Items with counters (offered at least once). */
  readonly observed: number;
  /** The top items above neutral helpfulness (then by how often they helped), best first. */
  readonly most: UsefulItem[];
  /** The bottom items below neutral helpfulness (then by how often they were offered), worst first. */
  readonly least: UsefulItem[];
}

/** Instruction and task of the traces with these ids that are still stored. */
async function tracesById(
  store: Store,
  ids: readonly string[],
): Promise<Map<string, { instruction: string; taskId: string }>> {
  const out = new Map<string, { instruction: string; taskId: string }>();
  for (const where of idsIn(ids)) {
    const rows = await store.table.query().where(where).select(['id', 'instruction', 'task_id']).toArray();
    for (const r of rows) out.set(String(r.id), { instruction: String(r.instruction), taskId: String(r.task_id) });
  }
  return out;
}

async function withText(store: Store, counts: readonly UtilityCounts[]): Promise<UsefulItem[]> {
  const idsOf = (kind: UtilityKind) => counts.filter((c) => c.kind === kind).map((c) => c.id);
  const [traces, concepts] = await Promise.all([
    tracesById(store, idsOf('trace')),
    conceptsById(store, idsOf('concept')),
  ]);
  return counts.map((c) => {
    const t = c.kind === 'trace' ? traces.get(c.id) : undefined;
    const text = t?.instruction ?? (c.kind === 'concept' ? concepts.get(c.id)?.text : undefined);
    return { ...c, helpfulness: helpfulness(c), instruction: text ?? null, taskId: t?.taskId ?? null };
  });
}

/** The `top` most and least useful items. */
export async function usefulness(store: Store, top: number): Promise<Usefulness> {
  const all = [...(await readUtility(store)).values()].filter((c) => c.offered > 0);
  const most = all
    .filter((c) => helpfulness(c) > NEUTRAL_HELPFULNESS)
    .sort((a, b) => helpfulness(b) - helpfulness(a) || b.ancestorPerfect - a.ancestorPerfect)
    .slice(0, top);
  const least = all
    .filter((c) => helpfulness(c) < NEUTRAL_HELPFULNESS)
    .sort((a, b) => helpfulness(a) - helpfulness(b) || b.offered - a.offered)
    .slice(0, top);
  const [m, l] = await Promise.all([withText(store, most), withText(store, least)]);
  return { observed: all.length, most: m, least: l };
}

/** Checks a `--unhelpful` threshold: a whole number of offers, at least 1. */
export function checkMinOffered(n: number): number {
  if (!Number.isInteger(n) || n < 1)
    throw new ConfigError(
      `--unhelpful ${n}: give the number of offers (a whole number, at least 1) after which a trace that never helped is pruned, e.g. --unhelpful 5`,
    );
  return n;
}

/**
 * Stored traces, or lessons (concept counters of lesson rows: mined macros are mined again from
 * the traces, so they are never pruned), offered at least `minOffered` times that were
 * never an ancestor of a perfect or verified candidate, most offered first.
 */
export async function unhelpfulItems(
  store: Store,
  kind: 'trace' | 'lesson',
  minOffered: number,
): Promise<UsefulItem[]> {
  checkMinOffered(minOffered);
  const counts = [...(await readUtility(store, { kind: kind === 'trace' ? 'trace' : 'concept' })).values()].filter(
    (c) =>
      c.offered >= minOffered &&
      c.ancestorPerfect === 0 &&
      c.ancestorVerified === 0 &&
      (kind === 'trace' || c.id.startsWith(LESSON_ID_PREFIX)),
  );
  return (await withText(store, counts))
    .filter((i) => i.instruction !== null)
    .sort((a, b) => b.offered - a.offered || a.id.localeCompare(b.id));
}
