/**
 * Scripted answers for the OpenAI-compatible test server: the server and the gateway are
 * real; only what the "model" answers is scripted. The follower answer is computed by the
 * same tiny vocabulary as the in-process ScriptedModel (see _scripted.ts).
 */
import { gridFromText } from '../../src/arc/render.js';
import {
  ABSTRACT_SYSTEM,
  FOLLOWER_SYSTEM,
  PLANNER_SYSTEM,
  POOLER_SYSTEM,
  REPAIRER_SYSTEM,
} from '../../src/evolve/prompts.js';
import { reply, type ChatHandler, type Reply } from '../support/openai-server.js';
import { follow } from './_scripted.js';

export type RoleName = 'planner' | 'repairer' | 'pooler' | 'follower' | 'abstract';

export function roleOf(body: any): RoleName {
  const system = body.messages[0].content as string;
  if (system.startsWith(PLANNER_SYSTEM.slice(0, 40))) return 'planner';
  if (system.startsWith(REPAIRER_SYSTEM.slice(0, 40))) return 'repairer';
  if (system.startsWith(POOLER_SYSTEM.slice(0, 40))) return 'pooler';
  if (system.startsWith(FOLLOWER_SYSTEM.slice(0, 40))) return 'follower';
  if (system.startsWith(ABSTRACT_SYSTEM.slice(0, 40))) return 'abstract';
  throw new Error(`unknown system prompt: ${system.slice(0, 60)}`);
}

export const userText = (body: any): string => body.messages.at(-1).content as string;

/** The instruction and input grid of a follower request. */
export function parseFollow(body: any): { instruction: string; input: number[][]; context: string } {
  const text = userText(body);
  const instruction = /# Instruction\n\n([\s\S]*?)\n\n/.exec(text)![1]!;
  const inputBlock = /# Your input\n\nInput \(\d+x\d+\):\n([\d \n]+?)\n\n/.exec(text)![1]!;
  const context = /# Worked examples\n\n([\s\S]*?)\n\n# Your input/.exec(text)?.[1] ?? '';
  return { instruction, input: gridFromText(inputBlock) as number[][], context };
}

export interface LlmScript {
  /** Planner instructions, handed out in request order (the last repeats). */
  plans?: string[];
  revise?: string;
  pool?: string;
  /** The lesson the abstract step gets. */
  lesson?: string;
  /** Override any reply (e.g. a ragged grid or an error status). */
  override?: (role: RoleName, body: any, index: number) => Reply | undefined;
}

export function scriptedLlm(script: LlmScript): ChatHandler {
  let planned = 0;
  return async (body, index) => {
    const role = roleOf(body);
    const custom = script.override?.(role, body, index);
    if (custom) return custom;
    switch (role) {
      case 'planner': {
        const plans = script.plans ?? ['same'];
        return reply.json({ observations: null, instruction: plans[Math.min(planned++, plans.length - 1)] });
      }
      case 'repairer':
        return reply.json({ diagnosis: 'it mirrored nothing', instruction: script.revise ?? 'flip' });
      case 'pooler':
        return reply.json({ analysis: null, instruction: script.pool ?? 'flip' });
      case 'abstract':
        return reply.json({ lesson: script.lesson ?? 'When the output mirrors the input, try flipping it.' });
      case 'follower': {
        const { instruction, input } = parseFollow(body);
        try {
          return reply.json({ grid: await follow(instruction, input) });
        } catch {
          return reply.json({ grid: [[0, 0], [0]] }); // ragged: the gateway must reject it
        }
      }
    }
  };
}
