/**
 * Candidate lineage for the run report (after dom.ts): one column per strategy step, one node per
 * candidate, edges to parents. Library seeds are drawn as diamonds; descendants of seeds get a
 * dashed ring; perfect ones a gold ring.
 */

type LineageCandidate = import('./page-data.js').ReportCandidate;
type Point = { readonly x: number; readonly y: number };

const COLW = 130,
  ROWH = 24,
  PAD = 20;

function fitnessColour(f: number): string {
  return 'hsl(' + Math.round(120 * Math.max(0, Math.min(1, f))) + ', 70%, 45%)';
}

/** The steps in order, each candidate's position (its step's column, next free row) and the tallest column's rows. */
function lineageLayout(cands: readonly LineageCandidate[]): {
  steps: number[];
  pos: Record<string, Point>;
  rows: number;
} {
  const steps = [...new Set(cands.map((c) => c.stepIndex))].sort((a, b) => a - b);
  const pos: Record<string, Point> = {},
    perCol: Record<number, number> = {};
  cands.forEach((c) => {
    const col = steps.indexOf(c.stepIndex),
      row = (perCol[col] = (perCol[col] || 0) + 1);
    pos[c.id] = { x: PAD + col * COLW, y: PAD + 14 + (row - 1) * ROWH };
  });
  return { steps, pos, rows: Math.max(1, ...Object.values(perCol)) };
}

/** One candidate's node: a circle (a diamond for a library seed) in its fitness colour, with rings and a label. */
function lineageNode(c: LineageCandidate, at: Point, bestId: string | null, onSelect: (c: LineageCandidate) => void) {
  const seed = c.step === 'seed',
    descends = (c.seeds || []).length > 0;
  const g = s('g', {
    class: 'lineage-node' + (c.id === bestId ? ' best' : '') + (c.perfect ? ' perfect' : ''),
    tabindex: 0,
    'data-id': c.id,
    'data-step': c.step,
    'data-fitness': c.fitness,
    'data-seed': seed ? 'true' : null,
    'data-from-library': descends ? 'true' : null,
    transform: 'translate(' + at.x + ',' + at.y + ')',
  });
  const title = c.id + ' | ' + c.step + ' | fitness ' + fmt(c.fitness);
  g.appendChild(s('title', { text: title + (descends ? ' | library: ' + c.seeds.join(', ') : '') }));
  if (descends) g.appendChild(s('circle', { r: 11, class: 'library-ring' }));
  if (c.perfect) g.appendChild(s('circle', { r: 9.5, class: 'perfect-ring' }));
  const fill = fitnessColour(c.fitness);
  g.appendChild(
    seed
      ? s('rect', { x: -6, y: -6, width: 12, height: 12, transform: 'rotate(45)', fill, class: 'dot' })
      : s('circle', { r: 7, fill, class: 'dot' }),
  );
  g.appendChild(s('text', { x: 13, y: 4, class: 'node-label', text: fmt(c.fitness) }));
  g.addEventListener('click', () => onSelect(c));
  g.addEventListener('keydown', (ev) => {
    if ((ev as KeyboardEvent).key === 'Enter') onSelect(c);
  });
  return g;
}

/** The lineage graph of a task's candidates; clicking a node (or Enter on it) calls `onSelect`. */
function renderLineage(
  cands: readonly LineageCandidate[],
  bestId: string | null,
  onSelect: (c: LineageCandidate) => void,
): HTMLElement {
  const { steps, pos, rows } = lineageLayout(cands);
  const svg = s('svg', {
    class: 'lineage',
    width: PAD * 2 + Math.max(1, steps.length) * COLW,
    height: PAD * 2 + 14 + rows * ROWH,
  });
  steps.forEach((st, i) => {
    const first = cands.find((c) => c.stepIndex === st)!;
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
  cands.forEach((c) => svg.appendChild(lineageNode(c, pos[c.id]!, bestId, onSelect)));
  return h('div', { class: 'lineage-wrap' }, svg);
}
