/** Run folders built by hand to the format of src/run/run-files.ts, for report tests. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Grid } from '../../src/arc/grid.js';
import type { Candidate, ExampleResult } from '../../src/evolve/types.js';
import type { RunEvent, TaskRecord } from '../../src/run/run-files.js';

export const XSS = `</script><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b id="injected">bold</b>`;

const usage = (costUsd: number | null) => ({
  requests: 1,
  cacheHits: 0,
  promptTokens: 100,
  completionTokens: 20,
  reasoningTokens: 0,
  costUsd,
  latencyMs: 5,
});

export function example(output: Grid | null, expected: Grid): ExampleResult {
  const exact = output !== null && JSON.stringify(output) === JSON.stringify(expected);
  return { output, expected, score: exact ? 1 : 0.5, exact };
}

export function cand(
  id: string,
  step: Candidate['step'],
  stepIndex: number,
  parents: string[],
  examples: ExampleResult[],
  extra: Partial<Candidate> = {},
): Candidate {
  const fitness = examples.reduce((a, e) => a + e.score, 0) / examples.length;
  return {
    id,
    instruction: `1. Instruction of ${id}.`,
    step,
    stepIndex,
    parents,
    librarySeeds: [],
    examples,
    fitness,
    perfect: examples.every((e) => e.exact),
    ...extra,
  };
}

export function record(taskId: string, over: Partial<TaskRecord>): TaskRecord {
  return {
    taskId,
    status: 'done',
    candidates: [],
    attempts: [],
    correct: null,
    trainPerfect: false,
    best: null,
    viaLibrary: false,
    libraryHits: [],
    calls: { planner: 2, repairer: 1, follower: 6 },
    seedFollowerCalls: 0,
    callsToFirstPerfect: null,
    usage: usage(0.01),
    models: { planner: 'm-plan', repairer: 'm-rep', follower: 'm-fol' },
    startedAt: '2026-11-26T10:00:00Z',
    finishedAt: '2026-11-26T10:00:05Z',
    wallS: 5,
    ...over,
  };
}

// Task "recolor": colour 1 becomes 2. Two train pairs, one test.
const rIn1: Grid = [
    [1, 0],
    [0, 1],
  ],
  rOut1: Grid = [
    [2, 0],
    [0, 2],
  ];
const rIn2: Grid = [
    [1, 1],
    [0, 0],
  ],
  rOut2: Grid = [
    [2, 2],
    [0, 0],
  ];
const rTest: Grid = [
    [0, 1],
    [1, 1],
  ],
  rSol: Grid = [
    [0, 2],
    [2, 2],
  ];

export const solvedRecord = record('aaa-recolor', {
  candidates: [
    cand('c1', 'seed', 0, [], [example(rOut1, rOut1), example(rOut2, rOut2)], { librarySeeds: ['lib-7'] }),
    cand(
      'c2',
      'generate',
      1,
      [],
      [
        example(
          [
            [2, 0],
            [0, 1],
          ],
          rOut1,
        ),
        example(rOut2, rOut2),
      ],
    ),
    cand('c3', 'revise', 2, ['c2'], [example(rOut1, rOut1), example(rOut2, rOut2)]),
  ],
  attempts: [
    {
      attempt_1: rSol,
      attempt_2: [
        [0, 2],
        [2, 3],
      ],
    },
  ],
  correct: [true],
  trainPerfect: true,
  best: 'c1',
  viaLibrary: true,
  libraryHits: ['lib-7'],
  callsToFirstPerfect: 2,
  task: {
    train: [
      { input: rIn1, output: rOut1 },
      { input: rIn2, output: rOut2 },
    ],
    test: [{ input: rTest, output: rSol }],
  },
});

// Task "flip": unsolved, attempt 1 has exactly one wrong cell at (1, 0); the XSS trace lives here.
const fIn: Grid = [
    [3, 4],
    [5, 6],
  ],
  fOut: Grid = [
    [4, 3],
    [6, 5],
  ];
export const unsolvedRecord = record('bbb-flip', {
  candidates: [
    cand(
      'x1',
      'generate',
      0,
      [],
      [
        example(
          [
            [4, 3],
            [5, 6],
          ],
          fOut,
        ),
      ],
      { instruction: XSS, note: XSS },
    ),
    cand('x2', 'generate', 0, [], [example([[3, 4]], fOut)]),
    cand('x3', 'pool', 1, ['x1', 'x2'], [example(null, fOut)]),
  ],
  attempts: [
    {
      attempt_1: [
        [8, 7],
        [9, 9],
      ],
      attempt_2: [[7, 8]],
    },
  ],
  correct: [false],
  best: 'x1',
  error: XSS,
  task: {
    train: [{ input: fIn, output: fOut }],
    test: [
      {
        input: [
          [7, 8],
          [9, 0],
        ],
        output: [
          [8, 7],
          [0, 9],
        ],
      },
    ],
  },
});

export const callEvents: RunEvent[] = [
  {
    type: 'call',
    taskId: 'aaa-recolor',
    role: 'planner',
    step: 'generate',
    cached: false,
    usage: usage(0.002),
    at: 't',
  },
  {
    type: 'call',
    taskId: 'aaa-recolor',
    role: 'follower',
    step: 'generate',
    cached: true,
    usage: usage(0.001),
    at: 't',
  },
  { type: 'call', taskId: 'bbb-flip', role: 'follower', step: 'seed', cached: false, usage: usage(null), at: 't' },
  { type: 'call', taskId: 'bbb-flip', role: 'repairer', step: 'revise', cached: false, error: 'boom', at: 't' },
];

/** Writes a run folder with the given records; returns its path. */
export async function writeRunFolder(
  dir: string,
  records: readonly TaskRecord[] = [solvedRecord, unsolvedRecord],
  events = callEvents,
): Promise<string> {
  await mkdir(join(dir, 'tasks'), { recursive: true });
  for (const r of records) await writeFile(join(dir, 'tasks', `${r.taskId}.json`), JSON.stringify(r));
  await writeFile(
    join(dir, 'events.jsonl'),
    events.map((e) => JSON.stringify(e)).join('\n') + '\n{"type":"call","torn',
  );
  await writeFile(
    join(dir, 'summary.json'),
    JSON.stringify({
      tasks: records.length,
      train_perfect: 1,
      score: 0.5,
      score_per_output: 0.5,
      llm: { requests: 3, cache_hits: 1 },
      wall_s: 12,
    }),
  );
  return dir;
}
