/** arcmem's public surface: everything the CLI does is reachable from here. */
export * from './errors.js';
export * from './arc/index.js';
export * from './datasets/index.js';
export type * from './evolve/types.js';
export type * from './llm/types.js';
export type * from './run/format.js';
