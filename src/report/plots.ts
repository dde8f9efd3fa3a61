/** Small inline SVG charts for the transfer page. Pure string builders; labels are escaped. */
import { escapeHtml } from './escape.js';

const W = 460,
  H = 320,
  M = { l: 56, r: 16, t: 16, b: 44 };
const PW = W - M.l - M.r,
  PH = H - M.t - M.b;

type Scale = (v: number) => number;

function linearScale(min: number, max: number, from: number, to: number): Scale {
  const span = max - min || 1;
  return (v) => from + ((v - min) / span) * (to - from);
}
/** log1p scale so zero calls can be drawn. */
function log1pScale(max: number, from: number, to: number): Scale {
  const s = linearScale(0, Math.log1p(Math.max(1, max)), from, to);
  return (v) => s(Math.log1p(Math.max(0, v)));
}

function ticks(max: number, log: boolean): number[] {
  if (log) return [0, 1, 3, 10, 30, 100, 300, 1000, 3000, 10000].filter((t) => t <= max * 1.05);
  const step = max <= 0 ? 1 : 10 ** Math.floor(Math.log10(max)) * (max / 10 ** Math.floor(Math.log10(max)) > 5 ? 2 : 1);
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => +(i * step).toPrecision(6));
}

const fmtTick = (t: number): string =>
  Math.abs(t) >= 1000 ? `${+(t / 1000).toPrecision(3)}k` : String(+t.toPrecision(3));

function axes(x: Scale, y: Scale, xTicks: number[], yTicks: number[], xLabel: string, yLabel: string): string {
  const xs = xTicks.map(
    (t) =>
      `<line x1="${x(t)}" x2="${x(t)}" y1="${M.t + PH}" y2="${M.t + PH + 4}" stroke="#666"/><text x="${x(t)}" y="${M.t + PH + 16}" text-anchor="middle" font-size="10">${fmtTick(t)}</text>`,
  );
  const ys = yTicks.map(
    (t) =>
      `<line x1="${M.l - 4}" x2="${M.l + PW}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/><text x="${M.l - 6}" y="${y(t) + 3}" text-anchor="end" font-size="10">${fmtTick(t)}</text>`,
  );
  return `${ys.join('')}${xs.join('')}
<line x1="${M.l}" y1="${M.t + PH}" x2="${M.l + PW}" y2="${M.t + PH}" stroke="#666"/><line x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${M.t + PH}" stroke="#666"/>
<text x="${M.l + PW / 2}" y="${H - 8}" text-anchor="middle" font-size="11">${escapeHtml(xLabel)}</text>
<text transform="translate(14 ${M.t + PH / 2}) rotate(-90)" text-anchor="middle" font-size="11">${escapeHtml(yLabel)}</text>`;
}

const svgOpen = (cls: string, title: string, w = W, h = H): string =>
  `<svg class="plot ${cls}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>`;

export interface ScatterPoint {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  /** Legend group; also the point's CSS class suffix. */
  readonly group: string;
}

export const GROUP_COLOURS: Record<string, string> = {
  both: '#2ECC40',
  warm_only: '#0074D9',
  cold_only: '#FF4136',
  neither: '#AAAAAA',
  cold: '#FF851B',
  warm: '#0074D9',
  curriculum: '#870C25',
  random: '#F012BE',
};
const colourOf = (g: string, i = 0): string => GROUP_COLOURS[g] ?? ['#0074D9', '#FF851B', '#2ECC40', '#F012BE'][i % 4]!;

function legend(groups: readonly string[], x0: number): string {
  return groups
    .map(
      (g, i) =>
        `<g class="legend" transform="translate(${x0} ${M.t + 6 + i * 14})"><rect width="10" height="10" fill="${colourOf(g, i)}"/><text x="14" y="9" font-size="10">${escapeHtml(g.replace('_', ' '))}</text></g>`,
    )
    .join('');
}

/** Scatter on log1p axes with the y = x diagonal: per-task cost under two conditions. */
export function scatterSvg(points: readonly ScatterPoint[], xLabel: string, yLabel: string, title: string): string {
  const max = Math.max(1, ...points.flatMap((p) => [p.x, p.y]).filter(Number.isFinite));
  const x = log1pScale(max, M.l, M.l + PW),
    y = log1pScale(max, M.t + PH, M.t);
  const t = ticks(max, true);
  const dots = points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .map(
      (p) =>
        `<circle class="point point-${escapeHtml(p.group)}" cx="${x(p.x).toFixed(1)}" cy="${y(p.y).toFixed(1)}" r="3.5" fill="${colourOf(p.group)}" fill-opacity="0.75" data-task-id="${escapeHtml(p.label)}"><title>${escapeHtml(`${p.label}: ${p.x.toFixed(1)} vs ${p.y.toFixed(1)}`)}</title></circle>`,
    );
  const groups = [...new Set(points.map((p) => p.group))];
  return `${svgOpen('scatter', title)}${axes(x, y, t, t, xLabel, yLabel)}
<line x1="${x(0)}" y1="${y(0)}" x2="${x(max)}" y2="${y(max)}" stroke="#999" stroke-dasharray="4 3"/>
${dots.join('\n')}${legend(groups, M.l + 8)}</svg>`;
}

