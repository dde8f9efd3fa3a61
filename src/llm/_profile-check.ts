/** Settings the provider in force cannot take fail at start, naming the flag and what it takes. */
import { LlmConfigError } from './errors.js';
import { profileFor, type ProviderName, type ProviderProfile, type ReasoningEffort } from './providers.js';
import type { Role } from './types.js';

interface CheckedConfig {
  readonly baseUrl: string;
  readonly provider: ProviderName | null;
  readonly roles: Readonly<
    Record<
      Role,
      {
        readonly reasoningEffort: ReasoningEffort | null;
        readonly thinkingBudget: number | null;
        readonly temperature: number | null;
      }
    >
  >;
}

export function checkProfile(config: CheckedConfig): void {
  const profile = profileFor(config.provider, config.baseUrl);
  const problems = Object.entries(config.roles).flatMap(([role, s]) => roleProblems(profile, role, s));
  if (problems.length === 0) return;
  const how = config.provider ? `--provider ${profile.name}` : `the ${profile.name} profile (from ${config.baseUrl})`;
  throw new LlmConfigError(`settings that ${how} cannot take:\n  ${[...new Set(problems)].join('\n  ')}`);
}

function roleProblems(p: ProviderProfile, role: string, s: CheckedConfig['roles'][Role]): string[] {
  const out: string[] = [];
  const flag = (name: string) => `--${name} (or --${role}-${name})`;
  if (s.reasoningEffort !== null && !p.efforts.includes(s.reasoningEffort)) {
    out.push(
      p.efforts.length
        ? `${flag('reasoning-effort')} ${s.reasoningEffort}: ${p.name} takes ${p.efforts.join(', ')}`
        : `${flag('reasoning-effort')}: ${p.name} takes no reasoning effort` +
            (p.thinking !== 'none' ? '; give a token budget with --thinking-budget' : ''),
    );
  }
  if (s.thinkingBudget !== null && p.thinking === 'none')
    out.push(`${flag('thinking-budget')}: ${p.name} takes no thinking budget; use --reasoning-effort`);
  if (s.thinkingBudget !== null && s.reasoningEffort !== null && p.thinking === 'gemini')
    out.push(`${flag('thinking-budget')} with ${flag('reasoning-effort')}: gemini takes one or the other, not both`);
  if (s.temperature !== null && s.temperature > p.maxTemperature)
    out.push(`${flag('temperature')} ${s.temperature}: ${p.name} takes at most ${p.maxTemperature}`);
  return out;
}
