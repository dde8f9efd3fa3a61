/** The self-contained page shell: inline CSS, optional embedded JSON, inline scripts. No network. */
import { createHash } from 'node:crypto';
import { escapeHtml, jsonForScript } from './escape.js';
import { ARC_CSS_COLOURS } from './palette.js';
import { BASE_CSS } from './_styles.js';

export interface PageParts {
  readonly title: string;
  /** Trusted markup built by arcmem, with untrusted text already escaped. */
  readonly body: string;
  /** Embedded as `<script type="application/json" id="arcmem-data">`. */
  readonly data?: unknown;
  /** Inline scripts, run in order after the body. */
  readonly scripts?: readonly string[];
  readonly css?: string;
}

export function pageHtml(p: PageParts): string {
  const data =
    p.data === undefined ? '' : `<script type="application/json" id="arcmem-data">${jsonForScript(p.data)}</script>\n`;
  const code = (p.scripts ?? []).length
    ? `\n"use strict";\nvar PALETTE = ${jsonForScript(ARC_CSS_COLOURS)};\n(function () {\n${(p.scripts ?? []).join('\n')}\n})();\n`
    : '';
  // Defence in depth: only our own script (by hash) may run, so even markup that slipped
  // past escaping could not execute.
  const hash = createHash('sha256').update(code).digest('base64');
  const scripts = code ? `<script>${code}</script>\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; connect-src 'self'">
<title>${escapeHtml(p.title)}</title>
<style>${BASE_CSS}${p.css ?? ''}</style>
</head>
<body>
${p.body}
${data}${scripts}</body>
</html>
`;
}

/** A simple table; cells are escaped. */
export function tableHtml(head: readonly string[], rows: readonly (readonly unknown[])[], cls = 'data'): string {
  const th = head.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${cls}"><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

export const fmtNum = (x: number | null | undefined, digits = 2): string =>
  x === null || x === undefined ? '-' : x.toFixed(digits);
export const fmtPct = (x: number | null | undefined): string =>
  x === null || x === undefined ? '-' : `${(100 * x).toFixed(1)}%`;
/** A difference with its interval: "12.5 pp [3.0 pp, 20.0 pp]" (pct) or "1.25 [0.50, 2.00]"; 'n/a' when unknown. */
export const ciText = (d: { diff: number; lo: number; hi: number }, pct: boolean): string => {
  const f = (x: number) => (pct ? `${(100 * x).toFixed(1)} pp` : x.toFixed(2));
  return Number.isFinite(d.diff) ? `${f(d.diff)} [${f(d.lo)}, ${f(d.hi)}]` : 'n/a';
};
export const fmtUsd = (x: number | null | undefined): string =>
  x === null || x === undefined ? '-' : `$${x.toFixed(4)}`;
