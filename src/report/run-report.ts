/** `arcmem report`: a self-contained HTML page for one run folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ArcmemError } from '../errors.js';
import { gridEquals, type Grid } from '../arc/grid.js';
import type { Task } from '../arc/task.js';
import type { TaskRecord } from '../run/run-files.js';
import { escapeHtml } from './escape.js';
import { packGrid } from './palette.js';
import { readRunFolder, type RunContents } from '../run/read-run.js';
import { costBreakdown, isSolved, runOverview, taskScore, type UsageRow } from './run-stats.js';
import { fmtNum, fmtPct, fmtUsd, pageHtml, tableHtml } from './_page.js';
import { clientScript } from './client-scripts.js';
import type { ReportData, ReportTask } from './client/page-data.js';

type TaskGrids = NonNullable<TaskRecord['task']>;

/** What the page script receives for one task (grids packed as digit strings). */
function taskData(rec: TaskRecord, grids: TaskGrids | undefined): ReportTask {
  const train = grids?.train;
  const expectedNeeded = (i: number, e: Grid) => !(train?.[i] && gridEquals(train[i]!.output, e));
  return {
    id: rec.taskId,
    status: rec.status,
    error: rec.error ?? null,
    solved: isSolved(rec),
    score: taskScore(rec),
    trainPerfect: rec.trainPerfect,
    viaLibrary: rec.viaLibrary,
    calls: rec.calls,
    costUsd: rec.usage?.costUsd ?? null,
    callsToFirstPerfect: rec.callsToFirstPerfect,
    best: rec.best,
    libraryHits: rec.libraryHits,
    train: train?.map((p) => ({ i: packGrid(p.input), o: packGrid(p.output) })) ?? null,
    test: grids?.test.map((p) => ({ i: packGrid(p.input), o: p.output ? packGrid(p.output) : null })) ?? null,
    attempts: rec.attempts.map((a) => [packGrid(a.attempt_1), packGrid(a.attempt_2)]),
    correct: rec.correct,
    cands: rec.candidates.map((c) => ({
      id: c.id,
      step: c.step,
      stepIndex: c.stepIndex,
      parents: c.parents,
      seeds: c.librarySeeds,
      fitness: c.fitness,
      perfect: c.perfect,
      text: c.instruction,
      note: c.note ?? null,
      // The expected output is the training output of the same index; sent only if it is not.
      // An exact output equals the expected one: sent once (x), which roughly halves big reports.
      ex: c.examples.map((e, i) => ({
        o: e.exact || !e.output ? null : packGrid(e.output),
        x: e.exact || undefined,
        e: expectedNeeded(i, e.expected) ? packGrid(e.expected) : undefined,
        s: e.score,
        err: e.error,
      })),
    })),
  };
}

const usageTable = (title: string, rows: readonly UsageRow[]): string =>
  `<div><h3>${escapeHtml(title)}</h3>${tableHtml(
    ['', 'calls', 'cached', 'failed', 'prompt tok', 'completion tok', 'reasoning tok', 'cost'],
    rows.map((r) => [
      r.key,
      r.calls,
      r.cached,
      r.failed,
      r.promptTokens,
      r.completionTokens,
      r.reasoningTokens,
      fmtUsd(r.costUsd),
    ]),
  )}</div>`;

function summaryRows(run: RunContents): (readonly unknown[])[] {
  const o = runOverview(run.records);
  const llm = (run.summary?.llm ?? {}) as Record<string, unknown>;
  const rows: (readonly unknown[])[] = [
    ['tasks', o.tasks],
    ['pass@2 score (per task)', fmtPct(o.score)],
    [
      'score per output (summary.json)',
      typeof run.summary?.score_per_output === 'number' ? fmtPct(run.summary.score_per_output) : '-',
    ],
    ['solved', o.solved ?? '-'],
    ['train-perfect', `${o.trainPerfect} (${fmtPct(o.tasks ? o.trainPerfect / o.tasks : null)})`],
    ['via library (solved)', `${o.viaLibrary} (${o.solvedViaLibrary})`],
    ['errors', o.errors],
    ['calls planner / repairer / follower', `${o.calls.planner} / ${o.calls.repairer} / ${o.calls.follower}`],
    ['cost', fmtUsd(o.costUsd)],
  ];
  for (const k of ['requests', 'cache_hits', 'prompt_tokens', 'completion_tokens', 'reasoning_tokens']) {
    if (llm[k] !== undefined) rows.push([`llm.${k}`, String(llm[k])]);
  }
  if (typeof run.summary?.wall_s === 'number') rows.push(['wall time', `${fmtNum(run.summary.wall_s, 1)} s`]);
  return rows;
}

/** The report page for a run, as one HTML string. `tasks` supplies grids for records that lack them. */
export function renderRunReport(run: RunContents, tasks: ReadonlyMap<string, Task> = new Map()): string {
  const cost = costBreakdown(run.events);
  const data: ReportData = { tasks: run.records.map((r) => taskData(r, r.task ?? tasks.get(r.taskId))) };
  const model = run.records[0]?.models ?? null;
  const body = `
<h1>arcmem run report: ${escapeHtml(basename(resolve(run.dir)))}</h1>
<div class="muted">${escapeHtml(resolve(run.dir))}${
    model
      ? ` &middot; models: ${escapeHtml(
          Object.entries(model)
            .map(([k, v]) => `${k}=${v}`)
            .join(', '),
        )}`
      : ''
  }</div>
${run.problems.length ? `<div class="error">Some files could not be read:\n${escapeHtml(run.problems.join('\n'))}</div>` : ''}
<h2>Score</h2>
<div class="tables"><div>${tableHtml(['', 'value'], summaryRows(run))}</div>
${cost.total.calls ? usageTable('Calls by role', [...cost.byRole, cost.total]) + usageTable('Calls by step', cost.byStep) : '<div class="muted">No call events recorded (events.jsonl missing or empty).</div>'}</div>
<h2>Tasks</h2>
<div class="filters">
  <label><input type="radio" name="filter" value="all" checked> all</label>
  <label><input type="radio" name="filter" value="solved"> solved</label>
  <label><input type="radio" name="filter" value="unsolved"> unsolved</label>
  <label><input type="radio" name="filter" value="library"> solved via library</label>
  <input type="search" id="task-search" placeholder="task id">
  <span id="shown-count" class="muted"></span>
</div>
<div id="tasks"></div>`;
  return pageHtml({
    title: `arcmem report: ${basename(resolve(run.dir))}`,
    body,
    data,
    scripts: [clientScript('dom'), clientScript('lineage'), clientScript('run-report')],
  });
}

export interface ReportResult {
  readonly path: string;
  readonly bytes: number;
  readonly tasks: number;
  readonly problems: readonly string[];
}

/** Reads a run folder and writes its report (default `<run>/report.html`). */
export async function writeRunReport(
  runDir: string,
  opts: { out?: string; tasks?: ReadonlyMap<string, Task> } = {},
): Promise<ReportResult> {
  const run = await readRunFolder(runDir);
  const html = renderRunReport(run, opts.tasks);
  const path = resolve(opts.out ?? join(runDir, 'report.html'));
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, html, 'utf8');
  } catch (err) {
    throw new ArcmemError(
      `cannot write the report to ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}; choose another --out`,
      { cause: err },
    );
  }
  return { path, bytes: Buffer.byteLength(html, 'utf8'), tasks: run.records.length, problems: run.problems };
}
