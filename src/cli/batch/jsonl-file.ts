/**
 * `pdx batch … --jsonl FILE` and `--csv FILE`: one file that appears
 * complete, in input order, when the run ends, and that a run stopped by
 * Ctrl-C, a kill or a crash never loses.
 *
 * Each document is appended to FILE.partial, a JSON Lines file, as soon as it
 * is converted (in whatever order the workers finish), so the partial file
 * holds everything converted so far: for --jsonl the document itself, for
 * --csv a line that holds its CSV records, stamped with the document's
 * `generator`, `source.path` and the kind of rows (tableEntry). At the end
 * FILE is assembled from it in input order (for --csv after the header),
 * written to a temporary name and renamed; FILE.partial is then removed.
 *
 * Running the same command again resumes: the lines of FILE.partial (and of
 * an earlier --jsonl FILE) whose input is one of this run's, is older than the
 * file the line is in, and was converted by this same pdx version and
 * dictionaries (their `generator`), into the same kind of rows, are kept
 * instead of converted again, as `--out` outputs are. A finished CSV cannot be
 * resumed from: its rows do not say what made them, and a report without
 * clauses has none. `--force` converts everything again.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, rmSync, statSync, writevSync } from 'node:fs';
import type { TableRows } from '../../output/directive-table.js';
import type { PdxDocument } from '../../schema.js';
import { AtomicFile } from '../io/output-files.js';

/** Where the documents of an unfinished --jsonl run are kept. */
export const partialPath = (target: string): string => `${target}.partial`;

interface Place {
  fd: number;
  offset: number;
  length: number;
}

const BUFFER_BYTES = 1 << 20;
/** Lines per writev call: under every system's IOV_MAX (1,024 on Linux). */
const WRITEV_MAX = 512;

/**
 * Calls `visit(line, offset)` for every complete line (ending in \n) of the
 * file open at `fd`, and returns the end of the last one: anything after it
 * is a line cut short by a kill.
 */
function eachLine(fd: number, visit: (line: Buffer, offset: number) => void): number {
  const buffer = Buffer.alloc(BUFFER_BYTES);
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let position = 0;
  let lineStart = 0;
  for (let read = readSync(fd, buffer, 0, buffer.length, position); read > 0; read = readSync(fd, buffer, 0, buffer.length, position)) {
    let start = 0;
    for (let newline = buffer.indexOf(10, 0); newline >= 0 && newline < read; newline = buffer.indexOf(10, start)) {
      const piece = buffer.subarray(start, newline);
      const line = pendingLength > 0 ? Buffer.concat([...pending, piece]) : piece;
      visit(line, lineStart);
      lineStart += line.length + 1;
      pending = [];
      pendingLength = 0;
      start = newline + 1;
    }
    if (start < read) {
      pending.push(Buffer.from(buffer.subarray(start, read)));
      pendingLength += read - start;
    }
    position += read;
  }
  return lineStart;
}

/** The line of FILE.partial that keeps the CSV records of one document (--csv FILE). */
export function tableEntry(generator: PdxDocument['generator'], rows: TableRows, path: string, records: string): string {
  return JSON.stringify({ generator, table: rows, source: { path }, records }) + '\n';
}

type Line = Partial<Pick<PdxDocument, 'generator' | 'source'>> & { table?: unknown; records?: unknown };

/** A line's input path, when it was made by `generator` into `table` rows (a document: no table). */
function pathOf(line: Buffer, generator: string, table: TableRows | undefined): string | null {
  try {
    const value = JSON.parse(line.toString('utf8')) as Line;
    return JSON.stringify(value.generator) === generator && value.table === table && typeof value.source?.path === 'string' ? value.source.path : null;
  } catch {
    return null;
  }
}

/** For --csv FILE: the kind of rows and the header FILE starts with. */
export interface TableLayout {
  rows: TableRows;
  header: string;
}

export interface ResumeFrom {
  /** Each input's path (`source.path`) and the file it is read from, in input order. */
  inputs: readonly { path: string; file: string }[];
  /** The generator of the documents this run makes; lines made by another are converted again. */
  generator: PdxDocument['generator'];
}

export class JsonlFile {
  readonly partial: string;
  /** Documents of this run's inputs taken from an earlier FILE or FILE.partial, by input index. */
  private readonly kept = new Map<number, Place>();
  /** Documents converted in this run, by input index: where they are in FILE.partial. */
  private readonly converted = new Map<number, Place>();
  private readonly partialFd: number;
  private readonly earlierFd: number | null;
  private size: number;

