/** A task's population of scored candidates: creation order, ranking and dedup. */
import { normaliseInstruction } from '../instruction-text.js';
import type { Candidate } from './types.js';

/** Candidate ids are `c<creation index>`: sortable by creation and stable across runs. */
export const candidateId = (index: number): string => `c${index}`;
const creationIndex = (c: Candidate): number => Number(c.id.slice(1));

/** Best first: higher fitness, then perfect, then earlier creation (deterministic ties). */
export function rank(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort(
    (a, b) => b.fitness - a.fitness || Number(b.perfect) - Number(a.perfect) || creationIndex(a) - creationIndex(b),
  );
}

export const topK = (candidates: readonly Candidate[], k: number): Candidate[] => rank(candidates).slice(0, k);

export class Population {
  private readonly members: Candidate[] = [];
  private readonly seen = new Set<string>();
  private reserved = 0;

  get all(): readonly Candidate[] {
    return this.members;
  }
  get size(): number {
    return this.members.length;
  }
  hasPerfect(): boolean {
    return this.members.some((c) => c.perfect);
  }
  /** Instruction texts tried so far (what planners are told to avoid repeating). */
  tried(): string[] {
    return this.members.map((c) => c.instruction);
  }
  /**
   * Claims the next candidate id for a new instruction, or null when an equivalent one was
   * already proposed. Ids are claimed in proposal order before scoring, so they do not
   * depend on which follower call returns first.
   */
  reserve(instruction: string): string | null {
    const key = normaliseInstruction(instruction);
    if (!key || this.seen.has(key)) return null;
    this.seen.add(key);
    return candidateId(this.reserved++);
  }
  add(candidate: Candidate): void {
    this.members.push(candidate);
  }
}
