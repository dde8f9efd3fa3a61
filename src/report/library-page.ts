/** The library browser page (served by library-server.ts). All data arrives as JSON and is shown via text nodes. */
import { escapeHtml } from './escape.js';
import { pageHtml } from './_page.js';
import { CLIENT_DOM_JS } from './_client-dom.js';

const LIBRARY_JS = String.raw`
function api(path, opts) {
  return fetch(path, opts).then(function (r) {
    return r.json().then(function (j) { if (!r.ok) throw new Error(j.error || ('HTTP ' + r.status)); return j; });
  });
}
function fail(where) { return function (err) { where.replaceChildren(h('div', { 'class': 'error', text: String(err && err.message || err) })); }; }
function firstLine(text) { var l = String(text).split('\n')[0]; return l.length > 140 ? l.slice(0, 140) + '\u2026' : l; }

function entryItem(e, extra) {
  var b = h('button', { 'class': 'entry-link', 'data-entry-id': e.id, type: 'button', text: e.id.slice(0, 8) });
  b.addEventListener('click', function () { openEntry(e.id); });
  return h('li', { 'class': 'entry-item', 'data-entry-id': e.id, 'data-task-id': e.taskId }, [
    b, ' ', h('span', { 'class': 'task-id', text: e.taskId }), ' ',
    h('span', { 'class': 'badge ' + (e.trainPerfect ? 'good' : ''), text: 'fitness ' + fmt(e.fitness) }), ' ',
    e.testVerified === true ? h('span', { 'class': 'badge good', text: 'test verified' }) : null,
    e.nearMiss ? h('span', { 'class': 'badge bad', text: 'near miss' }) : null,
    e.seededBy.length ? h('span', { 'class': 'badge lib', text: 'seeded' }) : null,
    extra ? h('span', { 'class': 'muted', text: ' ' + extra }) : null,
    h('div', { 'class': 'snippet', text: firstLine(e.instruction) })
  ]);
}

function showList(title, items) {
  var box = document.getElementById('results');
  box.replaceChildren(h('h2', { text: title + ' (' + items.length + ')' }),
    items.length ? h('ul', { 'class': 'entries' }, items) : h('p', { 'class': 'muted', text: 'Nothing found.' }));
}

function showNeighbours(title, ns) {
  showList(title, ns.map(function (n) { return entryItem(n.entry, 'distance ' + fmt(n.distance, 3) + (n.sameTask ? ' (same task)' : '')); }));
}

function taskGrids(task) {
  var parts = [h('h3', { text: 'Training pairs' }), h('div', { 'class': 'row' }, task.train.map(function (p, i) {
    return h('div', { 'class': 'pair' }, [renderGrid(p.input.map(function (r) { return r.join(''); }), null, 'in ' + (i + 1)),
      h('span', { 'class': 'arrow', text: '\u2192' }), renderGrid(p.output.map(function (r) { return r.join(''); }), null, 'out ' + (i + 1))]);
  }))];
  parts.push(h('h3', { text: 'Test' }), h('div', { 'class': 'row' }, task.test.map(function (p, i) {
    return h('div', { 'class': 'pair' }, [renderGrid(p.input.map(function (r) { return r.join(''); }), null, 'test ' + (i + 1)),
      p.output ? renderGrid(p.output.map(function (r) { return r.join(''); }), null, 'expected') : null]);
  })));
  return parts;
}

function openEntry(id) {
  var box = document.getElementById('entry');
  box.replaceChildren(h('p', { 'class': 'muted', text: 'loading ' + id + '\u2026' }));
  if (location.hash !== '#entry=' + encodeURIComponent(id)) history.replaceState(null, '', '#entry=' + encodeURIComponent(id));
  api('/api/entry/' + encodeURIComponent(id)).then(function (r) {
    var e = r.entry;
    var like = h('button', { type: 'button', id: 'like-this', text: 'Tasks like this one' });
    like.addEventListener('click', function () {
      api('/api/similar?entry=' + encodeURIComponent(e.id)).then(function (ns) { showNeighbours('Tasks like ' + e.taskId, ns); }, fail(document.getElementById('results')));
    });
    var meta = [
      ['task', e.taskId + ' (' + e.dataset + ')'], ['step', e.step + ' #' + e.stepIndex + ', candidate ' + e.candidateId],
      ['fitness', fmt(e.fitness, 3) + (e.trainPerfect ? ' (train perfect)' : '') + (e.nearMiss ? ' (near miss)' : '')],
      ['test', e.testVerified === null ? 'unknown' : e.testVerified ? 'verified right' : 'wrong'],
      ['models', e.plannerModel + ' / ' + e.repairerModel + ' / ' + e.followerModel],
      ['task cost', (e.promptTokens + e.completionTokens) + ' tokens, ' + (e.costUsd === null ? 'price unknown' : '$' + fmt(e.costUsd, 4))],
      ['stored', e.createdAt], ['source', e.taskSource || '-']
    ];
    box.replaceChildren();
    append(box, [
      h('h2', { text: 'Entry ' + e.id }), like,
      h('table', { 'class': 'data meta' }, meta.map(function (m) { return h('tr', null, [h('th', { text: m[0] }), h('td', { text: m[1] })]); })),
      h('h3', { text: 'Instruction' }), h('pre', { 'class': 'instruction', text: e.instruction }),
      h('h3', { text: 'Lineage' }),
      h('div', null, [h('strong', { text: 'Seeded by: ' }), r.seeds.length ? null : h('span', { 'class': 'muted', text: e.seededBy.length ? 'entries no longer in the library' : 'nothing (found from scratch)' })]),
      r.seeds.length ? h('ul', { 'class': 'entries seeds' }, r.seeds.map(function (s) { return entryItem(s); })) : null,
      h('div', null, [h('strong', { text: 'Seeded later tasks: ' }), r.descendants.length ? null : h('span', { 'class': 'muted', text: 'none yet' })]),
      r.descendants.length ? h('ul', { 'class': 'entries descendants' }, r.descendants.map(function (s) { return entryItem(s); })) : null
    ]);
    append(box, r.task ? taskGrids(r.task) : [h('p', { 'class': 'muted', text: "This entry was stored without its task's grids." })]);
  }, fail(box));
}

document.getElementById('search-form').addEventListener('submit', function (ev) {
  ev.preventDefault();
  var q = document.getElementById('q').value;
  api('/api/search?q=' + encodeURIComponent(q)).then(function (hits) {
    showList('Search: ' + q, hits.map(function (x) { return entryItem(x.entry, 'matched by ' + x.matchedBy.join(' + ')); }));
  }, fail(document.getElementById('results')));
});
document.getElementById('task-file').addEventListener('change', function (ev) {
  var f = ev.target.files[0];
  if (f) f.text().then(function (t) { document.getElementById('task-json').value = t; });
});
document.getElementById('similar-form').addEventListener('submit', function (ev) {
  ev.preventDefault();
  var same = document.getElementById('same-task').checked ? '&same=1' : '';
  api('/api/similar?k=20' + same, { method: 'POST', headers: { 'content-type': 'application/json' }, body: document.getElementById('task-json').value })
    .then(function (ns) { showNeighbours('Tasks like the pasted one', ns); }, fail(document.getElementById('results')));
});
document.getElementById('pick-form').addEventListener('submit', function (ev) {
  ev.preventDefault();
  var id = document.getElementById('pick').value;
  if (id) api('/api/similar?k=20&entry=' + encodeURIComponent(id)).then(function (ns) {
    showNeighbours('Tasks like ' + document.getElementById('pick').selectedOptions[0].textContent, ns);
  }, fail(document.getElementById('results')));
});

api('/api/stats').then(function (s) {
  document.getElementById('stats').textContent = s.entries + ' entries for ' + s.tasks + ' tasks; ' + Object.keys(s.datasets).length +
    ' dataset(s); verified share ' + fmt(100 * s.verifiedShare, 1) + '%';
}, fail(document.getElementById('stats')));
api('/api/entries?limit=200').then(function (es) {
  showList('Recent entries', es.slice().sort(function (a, b) { return a.createdAt < b.createdAt ? 1 : -1; }).slice(0, 50).map(function (e) { return entryItem(e); }));
  var pick = document.getElementById('pick'), seen = {};
  es.forEach(function (e) {
    if (!e.hasTask || seen[e.taskId]) return;
    seen[e.taskId] = true;
    pick.appendChild(h('option', { value: e.id, text: e.taskId }));
  });
}, fail(document.getElementById('results')));
function openFromHash() {
  var m = /^#entry=(.+)$/.exec(location.hash);
  if (m) openEntry(decodeURIComponent(m[1]));
}
window.addEventListener('hashchange', openFromHash);
openFromHash();
`;

