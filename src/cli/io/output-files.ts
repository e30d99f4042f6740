/**
 * Writing outputs safely: never outside the --out folder, never half-written.
 * A file is written to a temporary name in its own folder and renamed over
 * the target, so a reader (or a killed run) sees the old file or the new one,
 * never a prefix; the rename also replaces a symlink instead of writing through it.
 */
import { lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
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

// The temporary name writeFileAtomic uses: hidden, with the writer's pid and thread id; group 1 is the target's name.
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

/** Writes `data` to `path` through a temporary file in the same folder and a rename. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  // One writer per thread at a time, so pid and thread id make the name unique.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${threadId}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was left behind
    }
    throw error;
  }
}
