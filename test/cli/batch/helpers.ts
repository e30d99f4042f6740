/** Helpers for the `pdx batch` tests: spawn wrappers for the built binary. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from '../../support.js';

export const BIN = join(ROOT, 'bin', 'pdx.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `pdx ARGS` in `cwd`, stdin closed, colours off; stderr is not a terminal, so no progress bar. */
export function pdx(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
}

/** Starts `pdx ARGS` without waiting, for tests that signal it. */
export function startPdx(args: string[], cwd: string): { child: ReturnType<typeof spawn>; done: Promise<Run> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<Run>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
  return { child, done };
}

/** Every file under `dir` (anything that is not a folder), relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * For a test file: a temporary folder made before its tests and removed after
 * them, and `tree(files)`, which makes a fresh working folder in it holding
 * `files` (path → content).
 */
export function temporaryTrees(prefix: string): (files: Record<string, string | Buffer>) => string {
  let tmp = '';
  let count = 0;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
  });
  return (files) => {
    const dir = join(tmp, `case-${++count}`);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  };
}
