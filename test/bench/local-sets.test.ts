/**
 * The offline-engine benchmark's task sets (bench/_local-sets.ts), computed from ARC folders built
 * here: the held-out set is the same tasks whether ARC-AGI-2 training was fetched whole (with the
 * ARC-AGI-1 evaluation tasks it re-uses) or without them, and the evaluation sets are read where a
 * folder holds them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { arcFlag, icecuberReference, taskSet } from '../../bench/_local-sets.js';
import { ConfigError } from '../../src/errors.js';

const made: string[] = [];
afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** An ARC folder with these task ids in each `<version>/<split>` folder (file contents do not matter here). */
function arcFolder(layout: Record<string, readonly string[]>): string {
  const root = mkdtempSync(join(tmpdir(), 'arcmem-sets-'));
  made.push(root);
  for (const [folder, ids] of Object.entries(layout)) {
    mkdirSync(join(root, folder), { recursive: true });
    for (const id of ids) writeFileSync(join(root, folder, `${id}.json`), '{}');
    writeFileSync(join(root, folder, 'README.md'), 'not a task');
  }
  return root;
}

const ids = (root: string, name: string): string[] | null =>
  taskSet(root, name)?.files.map((f) => basename(f, '.json')) ?? null;

const ARC1_TRAIN = ['a1', 'a2', 'a3'];
const ARC1_EVAL = ['e1', 'e2'];
const NEW_IN_ARC2 = ['n2', 'n1'];

describe('the held-out set', () => {
  it('is the ARC-AGI-2 training tasks in neither ARC-AGI-1 set, in a folder fetched whole', () => {
    const root = arcFolder({
      'arc-agi-1/training': ARC1_TRAIN,
      'arc-agi-1/evaluation': ARC1_EVAL,
      'arc-agi-2/training': ['a1', 'a3', 'e2', ...NEW_IN_ARC2],
    });
    expect(ids(root, 'heldout')).toEqual(['n1', 'n2']);
    expect(ids(root, 'arc2')).toEqual(['a1', 'a3', 'e2', 'n1', 'n2']);
  });

  it('is the same tasks where ARC-AGI-2 training comes without the re-used evaluation tasks', () => {
    const root = arcFolder({
      'arc-agi-1/training': ARC1_TRAIN,
      'arc-agi-2/training': ['a1', 'a3', ...NEW_IN_ARC2],
    });
    expect(ids(root, 'heldout')).toEqual(['n1', 'n2']);
  });

  it('is absent without ARC-AGI-1 training to tell the new tasks from the old', () => {
    const root = arcFolder({ 'arc-agi-2/training': NEW_IN_ARC2 });
    expect(ids(root, 'heldout')).toBeNull();
    expect(ids(root, 'arc2')).toEqual(['n1', 'n2']);
  });
});

describe('the evaluation sets', () => {
  it('are read from each version evaluation folder, task files only', () => {
    const root = arcFolder({
      'arc-agi-1/training': ARC1_TRAIN,
      'arc-agi-1/evaluation': ARC1_EVAL,
      'arc-agi-2/evaluation': ['v2', 'v1'],
    });
    expect(ids(root, 'arc1eval')).toEqual(['e1', 'e2']);
    expect(ids(root, 'arc2eval')).toEqual(['v1', 'v2']);
    expect(ids(root, 'arc1')).toEqual(ARC1_TRAIN);
  });

  it('are absent, not empty, where the folder has none', () => {
    const root = arcFolder({ 'arc-agi-1/training': ARC1_TRAIN, 'arc-agi-1/evaluation': [] });
    expect(ids(root, 'arc1eval')).toBeNull();
    expect(ids(root, 'arc2eval')).toBeNull();
  });
});

describe('a set name', () => {
  it('that is unknown is a mistake naming the sets there are', () => {
    const root = arcFolder({ 'arc-agi-1/training': ARC1_TRAIN });
    expect(() => taskSet(root, 'evaluation')).toThrow(ConfigError);
    expect(() => taskSet(root, 'evaluation')).toThrow(
      "unknown set 'evaluation': use arc1, heldout, arc2, arc1eval, arc2eval",
    );
  });
});

describe("icecuber's reference figures", () => {
  it('are read per set from the reference file header, the evaluation set included', () => {
    const root = arcFolder({});
    mkdirSync(join(root, 'reference'));
    writeFileSync(
      join(root, 'reference', 'icecuber-depth2-arc-agi-1-training.txt'),
      [
        '# icecuber, depth 2',
        '#   ARC-AGI-1 training (400):   40% per-task score',
        '#   ARC-AGI-2 training, the 233 tasks new in ARC-AGI-2: 3% per-task score',
        '#   ARC-AGI-1 evaluation (400): 28% per-task score',
        '007bbfb7',
      ].join('\n'),
    );
    expect(icecuberReference(root)).toEqual({
      arc1: 'ARC-AGI-1 training (400):   40% per-task score',
      heldout: 'ARC-AGI-2 training, the 233 tasks new in ARC-AGI-2: 3% per-task score',
      arc1eval: 'ARC-AGI-1 evaluation (400): 28% per-task score',
    });
  });

  it('are none where the reference file is absent', () => {
    expect(icecuberReference(arcFolder({}))).toEqual({});
  });
});

describe('the folder read without --arc', () => {
  const having =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);
  it('is $ARC_DIR when it is set, whatever else is there', () => {
    expect(arcFlag({ ARC_DIR: '/sets' }, having('../shared/arc', 'data/arc-agi-1')).default).toBe('/sets');
  });
  it('is the shared copy beside the project where there is one', () => {
    expect(arcFlag({}, having('../shared/arc', 'data/arc-agi-1')).default).toBe('../shared/arc');
  });
  it('is data/ in a clone without the shared copy once the official sets are fetched there', () => {
    expect(arcFlag({}, having('data/arc-agi-1')).default).toBe('data');
  });
  it('stays the shared copy when neither is there', () => {
    expect(arcFlag({}, having()).default).toBe('../shared/arc');
  });
});
