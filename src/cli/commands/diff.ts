/**
 * `pdx diff A B`: what changed from A to B. Each side is a report or pdx
 * output, a folder, a glob, or an @LIST of them. When each side is one file
 * holding one document, the two reports are compared directive by directive
 * (src/corpus/diff-documents.ts); otherwise the two corpora are compared by
 * the shares of topics, 提法, bodies and speakers (src/corpus/diff-corpora.ts).
 * Both sides stream through CorpusStats; only the first document of a side is
 * kept, for the report-to-report diff.
 */
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CorpusStats } from '../../corpus/corpus-stats.js';
import { corpusDiffCsv, diffCorpora, formatCorpusDiffText, type CorpusSideInput } from '../../corpus/diff-corpora.js';
import { DEFAULT_REWORD_THRESHOLD, diffDocuments, formatDiffText } from '../../corpus/diff-documents.js';
import { KEYNESS_MEASURES, type KeynessMeasure } from '../../corpus/diff-keyness.js';
import type { PdxDocument } from '../../schema.js';
import type { TopicEngine } from '../../topics/topic-engine.js';
import { findCorpusInputs, readCorpus, type CorpusInputs } from '../io/corpus-inputs.js';
import { readFailure } from '../io/read-input.js';
import { addDictionaryOptions, loadTopicEngine, type DictionaryCliOptions } from '../dictionary-options.js';
import { cannotStart, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../errors.js';

interface DiffCliOptions extends DictionaryCliOptions {
  format: 'text' | 'json' | 'csv';
  threshold: number;
  measure: KeynessMeasure;
}

const HELP = `
A and B are each a report, a pdx output (.json, .jsonl), "-" (standard
input), a folder, a quoted glob, or @LIST: a text file naming such inputs,
one per line (blank lines and lines starting with # are skipped).

Two reports: when A and B are each one file holding one document, their
directives are compared. Those equal but for spaces and punctuation are
unchanged. Of the rest, pairs whose character-bigram Dice similarity
(2 × shared adjacent character pairs / all pairs of both) reaches --threshold
are reworded, the most similar paired first; what is left of A was dropped,
what is left of B is new. Topics compare the topics of the clauses; 提法 the
formulations of the documents.

Two corpora (any other A and B, and always with --format csv): per topic and
speaker the share of clauses on each side, per 提法 and meeting body the share
of documents, the change in percentage points, and the keyness of B against A
with its p-value, as quanteda's textstat_keyness computes it (--measure chi2:
chi-squared, Yates' correction where an expected count is under 5; lr: the
log-likelihood ratio G²); positive means more in B. Sorted by keyness.

Examples:
  $ pdx diff meeting-101.html meeting-102.html
  $ pdx diff converted/a.html.json converted/b.html.json --format json | jq .directives.reworded
  $ pdx diff old.html new.html --threshold 0.6
  $ pdx diff 'archive/2024/202401*' 'archive/2024/202412*'
  $ pdx diff 2023.jsonl 2024.jsonl --format csv > changes.csv
  $ pdx diff @ministry-a.txt @ministry-b.txt --measure lr --format json | jq '.topics[:5]'

Exit codes: 0 compared, 1 some input could not be read or held no report
(two corpora are still compared when each side has a document), 2 bad usage
(a path that does not exist included).`;

function similarityThreshold(value: string): number {
  const parsed = Number(value);
  if (!(parsed > 0 && parsed <= 1)) throw new InvalidArgumentError('give a number above 0, at most 1 (e.g. 0.5)');
  return parsed;
}

/** The inputs an argument names: @LIST expanded to the lines of LIST. */
function sideArguments(argument: string): string[] {
  if (!argument.startsWith('@')) return [argument];
  const list = argument.slice(1);
  let text: string;
  try {
    text = readFileSync(list, 'utf8');
  } catch (error) {
    throw cannotStart('diff', [`${argument}: cannot read the list ${list}: ${readFailure(error).message}`]);
  }
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const problems = lines.length === 0 ? [`${argument}: the list names no inputs; write one report, output, folder or glob per line`] : [];
  if (lines.includes('-')) problems.push(`${argument}: "-" (standard input) cannot stand in a list; give it as A or B itself`);
  if (problems.length > 0) throw cannotStart('diff', problems);
  return lines;
}

interface Side {
  argument: string;
  stats: CorpusStats;
  /** The first document, kept for a report-to-report diff. */
  first: PdxDocument | null;
  documents: number;
  failed: number;
  /** One file named as the argument (or standard input), not a folder, glob or list. */
  single: boolean;
}

async function readSide(argument: string, inputs: CorpusInputs, topics: TopicEngine): Promise<Side> {
  const corpus = readCorpus(inputs, topics);
  const side: Side = {
    argument,
    stats: new CorpusStats(),
    first: null,
    documents: 0,
    failed: 0,
    single: argument === '-' || (!argument.startsWith('@') && inputs.files.length === 1 && inputs.files[0]!.named),
  };
  for await (const document of corpus.documents) {
    side.stats.add(document);
    side.first ??= document;
    side.documents++;
  }
  side.failed = corpus.failed();
  if (side.documents === 0 && side.failed === 0) process.stderr.write(`pdx: ${argument}: holds no report\n`);
  return side;
}

async function runDiff(a: string, b: string, options: DiffCliOptions): Promise<number> {
  if (a === '-' && b === '-') throw new UsageError('standard input ("-") can be read only once');
  const topics = await loadTopicEngine(options);
  // Both sides are found before either is read, so that a wrong path stops the run at once.
  const found = [findCorpusInputs(sideArguments(a), 'diff'), findCorpusInputs(sideArguments(b), 'diff')] as const;
  const before = await readSide(a, found[0], topics);
  const after = await readSide(b, found[1], topics);
  const failed = before.failed + after.failed > 0 || before.documents === 0 || after.documents === 0;
  if (before.documents === 0 || after.documents === 0) return EXIT_INPUT_FAILED;

  if (options.format !== 'csv' && before.single && after.single && before.documents === 1 && after.documents === 1) {
    const diff = diffDocuments(before.first!, after.first!, options.threshold);
    process.stdout.write(options.format === 'json' ? JSON.stringify(diff, null, 2) + '\n' : formatDiffText(diff));
  } else {
    const sideOf = (side: Side): CorpusSideInput => ({ inputs: [side.argument], summary: side.stats.summary('year') });
    const diff = diffCorpora(sideOf(before), sideOf(after), options.measure);
    const text = options.format === 'json' ? JSON.stringify(diff, null, 2) + '\n' : options.format === 'csv' ? corpusDiffCsv(diff) : formatCorpusDiffText(diff);
    process.stdout.write(text);
  }
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

export function registerDiff(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('diff')
    .description('compare two reports (directives new, dropped or reworded) or two corpora (topic, 提法, body and speaker shares with keyness)')
    .argument('<a>', 'the earlier report, pdx output, folder, glob or @LIST')
    .argument('<b>', 'the later one')
    .addOption(
      new Option('-f, --format <format>', 'text (a reading view), json, or csv (two corpora as one table)').choices(['text', 'json', 'csv']).default('text'),
    )
    .addOption(
      new Option('-t, --threshold <similarity>', 'two reports: character-bigram Dice similarity (0..1) from which two directives count as one reworded')
        .argParser(similarityThreshold)
        .default(DEFAULT_REWORD_THRESHOLD),
    )
    .addOption(
      new Option('-m, --measure <measure>', 'two corpora: the keyness statistic, chi2 (chi-squared) or lr (log-likelihood ratio G²)')
        .choices(KEYNESS_MEASURES)
        .default('chi2'),
    )
    .addHelpText('after', HELP);
  addDictionaryOptions(command).action(async (a: string, b: string, options: DiffCliOptions) => {
    setExitCode(await runDiff(a, b, options));
  });
}
