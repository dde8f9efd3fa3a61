/** transfer.json's shape and transfer.html, the page that shows it. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TransferRuns } from '../run/transfer-files.js';
import { readRunFolder } from '../run/read-run.js';
import { escapeHtml } from './escape.js';
import { bipartiteSvg, intervalsSvg, linesSvg, scatterSvg, type ScatterPoint } from './plots.js';
import {
  analyseTransfer,
  type ConditionRun,
  type ConditionSummary,
  type TransferAnalysis,
} from './transfer-analysis.js';
import { budgetCurve, curveBudgets, type BudgetCurve } from './budget-curve.js';
import { budgetCurveHtml } from './budget-curve-html.js';
import { ciText, fmtNum, fmtPct, fmtUsd, pageHtml, tableHtml } from './_page.js';

/**
 * transfer.json: the experiment's runs (experiment/transfer.ts) with their analysis; with a
 * budget curve, `analysis` is of the largest budget and `budgets` / `budget_to_match` hold the curve.
 */
export interface TransferReport extends Omit<TransferRuns, 'out' | 'entryTask'>, Partial<BudgetCurve> {
  readonly analysis: TransferAnalysis;
}

export interface TransferResult {
  readonly report: TransferReport;
  readonly jsonPath: string;
  readonly htmlPath: string;
}

/** Reads every solve of the experiment, analyses cold against warm, and writes transfer.json and transfer.html. */
export async function writeTransferReport(runs: TransferRuns): Promise<TransferResult> {
  const conditionRuns: ConditionRun[] = [];
  for (const r of runs.runs)
    conditionRuns.push({
      condition: r.condition,
      repeat: r.repeat,
      seed: r.seed,
      budget: r.budget ?? null,
      records: (await readRunFolder(r.dir)).records,
    });
  const { out, entryTask, ...rest } = runs;
  const bootstrap = { seed: runs.settings.seed };
  const full = curveBudgets(conditionRuns).at(-1);
  const report: TransferReport = {
    ...rest,
    analysis: analyseTransfer(full === undefined ? conditionRuns : conditionRuns.filter((r) => r.budget === full), {
      entryTask: new Map(Object.entries(entryTask)),
      bootstrap,
    }),
    ...(full === undefined ? {} : budgetCurve(conditionRuns, bootstrap)),
  };
  const jsonPath = join(out, 'transfer.json'),
    htmlPath = join(out, 'transfer.html');
  await writeFile(jsonPath, JSON.stringify(report, null, 2));
  await writeFile(htmlPath, renderTransferHtml(report));
  return { report, jsonPath, htmlPath };
}

const conditionRows = (conds: Record<string, ConditionSummary>): (readonly unknown[])[] =>
  Object.entries(conds).map(([name, c]) => [
    name,
    c.runs,
    c.tasks,
    fmtPct(c.score),
    c.scorePerRepeat.map((s) => fmtPct(s)).join(' '),
    fmtPct(c.trainPerfectRate),
    fmtNum(c.meanPlannerCalls, 1),
    fmtNum(c.meanRepairerCalls, 1),
    fmtNum(c.meanFollowerCalls, 1),
    fmtUsd(c.meanCostUsd),
    fmtNum(c.meanCallsToFirstPerfect, 1),
    fmtPct(c.viaLibraryRate),
  ]);

function outcomeGroup(cold: number, warm: number): string {
  const c = cold >= 0.5,
    w = warm >= 0.5;
  return c && w ? 'both' : w ? 'warm_only' : c ? 'cold_only' : 'neither';
}

/** One sentence a reader can quote, with its interval. */
export function headline(r: TransferReport): string {
  const d = r.analysis.differences.score;
  if (!Number.isFinite(d.diff))
    return 'No target task has known solutions, so the pass@2 difference cannot be measured.';
  const verdict =
    d.lo > 0 ? 'the library helped' : d.hi < 0 ? 'the library hurt' : 'no difference distinguishable from chance';
  return `Warm minus cold pass@2: ${ciText(d, true)} (95% paired bootstrap over ${d.n} tasks): ${verdict}.`;
}

