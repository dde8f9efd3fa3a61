/** `arcmem library stats | search | similar | show`: the library's contents as text. */
import type { Task } from '../../arc/task.js';
import {
  helpfulness,
  type EntryView,
  type InstructionMatch,
  type LibraryStats,
  type Neighbour,
} from '../../library/index.js';
import { formatShow } from './show.js';
import { table } from './_common.js';
import { printable } from '../printable.js';

const short = (id: string): string => id.slice(0, 8);
export const clip = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function humanBytes(n: number | null): string {
  if (n === null) return 'unknown (object store)';
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) ((n /= 1024), i++);
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}

const counts = (r: Record<string, number>): string =>
  Object.entries(r)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} (${v})`)
    .join(', ') || '-';

export function formatStats(s: LibraryStats): string {
  return printable(
    [
      `library ${s.uri} (schema v${s.schemaVersion})`,
      `entries        ${s.entries}${s.nearMisses ? ` (${s.nearMisses} near misses)` : ''}`,
      `tasks          ${s.tasks}`,
      `datasets       ${counts(s.datasets)}`,
      `models         ${counts(s.models)}`,
      `verified       ${s.verified} of ${s.entries} entries right on test (${(s.verifiedShare * 100).toFixed(1)}%)${s.entries > s.verificationKnown ? `; ${s.entries - s.verificationKnown} not checked` : ''}`,
      `embeddings     ${counts(s.embedModels)}`,
      `size on disk   ${humanBytes(s.sizeBytes)}`,
      `concepts       ${s.concepts.macro} mined macro${s.concepts.macro === 1 ? '' : 's'}, ${s.concepts.lesson} model lesson${s.concepts.lesson === 1 ? '' : 's'}`,
      `vector index   ${s.fingerprintIndex ? `fingerprint IVF_FLAT (${s.fingerprintIndex.unindexedRows} entries not yet indexed; \`arcmem library compact\` updates it)` : 'none (exact search)'}`,
    ].join('\n'),
  );
}

export function formatSearch(hits: readonly InstructionMatch[], query: string): string {
  if (hits.length === 0) return `no entries match "${printable(query)}"`;
  const rows = [['id', 'task', 'found by', 'distance', 'instruction']];
  for (const h of hits) {
    rows.push([
      short(h.entry.id),
      h.entry.taskId,
      h.matchedBy.join('+'),
      h.distance === null ? '-' : h.distance.toFixed(3),
      clip(oneLine(h.entry.instruction)),
    ]);
  }
  return table(rows);
}

export function formatSimilar(task: Task, ns: readonly Neighbour[]): string {
  if (ns.length === 0)
    return `task ${printable(task.id)} would retrieve nothing (the library holds no other perfect traces)`;
  const rows = [['distance', 'id', 'task', 'dataset', 'same task', 'instruction']];
  for (const n of ns) {
    rows.push([
      n.distance.toFixed(4),
      short(n.entry.id),
      n.entry.taskId,
      n.entry.dataset,
      n.sameTask ? 'yes' : '',
      clip(oneLine(n.entry.instruction), 70),
    ]);
  }
  return `task ${printable(task.id)} would retrieve (ranked by fingerprint similarity blended with usefulness; distance: fingerprint cosine distance):\n${table(rows)}`;
}

export function formatLibraryShow(r: EntryView, opts: { colours?: boolean } = {}): string {
  const e = r.lineage.entry;
  const verified = e.testVerified === null ? 'unknown' : e.testVerified ? 'right' : 'wrong';
  // Everything here but the grids comes from the library: model text, imported rows.
  const lines = [
    `entry ${e.id}`,
    `task ${e.taskId} (${e.dataset}; hash ${e.taskHash.slice(0, 12)}${e.taskSource ? `; ${e.taskSource}` : ''})`,
    `step ${e.step} #${e.stepIndex}, candidate ${e.candidateId}${e.parents.length ? `, parents ${e.parents.join(', ')}` : ''}`,
    `fitness ${e.fitness.toFixed(3)}${e.trainPerfect ? ' (train perfect)' : ''}${e.nearMiss ? ' (near miss)' : ''}; test ${verified}`,
    `models planner ${e.plannerModel}, repairer ${e.repairerModel}, follower ${e.followerModel}`,
    `task cost ${e.promptTokens + e.completionTokens} tokens, ${e.costUsd === null ? 'price unknown' : `$${e.costUsd.toFixed(4)}`}; stored ${e.createdAt}`,
    `embedding ${e.embedModel ?? 'none'}`,
    `usefulness ${r.utility ? `offered to ${r.utility.offered} task(s), ancestor of a perfect candidate in ${r.utility.ancestorPerfect}, of a verified one in ${r.utility.ancestorVerified} (helpful ${helpfulness(r.utility).toFixed(2)})` : 'never offered yet'}`,
    '',
    'instruction:',
    ...e.instruction.split('\n').map((l) => `  ${l}`),
    '',
    `seeded by ${e.seededBy.length ? e.seededBy.map((s) => `${short(s)}${r.lineage.seeds.some((x) => x.id === s) ? '' : ' (pruned)'}`).join(', ') : 'nothing (found from scratch)'}`,
    `seeded ${r.lineage.descendants.length ? r.lineage.descendants.map((d) => `${short(d.id)} (${d.taskId})`).join(', ') : 'no later entries'}`,
  ];
  const text = printable(lines.join('\n'));
  if (r.task) return `${text}\n\n${formatShow(r.task, opts)}`;
  return `${text}\n\n(no task grids to show: none are stored with the entry, or they are not a valid task, and its source file is missing, not a regular file, over 1 MB, or not a task)`;
}
