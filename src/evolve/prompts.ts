/**
 * The prompts of the LLM roles: named system prompts and pure functions that build the user
 * message from grids. Nothing here sees a task id (a TaskView holds grids only), so no id can
 * leak into a prompt. Pinned by snapshot tests: any change is a visible diff.
 */
import type { Grid } from '../arc/grid.js';
import { gridToText, renderDiff } from '../arc/render.js';
import type { Pair } from '../arc/task.js';
import type { ChatMessage } from '../llm/types.js';
import type {
  AbstractRequest,
  Candidate,
  ExampleResult,
  FollowRequest,
  PlanRequest,
  PoolRequest,
  ReviseRequest,
  TaskView,
} from './types.js';

const PUZZLE_FORMAT =
  'A puzzle is a few example pairs of grids. A grid is written one row per line, cells separated by spaces; ' +
  'each cell is a colour from 0 to 9 (0 is usually the background). The same hidden rule turns every example ' +
  'input into its output.';

const INSTRUCTION_FORM =
  'Write the instruction as a few short numbered steps in plain English that someone could carry out on a new ' +
  'input grid without ever seeing the examples: say how to find what matters (objects, colours, lines, regions), ' +
  'what to do with it, and how big the output grid is. Be concrete about colours and positions, and general ' +
  'enough to work on every example input and on the new inputs.';

export const PLANNER_SYSTEM = `You discover the rules of grid puzzles and explain them as instructions.
${PUZZLE_FORMAT}
Study every example carefully, then state the rule. ${INSTRUCTION_FORM}
Reply in JSON: "observations" (what you noticed, briefly, or null) and "instruction" (the numbered steps).`;

export const REPAIRER_SYSTEM = `You fix instructions for grid puzzles.
${PUZZLE_FORMAT}
You are given an instruction that someone followed on each example input, what they produced, what was expected and where the two differ.
First work out what the instruction got wrong or left unclear: a wrong rule, a missing case, an ambiguous step, a wrong output size.
Then write the complete corrected instruction. ${INSTRUCTION_FORM}
Reply in JSON: "diagnosis" (what was wrong, in a few sentences) and "instruction" (the full revised steps).`;

export const POOLER_SYSTEM = `You combine several attempts at explaining a grid puzzle into one better instruction.
${PUZZLE_FORMAT}
You are given several instructions, each with its score on every example (1 means that example came out exactly right).
Different instructions may each have captured part of the rule. Work out which parts of each one worked and which did not, then write one instruction that keeps what worked and fixes what did not. ${INSTRUCTION_FORM}
Reply in JSON: "analysis" (what each attempt got right and wrong, briefly, or null) and "instruction" (the full steps).`;

export const ABSTRACT_SYSTEM = `You distil general lessons from solved grid puzzles.
${PUZZLE_FORMAT}
You are given the examples of a solved puzzle and the instruction that solved them. Write one short lesson that would help solve other, different puzzles: what to notice and what to try.
Reply in JSON: "lesson" (one sentence, "When ..., try ...").`;

export const FOLLOWER_SYSTEM = `You carry out instructions on grids, exactly as written.
${PUZZLE_FORMAT}
You are given an instruction, sometimes worked examples showing inputs and the outputs the instruction should produce, and one input grid.
Apply the instruction step by step to the input grid. Do not invent rules of your own and do not change the instruction; where a step is unclear, the worked examples show what it means.
Reply in JSON: "grid", the output grid as a list of rows, each row a list of integers 0-9, all rows the same length.`;

export const FOLLOWER_UNCERTAIN_NOTE =
  'This instruction is known to be imperfect: it did not reproduce every example exactly. Follow it, but where it ' +
  'disagrees with what the worked examples clearly show, trust the examples.';

/** "3x4" for a grid of 3 rows and 4 columns. */
export const shapeOf = (g: Grid): string => `${g.length}x${g[0]?.length ?? 0}`;

/** A labelled grid block: `Input (3x3):` then its rows. */
export const gridBlock = (label: string, g: Grid): string => `${label} (${shapeOf(g)}):\n${gridToText(g)}`;

/** The example pairs, numbered from 1. */
export function examplesText(pairs: readonly Pair[], title = 'Example'): string {
  return pairs
    .map((p, i) => `## ${title} ${i + 1}\n${gridBlock('Input', p.input)}\n${gridBlock('Output', p.output)}`)
    .join('\n\n');
}

const testInputsText = (inputs: readonly Grid[]): string =>
  inputs.map((g, i) => gridBlock(`New input ${i + 1}`, g)).join('\n\n');

const numbered = (items: readonly string[], title: string): string =>
  items.map((t, i) => `## ${title} ${i + 1}\n${t}`).join('\n\n');

/** Said of an example whose follower call failed at the provider: an outage is not the instruction's fault. */
export const UNAVAILABLE_NOTE =
  'No grid: the follower could not be asked (a service failure, not a fault of the instruction).';

/**
 * How one example came out for an instruction, with the cell diff. Error text never goes in:
 * it can hold task ids, endpoints and provider messages, and is no evidence about the instruction.
 */
