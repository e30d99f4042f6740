/**
 * `pdx stats <inputs>…`: clause, directive and 提法 counts of a corpus, by
 * topic, period, meeting body and speaker. Documents stream through one at a
 * time (../io/corpus-inputs.ts, CorpusStats), so an archive of any size runs in
 * bounded memory.
 */
import { Option, type Command } from 'commander';
import { CorpusStats } from '../../corpus/corpus-stats.js';
import { formatStats, STATS_FORMATS, type StatsFormat } from '../../corpus/format-stats.js';
import { DATE_BASES, GRANULARITIES, type DateBasis, type Granularity } from '../../corpus/periods.js';
import { openCorpus } from '../io/corpus-inputs.js';
import { addDictionaryOptions, type DictionaryCliOptions } from '../dictionary-options.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../errors.js';

interface StatsCliOptions extends DictionaryCliOptions {
  by: Granularity;
  date: DateBasis;
  format: StatsFormat;
  bom?: boolean;
}

const HELP = `
Inputs: report files (.html .htm .shtml .xhtml .txt .md .docx), folders
(searched recursively) and quoted globs, as pdx batch takes them, and pdx
outputs (.json, .jsonl: JSON Lines or one JSON text, as pdx and pdx batch
write them), which are read as they are, not extracted again. "-" or no
input reads standard input (pdx output when it starts with { or [, else one
report). A path that does not exist, or a folder or glob with nothing to
read, is bad usage (exit 2).

Periods: a report about a meeting dated to the day is counted at the
meeting's date; any other document at its own date (documentDate: page meta,
an archive comment, a dated line, its URL or its path, e.g. 20240119_01.md);
--date document counts every document at its own date. The output says how
many were placed which way. A document with neither date falls in "unknown".
Every period from the first date to the last is listed, empty ones too.

CSV: one table with a "section" column (total, period, topic, topic_period,
body, speaker, formulation, formulation_period), RFC 4180 quoting, CRLF line
ends; a text field starting with = + - @ is prefixed with ' so that a
spreadsheet shows it instead of running it. --bom helps Excel see UTF-8.

Examples:
  $ pdx stats reports/ --by quarter                 extract and count a folder of reports
  $ pdx batch archive/ --out converted/ && pdx stats converted/ --format json
  $ pdx stats all.jsonl --by year --format csv --bom > stats.csv
  $ pdx stats converted/ --by quarter --date document   by publication date
  $ pdx --format jsonl a.html b.html | pdx stats -

Exit codes: 0 every input read, 1 some input failed (reported on stderr; the
statistics cover the others), 2 bad usage (a wrong path included).`;

async function runStats(inputs: string[], options: StatsCliOptions): Promise<number> {
  if (options.bom && options.format !== 'csv') throw new UsageError('--bom applies to --format csv only');
  const corpus = await openCorpus(inputs, 'stats', options);
  const stats = new CorpusStats(options.date);
  for await (const document of corpus.documents) stats.add(document);
  process.stdout.write((options.bom ? '\ufeff' : '') + formatStats(stats.summary(options.by), options.format));
  return corpus.failed() > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

/** `--date`, as pdx stats and pdx report take it. */
export function dateBasisOption(): Option {
  return new Option(
    '--date <which>',
    "the date that places a document in a period: a meeting report's meeting date, else the document's own (meeting), or always the document's own (document)",
  )
    .choices(DATE_BASES)
    .default('meeting');
}

export function registerStats(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('stats')
    .description('count clauses, directives and 提法 of a corpus by topic, period, meeting body and speaker')
    .argument('[inputs...]', 'reports, folders, or pdx outputs (.json, .jsonl); none or "-" reads standard input')
    .addOption(new Option('-b, --by <period>', 'period of the time series').choices(GRANULARITIES).default('month'))
    .addOption(dateBasisOption())
    .addOption(new Option('-f, --format <format>', 'text (a reading view), json, or csv').choices(STATS_FORMATS).default('text'))
    .option('--bom', 'start the CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8')
    .addHelpText('after', HELP);
  addDictionaryOptions(command).action(async (inputs: string[], options: StatsCliOptions) => {
    setExitCode(await runStats(inputs, options));
  });
}
