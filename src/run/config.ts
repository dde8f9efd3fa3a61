/**
 * A solve's whole configuration, resolved once at the edge: flags over environment over the
 * config file (arcmem.config.json: sections "run", "library", "llm"), validated with zod into
 * one typed `SolveConfig` that `solve()` takes. The models each cascade stage uses are
 * decided here too, so a missing key fails before any task starts.
 */
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { DEFAULT_EMBED_MODEL } from '../embed/index.js';
import { readConfigFile, resolveLlmConfig, type LlmConfig } from '../llm/index.js';
import {
  DEFAULT_LIBRARY,
  DEFAULT_PRESET,
  DEFAULT_TASK_CONCURRENCY,
  LIBRARY_OPTIONS,
  LOCAL_MODEL,
  RUN_OPTIONS,
  type RunOptionSection,
  type RunOptionSpec,
} from './options.js';
import { stagesFrom, type ModelStage } from './stages.js';
import { EFFORT_NAMES, type Effort } from '../local/index.js';

const nullableText = z.string().min(1).nullable();

export const RunSettingsSchema = z.object({
  preset: z.string().min(1),
  /** A strategy file given instead of a preset. */
  strategy: nullableText,
  /** --preset or ARCMEM_PRESET was given (a resumed run otherwise keeps its own strategy). */
  presetGiven: z.boolean(),
  taskConcurrency: z.number().int().positive(),
  taskTimeoutS: z.number().positive().nullable(),
  limit: z.number().int().positive().nullable(),
  tasks: z.array(z.string().min(1)).nullable(),
  shard: nullableText,
  out: nullableText,
  resume: nullableText,
  solutions: nullableText,
  seed: z.number().int().min(0).nullable(),
  /** Step applications of the offline engine's plan search per task; null: its effort's default. */
  localBudget: z.number().int().positive().nullable(),
  /** How hard the offline engine searches. */
  effort: z.enum(EFFORT_NAMES as readonly [Effort, ...Effort[]], {
    error: (issue) => `is ${JSON.stringify(issue.input)}; give one of ${EFFORT_NAMES.join(', ')}`,
  }),
  reuseSolved: z.boolean(),
  storeNearMisses: z.boolean(),
  curriculum: z.boolean(),
  /** Where dataset names resolve (ARCMEM_DATA); null: the package's data/ folder. */
  dataDir: nullableText,
  /** Folder relative paths and the default run folder are under. */
  cwd: z.string().min(1),
});
export type RunSettings = z.infer<typeof RunSettingsSchema>;

export const LibraryConfigSchema = z.object({
  /** null: --no-library. */
  uri: z.string().min(1, '--library needs a path or URI').nullable(),
  embedModel: z.string().min(1),
  embedModelPath: nullableText,
  embedCache: nullableText,
  hubUrl: z.url('HF_ENDPOINT must be a URL').nullable(),
});
export type LibraryConfig = z.infer<typeof LibraryConfigSchema>;

export interface SolveConfig {
  readonly run: RunSettings;
  readonly library: LibraryConfig;
  /** The LLM settings as given (the first LLM stage's, before a cascade names its model). */
  readonly llm: LlmConfig;
  /** The models run in turn: one for a plain solve, several for a cascade. */
  readonly stages: readonly ModelStage[];
  /** One-line notes for the user (e.g. that no endpoint is configured). */
  readonly notices: readonly string[];
}

/** Raw settings: commander's options object, the environment, and where the config file is looked for. */
export interface ConfigSources {
  readonly flags?: Record<string, unknown>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The parsed config file; absent: read from `flags.config` or ./arcmem.config.json. */
  readonly file?: unknown;
  readonly cwd?: string;
}

type Layer = Record<string, unknown>;

const specs = [...RUN_OPTIONS, ...LIBRARY_OPTIONS];
const specByKey = new Map(specs.map((s) => [s.key, s]));
const flagName = (spec: RunOptionSpec): string => spec.flag?.split(' ')[0] ?? spec.env ?? spec.key;

function fromText(spec: RunOptionSpec, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  switch (spec.kind) {
    case 'int':
    case 'seconds':
      return text === '' || Number.isNaN(Number(text)) ? value : Number(text);
    case 'bool':
      return /^(1|true|yes|on)$/i.test(text) ? true : /^(0|false|no|off)$/i.test(text) ? false : value;
    case 'list':
      return text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    default:
      return value;
  }
}

function flagLayer(flags: Record<string, unknown>): Layer {
  const out: Layer = {};
  for (const [key, value] of Object.entries(flags)) {
    const spec = specByKey.get(key);
    if (spec && value !== undefined) out[key] = fromText(spec, value);
  }
  // commander gives `library: false` after --no-library.
  if (flags.library === false) out.library = null;
  return out;
}

