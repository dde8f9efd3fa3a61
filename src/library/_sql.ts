import { MAX_INSTRUCTION_CHARS } from './import-limits.js';

/** A SQL string literal for LanceDB filters. */
export const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Joins filter clauses with AND; empty clauses are skipped; no clause → undefined. */
export function whereAll(clauses: readonly (string | null | undefined | false)[]): string | undefined {
  const kept = clauses.filter((c): c is string => typeof c === 'string' && c.length > 0);
  return kept.length ? kept.map((c) => `(${c})`).join(' AND ') : undefined;
}

/** Matches a trace made with `model` in any role. */
export const anyRoleModel = (model: string): string =>
  ['planner_model', 'repairer_model', 'follower_model'].map((c) => `${c} = ${sqlString(model)}`).join(' OR ');

/**
 * Perfect, non-near-miss traces short enough to show a model: the ones retrieval offers. The
 * length bound also holds for rows that came in by other ways than import (older arcmem, add()).
 */
export const PERFECT = `train_perfect = true AND near_miss = false AND char_length(instruction) <= ${MAX_INSTRUCTION_CHARS}`;
