/**
 * Writing outputs safely, for every command that writes a file: never outside
 * the --out folder, never half-written. A file is written to a temporary name
 * in its own folder and renamed over the target (AtomicFile), so a reader (or
 * a killed run) sees the old file or the new one, never a prefix; the rename
 * also replaces a symlink instead of writing through it. A write that fails
 * removes its temporary file. The temporary file is created anew (O_EXCL): a
 * symlink planted at its name is removed, never written through. Files are not synced to disk before the rename:
 * that would cost a batch of thousands of files a disk flush each, and a
 * batch output cut short by a power cut is found unreadable and converted
 * again on the next run.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { rename, rm, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { threadId } from 'node:worker_threads';

/** True when `path` is `root` or lies below it (both absolute and normalised). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Creates `dir` unless a folder on the way resolves outside `root` (a symlink
 * to elsewhere, planted or left by an earlier run): `mkdir -p` would follow it.
 * Returns false, creating nothing, when the folder would not be confined.
 */
export function makeConfinedDir(root: string, dir: string): boolean {
  let existing = dir;
  while (lstatSync(existing, { throwIfNoEntry: false }) === undefined) existing = dirname(existing);
  let real: string;
  try {
    real = realpathSync.native(existing);
  } catch {
    return false; // a dangling symlink: it points nowhere we can vouch for
  }
  if (!isInside(root, real)) return false;
  mkdirSync(dir, { recursive: true });
  return true;
}

// The temporary name AtomicFile uses: hidden, with the writer's pid and thread id; group 1 is the target's name.
const TEMP_NAME = /^\.(.+)\.\d+-\d+\.tmp$/;

/**
 * Removes temporary files a killed run left under `root` (a kill between write
 * and rename orphans one); nothing else is touched and no symlink is followed.
 * `owns` is asked for each one with the path of the file it stood for,
 * relative to `root` with `/` separators: a temporary file it disowns is left,
 * since another run sharing the folder (another --shard) may be writing it.
 */
export function removeOrphanedTemps(root: string, owns: (target: string) => boolean = () => true): number {
  let removed = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const name = entry.isFile() ? TEMP_NAME.exec(entry.name) : null;
    if (!name || !owns(relative(root, join(entry.parentPath, name[1]!)).split(sep).join('/'))) continue;
    unlinkSync(join(entry.parentPath, entry.name));
    removed++;
  }
  return removed;
}

/** The temporary name of `target` while this thread writes it: one writer of a target per thread at a time, so pid and thread id make it unique. */
function tempPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${threadId}.tmp`);
}

const isTaken = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'EEXIST';

/**
 * The temporary file of `target`, created anew: whatever stands at its name (a
 * file a killed run of the same pid left, a symlink planted to make the write
 * land outside the folder) is removed first, not opened.
 */
function openTemp(temp: string): number {
  try {
    return openSync(temp, 'wx');
  } catch (error) {
    if (!isTaken(error)) throw error;
    unlinkSync(temp);
    return openSync(temp, 'wx');
  }
}

/** A file written under a temporary name beside `target`, which becomes `target` only when commit() is called. */
export class AtomicFile {
  readonly temp: string;
  private fd: number | null;
  /** Renamed, or removed: nothing is left to do. */
  private settled = false;

  /** Opens the temporary file; throws what opening it throws (a missing folder, no permission). */
  constructor(readonly target: string) {
    this.temp = tempPathOf(target);
    this.fd = openTemp(this.temp);
  }

  write(data: string | Uint8Array): void {
    if (this.fd === null) throw new Error(`${this.target}: written after it was committed or given up`);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
  }

  /** Closes the file and renames it over the target; when that fails, the temporary file is removed and the target left as it was. */
  commit(): void {
    if (this.settled) return;
    try {
      this.close();
      renameSync(this.temp, this.target);
      this.settled = true;
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  /** Closes and removes the temporary file, unless it was committed; the target is left as it was. */
  abort(): void {
    if (this.settled) return;
    this.settled = true;
    try {
      this.close();
    } catch {
      // it is removed all the same
    }
    try {
      unlinkSync(this.temp);
    } catch {
      // nothing was left behind
    }
  }

  private close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    closeSync(fd);
  }
}

/** Writes `data` to `path` through a temporary file in the same folder and a rename. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const file = new AtomicFile(path);
  try {
    file.write(data);
  } catch (error) {
    file.abort();
    throw error;
  }
  file.commit();
}

/** writeFileAtomic on libuv's thread pool: the calling thread goes on with other work while the file is written. */
export async function writeFileAtomicAsync(path: string, data: Uint8Array): Promise<void> {
  const temp = tempPathOf(path);
  try {
    await writeFile(temp, data, { flag: 'wx' }).catch(async (error: unknown) => {
      if (!isTaken(error)) throw error;
      await unlink(temp);
      await writeFile(temp, data, { flag: 'wx' });
    });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
