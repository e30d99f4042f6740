/**
 * `pdx batch`: converts folders of reports with a pool of worker threads.
 *
 * The main thread checks the whole command line first (every usage problem is
 * reported at once, exit 2), finds the inputs, and hands their paths to the
 * workers, which read and convert each one (batch-worker.ts); it writes what
 * they send back, to --out (on libuv's thread pool, see `save`) or the JSON
 * Lines stream. It keeps at most three
 * tasks (chunks of up to 16 files) per worker in flight, all handed to the
 * worker at once so that it never waits for the main thread to write, memory
 * does not grow with the archive, Ctrl-C has little to wait for, and JSON
 * Lines to stdout come out in input order without holding more than a few
 * back. A --jsonl or --csv file is kept as it grows and resumed (jsonl-file.ts).
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { generatorOf } from '../../extract.js';
import { tableHeader, type TableRows } from '../../output/directive-table.js';
import { loadTopicEngine, type DictionaryCliOptions } from '../dictionary-options.js';
import { cannotStart, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../errors.js';
import { discoverInputs, type BatchInput } from '../io/discover-inputs.js';
import { JsonlFile, partialPath, type TableLayout } from './jsonl-file.js';
import { makeConfinedDir, removeOrphanedTemps, writeFileAtomic, writeFileAtomicAsync } from '../io/output-files.js';
import { writeFailure } from '../io/write-failure.js';
import { createProgress } from './progress.js';
import type { BatchResult, BatchTask, ChunkReply, WorkerConfig } from './protocol.js';
import { errorsFileName, parseShard, shardOf, type Shard } from './shard.js';
import { createSlots, releaseSlot } from './slots.js';
import { formatSummary, type BatchStats } from './summary.js';

export interface BatchCliOptions extends DictionaryCliOptions {
  out?: string;
  jsonl?: string;
  csv?: string;
  rows?: TableRows;
  bom?: boolean;
  jobs?: string;
  shard?: string;
  force?: boolean;
  validate?: boolean;
  quiet?: boolean;
}

/** Stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;
const TASKS_PER_WORKER = 3;
/** At most this many files go to a worker in one task: fewer messages, yet little to wait for on Ctrl-C. */
const MAX_CHUNK = 16;
/**
 * How a worker's heap may grow. Left to V8, a worker's heap grew to four times
 * what it kept alive (about 20 MB) before it collected, so peak memory grew
 * with the archive: on xwlb-2022-2026, 314 MB for its first 1,000 reports and
 * 488 MB for all 19,318 (1.55×). Grown by a fifth at a time, with 24 MB of
 * young generation, it is 284 and 357 MB (1.25×): 11 full collections in
 * place of 3, and 260 scavenges in place of 146; a 12 MB young generation
 * saved about 25 MB more but took 500 scavenges. The growth is a V8 flag, read at
 * each collection, in every thread. It is put back (0, V8's default) once the
 * workers are gone: a code cache holds a hash of the flags it was made under,
 * and the command line's own, saved as pdx exits, would not match the next start.
 */
const HEAP_GROWING_PERCENT = 20;
const WORKER_YOUNG_GENERATION_MB = 24;
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

interface Usage {
  /** The inputs this run converts: all it found, or those of its --shard. */
  inputs: BatchInput[];
  /** How many inputs the arguments name, before --shard took its part. */
  found: number;
  jobs: number;
  shard: Shard | null;
}

