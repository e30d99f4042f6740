/**
 * The inputs of `pdx stats`, `pdx report` and `pdx diff`: reports, which are
 * extracted here, and pdx outputs, which are read as they are, so that an
 * archive converted once is never extracted again. Documents come out one at
 * a time and nothing keeps them, so a corpus of any size streams through.
 *
 * - The arguments are found as `pdx batch` finds its own (discover-inputs.ts):
 *   folders walked recursively in name order, hidden entries skipped, each
 *   real folder and file once, quoted globs expanded; folders and globs yield
 *   report files and .json/.jsonl files. A path that does not exist, a glob
 *   that matches nothing or a folder that cannot be listed is bad usage
 *   (exit 2), found before any input is read.
 * - A .json or .jsonl file is pdx output: JSON Lines, read line by line, or one
 *   JSON text (a pretty-printed document, or the array `pdx --format json a b`
 *   prints). Each value must have `schemaVersion` 1 and pass the schema.
 * - Any other file is a report (a Word .docx included).
 * - "-" is standard input: pdx output when it starts with { or [, else one report.
 *
 * In a folder, a .json/.jsonl file whose first value has no `schemaVersion` is
 * some other JSON (the _errors.jsonl of `pdx batch`, a manifest) and is
 * skipped; named on the command line, it is an error.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { extract } from '../../extract.js';
import { documentSchema, SCHEMA_VERSION, type PdxDocument } from '../../schema.js';
import type { TopicEngine } from '../../topics/topic-engine.js';
import { isFatal } from '../../warnings.js';
import { discoverInputs, INPUT_EXTENSIONS, type BatchInput } from './discover-inputs.js';
import { loadTopicEngine, type DictionaryCliOptions } from '../dictionary-options.js';
import { cannotStart, UsageError } from '../errors.js';
import { readFailure, readInputFile } from './read-input.js';
import { peekStandardInput, standardInputProblem } from './standard-input.js';

const OUTPUT_EXTENSIONS: readonly string[] = ['.json', '.jsonl'];
/** What a folder or a glob yields: reports and pdx outputs. */
const CORPUS_EXTENSIONS: readonly string[] = [...INPUT_EXTENSIONS, ...OUTPUT_EXTENSIONS];

/** Reports one input that failed; the others go on. */
export type FailureSink = (message: string) => void;

async function* linesOf(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let first = true;
  for await (const chunk of chunks) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && pending.length > 0) {
      // An editor's or Excel's byte order mark is not part of the first value.
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
      first = false;
    }
    let start = 0;
    for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', start)) {
      yield pending.slice(start, newline);
      start = newline + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending.length > 0) yield pending;
}

const hasSchemaVersion = (value: unknown): boolean => typeof value === 'object' && value !== null && 'schemaVersion' in value;

