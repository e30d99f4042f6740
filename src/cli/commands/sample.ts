/**
 * `pdx sample INPUTS… --n N --seed S --out sheet.csv`: a coding sheet of
 * clauses drawn at random (src/validation/sample-clauses.ts), for a coder to
 * fill in and `pdx eval` to score. Documents stream through; only the rows
 * that may be drawn are kept. A sheet that already holds coding is never
 * overwritten without --force.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Option, type Command } from 'commander';
import { decode } from '../../decode/decode.js';
import type { TopicEngine } from '../../topics/topic-engine.js';
import { clauseTopicIds } from '../../validation/clause-topics.js';
import { codedIds, columnKey, readSheet, sheetCsv } from '../../validation/coding-sheet.js';
import { ClauseSampler, NO_TOPIC_STRATUM, type Sample } from '../../validation/sample-clauses.js';
import { VERSION } from '../../version.js';
import { writeFileAtomic } from '../io/output-files.js';
import { readCorpus } from '../io/corpus-inputs.js';
import { addDictionaryOptions, type DictionaryCliOptions } from '../dictionary-options.js';
import { EXIT_INPUT_FAILED, EXIT_OK } from '../errors.js';
import { count, startCorpusCommand, wholeNumber } from './validation-cli.js';

interface SampleCliOptions extends DictionaryCliOptions {
  n?: string;
  seed?: string;
  by?: string;
  perTopic?: string;
  out?: string;
  bom?: boolean;
  force?: boolean;
}

const DEFAULT_SEED = 1;
const DEFAULT_PER_TOPIC = 10;

const HELP = `
Inputs as for pdx stats: reports, folders (searched recursively), quoted
globs, pdx outputs (.json, .jsonl), or "-". Topics are those of the active
dictionaries (--dict, --dict-mode): a pdx output made with other
dictionaries has its clauses tagged again.

The sheet is a CSV (RFC 4180, UTF-8; --bom for Excel) with the columns
doc, clause, speaker, cue, text, pdx_topics (the ids pdx tagged, joined by ;),
coded_topics (empty: for the coder) and note. Lines starting with # come
first: how the rows were drawn, and every topic id with its label. pandas
and R skip them:
  pd.read_csv("sheet.csv", comment="#", keep_default_na=False)
  readr::read_csv("sheet.csv", comment = "#")

How rows are drawn: each distinct clause text gets a key made from --seed and
the text, and the clauses with the smallest keys are drawn, in key order. So
the same inputs, --n and --seed give the same sheet, byte for byte, whatever
the order of the inputs; a clause archived twice counts once; and the first
rows of a sheet are a random sample themselves: code from the top, and stop
where you like.

--by topic over-samples rare topics: a clause's stratum is its rarest topic
("none" for a clause without one); each stratum gets --per-topic rows (or all
it has; fewer each when --n cannot hold that many for every stratum), the rest
of --n in proportion to the strata's sizes. The sheet says so, and adds the
columns stratum and weight (clauses of the corpus per row of the stratum),
which pdx eval uses to estimate the corpus's precision and recall.

Examples:
  $ pdx sample reports/ --n 200 --seed 7 --out sheet.csv
  $ pdx sample converted.jsonl --n 300 --seed 1 --by topic --out sheet.csv --bom
  $ pdx sample archive/ --n 100 --dict mine.yaml --dict-mode replace --out mine.csv
  $ pdx eval sheet.csv                        after coding: score the dictionaries

Exit codes: 0 the sheet was written, 1 some input failed (reported on stderr;
the sheet is drawn from the others) or no input held a clause, 2 bad usage.`;

/** The rows already coded in an existing sheet at `path` (0 when it is none). */
function codedRowsIn(path: string): number {
  const sheet = readSheet(decode(readFileSync(path)).text);
  const columns = sheet.columns
    .map(columnKey)
    .map((key, index) => (key.startsWith('coded_topics') ? index : -1))
    .filter((index) => index >= 0);
  return sheet.records.filter(({ cells }) => columns.some((index) => codedIds(cells[index] ?? '') !== null)).length;
}

