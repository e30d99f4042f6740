/** Runs the built `pdx` for the tests of `pdx stats`, `pdx report` and `pdx diff`. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../support.js';

export const BIN = join(ROOT, 'bin', 'pdx.js');

export interface RunOptions {
  cwd?: string;
  /** Standard input; closed when absent. */
  input?: string | Buffer;
  /** Options for node itself, before the script (a heap limit). */
  node?: string[];
}

export function pdx(args: string[], options: RunOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...(options.node ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(options.input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input: options.input }),
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Bad usage: exit 2, stderr opening with `message`, nothing on stdout (standard input empty). */
export function expectUsageError(args: string[], message: string, cwd: string): void {
  const result = pdx(args, { cwd, input: '' });
  expect(result.status).toBe(2);
  expect(result.stderr.startsWith(message)).toBe(true);
  expect(result.stdout).toBe('');
}
