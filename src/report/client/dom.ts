/**
 * Browser-side helpers shared by the run report and the library page. The page shell inlines
 * these scripts, in order, in one function scope (pages are self-contained: no bundler, no CDN),
 * so top-level names here are visible to the page scripts. Untrusted text only ever reaches the
 * DOM through text nodes and setAttribute, never through innerHTML.
 */

const SVGNS = 'http://www.w3.org/2000/svg';

/** Attribute values; `text` sets the text content, `on…` adds a listener, null/undefined/false are left out. */
type Attrs = Readonly<Record<string, unknown>> | null | undefined;
/** A child or children: nodes, or strings and numbers that become text nodes; null/undefined/false are left out. */
type Children =
  Node | string | number | null | undefined | false | readonly (Node | string | number | null | undefined | false)[];

function setAttrs(e: Element, attrs: Attrs): void {
  Object.entries(attrs ?? {}).forEach(([k, v]) => {
    if (v === null || v === undefined || v === false) return;
    if (k === 'text') e.textContent = String(v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v as EventListener);
    else e.setAttribute(k, String(v));
  });
}
function append(e: Element, children: Children): void {
  if (children === null || children === undefined) return;
  (Array.isArray(children) ? children : [children]).forEach((c: Children) => {
    if (c === null || c === undefined || c === false) return;
    e.appendChild(typeof c === 'object' ? (c as Node) : document.createTextNode(String(c)));
  });
}
/** An HTML element; strings among children become text nodes. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  children?: Children,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  append(e, children);
  return e;
}
/** An SVG element. */
function s(tag: string, attrs?: Attrs, children?: Children): SVGElement {
  const e = document.createElementNS(SVGNS, tag) as SVGElement;
  setAttrs(e, attrs);
  append(e, children);
  return e;
}
/** Grids travel as one digit string per row. */
function unpack(rows: readonly string[] | null | undefined): number[][] {
  return (rows ?? []).map((r) => Array.from(r, Number));
}
function fmt(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined ? '-' : Number(x).toFixed(digits);
}

/**
 * A grid as SVG, one rect per cell carrying data-row/data-col/data-color. With an expected
 * grid, cells that differ get data-wrong and a red outline; a shape mismatch marks the grid.
 */
function renderGrid(
  rows: readonly string[],
  expectedRows: readonly string[] | null | undefined,
  label?: string,
): HTMLElement {
  const g = unpack(rows),
    exp = expectedRows ? unpack(expectedRows) : null;
  const H = g.length,
    W = H ? g[0]!.length : 0;
  const cell = Math.max(5, Math.min(18, Math.floor(180 / Math.max(H, W, 1))));
  const shapeWrong = !!exp && (exp.length !== H || (H > 0 && exp[0]!.length !== W));
  const svg = s('svg', {
    class: 'grid' + (shapeWrong ? ' shape-wrong' : ''),
    width: W * cell + 2,
    height: H * cell + 2,
    viewBox: '-1 -1 ' + (W * cell + 2) + ' ' + (H * cell + 2),
    'data-rows': H,
    'data-cols': W,
    'data-wrong-shape': shapeWrong ? 'true' : null,
    role: 'img',
  });
  const marks: SVGElement[] = [];
  let wrong = 0;
  for (let r = 0; r < H; r++)
    for (let c = 0; c < W; c++) {
      const v = g[r]![c]!,
        bad = !!exp && !shapeWrong && exp[r]![c] !== v;
      svg.appendChild(
        s('rect', {
          class: 'cell',
          x: c * cell,
          y: r * cell,
          width: cell,
          height: cell,
          fill: PALETTE[v] || '#FFFFFF',
          'data-row': r,
          'data-col': c,
          'data-color': v,
          'data-wrong': bad ? 'true' : null,
        }),
      );
      if (bad) {
        wrong++;
        marks.push(
          s('rect', { class: 'wrong-mark', x: c * cell + 1, y: r * cell + 1, width: cell - 2, height: cell - 2 }),
        );
      }
    }
  marks.forEach((m) => svg.appendChild(m));
  const note = shapeWrong ? ' (wrong shape)' : exp ? (wrong ? ' (' + wrong + ' wrong)' : ' (exact)') : '';
  return h('figure', { class: 'grid-fig' + (exp ? (shapeWrong || wrong ? ' is-wrong' : ' is-right') : '') }, [
    svg,
    h('figcaption', { text: (label || '') + ' ' + H + 'x' + W + note }),
  ]);
}