export function resultText(r: ExampleResult, index: number): string {
  if (r.unavailable)
    return `## Example ${index + 1}: not checked\n${UNAVAILABLE_NOTE}\n${gridBlock('Expected', r.expected)}`;
  const head = `## Example ${index + 1}: ${r.exact ? 'correct' : `wrong (score ${r.score.toFixed(2)})`}`;
  if (r.output === null)
    return `${head}\nFollowing the instruction gave no usable grid.\n${gridBlock('Expected', r.expected)}`;
  if (r.exact) return head;
  return `${head}\n${gridBlock('Produced', r.output)}\n${gridBlock('Expected', r.expected)}\nDifferences (· = correct, produced→expected):\n${renderDiff(r.output, r.expected)}`;
}

export function planUserPrompt(view: TaskView, req: Pick<PlanRequest, 'examples' | 'lessons'>): string {
  const parts = [
    `# Examples\n\n${examplesText(view.train)}`,
    `# New inputs the instruction must also handle\n\n${testInputsText(view.testInputs)}`,
  ];
  if (req.examples?.length) {
    parts.push(
      '# Instructions that solved similar puzzles\nThey may not apply here; borrow only what fits these examples.\n\n' +
        numbered(req.examples, 'Past instruction'),
    );
  }
  if (req.lessons?.length) {
    parts.push(
      '# Lessons a model wrote after solving other puzzles\nUnchecked model text: they may be wrong or irrelevant; never follow them over these examples.\n\n' +
        numbered(req.lessons, 'Lesson'),
    );
  }
  parts.push('Write the instruction for this puzzle.');
  return parts.join('\n\n');
}

/** The lesson request: the solved puzzle's grids and its instruction, nothing else. */
export function abstractUserPrompt(view: TaskView, req: AbstractRequest): string {
  return [
    `# Examples\n\n${examplesText(view.train)}`,
    `# The instruction that solved every example\n\n${req.instruction}`,
    `Write one general lesson for other puzzles, in the form "When <what you notice>, try <what to do>." ` +
      `At most ${req.maxChars} characters, one sentence, no grids and no numbers of rows or columns: ` +
      "say what to look for and what to try, not this puzzle's exact colours.",
  ].join('\n\n');
}

export function reviseUserPrompt(view: TaskView, req: Pick<ReviseRequest, 'parent' | 'related'>): string {
  const parts = [
    `# Examples\n\n${examplesText(view.train)}`,
    `# New inputs the instruction must also handle\n\n${testInputsText(view.testInputs)}`,
    `# The instruction that was followed\n\n${req.parent.instruction}`,
    `# What following it produced on each example\n\n${req.parent.examples.map(resultText).join('\n\n')}`,
  ];
  if (req.related?.length) {
    parts.push(
      '# Instructions from similar solved puzzles\nUse an idea from them only if it fits.\n\n' +
        numbered(req.related, 'Related instruction'),
    );
  }
  parts.push('Say what was wrong, then write the corrected instruction.');
  return parts.join('\n\n');
}

const scoresLine = (c: Candidate): string =>
  c.examples
    .map((e, i) => `example ${i + 1}: ${e.unavailable ? 'not checked' : e.exact ? '1 (exact)' : e.score.toFixed(2)}`)
    .join(', ');

export function poolUserPrompt(view: TaskView, req: Pick<PoolRequest, 'parents'>): string {
  const attempts = req.parents
    .map((c, i) => `## Attempt ${i + 1} (scores: ${scoresLine(c)})\n${c.instruction}`)
    .join('\n\n');
  return [
    `# Examples\n\n${examplesText(view.train)}`,
    `# New inputs the instruction must also handle\n\n${testInputsText(view.testInputs)}`,
    `# Attempts so far\n\n${attempts}`,
    'Combine what worked into one better instruction.',
  ].join('\n\n');
}

/**
 * The follower's message, ordered for providers' prompt caches: what every candidate shares
 * (the worked examples, then the input) comes first, the instruction last, so the follower calls
 * of all candidates on one example share one cached prefix.
 */
export function followUserPrompt(req: FollowRequest): string {
  const parts: string[] = [];
  if (req.context.length) parts.push(`# Worked examples\n\n${examplesText(req.context, 'Worked example')}`);
  parts.push(`# Your input\n\n${gridBlock('Input', req.input)}`, `# Instruction\n\n${req.instruction}`);
  if (req.uncertain) parts.push(FOLLOWER_UNCERTAIN_NOTE);
  parts.push('Apply the instruction to this input and give the output grid.');
  return parts.join('\n\n');
}

const chat = (system: string, user: string): ChatMessage[] => [
  { role: 'system', content: system },
  { role: 'user', content: user },
];

/** The messages of each role's request. */
export const planMessages = (view: TaskView, req: Pick<PlanRequest, 'examples' | 'lessons'>) =>
  chat(PLANNER_SYSTEM, planUserPrompt(view, req));
export const abstractMessages = (view: TaskView, req: AbstractRequest) =>
  chat(ABSTRACT_SYSTEM, abstractUserPrompt(view, req));
export const reviseMessages = (view: TaskView, req: Pick<ReviseRequest, 'parent' | 'related'>) =>
  chat(REPAIRER_SYSTEM, reviseUserPrompt(view, req));
export const poolMessages = (view: TaskView, req: Pick<PoolRequest, 'parents'>) =>
  chat(POOLER_SYSTEM, poolUserPrompt(view, req));
export const followMessages = (req: FollowRequest) => chat(FOLLOWER_SYSTEM, followUserPrompt(req));
