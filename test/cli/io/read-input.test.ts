/**
 * Reading an input refuses what is no report with a code saying why; a pipe
 * is read only where the user named it, to its end or the size limit, and is
 * otherwise never opened (a pipe with no writer would block the run).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile, type ReadResult } from '../../../src/cli/io/read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'pdx-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const report = join(dir, 'report.txt');
writeFileSync(report, '会议强调，要抓好秋粮收购。');
mkdirSync(join(dir, 'folder'));
const fifo = join(dir, 'pipe');
execFileSync('mkfifo', [fifo]);

const codeOf = (result: ReadResult): string => ('failure' in result ? result.failure.code : 'OK');

describe('readInputFile', () => {
  const read = readInputFile;
  it('returns the bytes of a report', () => {
    const result = read(report);
    expect('bytes' in result && result.bytes.toString('utf8')).toBe('会议强调，要抓好秋粮收购。');
  });

  it('refuses what is not a readable report, each with its code', () => {
    expect(codeOf(read(join(dir, 'missing.txt')))).toBe('NOT_FOUND');
    expect(codeOf(read(join(dir, 'folder')))).toBe('IS_DIRECTORY');
    expect(codeOf(read(fifo))).toBe('NOT_A_FILE');
    expect(codeOf(read(join(report, 'below-a-file')))).toBe('NOT_FOUND');
  });

  it('refuses a file over the limit before reading it, naming the limit', () => {
    const result = read(report, { maxBytes: 10 });
    expect('failure' in result && result.failure).toEqual({
      code: 'TOO_LARGE',
      message: 'is 39 bytes, over the limit of 10 bytes (--max-bytes 10); raise --max-bytes to convert it',
    });
  });

  it('reads a pipe it is allowed to, to its end, and refuses one that runs past the limit', async () => {
    // A writer in another process, as a shell's <(…) has: the read below blocks this one until the writer ends.
    const write = (command: string) => spawn('sh', ['-c', `${command} > "$1"`, 'sh', fifo]);
    let writer = write("printf '会议强调，要抓好秋粮收购。'");
    const result = read(fifo, { pipes: true });
    await new Promise((resolve) => writer.on('close', resolve));
    expect('bytes' in result && result.bytes.toString('utf8')).toBe('会议强调，要抓好秋粮收购。');
    writer = write('head -c 200000 /dev/zero');
    const large = read(fifo, { pipes: true, maxBytes: 100_000 });
    writer.kill();
    expect('failure' in large && large.failure).toEqual({
      code: 'TOO_LARGE',
      message: 'runs on past the limit of 97.7 kB (--max-bytes 100000); raise --max-bytes to convert it',
    });
  });
});
