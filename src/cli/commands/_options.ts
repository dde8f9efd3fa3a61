/** Commander flags generated from the option tables (run/options.ts, llm/options.ts), so --help and the resolver agree. */
import { Option, type Command } from 'commander';
import { LLM_OPTIONS } from '../../llm/index.js';
import { LIBRARY_OPTIONS, LOCAL_MODEL, type RunOptionSpec } from '../../run/index.js';
import { positiveSeconds, wholeNumber } from './_common.js';

function describe(spec: RunOptionSpec): string {
  const extra = [spec.env ? `env ${spec.env}` : null, spec.defaultText ? `default ${spec.defaultText}` : null];
  const tail = extra.filter(Boolean).join('; ');
  return tail ? `${spec.help} (${tail})` : spec.help;
}

/** Adds a flag per spec (environment-only settings are skipped). */
export function addRunOptions(cmd: Command, specs: readonly RunOptionSpec[]): Command {
  for (const spec of specs) {
    if (!spec.flag) continue;
    const name = spec.flag.split(' ')[0]!;
    const opt = new Option(spec.flag, describe(spec));
    if (spec.kind === 'int') opt.argParser(wholeNumber(name, spec.min ?? 1));
    if (spec.kind === 'seconds') opt.argParser(positiveSeconds(name));
    if (spec.choices) opt.choices(spec.choices);
    cmd.addOption(opt);
  }
  return cmd;
}

/** --library / --no-library and the embedding-model flags. `noLibrary: false` for commands that need a library. */
export function addLibraryOptions(cmd: Command, opts: { noLibrary?: boolean; embed?: boolean } = {}): Command {
  const wanted = LIBRARY_OPTIONS.filter((s) => s.key === 'library' || opts.embed !== false);
  addRunOptions(cmd, wanted);
  return opts.noLibrary === false ? cmd : cmd.option('--no-library', 'run without the library');
}

export function addLlmOptions(cmd: Command): Command {
  for (const spec of LLM_OPTIONS) {
    const local =
      spec.key === 'model' ? `; "${LOCAL_MODEL}" = the offline engine, the default when no endpoint is configured` : '';
    const opt = new Option(spec.flag, `${spec.help}${local} (env ${spec.env}; default ${spec.defaultText})`);
    if (spec.kind === 'prices') opt.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
    cmd.addOption(opt);
  }
  return cmd.option(
    '--config <file>',
    'config file with "run", "library" and "llm" sections (default ./arcmem.config.json when present)',
  );
}

/**
 * Commander's options object as the resolver wants it: commander defaults --no-cache and
 * --no-library to `true`, which would override the environment and config file; drop those.
 */
export const givenFlags = (parsed: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(parsed).filter(([k, v]) => !((k === 'cache' || k === 'library') && v === true)));
