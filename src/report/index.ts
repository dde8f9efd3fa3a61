/** Reports, the transfer experiment and the library browser: read runs and libraries, never mutate them. */
export { escapeHtml, jsonForScript } from './escape.js';
export { ARC_PALETTE, colorOf, packGrid, unpackGrid } from './palette.js';
export { readRunFolder, parseEvents, type RunFolder } from './read-run.js';
export { costBreakdown, isSolved, runOverview, taskScore, totalCalls, type CostBreakdown, type RunOverview, type UsageRow } from './run-stats.js';
export { renderRunReport, writeRunReport, type ReportResult } from './run-report.js';
