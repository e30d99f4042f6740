/**
 * The `pdx` command line: the commands and their wiring. Each command lives in
 * its own module; this one parses arguments and maps errors to exit codes.
 * stdout carries data only; messages and warnings go to stderr.
 *
 * Exit codes: 0 every input converted; 1 some input failed (the others were
 * still converted); 2 bad usage or a fatal error.
 */
import { Command, CommanderError } from 'commander';
import type { SegmenterFactory } from '../topics/segmenter.js';
import { VERSION } from '../version.js';
import { registerBatch } from './commands/batch.js';
import { registerCompletion } from './commands/completion.js';
import { registerDiff } from './commands/diff.js';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerReport } from './commands/report.js';
import { registerSample } from './commands/sample.js';
import { registerSchema } from './commands/schema.js';
import { registerStats } from './commands/stats.js';
import { registerSuggest } from './commands/suggest.js';
import { registerTopics } from './commands/topics.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';

/** What the launcher hands the command line besides the arguments. */
export interface RunContext {
  /** Makes the extract command's segmenter (the launcher's helper thread); jieba in this thread when absent. */
  segmenter?: SegmenterFactory;
}

const FIRST_STEPS = `
Examples:
  $ pdx report.html                          one report → one JSON document on stdout
  $ pdx report.html --format text            the same as a reading view
  $ pdx batch archive/ --out converted/      a whole folder, on all cores: one .json per report
  $ pdx stats converted/ --by quarter        counts by topic, period, meeting body and speaker
  $ pdx report converted/ --out report.html  one HTML page of charts, documents and directives
  $ pdx batch archive/ --csv directives.csv  one row per directive, for R, pandas or a spreadsheet
  $ pdx diff 2023/ 2024/                     what changed: topic shares, keyness, 提法, bodies, speakers
  $ pdx sample reports/ --n 200 > sheet.csv  clauses to code by hand, then pdx eval sheet.csv
  $ pdx help batch                           every option of a command, with examples

Reports may be HTML (a fragment or a whole saved page, in UTF-8, GBK or Big5),
plain text, markdown or Word (.docx); a file, standard input (-) or a pipe the
shell names: pdx <(curl -s URL).

Exit codes: 0 every input converted, 1 some input failed (the others were
still converted), 2 bad usage or a fatal error; pdx batch: 130 interrupted.`;

export function buildProgram(setExitCode: (code: number) => void, context: RunContext = {}): Command {
  const program = new Command();
  program
    .name('pdx')
    .description(
      'Turn Chinese government meeting reports (HTML, whole saved pages in GBK or UTF-8, or plain text) into structured, topic-tagged directives as JSON.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .showHelpAfterError('(run pdx --help for usage)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .addHelpText('after', FIRST_STEPS);

  registerExtract(program, setExitCode, context.segmenter);

  registerSchema(program);
  registerTopics(program);
  registerBatch(program, setExitCode);
  registerStats(program, setExitCode);
  registerReport(program, setExitCode);
  registerDiff(program, setExitCode);
  registerSample(program, setExitCode);
  registerEval(program, setExitCode);
  registerSuggest(program, setExitCode);
  registerCompletion(program);
  return program;
}
export async function main(argv: string[], context: RunContext = {}): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => {
    exitCode = code;
  }, context);
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; every other parse error is bad usage.
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`pdx: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // One line: a stack trace helps whoever fixes pdx, who asks for it with PDX_DEBUG=1.
    const message = error instanceof Error ? error.message : String(error);
    const where = process.env['PDX_DEBUG'] && error instanceof Error && error.stack ? `\n${error.stack}` : ' (PDX_DEBUG=1 shows where it happened)';
    process.stderr.write(`pdx: fatal: ${message}${where}\n`);
    return EXIT_USAGE;
  }
}