const CSS = `
.layout { display: grid; grid-template-columns: minmax(320px, 1fr) 2fr; gap: 24px; }
form { margin: 6px 0 12px; } textarea { width: 100%; height: 90px; font: 12px ui-monospace, monospace; }
ul.entries { list-style: none; padding: 0; margin: 0; } li.entry-item { padding: 4px 0; border-bottom: 1px solid var(--line); }
li.entry-item .snippet { color: var(--muted); font-size: 12px; white-space: pre-wrap; }
.task-id { font-family: ui-monospace, monospace; } button.entry-link { font-family: ui-monospace, monospace; }
table.meta th, table.meta td { text-align: left; }
`;

export function renderLibraryPage(uri: string): string {
  const body = `
<h1>arcmem library</h1>
<div class="muted">${escapeHtml(uri)} &middot; <span id="stats">loading&hellip;</span></div>
<div class="layout"><div>
<h2>Search instructions</h2>
<form id="search-form"><input type="search" id="q" placeholder="words or a sentence, e.g. gravity" size="32"> <button type="submit">Search</button></form>
<h2>Tasks like this one</h2>
<form id="pick-form"><select id="pick"><option value="">pick a stored task&hellip;</option></select> <button type="submit">Similar</button></form>
<form id="similar-form"><textarea id="task-json" placeholder='paste a task: {"train": [...], "test": [...]}'></textarea>
<input type="file" id="task-file" accept=".json,application/json"> <label><input type="checkbox" id="same-task"> include the same task</label>
<button type="submit">Find similar</button></form>
<div id="results"></div>
</div><div id="entry"><p class="muted">Open an entry to see its instruction, lineage and task.</p></div></div>`;
  return pageHtml({ title: 'arcmem library', body, css: CSS, scripts: [CLIENT_DOM_JS, LIBRARY_JS] });
}