function* documentsOf(value: unknown, where: string, fail: FailureSink): Generator<PdxDocument> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* documentsOf(item, `${where}[${index}]`, fail);
    return;
  }
  if (!hasSchemaVersion(value)) return fail(`${where}: not a pdx output (no schemaVersion)`);
  const version = (value as { schemaVersion: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) return fail(`${where}: schemaVersion ${JSON.stringify(version)} is not one this pdx reads (${SCHEMA_VERSION})`);
  const parsed = documentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`${where}: not a valid pdx document: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const fatal = parsed.data.warnings.find(isFatal);
  if (fatal) return fail(`${where}: ${fatal.code}: ${fatal.message}`);
  yield parsed.data;
}

/**
 * pdx output: JSON Lines when the first line with content is a JSON value on
 * its own, else one JSON text. `named`: given on the command line, so a file
 * of other JSON is an error rather than skipped.
 */
async function* fromJson(chunks: AsyncIterable<Buffer | string>, path: string, named: boolean, fail: FailureSink): AsyncGenerator<PdxDocument> {
  const lines = linesOf(chunks)[Symbol.asyncIterator]();
  let lineNumber = 0;
  let first: string | null = null;
  while (first === null) {
    const next = await lines.next();
    if (next.done) return;
    lineNumber++;
    if (next.value.trim()) first = next.value;
  }
  const firstValue = parseJson(first);
  if (firstValue === undefined) {
    // A pretty-printed document or array: only the whole text is JSON.
    let text = first;
    for (let next = await lines.next(); !next.done; next = await lines.next()) text += '\n' + next.value;
    const value = parseJson(text);
    if (value === undefined) return fail(`${path}: neither JSON Lines nor one JSON text (not a pdx output?)`);
    if (!named && !hasSchemaVersion(Array.isArray(value) ? value[0] : value)) return;
    yield* documentsOf(value, path, fail);
    return;
  }
  if (!named && !hasSchemaVersion(Array.isArray(firstValue) ? firstValue[0] : firstValue)) return;
  yield* documentsOf(firstValue, `${path}:${lineNumber}`, fail);
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    lineNumber++;
    if (!next.value.trim()) continue;
    const value = parseJson(next.value);
    if (value === undefined) fail(`${path}:${lineNumber}: not valid JSON`);
    else yield* documentsOf(value, `${path}:${lineNumber}`, fail);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function fromReport(bytes: Uint8Array, path: string, topics: TopicEngine, fail: FailureSink): PdxDocument | null {
  const document = extract(bytes, { path, topics });
  const fatal = document.warnings.find(isFatal);
  if (!fatal) return document;
  fail(`${path}: ${fatal.code}: ${fatal.message}`);
  return null;
}

async function* fromFile(path: string, named: boolean, topics: TopicEngine, fail: FailureSink): AsyncGenerator<PdxDocument> {
  if (OUTPUT_EXTENSIONS.includes(extname(path).toLowerCase())) {
    const stream = createReadStream(path);
    try {
      yield* fromJson(stream, path, named, fail);
    } catch (error) {
      const failure = readFailure(error);
      fail(`${path}: ${failure.code}: ${failure.message}`);
    } finally {
      stream.destroy();
    }
    return;
  }
  const read = readInputFile(path);
  if ('failure' in read) return fail(`${path}: ${read.failure.code}: ${read.failure.message}`);
  const { bytes } = read;
  const document = fromReport(bytes, path, topics, fail);
  if (document) yield document;
}

async function* fromStdin(topics: TopicEngine, fail: FailureSink): AsyncGenerator<PdxDocument> {
  const { firstByte, chunks } = await peekStandardInput();
  if (firstByte === 0x7b || firstByte === 0x5b) {
    yield* fromJson(chunks, '-', true, fail);
    return;
  }
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  const document = fromReport(Buffer.concat(parts), '-', topics, fail);
  if (document) yield document;
}

/** The inputs of a command: standard input where "-" stands, and the files each other argument names. */
export interface CorpusInputs {
  arguments: readonly string[];
  files: readonly BatchInput[];
}

/** What to give instead of standard input when it is a terminal. */
export const noCorpusInput = (command: string): string => `no input: give reports, folders or pdx outputs, or pipe them in. See pdx ${command} --help`;

/**
 * Finds the files `args` name (none means standard input), or returns every
 * problem with them, for a command that reports them together with problems
 * of its own. Nothing is read.
 */
export function locateCorpusInputs(args: readonly string[], command: string): CorpusInputs | { problems: string[] } {
  const paths = args.length === 0 ? ['-'] : args;
  const stdinProblem = standardInputProblem(paths, noCorpusInput(command));
  const named = paths.filter((path) => path !== '-');
  const found = discoverInputs(named, null, CORPUS_EXTENSIONS);
  const problems = [...(stdinProblem ? [stdinProblem] : []), ...found.problems];
  if (problems.length > 0) return { problems };
  // discoverInputs numbers the arguments it was given; standard input stands between them.
  const argumentOf: number[] = [];
  for (const [index, path] of paths.entries()) if (path !== '-') argumentOf.push(index);
  return { arguments: paths, files: found.inputs.map((input) => ({ ...input, argument: argumentOf[input.argument]! })) };
}

/**
 * Finds the files `args` name (none means standard input). Every problem is
 * found before any input is read and reported at once, as bad usage.
 */
export function findCorpusInputs(args: readonly string[], command: string): CorpusInputs {
  const stdinProblem = standardInputProblem(args.length === 0 ? ['-'] : args, noCorpusInput(command));
  if (stdinProblem) throw new UsageError(stdinProblem);
  const located = locateCorpusInputs(args, command);
  if ('problems' in located) throw cannotStart(command, located.problems);
  return located;
}

async function* documentsIn(inputs: CorpusInputs, topics: TopicEngine, fail: FailureSink): AsyncGenerator<PdxDocument> {
  let next = 0;
  for (const [index, argument] of inputs.arguments.entries()) {
    if (argument === '-') {
      yield* fromStdin(topics, fail);
      continue;
    }
    for (; next < inputs.files.length && inputs.files[next]!.argument === index; next++) {
      const input = inputs.files[next]!;
      yield* fromFile(input.path, input.named, topics, fail);
    }
  }
}

export interface Corpus {
  documents: AsyncGenerator<PdxDocument>;
  /** How many inputs (files, lines, array items) failed so far; each was reported on stderr. */
  failed: () => number;
}

/** The documents of `inputs` (found by findCorpusInputs), each failure reported on stderr as it happens. */
export function readCorpus(inputs: CorpusInputs, topics: TopicEngine): Corpus {
  let failed = 0;
  const fail: FailureSink = (message) => {
    failed++;
    process.stderr.write(`pdx: ${message}\n`);
  };
  return { documents: documentsIn(inputs, topics, fail), failed: () => failed };
}

/**
 * The documents of the arguments of `command`. Dictionaries are loaded and the
 * arguments found first, so that a bad dictionary or a wrong path stops the
 * run (exit 2) before any input is read.
 */
export async function openCorpus(args: readonly string[], command: string, options: DictionaryCliOptions): Promise<Corpus> {
  const topics = await loadTopicEngine(options);
  return readCorpus(findCorpusInputs(args, command), topics);
}
