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

/** Ids per `IN (...)` list: long lists make slow, or refused, filters. */
const IN_BATCH = 500;

/** `id IN (...)` filters covering `ids`, at most IN_BATCH each (none for no ids). */
export function idsIn(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += IN_BATCH)
    out.push(
      `id IN (${ids
        .slice(i, i + IN_BATCH)
        .map(sqlString)
        .join(', ')})`,
    );
  return out;
}

/** Deletes a table's rows matching `clause` AND each of `filters`; returns how many went. */
export async function deleteCounted(
  table: { countRows(where: string): Promise<number>; delete(where: string): Promise<unknown> },
  clause: string,
  filters: readonly string[],
): Promise<number> {
  let n = 0;
  for (const f of filters) {
    const where = `${clause} AND ${f}`;
    const rows = await table.countRows(where);
    if (rows) await table.delete(where);
    n += rows;
  }
  return n;
}
