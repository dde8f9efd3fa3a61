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

/** The "Training pairs" heading and a row of input → output grids, one pair per column. */
function trainPairsView(
  pairs: readonly { readonly i: readonly string[]; readonly o: readonly string[] }[],
): HTMLElement[] {
  return [
    h('h3', { text: 'Training pairs' }),
    h(
      'div',
      { class: 'row' },
      pairs.map((p, i) =>
        h('div', { class: 'pair' }, [
          renderGrid(p.i, null, 'in ' + (i + 1)),
          h('span', { class: 'arrow', text: '\u2192' }),
          renderGrid(p.o, null, 'out ' + (i + 1)),
        ]),
      ),
    ),
  ];
}
