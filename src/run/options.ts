/**
 * Every solve setting that is not an LLM setting, as data: key, flag, environment variable,
 * default and help. The resolver (config.ts), the CLI's flags and --help all read this one
 * table (the LLM settings have theirs in llm/options.ts).
 */

import { DEFAULT_EMBED_MODEL } from '../embed/index.js';
import { EFFORT_NAMES } from '../local/index.js';

export type RunOptionKind = 'string' | 'int' | 'seconds' | 'bool' | 'list';

/** Where a setting lives in the resolved config and in the config file. */
export type RunOptionSection = 'run' | 'library';

export interface RunOptionSpec {
  /** Key in the flags object (commander's camelCase) and in the config file section. */
  readonly key: string;
  readonly section: RunOptionSection;
  /** Command-line flag with its argument, as commander spells it; null for environment-only settings. */
  readonly flag: string | null;
  /** Environment variable, when the setting may come from the environment. */
  readonly env?: string;
  readonly kind: RunOptionKind;
  /** The values a `string` setting may take, when only some may. */
  readonly choices?: readonly string[];
  /** Smallest value of an `int` setting (default 1). */
  readonly min?: number;
  /** Default, as shown in --help and the README. */
  readonly defaultText?: string;
  readonly help: string;
  /** Only for `arcmem solve` (not for commands that merely open the library). */
  readonly solveOnly?: boolean;
}

export const DEFAULT_PRESET = 'ettc';
/** The transfer experiment's cold preset (its warm one adds `-lib`). */
export const DEFAULT_TRANSFER_PRESET = 'lite';
export const DEFAULT_TASK_CONCURRENCY = 4;
export const DEFAULT_LIBRARY = './library';
/** The offline engine's name wherever a model is named. */
export const LOCAL_MODEL = 'local';

const run = (o: Omit<RunOptionSpec, 'section' | 'solveOnly'>): RunOptionSpec => ({
  ...o,
  section: 'run',
  solveOnly: true,
});

export const RUN_OPTIONS: readonly RunOptionSpec[] = [
  run({
    key: 'preset',
    flag: '--preset <name>',
    env: 'ARCMEM_PRESET',
    kind: 'string',
    defaultText: DEFAULT_PRESET,
    help: 'search strategy preset (data/presets)',
  }),
  run({
    key: 'strategy',
    flag: '--strategy <file>',
    kind: 'string',
    help: 'a JSON or YAML strategy file instead of a preset (see docs/method.md)',
  }),
  run({
    key: 'cascade',
    flag: '--cascade <models>',
    env: 'ARCMEM_CASCADE',
    kind: 'list',
    help: 'comma-separated models run in turn, each only on tasks not yet perfect on training, e.g. local,gpt-5-mini',
  }),
  run({
    key: 'taskConcurrency',
    flag: '--task-concurrency <n>',
    env: 'ARCMEM_TASK_CONCURRENCY',
    kind: 'int',
    defaultText: String(DEFAULT_TASK_CONCURRENCY),
    help: 'tasks solved at the same time',
  }),
  run({
    key: 'taskTimeout',
    flag: '--task-timeout <sec>',
    env: 'ARCMEM_TASK_TIMEOUT',
    kind: 'seconds',
    defaultText: 'none',
    help: "seconds after which a task's search stops with its best candidates",
  }),
  run({ key: 'limit', flag: '--limit <n>', kind: 'int', help: 'solve only the first n tasks' }),
  run({ key: 'tasks', flag: '--tasks <ids>', kind: 'list', help: 'comma-separated task ids to solve' }),
  run({
    key: 'shard',
    flag: '--shard <i/n>',
    kind: 'string',
    help: 'solve only shard i of n (0-based, split by task-id hash); merge the folders with `arcmem merge`',
  }),
  run({
    key: 'out',
    flag: '--out <dir>',
    kind: 'string',
    defaultText: 'runs/<timestamp>',
    help: 'run folder to create',
  }),
  run({
    key: 'resume',
    flag: '--resume <dir>',
    kind: 'string',
    help: 'continue a run folder (same source and model flags): finished tasks are kept, the rest solved, finished calls come from the cache; the strategy defaults to the one the run started with',
  }),
  run({
    key: 'solutions',
    flag: '--solutions <file>',
    kind: 'string',
    help: 'a *_solutions.json with the expected test outputs (for scoring)',
  }),
  run({
    key: 'seed',
    flag: '--seed <n>',
    env: 'ARCMEM_SEED',
    kind: 'int',
    min: 0,
    defaultText: 'none',
    help: 'seed for the offline engine (recorded in the settings)',
  }),
  run({
    key: 'localBudget',
    flag: '--local-budget <n>',
    env: 'ARCMEM_LOCAL_BUDGET',
    kind: 'int',
    defaultText: "the effort's: 93000, deep 1000000",
    help: "step applications of the offline engine's plan search per task (the budget that makes its results reproducible)",
  }),
  run({
    key: 'effort',
    flag: '--effort <level>',
    env: 'ARCMEM_LOCAL_EFFORT',
    kind: 'string',
    choices: EFFORT_NAMES,
    defaultText: 'default',
    help: 'how hard the offline engine searches: default (about a CPU-second per task) or deep (longer programs, ten times the step applications); --local-budget still sets the budget',
  }),
  run({
    key: 'reuseSolved',
    flag: '--reuse-solved',
    kind: 'bool',
    help: "try this task's own stored solutions first (no planner call when one still fits)",
  }),
  run({
    key: 'storeNearMisses',
    flag: '--store-near-misses',
    kind: 'bool',
    help: 'also store the best imperfect candidate of unsolved tasks in the library',
  }),
  run({
    key: 'curriculum',
    flag: '--curriculum',
    kind: 'bool',
    help: 'solve easiest first, then nearest by fingerprint, so later tasks reuse what earlier ones stored (instead of smallest first)',
  }),
];

export const LIBRARY_OPTIONS: readonly RunOptionSpec[] = [
  {
    key: 'library',
    section: 'library',
    flag: '--library <uri>',
    env: 'ARCMEM_LIBRARY',
    kind: 'string',
    defaultText: DEFAULT_LIBRARY,
    help: 'library folder or object-store URI (s3://...); --no-library runs without one',
  },
  {
    key: 'embedModel',
    section: 'library',
    flag: '--embed-model <id>',
    env: 'ARCMEM_EMBED_MODEL',
    kind: 'string',
    defaultText: DEFAULT_EMBED_MODEL,
    help: 'text-embedding model',
  },
  {
    key: 'embedModelPath',
    section: 'library',
    flag: null,
    env: 'ARCMEM_EMBED_MODEL_PATH',
    kind: 'string',
    help: 'a local embedding-model folder: offline, no download',
  },
  {
    key: 'embedCache',
    section: 'library',
    flag: '--embed-cache <dir>',
    env: 'ARCMEM_EMBED_CACHE',
    kind: 'string',
    help: 'where downloaded embedding models are kept',
  },
  {
    key: 'hubUrl',
    section: 'library',
    flag: null,
    env: 'HF_ENDPOINT',
    kind: 'string',
    help: 'a Hugging Face Hub mirror to download embedding models from',
  },
];