export function renderTransferHtml(r: TransferReport): string {
  const a = r.analysis,
    s = r.settings,
    d = a.differences;
  const cold = a.conditions.cold,
    warm = a.conditions.warm;
  const points: ScatterPoint[] = a.perTask.map((t) => ({
    x: t.byCondition.cold?.calls ?? NaN,
    y: t.byCondition.warm?.calls ?? NaN,
    label: t.taskId,
    group: outcomeGroup(t.byCondition.cold?.score ?? 0, t.byCondition.warm?.score ?? 0),
  }));
  const counts = ['both', 'warm_only', 'cold_only', 'neither'].map((g) => [
    g.replace('_', ' '),
    points.filter((p) => p.group === g).length,
  ]);
  const edges = a.edges.map((e) => ({ from: e.sourceTaskId, to: e.targetTaskId, weight: e.wins }));
  const body = `
<h1>arcmem transfer experiment</h1>
<p class="muted">${escapeHtml(`${s.sourceTasks} source tasks (${s.source ?? 'library given'}) → ${s.targetTasks} target tasks (${s.target}); model ${s.model}; cold ${s.coldPreset} vs warm ${s.warmPreset}; ${s.repeats} repeat(s), seed ${s.seed}, order ${s.order}; ${r.createdAt}`)}</p>
<p id="headline"><strong>${escapeHtml(headline(r))}</strong></p>
<h2>Conditions</h2>
${tableHtml(['condition', 'runs', 'tasks', 'pass@2', 'per repeat', 'train-perfect', 'planner calls', 'repairer calls', 'follower calls', '$ / task', 'calls to 1st perfect', 'via library'], conditionRows(a.conditions))}
<h2>Warm minus cold (paired over tasks, 95% bootstrap interval)</h2>
<div class="tables"><div>${tableHtml(
    ['metric', 'difference [95% CI]', 'tasks paired'],
    [
      ['pass@2 score', ciText(d.score, true), d.score.n],
      ['train-perfect rate', ciText(d.trainPerfect, true), d.trainPerfect.n],
      ['calls per task', ciText(d.calls, false), d.calls.n],
      ['$ per task', ciText(d.costUsd, false), d.costUsd.n],
      ['calls to first perfect', ciText(d.callsToFirstPerfect, false), d.callsToFirstPerfect.n],
    ],
  )}</div>
${intervalsSvg(
  [
    { label: 'pass@2', ...d.score },
    { label: 'train-perfect', ...d.trainPerfect },
  ],
  'Differences in rates with 95% intervals',
)}</div>
${r.budgets?.length ? budgetCurveHtml(r.budgets, r.budget_to_match ?? null) : ''}
<h2>Per task</h2>
<div class="tables">${scatterSvg(points, 'calls per task, cold', 'calls per task, warm', 'Calls per task: cold vs warm (log scale), coloured by who solved it')}
<div>${tableHtml(['solved by', 'tasks'], counts)}</div></div>
<h2>Cumulative solved vs calls spent</h2>
${linesSvg(
  Object.entries(a.curves).map(([name, pts]) => ({ name, points: pts })),
  'calls spent (target tasks in order, mean over repeats)',
  'tasks solved',
  'Cumulative solved vs calls spent',
)}
<h2>Transfer graph</h2>
<p class="muted">${escapeHtml(`${a.edges.length} edge(s): a library entry stored for a source task seeded the winning candidate of a target task (width: repeats in which it won).`)}</p>
${edges.length ? bipartiteSvg(edges, 'Transfer graph: source task → target task') : '<p>No winning candidate descended from a library entry.</p>'}
${
  edges.length
    ? tableHtml(
        ['library entry', 'source task', 'target task', 'wins', 'test-solved'],
        a.edges.map((e) => [e.entryId, e.sourceTaskId, e.targetTaskId, e.wins, e.solved]),
      )
    : ''
}
<h2>Library and runs</h2>
${tableHtml(
  ['', 'value'],
  [
    ['library', r.library.uri],
    ['built from source now', r.library.built ? 'yes' : 'no (given)'],
    ['entries', r.library.entries],
    ['text embeddings', r.library.embedModel ?? 'none (fingerprint retrieval only)'],
    [
      'source tasks train-perfect / solved',
      `${r.library.sourceTrainPerfect ?? '-'} / ${r.library.sourceSolved ?? '-'}`,
    ],
    ['target ids excluded from source', s.excludedFromSource.length],
    ['wall time', `${r.wallS.toFixed(0)} s`],
    ['cold tasks / warm tasks', `${cold?.tasks ?? '-'} / ${warm?.tasks ?? '-'}`],
  ],
)}
${tableHtml(
  ['condition', 'repeat', 'seed', 'run folder'],
  r.runs.map((x) => [x.condition, x.repeat, x.seed, x.dir]),
)}`;
  return pageHtml({ title: 'arcmem transfer experiment', body });
}
