/** What the `pdx batch` main thread and its workers pass each other. */
import type { TableRows } from '../../output/directive-table.js';
import type { DictionaryCliOptions } from '../dictionary-options.js';
import type { Slots } from './slots.js';

/** Given to every worker once: the dictionaries it loads its topic engine from, and what it sends back. */
export interface WorkerConfig extends DictionaryCliOptions {
  /** --validate: check each document against the schema (the tests check that what extract builds always passes). */
  validate: boolean;
  /**
   * For --csv: send the document's CSV records instead of the document;
   * `entry`: wrapped as a line of FILE.partial (jsonl-file.ts), for --csv FILE.
   */
  table?: { rows: TableRows; entry: boolean };
  /** Where converted documents are handed back (slots.ts). */
  slots: Slots;
}

export interface BatchTask {
  /** The file to read (absolute). */
  file: string;
  /** The path as the user's arguments spell it: `source.path` of the document and the `path` of an error line. */
  path: string;
  /** Where the main thread will write the document (absolute, inside --out), or null for a JSON line. */
  output: string | null;
  /**
   * An output exists at `output` and no --force was given: skip the input if
   * that output is up to date. Whether one exists is asked by the main thread
   * before the run, so that workers never look up names in a folder the main
   * thread is writing to (the lookups wait on its directory lock).
   */
  resume: boolean;
}

/**
 * `warnings`: the document's warning codes; `data`: what the main thread writes for it, as UTF-8
 * bytes that it only copies to a file: the document as JSON and a newline, or for --csv its
 * records (wrapped in a FILE.partial line for --csv FILE).
 */
export interface Converted {
  status: 'converted';
  bytes: number;
  clauses: number;
  topics: number;
  warnings: string[];
  data: Uint8Array;
}

export type BatchResult = Converted | { status: 'skipped' } | { status: 'failed'; bytes: number; code: string; message: string };

/** A result as a worker sends it: a converted document's data is `length` bytes in the chunk's slot, or here (null: in the slot). */
export type SentResult = Exclude<BatchResult, Converted> | (Omit<Converted, 'data'> & { length: number; data: Uint8Array | null });

/** What a worker sends back for a chunk: a result per task, and the slot that holds the converted documents back to back (-1: none). */
export interface ChunkReply {
  results: SentResult[];
  slot: number;
}
