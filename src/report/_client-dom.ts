/**
 * Browser-side helpers shared by the run report and the library page, shipped inline as a
 * script string (pages are self-contained: no bundler, no CDN). Untrusted text only ever
 * reaches the DOM through text nodes and setAttribute, never through innerHTML.
 *
 * Expects a global `PALETTE` (array of 10 CSS colours) defined before it.
 */
export const CLIENT_DOM_JS = String.raw`
var SVGNS = 'http://www.w3.org/2000/svg';

function setAttrs(e, attrs) {
  Object.keys(attrs || {}).forEach(function (k) {
    var v = attrs[k];
    if (v === null || v === undefined || v === false) return;
    if (k === 'text') e.textContent = String(v);
    else if (k.indexOf('on') === 0) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  });
}
function append(e, children) {
  if (children === null || children === undefined) return;
  (Array.isArray(children) ? children : [children]).forEach(function (c) {
    if (c === null || c === undefined || c === false) return;
    e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  });
}
/** An HTML element; strings among children become text nodes. */
function h(tag, attrs, children) {
  var e = document.createElement(tag);
  setAttrs(e, attrs); append(e, children);
  return e;
}
/** An SVG element. */
function s(tag, attrs, children) {
  var e = document.createElementNS(SVGNS, tag);
  setAttrs(e, attrs); append(e, children);
  return e;
}
/** Grids travel as one digit string per row. */
function unpack(rows) {
  return (rows || []).map(function (r) { return Array.prototype.map.call(r, Number); });
}
function fmt(x, digits) {
  return x === null || x === undefined ? '-' : Number(x).toFixed(digits === undefined ? 2 : digits);
}

/**
 * A grid as SVG, one rect per cell carrying data-row/data-col/data-color. With an expected
 * grid, cells that differ get data-wrong and a red outline; a shape mismatch marks the grid.
 */
function renderGrid(rows, expectedRows, label) {
  var g = unpack(rows), exp = expectedRows ? unpack(expectedRows) : null;
  var H = g.length, W = H ? g[0].length : 0;
  var cell = Math.max(5, Math.min(18, Math.floor(180 / Math.max(H, W, 1))));
  var shapeWrong = !!exp && (exp.length !== H || (H > 0 && exp[0].length !== W));
  var svg = s('svg', {
    'class': 'grid' + (shapeWrong ? ' shape-wrong' : ''), width: W * cell + 2, height: H * cell + 2,
    viewBox: '-1 -1 ' + (W * cell + 2) + ' ' + (H * cell + 2), 'data-rows': H, 'data-cols': W,
    'data-wrong-shape': shapeWrong ? 'true' : null, role: 'img'
  });
  var marks = [], wrong = 0;
  for (var r = 0; r < H; r++) for (var c = 0; c < W; c++) {
    var v = g[r][c], bad = !!exp && !shapeWrong && exp[r][c] !== v;
    svg.appendChild(s('rect', {
      'class': 'cell', x: c * cell, y: r * cell, width: cell, height: cell, fill: PALETTE[v] || '#FFFFFF',
      'data-row': r, 'data-col': c, 'data-color': v, 'data-wrong': bad ? 'true' : null
    }));
    if (bad) { wrong++; marks.push(s('rect', { 'class': 'wrong-mark', x: c * cell + 1, y: r * cell + 1, width: cell - 2, height: cell - 2 })); }
  }
  marks.forEach(function (m) { svg.appendChild(m); });
  var note = shapeWrong ? ' (wrong shape)' : (exp ? (wrong ? ' (' + wrong + ' wrong)' : ' (exact)') : '');
  return h('figure', { 'class': 'grid-fig' + (exp ? (shapeWrong || wrong ? ' is-wrong' : ' is-right') : '') },
    [svg, h('figcaption', { text: (label || '') + ' ' + H + 'x' + W + note })]);
}

function fitnessColour(f) {
  return 'hsl(' + Math.round(120 * Math.max(0, Math.min(1, f))) + ', 70%, 45%)';
}

/**
 * Candidate lineage: one column per strategy step, one node per candidate, edges to parents.
 * Library seeds are drawn as diamonds; descendants of seeds get a dashed ring; perfect ones a gold ring.
 */
function renderLineage(cands, bestId, onSelect) {
  var steps = [];
  cands.forEach(function (c) { if (steps.indexOf(c.stepIndex) < 0) steps.push(c.stepIndex); });
  steps.sort(function (a, b) { return a - b; });
  var pos = {}, perCol = {}, COLW = 130, ROWH = 24, PAD = 20;
  cands.forEach(function (c) {
    var col = steps.indexOf(c.stepIndex), row = perCol[col] = (perCol[col] || 0) + 1;
    pos[c.id] = { x: PAD + col * COLW, y: PAD + 14 + (row - 1) * ROWH };
  });
  var rows = Math.max.apply(null, [1].concat(Object.keys(perCol).map(function (k) { return perCol[k]; })));
  var svg = s('svg', { 'class': 'lineage', width: PAD * 2 + Math.max(1, steps.length) * COLW, height: PAD * 2 + 14 + rows * ROWH });
  steps.forEach(function (st, i) {
    var first = cands.filter(function (c) { return c.stepIndex === st; })[0];
    svg.appendChild(s('text', { x: PAD + i * COLW - 8, y: 12, 'class': 'step-label', text: st + ': ' + first.step }));
  });
  cands.forEach(function (c) {
    (c.parents || []).forEach(function (p) {
      if (!pos[p]) return;
      svg.appendChild(s('line', { 'class': 'edge', x1: pos[p].x, y1: pos[p].y, x2: pos[c.id].x, y2: pos[c.id].y, 'data-from': p, 'data-to': c.id }));
    });
  });
  cands.forEach(function (c) {
    var p = pos[c.id], seed = c.step === 'seed', descends = (c.seeds || []).length > 0;
    var g = s('g', {
      'class': 'lineage-node' + (c.id === bestId ? ' best' : '') + (c.perfect ? ' perfect' : ''), tabindex: 0,
      'data-id': c.id, 'data-step': c.step, 'data-fitness': c.fitness, 'data-seed': seed ? 'true' : null,
      'data-from-library': descends ? 'true' : null, transform: 'translate(' + p.x + ',' + p.y + ')'
    });
    g.appendChild(s('title', { text: c.id + ' | ' + c.step + ' | fitness ' + fmt(c.fitness) + (descends ? ' | library: ' + c.seeds.join(', ') : '') }));
    if (descends) g.appendChild(s('circle', { r: 11, 'class': 'library-ring' }));
    if (c.perfect) g.appendChild(s('circle', { r: 9.5, 'class': 'perfect-ring' }));
    g.appendChild(seed ? s('rect', { x: -6, y: -6, width: 12, height: 12, transform: 'rotate(45)', fill: fitnessColour(c.fitness), 'class': 'dot' })
                       : s('circle', { r: 7, fill: fitnessColour(c.fitness), 'class': 'dot' }));
    g.appendChild(s('text', { x: 13, y: 4, 'class': 'node-label', text: fmt(c.fitness) }));
    g.addEventListener('click', function () { onSelect(c); });
    g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') onSelect(c); });
    svg.appendChild(g);
  });
  return h('div', { 'class': 'lineage-wrap' }, svg);
}
`;
