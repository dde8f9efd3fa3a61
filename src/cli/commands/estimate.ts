/** `arcmem estimate <source>`: requests, tokens and dollars of a solve before any spend. */
import type { Command } from 'commander';
import { DEFAULT_ASSUMPTIONS, type Bound, type RunEstimate } from '../../evolve/estimate.js';
import { estimateSource } from '../../run/estimate.js';
import { asJson, dataDirFrom, table, wholeNumber } from './_common.js';
import type { CommandIO } from './_io.js';

interface EstimateFlags {
  readonly preset?: string;
  readonly strategy?: string;
  readonly limit?: number;
  readonly instructionTokens?: number;
  readonly reasoningTokens?: number;
  readonly json?: boolean;
  readonly [llm: string]: unknown;
}

const usd = (v: number | null): string => (v === null ? 'unknown' : `$${v.toFixed(v < 1 ? 4 : 2)}`);
const cells = (b: Bound): string[] => [
  String(b.requests.total),
  String(b.promptTokens),
  String(b.outputTokens),
  usd(b.costUsd),
];

export function formatEstimate(e: RunEstimate): string {
  const head = [
    'task',
    'least: requests',
    'in tokens',
    'out tokens',
    'dollars',
    'most: requests',
    'in',
    'out',
    'dollars',
  ];
  const rows = [head, ...e.tasks.map((t) => [t.taskId, ...cells(t.least), ...cells(t.most)])];
  rows.push([`all ${e.tasks.length} tasks`, ...cells(e.least), ...cells(e.most)]);
  const a = e.assumptions;
  return [
    table(rows),
    '',
    `models: planner ${e.models.planner}, repairer ${e.models.repairer}, follower ${e.models.follower}`,
    'least: the first planner batch holds a train-perfect instruction; most: every step runs.',
    `assumed: instructions of ${a.instructionTokens} tokens, planner answers of ${a.plannerOutputTokens}, ` +
      `repairer answers of ${a.repairerOutputTokens}, ${a.reasoningTokens} reasoning tokens per call; no prompt caching.`,
    ...(e.unpriced.length ? [`no price for ${e.unpriced.join(', ')}: pass --price MODEL=IN/OUT`] : []),
  ].join('\n');
}

export function register(program: Command, io: CommandIO): void {
  program
    .command('estimate')
    .description('Requests, tokens and dollars a solve would spend, per task and for the run, before any spend')
    .argument('<source>', 'a task file, a folder, a *_challenges.json, or a dataset name')
    .option('--preset <name>', 'a bundled preset (data/presets/)', undefined)
    .option('--strategy <file>', 'a JSON/YAML strategy file instead')
    .option('--model <id>', 'model id for every role (default gpt-5-mini; env ARCMEM_MODEL)')
    .option('--planner-model <id>', 'model id for the planner')
    .option('--repairer-model <id>', 'model id for the repairer')
    .option('--follower-model <id>', 'model id for the follower')
    .option('--price <model=in/out>', 'USD per million input/output tokens (repeatable)', (v, p: string[] = []) => [
      ...p,
      v,
    ])
    .option('--limit <n>', 'only the first n tasks', wholeNumber('--limit'))
    .option(
      '--instruction-tokens <n>',
      `assumed tokens of one instruction (default ${DEFAULT_ASSUMPTIONS.instructionTokens})`,
      wholeNumber('--instruction-tokens'),
    )
    .option(
      '--reasoning-tokens <n>',
      'assumed hidden reasoning tokens per call, billed as output (default 0)',
      wholeNumber('--reasoning-tokens', 0),
    )
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', '\nExample: arcmem estimate arc-agi-1/evaluation --model gpt-5 --preset ettc')
    .action(async (source: string, flags: EstimateFlags) => {
      const { preset, strategy, limit, instructionTokens, reasoningTokens, json: _json, ...llmFlags } = flags;
      const result = await estimateSource(source, {
        preset,
        strategy,
        limit,
        llmFlags,
        env: io.env,
        dataDir: dataDirFrom(io),
        assumptions: {
          ...(instructionTokens !== undefined ? { instructionTokens } : {}),
          ...(reasoningTokens !== undefined ? { reasoningTokens } : {}),
        },
      });
      io.print(flags.json ? asJson(result) : formatEstimate(result));
    });
}
