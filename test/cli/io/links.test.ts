/**
 * A symbolic link that leads to no file — dangling, or in a loop — means the
 * same in every command, since they all walk folders with one walker and read
 * with one reader: found in a folder, it is an input that fails (exit 1, the
 * same code and message on stderr, or in _errors.jsonl), the others still
 * read; named on the command line, it is bad usage (exit 2), the same line in
 * each. A loop once stopped the walk with a fatal error.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../support.js';
import { pdx } from '../corpus-cli.js';

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pdx-links-'));
  mkdirSync(join(tmp, 'in'));
  writeFileSync(join(tmp, 'in', 'a.txt'), readFileSync(join(FIXTURES, 'seed', 'input.txt')));
  symlinkSync(join(tmp, 'in', 'missing.txt'), join(tmp, 'in', 'dangling.txt'));
  symlinkSync(join(tmp, 'in', 'loop-2.html'), join(tmp, 'in', 'loop-1.html'));
  symlinkSync(join(tmp, 'in', 'loop-1.html'), join(tmp, 'in', 'loop-2.html'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FAILURES = [
  { path: 'in/dangling.txt', code: 'NOT_FOUND', message: 'no such file (check the path)' },
  { path: 'in/loop-1.html', code: 'READ_ERROR', message: 'is a symbolic link in a loop (ELOOP), which leads to no file; fix or remove the link' },
  { path: 'in/loop-2.html', code: 'READ_ERROR', message: 'is a symbolic link in a loop (ELOOP), which leads to no file; fix or remove the link' },
];
const STDERR = FAILURES.map(({ path, code, message }) => `pdx: ${path}: ${code}: ${message}\n`).join('');

const FOLDER_COMMANDS: string[][] = [
  ['batch', 'in', '--jsonl', '-', '--quiet'],
  ['batch', 'in', '--jsonl', 'all.jsonl', '--quiet'],
  ['batch', 'in', '--csv', '-', '--quiet'],
  ['stats', 'in'],
  ['report', 'in', '--out', '-'],
  ['sample', 'in', '--n', '5'],
  ['suggest', '--topic', 'safety', 'in'],
  ['diff', 'in', 'in/a.txt'],
];

describe('a link to no file in a folder', () => {
  for (const args of FOLDER_COMMANDS)
    it(`fails as an input, the same in every command: pdx ${args.join(' ')}`, () => {
      const result = pdx(args, { cwd: tmp });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(STDERR);
      // The report beside the links is still read.
      const output = args.includes('all.jsonl') ? readFileSync(join(tmp, 'all.jsonl'), 'utf8') : result.stdout;
      expect(output).not.toBe('');
    });

  it('fails as an input in pdx batch --out, listed in _errors.jsonl', () => {
    const result = pdx(['batch', 'in', '--out', 'out', '--quiet'], { cwd: tmp });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const errors = readFileSync(join(tmp, 'out', '_errors.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(errors.map((line) => JSON.parse(line) as unknown)).toEqual(FAILURES);
  });
});

describe('a link to no file named on the command line', () => {
  const commands: [string, string[]][] = [
    ['', []],
    ['batch', ['--jsonl', '-']],
    ['stats', []],
    ['report', ['--out', '-']],
    ['sample', ['--n', '5']],
    ['suggest', ['--topic', 'safety']],
  ];
  for (const [command, options] of commands) {
    for (const { path, code, message } of FAILURES) {
      it(`is bad usage in pdx ${command}: ${path}`, () => {
        const result = pdx([...(command ? [command] : []), 'in/a.txt', path, ...options], { cwd: tmp });
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        const problem = code === 'NOT_FOUND' ? 'no such file or folder' : message;
        expect(result.stderr).toBe(
          `pdx: ${command ? `${command}: ` : ''}cannot start:\n  ${path}: ${problem}\n(run pdx ${command ? `${command} ` : ''}--help for usage)\n`,
        );
      });
    }
  }
});
