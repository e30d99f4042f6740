/**
 * The same inputs mean the same thing in every command (issue 13): a Word
 * document is read by `pdx`, `batch`, `stats`, `report` and `diff` alike, and
 * a broken one fails with DOCX_ERROR in each; a path that does not exist, a
 * glob that matches nothing or a folder without reports is bad usage (exit 2,
 * nothing written) in each; a bad --selector is bad usage, in one line.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, type PdxDocument } from '../../src/index.js';
import { docx } from '../docx-writer.js';
import { DATA, FIXTURES } from '../support.js';
import { pdx } from './corpus-cli.js';

const WORD = readFileSync(join(DATA, 'xwlb-20240517-state-council-executive.docx'));
const SEED = readFileSync(join(FIXTURES, 'seed', 'input.txt'));
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pdx-inputs-'));
  mkdirSync(join(tmp, 'reports'));
  writeFileSync(join(tmp, 'reports', 'state-council.docx'), WORD);
  writeFileSync(join(tmp, 'reports', 'seed.txt'), SEED);
  // A Word document by its content, whatever its name says.
  writeFileSync(join(tmp, 'word-without-extension'), docx(['区防汛工作会议召开', '会议强调，要压实防汛责任，确保安全度汛。']));
  writeFileSync(join(tmp, 'broken.docx'), WORD.subarray(0, 3000));
  mkdirSync(join(tmp, 'empty-folder'));
  symlinkSync(join(tmp, 'nowhere.html'), join(tmp, 'dangling.html'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BROKEN =
  'broken.docx: DOCX_ERROR: the Word document cannot be read: its end record is missing (the file is truncated); open it in Word or LibreOffice and save it again';

describe('a Word document in every command', () => {
  it('pdx reads it by its content and prints the document extract makes', () => {
    for (const name of ['reports/state-council.docx', 'word-without-extension']) {
      const result = pdx([name], { cwd: tmp });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual(extract(readFileSync(join(tmp, name)), { path: name }));
    }
    const piped = pdx(['--format', 'jsonl'], { cwd: tmp, input: WORD });
    expect((JSON.parse(piped.stdout) as PdxDocument).source).toMatchObject({ path: '-', container: 'docx', bytes: WORD.length });
  });

  it('pdx batch writes the same document', () => {
    const result = pdx(['batch', 'reports', '--out', 'converted', '--jobs', '1', '--quiet'], { cwd: tmp });
    expect(result.status).toBe(0);
    expect(readFileSync(join(tmp, 'converted', 'state-council.docx.json'), 'utf8')).toBe(
      JSON.stringify(extract(WORD, { path: 'reports/state-council.docx' })) + '\n',
    );
  });

  it('pdx stats counts it, from a folder, and from the outputs of pdx batch alike', () => {
    const fromReports = pdx(['stats', 'reports', '--format', 'json'], { cwd: tmp });
    expect(fromReports.status).toBe(0);
    const summary = JSON.parse(fromReports.stdout) as { documents: number; clauses: number; bodies: { body: string | null }[] };
    const documents = [extract(WORD), extract(SEED)];
    expect(summary.documents).toBe(2);
    expect(summary.clauses).toBe(documents.reduce((sum, document) => sum + document.clauses.length, 0));
    expect(summary.bodies.map((row) => row.body)).toContain('国务院');
    pdx(['batch', 'reports', '--out', 'converted', '--jobs', '1', '--quiet'], { cwd: tmp });
    expect(pdx(['stats', 'converted', '--format', 'json'], { cwd: tmp }).stdout).toBe(fromReports.stdout);
  });

  it('pdx report lists it', () => {
    const result = pdx(['report', 'reports', '--out', '-'], { cwd: tmp });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('李强主持召开国务院常务会议');
  });

  it('pdx diff compares it with the report it was made from', () => {
    writeFileSync(join(tmp, 'state-council.md'), readFileSync(join(FIXTURES, 'xwlb-20240517-state-council-executive', 'input.md')));
    const result = pdx(['diff', 'state-council.md', 'reports/state-council.docx', '--format', 'json'], { cwd: tmp });
    expect(result.status).toBe(0);
    const diff = JSON.parse(result.stdout) as { directives: { new: unknown[]; dropped: unknown[]; reworded: unknown[]; unchanged: number } };
    expect(diff.directives.unchanged).toBe(extract(WORD).clauses.reduce((sum, clause) => sum + clause.directives.length, 0));
    expect([diff.directives.new, diff.directives.dropped, diff.directives.reworded]).toEqual([[], [], []]);
  });

  it('a broken one fails with DOCX_ERROR in every command, exit 1', () => {
    const runs: [string[], string][] = [
      [['broken.docx'], `pdx: ${BROKEN}\n`],
      [['stats', 'broken.docx', 'reports/seed.txt'], `pdx: ${BROKEN}\n`],
      [['report', 'broken.docx', 'reports/seed.txt', '--out', '-'], `pdx: ${BROKEN}\n`],
      [['diff', 'broken.docx', 'reports/seed.txt'], `pdx: ${BROKEN}\n`],
      [['batch', 'broken.docx', '--jsonl', '-', '--quiet'], `pdx: ${BROKEN}\n`],
    ];
    for (const [args, stderr] of runs) {
      const result = pdx(args, { cwd: tmp });
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toBe(stderr);
    }
  });
});

describe('a path that is not there, in every command', () => {
  const commands: [string, string[]][] = [
    ['pdx', []],
    ['batch', ['--out', 'out']],
    ['batch', ['--jsonl', 'out.jsonl']],
    ['stats', []],
    ['report', ['--out', 'out.html']],
  ];
  const cases: [string, string, string][] = [
    ['a path that does not exist', 'missing.html', 'missing.html: no such file or folder'],
    ['a broken symlink', 'dangling.html', 'dangling.html: no such file or folder'],
    ['a glob that matches nothing', 'reports/*.htm', 'reports/*.htm: matches no'],
    ['a glob no path can match', 'reports/[z-a]*.html', 'reports/[z-a]*.html: not a valid glob (range out of order in character class)'],
    ['a folder with no reports', 'empty-folder', 'empty-folder: no .html .htm .shtml .xhtml .txt .md .docx '],
  ];
  for (const [command, options] of commands) {
    for (const [what, path, problem] of cases) {
      if (command === 'pdx' && what !== 'a path that does not exist' && what !== 'a broken symlink') continue;
      it(`${command} ${options.join(' ')}: ${what} is bad usage, exit 2, before anything is read or written`, () => {
        const args = command === 'pdx' ? ['reports/seed.txt', path] : [command, 'reports/seed.txt', path, ...options];
        const before = readdirSync(tmp).sort();
        const result = pdx(args, { cwd: tmp });
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        const prefix = command === 'pdx' ? 'pdx: cannot start:\n' : `pdx: ${command}: cannot start:\n`;
        expect(result.stderr.startsWith(`${prefix}  ${problem}`), result.stderr).toBe(true);
        expect(result.stderr.endsWith(`(run pdx ${command === 'pdx' ? '' : `${command} `}--help for usage)\n`)).toBe(true);
        expect(readdirSync(tmp).sort()).toEqual(before);
      });
    }
  }

  it('diff: either side that does not exist is bad usage, exit 2', () => {
    for (const args of [
      ['diff', 'missing.html', 'reports/seed.txt'],
      ['diff', 'reports/seed.txt', 'missing.html'],
    ]) {
      const result = pdx(args, { cwd: tmp });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('pdx: diff: cannot start:\n  missing.html: no such file or folder\n(run pdx diff --help for usage)\n');
    }
  });

  it('stats and report take quoted globs as batch does', () => {
    const result = pdx(['stats', 'reports/*.docx', '--format', 'json'], { cwd: tmp });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { documents: number }).documents).toBe(1);
  });
});

describe('--selector', () => {
  it('that is not valid CSS is bad usage: exit 2, one line naming it and what is wrong, no stack trace', () => {
    const result = pdx([join(FIXTURES, 'district-executive-meeting-page', 'input.html'), '--selector', 'div[']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'pdx: cannot start:\n  --selector "div[": not a valid CSS selector: Expected name, found the end of the selector\n(run pdx --help for usage)\n',
    );
  });
});

describe('pdx --help', () => {
  it('shows the commands a newcomer types first, as examples', () => {
    const result = pdx(['--help']);
    expect(result.status).toBe(0);
    const examples = result.stdout.slice(result.stdout.indexOf('Examples:'));
    for (const line of [
      '$ pdx report.html ',
      '$ pdx batch archive/ --out converted/ ',
      '$ pdx stats converted/ --by quarter ',
      '$ pdx report converted/ --out report.html ',
      '$ pdx help batch ',
    ]) {
      expect(examples).toContain(line);
    }
    expect(result.stdout).toContain('Word (.docx)');
  });
});
