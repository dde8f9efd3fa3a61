/**
 * An in-process Model whose answers are scripted (the plumbing under test is real).
 * The follower understands a tiny vocabulary of instructions:
 *   "flip"  mirrors the grid left-right     "same"  returns the input
 *   "crop"  returns the top-left cell        "fail"  throws
 *   "budget" throws a BudgetExceededError     "colour N" paints every cell N
 *   "hang"  waits until its signal aborts
 */
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import { BudgetExceededError } from '../../src/llm/errors.js';
import type {
  CallContext,
  FollowRequest,
  LibraryHit,
  LibraryPort,
  Model,
  PlanRequest,
  PoolRequest,
  Proposal,
  ReviseRequest,
  TaskView,
} from '../../src/evolve/types.js';

export { BudgetExceededError };

export function follow(instruction: string, input: Grid, signal?: AbortSignal): Promise<Grid> | Grid {
  const word = instruction.split(/\s+/)[0];
  switch (word) {
    case 'flip':
      return input.map((row) => [...row].reverse());
    case 'same':
      return input;
    case 'crop':
      return [[input[0]![0]!]];
    case 'colour':
      return input.map((row) => row.map(() => Number(instruction.split(/\s+/)[1])));
    case 'budget':
      throw new BudgetExceededError('task budget of $0.01 reached', 'scripted', 'task-usd', 0.01, 0.01);
    case 'hang':
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
    default:
      throw new Error(`cannot follow "${instruction}"`);
  }
}

export interface Logged {
  readonly method: 'plan' | 'revise' | 'pool' | 'follow';
  readonly req: PlanRequest | ReviseRequest | PoolRequest | FollowRequest;
  readonly ctx: CallContext;
}

export interface Script {
  /** Planner answers, one list per plan call (the last repeats). */
  plans?: string[][];
  /** Repairer answer for a parent instruction (default: "<parent> revised <i>"). */
  revise?: (parent: string, i: number) => string;
  /** Pooled answer (default: "pool of <n> <i>"). */
  pool?: (parents: readonly string[], i: number) => string;
}

export class ScriptedModel implements Model {
  readonly roles = { planner: 'scripted-planner', repairer: 'scripted-repairer', follower: 'scripted-follower' };
  readonly log: Logged[] = [];
  private planCalls = 0;
  constructor(private readonly script: Script = {}) {}

  calls(method: Logged['method']): Logged[] {
    return this.log.filter((l) => l.method === method);
  }
  async plan(_v: TaskView, req: PlanRequest, ctx: CallContext): Promise<Proposal[]> {
    this.log.push({ method: 'plan', req, ctx });
    const plans = this.script.plans ?? [['same']];
    const list = plans[Math.min(this.planCalls++, plans.length - 1)]!;
    return list.slice(0, req.n).map((instruction) => ({ instruction }));
  }
  async revise(_v: TaskView, req: ReviseRequest, ctx: CallContext): Promise<Proposal[]> {
    this.log.push({ method: 'revise', req, ctx });
    const f = this.script.revise ?? ((p, i) => `${p} revised ${i}`);
    return Array.from({ length: req.n }, (_, i) => ({ instruction: f(req.parent.instruction, i), note: 'was wrong' }));
  }
  async pool(_v: TaskView, req: PoolRequest, ctx: CallContext): Promise<Proposal[]> {
    this.log.push({ method: 'pool', req, ctx });
    const f = this.script.pool ?? ((ps, i) => `pool of ${ps.length} ${i}`);
    return Array.from({ length: req.n }, (_, i) => ({
      instruction: f(
        req.parents.map((p) => p.instruction),
        i,
      ),
    }));
  }
  async follow(req: FollowRequest, ctx: CallContext): Promise<Grid> {
    this.log.push({ method: 'follow', req, ctx });
    return follow(req.instruction, req.input, ctx.signal);
  }
}

/** A task solved by "flip" (mirror left-right), with known test output. */
export function flipTask(id = 'flip-task', trainPairs = 3): Task {
  const inputs: Grid[] = [
    [
      [1, 0, 0],
      [2, 2, 0],
    ],
    [
      [0, 3],
      [3, 3],
      [0, 0],
    ],
    [[4, 0, 0, 0]],
    [
      [5, 6],
      [0, 0],
    ],
  ];
  const flip = (g: Grid): Grid => g.map((r) => [...r].reverse());
  return {
    id,
    train: inputs.slice(0, trainPairs).map((input) => ({ input, output: flip(input) })),
    test: [
      {
        input: [
          [7, 0],
          [0, 8],
        ],
        output: [
          [0, 7],
          [8, 0],
        ],
      },
    ],
  };
}

/** A LibraryPort over a fixed list of hits (the real store lives in src/library). */
export function fixedLibrary(hits: {
  similar?: LibraryHit[];
  exact?: LibraryHit[];
  related?: LibraryHit[];
}): LibraryPort {
  return {
    similar: async (_t, k) => (hits.similar ?? []).slice(0, k),
    exactHits: async () => hits.exact ?? [],
    related: async (_i, k) => (hits.related ?? []).slice(0, k),
  };
}

export const hit = (entryId: string, instruction: string, distance = 0.1): LibraryHit => ({
  entryId,
  instruction,
  taskId: `src-${entryId}`,
  distance,
});