function fitnessColour(f: number): string {
  return 'hsl(' + Math.round(120 * Math.max(0, Math.min(1, f))) + ', 70%, 45%)';
}

type LineageCandidate = import('./page-data.js').ReportCandidate;

/**
 * Candidate lineage: one column per strategy step, one node per candidate, edges to parents.
 * Library seeds are drawn as diamonds; descendants of seeds get a dashed ring; perfect ones a gold ring.
 */
function renderLineage(
  cands: readonly LineageCandidate[],
  bestId: string | null,
  onSelect: (c: LineageCandidate) => void,
): HTMLElement {
  const steps: number[] = [];
  cands.forEach((c) => {
    if (!steps.includes(c.stepIndex)) steps.push(c.stepIndex);
  });
  steps.sort((a, b) => a - b);
  const pos: Record<string, { x: number; y: number }> = {},
    perCol: Record<number, number> = {},
    COLW = 130,
    ROWH = 24,
    PAD = 20;
  cands.forEach((c) => {
    const col = steps.indexOf(c.stepIndex),
      row = (perCol[col] = (perCol[col] || 0) + 1);
    pos[c.id] = { x: PAD + col * COLW, y: PAD + 14 + (row - 1) * ROWH };
  });
  const rows = Math.max(1, ...Object.values(perCol));
  const svg = s('svg', {
    class: 'lineage',
    width: PAD * 2 + Math.max(1, steps.length) * COLW,
    height: PAD * 2 + 14 + rows * ROWH,
  });
  steps.forEach((st, i) => {
    const first = cands.filter((c) => c.stepIndex === st)[0]!;
    svg.appendChild(s('text', { x: PAD + i * COLW - 8, y: 12, class: 'step-label', text: st + ': ' + first.step }));
  });
  cands.forEach((c) => {
    (c.parents || []).forEach((p) => {
      const from = pos[p],
        to = pos[c.id]!;
      if (!from) return;
      svg.appendChild(
        s('line', { class: 'edge', x1: from.x, y1: from.y, x2: to.x, y2: to.y, 'data-from': p, 'data-to': c.id }),
      );
    });
  });
  cands.forEach((c) => {
    const p = pos[c.id]!,
      seed = c.step === 'seed',
      descends = (c.seeds || []).length > 0;
    const g = s('g', {
      class: 'lineage-node' + (c.id === bestId ? ' best' : '') + (c.perfect ? ' perfect' : ''),
      tabindex: 0,
      'data-id': c.id,
      'data-step': c.step,
      'data-fitness': c.fitness,
      'data-seed': seed ? 'true' : null,
      'data-from-library': descends ? 'true' : null,
      transform: 'translate(' + p.x + ',' + p.y + ')',
    });
    g.appendChild(
      s('title', {
        text:
          c.id +
          ' | ' +
          c.step +
          ' | fitness ' +
          fmt(c.fitness) +
          (descends ? ' | library: ' + c.seeds.join(', ') : ''),
      }),
    );
    if (descends) g.appendChild(s('circle', { r: 11, class: 'library-ring' }));
    if (c.perfect) g.appendChild(s('circle', { r: 9.5, class: 'perfect-ring' }));
    g.appendChild(
      seed
        ? s('rect', {
            x: -6,
            y: -6,
            width: 12,
            height: 12,
            transform: 'rotate(45)',
            fill: fitnessColour(c.fitness),
            class: 'dot',
          })
        : s('circle', { r: 7, fill: fitnessColour(c.fitness), class: 'dot' }),
    );
    g.appendChild(s('text', { x: 13, y: 4, class: 'node-label', text: fmt(c.fitness) }));
    g.addEventListener('click', () => onSelect(c));
    g.addEventListener('keydown', (ev) => {
      if ((ev as KeyboardEvent).key === 'Enter') onSelect(c);
    });
    svg.appendChild(g);
  });
  return h('div', { class: 'lineage-wrap' }, svg);
}
