/**
 * Flags of the bench scripts: node:util parseArgs, plus `--help` (what the script measures, each
 * flag with its default and meaning) and flag mistakes told on one line with exit code 2, as the
 * arcmem CLI does for a ConfigError, instead of parseArgs' stack trace.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../src/errors.js';

/** One flag: parseArgs' own fields, and what --help says of it. */
export interface BenchFlag {
  readonly type: 'string' | 'boolean';
  readonly default?: string | boolean;
  readonly help: string;
  /** The value's placeholder in --help (string flags), e.g. `<n>`; default `<value>`. */
  readonly arg?: string;
  /** The default as --help shows it, where there is no `default` or it depends on the machine. */
  readonly defaultText?: string;
}

export type BenchFlags = Readonly<Record<string, BenchFlag>>;

export interface BenchUsage<F extends BenchFlags> {
  /** The npm script, e.g. `bench:local`: names the script in --help and in error lines. */
  readonly script: string;
  /** What the benchmark measures, in a line or two. */
  readonly about: string;
  readonly flags: F;
  /** Positional arguments, as --help shows them, and how many there must be; none when absent. */
  readonly positionals?: { readonly text: string; readonly count: number };
}

/** The values parseArgs gives for these flags. */
export type FlagValues<F extends BenchFlags> = ReturnType<typeof parseArgs<{ options: F }>>['values'];

export type FlagsRead<F extends BenchFlags> =
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'mistake'; readonly message: string }
  | { readonly kind: 'flags'; readonly values: FlagValues<F>; readonly positionals: string[] };

const HELP = { type: 'boolean', short: 'h' } as const;

const valueOf = (flag: BenchFlag): string => flag.arg ?? '<value>';

/** The --help text: what the script measures, how to call it, each flag with its default. */
export function usageText<F extends BenchFlags>(usage: BenchUsage<F>): string {
  const rows: [string, string][] = Object.entries(usage.flags).map(([name, flag]) => {
    const shown = flag.defaultText ?? (flag.type === 'boolean' ? (flag.default ? 'on' : 'off') : flag.default);
    const call = flag.type === 'string' ? `--${name} ${valueOf(flag)}` : `--${name}`;
    return [call, shown === undefined ? flag.help : `${flag.help} (default: ${shown})`];
  });
  rows.push(['-h, --help', 'print this and exit']);
  const width = Math.max(...rows.map(([call]) => call.length));
  const tail = [Object.keys(usage.flags).length ? '[flags]' : '', usage.positionals?.text ?? ''].filter(Boolean);
  return [
    `${usage.script}: ${usage.about}`,
    '',
    `usage: npm run ${usage.script} -- ${tail.join(' ')}`,
    '',
    ...rows.map(([call, help]) => `  ${call.padEnd(width)}  ${help}`),
    '',
  ].join('\n');
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** What is wrong with one argument, if anything: the checks strict parseArgs makes, told by flag name. */
function tokenMistake<F extends BenchFlags>(token: Token, usage: BenchUsage<F>): string | undefined {
  if (token.kind === 'positional')
    return usage.positionals ? undefined : `unexpected argument '${token.value}' (this script takes only flags)`;
  if (token.kind !== 'option') return undefined;
  const flag = usage.flags[token.name];
  if (!flag) return `unknown flag ${token.rawName}`;
  const { value, inlineValue } = token;
  if (flag.type === 'boolean') return value === undefined ? undefined : `${token.rawName} takes no value`;
  // parseArgs takes the next argument as the value even when it is a flag: `--out --sets a`.
  if (value === undefined || (!inlineValue && value.length > 1 && value.startsWith('-')))
    return `${token.rawName} needs a value: ${token.rawName} ${valueOf(flag)}`;
  return undefined;
}

/** Reads the arguments (no I/O): the help text, the first mistake, or the flags' values. */
export function readFlags<F extends BenchFlags>(usage: BenchUsage<F>, args: readonly string[]): FlagsRead<F> {
  const options = { ...usage.flags, help: HELP };
  const loose = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  if (loose.values.help) return { kind: 'help', text: usageText(usage) };
  const mistake = loose.tokens.map((t) => tokenMistake(t, usage)).find((m) => m !== undefined);
  if (mistake) return { kind: 'mistake', message: mistake };
  const wanted = usage.positionals;
  if (wanted && loose.positionals.length !== wanted.count)
    return {
      kind: 'mistake',
      message: `expects ${wanted.count} arguments, got ${loose.positionals.length} (usage: npm run ${usage.script} -- ${wanted.text})`,
    };
  const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: wanted !== undefined });
  return { kind: 'flags', values: values as FlagValues<F>, positionals };
}

export interface BenchArgs<F extends BenchFlags> {
  readonly values: FlagValues<F>;
  readonly positionals: readonly string[];
  /**
   * Runs `read` (turning flag values into settings, e.g. with src/cli's value parsers); a
   * ConfigError it throws ends the script as a mistake with `flag`'s value: one line, exit code 2.
   * `flag` is for messages that do not name it already.
   */
  checked<T>(read: () => T, flag?: string): T;
}

function mistakeExit(script: string, message: string): never {
  process.stderr.write(`${script}: ${message.replace(/\.$/, '')}; see --help\n`);
  process.exit(2);
}

/** The script's flags from the command line; prints the help (exit 0) or a mistake (exit 2) and ends the script. */
export function benchArgs<const F extends BenchFlags>(
  usage: BenchUsage<F>,
  args: readonly string[] = process.argv.slice(2),
): BenchArgs<F> {
  const given = readFlags(usage, args);
  if (given.kind === 'help') {
    process.stdout.write(given.text);
    process.exit(0);
  }
  if (given.kind === 'mistake') mistakeExit(usage.script, given.message);
  return {
    values: given.values,
    positionals: given.positionals,
    checked: (read, flag) => {
      try {
        return read();
      } catch (err) {
        if (err instanceof ConfigError) mistakeExit(usage.script, flag ? `${flag}: ${err.message}` : err.message);
        throw err;
      }
    },
  };
}
