/**
 * The library's items by measured usefulness (`arcmem library stats`, `library prune
 * --unhelpful`): utility counters joined with what they count, ranked by helpfulness.
 */
import { ConfigError } from '../errors.js';
import { sqlString } from './_sql.js';
import type { Store } from './_store.js';
import { NEUTRAL_HELPFULNESS, helpfulness } from './utility-rank.js';
import { readUtility, type UtilityCounts } from './utility.js';

/** An item's counters with its smoothed helpfulness and, for a trace still stored, its text and task. */
export interface UsefulItem extends UtilityCounts {
  readonly helpfulness: number;
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

const IN_BATCH = 500;

/** Instruction and task of the traces with these ids that are still stored. */
async function tracesById(
  store: Store,
  ids: readonly string[],
): Promise<Map<string, { instruction: string; taskId: string }>> {
  const out = new Map<string, { instruction: string; taskId: string }>();
  for (let i = 0; i < ids.length; i += IN_BATCH) {
    const rows = await store.table
      .query()
      .where(
        `id IN (${ids
          .slice(i, i + IN_BATCH)
          .map(sqlString)
          .join(', ')})`,
      )
      .select(['id', 'instruction', 'task_id'])
      .toArray();
    for (const r of rows) out.set(String(r.id), { instruction: String(r.instruction), taskId: String(r.task_id) });
  }
  return out;
}

async function withText(store: Store, counts: readonly UtilityCounts[]): Promise<UsefulItem[]> {
  const traces = await tracesById(
    store,
    counts.filter((c) => c.kind === 'trace').map((c) => c.id),
  );
  return counts.map((c) => {
    const t = c.kind === 'trace' ? traces.get(c.id) : undefined;
    return { ...c, helpfulness: helpfulness(c), instruction: t?.instruction ?? null, taskId: t?.taskId ?? null };
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

/** Stored traces offered at least `minOffered` times that were never an ancestor of a perfect or verified candidate. */
export async function unhelpfulTraces(store: Store, minOffered: number): Promise<UsefulItem[]> {
  checkMinOffered(minOffered);
  const counts = [...(await readUtility(store, { kind: 'trace' })).values()].filter(
    (c) => c.offered >= minOffered && c.ancestorPerfect === 0 && c.ancestorVerified === 0,
  );
  return (await withText(store, counts))
    .filter((i) => i.instruction !== null)
    .sort((a, b) => b.offered - a.offered || a.id.localeCompare(b.id));
}
