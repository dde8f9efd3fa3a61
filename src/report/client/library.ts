/** Browser script of the library page (after dom.ts): every answer arrives as JSON from the library server and is shown via text nodes. */

type Entry = import('./page-data.js').EntryJson;
type Neighbours = readonly import('./page-data.js').NeighbourJson[];

/** GETs or POSTs a JSON API path; a non-2xx answer becomes an Error carrying the server's message. */
function api<T>(path: string, opts?: RequestInit): Promise<T> {
  return fetch(path, opts).then((r) =>
    r.json().then((j: T & { error?: string }) => {
      if (!r.ok) throw new Error(j.error || 'HTTP ' + r.status);
      return j;
    }),
  );
}
function fail(where: HTMLElement): (err: unknown) => void {
  return (err) => where.replaceChildren(h('div', { class: 'error', text: String((err as Error)?.message || err) }));
}
function firstLine(text: string): string {
  const l = String(text).split('\n')[0]!;
  return l.length > 140 ? l.slice(0, 140) + '\u2026' : l;
}
const byId = (id: string): HTMLElement => document.getElementById(id)!;

function entryItem(e: Entry, extra?: string): HTMLLIElement {
  const b = h('button', { class: 'entry-link', 'data-entry-id': e.id, type: 'button', text: e.id.slice(0, 8) });
  b.addEventListener('click', () => openEntry(e.id));
  return h('li', { class: 'entry-item', 'data-entry-id': e.id, 'data-task-id': e.taskId }, [
    b,
    ' ',
    h('span', { class: 'task-id', text: e.taskId }),
    ' ',
    h('span', { class: 'badge ' + (e.trainPerfect ? 'good' : ''), text: 'fitness ' + fmt(e.fitness) }),
    ' ',
    e.testVerified === true ? h('span', { class: 'badge good', text: 'test verified' }) : null,
    e.nearMiss ? h('span', { class: 'badge bad', text: 'near miss' }) : null,
    e.seededBy.length ? h('span', { class: 'badge lib', text: 'seeded' }) : null,
    extra ? h('span', { class: 'muted', text: ' ' + extra }) : null,
    h('div', { class: 'snippet', text: firstLine(e.instruction) }),
  ]);
}

function showList(title: string, items: readonly HTMLLIElement[]): void {
  byId('results').replaceChildren(
    h('h2', { text: title + ' (' + items.length + ')' }),
    items.length ? h('ul', { class: 'entries' }, items) : h('p', { class: 'muted', text: 'Nothing found.' }),
  );
}

function showNeighbours(title: string, ns: Neighbours): void {
  showList(
    title,
    ns.map((n) => entryItem(n.entry, 'distance ' + fmt(n.distance, 3) + (n.sameTask ? ' (same task)' : ''))),
  );
}

const packRows = (g: readonly (readonly number[])[]): string[] => g.map((r) => r.join(''));

function taskGrids(task: import('./page-data.js').EntryTaskJson): HTMLElement[] {
  return [
    ...trainPairsView(task.train.map((p) => ({ i: packRows(p.input), o: packRows(p.output) }))),
    h('h3', { text: 'Test' }),
    h(
      'div',
      { class: 'row' },
      task.test.map((p, i) =>
        h('div', { class: 'pair' }, [
          renderGrid(packRows(p.input), null, 'test ' + (i + 1)),
          p.output ? renderGrid(packRows(p.output), null, 'expected') : null,
        ]),
      ),
    ),
  ];
}

function entryMeta(e: Entry): [string, string][] {
  return [
    ['task', e.taskId + ' (' + e.dataset + ')'],
    ['step', e.step + ' #' + e.stepIndex + ', candidate ' + e.candidateId],
    ['fitness', fmt(e.fitness, 3) + (e.trainPerfect ? ' (train perfect)' : '') + (e.nearMiss ? ' (near miss)' : '')],
    ['test', e.testVerified === null ? 'unknown' : e.testVerified ? 'verified right' : 'wrong'],
    ['models', e.plannerModel + ' / ' + e.repairerModel + ' / ' + e.followerModel],
    [
      'task cost',
      e.promptTokens +
        e.completionTokens +
        ' tokens, ' +
        (e.costUsd === null ? 'price unknown' : '$' + fmt(e.costUsd, 4)),
    ],
    ['stored', e.createdAt],
    ['source', e.taskSource || '-'],
  ];
}

