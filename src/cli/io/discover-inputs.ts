/**
 * The inputs of `pdx batch`: folders (walked recursively), files, and globs
 * the shell left unexpanded. The walk follows symlinks but enters each real
 * folder once per argument, so a link loop ends; the same real file reached
 * twice is taken once. Hidden entries (.git, our temporary files) are skipped.
 *
 * Order is deterministic: arguments in the order given, and within a folder
 * names sorted (by UTF-16 code units), depth first. Each input also gets the
 * path its output mirrors: relative to the deepest folder that holds every
 * argument, so it never starts with `..` and two inputs never share it.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { globToRegExp, hasGlobMagic, splitGlob } from './glob.js';
import { pathProblem } from './read-input.js';

/** What a folder walk or a glob takes; a file named on the command line is taken whatever its extension. */
export const INPUT_EXTENSIONS: readonly string[] = ['.html', '.htm', '.shtml', '.xhtml', '.txt', '.md', '.docx'];

export interface BatchInput {
  /** Absolute path to read. */
  file: string;
  /** The path spelled from the user's argument (source.path of the document). */
  path: string;
  /** The path its output mirrors, relative to the common folder of all arguments, with `/` or the platform separator. */
  relative: string;
  /** The index of the argument that named it. */
  argument: number;
  /** Named on the command line itself, not found in a folder or by a glob. */
  named: boolean;
}

interface Root {
  argument: string;
  index: number;
  kind: 'file' | 'dir' | 'glob';
  /** Absolute folder the walk starts in (for a file: the file itself). */
  base: string;
  /** For a glob: the pattern relative to `base`. */
  pattern: RegExp | null;
  /** How the user spelled `base` (for a glob, the part before the first wildcard). */
  spelled: string;
}

interface Frame {
  dir: string;
  real: string;
  entries: Dirent[];
  next: number;
}

export interface Discovery {
  inputs: BatchInput[];
  problems: string[];
}

/** The stats of what `path` leads to, or null when it leads nowhere (a dangling link, a link loop …). */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function toRoot(argument: string, index: number): Root | string {
  const stat = statOrNull(argument);
  if (stat?.isDirectory()) return { argument, index, kind: 'dir', base: resolve(argument), pattern: null, spelled: argument };
  if (stat) return { argument, index, kind: 'file', base: resolve(argument), pattern: null, spelled: argument };
  if (!hasGlobMagic(argument)) return pathProblem(argument) ?? `${argument}: no such file or folder`;
  const { base, pattern } = splitGlob(argument);
  try {
    return { argument, index, kind: 'glob', base: resolve(base), pattern: globToRegExp(pattern), spelled: base };
  } catch (error) {
    // A character class such as [z-a] stands for nothing.
    return `${argument}: not a valid glob (${(error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '').toLowerCase()})`;
  }
}

function commonFolder(paths: readonly string[]): string {
  let common = paths[0]!;
  for (const path of paths.slice(1)) {
    while (!(path === common || path.startsWith(common.endsWith(sep) ? common : common + sep))) common = dirname(common);
  }
  return common;
}

function realpathOrNull(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Finds the inputs named by `args`: files named, and the files with one of
 * `extensions` in folders and matching globs. `exclude` is a folder never
 * walked (the --out folder, when it lies inside an input folder).
 */
export function discoverInputs(args: readonly string[], exclude: string | null, extensions: readonly string[] = INPUT_EXTENSIONS): Discovery {
  const accepted: ReadonlySet<string> = new Set(extensions);
  const problems: string[] = [];
  const roots: Root[] = [];
  for (const [index, argument] of args.entries()) {
    const root = toRoot(argument, index);
    if (typeof root === 'string') problems.push(root);
    else roots.push(root);
  }
  if (roots.length === 0) return { inputs: [], problems };
  const common = commonFolder(roots.map((root) => (root.kind === 'file' ? dirname(root.base) : root.base)));
  const excluded = exclude ? (realpathOrNull(exclude) ?? resolve(exclude)) : null;
  const seenFiles = new Set<string>();
  const inputs: BatchInput[] = [];

  for (const root of roots) {
    let matched = 0;
    const problemsBefore = problems.length;
    const take = (file: string, real: string): void => {
      matched++;
      if (seenFiles.has(real)) return;
      seenFiles.add(real);
      const spelled = root.kind === 'file' ? root.spelled : join(root.spelled, relative(root.base, file));
      inputs.push({ file, path: spelled, relative: relative(common, file), argument: root.index, named: root.kind === 'file' });
    };
    if (root.kind === 'file') {
      take(root.base, realpathOrNull(root.base) ?? root.base);
      continue;
    }
    const rootReal = realpathOrNull(root.base);
    if (rootReal === null || rootReal === excluded) continue;
    // Real folders entered under this root: a link back up is not followed again.
    const seenDirs = new Set([rootReal]);
    // Depth first in name order, iteratively: each frame is a folder and how far its listing has been read.
    const stack: Frame[] = [];
    const enter = (dir: string, real: string): void => {
      try {
        stack.push({ dir, real, entries: readdirSync(dir, { withFileTypes: true }).sort(byName), next: 0 });
      } catch (error) {
        problems.push(
          `${join(root.spelled, relative(root.base, dir))}: cannot list the folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
    };
    enter(root.base, rootReal);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const entry = frame.entries[frame.next++];
      if (!entry) {
        stack.pop();
        continue;
      }
      if (entry.name.startsWith('.')) continue;
      const path = join(frame.dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = statOrNull(path);
        // A dangling link (or a link loop) is still an input, its failure reported when it is read, if its name says it is one.
        isDir = target?.isDirectory() ?? false;
        isFile = target ? target.isFile() : true;
      }
      if (isDir) {
        const real = realpathOrNull(path);
        if (real === null || seenDirs.has(real) || real === excluded) continue;
        seenDirs.add(real);
        enter(path, real);
      } else if (isFile && accepted.has(extname(entry.name).toLowerCase())) {
        if (root.pattern && !root.pattern.test(relative(root.base, path).split(sep).join('/'))) continue;
        take(path, entry.isSymbolicLink() ? (realpathOrNull(path) ?? path) : join(frame.real, entry.name));
      }
    }
    // Every folder or glob named must yield something: an empty one is a wrong path as much as a missing one.
    if (matched === 0 && problems.length === problemsBefore)
      problems.push(
        root.kind === 'glob' ? `${root.argument}: matches no ${extensions.join(' ')} file` : `${root.argument}: no ${extensions.join(' ')} file in this folder`,
      );
  }
  return { inputs, problems };
}