function outProblems(out: string, force: boolean): string[] {
  if (out === '-') return [];
  const folder = statSync(dirname(out), { throwIfNoEntry: false });
  if (!folder?.isDirectory()) return [`--out ${out}: the folder ${dirname(out)} does not exist; create it, or write the sheet elsewhere`];
  if (!existsSync(out)) return [];
  if (statSync(out).isDirectory()) return [`--out ${out}: is a folder; give a file name, such as ${out.replace(/\/+$/, '')}/sheet.csv`];
  const coded = force ? 0 : codedRowsIn(out);
  return coded > 0
    ? [
        `--out ${out}: the sheet there has ${count(coded)} coded row${coded === 1 ? '' : 's'}, which a new sample would overwrite; write to another file, or add --force`,
      ]
    : [];
}

function describeInputs(args: readonly string[]): string {
  return args.length === 0 ? 'standard input' : args.join(' ');
}

/** The # lines of the sheet: how it was drawn, how to code it, and the topics (numbers without separators: a # line holds no comma). */
function sheetComments(sample: Sample, engine: TopicEngine, options: { n: number; seed: number; documents: number; inputs: string }): string[] {
  const repeated = sample.repeated > 0 ? ` (${sample.repeated} repeated clause texts counted once)` : '';
  const corpus = `${sample.clauses} distinct clauses of ${options.documents} document${options.documents === 1 ? '' : 's'} in ${options.inputs}${repeated}`;
  const lines = [
    sample.rows.length < sample.clauses
      ? `pdx coding sheet: ${sample.rows.length} clauses drawn at random (--seed ${options.seed}) from ${corpus}.`
      : `pdx coding sheet: all ${corpus} - fewer than --n ${options.n} - in random order (--seed ${options.seed}).`,
  ];
  const byTopic = sample.byTopic;
  if (byTopic) {
    const lowered =
      byTopic.minRows < byTopic.askedMinRows
        ? ` (--per-topic ${byTopic.askedMinRows} asked: --n ${options.n} cannot hold that for ${byTopic.strata.length} strata)`
        : '';
    lines.push(
      `Drawn by topic - NOT a simple random sample: a clause's stratum is its rarest topic (none: no topic). Each stratum has at least ${byTopic.minRows} rows or all its clauses${lowered}; the rest in proportion to the strata's sizes. The weight of a row is the number of clauses of its stratum per row drawn from it: pdx eval weighs by it to estimate the corpus's figures.`,
    );
  }
  lines.push(
    'Code a row: write in coded_topics the ids of the topics the clause is about joined by ; - or none for a clause about no topic. A row left empty is not scored.',
    byTopic
      ? 'Rows are in random order: code from the top and stop where you like (pdx eval shares the weight of a stratum among its coded rows).'
      : 'Rows are in random order: the first rows are a random sample themselves. Code from the top and stop where you like.',
    `Tagged by pdx ${VERSION} with ${engine.dictionary.refs.map((ref) => `${ref.name} ${ref.version}`).join(' + ')}. Then: pdx eval SHEET (add --dict FILE to score a changed dictionary).`,
    'Topics (id = label):',
  );
  const strata = new Map(byTopic?.strata.map((stratum) => [stratum.id, stratum]));
  const stratumNote = (id: string): string => {
    const stratum = strata.get(id);
    if (!byTopic) return '';
    const rows = byTopic.rowsWithTopic.get(id) ?? 0;
    const carried = ` · ${rows} row${rows === 1 ? '' : 's'} tagged with it`;
    return stratum
      ? ` · stratum: ${stratum.rows} rows of ${stratum.clauses} clauses · weight ${Number(stratum.weight.toFixed(3))}${carried}`
      : ` · no stratum (no clause has it as its rarest topic)${carried}`;
  };
  for (const topic of engine.dictionary.topics.values())
    lines.push(`${topic.id}${topic.label === topic.id ? '' : ` = ${topic.label}`}${topic.labelEn ? ` (${topic.labelEn})` : ''}${stratumNote(topic.id)}`);
  if (byTopic && strata.has(NO_TOPIC_STRATUM)) lines.push(`none = no topic${stratumNote(NO_TOPIC_STRATUM)}`);
  return lines;
}