/** Everything wrong with the command line, found before any input is read. */
async function checkUsage(args: string[], options: BatchCliOptions): Promise<Usage> {
  const problems: string[] = [];
  if (args.length === 0) problems.push('no inputs: name folders, files or globs to convert, e.g. pdx batch reports/ --out converted/');
  const outputs = [options.out && '--out', options.jsonl && '--jsonl', options.csv && '--csv'].filter(Boolean);
  if (outputs.length === 0)
    problems.push(
      '--out DIR is missing: the folder that receives one .json per report (or --jsonl FILE, - for stdout, for one stream; or --csv FILE for one table)',
    );
  if (outputs.length > 1)
    problems.push(`${outputs.join(' and ')} exclude each other: write one .json per report into a folder, one JSON Lines stream, or one table`);
  if (!options.csv) {
    if (options.rows) problems.push(`--rows ${options.rows}: applies to --csv only`);
    if (options.bom) problems.push('--bom: applies to --csv only');
  }
  const jobs = parseJobs(options.jobs, problems);
  const shard = parseShard(options.shard, problems);
  const found = discoverInputs(args, options.out ?? null);
  problems.push(...found.problems);
  // Dictionaries are checked here so that a bad one stops the run before any worker starts.
  if (options.dict?.length || options.dictMode === 'replace') {
    try {
      await loadTopicEngine(options);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw cannotStart('batch', problems);
  // Shards are taken from the whole list, in its order: each shard's inputs stay in input order.
  const inputs = shard ? found.inputs.filter((input) => shardOf(input.relative, shard.count) === shard.index) : found.inputs;
  return { inputs, found: found.inputs.length, jobs, shard };
}

/**
 * The --jsonl or --csv FILE, resuming from an earlier FILE.partial (or --jsonl
 * FILE) unless --force is given. Which documents can be kept depends on the
 * generator, so the topic engine is loaded here only when there is something
 * to resume.
 */
async function openJsonlFile(target: string, inputs: readonly BatchInput[], options: BatchCliOptions, table: TableLayout | null): Promise<JsonlFile> {
  const resume = !options.force && ((!table && existsSync(target)) || existsSync(partialPath(target)));
  const generator = resume ? generatorOf(await loadTopicEngine(options)) : null;
  try {
    return new JsonlFile(target, generator ? { inputs: inputs.map(({ path, file }) => ({ path, file })), generator } : null, table);
  } catch (error) {
    throw new UsageError(`batch: cannot write ${table ? '--csv' : '--jsonl'} ${target}: ${writeFailure(error)}`);
  }
}

/**
 * Whether a temporary file in --out, left by a killed run, stood for one of
 * this shard's files: others may be in the middle of being written by another
 * shard that shares the folder.
 */
function ownedBy(shard: Shard): (target: string) => boolean {
  const errors = errorsFileName(shard);
  return (target) => target === errors || (target.endsWith('.json') && shardOf(target.slice(0, -'.json'.length), shard.count) === shard.index);
}

/** Creates --out; its real path is the boundary no output may cross. */
function makeOutRoot(out: string, shard: Shard | null): string {
  try {
    mkdirSync(out, { recursive: true });
    const root = realpathSync.native(out);
    removeOrphanedTemps(root, shard ? ownedBy(shard) : undefined);
    return root;
  } catch (error) {
    throw new UsageError(`batch: cannot create --out ${out}: ${writeFailure(error)}`);
  }
}

/**
 * Whether something stands at an output path, from one listing of each output
 * folder rather than a lookup of each output: 5,123 lookups took 20–120 ms
 * before any worker started, the listing of their folder 0.2–12 ms. A folder
 * that cannot be listed holds nothing to resume.
 */
function outputLister(): (output: string) => boolean {
  const listed = new Map<string, Set<string>>();
  return (output) => {
    const dir = dirname(output);
    let names = listed.get(dir);
    if (!names) {
      try {
        names = new Set(readdirSync(dir));
      } catch {
        names = new Set();
      }
      listed.set(dir, names);
    }
    return names.has(basename(output));
  };
}

function workerPath(): string {
  return fileURLToPath(new URL('./batch-worker-entry.js', import.meta.url));
}

export async function runBatch(args: string[], options: BatchCliOptions): Promise<number> {
  const started = performance.now();
  const { inputs, found, jobs, shard } = await checkUsage(args, options);
  const outRoot = options.out ? makeOutRoot(options.out, shard) : null;
  const stream = options.jsonl ?? options.csv;
  const toStdout = stream === '-';
  const rows = options.rows ?? 'directives';
  const table: TableLayout | null = options.csv ? { rows, header: (options.bom ? '\ufeff' : '') + tableHeader(rows, 'csv') } : null;
  const jsonl = stream && !toStdout ? await openJsonlFile(stream, inputs, options, table) : null;
  const exists = outRoot && !options.force ? outputLister() : null;
  const tasks: BatchTask[] = inputs.map((input) => {
    const output = outRoot ? join(outRoot, `${input.relative}.json`) : null;
    return { file: input.file, path: input.path, output, resume: output !== null && exists?.(output) === true };
  });
  // Inputs whose document an earlier --jsonl run left are not converted again.
  const todo = tasks.flatMap((_, index) => (jsonl?.has(index) ? [] : [index]));

  const threads = Math.max(1, Math.min(jobs, todo.length));
  // A slot for every chunk in flight, and one more per worker for the chunk it converts meanwhile.
  const slots = createSlots(threads * (TASKS_PER_WORKER + 1));
  const config: WorkerConfig = {
    dict: options.dict,
    dictMode: options.dictMode,
    validate: options.validate === true,
    slots,
    ...(table && { table: { rows, entry: !toStdout } }),
  };
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const pool = new Piscina<BatchTask[], ChunkReply>({
    filename: workerPath(),
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    minThreads: todo.length > 0 ? threads : 0,
    maxThreads: threads,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    workerData: config,
  });
  const progress = createProgress(tasks.length, process.stderr, !options.quiet);
  const stats: BatchStats = {
    inputs: tasks.length,
    shard: shard && { ...shard, found },
    converted: 0,
    skipped: jsonl?.keptCount ?? 0,
    failed: 0,
    clauses: 0,
    topics: 0,
    bytes: 0,
    seconds: 0,
    warnings: new Map(),
  };
  const failures: Failure[] = [];
  // JSON Lines to stdout leave in input order: results that arrive early wait
  // here, and lines in order are written in blocks, one system call for many.
  const waiting = new Map<number, Uint8Array | null>();
  let nextLine = 0;
  let block: Uint8Array[] = [];
  let blockLength = 0;
  const writeBlock = (): void => {
    if (toStdout && block.length > 0) process.stdout.write(Buffer.concat(block, blockLength));
    block = [];
    blockLength = 0;
  };

  // Folders already checked to lie inside --out (and created).
  const confinedDirs = new Set<string>();
  /**
   * Writes a converted document to its file: the same result, or the failure to write it.
   * On the thread pool: written here, one after another, the files of a chunk
   * kept the main thread from handing the workers their next chunks, and they
   * waited (xwlb-2024 at load 9, both workers together: 2.5–3.6 s idle in runs
   * of 17–21 s, on the thread pool 1.7–2.0 s in 12–13 s; when the kernel was
   * slow to create files, 8–22 s against 3.4–6.7 s). The pool's threads mostly
   * wait in the kernel, beside the workers.
   */
  const save = async (output: string, result: BatchResult & { status: 'converted' }): Promise<BatchResult> => {
    const dir = dirname(output);
    try {
      if (!confinedDirs.has(dir)) {
        if (!outRoot || !makeConfinedDir(outRoot, dir)) {
          return { status: 'failed', bytes: result.bytes, code: 'OUTSIDE_OUT', message: `${dir} resolves outside --out (a symlink?); nothing was written` };
        }
        confinedDirs.add(dir);
      }
      await writeFileAtomicAsync(output, result.data);
      return result;
    } catch (error) {
      return { status: 'failed', bytes: result.bytes, code: 'WRITE_ERROR', message: `cannot write ${output}: ${writeFailure(error)}` };
    }
  };

  /** The chunk's converted documents written to --out, all at once: the same results, or the failures to write them. */
  const saveAll = (indices: readonly number[], received: BatchResult[]): Promise<BatchResult[]> =>
    Promise.all(
      received.map((result, i) => {
        const output = tasks[indices[i]!]!.output;
        return result.status === 'converted' && output ? save(output, result) : result;
      }),
    );

  const record = (index: number, result: BatchResult): BatchResult => {
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
      for (const code of result.warnings) stats.warnings.set(code, (stats.warnings.get(code) ?? 0) + 1);
    }
    if (!toStdout) return result;
    // A copy: the data may stand in a slot that is given back before its line's turn comes.
    waiting.set(index, result.status === 'converted' ? result.data.slice() : null);
    for (let line = waiting.get(nextLine); line !== undefined; line = waiting.get(nextLine)) {
      if (line !== null) {
        block.push(line);
        blockLength += line.length;
      }
      waiting.delete(nextLine++);
    }
    if (blockLength >= BLOCK_BYTES) writeBlock();
    return result;
  };

  // A worker that dies takes its whole chunk down: the chunk is retried one
  // file per task, so that only the file that kills a worker is reported.
  // `handle` gets the results while the slot that holds their data is taken.
  const convert = async (chunk: readonly number[], handle: (results: BatchResult[]) => Promise<void>): Promise<void> => {
    let reply: ChunkReply;
    try {
      reply = await pool.run(chunk.map((index) => tasks[index]!));
    } catch (error) {
      if (chunk.length > 1) {
        for (const index of chunk) await convert([index], handle);
        return;
      }
      handle([{ status: 'failed', bytes: 0, code: 'WORKER_CRASH', message: `the worker stopped: ${(error as Error).message}` }]);
      return;
    }
    const area = reply.slot >= 0 ? new Uint8Array(slots.buffers[reply.slot]!) : null;
    let at = 0;
    const results = reply.results.map((sent): BatchResult => {
      if (sent.status !== 'converted') return sent;
      const { length, data, ...rest } = sent;
      at += data ? 0 : length;
      return { ...rest, data: data ?? area!.subarray(at - length, at) };
    });
    try {
      await handle(results);
    } finally {
      if (reply.slot >= 0) releaseSlot(slots, reply.slot);
    }
  };

  // The header goes first, so that a table to stdout is whole even when no input gives a row.
  if (toStdout && table) process.stdout.write(table.header);
  let interrupted = false;
  const onInterrupt = (): void => {
    interrupted = true;
  };
  // Once: a second Ctrl-C gets the default behaviour and ends the process at once.
  process.once('SIGINT', onInterrupt);
  // Lanes that find stdout full wait for one 'drain' together: a listener each would pass
  // Node's limit of 10 with --jobs 4 and up, and print a warning about a leak.
  let drain: Promise<unknown> | null = null;
  const stdoutDrained = (): Promise<unknown> => (drain ??= once(process.stdout, 'drain').finally(() => (drain = null)));
  const chunk = chunkSize(todo.length, threads);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (!interrupted && next < todo.length) {
      const indices = todo.slice(next, next + chunk);
      next += indices.length;
      // A chunk retried file by file is handled file by file.
      let handled = 0;
      await convert(indices, async (received) => {
        const done = indices.slice(handled, handled + received.length);
        handled += received.length;
        const saved = outRoot ? await saveAll(done, received) : received;
        const results = saved.map((result, i) => record(done[i]!, result));
        // Kept on disk at once: a kill loses no converted document.
        jsonl?.append(results.flatMap((result, i) => (result.status === 'converted' ? [{ index: done[i]!, line: result.data }] : [])));
      });
      progress.update(stats.converted + stats.skipped + stats.failed, stats.failed);
      if (toStdout && process.stdout.writableNeedDrain) await stdoutDrained();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(todo.length, threads * TASKS_PER_WORKER) }, lane));
  } catch (error) {
    jsonl?.close();
    throw error;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    progress.stop();
    await pool.destroy();
    setFlagsFromString('--heap-growing-percent=0');
  }
  writeBlock();
  const kept = jsonl ? { target: jsonl.target, partial: jsonl.partial, documents: jsonl.documentCount } : null;
  if (jsonl && interrupted) jsonl.close();
  else jsonl?.finish(tasks.length);

  failures.sort((a, b) => a.index - b.index);
  const errorsFile = outRoot ? join(outRoot, errorsFileName(shard)) : null;
  if (errorsFile) {
    if (failures.length > 0) writeFileAtomic(errorsFile, failures.map(({ path, code, message }) => JSON.stringify({ path, code, message }) + '\n').join(''));
    else rmSync(errorsFile, { force: true });
  } else {
    for (const failure of failures) process.stderr.write(`pdx: ${failure.path}: ${failure.code}: ${failure.message}\n`);
  }
  stats.seconds = (performance.now() - started) / 1000;
  if (!options.quiet)
    process.stderr.write(formatSummary(stats, { interrupted, errorsFile: options.out ? join(options.out, errorsFileName(shard)) : null, jsonl: kept }));
  if (interrupted) return EXIT_INTERRUPTED;
  return stats.failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
