/** Inline CSS shared by arcmem's pages (reports, transfer, library browser). */
export const BASE_CSS = `
:root { color-scheme: light; --fg:#1b1f24; --muted:#5b6570; --line:#d8dee4; --bg:#fff; --soft:#f5f7f9; --bad:#d1242f; --good:#1a7f37; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 0; padding: 16px 24px 48px; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; } h3 { font-size: 14px; margin: 14px 0 6px; }
.muted { color: var(--muted); }
table.data { border-collapse: collapse; margin: 4px 0 12px; }
table.data th, table.data td { border: 1px solid var(--line); padding: 3px 8px; text-align: right; }
table.data th:first-child, table.data td:first-child { text-align: left; }
table.data th { background: var(--soft); font-weight: 600; }
.tables { display: flex; gap: 24px; flex-wrap: wrap; align-items: flex-start; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; background: var(--soft); border: 1px solid var(--line); }
.badge.good { color: var(--good); border-color: var(--good); } .badge.bad { color: var(--bad); border-color: var(--bad); }
.badge.lib { color: #8250df; border-color: #8250df; }
pre.instruction { white-space: pre-wrap; background: var(--soft); border: 1px solid var(--line); padding: 8px; border-radius: 4px; max-width: 900px; font: 13px/1.4 ui-monospace, monospace; }
.row { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; margin: 6px 0; }
.pair { display: flex; gap: 6px; align-items: center; padding: 6px; border: 1px solid var(--line); border-radius: 4px; }
.arrow { color: var(--muted); font-size: 18px; }
figure.grid-fig { margin: 0; display: inline-flex; flex-direction: column; align-items: center; }
figure.grid-fig figcaption { font-size: 11px; color: var(--muted); }
figure.grid-fig.is-wrong figcaption { color: var(--bad); } figure.grid-fig.is-right figcaption { color: var(--good); }
svg.grid { background: #555; display: block; }
svg.grid.shape-wrong { outline: 3px solid var(--bad); }
svg.grid rect.cell { stroke: #333; stroke-width: 0.5; }
svg.grid rect.wrong-mark { fill: none; stroke: #ff2020; stroke-width: 2; }
svg.lineage { display: block; }
.lineage-wrap { max-height: 420px; overflow: auto; border: 1px solid var(--line); border-radius: 4px; background: #fcfcfd; }
svg.lineage line.edge { stroke: #9aa4ae; stroke-width: 1; }
svg.lineage .lineage-node { cursor: pointer; }
svg.lineage .lineage-node.selected .dot { stroke: #000; stroke-width: 2; }
svg.lineage .perfect-ring { fill: none; stroke: #d4a72c; stroke-width: 2; }
svg.lineage .library-ring { fill: none; stroke: #8250df; stroke-width: 1.5; stroke-dasharray: 3 2; }
svg.lineage .node-label { font-size: 10px; fill: var(--muted); }
svg.lineage .step-label { font-size: 11px; fill: var(--fg); font-weight: 600; }
details.task { border: 1px solid var(--line); border-radius: 4px; margin: 4px 0; }
details.task > summary { cursor: pointer; padding: 4px 8px; display: flex; gap: 12px; align-items: center; }
details.task > summary .id { font-family: ui-monospace, monospace; min-width: 90px; }
details.task > .body { padding: 8px 12px; border-top: 1px solid var(--line); }
.filters { display: flex; gap: 12px; align-items: center; margin: 8px 0; flex-wrap: wrap; }
.candidate-detail { margin-top: 8px; }
.error { color: var(--bad); white-space: pre-wrap; }
input[type=search], textarea, select { font: inherit; padding: 4px 6px; border: 1px solid var(--line); border-radius: 4px; }
button { font: inherit; padding: 3px 10px; border: 1px solid var(--line); border-radius: 4px; background: var(--soft); cursor: pointer; }
`;