async function runSample(inputs: string[], options: SampleCliOptions): Promise<number> {
  const problems: string[] = [];
  if (options.n === undefined) problems.push('--n is missing: how many clauses to draw (--n 200)');
  const n = wholeNumber(options.n, '--n', 1, '200', problems, 1);
  const seed = wholeNumber(options.seed, '--seed', 0, '7', problems, DEFAULT_SEED);
  if (options.by !== undefined && options.by !== 'topic') problems.push(`--by ${options.by}: the only stratification is --by topic`);
  if (options.perTopic !== undefined && options.by === undefined) problems.push('--per-topic: applies to --by topic only; add --by topic');
  const perTopic = wholeNumber(options.perTopic, '--per-topic', 1, '10', problems, DEFAULT_PER_TOPIC);
  const out = options.out ?? '-';
  if (options.bom && out === '-' && process.stdout.isTTY) problems.push('--bom: meant for a file; add --out sheet.csv');
  problems.push(...outProblems(out, options.force === true));
  const { engine, inputs: found } = await startCorpusCommand('sample', inputs, options, problems);

  const sampler = new ClauseSampler({ n, seed, ...(options.by === 'topic' ? { byTopic: { minRows: perTopic } } : {}) });
  const corpus = readCorpus(found, engine);
  let documents = 0;
  for await (const document of corpus.documents) {
    documents++;
    clauseTopicIds(document, engine).forEach((topics, index) => {
      const clause = document.clauses[index]!;
      sampler.add({ doc: document.source.path, clause: index, speaker: clause.speaker, cue: clause.cue, text: clause.text, topics });
    });
  }
  const sample = sampler.result([...engine.dictionary.topics.keys()]);
  if (sample.clauses === 0) {
    process.stderr.write(`pdx: sample: no clause in ${describeInputs(inputs)}: nothing to draw, no sheet written\n`);
    return EXIT_INPUT_FAILED;
  }
  const sheet = (options.bom ? '\ufeff' : '') + sheetCsv(sample.rows, sheetComments(sample, engine, { n, seed, documents, inputs: describeInputs(inputs) }));
  if (out === '-') process.stdout.write(sheet);
  else {
    writeFileAtomic(out, sheet);
    process.stderr.write(
      `pdx: wrote ${out}: ${count(sample.rows.length)} of ${count(sample.clauses)} clauses (--seed ${seed}${sample.byTopic ? ', by topic' : ''})\n`,
    );
  }
  return corpus.failed() > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

export function registerSample(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('sample')
    .description('draw clauses at random into a coding sheet (CSV) for checking the topic tags by hand')
    .argument('[inputs...]', 'reports, folders, or pdx outputs (.json, .jsonl); none or "-" reads standard input')
    .option('-n, --n <count>', 'how many clauses to draw')
    .option('--seed <number>', `the seed of the draw: the same seed draws the same clauses (default ${DEFAULT_SEED})`)
    .addOption(new Option('--by <what>', 'stratify: topic over-samples rare topics'))
    .option('--per-topic <count>', `with --by topic: the least rows of each topic's stratum (default ${DEFAULT_PER_TOPIC})`)
    .option('-o, --out <file>', 'the sheet to write ("-" or absent: standard output)')
    .option('--bom', 'start the sheet with a UTF-8 byte order mark, so that Excel reads it as UTF-8')
    .option('--force', 'overwrite a sheet that already holds coded rows')
    .addHelpText('after', HELP);
  addDictionaryOptions(command).action(async (inputs: string[], options: SampleCliOptions) => {
    setExitCode(await runSample(inputs, options));
  });
}
