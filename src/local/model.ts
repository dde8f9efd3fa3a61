/**
 * The offline engine behind the Model interface: a deterministic planner, repairer, pooler and
 * follower over the step language. No network, no clock in the grid code, no randomness.
 */
import type { Grid } from '../arc/grid.js';
import { TaskMemory } from './_task-memory.js';
import { BoundedCache } from './bounded-cache.js';
import type {
  CallContext,
  FollowRequest,
  Model,
  PlanRequest,
  PoolRequest,
  Proposal,
  ReviseRequest,
  TaskView,
} from '../evolve/types.js';
import { parseProgram, tryParse } from './language/parse.js';
import { runOrThrow } from './language/run.js';
import type { Program } from './language/types.js';
import { evaluate, type Problem } from './planner/evaluate.js';
import { toProposals } from './planner/propose.js';
import { diagnose, poolPrograms, repairProgram } from './planner/repair.js';
import { searchWithColourView } from './search/colour-view.js';
import { EFFORTS, type Effort } from './search/effort.js';
import { rank, type Found } from './search/found.js';
import type { SearchPrior } from './search/prior.js';
import type { MacroSource } from './search/macros.js';

export interface LocalModelOptions {
  /** How hard to search: 'default' (about a CPU-second per task) or 'deep' (longer programs, ten times the budget). */
  readonly effort?: Effort;
  /** Step applications of a task's plan search; overrides the effort's budget (and `planApplications`). */
  readonly budget?: number;
  /** Reorders the search's proposals (default: the hand prior); a prior learned from library traces plugs in here. */
  readonly prior?: SearchPrior;
  /**
   * Concepts mined from library traces (see mineMacros), each tried by the plan search as one
   * move; a function is read at every search, so concepts learned during a run take effect.
   */
  readonly concepts?: readonly MacroSource[] | (() => readonly MacroSource[]);
  /** Wall-clock limit of one plan search in milliseconds (default: the effort's `timeMs`). */
  readonly planTimeMs?: number;
  /** Step applications per plan search: the budget that makes results reproducible (default: the effort's). */
  readonly planApplications?: number;
  /** Wall-clock limit of one revise search in milliseconds (default 500). */
  readonly reviseTimeMs?: number;
  /** Step applications per revise search (default: a tenth of the plan budget). */
  readonly reviseApplications?: number;
  /** Wall-clock time the model spends searching on one task over all its calls (default 6000). */
  readonly taskTimeMs?: number;
  /** Accepted for interface symmetry; the engine is deterministic and uses no randomness. */
  readonly seed?: number;
}

const problemOf = (view: TaskView): Problem => ({
  ins: view.train.map((p) => p.input),
  outs: view.train.map((p) => p.output),
  tests: view.testInputs,
});

/** Most instructions whose parse is remembered, the oldest dropped first. */
const PARSED_KEPT = 5000;

/**
 * `parseProgram` remembered per instruction text: the evolution follows every candidate on every
 * train input and each test input, and parsing the English each time cost more than following it.
 * Programs are read-only; text that does not parse is not remembered (it throws every time).
 */
function parsedOnce(): (text: string) => Program {
  const known = new BoundedCache<string, Program>(PARSED_KEPT);
  return (text) => known.get(text, () => parseProgram(text));
}

/** Creates the offline Model: roles are all 'local'. */
export function createLocalModel(opts: LocalModelOptions = {}): Model {
  const effort = EFFORTS[opts.effort ?? 'default'];
  const applications = opts.budget ?? opts.planApplications ?? effort.applications;
  const searchOpts = {
    timeMs: opts.planTimeMs ?? effort.timeMs,
    applications,
    maxDepth: effort.maxDepth,
    widths: effort.widths,
    prior: opts.prior,
  };
  const reviseOpts = {
    timeMs: opts.reviseTimeMs ?? 500,
    applications: opts.reviseApplications ?? Math.ceil(applications / 10),
    prior: opts.prior,
  };
  const memory = new TaskMemory(opts.taskTimeMs ?? effort.taskTimeMs);
  const parsed = parsedOnce();
  const planned = async (view: TaskView, ctx: CallContext): Promise<Found[]> => {
    const e = memory.entry(view);
    if (e.found) return e.found;
    const macros = typeof opts.concepts === 'function' ? opts.concepts() : opts.concepts;
    const found = await memory.timed(view, searchOpts.timeMs, (timeMs) =>
      searchWithColourView(problemOf(view), { ...searchOpts, macros, timeMs, signal: ctx.signal }),
    );
    if (!ctx.signal?.aborted) e.found = found.slice(0, 300);
    return found;
  };
  const plan = async (view: TaskView, req: PlanRequest, ctx: CallContext): Promise<Proposal[]> => {
    const p = problemOf(view);
    const seeded = (req.examples ?? [])
      .map(tryParse)
      .filter((q): q is Program => q !== null)
      .map((q) => evaluate(q, p))
      .filter((f): f is Found => f !== null);
    return toProposals(rank([...seeded, ...(await planned(view, ctx))], p.ins.length), req.n, req.tried);
  };
  return {
    roles: { planner: 'local', repairer: 'local', follower: 'local' },
    plan,
    async revise(view, req: ReviseRequest, ctx) {
      const program = tryParse(req.parent.instruction);
      if (!program) return plan(view, { n: req.n, tried: req.tried }, ctx);
      const p = problemOf(view);
      const related = (req.related ?? []).map(tryParse).filter((q): q is Program => q !== null);
      const repaired = await memory.timed(view, reviseOpts.timeMs, (timeMs) =>
        repairProgram(program, p, { ...reviseOpts, timeMs, signal: ctx.signal }),
      );
      const borrowed = related.map((q) => evaluate(q, p)).filter((f): f is Found => f !== null);
      const note = diagnose(req.parent.examples);
      return toProposals(
        rank([...repaired, ...borrowed], p.ins.length),
        req.n,
        [...req.tried, req.parent.instruction],
        () => note,
      );
    },
    async pool(view, req: PoolRequest, ctx) {
      const parents = req.parents.map((c) => tryParse(c.instruction)).filter((q): q is Program => q !== null);
      if (parents.length < 2) return plan(view, { n: req.n, tried: req.tried }, ctx);
      return toProposals(poolPrograms(parents, problemOf(view)), req.n, req.tried);
    },
    async follow(req: FollowRequest): Promise<Grid> {
      return runOrThrow(parsed(req.instruction), req.input);
    },
  };
}
