/** Defined by the page shell (src/report/_page.ts) before the page scripts run. */
declare const PALETTE: readonly string[];
