/**
 * The search strategy as data: a list of steps validated with zod, chosen by preset
 * name (data/presets/<name>.json) or by a JSON/YAML file. Nobody edits code to pick a run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { bundledDataDir } from '../paths.js';

const count = z.number().int().min(1);

/**
 * Early exit, per step: after this step, stop the search if a candidate is perfect on training.
 * Absent: the strategy's `stop_on_perfect` decides. `false` runs the next step regardless.
 */
const earlyExit = z.boolean().optional();

/** Ask the planner for `n` fresh instructions. */
export const GenerateStepSchema = z.strictObject({ kind: z.literal('generate'), n: count, early_exit: earlyExit });
/** Revise each of the `top_k` best candidates `per_parent` times, one parent at a time. */
export const ReviseStepSchema = z.strictObject({
  kind: z.literal('revise'),
  top_k: count,
  per_parent: count,
  /** Show the repairer library instructions whose text is near the parent's. */
  show_related: z.boolean().default(false),
  early_exit: earlyExit,
});
/** Give the `top_k` best candidates together to the repairer, `n` times. */
export const PoolStepSchema = z.strictObject({
  kind: z.literal('pool'),
  top_k: count,
  n: count,
  early_exit: earlyExit,
});
/** Score the `k` nearest library instructions as candidates; optionally show them to the planner. */
export const SeedStepSchema = z.strictObject({
  kind: z.literal('seed'),
  k: count,
  show_planner: z.boolean().default(false),
  early_exit: earlyExit,
});

/**
 * After a task is solved on training, ask the planner's model for one short general lesson
 * ("When ..., try ..."), at most `max_chars` long, stored in the library beside the traces.
 * Runs once the other steps are done and only when a candidate is perfect; a model that cannot
 * write lessons (the offline engine) skips it.
 */
export const AbstractStepSchema = z.strictObject({
  kind: z.literal('abstract'),
  max_chars: z.number().int().min(40).max(1000).default(280),
  /** Accepted for uniformity; the step runs after the search, so it never ends it. */
  early_exit: earlyExit,
});

export const StrategyStepSchema = z.discriminatedUnion('kind', [
  GenerateStepSchema,
  ReviseStepSchema,
  PoolStepSchema,
  SeedStepSchema,
  AbstractStepSchema,
]);

export const StrategySchema = z.strictObject({
  /** Free text shown in `--help` listings and run settings. */
  description: z.string().default(''),
  steps: z.array(StrategyStepSchema).min(1, 'a strategy needs at least one step'),
  /** Stop evolving a task as soon as one candidate is perfect on training (a step's `early_exit` overrides it). */
  stop_on_perfect: z.boolean().default(true),
  /** Follower runs per test input when answering with perfect candidates (cycling through them). */
  answer_runs: z.number().int().min(1).max(16).default(4),
  /** Library seeds shown to the planner when a seed step has show_planner. */
  planner_examples: z.number().int().min(0).default(3),
});

export type StrategyStep = z.infer<typeof StrategyStepSchema>;
export type Strategy = z.infer<typeof StrategySchema>;

export const presetsDir = (): string => join(bundledDataDir(), 'presets');

/** Names of the bundled presets (data/presets/*.json), sorted. */
export function listPresets(): string[] {
  const dir = presetsDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

/** Validates a parsed strategy object; `origin` names it in errors. */
export function parseStrategy(raw: unknown, origin: string): Strategy {
  const parsed = StrategySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
  throw new ConfigError(
    `invalid strategy in ${origin}:\n${issues}\nSee docs/method.md for the step kinds (generate, revise, pool, seed).`,
    {
      cause: parsed.error,
    },
  );
}

function readStrategyFile(path: string): Strategy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read strategy file ${path}: check the path`, { cause: err });
  }
  const ext = extname(path).toLowerCase();
  let raw: unknown;
  try {
    raw = ext === '.yaml' || ext === '.yml' ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new ConfigError(
      `strategy file ${path} is not valid ${ext === '.json' ? 'JSON' : 'YAML'}: ${(err as Error).message}`,
      { cause: err },
    );
  }
  return parseStrategy(raw, path);
}

const looksLikePath = (s: string): boolean => /[\\/]/.test(s) || /\.(json|ya?ml)$/i.test(s);

/**
 * Resolves `--preset NAME` or `--strategy FILE`: a bundled preset name, or a path to a
 * JSON/YAML strategy file. Unknown names fail with the list of available presets.
 */
export function loadStrategy(nameOrPath: string): Strategy {
  if (looksLikePath(nameOrPath)) return readStrategyFile(nameOrPath);
  const file = join(presetsDir(), `${nameOrPath}.json`);
  if (!existsSync(file)) {
    throw new ConfigError(
      `unknown preset "${nameOrPath}"; available presets: ${listPresets().join(', ') || '(none found)'}. ` +
        'Or pass a path to a JSON/YAML strategy file.',
    );
  }
  return readStrategyFile(file);
}

/** Whether the search stops after `step` once a candidate is perfect on training. */
export const exitsEarly = (s: Strategy, step: StrategyStep): boolean => step.early_exit ?? s.stop_on_perfect;

/** The most candidates a strategy can create on a task (seeds included). */
export function maxCandidates(s: Strategy): number {
  return s.steps.reduce((sum, step) => {
    switch (step.kind) {
      case 'generate':
        return sum + step.n;
      case 'revise':
        return sum + step.top_k * step.per_parent;
      case 'pool':
        return sum + step.n;
      case 'seed':
        return sum + step.k;
      case 'abstract':
        return sum;
    }
  }, 0);
}
