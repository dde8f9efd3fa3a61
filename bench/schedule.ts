/**
 * Requests and tokens per task of each preset on the bundled tasks, against the OpenAI-compatible
 * test server, in the two situations that bound a run: the first planner batch holds a
 * train-perfect instruction, and no instruction is ever perfect. The server's answers are
 * scripted (a perfect instruction makes the follower answer the expected grid; any other, a wrong
 * one); the gateway, prompts, strategy and HTTP are real. Tokens are o200k counts of the prompts
 * sent (output tokens depend on the model and are not measured). Not part of `npm test`: `npm run bench:schedule`.
 *
 *   npm run bench:schedule -- [--presets ettc,ettc-fast,lite]
 */
import { gridToText } from '../src/arc/render.js';
import { loadTasks } from '../src/arc/load.js';
import type { Task } from '../src/arc/task.js';
import { createLlmModel } from '../src/evolve/llm-model.js';
import { solveTask } from '../src/evolve/solve-task.js';
import { loadStrategy, type Strategy } from '../src/evolve/strategy.js';
import { countMessageTokens, createGateway, resolveLlmConfig } from '../src/llm/index.js';
import { join } from 'node:path';
import { bundledDataDir } from '../src/paths.js';
import { parseFollow, roleOf } from '../test/evolve/_llm-script.js';
import { reply, startOpenAIServer, type Reply } from '../test/support/openai-server.js';
import { benchArgs } from './_args.js';

const { values, checked } = benchArgs({
  script: 'bench:schedule',
  about:
    'Requests and prompt tokens per task of each preset on the bundled tasks, against the OpenAI-compatible ' +
    'test server, when the first planner batch holds a perfect instruction and when none ever does.',
  flags: {
    presets: {
      type: 'string',
      default: 'ettc,ettc-fast,lite',
      arg: '<a,b>',
      help: 'strategy presets (names or strategy files) measured',
    },
  },
});
const presets = checked(
  () => values.presets.split(',').map((name) => ({ name, strategy: loadStrategy(name) })),
  '--presets',
);

const PERFECT = '1. Apply the rule of the examples.';
type Scenario = 'first-batch-perfect' | 'never-perfect';

/** The expected output of an input grid of the task, by its text. */
const answers = (task: Task) =>
  new Map([...task.train, ...task.test].map((p) => [gridToText(p.input), p.output ?? p.input]));

function handler(task: Task, scenario: Scenario) {
  const expected = answers(task);
  let instructions = 0;
  let perfectGiven = false;
  const instruction = (planner: boolean): string => {
    if (planner && !perfectGiven && scenario === 'first-batch-perfect') {
      perfectGiven = true;
      return PERFECT;
    }
    instructions += 1;
    return `${instructions}. Guess number ${instructions}.`;
  };
  return (body: any): Reply => {
    const role = roleOf(body);
    if (role === 'planner') return reply.json({ observations: null, instruction: instruction(true) });
    if (role === 'repairer') return reply.json({ diagnosis: null, instruction: instruction(false) });
    if (role === 'pooler') return reply.json({ analysis: null, instruction: instruction(false) });
    const { instruction: followed, input } = parseFollow(body);
    const grid = followed === PERFECT ? expected.get(gridToText(input))! : [[(input[0]![0]! + 1) % 10]];
    return reply.json({ grid });
  };
}

/** Output tokens are not measured: the scripted answers are far shorter than a model's. */
interface Measured {
  requests: number;
  promptTokens: number;
}

async function measure(task: Task, strategy: Strategy, scenario: Scenario): Promise<Measured> {
  const server = await startOpenAIServer(handler(task, scenario));
  const gateway = createGateway(
    resolveLlmConfig({ flags: { baseUrl: server.url, model: 'gpt-5-mini', noCache: true, concurrency: 16 }, env: {} }),
  );
  await solveTask(task, createLlmModel(gateway), { strategy });
  gateway.close();
  await server.close();
  const promptTokens = server.requests.reduce((n, r) => n + countMessageTokens(r.body.messages), 0);
  return { requests: server.count(), promptTokens };
}

const { tasks } = await loadTasks(join(bundledDataDir(), 'tasks'));
const rows: string[] = [];
for (const preset of presets) {
  for (const scenario of ['first-batch-perfect', 'never-perfect'] as const) {
    const per: Measured[] = [];
    for (const task of tasks) per.push(await measure(task, preset.strategy, scenario));
    const mean = (k: keyof Measured) => Math.round(per.reduce((n, m) => n + m[k], 0) / per.length);
    const max = (k: keyof Measured) => Math.max(...per.map((m) => m[k]));
    rows.push(
      `| \`${preset.name}\` | ${scenario} | ${mean('requests')} (max ${max('requests')}) | ` +
        `${mean('promptTokens')} (max ${max('promptTokens')}) |`,
    );
    process.stderr.write(`${preset.name} ${scenario} done\n`);
  }
}
process.stdout.write(
  `| preset | situation | requests per task, mean (max) | prompt tokens per task, mean (max) |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`,
);
