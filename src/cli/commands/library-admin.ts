/** `arcmem library export | import | prune | reembed | compact`: sharing and upkeep. */
import { ConfigError } from '../../errors.js';
import { formatItems } from './library-usefulness.js';
import { priorTotals, type PriorCount } from '../../local/index.js';
import type { RebuiltLearned } from '../../run/index.js';
import {
  FINGERPRINT_INDEX_MIN_ROWS,
  type CompactResult,
  type ImportResult,
  type PruneCriteria,
  type PruneResult,
} from '../../library/index.js';

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `30d`, `12h`, `2w`, `90m`, or an ISO date, as the cut-off time before `now`. */
export function parseAge(text: string, now = new Date()): Date {
  const m = /^(\d+)\s*([mhdw])$/.exec(text.trim());
  if (m) return new Date(now.getTime() - Number(m[1]) * UNIT_MS[m[2]!]!);
  const date = new Date(text);
  if (Number.isNaN(date.getTime()))
    throw new ConfigError(`--older-than ${text}: give an age such as 30d, 12h, 2w, 90m, or a date such as 2026-01-31`);
  return date;
}

export interface PruneFlags {
  readonly olderThan?: string;
  readonly model?: string;
  readonly dataset?: string;
  readonly unverified?: boolean;
  readonly unhelpful?: number;
}

export const pruneCriteria = (f: PruneFlags, now = new Date()): PruneCriteria => ({
  ...(f.olderThan !== undefined ? { olderThan: parseAge(f.olderThan, now) } : {}),
  ...(f.model !== undefined ? { model: f.model } : {}),
  ...(f.dataset !== undefined ? { dataset: f.dataset } : {}),
  ...(f.unverified ? { unverified: true } : {}),
  ...(f.unhelpful !== undefined ? { unhelpful: f.unhelpful } : {}),
});

/** The criteria in words (the SQL filter is for the library, not for the reader). */
const describeCriteria = (c: PruneCriteria): string =>
  [
    c.olderThan && `stored before ${c.olderThan.toISOString()}`,
    c.model !== undefined && `made with model ${c.model}`,
    c.dataset !== undefined && `from dataset ${c.dataset}`,
    c.unverified && 'not verified right on test',
    c.unhelpful !== undefined && `offered at least ${c.unhelpful} times and never an ancestor of a perfect candidate`,
  ]
    .filter(Boolean)
    .join(' and ');

const lessonsPart = (n: number | undefined): string => (n ? ` and ${n} model lesson${n === 1 ? '' : 's'}` : '');

export function formatPrune(r: PruneResult, c: PruneCriteria): string {
  const listed = !r.applied && r.unhelpfulItems?.length ? `\n${formatItems(r.unhelpfulItems)}` : '';
  if (!r.applied)
    return `${r.matched} entr${r.matched === 1 ? 'y' : 'ies'}${lessonsPart(r.lessons?.matched)} match${r.matched + (r.lessons?.matched ?? 0) === 1 ? 'es' : ''} (${describeCriteria(c)}); dry run, nothing deleted; add --yes to delete${listed}`;
  return `deleted ${r.deleted} entr${r.deleted === 1 ? 'y' : 'ies'}${lessonsPart(r.lessons?.deleted)} (${describeCriteria(c)}); run \`arcmem library compact\` to reclaim the space`;
}

export function formatImport(r: ImportResult, file: string): string {
  const lines = [
    `imported ${r.inserted} new and ${r.updated} updated entr${r.inserted + r.updated === 1 ? 'y' : 'ies'} from ${file}`,
  ];
  if (r.problems.length)
    lines.push(
      `skipped ${r.problems.length} invalid row(s):`,
      ...r.problems.map((p) => `  line ${p.line}: ${p.message}`),
    );
  if (r.vectorsDropped)
    lines.push(
      `${r.vectorsDropped} text vector(s) did not fit this library and were dropped; run \`arcmem library reembed\``,
    );
  return lines.join('\n');
}

export const formatCompact = (r: CompactResult): string =>
  `compacted: ${r.fragmentsRemoved} fragments merged into ${r.fragmentsAdded}; ${r.oldVersionsRemoved} old versions removed (${r.bytesRemoved} bytes); ` +
  (r.fingerprintIndex
    ? 'fingerprint index up to date'
    : `no fingerprint index yet (built from ${FINGERPRINT_INDEX_MIN_ROWS} entries)`) +
  (r.utility === 'reset'
    ? '; the utility table could not be read and was started afresh (its counts are lost, the traces are untouched)'
    : '');

/** After compact or import: the macros mined again and the learned prior refitted from the traces. */
export const formatRebuiltLearned = (r: RebuiltLearned): string =>
  `concepts: ${r.macros.length} macro${r.macros.length === 1 ? '' : 's'} mined from the traces (lessons kept)\n${formatRebuiltPrior(r.prior)}`;

/** After compact or import: the learned prior refitted from the traces. */
export const formatRebuiltPrior = (counts: readonly PriorCount[]): string => {
  const { tasks, traces } = priorTotals(counts);
  return `learned prior rebuilt from ${tasks} solved task(s), ${traces} perfect trace(s) (see \`arcmem library prior\`)`;
};
