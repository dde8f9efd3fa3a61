/**
 * Ranking by similarity blended with utility:
 *
 *   score = similarity + UTILITY_WEIGHT · (helpfulness − NEUTRAL_HELPFULNESS)
 *   helpfulness = (ancestor_perfect + 1) / (offered + 2)
 *
 * Helpfulness is Laplace's rule of succession: the share of offers that ended as an ancestor
 * of a train-perfect candidate, smoothed by one imagined success and one imagined failure. An
 * item never offered is exactly neutral (1/2, no change to its similarity); one offered ten
 * times that never helped loses 0.2 · (1/2 − 1/12) ≈ 0.083; one that helped every time of ten
 * gains as much. The weight keeps utility a tie-breaker among near-equals: a fingerprint
 * distance or an execution score that differs by more than 0.1 still decides.
 */
import type { UtilityCounts } from './utility.js';

export const UTILITY_WEIGHT = 0.2;
export const NEUTRAL_HELPFULNESS = 0.5;

/** Smoothed share of offers that helped (1/2 for an item never offered). */
export const helpfulness = (c: Pick<UtilityCounts, 'offered' | 'ancestorPerfect'> | undefined): number =>
  c ? (c.ancestorPerfect + 1) / (c.offered + 2) : NEUTRAL_HELPFULNESS;

/** What utility adds to an item's similarity (0 for an item never offered). */
export const utilityBonus = (c: Pick<UtilityCounts, 'offered' | 'ancestorPerfect'> | undefined): number =>
  UTILITY_WEIGHT * (helpfulness(c) - NEUTRAL_HELPFULNESS);

/** The items by blended score, best first; equal scores keep the given order. */
export function rankByUtility<T>(
  items: readonly T[],
  similarity: (item: T) => number,
  counts: (item: T) => Pick<UtilityCounts, 'offered' | 'ancestorPerfect'> | undefined,
): T[] {
  return items
    .map((item, i) => ({ item, i, score: similarity(item) + utilityBonus(counts(item)) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((s) => s.item);
}

/**
 * Of items sorted best first by similarity, those utility could still lift into the first k:
 * a bonus lies strictly between −UTILITY_WEIGHT/2 and +UTILITY_WEIGHT/2, so nothing scoring
 * UTILITY_WEIGHT or more below the k-th can overtake it. Ranking only these gives the same
 * first k as ranking all.
 */
export function withinReach<T>(sorted: readonly T[], similarity: (item: T) => number, k: number): T[] {
  if (k <= 0) return [];
  if (sorted.length <= k) return [...sorted];
  const floor = similarity(sorted[k - 1]!) - UTILITY_WEIGHT;
  return sorted.filter((item, i) => i < k || similarity(item) > floor);
}