function envLayer(env: Readonly<Record<string, string | undefined>>): Layer {
  const out: Layer = {};
  for (const spec of specs) {
    const value = spec.env ? env[spec.env] : undefined;
    if (value !== undefined && value.trim() !== '') out[spec.key] = fromText(spec, value);
  }
  return out;
}

function fileLayer(file: unknown): Layer {
  if (file === undefined || file === null) return {};
  const out: Layer = {};
  for (const section of ['run', 'library'] as const satisfies readonly RunOptionSection[]) {
    const entries = (file as Record<string, unknown>)[section];
    if (entries === undefined) continue;
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
      throw new ConfigError(`the config file's "${section}" entry must be an object of settings`);
    for (const [key, value] of Object.entries(entries)) {
      if (specByKey.get(key)?.section !== section)
        throw new ConfigError(`unknown setting "${key}" in the config file's "${section}" section`);
      out[key] = value;
    }
  }
  return out;
}

function describe(issues: readonly z.core.$ZodIssue[], section: string): string {
  const lines = issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const spec = specByKey.get(key === 'taskTimeoutS' ? 'taskTimeout' : key === 'uri' ? 'library' : key);
    const where = spec
      ? `${flagName(spec)}${spec.env ? ` (${spec.env}, or "${spec.key}" in the config file)` : ''}`
      : key || section;
    return `${where}: ${issue.message}`;
  });
  return `invalid ${section} settings:\n  ${lines.join('\n  ')}`;
}

function parseWith<T>(schema: z.ZodType<T>, candidate: unknown, section: string): T {
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) throw new ConfigError(describe(parsed.error.issues, section));
  return parsed.data;
}

interface Layers {
  readonly pick: (key: string) => unknown;
  readonly file: unknown;
  readonly flags: Record<string, unknown>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

function layersOf(sources: ConfigSources): Layers {
  const flags = sources.flags ?? {};
  const env = sources.env ?? {};
  const cwd = sources.cwd ?? process.cwd();
  const file = sources.file !== undefined ? sources.file : readConfigFile(flags.config as string | undefined, cwd);
  const layers = [flagLayer(flags), envLayer(env), fileLayer(file)];
  return { pick: (key) => layers.find((l) => l[key] !== undefined)?.[key], file, flags, env, cwd };
}

function runSettingsFrom({ pick, flags, env, cwd }: Layers): RunSettings {
  if (flags.preset && flags.strategy) throw new ConfigError('give either --preset or --strategy, not both');
  const orNull = (key: string): unknown => pick(key) ?? null;
  return parseWith(
    RunSettingsSchema,
    {
      preset: pick('preset') ?? DEFAULT_PRESET,
      strategy: orNull('strategy'),
      presetGiven: pick('preset') !== undefined,
      taskConcurrency: pick('taskConcurrency') ?? DEFAULT_TASK_CONCURRENCY,
      taskTimeoutS: orNull('taskTimeout'),
      limit: orNull('limit'),
      tasks: orNull('tasks'),
      shard: orNull('shard'),
      out: orNull('out'),
      resume: orNull('resume'),
      solutions: orNull('solutions'),
      seed: orNull('seed'),
      localBudget: orNull('localBudget'),
      effort: pick('effort') ?? 'default',
      reuseSolved: pick('reuseSolved') ?? false,
      storeNearMisses: pick('storeNearMisses') ?? false,
      curriculum: pick('curriculum') ?? false,
      dataDir: env.ARCMEM_DATA || null,
      cwd,
    },
    'run',
  );
}

function libraryFrom({ pick }: Layers): LibraryConfig {
  return parseWith(
    LibraryConfigSchema,
    {
      uri: pick('library') === null ? null : (pick('library') ?? DEFAULT_LIBRARY),
      embedModel: pick('embedModel') ?? DEFAULT_EMBED_MODEL,
      embedModelPath: pick('embedModelPath') ?? null,
      embedCache: pick('embedCache') ?? null,
      hubUrl: pick('hubUrl') ?? null,
    },
    'library',
  );
}

/** Resolves every setting once; throws ConfigError / LlmConfigError naming the flag and variable at fault. */
export function resolveSolveConfig(sources: ConfigSources = {}): SolveConfig {
  const layers = layersOf(sources);
  const { flags, env, file, cwd } = layers;
  const run = runSettingsFrom(layers);
  const library = libraryFrom(layers);
  // Bad LLM settings fail even when only the offline engine runs: a typo is never silently ignored.
  const llm = resolveLlmConfig({ flags, env, file, cwd, requireKey: false });
  const cascade = (layers.pick('cascade') as string[] | undefined) ?? null;
  const { stages, notices } = stagesFrom({ llm, cascade, flags, env, file });
  return { run, library, llm, stages, notices };
}

/** The library settings alone, for commands that only open the library. */
export function resolveLibraryConfig(sources: ConfigSources = {}): LibraryConfig {
  return libraryFrom(layersOf(sources));
}
