/**
 * `pdx [files…]` (the default command): read each input, extract, print JSON,
 * JSON Lines or the reading view. A failed input is reported on stderr and the
 * others still go through.
 */
import { Chalk } from 'chalk';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { extract } from '../../extract.js';
import { selectorProblem } from '../../html/selector.js';
import { tableHeader, tableRecords, TABLE_DELIMITERS, TABLE_ROWS, type TableFormat, type TableRows } from '../../output/directive-table.js';
import { formatText } from '../../output/format-text.js';
import type { PdxDocument } from '../../schema.js';
import type { SegmenterFactory } from '../../topics/segmenter.js';
import { isFatal } from '../../warnings.js';
import { addDictionaryOptions, loadTopicEngine, type DictionaryCliOptions } from '../dictionary-options.js';
import { cannotStart, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../errors.js';
import { DEFAULT_MAX_BYTES, parseMaxBytes, pathProblem, readInputFile } from '../io/read-input.js';
import { readStandardInput, standardInputProblem } from '../io/standard-input.js';

const FORMATS = ['json', 'jsonl', 'text', ...(Object.keys(TABLE_DELIMITERS) as TableFormat[])] as const;
type Format = (typeof FORMATS)[number];

const isTable = (format: Format | undefined): format is TableFormat => format !== undefined && format in TABLE_DELIMITERS;

interface ExtractCliOptions extends DictionaryCliOptions {
  format?: Format;
  rows?: TableRows;
  bom?: boolean;
  selector?: string;
  quiet?: boolean;
  color: boolean;
  maxBytes: number;
}

function useColor(stream: NodeJS.WriteStream, wanted: boolean): boolean {
  if (!wanted || 'NO_COLOR' in process.env) return false;
  if ('FORCE_COLOR' in process.env && process.env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true;
}

// The format follows how many inputs were asked for, not how many succeeded: a
// script reading JSON Lines from `pdx a b` must get lines even when `b` fails.
function printDocuments(documents: PdxDocument[], inputCount: number, options: ExtractCliOptions): void {
  const { format, color } = options;
  const effective: Format = format ?? (inputCount === 1 ? 'json' : 'jsonl');
  if (isTable(effective)) {
    // The header even when no input gave a row: a reader gets an empty table, not an empty file.
    const rows = options.rows ?? 'directives';
    process.stdout.write(
      (options.bom ? '\ufeff' : '') + tableHeader(rows, effective) + documents.map((document) => tableRecords(document, rows, effective)).join(''),
    );
  } else if (effective === 'text') {
    const chalk = new Chalk({ level: useColor(process.stdout, color) ? 1 : 0 });
    process.stdout.write(documents.map((document) => formatText(document, chalk)).join('\n\n') + '\n');
  } else if (effective === 'jsonl') {
    for (const document of documents) process.stdout.write(JSON.stringify(document) + '\n');
  } else {
    const value = inputCount === 1 ? documents[0] : documents;
    process.stdout.write(JSON.stringify(value, null, 2) + '\n');
  }
}

export async function runExtract(paths: string[], options: ExtractCliOptions, segmenter?: SegmenterFactory): Promise<number> {
  const inputs = paths.length === 0 ? ['-'] : paths;
  const stdinProblem = standardInputProblem(inputs, 'no input: give a report file, or pipe one in (curl … | pdx). See pdx --help');
  if (stdinProblem) throw new UsageError(stdinProblem);
  const problems: string[] = [];
  if (!isTable(options.format)) {
    if (options.rows) problems.push(`--rows ${options.rows}: applies to --format csv or tsv only`);
    if (options.bom) problems.push('--bom: applies to --format csv or tsv only');
  }
  const topics = await loadTopicEngine(options, segmenter);
  // Found before any input is read: a wrong path or selector is bad usage, reported at once.
  for (const path of inputs) {
    const problem = path === '-' ? null : pathProblem(path);
    if (problem) problems.push(problem);
  }
  const selectorError = options.selector === undefined ? null : selectorProblem(options.selector);
  if (selectorError) problems.push(`--selector ${JSON.stringify(options.selector)}: not a valid CSS selector: ${selectorError}`);
  if (problems.length > 0) throw cannotStart(null, problems);
  const documents: PdxDocument[] = [];
  let failed = 0;
  for (const path of inputs) {
    const read = path === '-' ? { bytes: await readStandardInput() } : readInputFile(path, { maxBytes: options.maxBytes, pipes: true });
    if ('failure' in read) {
      failed++;
      process.stderr.write(`pdx: ${path}: ${read.failure.code}: ${read.failure.message}\n`);
      continue;
    }
    const { bytes } = read;
    const document = extract(bytes, { path, selector: options.selector, topics });
    const fatal = document.warnings.find(isFatal);
    if (fatal) {
      failed++;
      process.stderr.write(`pdx: ${path}: ${fatal.code}: ${fatal.message}\n`);
      continue;
    }
    if (!options.quiet) for (const item of document.warnings) process.stderr.write(`pdx: ${path}: warning ${item.code}: ${item.message}\n`);
    documents.push(document);
  }
  if (documents.length > 0 || isTable(options.format)) printDocuments(documents, inputs.length, options);
  return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

const EXAMPLES = `
Examples:
  $ pdx report.html                      one report → one JSON document
  $ curl -s https://example.gov.cn/a.html | pdx --format text
  $ pdx reports/*.html > all.jsonl       several reports → JSON Lines
  $ pdx report.docx                      a Word document (told by its content)
  $ pdx page.html --selector "#zoom"     point at the article body yourself
  $ pdx reports/*.html --format csv --bom > directives.csv
                                         one row per directive, for R, pandas or Excel
  $ pdx reports/*.html --format tsv --rows clauses > clauses.tsv

Tables (--format csv or tsv): one row per directive (--rows clauses: per
clause), columns doc,date,body,title,clause,speaker,speaker_kind,cue, then
directive,text,modality,strength,topics,targets,start,end (per clause:
cue_phrase,text,directives,topics,targets,paragraph,start,end). Lists are
joined with ";". A report without clauses has no rows. RFC 4180 quoting,
CRLF line ends; a text starting with = + - @ gets a leading '.

Exit codes: 0 all inputs converted, 1 some input failed (the rest are still
printed), 2 bad usage (a path that does not exist, an invalid --selector …)
or a fatal error.`;

export function registerExtract(program: Command, setExitCode: (code: number) => void, segmenter?: SegmenterFactory): void {
  const command = program
    .command('extract', { isDefault: true })
    .description('extract clauses, directives and topics from reports (the default command)')
    .argument('[files...]', 'report files; none or "-" reads standard input')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format: json (one document; an array for several), jsonl (one line per document), text (a reading view), csv or tsv (a table)',
      ).choices(FORMATS),
    )
    .addOption(new Option('--rows <rows>', 'what a row of --format csv or tsv stands for (default: directives)').choices(TABLE_ROWS))
    .option('--bom', 'start the CSV or TSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8')
    .option('-s, --selector <css>', 'CSS selector of the article body on a whole saved page, when the built-in rules pick the wrong block')
    .option('-q, --quiet', 'do not print warnings on stderr (they stay in the JSON)')
    .option('--no-color', 'plain text view without colour (also: NO_COLOR=1)')
    .addOption(
      new Option('--max-bytes <n>', 'refuse input files larger than this (bytes; 50M, 200k also work)')
        .default(DEFAULT_MAX_BYTES, '50M')
        .argParser((value: string) => {
          try {
            return parseMaxBytes(value);
          } catch (error) {
            throw new InvalidArgumentError((error as Error).message);
          }
        }),
    )
    .addHelpText('after', EXAMPLES);
  addDictionaryOptions(command).action(async (files: string[], options: ExtractCliOptions) => {
    setExitCode(await runExtract(files, options, segmenter));
  });
}
