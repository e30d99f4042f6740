/**
 * `pdx report <inputs>… --out report.html`: one self-contained HTML page of
 * charts, documents and directives (src/corpus/report-html.ts).
 *
 * The charts need the whole corpus but come first on the page, so documents
 * are streamed once: each one's table row and directive section are spooled
 * to two temporary files while the statistics are counted, then the page is
 * written as frame, rows, frame, sections, frame. Memory stays bounded
 * whatever the corpus size. The page appears under its name only when it is
 * complete (written to a temporary name, then renamed).
 */
import { createReadStream, createWriteStream, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CorpusStats } from '../../corpus/corpus-stats.js';
import { GRANULARITIES, type DateBasis, type Granularity } from '../../corpus/periods.js';
import { DEFAULT_REPORT_TITLE, DEFAULT_TIMELINE_FORMULATIONS, reportFrame, reportGranularity, reportRow, reportSection } from '../../corpus/report-html.js';
import { openCorpus } from '../io/corpus-inputs.js';
import { AtomicFile } from '../io/output-files.js';
import { writeFailure } from '../io/write-failure.js';
import { addDictionaryOptions, type DictionaryCliOptions } from '../dictionary-options.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../errors.js';
import { dateBasisOption } from './stats.js';

interface ReportCliOptions extends DictionaryCliOptions {
  out?: string;
  by: Granularity | 'auto';
  date: DateBasis;
  title: string;
  formulations: number;
}

const HELP = `
Inputs as for pdx stats: reports, folders, pdx outputs (.json, .jsonl), or "-".

The page holds a topic × period heat map, topic share bars, a 提法 timeline,
a table of the documents (in input order) and each document's directives,
linked from the table. It is one file: no script, font or image is fetched,
and it prints on A4. Periods: --by auto takes months for up to 36 months,
then quarters, then years. A report about a meeting dated to the day is placed
at the meeting's date, any other document at its own date; --date document
places every document at its own date. The page says which.

Examples:
  $ pdx report reports/ --out report.html
  $ pdx report converted/ --by quarter --title "2024 区政府常务会议" --out 2024.html
  $ pdx report all.jsonl --out - > report.html

Exit codes: 0 every input read, 1 some input failed (reported on stderr; the
report covers the others), 2 bad usage.`;

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('give a whole number, 1 or more');
  return parsed;
}

type Sink = (data: string | Buffer) => Promise<void>;

// Waits for the stream to drain when its buffer is full, so a large corpus never piles up in memory.
async function write(stream: WriteStream | NodeJS.WriteStream, data: string | Buffer): Promise<void> {
  if (!stream.write(data)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

async function close(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function copy(path: string, put: Sink): Promise<void> {
  for await (const chunk of createReadStream(path)) await put(chunk as Buffer);
}

const cannotWrite = (path: string, error: unknown): UsageError => new UsageError(`${path}: cannot write: ${writeFailure(error)}`);

async function openSpool(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw cannotWrite(path, error);
  }
  return stream;
}

// Opened before any input is read, so that a wrong --out stops the run at once.
function openPage(out: string): AtomicFile {
  // A folder would be found only when the page is renamed over it, after every input was read.
  if (statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`${out}: cannot write: is a folder; give the name of a file, such as ${join(out, 'report.html')}`);
  }
  try {
    return new AtomicFile(out);
  } catch (error) {
    throw cannotWrite(out, error);
  }
}

async function runReport(inputs: string[], options: ReportCliOptions): Promise<number> {
  const { out } = options;
  if (!out) throw new UsageError('--out FILE is missing: where to write the report (- for standard output)');
  const page = out === '-' ? null : openPage(out);
  const put: Sink = page ? async (data) => page.write(data) : (data) => write(process.stdout, data);
  const spool = await mkdtemp(join(tmpdir(), 'pdx-report-'));
  try {
    const corpus = await openCorpus(inputs, 'report', options);
    const rowsPath = join(spool, 'rows.html');
    const sectionsPath = join(spool, 'sections.html');
    const rows = await openSpool(rowsPath);
    const sections = await openSpool(sectionsPath);
    const stats = new CorpusStats(options.date);
    let index = 0;
    for await (const document of corpus.documents) {
      index++;
      stats.add(document);
      await write(rows, reportRow(document, index, options.date));
      await write(sections, reportSection(document, index, options.date));
    }
    await Promise.all([close(rows), close(sections)]);
    const by = options.by === 'auto' ? reportGranularity(stats) : options.by;
    const frame = reportFrame(stats.summary(by), { title: options.title, formulations: options.formulations });
    await put(frame.beforeRows);
    await copy(rowsPath, put);
    await put(frame.betweenRowsAndSections);
    await copy(sectionsPath, put);
    await put(frame.afterSections);
    if (page) {
      page.commit();
      process.stderr.write(`pdx: wrote ${out} (${index} document${index === 1 ? '' : 's'})\n`);
    }
    return corpus.failed() > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
  } finally {
    page?.abort();
    await rm(spool, { recursive: true, force: true });
  }
}

export function registerReport(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('report')
    .description('write one self-contained HTML report of a corpus: heat map, topic shares, 提法 timeline, documents and their directives')
    .argument('[inputs...]', 'reports, folders, or pdx outputs (.json, .jsonl); none or "-" reads standard input')
    .option('-o, --out <file>', 'the HTML file to write ("-" for standard output)')
    .addOption(new Option('-b, --by <period>', 'period of the heat map and timeline columns').choices(['auto', ...GRANULARITIES]).default('auto'))
    .addOption(dateBasisOption())
    .option('--title <text>', 'the heading of the page', DEFAULT_REPORT_TITLE)
    .addOption(new Option('--formulations <n>', 'how many 提法 the timeline shows').argParser(positiveInteger).default(DEFAULT_TIMELINE_FORMULATIONS))
    .addHelpText('after', HELP);
  addDictionaryOptions(command).action(async (inputs: string[], options: ReportCliOptions) => {
    setExitCode(await runReport(inputs, options));
  });
}
