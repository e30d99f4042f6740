/** What the `pdx batch` main thread and its workers pass each other. */
import type { DictionaryCliOptions } from '../dictionary-options.js';

/** Given to every worker once: the dictionaries it loads its topic engine from. */
export type WorkerConfig = DictionaryCliOptions;

export interface BatchTask {
  /** The file to read (absolute). */
  file: string;
  /** The path as the user's arguments spell it: `source.path` of the document and the `path` of an error line. */
  path: string;
  /** Where the document goes (absolute, inside `outRoot`), or null to send it back as a JSON line. */
  output: string | null;
  /** The real path of --out: no output may land outside it. */
  outRoot: string | null;
  /** Convert even when the output is up to date. */
  force: boolean;
}

export type BatchResult =
  | { status: 'converted'; bytes: number; clauses: number; topics: number; line: string | null }
  | { status: 'skipped' }
  | { status: 'failed'; bytes: number; code: string; message: string };
