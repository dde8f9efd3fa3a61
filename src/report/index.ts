/** Reports, the transfer experiment and the library browser: read runs and libraries, never mutate them. */
export { escapeHtml, jsonForScript } from './escape.js';
export { ARC_CSS_COLOURS, cssColour, packGrid, unpackGrid } from './palette.js';
export {
  costBreakdown,
  isSolved,
  runOverview,
  taskScore,
  totalCalls,
  type CostBreakdown,
  type RunOverview,
  type UsageRow,
} from './run-stats.js';
export { renderRunReport, writeRunReport, type ReportResult } from './run-report.js';
export { mean, pairedBootstrap, quantile, type BootstrapOptions, type Interval } from './stats.js';
export {
  analyseTransfer,
  type AnalyseOptions,
  type ConditionRun,
  type ConditionSummary,
  type TaskStats,
  type TransferAnalysis,
  type TransferEdge,
} from './transfer-analysis.js';
export {
  headline,
  renderTransferHtml,
  writeTransferReport,
  type TransferReport,
  type TransferResult,
} from './transfer-report.js';
export { leanEntry, startLibraryServer, type LibraryServer, type LibraryServerOptions } from './library-server.js';
export { renderLibraryPage } from './library-page.js';
