import { describe, expect, it } from 'vitest';
import { scoreExample, summarise } from '../../src/evolve/fitness.js';
import {
  ABSTRACT_SYSTEM,
  abstractMessages,
  FOLLOWER_SYSTEM,
  followMessages,
  planMessages,
  PLANNER_SYSTEM,
  POOLER_SYSTEM,
  poolMessages,
  REPAIRER_SYSTEM,
  reviseMessages,
} from '../../src/evolve/prompts.js';
import type { Candidate, TaskView } from '../../src/evolve/types.js';
import { flipTask } from './_scripted.js';

const task = flipTask('task-id-that-must-not-leak');
const view: TaskView = { train: task.train, testInputs: task.test.map((t) => t.input) };

function candidate(id: string, instruction: string, outputs: (number[][] | null)[]): Candidate {
  const fit = summarise(
    outputs.map((o, i) => scoreExample(o, task.train[i]!.output, o ? undefined : 'ModelOutputError: ragged grid')),
  );
  return { id, instruction, step: 'generate', stepIndex: 0, parents: [], librarySeeds: [], ...fit };
}
const parent = candidate('c0', '1. Copy the grid.', [
  [
    [1, 0, 0],
    [2, 2, 0],
  ],
  null,
  [[0, 0, 0, 4]],
]);
const other = candidate(
  'c1',
  '1. Mirror each row.',
  task.train.map((p) => p.output as number[][]),
);

const commonPrefix = (a: string, b: string): string => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
};

describe('prompts are pinned', () => {
  it.each([
    ['planner system', PLANNER_SYSTEM],
    ['repairer system', REPAIRER_SYSTEM],
    ['pooler system', POOLER_SYSTEM],
    ['follower system', FOLLOWER_SYSTEM],
    ['abstract system', ABSTRACT_SYSTEM],
  ])('%s', (_name, text) => {
    expect(text).toMatchSnapshot();
  });

  it.each([
    ['plan', planMessages(view, {})],
    ['plan with library examples', planMessages(view, { examples: ['1. Flip the grid left to right.'] })],
    [
      'plan with library examples and lessons',
      planMessages(view, {
        examples: ['1. Flip the grid left to right.'],
        lessons: ['When outputs mirror inputs, try flipping.'],
      }),
    ],
    ['abstract', abstractMessages(view, { instruction: '1. Mirror each row.', maxChars: 280 })],
    ['revise', reviseMessages(view, { parent })],
    ['revise with related instructions', reviseMessages(view, { parent, related: ['1. Rotate the grid.'] })],
    ['pool', poolMessages(view, { parents: [other, parent] })],
    [
      'follow (leave-one-out)',
      followMessages({ instruction: '1. Mirror each row.', context: task.train.slice(1), input: task.train[0]!.input }),
    ],
    [
      'follow, single pair (no context), uncertain',
      followMessages({ instruction: '1. Mirror each row.', context: [], input: task.train[0]!.input, uncertain: true }),
    ],
  ])('%s messages', (_name, messages) => {
    expect(messages).toMatchSnapshot();
  });
});

describe('prompt content', () => {
  it('every role has its own system prompt', () => {
    expect(new Set([PLANNER_SYSTEM, REPAIRER_SYSTEM, POOLER_SYSTEM, FOLLOWER_SYSTEM, ABSTRACT_SYSTEM]).size).toBe(5);
  });

  it('the repairer sees outputs, expectations and the cell diff of wrong examples', () => {
    const text = reviseMessages(view, { parent })[1]!.content;
    expect(text).toContain('Produced (2x3):\n1 0 0\n2 2 0');
    expect(text).toContain('Expected (2x3):\n0 0 1\n0 2 2');
    expect(text).toMatch(/1→0/);
    // Error text is for the run record: it may hold task ids, endpoints and provider messages.
    expect(text).toContain('Following the instruction gave no usable grid.');
    expect(text).not.toContain('ModelOutputError');
  });

  it('an example the follower could not be asked about is marked as not checked, not as the instruction failing', () => {
    const down = scoreExample(null, task.train[0]!.output, 'ProviderError: task x: http://h answered HTTP 500', true);
    const c = { ...parent, examples: [down, ...parent.examples.slice(1)] };
    const revise = reviseMessages(view, { parent: c })[1]!.content;
    expect(revise).toContain('## Example 1: not checked\nNo grid: the follower could not be asked');
    expect(revise).not.toMatch(/ProviderError|HTTP 500|http:/);
    expect(poolMessages(view, { parents: [c] })[1]!.content).toContain('example 1: not checked');
  });

  it('follower calls of different candidates on one example share everything up to the instruction (prompt caching)', () => {
    const req = { context: task.train.slice(1), input: task.train[0]!.input };
    const a = followMessages({ ...req, instruction: '1. Mirror each row.' });
    const b = followMessages({ ...req, instruction: '1. Copy the grid.', uncertain: true });
    expect(a[0]).toEqual(b[0]);
    const shared = commonPrefix(a[1]!.content, b[1]!.content);
    expect(shared.endsWith('# Instruction\n\n1. ')).toBe(true);
    expect(shared).toContain('# Worked examples');
    expect(shared).toContain('# Your input');
  });

  it('repairer and pool prompts put the task (examples, new inputs) before anything candidate-specific', () => {
    const shared = commonPrefix(
      reviseMessages(view, { parent })[1]!.content,
      poolMessages(view, { parents: [other, parent] })[1]!.content,
    );
    expect(shared).toContain('# New inputs the instruction must also handle');
    expect(shared).not.toContain('Copy the grid');
  });

  it('the follower without context gets no worked-examples section', () => {
    const text = followMessages({ instruction: 'x', context: [], input: [[1]] })[1]!.content;
    expect(text).not.toContain('Worked example');
  });
});
