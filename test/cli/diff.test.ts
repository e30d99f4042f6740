/**
 * `pdx diff A B` as users run it: reports or pdx outputs, text and JSON,
 * exit codes 0, 1 (A or B failed) and 2 (usage). Matching is tested in
 * test/corpus/diff-documents.test.ts. Needs the build in dist/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDiff } from '../../src/corpus/diff-documents.js';
import { makeDocument } from '../corpus/make-document.js';
import { expectUsageError, pdx } from './corpus-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pdx-diff-test-'));
  writeFileSync(join(tmp, '101.txt'), '区防控工作领导小组召开第101次会议\n会议强调，要加强宣传引导；要做好汛期各项准备工作。');
  writeFileSync(join(tmp, '102.txt'), '区防控工作领导小组召开第102次会议\n会议强调，要进一步加强宣传引导工作；要全力稳住经济基本盘。');
  writeFileSync(join(tmp, 'one.json'), JSON.stringify(makeDocument({ clauses: [{ directives: [{ text: '要加强宣传引导' }] }] }), null, 2));
  const line = JSON.stringify(makeDocument({ clauses: [] }));
  writeFileSync(join(tmp, 'two.jsonl'), `${line}\n${line}\n`);
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('pdx diff', () => {
  it('compares two reports in text', () => {
    const result = pdx(['diff', '101.txt', '102.txt'], { cwd: tmp });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Directives: 0 unchanged, 1 reworded, 1 new, 1 dropped (reworded: character-bigram Dice similarity ≥ 0.5)\n');
    expect(result.stdout).toContain('\nReworded:\n  ~ 0.588\n    - 要加强宣传引导\n    + 要进一步加强宣传引导工作\n');
    expect(result.stdout).toContain('\nNew:\n  + [会议] 要全力稳住经济基本盘\n');
    expect(result.stdout).toContain('\nDropped:\n  - [会议] 要做好汛期各项准备工作\n');
  });

  it('compares a report with a pdx output in JSON, with the threshold given', () => {
    const result = pdx(['diff', 'one.json', '102.txt', '--format', 'json', '--threshold', '0.6'], { cwd: tmp });
    expect(result.status).toBe(0);
    const diff = JSON.parse(result.stdout) as DocumentDiff;
    expect(diff.threshold).toBe(0.6);
    expect(diff.b.path).toBe('102.txt');
    expect(diff.directives.reworded).toEqual([]);
    expect(diff.directives.new.map((item) => item.text)).toEqual(['要进一步加强宣传引导工作', '要全力稳住经济基本盘']);
    expect(diff.directives.dropped.map((item) => item.text)).toEqual(['要加强宣传引导']);
  });

  it('reads one side from standard input', () => {
    const result = pdx(['diff', '-', '102.txt', '--format', 'json'], { cwd: tmp, input: '会议强调，要加强宣传引导。' });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as DocumentDiff).a.path).toBe('-');
  });

  it('exits 1 when a side holds no report, printing nothing', () => {
    writeFileSync(join(tmp, 'empty.txt'), '');
    const result = pdx(['diff', '101.txt', 'empty.txt'], { cwd: tmp });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('pdx: empty.txt: EMPTY_INPUT: the input is empty (0 bytes)\n');
  });

  it.each([
    [['diff', '101.txt', 'two.jsonl'], 'pdx: two.jsonl holds 2 documents; pdx diff compares two single reports (pick one line of it)\n'],
    [['diff', '101.txt'], "error: missing required argument 'b'\n"],
    [['diff', '101.txt', '102.txt', '--threshold', '1.5'], "error: option '-t, --threshold <similarity>' argument '1.5' is invalid. give a number above 0, at most 1 (e.g. 0.5)\n"],
    [['diff', '-', '-'], 'pdx: standard input ("-") can be read only once\n'],
    [['diff', '101.txt', 'missing.txt'], 'pdx: diff: cannot start:\n  missing.txt: no such file or folder\n(run pdx diff --help for usage)\n'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    expectUsageError(args, message, tmp);
  });

  it('explains itself with examples', () => {
    const result = pdx(['diff', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: pdx diff [options] <a> <b>');
    expect(result.stdout).toContain('$ pdx diff meeting-101.html meeting-102.html');
  });
});
