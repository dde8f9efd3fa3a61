/**
 * Browser script of the run report (after dom.ts and lineage.ts). The task list is built from the embedded JSON;
 * a task's grids and lineage are rendered only when it is first opened, so a 400-task report stays fast.
 */

type RunTask = import('./page-data.js').ReportTask;
type RunCandidate = import('./page-data.js').ReportCandidate;

const DATA = JSON.parse(document.getElementById('arcmem-data')!.textContent!) as import('./page-data.js').ReportData;

function expectedFor(task: RunTask, cand: RunCandidate, i: number): readonly string[] | null {
  const ex = cand.ex[i]!;
  return ex.e || (task.train && task.train[i] ? task.train[i]!.o : null);
}

function showCandidate(task: RunTask, cand: RunCandidate, panel: HTMLElement, lineage: HTMLElement): void {
  lineage.querySelectorAll('.lineage-node').forEach((n) => {
    n.classList.toggle('selected', n.getAttribute('data-id') === cand.id);
  });
  panel.replaceChildren();
  append(panel, [
    h('h3', { text: 'Candidate ' + cand.id }),
    h('div', {
      class: 'muted',
      text:
        'step ' +
        cand.stepIndex +
        ' (' +
        cand.step +
        '), fitness ' +
        fmt(cand.fitness) +
        (cand.perfect ? ', perfect' : '') +
        (cand.parents.length ? ', parents: ' + cand.parents.join(', ') : '') +
        (cand.seeds.length ? ', library seeds: ' + cand.seeds.join(', ') : ''),
    }),
    h('pre', { class: 'instruction', text: cand.text }),
    cand.note ? h('div', { class: 'muted', text: 'repairer note: ' + cand.note }) : null,
    h(
      'div',
      { class: 'row' },
      cand.ex.map((ex, i) => {
        const expected = expectedFor(task, cand, i),
          out = ex.x ? expected : ex.o;
        return h('div', { class: 'pair' }, [
          out
            ? renderGrid(out, expected, 'example ' + (i + 1) + ' output')
            : h('div', { class: 'error', text: 'example ' + (i + 1) + ': ' + (ex.err || 'no output') }),
          expected ? renderGrid(expected, null, 'expected') : null,
        ]);
      }),
    ),
  ]);
}

function renderTaskBody(task: RunTask, body: HTMLElement): void {
  const parts: HTMLElement[] = [];
  if (task.error) parts.push(h('div', { class: 'error', text: 'Error: ' + task.error }));
  if (task.train) parts.push(...trainPairsView(task.train));
  parts.push(h('h3', { text: 'Test' }));
  const nTest = Math.max(task.test ? task.test.length : 0, task.attempts.length);
  for (let t = 0; t < nTest; t++) {
    const test = task.test ? task.test[t] : null,
      att = task.attempts[t],
      exp = test ? test.o : null;
    const ok = task.correct ? task.correct[t] : null;
    parts.push(
      h('div', { class: 'row test-row', 'data-test': t }, [
        test ? renderGrid(test.i, null, 'test input ' + (t + 1)) : null,
        att ? renderGrid(att[0], exp, 'attempt 1') : h('span', { class: 'muted', text: 'no attempts' }),
        att ? renderGrid(att[1], exp, 'attempt 2') : null,
        exp ? renderGrid(exp, null, 'expected') : null,
        ok === null || ok === undefined
          ? null
          : h('span', { class: 'badge ' + (ok ? 'good' : 'bad'), text: ok ? 'correct' : 'wrong' }),
      ]),
    );
  }
  parts.push(h('h3', { text: 'Lineage (' + task.cands.length + ' candidates; click a node)' }));
  const panel = h('div', { class: 'candidate-detail' });
  const lineage = renderLineage(task.cands, task.best, (c) => showCandidate(task, c, panel, lineage));
  parts.push(lineage, panel);
  body.replaceChildren(...parts);
  const best = task.cands.filter((c) => c.id === task.best)[0];
  if (best) showCandidate(task, best, panel, lineage);
}

function taskRow(task: RunTask): HTMLDetailsElement {
  const solvedText = task.solved === null ? 'unknown' : task.solved ? 'solved' : 'unsolved';
  const d = h(
    'details',
    {
      class: 'task',
      'data-task-id': task.id,
      'data-solved': String(task.solved),
      'data-via-library': String(task.viaLibrary),
    },
    [
      h('summary', null, [
        h('span', { class: 'id', text: task.id }),
        h('span', { class: 'badge ' + (task.solved ? 'good' : task.solved === false ? 'bad' : ''), text: solvedText }),
        task.status !== 'done' ? h('span', { class: 'badge bad', text: task.status }) : null,
        task.trainPerfect ? h('span', { class: 'badge', text: 'train-perfect' }) : null,
        task.viaLibrary ? h('span', { class: 'badge lib', text: 'via library' }) : null,
        h('span', {
          class: 'muted',
          text:
            'calls P/R/F ' +
            task.calls.planner +
            '/' +
            task.calls.repairer +
            '/' +
            task.calls.follower +
            (task.costUsd === null ? '' : ', $' + fmt(task.costUsd, 4)) +
            ', ' +
            task.cands.length +
            ' candidates',
        }),
      ]),
      h('div', { class: 'body' }),
    ],
  );
  d.addEventListener('toggle', () => {
    if (d.open && !d.getAttribute('data-rendered')) {
      d.setAttribute('data-rendered', 'true');
      renderTaskBody(task, d.querySelector<HTMLElement>('.body')!);
    }
  });
  return d;
}

const list = document.getElementById('tasks')!;
DATA.tasks.forEach((t) => list.appendChild(taskRow(t)));

function applyFilters(): void {
  const which = document.querySelector<HTMLInputElement>('input[name=filter]:checked')!.value;
  const text = document.getElementById('task-search')! as HTMLInputElement;
  const needle = text.value.trim().toLowerCase();
  let shown = 0;
  Array.from(list.children as HTMLCollectionOf<HTMLElement>).forEach((d) => {
    const solved = d.getAttribute('data-solved'),
      lib = d.getAttribute('data-via-library') === 'true';
    let keep =
      which === 'all' ||
      (which === 'solved' && solved === 'true') ||
      (which === 'unsolved' && solved !== 'true') ||
      (which === 'library' && lib && solved !== 'false');
    if (needle && !d.getAttribute('data-task-id')!.toLowerCase().includes(needle)) keep = false;
    d.hidden = !keep;
    if (keep) shown++;
  });
  document.getElementById('shown-count')!.textContent = shown + ' of ' + DATA.tasks.length + ' tasks shown';
}
document.querySelectorAll('input[name=filter]').forEach((r) => r.addEventListener('change', applyFilters));
document.getElementById('task-search')!.addEventListener('input', applyFilters);
applyFilters();