function openEntry(id: string): void {
  const box = byId('entry');
  box.replaceChildren(h('p', { class: 'muted', text: 'loading ' + id + '\u2026' }));
  if (location.hash !== '#entry=' + encodeURIComponent(id))
    history.replaceState(null, '', '#entry=' + encodeURIComponent(id));
  api<import('./page-data.js').EntryAnswerJson>('/api/entry/' + encodeURIComponent(id)).then((r) => {
    const e = r.entry;
    const like = h('button', { type: 'button', id: 'like-this', text: 'Tasks like this one' });
    like.addEventListener('click', () => {
      api<Neighbours>('/api/similar?entry=' + encodeURIComponent(e.id)).then(
        (ns) => showNeighbours('Tasks like ' + e.taskId, ns),
        fail(byId('results')),
      );
    });
    box.replaceChildren();
    append(box, [
      h('h2', { text: 'Entry ' + e.id }),
      like,
      h(
        'table',
        { class: 'data meta' },
        entryMeta(e).map((m) => h('tr', null, [h('th', { text: m[0] }), h('td', { text: m[1] })])),
      ),
      h('h3', { text: 'Instruction' }),
      h('pre', { class: 'instruction', text: e.instruction }),
      h('h3', { text: 'Lineage' }),
      h('div', null, [
        h('strong', { text: 'Seeded by: ' }),
        r.seeds.length
          ? null
          : h('span', {
              class: 'muted',
              text: e.seededBy.length ? 'entries no longer in the library' : 'nothing (found from scratch)',
            }),
      ]),
      r.seeds.length
        ? h(
            'ul',
            { class: 'entries seeds' },
            r.seeds.map((x) => entryItem(x)),
          )
        : null,
      h('div', null, [
        h('strong', { text: 'Seeded later tasks: ' }),
        r.descendants.length ? null : h('span', { class: 'muted', text: 'none yet' }),
      ]),
      r.descendants.length
        ? h(
            'ul',
            { class: 'entries descendants' },
            r.descendants.map((x) => entryItem(x)),
          )
        : null,
    ]);
    append(
      box,
      r.task
        ? taskGrids(r.task)
        : [h('p', { class: 'muted', text: "This entry was stored without its task's grids." })],
    );
  }, fail(box));
}

byId('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = (byId('q') as HTMLInputElement).value;
  api<readonly import('./page-data.js').SearchHitJson[]>('/api/search?q=' + encodeURIComponent(q)).then(
    (hits) =>
      showList(
        'Search: ' + q,
        hits.map((x) => entryItem(x.entry, 'matched by ' + x.matchedBy.join(' + '))),
      ),
    fail(byId('results')),
  );
});
byId('task-file').addEventListener('change', (ev) => {
  const f = (ev.target as HTMLInputElement).files![0];
  if (f) f.text().then((t) => ((byId('task-json') as HTMLTextAreaElement).value = t));
});
byId('similar-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const same = (byId('same-task') as HTMLInputElement).checked ? '&same=1' : '';
  api<Neighbours>('/api/similar?k=20' + same, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: (byId('task-json') as HTMLTextAreaElement).value,
  }).then((ns) => showNeighbours('Tasks like the pasted one', ns), fail(byId('results')));
});
byId('pick-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const pick = byId('pick') as HTMLSelectElement;
  if (pick.value)
    api<Neighbours>('/api/similar?k=20&entry=' + encodeURIComponent(pick.value)).then(
      (ns) => showNeighbours('Tasks like ' + pick.selectedOptions[0]!.textContent, ns),
      fail(byId('results')),
    );
});

api<import('./page-data.js').StatsJson>('/api/stats').then(
  (st) => {
    byId('stats').textContent =
      st.entries +
      ' entries for ' +
      st.tasks +
      ' tasks; ' +
      Object.keys(st.datasets).length +
      ' dataset(s); verified share ' +
      fmt(100 * st.verifiedShare, 1) +
      '%';
  },
  fail(byId('stats')),
);
api<readonly Entry[]>('/api/entries?limit=200').then(
  (es) => {
    showList(
      'Recent entries',
      es
        .slice()
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
        .slice(0, 50)
        .map((e) => entryItem(e)),
    );
    const pick = byId('pick'),
      seen = new Set<string>();
    es.forEach((e) => {
      if (!e.hasTask || seen.has(e.taskId)) return;
      seen.add(e.taskId);
      pick.appendChild(h('option', { value: e.id, text: e.taskId }));
    });
  },
  fail(byId('results')),
);
function openFromHash(): void {
  const m = /^#entry=(.+)$/.exec(location.hash);
  if (m) openEntry(decodeURIComponent(m[1]!));
}
window.addEventListener('hashchange', openFromHash);
openFromHash();
