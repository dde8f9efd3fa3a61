/** `arcmem library <command>`: look into, share and maintain the library of instruction traces. */
import type { Command } from 'commander';
import type { CommandIO } from './_io.js';
import { asJson, dataDirFrom, wholeNumber } from './_common.js';
import { addEmbedOptions, addLibraryOption, requireLibrary, type LibraryFlags } from './library-open.js';
import { formatLibraryShow, formatSearch, formatSimilar, formatStats } from './library-read.js';
import {
  formatCompact,
  formatImport,
  formatRebuiltLearned,
  formatPrune,
  parseAge,
  pruneCriteria,
  type PruneFlags,
} from './library-admin.js';
import { formatUsefulness } from './library-usefulness.js';
import { runShow } from './show.js';
import { registerLibraryServe } from './library-serve.js';
import { registerLibraryPrior } from './library-prior.js';
import { rebuildLearned } from '../../run/index.js';
import {
  compactLibrary,
  exportLibrary,
  importLibrary,
  libraryReader,
  pruneLibrary,
  reembedLibrary,
  type Library,
} from '../../library/index.js';

type Flags = LibraryFlags & { json?: boolean };

/** Opens an existing library (only import may create one), runs `fn`, closes it. */
async function withLibrary<T>(
  flags: LibraryFlags,
  io: CommandIO,
  embed: boolean,
  fn: (lib: Library) => Promise<T>,
  create = false,
): Promise<T> {
  const lib = await requireLibrary(flags, io, embed, create);
  try {
    return await fn(lib);
  } finally {
    lib.close();
  }
}

