/**
 * `pdx batch <dir|file|glob>… --out DIR`: the command's options and help. The
 * work (worker pool, progress bar) lives in run-batch.ts and is loaded only
 * when the command runs, so `pdx FILE` never pays for it.
 */
import { Option, type Command } from 'commander';
import { TABLE_ROWS } from '../../output/directive-table.js';
import { addDictionaryOptions } from '../dictionary-options.js';
import type { BatchCliOptions } from '../batch/run-batch.js';

const HELP = `
Inputs: folders are searched recursively (symlinks followed, each real folder
once; hidden entries skipped) for .html .htm .shtml .xhtml .txt .md .docx; a
glob in quotes ('archive/**/*.html') is expanded by pdx; a file named
directly is taken whatever its extension. Each is read by its content, as pdx
FILE reads it (Word documents too). A path that does not exist, or a folder
or glob with no input, stops the run before it starts (exit 2).

Outputs: input a/b/c.html becomes DIR/a/b/c.html.json (the input's whole name
plus .json, so c.html and c.txt never collide), paths taken relative to the
deepest folder holding every input. Each file is compact JSON, written to a
temporary name and renamed. Nothing is ever written outside DIR.

--jsonl FILE: FILE appears, complete and in input order, when a run ends;
until then every document converted is kept in FILE.partial.

--csv FILE: the table pdx --format csv prints, one row per directive
(--rows clauses: per clause), for the whole archive, in input order whatever
--jobs; like --jsonl FILE, it appears complete when a run ends and is kept
in FILE.partial until then. A report without clauses has no rows.

--shard K/N: convert only part K of N (K from 1 to N), so that N machines
given the same arguments share an archive: an input is in part K when the
first 4 bytes of the SHA-256 of its path relative to the common folder (its
--out path without .json, with / separators), as a big-endian number, mod N
equal K - 1. Parts are disjoint and together the whole; each keeps input
order. Merge --out folders by copying them into one (failures are listed in
DIR/_errors.K-of-N.jsonl), --jsonl files by concatenating them, part 1
first: the same lines as one run, grouped by part. A 0-based index such as
$JOB_COMPLETION_INDEX is given as $((JOB_COMPLETION_INDEX + 1))/N.

Re-running resumes: an output (or a line of FILE.partial, or of a --jsonl
FILE) newer than its input and made by the same pdx version and dictionaries
is kept (--force redoes it); a finished --csv FILE is written anew. Failed inputs are listed in DIR/_errors.jsonl as
{"path","code","message"} lines. Ctrl-C finishes the files in progress,
prints the summary (what was kept, and where) and exits 130.

Examples:
  $ pdx batch archive/ --out converted/
  $ pdx batch 'archive/2024/**/*.html' --jobs 1 --out converted/
  $ pdx batch archive/ --jsonl - | jq .title
  $ pdx batch archive/ --csv directives.csv --bom
  $ pdx batch archive/ --shard $SLURM_ARRAY_TASK_ID/8 --out converted/   # in a Slurm array 1-8

Exit codes: 0 every input converted or up to date, 1 some input failed (see
DIR/_errors.jsonl), 2 bad usage, 130 interrupted.`;

export function registerBatch(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('batch')
    .description('convert folders of reports in parallel: one .json per input under --out, or one JSON Lines stream')
    .argument('[inputs...]', 'folders, files or quoted globs')
    .option('-o, --out <dir>', 'the folder that receives one .json per input, mirroring the input tree')
    .option('--jsonl <file>', 'instead of --out: every document as one JSON Lines stream, in input order ("-" for stdout)')
    .option('--csv <file>', 'instead of --out: one CSV table of the directives of every document, in input order ("-" for stdout)')
    .addOption(new Option('--rows <rows>', 'what a row of --csv stands for (default: directives)').choices(TABLE_ROWS))
    .option('--bom', 'start the --csv file with a UTF-8 byte order mark, so that Excel reads it as UTF-8')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
    .option('--shard <K/N>', 'convert only part K of N (K from 1 to N): the inputs whose relative path hashes to K, for N machines sharing an archive')
    .option('--force', 'convert again even the inputs whose output is up to date')
    .option('--validate', 'check every document against the schema (pdx schema) before writing it; one that fails is a failed input (INVALID_OUTPUT)')
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .addHelpText('after', HELP);
  addDictionaryOptions(command).action(async (inputs: string[], options: BatchCliOptions) => {
    const { runBatch } = await import('../batch/run-batch.js');
    setExitCode(await runBatch(inputs, options));
  });
}