export interface Series {
  readonly name: string;
  readonly points: readonly (readonly [number, number])[];
}

/** Step lines, one per series (cumulative solved vs calls spent). */
export function linesSvg(series: readonly Series[], xLabel: string, yLabel: string, title: string): string {
  const xmax = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p[0])));
  const ymax = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p[1])));
  const x = linearScale(0, xmax, M.l, M.l + PW),
    y = linearScale(0, ymax, M.t + PH, M.t);
  const paths = series.map((s, i) => {
    const d = [[0, 0] as const, ...s.points]
      .map(([a, b], k) => `${k ? 'L' : 'M'}${x(a).toFixed(1)} ${y(b).toFixed(1)}`)
      .join(' ');
    return `<path class="series series-${escapeHtml(s.name)}" d="${d}" fill="none" stroke="${colourOf(s.name, i)}" stroke-width="2"><title>${escapeHtml(s.name)}</title></path>`;
  });
  return `${svgOpen('lines', title)}${axes(x, y, ticks(xmax, false), ticks(ymax, false), xLabel, yLabel)}${paths.join('\n')}${legend(
    series.map((s) => s.name),
    M.l + 8,
  )}</svg>`;
}

export interface IntervalRow {
  readonly label: string;
  readonly diff: number;
  readonly lo: number;
  readonly hi: number;
}

/** Differences with their intervals on one axis, zero marked (a forest plot). */
export function intervalsSvg(rows: readonly IntervalRow[], title: string): string {
  const ok = rows.filter((r) => Number.isFinite(r.diff));
  const ext = Math.max(0.05, ...ok.flatMap((r) => [Math.abs(r.lo), Math.abs(r.hi)]).filter(Number.isFinite));
  const h = 30 + ok.length * 26 + 24,
    left = 150;
  const x = linearScale(-ext, ext, left, W - 20);
  const body = ok.map((r, i) => {
    const cy = 26 + i * 26;
    return `<g class="interval" data-label="${escapeHtml(r.label)}"><text x="${left - 8}" y="${cy + 4}" text-anchor="end" font-size="11">${escapeHtml(r.label)}</text>
<line x1="${x(r.lo)}" x2="${x(r.hi)}" y1="${cy}" y2="${cy}" stroke="#0074D9" stroke-width="2"/><circle cx="${x(r.diff)}" cy="${cy}" r="4" fill="#0074D9"/>
<text x="${W - 20}" y="${cy - 6}" text-anchor="end" font-size="9" fill="#555">${escapeHtml(`${r.diff.toFixed(3)} [${r.lo.toFixed(3)}, ${r.hi.toFixed(3)}]`)}</text></g>`;
  });
  return `${svgOpen('intervals', title, W, h)}<line x1="${x(0)}" x2="${x(0)}" y1="10" y2="${h - 20}" stroke="#999" stroke-dasharray="4 3"/>
<text x="${x(0)}" y="${h - 6}" text-anchor="middle" font-size="10">0 (no difference)</text>${body.join('\n')}</svg>`;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly weight: number;
}

/** Bipartite graph: source tasks on the left, target tasks on the right. */
export function bipartiteSvg(edges: readonly GraphEdge[], title: string): string {
  const left = [...new Set(edges.map((e) => e.from))].sort(),
    right = [...new Set(edges.map((e) => e.to))].sort();
  const rowH = 16,
    h = Math.max(60, 30 + Math.max(left.length, right.length) * rowH),
    w = 520,
    lx = 130,
    rx = w - 130;
  const ly = (n: string) => 24 + left.indexOf(n) * rowH,
    ry = (n: string) => 24 + right.indexOf(n) * rowH;
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const lines = edges.map(
    (e) =>
      `<line class="transfer-edge" data-from="${escapeHtml(e.from)}" data-to="${escapeHtml(e.to)}" x1="${lx}" y1="${ly(e.from)}" x2="${rx}" y2="${ry(e.to)}" stroke="#8250df" stroke-opacity="0.6" stroke-width="${(1 + 2 * (e.weight / maxW)).toFixed(1)}"><title>${escapeHtml(`${e.from} → ${e.to} (${e.weight})`)}</title></line>`,
  );
  const label = (n: string, x: number, y: number, anchor: string) =>
    `<circle cx="${x}" cy="${y}" r="3" fill="#333"/><text x="${anchor === 'end' ? x - 6 : x + 6}" y="${y + 3}" text-anchor="${anchor}" font-size="10" font-family="monospace">${escapeHtml(n)}</text>`;
  return `${svgOpen('transfer-graph', title, w, h)}<text x="${lx}" y="12" text-anchor="end" font-size="11" font-weight="600">source task</text><text x="${rx}" y="12" font-size="11" font-weight="600">target task</text>
${lines.join('\n')}${left.map((n) => label(n, lx, ly(n), 'end')).join('')}${right.map((n) => label(n, rx, ry(n), 'start')).join('')}</svg>`;
}
