/**
 * What a strategy would cost before anything is spent: requests, tokens and dollars per task and
 * for a run, built from the prompts arcmem would actually send (the task's own grids through the
 * same prompt builders) and the price table. Two bounds per task:
 *
 *   least: the first planner batch holds a train-perfect instruction (seed steps before it run,
 *          every library hit assumed found); the search stops there and answers;
 *   most:  no candidate is ever perfect, so every step runs, and answering takes all its runs.
 *
 * What cannot be known in advance is a named assumption: instruction and reply lengths, and
 * reasoning tokens (0 unless given). Prompt caching is ignored (every prompt token at the input
 * price), so dollars are an upper estimate of the same traffic.
 */
import type { Grid } from '../arc/grid.js';
import type { Task } from '../arc/task.js';
import { costOf, priceFor, type PriceTable } from '../llm/pricing.js';
import { countMessageTokens, countTokens } from '../llm/tokens.js';
import type { ChatMessage, Role } from '../llm/types.js';
import { leaveOneOut } from './fitness.js';
import { abstractMessages, followMessages, planMessages, poolMessages, reviseMessages } from './prompts.js';
import type { Strategy, StrategyStep } from './strategy.js';
import type { Candidate, RoleModels, TaskView } from './types.js';

export interface EstimateAssumptions {
  /** Tokens of one instruction (as written by a planner or repairer). */
  readonly instructionTokens: number;
  /** Output tokens of a planner answer (observations + instruction). */
  readonly plannerOutputTokens: number;
  /** Output tokens of a repairer or pool answer (diagnosis + instruction). */
  readonly repairerOutputTokens: number;
  /** Hidden reasoning tokens per call, billed as output (reasoning models). */
  readonly reasoningTokens: number;
}

export const DEFAULT_ASSUMPTIONS: EstimateAssumptions = {
  instructionTokens: 150,
  plannerOutputTokens: 400,
  repairerOutputTokens: 500,
  reasoningTokens: 0,
};

export interface EstimateOptions {
  readonly strategy: Strategy;
  /** Model id per role (for prices). */
  readonly models: RoleModels;
  readonly prices: PriceTable;
  readonly assumptions?: Partial<EstimateAssumptions>;
}

export interface Bound {
  readonly requests: Readonly<Record<Role, number>> & { readonly total: number };
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** null when a role's model has no price. */
  readonly costUsd: number | null;
}

export interface TaskEstimate {
  readonly taskId: string;
  readonly least: Bound;
  readonly most: Bound;
}

export interface RunEstimate {
  readonly tasks: readonly TaskEstimate[];
  readonly least: Bound;
  readonly most: Bound;
  readonly models: RoleModels;
  readonly assumptions: EstimateAssumptions;
  /** Models without a price (their dollars are unknown). */
  readonly unpriced: readonly string[];
}

/** The estimate for every task and their sum. */
export function estimateRun(tasks: readonly Task[], options: EstimateOptions): RunEstimate {
  const assumptions = { ...DEFAULT_ASSUMPTIONS, ...options.assumptions };
  const estimates = tasks.map((t) => estimateTask(t, options, assumptions));
  const unpriced = [...new Set(Object.values(options.models))].filter((m) => priceFor(options.prices, m) === null);
  return {
    tasks: estimates,
    least: sumBounds(estimates.map((e) => e.least)),
    most: sumBounds(estimates.map((e) => e.most)),
    models: options.models,
    assumptions,
    unpriced,
  };
}

/** One request: who sends it, its prompt tokens, its output tokens. */
interface Call {
  readonly role: Role;
  readonly prompt: number;
  readonly output: number;
}

function estimateTask(task: Task, o: EstimateOptions, a: EstimateAssumptions): TaskEstimate {
  const view: TaskView = { train: task.train, testInputs: task.test.map((t) => t.input) };
  const calls = new TaskCalls(view, a, o.strategy);
  const firstGenerate = o.strategy.steps.findIndex((s) => s.kind === 'generate');
  const leastSteps = firstGenerate < 0 ? o.strategy.steps : o.strategy.steps.slice(0, firstGenerate + 1);
  const least = [...leastSteps.flatMap((s) => calls.step(s)), ...calls.answers(true)];
  const most = [...o.strategy.steps.flatMap((s) => calls.step(s)), ...calls.answers(false)];
  return { taskId: task.id, least: bound(least, o), most: bound(most, o) };
}

/** The requests of each step on one task, with prompts built by the real prompt builders. */
class TaskCalls {
  private readonly instruction: string;
  private showExamples = false;

  constructor(
    private readonly view: TaskView,
    private readonly a: EstimateAssumptions,
    private readonly strategy: Strategy,
  ) {
    this.instruction = placeholderInstruction(a.instructionTokens);
  }