export function register(program: Command, io: CommandIO): void {
  const group = program
    .command('library')
    .description('Look into, share and maintain the library of successful instruction traces')
    .addHelpText(
      'after',
      '\nThe library is a LanceDB folder (default ./library, or --library / ARCMEM_LIBRARY: a path or s3://, gs://, az:// URI).',
    );
  const sub = (name: string, description: string): Command =>
    addLibraryOption(group.command(name).description(description), false);

  sub('stats', 'Entries, tasks, datasets, models, verified share, size on disk, and the most and least useful items')
    .option('--top <n>', 'how many most and least useful items to show', wholeNumber('--top'), 5)
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample: arcmem library stats --library ./library --top 10')
    .action((f: Flags & { top: number }) =>
      withLibrary(f, io, false, async (lib) => {
        const reader = libraryReader(lib);
        const s = await reader.stats();
        const u = await reader.usefulness(f.top);
        io.print(f.json ? asJson({ ...s, usefulness: u }) : `${formatStats(s)}\n${formatUsefulness(u)}`);
      }),
    );

  addEmbedOptions(
    sub('search', 'Search instructions by words (full text) and meaning (text embeddings, when the model loads)'),
  )
    .argument('<text>', 'words or a sentence')
    .option('-k, --limit <n>', 'how many results', wholeNumber('--limit'), 10)
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample: arcmem library search "recolour every object by its size" -k 5')
    .action((text: string, f: Flags & { limit: number }) =>
      withLibrary(f, io, true, async (lib) => {
        const hits = await libraryReader(lib).searchInstructions(text, f.limit);
        io.print(f.json ? asJson(hits) : formatSearch(hits, text));
      }),
    );

  sub('similar', 'What a task would retrieve from the library, with fingerprint distances')
    .argument('<task-file>', 'a task file, or a folder / combined file / dataset name with --id')
    .option('--id <id>', 'which task, when the source holds several')
    .option('-k, --limit <n>', 'how many traces', wholeNumber('--limit'), 10)
    .option('--reuse-solved', "include the task's own traces (as solve --reuse-solved would)")
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample: arcmem library similar arc-agi-1/evaluation --id 00576224')
    .action((source: string, f: Flags & { id?: string; limit: number; reuseSolved?: boolean }) =>
      withLibrary(f, io, false, async (lib) => {
        const task = await runShow(source, { id: f.id, dataDir: dataDirFrom(io) });
        const ns = await libraryReader(lib).similarToTask(task, f.limit, { reuseSolved: f.reuseSolved ?? false });
        io.print(f.json ? asJson(ns) : formatSimilar(task, ns));
      }),
    );

  sub('show', "An entry's instruction, lineage and its task's grids")
    .argument('<id>', 'entry id (or a unique prefix, as printed by search/similar)')
    .option('--no-color', 'digits instead of colours')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample: arcmem library show 80431adb   (an id prefix from search or similar)')
    .action((id: string, f: Flags & { color: boolean }) =>
      withLibrary(f, io, false, async (lib) => {
        const r = await libraryReader(lib).show(id);
        io.print(f.json ? asJson(r) : formatLibraryShow(r, { colours: f.color && io.colours }));
      }),
    );

  sub('export', 'Write every entry to a JSON Lines file (to share a library)')
    .argument('<file>', 'output .jsonl file')
    .addHelpText(
      'after',
      '\nExample: arcmem library export shared.jsonl, then elsewhere: arcmem library import shared.jsonl',
    )
    .action((file: string, f: Flags) =>
      withLibrary(f, io, false, async (lib) => {
        io.print(`exported ${await exportLibrary(lib, file)} entries to ${file}`);
      }),
    );

  sub('import', 'Add the entries of a JSON Lines export; every row is validated, nothing is imported if any is bad')
    .argument('<file>', 'a .jsonl file written by `arcmem library export`')
    .option('--skip-invalid', 'import the valid rows and list the bad ones')
    .addHelpText('after', '\nExample: arcmem library import shared.jsonl --library ./library')
    .action((file: string, f: Flags & { skipInvalid?: boolean }) =>
      withLibrary(
        f,
        io,
        false,
        async (lib) => {
          io.print(formatImport(await importLibrary(lib, file, { skipInvalid: f.skipInvalid ?? false }), file));
          // Imports carry raw traces only; the prior and the macros are learned from them again here.
          io.print(formatRebuiltLearned(await rebuildLearned(lib)));
        },
        true,
      ),
    );

  sub('prune', 'Delete entries by age, model, dataset or verification (a dry run unless --yes)')
    .option('--older-than <age>', 'stored before this age (30d, 12h, 2w) or date (2026-01-31)')
    .option('--model <id>', 'made with this model in any role')
    .option('--dataset <name>', 'from this dataset (e.g. arc-agi-1/training)')
    .option('--unverified', 'not verified right on the test answers')
    .option(
      '--unhelpful <n>',
      'offered to at least n tasks and never an ancestor of a perfect candidate (by the utility counters); model lessons too, unless a criterion they lack (--model, --dataset, --unverified) is given',
      wholeNumber('--unhelpful'),
    )
    .option('--yes', 'really delete (default: only count what would go)')
    .option('--dry-run', 'only count and list what would go, even with --yes')
    .addHelpText(
      'after',
      '\nCriteria combine with AND. Examples: arcmem library prune --model old-model --unverified --yes\n  arcmem library prune --unhelpful 5 --dry-run   (lists the traces and model lessons offered 5+ times that never helped)',
    )
    .action((f: Flags & PruneFlags & { yes?: boolean; dryRun?: boolean }) =>
      withLibrary(f, io, false, async (lib) => {
        const criteria = pruneCriteria(f);
        const apply = (f.yes ?? false) && !f.dryRun;
        io.print(formatPrune(await pruneLibrary(lib, criteria, { apply }), criteria));
      }),
    );

  addEmbedOptions(
    sub('reembed', 'Compute missing or stale text vectors (after running offline, or to switch models)'),
  ).action((f: Flags) =>
    withLibrary(f, io, true, async (lib) => {
      const n = await reembedLibrary(lib, {
        onProgress: (done, total) => io.progress(`arcmem: embedded ${done}/${total}\n`),
      });
      io.print(`re-embedded ${n} entr${n === 1 ? 'y' : 'ies'}${lib.embedder ? ` with ${lib.embedder.modelId}` : ''}`);
    }),
  );

  sub(
    'compact',
    'Rebuild the learned concepts from the traces, merge small files and drop old versions (LanceDB optimize); safe while nobody writes',
  )
    .option(
      '--older-than <age>',
      'drop only versions made before this age (1h, 2d) or date (default: all but the current)',
    )
    .action((f: Flags & { olderThan?: string }) =>
      withLibrary(f, io, false, async (lib) => {
        const opts = f.olderThan === undefined ? {} : { olderThan: parseAge(f.olderThan) };
        const compacted = await compactLibrary(lib, opts);
        // Derived tables are rebuilt from the traces, which compaction never changes.
        io.print(`${formatCompact(compacted)}\n${formatRebuiltLearned(await rebuildLearned(lib, { compact: true }))}`);
      }),
    );

  registerLibraryPrior(group, io);
  registerLibraryServe(group, io);
}