  /**
   * Opens FILE.partial for appending; with `resume`, first finds the lines of
   * FILE.partial (and of FILE, unless it is a table) that can be kept. Throws
   * on a file it cannot open.
   */
  constructor(
    readonly target: string,
    resume: ResumeFrom | null,
    private readonly table: TableLayout | null = null,
  ) {
    this.partial = partialPath(target);
    if (!resume) rmSync(this.partial, { force: true });
    this.earlierFd = resume && !table ? this.openIfThere(target) : null;
    this.partialFd = openSync(this.partial, 'a+');
    const partialEnd = resume ? this.index(this.partialFd, resume) : 0;
    if (resume && this.earlierFd !== null) this.index(this.earlierFd, resume);
    // A line cut short by a kill would run into the next one appended.
    ftruncateSync(this.partialFd, partialEnd);
    this.size = partialEnd;
  }

  private openIfThere(path: string): number | null {
    try {
      return openSync(path, 'r');
    } catch {
      return null;
    }
  }

  /** Keeps the usable lines of the file at `fd` (unless kept from a later file already); returns where its complete lines end. */
  private index(fd: number, { inputs, generator }: ResumeFrom): number {
    const indexOf = new Map(inputs.map((input, index) => [input.path, index]));
    const written = fstatSync(fd).mtimeMs;
    const expected = JSON.stringify(generator);
    return eachLine(fd, (line, offset) => {
      const path = pathOf(line, expected, this.table?.rows);
      const index = path === null ? undefined : indexOf.get(path);
      if (index === undefined || this.kept.has(index)) return;
      const input = statSync(inputs[index]!.file, { throwIfNoEntry: false });
      if (input && input.mtimeMs < written) this.kept.set(index, { fd, offset, length: line.length + 1 });
    });
  }

  /** Whether input `index` is kept from an earlier run, and needs no converting. */
  has(index: number): boolean {
    return this.kept.has(index);
  }

  get keptCount(): number {
    return this.kept.size;
  }

  /** How many documents FILE.partial holds for this run: kept from before and converted now. */
  get documentCount(): number {
    return new Set([...this.kept.keys(), ...this.converted.keys()]).size;
  }

  /** Appends converted documents (each a line of JSON and \n: a document, or a tableEntry) to FILE.partial, at once. */
  append(documents: readonly { index: number; line: Uint8Array }[]): void {
    if (documents.length === 0) return;
    // Written from where the lines are (a worker's slot), with no buffer made for them.
    const lines = documents.map((document) => document.line);
    let written = 0;
    for (let at = 0; at < lines.length; at += WRITEV_MAX) written += writevSync(this.partialFd, lines.slice(at, at + WRITEV_MAX));
    let offset = this.size;
    for (const { index, line } of documents) {
      this.converted.set(index, { fd: this.partialFd, offset, length: line.length });
      offset += line.length;
    }
    if (written !== offset - this.size)
      throw new Error(`cannot write ${this.partial}: ${written} of ${offset - this.size} bytes were written (is the disk full?)`);
    this.size = offset;
  }

  /** What FILE holds for a line of FILE.partial: the line itself, or a table entry's records. */
  private body(line: Buffer): Buffer {
    return this.table ? Buffer.from(String((JSON.parse(line.toString('utf8')) as Line).records), 'utf8') : line;
  }

  /** Writes FILE in input order, through a temporary name and a rename, and removes FILE.partial. */
  finish(inputCount: number): void {
    const out = new AtomicFile(this.target);
    // One buffer, reused: the lines are read into it and written out when it is full.
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    let used = 0;
    const flush = (): void => {
      if (used > 0) out.write(buffer.subarray(0, used));
      used = 0;
    };
    const put = (bytes: Uint8Array): void => {
      if (used + bytes.length > buffer.length) flush();
      if (bytes.length > buffer.length) out.write(bytes);
      else {
        buffer.set(bytes, used);
        used += bytes.length;
      }
    };
    try {
      if (this.table) put(Buffer.from(this.table.header, 'utf8'));
      for (let index = 0; index < inputCount; index++) {
        const line = this.converted.get(index) ?? this.kept.get(index);
        if (!line) continue;
        if (this.table || line.length > buffer.length) {
          const bytes = Buffer.alloc(line.length);
          readSync(line.fd, bytes, 0, line.length, line.offset);
          put(this.body(bytes));
          continue;
        }
        if (used + line.length > buffer.length) flush();
        readSync(line.fd, buffer, used, line.length, line.offset);
        used += line.length;
      }
      flush();
    } catch (error) {
      out.abort();
      throw error;
    }
    this.close();
    out.commit();
    rmSync(this.partial, { force: true });
  }

  /** Leaves FILE.partial as it is, for the next run to resume from. */
  close(): void {
    closeSync(this.partialFd);
    if (this.earlierFd !== null) closeSync(this.earlierFd);
  }
}