  step(step: StrategyStep): Call[] {
    switch (step.kind) {
      case 'seed':
        this.showExamples = step.show_planner;
        return this.scored(step.k);
      case 'generate': {
        const examples = this.showExamples ? this.examples() : undefined;
        const plan = this.call('planner', planMessages(this.view, { examples }), this.a.plannerOutputTokens);
        return [...repeat(plan, step.n), ...this.scored(step.n)];
      }
      case 'revise': {
        const msg = reviseMessages(this.view, { parent: this.parent() });
        const revise = this.call('repairer', msg, this.a.repairerOutputTokens);
        return [...repeat(revise, step.top_k * step.per_parent), ...this.scored(step.top_k * step.per_parent)];
      }
      case 'pool': {
        const parents = Array.from({ length: step.top_k }, () => this.parent());
        const pool = this.call('repairer', poolMessages(this.view, { parents }), this.a.repairerOutputTokens);
        return [...repeat(pool, step.n), ...this.scored(step.n)];
      }
      case 'abstract': {
        const msg = abstractMessages(this.view, { instruction: this.instruction, maxChars: step.max_chars });
        return [this.call('planner', msg, Math.ceil(step.max_chars / 3))];
      }
    }
  }

  /** Answer runs: with a perfect candidate `answer_runs` per test input, else the two best, marked uncertain. */
  answers(perfect: boolean): Call[] {
    const runs = perfect ? this.strategy.answer_runs : 2;
    return this.view.testInputs.flatMap((input) => {
      const msg = followMessages({
        instruction: this.instruction,
        context: this.view.train,
        input,
        uncertain: !perfect,
      });
      return repeat(this.call('follower', msg, gridTokens(input)), runs);
    });
  }

  /** Leave-one-out follower calls for n new candidates. */
  private scored(n: number): Call[] {
    const perCandidate = this.view.train.map((pair, i) =>
      this.call(
        'follower',
        followMessages({ instruction: this.instruction, context: leaveOneOut(this.view.train, i), input: pair.input }),
        gridTokens(pair.output),
      ),
    );
    return Array.from({ length: n }, () => perCandidate).flat();
  }

  private examples(): string[] {
    return Array.from({ length: this.strategy.planner_examples }, () => this.instruction);
  }

  /** A parent that got every example wrong, with a full diff: the longest repairer prompt. */
  private parent(): Candidate {
    const examples = this.view.train.map((p) => ({ output: p.output, expected: p.output, score: 0.5, exact: false }));
    const base = { id: 'c0', step: 'generate' as const, stepIndex: 0, parents: [], librarySeeds: [] };
    return { ...base, instruction: this.instruction, examples, fitness: 0.5, perfect: false };
  }

  private call(role: Role, messages: ChatMessage[], output: number): Call {
    return { role, prompt: countMessageTokens(messages), output: output + this.a.reasoningTokens };
  }
}

const repeat = <T>(x: T, n: number): T[] => Array.from({ length: n }, () => x);

/** Tokens of the follower's answer for a grid of this size: `{"grid": [[...]]}`. */
const gridTokens = (g: Grid): number => countTokens(JSON.stringify({ grid: g }));

/** An instruction of about `tokens` tokens, in the numbered form planners write. */
function placeholderInstruction(tokens: number): string {
  const step = (i: number) => `${i}. Find every object of colour ${i % 10} and move it one cell towards the border.`;
  const lines: string[] = [];
  while (countTokens(lines.join('\n')) < tokens) lines.push(step(lines.length + 1));
  return lines.join('\n');
}

function bound(calls: readonly Call[], o: EstimateOptions): Bound {
  const requests = { planner: 0, repairer: 0, follower: 0, total: calls.length };
  let promptTokens = 0;
  let outputTokens = 0;
  let costUsd: number | null = 0;
  for (const c of calls) {
    requests[c.role] += 1;
    promptTokens += c.prompt;
    outputTokens += c.output;
    const cost = costOf(priceFor(o.prices, o.models[c.role]), { promptTokens: c.prompt, completionTokens: c.output });
    costUsd = cost === null || costUsd === null ? null : costUsd + cost;
  }
  return { requests, promptTokens, outputTokens, costUsd };
}

function sumBounds(bounds: readonly Bound[]): Bound {
  const zero: Bound = {
    requests: { planner: 0, repairer: 0, follower: 0, total: 0 },
    promptTokens: 0,
    outputTokens: 0,
    costUsd: 0,
  };
  return bounds.reduce(
    (s, b) => ({
      requests: {
        planner: s.requests.planner + b.requests.planner,
        repairer: s.requests.repairer + b.requests.repairer,
        follower: s.requests.follower + b.requests.follower,
        total: s.requests.total + b.requests.total,
      },
      promptTokens: s.promptTokens + b.promptTokens,
      outputTokens: s.outputTokens + b.outputTokens,
      costUsd: s.costUsd === null || b.costUsd === null ? null : s.costUsd + b.costUsd,
    }),
    zero,
  );
}
