/** The most and least useful library items, as `arcmem library stats` and `library prune --unhelpful` print them. */
import type { UsefulItem, Usefulness } from '../../library/index.js';
import { table } from './_common.js';
import { printable } from '../printable.js';
import { clip, oneLine } from './library-read.js';

/** A table of items with their counters (library text made printable). */
export function formatItems(items: readonly UsefulItem[]): string {
  const rows = [['helpful', 'offered', 'perfect', 'verified', 'kind', 'id', 'task', 'instruction or text']];
  for (const i of items) {
    rows.push([
      i.helpfulness.toFixed(2),
      String(i.offered),
      String(i.ancestorPerfect),
      String(i.ancestorVerified),
      i.kind,
      // A trace id's prefix is enough for `library show`; a concept's id begins with its kind.
      i.id.slice(0, i.kind === 'trace' ? 8 : 15),
      i.taskId ?? '-',
      i.instruction === null ? (i.kind === 'prior' ? '-' : '(pruned)') : clip(oneLine(i.instruction), 70),
    ]);
  }
  return printable(table(rows));
}

export function formatUsefulness(u: Usefulness): string {
  if (u.observed === 0)
    return 'usefulness     no counters yet (a solve run with this library records what each offered trace was worth)';
  return [
    `usefulness     ${u.observed} item(s) offered so far; helpful = (ancestor of a perfect candidate + 1) / (offered + 2), 0.50 for an item never offered`,
    u.most.length ? `most useful:\n${formatItems(u.most)}` : 'most useful:   none above 0.50 yet',
    u.least.length ? `least useful:\n${formatItems(u.least)}` : 'least useful:  none below 0.50',
  ].join('\n');
}
