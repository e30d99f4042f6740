/**
 * `pdx diff A B`: what changed from report A to report B (src/corpus/diff-documents.ts).
 * Each side is one report or one pdx output.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_REWORD_THRESHOLD, diffDocuments, formatDiffText } from '../corpus/diff-documents.js';
import type { PdxDocument } from '../schema.js';
import { findCorpusInputs, readCorpus, type Corpus } from './corpus-inputs.js';
import { addDictionaryOptions, loadTopicEngine, type DictionaryCliOptions } from './dictionary-options.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError } from './errors.js';

interface DiffCliOptions extends DictionaryCliOptions {
  format: 'text' | 'json';
  threshold: number;
}

const HELP = `
A and B are each one report, or one pdx output (.json, or a .jsonl of one
line); "-" reads one of them from standard input.

Directives equal but for spaces and punctuation are unchanged. Of the rest,
pairs whose character-bigram Dice similarity (2 × shared adjacent character
pairs / all pairs of both) reaches --threshold are reworded, the most similar
paired first; what is left of A was dropped, what is left of B is new.
Topics compare the topics of the clauses; 提法 the formulations of the documents.

Examples:
  $ pdx diff meeting-101.html meeting-102.html
  $ pdx diff converted/a.html.json converted/b.html.json --format json | jq .directives.reworded
  $ pdx diff old.html new.html --threshold 0.6

Exit codes: 0 compared, 1 A or B could not be read or held no report, 2 bad
usage (a path that does not exist included).`;

function similarityThreshold(value: string): number {
  const parsed = Number(value);
  if (!(parsed > 0 && parsed <= 1)) throw new InvalidArgumentError('give a number above 0, at most 1 (e.g. 0.5)');
  return parsed;
}

async function readOne(input: string, corpus: Corpus): Promise<PdxDocument | null> {
  let found: PdxDocument | null = null;
  let count = 0;
  for await (const document of corpus.documents) {
    count++;
    found ??= document;
  }
  if (count > 1) throw new UsageError(`${input} holds ${count} documents; pdx diff compares two single reports (pick one line of it)`);
  if (found === null && corpus.failed() === 0) process.stderr.write(`pdx: ${input}: holds no report\n`);
  return found;
}

async function runDiff(a: string, b: string, options: DiffCliOptions): Promise<number> {
  if (a === '-' && b === '-') throw new UsageError('standard input ("-") can be read only once');
  const topics = await loadTopicEngine(options);
  // Both sides are found before either is read, so that a wrong path stops the run at once.
  const sides = [findCorpusInputs([a], 'diff'), findCorpusInputs([b], 'diff')];
  const before = await readOne(a, readCorpus(sides[0]!, topics));
  const after = await readOne(b, readCorpus(sides[1]!, topics));
  if (before === null || after === null) return EXIT_INPUT_FAILED;
  const diff = diffDocuments(before, after, options.threshold);
  process.stdout.write(options.format === 'json' ? JSON.stringify(diff, null, 2) + '\n' : formatDiffText(diff));
  return EXIT_OK;
}

export function registerDiff(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('diff')
    .description('compare two reports: topics gained and lost, directives new, dropped or reworded, 提法 new and dropped')
    .argument('<a>', 'the earlier report or pdx output')
    .argument('<b>', 'the later report or pdx output')
    .addOption(new Option('-f, --format <format>', 'text (a reading view) or json').choices(['text', 'json']).default('text'))
    .addOption(
      new Option('-t, --threshold <similarity>', 'character-bigram Dice similarity (0..1) from which two directives count as one reworded')
        .argParser(similarityThreshold)
        .default(DEFAULT_REWORD_THRESHOLD),
    )
    .addHelpText('after', HELP);
  addDictionaryOptions(command).action(async (a: string, b: string, options: DiffCliOptions) => {
    setExitCode(await runDiff(a, b, options));
  });
}
