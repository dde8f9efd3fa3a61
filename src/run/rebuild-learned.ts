/**
 * The derived tables rebuilt from the library's traces: the learned prior and the mined macros.
 * `library compact` and `library import` both end with it, since exports carry raw traces only
 * and derived tables are never imported; model lessons are stored rows, not derived, and stay.
 */
import type { Library } from '../library/index.js';
import type { Macro, PriorCount } from '../local/index.js';
import { rebuildConcepts } from './learned-concepts.js';
import { rebuildPrior } from './learned-prior.js';

export interface RebuiltLearned {
  readonly prior: PriorCount[];
  readonly macros: Macro[];
}

/** Refits the prior and mines the macros again from every trace (`compact`: also drops the prior table's old versions). */
export async function rebuildLearned(
  library: Library,
  opts: { readonly compact?: boolean } = {},
): Promise<RebuiltLearned> {
  const prior = await rebuildPrior(library, opts);
  const macros = await rebuildConcepts(library);
  return { prior, macros };
}
