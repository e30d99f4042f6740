/**
 * Reading one input file, for every command: what can go wrong has a stable
 * code and a one-line message saying how to fix it. A file is checked before
 * it is read, so a directory, a socket, a device or a file over the size limit
 * is refused without reading a byte. A pipe is read only where the user named
 * it (`pdx <(curl -s URL)`), to its end or the size limit: one met in a folder
 * might have no writer, and opening it would block the run. Reading is
 * synchronous: inputs are read one at a time, and in a batch worker each async
 * round trip to the thread pool left the worker idle (40% of a run).
 */
import { closeSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';

/** Inputs larger than this are refused unless --max-bytes says otherwise. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export type InputErrorCode = 'NOT_FOUND' | 'IS_DIRECTORY' | 'NOT_A_FILE' | 'TOO_LARGE' | 'UNREADABLE' | 'READ_ERROR';

export interface InputFailure {
  code: InputErrorCode;
  message: string;
}

/** Messages for a file that is no report (a dictionary, a coding sheet): how to fix it differs, the code does not. */
export type FailureMessages = Partial<Record<InputErrorCode, string>>;

export type ReadResult = { bytes: Buffer } | { failure: InputFailure };

// Small enough sizes in smaller units: a 2 kB limit is no "0.0 MB".
const size = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${bytes} bytes`;

/**
 * The failure a system error stands for: the one mapping of errno codes to
 * input error codes, for every file pdx reads. `messages` replace the
 * messages meant for a report.
 */
export function readFailure(error: unknown, messages: FailureMessages = {}): InputFailure {
  const failure = (code: InputErrorCode, message: string): InputFailure => ({ code, message: messages[code] ?? message });
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return failure('NOT_FOUND', 'no such file (check the path)');
    case 'EISDIR':
      return failure('IS_DIRECTORY', 'is a directory (to convert a folder: pdx batch DIR --out OUT)');
    case 'EACCES':
    case 'EPERM':
      return failure('UNREADABLE', "permission denied (check the file's permissions)");
    case 'ELOOP':
      return failure('READ_ERROR', 'is a symbolic link in a loop (ELOOP), which leads to no file; fix or remove the link');
    default:
      return failure('READ_ERROR', `cannot read: ${(error as Error).message}`);
  }
}

/**
 * Why a path named on the command line cannot be taken, or null when it
 * exists: found before any input is read, it is bad usage.
 */
export function pathProblem(path: string): string | null {
  try {
    statSync(path);
    return null;
  } catch (error) {
    const failure = readFailure(error);
    return `${path}: ${failure.code === 'NOT_FOUND' ? 'no such file or folder' : failure.message}`;
  }
}

export interface ReadOptions {
  /** Inputs larger than this are refused (TOO_LARGE); default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /** Messages that replace those meant for a report (see readFailure). */
  messages?: FailureMessages;
  /** Whether a pipe is read (a path the user named, such as <(…)); otherwise it is refused as NOT_A_FILE. */
  pipes?: boolean;
}

const tooLarge = (bytes: number | null, maxBytes: number): InputFailure => ({
  code: 'TOO_LARGE',
  message: `${bytes === null ? 'runs on past' : `is ${size(bytes)}, over`} the limit of ${size(maxBytes)} (--max-bytes ${maxBytes}); raise --max-bytes to convert it`,
});

/** Why a file with these stats is not read, or null when it may be. */
function refusal(info: Stats, maxBytes: number, pipes: boolean): InputFailure | null {
  if (info.isDirectory()) return readFailure(Object.assign(new Error('directory'), { code: 'EISDIR' }));
  if (info.isFIFO() && !pipes) return { code: 'NOT_A_FILE', message: 'is a pipe (FIFO), which only pdx FILE and pdx eval read; save the report to a file' };
  if (!info.isFile() && !info.isFIFO())
    return { code: 'NOT_A_FILE', message: 'is not a regular file (a socket or device); save the report to a file, or pipe it to pdx -' };
  if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
  return null;
}

const PIPE_CHUNK = 64 * 1024;

/** A pipe's bytes to its end, or null once they pass `maxBytes` (a pipe has no size to check first). */
function readPipe(path: string, maxBytes: number): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    // One buffer read into, and each read copied out at its size: a pipe gives a few kB a read,
    // and a 64 kB buffer kept per read would hold many times the input.
    const buffer = Buffer.allocUnsafe(PIPE_CHUNK);
    let total = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, PIPE_CHUNK, null);
      if (read === 0) return Buffer.concat(chunks, total);
      total += read;
      if (total > maxBytes) return null;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
  } finally {
    closeSync(fd);
  }
}

/** The bytes of the file at `path`, or why it is not read. */
export function readInputFile(path: string, { maxBytes = DEFAULT_MAX_BYTES, messages = {}, pipes = false }: ReadOptions = {}): ReadResult {
  const failed = ({ code, message }: InputFailure): ReadResult => ({ failure: { code, message: messages[code] ?? message } });
  try {
    const info = statSync(path);
    const refused = refusal(info, maxBytes, pipes);
    if (refused) return failed(refused);
    if (!info.isFIFO()) return { bytes: readFileSync(path) };
    const bytes = readPipe(path, maxBytes);
    return bytes ? { bytes } : failed(tooLarge(null, maxBytes));
  } catch (error) {
    return { failure: readFailure(error, messages) };
  }
}

/** `--max-bytes N`: a positive whole number of bytes (suffixes k, M, G allowed). */
export function parseMaxBytes(value: string): number {
  const match = /^(\d+)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!match) throw new Error(`--max-bytes takes a number of bytes such as 50000000 or 50M, not ${JSON.stringify(value)}`);
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Number(match[1]) * scale;
  if (bytes <= 0) throw new Error('--max-bytes must be greater than 0');
  return bytes;
}
