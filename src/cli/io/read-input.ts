/**
 * Reading one input file, for every command: what can go wrong has a stable
 * code and a one-line message saying how to fix it. A file is checked before
 * it is read, so a directory, a FIFO (which would block) or a file over the
 * size limit is refused without reading a byte. Reading is synchronous: inputs
 * are read one at a time, and in a batch worker each async round trip to the
 * thread pool left the worker idle (40% of a run).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';

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

/** Why a file with these stats is not read, or null when it may be. */
function refusal(info: Stats, maxBytes: number): InputFailure | null {
  if (info.isDirectory()) return readFailure(Object.assign(new Error('directory'), { code: 'EISDIR' }));
  if (!info.isFile())
    return { code: 'NOT_A_FILE', message: 'is not a regular file (a FIFO, socket or device); save the report to a file, or pipe it to pdx -' };
  if (info.size > maxBytes) {
    return {
      code: 'TOO_LARGE',
      message: `is ${size(info.size)}, over the limit of ${size(maxBytes)} (--max-bytes ${maxBytes}); raise --max-bytes to convert it`,
    };
  }
  return null;
}

/** The bytes of the file at `path`, or why it is not read (`messages` as for readFailure). */
export function readInputFile(path: string, maxBytes: number = DEFAULT_MAX_BYTES, messages: FailureMessages = {}): ReadResult {
  try {
    const refused = refusal(statSync(path), maxBytes);
    return refused ? { failure: { code: refused.code, message: messages[refused.code] ?? refused.message } } : { bytes: readFileSync(path) };
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
