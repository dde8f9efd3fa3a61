/** The library browser page (served by library-server.ts). All data arrives as JSON and is shown via text nodes. */
import { escapeHtml } from './escape.js';
import { pageHtml } from './_page.js';
import { clientScript } from './client-scripts.js';

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
  return pageHtml({ title: 'arcmem library', body, css: CSS, scripts: [clientScript('dom'), clientScript('library')] });
}
