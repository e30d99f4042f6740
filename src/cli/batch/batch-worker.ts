/**
 * What a `pdx batch` worker does with one input file: check whether its output
 * is up to date, read and convert it, and send the JSON back; the main thread
 * has it written while the worker converts the next (creating thousands of
 * files costs the kernel about as much as converting them). Tasks
 * come in chunks (worker-entry.ts). The topic engine (dictionaries, and jieba
 * once a cue needs it) is loaded once per worker, on its first task.
 */
import { workerData } from 'node:worker_threads';
import { extractUnchecked, generatorOf } from '../../extract.js';
import { tableRecords } from '../../output/directive-table.js';
import { documentSchema, type PdxDocument } from '../../schema.js';
import type { TopicEngine } from '../../topics/topic-engine.js';
import { isFatal } from '../../warnings.js';
import { loadTopicEngine } from '../dictionary-options.js';
import { readInputFile } from '../io/read-input.js';
import { tableEntry } from './jsonl-file.js';
import type { BatchResult, BatchTask, Converted, WorkerConfig } from './protocol.js';
import { isUpToDate } from './up-to-date.js';

interface Engine {
  topics: TopicEngine;
  /** What every output made with these dictionaries says in its `generator` field. */
  generator: PdxDocument['generator'];
}

let engine: Promise<Engine> | null = null;

/** A task's result in the worker: a converted document's data still as text, encoded when its chunk is sent (worker-entry.ts). */
export type TaskResult = Exclude<BatchResult, Converted> | (Omit<Converted, 'data'> & { text: string });

/** What the main thread writes for a document: its JSON line, or its CSV records as such or in a FILE.partial line. */
function dataOf(document: PdxDocument, generator: PdxDocument['generator']): string {
  const { table } = workerData as WorkerConfig;
  if (!table) return JSON.stringify(document) + '\n';
  const records = tableRecords(document, table.rows, 'csv');
  return table.entry ? tableEntry(generator, table.rows, document.source.path, records) : records;
}

function loadEngine(): Promise<Engine> {
  engine ??= loadTopicEngine(workerData as WorkerConfig).then((topics) => ({ topics, generator: generatorOf(topics) }));
  return engine;
}

export default async function convert(task: BatchTask): Promise<TaskResult> {
  const { topics, generator } = await loadEngine();
  if (task.output && task.resume && isUpToDate(task.file, task.output, generator)) return { status: 'skipped' };
  const read = readInputFile(task.file);
  if ('failure' in read) return { status: 'failed', bytes: 0, code: read.failure.code, message: read.failure.message };
  const { bytes } = read;
  const built = extractUnchecked(bytes, { path: task.path, topics });
  const checked = (workerData as WorkerConfig).validate ? documentSchema.safeParse(built) : null;
  if (checked && !checked.success) {
    const problem = checked.error.issues[0]!;
    return {
      status: 'failed',
      bytes: bytes.length,
      code: 'INVALID_OUTPUT',
      message: `the document does not match the schema at ${problem.path.join('.') || 'its top'} (${problem.message}): a bug in pdx, please report it with this input`,
    };
  }
  const document = checked?.data ?? built;
  const fatal = document.warnings.find(isFatal);
  if (fatal) return { status: 'failed', bytes: bytes.length, code: fatal.code, message: fatal.message };
  const topicCount = document.clauses.reduce((sum, clause) => sum + clause.topics.length, 0);
  return {
    status: 'converted',
    bytes: bytes.length,
    clauses: document.clauses.length,
    topics: topicCount,
    warnings: document.warnings.map((item) => item.code),
    text: dataOf(document, generator),
  };
}
