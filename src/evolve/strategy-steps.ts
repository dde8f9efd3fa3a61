/** The strategy steps, each a short named procedure over the task's search state. */
import { allSettledOrThrow, stopReason } from './_stop.js';
import { addCandidates, callContext, claimSamples, type ProposalGroup, type SearchContext } from './_task-state.js';
import { rank, topK } from './population.js';
import type { StrategyStep as Step } from './strategy.js';
import { scoreExample, summarise, type Fitness } from './fitness.js';
import type { Candidate, LibraryHit } from './types.js';
import { REJECTED_EVIDENCE_CHARS, checkLesson } from './lessons.js';

type StepOf<K extends Step['kind']> = Extract<Step, { kind: K }>;

/** How many related library instructions the repairer may see per parent. */
const RELATED_PER_PARENT = 3;

/** A hit's fitness from the train outputs retrieval already computed, if it did. */
const knownFitness = (s: SearchContext, h: LibraryHit): Fitness | undefined =>
  h.trainOutputs?.length === s.view.train.length
    ? summarise(s.view.train.map((pair, i) => scoreExample(h.trainOutputs![i] ?? null, pair.output)))
    : undefined;

/** Scores library hits as candidates, each attributed to its own entry; hits already run cost no follower call. */
async function scoreHits(s: SearchContext, hits: readonly LibraryHit[], stepIndex: number): Promise<Candidate[]> {
  for (const h of hits) s.libraryHits.add(h.entryId);
  const proposals = hits.map((h) => {
    const fitness = knownFitness(s, h);
    return { instruction: h.instruction, librarySeeds: [h.entryId], ...(fitness ? { fitness } : {}) };
  });
  const seeded = await addCandidates(s, [{ proposals, origin: { step: 'seed', stepIndex, parents: [] } }]);
  const followed = new Set(proposals.filter((p) => !p.fitness).map((p) => p.instruction));
  s.seedFollowerCalls += seeded.filter((c) => followed.has(c.instruction)).length * s.view.train.length;
  return seeded;
}

/** generate {n}: n planner samples, shown library examples (and lessons near them) when a seed step asked for it. */
export async function generate(s: SearchContext, step: StepOf<'generate'>, stepIndex: number): Promise<void> {
  const examples = s.plannerExamples;
  const lessons = s.plannerLessons;
  const shown = lessons.map((l) => l.id);
  for (const id of shown) s.lessonsShown.add(id);
  const proposals = await s.model.plan(
    s.view,
    {
      n: step.n,
      tried: s.population.tried(),
      ...(examples.length ? { examples } : {}),
      ...(lessons.length ? { lessons: lessons.map((l) => l.text) } : {}),
    },
    callContext(s, 'generate', claimSamples(s, step.n)),
  );
  const origin = { step: 'generate' as const, stepIndex, parents: [], ...(shown.length ? { lessons: shown } : {}) };
  await addCandidates(s, [{ proposals, origin }]);
}

/** revise {top_k, per_parent}: each of the best top_k revised on its own. */
export async function revise(s: SearchContext, step: StepOf<'revise'>, stepIndex: number): Promise<void> {
  const parents = topK(s.population.all, step.top_k);
  const tried = s.population.tried();
  // Claimed in parent order before any call, so sample indices never depend on timing.
  const firstSamples = parents.map(() => claimSamples(s, step.per_parent));
  const groups = await allSettledOrThrow(
    parents.map(async (parent, i): Promise<ProposalGroup> => {
      const related =
        step.show_related && s.library ? await s.library.related(parent.instruction, RELATED_PER_PARENT, s.task) : [];
      const req = {
        parent,
        n: step.per_parent,
        tried,
        ...(related.length ? { related: related.map((h) => h.instruction) } : {}),
      };
      // One parent's failed revision (already recorded as a call error) must not sink the others.
      const proposals = await s.model
        .revise(s.view, req, callContext(s, 'revise', firstSamples[i]))
        .catch((err: unknown) => {
          if (stopReason(err, s.signal)) throw err;
          return [];
        });
      return { proposals, origin: { step: 'revise', stepIndex, parents: [parent] } };
    }),
  );
  await addCandidates(s, groups);
}

/** pool {top_k, n}: the best top_k given together to the repairer, n times. */
export async function pool(s: SearchContext, step: StepOf<'pool'>, stepIndex: number): Promise<void> {
  const parents = topK(s.population.all, step.top_k);
  if (!parents.length) return;
  const proposals = await s.model.pool(
    s.view,
    { parents, n: step.n, tried: s.population.tried() },
    callContext(s, 'pool', claimSamples(s, step.n)),
  );
  await addCandidates(s, [{ proposals, origin: { step: 'pool', stepIndex, parents } }]);
}

/** seed {k, show_planner}: the k nearest library instructions, scored like any candidate. */
export async function seed(s: SearchContext, step: StepOf<'seed'>, stepIndex: number): Promise<void> {
  if (!s.library) return;
  const hits = await s.library.similar(s.task, step.k);
  const seeded = await scoreHits(s, hits, stepIndex);
  if (step.show_planner) {
    s.plannerExamples = rank(seeded)
      .slice(0, s.strategy.planner_examples)
      .map((c) => c.instruction);
    // Lessons are found by meaning, near the instructions of the nearest solved tasks.
    if (s.plannerExamples.length && s.library.lessons && s.model.readsLessons)
      s.plannerLessons = await s.library.lessons(s.plannerExamples.join('\n'), LESSONS_SHOWN);
  }
}

/** Lessons shown to the planner beside the seeds. */
const LESSONS_SHOWN = 3;

/** abstract {max_chars}: after a solve, one general lesson from the model, kept only if it passes the checks. */
export async function abstractLesson(s: SearchContext, step: StepOf<'abstract'>): Promise<void> {
  const best = rank(s.population.all)[0];
  if (!best?.perfect || !s.model.abstract) return;
  const req = { instruction: best.instruction, maxChars: step.max_chars };
  let raw: string;
  try {
    raw = await s.model.abstract(s.view, req, callContext(s, 'abstract'));
  } catch (err) {
    if (stopReason(err, s.signal)) throw err;
    return; // a failed call is recorded as a call error; the task stays solved
  }
  const checked = checkLesson(raw, step.max_chars);
  s.lesson = checked.ok
    ? { accepted: true, text: checked.text, instruction: best.instruction }
    : { accepted: false, reason: checked.reason, raw: raw.slice(0, REJECTED_EVIDENCE_CHARS) };
}

/** --reuse-solved: follow the stored solutions of this very task first. */
export async function reuseSolved(s: SearchContext): Promise<void> {
  if (!s.library) return;
  const hits = await s.library.exactHits(s.task);
  await scoreHits(s, hits, -1);
}

export async function runStep(s: SearchContext, step: Step, stepIndex: number): Promise<void> {
  switch (step.kind) {
    case 'generate':
      return generate(s, step, stepIndex);
    case 'revise':
      return revise(s, step, stepIndex);
    case 'pool':
      return pool(s, step, stepIndex);
    case 'seed':
      return seed(s, step, stepIndex);
    case 'abstract':
      return abstractLesson(s, step);
  }
}
