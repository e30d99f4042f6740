/**
 * `pdx batch`: converts folders of reports with a pool of worker threads.
 *
 * The main thread checks the whole command line first (every usage problem is
 * reported at once, exit 2), finds the inputs, and hands their paths to the
 * workers, which read and convert each one (batch-worker.ts); it writes what
 * they send back, to --out or the JSON Lines stream. It keeps at most three
 * tasks (chunks of up to 16 files) per worker in flight, all handed to the
 * worker at once so that it never waits for the main thread to write, memory
 * does not grow with the archive, Ctrl-C has little to wait for, and JSON
 * Lines come out in input order without holding more than a few back.
 */
import { createWriteStream, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { loadTopicEngine, type DictionaryCliOptions } from '../dictionary-options.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../errors.js';
import { discoverInputs, INPUT_EXTENSIONS, type BatchInput } from './discover-inputs.js';
import { makeConfinedDir, removeOrphanedTemps, writeFileAtomic } from './output-files.js';
import { createProgress } from './progress.js';
import type { BatchResult, BatchTask, WorkerConfig } from './protocol.js';
import { formatSummary, type BatchStats } from './summary.js';

export interface BatchCliOptions extends DictionaryCliOptions {
  out?: string;
  jsonl?: string;
  jobs?: string;
  force?: boolean;
  quiet?: boolean;
}

/** Where, inside --out, the failed inputs of the latest run are listed. */
export const ERRORS_FILE = '_errors.jsonl';
/** Stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;
const TASKS_PER_WORKER = 3;
/** At most this many files go to a worker in one task: fewer messages, yet little to wait for on Ctrl-C. */
const MAX_CHUNK = 16;
/** JSON Lines are written in blocks of about this many bytes. */
const BLOCK_BYTES = 1 << 18;

/** Files per task: small enough that every worker gets several tasks, however few the files. */
function chunkSize(files: number, threads: number): number {
  return Math.max(1, Math.min(MAX_CHUNK, Math.floor(files / (threads * TASKS_PER_WORKER * 4))));
}

interface Failure {
  index: number;
  path: string;
  code: string;
  message: string;
}

function parseJobs(value: string | undefined, problems: string[]): number {
  const cores = availableParallelism();
  if (value === undefined) return cores;
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  problems.push(`--jobs ${value}: give a positive whole number of workers, e.g. --jobs 2 (the default is ${cores}, the number of cores)`);
  return cores;
}

/** Everything wrong with the command line, found before any input is read. */
async function checkUsage(args: string[], options: BatchCliOptions): Promise<{ inputs: BatchInput[]; jobs: number }> {
  const problems: string[] = [];
  if (args.length === 0) problems.push('no inputs: name folders, files or globs to convert, e.g. pdx batch reports/ --out converted/');
  if (!options.out && !options.jsonl) problems.push('--out DIR is missing: the folder that receives one .json per report (or --jsonl FILE, - for stdout, for one stream)');
  if (options.out && options.jsonl) problems.push('--out and --jsonl exclude each other: write one .json per report into a folder, or one JSON Lines stream');
  const jobs = parseJobs(options.jobs, problems);
  const found = discoverInputs(args, options.out ?? null);
  problems.push(...found.problems);
  if (args.length > 0 && found.problems.length === 0 && found.inputs.length === 0) {
    problems.push(`no report files in ${args.join(' ')}: a folder is searched for ${INPUT_EXTENSIONS.join(' ')}`);
  }
  // Dictionaries are checked here so that a bad one stops the run before any worker starts.
  if (options.dict?.length || options.dictMode === 'replace') {
    try {
      await loadTopicEngine(options);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new UsageError(`batch: cannot start:\n  ${problems.join('\n  ')}\n(run pdx batch --help for usage)`);
  return { inputs: found.inputs, jobs };
}

/** The --jsonl stream: standard output, or a file that appears complete, by rename, when the run ends. */
interface LineSink {
  stream: NodeJS.WritableStream & { writableNeedDrain: boolean };
  close(): Promise<void>;
}

function openSink(target: string): LineSink {
  if (target === '-') return { stream: process.stdout, close: async () => undefined };
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'w');
  } catch (error) {
    throw new UsageError(`batch: cannot write --jsonl ${target}: ${(error as Error).message}`);
  }
  const stream: WriteStream = createWriteStream('', { fd });
  return {
    stream,
    close: async () => {
      stream.end();
      await once(stream, 'close');
      renameSync(temp, target);
    },
  };
}

/** Creates --out; its real path is the boundary no output may cross. */
function makeOutRoot(out: string): string {
  try {
    mkdirSync(out, { recursive: true });
    const root = realpathSync.native(out);
    removeOrphanedTemps(root);
    return root;
  } catch (error) {
    throw new UsageError(`batch: cannot create --out ${out}: ${(error as Error).message}`);
  }
}

function workerPath(): string {
  return fileURLToPath(new URL('./batch-worker-entry.js', import.meta.url));
}

export async function runBatch(args: string[], options: BatchCliOptions): Promise<number> {
  const started = performance.now();
  const { inputs, jobs } = await checkUsage(args, options);
  const outRoot = options.out ? makeOutRoot(options.out) : null;
  const sink = options.jsonl ? openSink(options.jsonl) : null;
  const tasks: BatchTask[] = inputs.map((input) => {
    const output = outRoot ? join(outRoot, `${input.relative}.json`) : null;
    return { file: input.file, path: input.path, output, resume: output !== null && !options.force && lstatSync(output, { throwIfNoEntry: false }) !== undefined };
  });

  const threads = Math.min(jobs, tasks.length);
  const config: WorkerConfig = { dict: options.dict, dictMode: options.dictMode };
  const pool = new Piscina<BatchTask[], BatchResult[]>({
    filename: workerPath(),
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    workerData: config,
  });
  const progress = createProgress(tasks.length, process.stderr, !options.quiet);
  const stats: BatchStats = { inputs: tasks.length, converted: 0, skipped: 0, failed: 0, clauses: 0, topics: 0, bytes: 0, seconds: 0 };
  const failures: Failure[] = [];
  // JSON Lines leave in input order: results that arrive early wait here,
  // and lines in order are written in blocks, one system call for many.
  const waiting = new Map<number, Uint8Array | null>();
  let nextLine = 0;
  let block: Uint8Array[] = [];
  let blockLength = 0;
  const writeBlock = (): void => {
    if (sink && block.length > 0) sink.stream.write(Buffer.concat(block, blockLength));
    block = [];
    blockLength = 0;
  };

  // Folders already checked to lie inside --out (and created).
  const confinedDirs = new Set<string>();
  /** Writes a converted document to its file: the same result, or the failure to write it. */
  const save = (output: string, result: BatchResult & { status: 'converted' }): BatchResult => {
    const dir = dirname(output);
    try {
      if (!confinedDirs.has(dir)) {
        if (!outRoot || !makeConfinedDir(outRoot, dir)) {
          return { status: 'failed', bytes: result.bytes, code: 'OUTSIDE_OUT', message: `${dir} resolves outside --out (a symlink?); nothing was written` };
        }
        confinedDirs.add(dir);
      }
      writeFileAtomic(output, result.json);
      return result;
    } catch (error) {
      return { status: 'failed', bytes: result.bytes, code: 'WRITE_ERROR', message: `cannot write ${output}: ${(error as Error).message}` };
    }
  };

  const record = (index: number, received: BatchResult): void => {
    const output = tasks[index]!.output;
    const result = received.status === 'converted' && output ? save(output, received) : received;
    if (result.status === 'skipped') stats.skipped++;
    else if (result.status === 'failed') {
      stats.failed++;
      stats.bytes += result.bytes;
      failures.push({ index, path: tasks[index]!.path, code: result.code, message: result.message });
    } else {
      stats.converted++;
      stats.bytes += result.bytes;
      stats.clauses += result.clauses;
      stats.topics += result.topics;
    }
    if (!sink) return;
    waiting.set(index, result.status === 'converted' ? result.json : null);
    for (let line = waiting.get(nextLine); line !== undefined; line = waiting.get(nextLine)) {
      if (line !== null) {
        block.push(line);
        blockLength += line.length;
      }
      waiting.delete(nextLine++);
    }
    if (blockLength >= BLOCK_BYTES) writeBlock();
  };

  // A worker that dies takes its whole chunk down: the chunk is retried one
  // file per task, so that only the file that kills a worker is reported.
  const convert = async (first: number, end: number): Promise<BatchResult[]> => {
    try {
      return await pool.run(tasks.slice(first, end));
    } catch (error) {
      if (end - first > 1) return (await Promise.all(tasks.slice(first, end).map((_, i) => convert(first + i, first + i + 1)))).flat();
      return [{ status: 'failed', bytes: 0, code: 'WORKER_CRASH', message: `the worker stopped: ${(error as Error).message}` }];
    }
  };

  let interrupted = false;
  const onInterrupt = (): void => {
    interrupted = true;
  };
  // Once: a second Ctrl-C gets the default behaviour and ends the process at once.
  process.once('SIGINT', onInterrupt);
  const chunk = chunkSize(tasks.length, threads);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (!interrupted && next < tasks.length) {
      const first = next;
      next = Math.min(tasks.length, first + chunk);
      (await convert(first, next)).forEach((result, i) => record(first + i, result));
      progress.update(stats.converted + stats.skipped + stats.failed, stats.failed);
      if (sink?.stream.writableNeedDrain) await once(sink.stream, 'drain');
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(tasks.length, threads * TASKS_PER_WORKER) }, lane));
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    progress.stop();
    await pool.destroy();
  }
  writeBlock();
  await sink?.close();

  failures.sort((a, b) => a.index - b.index);
  const errorsFile = outRoot ? join(outRoot, ERRORS_FILE) : null;
  if (errorsFile) {
    if (failures.length > 0) writeFileAtomic(errorsFile, failures.map(({ path, code, message }) => JSON.stringify({ path, code, message }) + '\n').join(''));
    else rmSync(errorsFile, { force: true });
  } else {
    for (const failure of failures) process.stderr.write(`pdx: ${failure.path}: ${failure.code}: ${failure.message}\n`);
  }
  stats.seconds = (performance.now() - started) / 1000;
  if (!options.quiet) process.stderr.write(formatSummary(stats, { interrupted, errorsFile: options.out ? join(options.out, ERRORS_FILE) : null }));
  if (interrupted) return EXIT_INTERRUPTED;
  return stats.failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
