/**
 * `pdx report` as users run it: the file it writes, standard output, exit
 * codes 0, 1 (some input failed) and 2 (usage). The page itself is tested in
 * test/corpus/report-html.test.ts and, in a browser, report-browser.test.ts.
 * Needs the build in dist/.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../support.js';
import { pdx } from '../corpus-cli.js';

const SEED = join(FIXTURES, 'seed', 'input.txt');
const STATE_COUNCIL = join(FIXTURES, 'xwlb-20240517-state-council-executive', 'input.md');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pdx-report-test-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('pdx report', () => {
  it('writes one HTML file, and nothing else, and says so on stderr', () => {
    const result = pdx(['report', SEED, STATE_COUNCIL, '--out', 'report.html', '--title', '两次会议'], { cwd: tmp });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('pdx: wrote report.html (2 documents)\n');
    expect(readdirSync(tmp)).toEqual(['report.html']);
    const html = readFileSync(join(tmp, 'report.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<h1>两次会议</h1>');
    expect(html.match(/<svg [^>]*data-chart="([\w-]+)"/g)?.map((tag) => /data-chart="([\w-]+)"/.exec(tag)![1])).toEqual([
      'heatmap',
      'topic-shares',
      'formulation-timeline',
    ]);
    expect(html.match(/<tr><td class="n">\d+<\/td>/g)).toHaveLength(2);
    expect(html).toContain('<a href="#doc-1">区新冠肺炎疫情防控工作领导小组召开第102次会议</a>');
    expect(html).toContain('<section class="doc" id="doc-2">');
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  it('says which date placed the documents, and places them by their own date with --date document', () => {
    const byMeeting = pdx(['report', STATE_COUNCIL, '--out', '-'], { cwd: tmp }).stdout;
    expect(byMeeting).toContain('Periods by meeting date for 1 report about a meeting dated to the day, else by document date (0).');
    expect(byMeeting).toContain('<span title="meeting date">2024-05-17</span>');
    const byDocument = pdx(['report', STATE_COUNCIL, '--out', '-', '--date', 'document'], { cwd: tmp }).stdout;
    expect(byDocument).toContain('Periods by document date (--date document): 1 document.');
    expect(byDocument).toContain('<span title="document date">2024-05-17</span>');
  });

  it('writes to standard output with --out -', () => {
    const result = pdx(['report', STATE_COUNCIL, '--out', '-'], { cwd: tmp });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(result.stdout).toContain('<h1>pdx 语料报告 · Corpus report</h1>');
  });

  it('still writes the report when an input fails, and exits 1', () => {
    writeFileSync(join(tmp, 'empty.html'), '');
    const result = pdx(['report', STATE_COUNCIL, 'empty.html', '--out', 'partial.html'], { cwd: tmp });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('pdx: empty.html: EMPTY_INPUT: the input is empty (0 bytes)\npdx: wrote partial.html (1 document)\n');
    expect(existsSync(join(tmp, 'partial.html'))).toBe(true);
  });

  it.each([
    [['report', SEED], 'pdx: --out FILE is missing: where to write the report (- for standard output)\n'],
    [
      ['report', SEED, '--out', 'no/such/folder/r.html'],
      'pdx: no/such/folder/r.html: cannot write: its folder does not exist (create it first, or check the path)\n',
    ],
    [['report', SEED, '--out', '.'], `pdx: .: cannot write: is a folder; give the name of a file, such as ${join('.', 'report.html')}\n`],
    [
      ['report', SEED, '--out', 'r.html', '--formulations', '0'],
      "error: option '--formulations <n>' argument '0' is invalid. give a whole number, 1 or more\n",
    ],
    [
      ['report', SEED, '--out', 'r.html', '--by', 'week'],
      "error: option '-b, --by <period>' argument 'week' is invalid. Allowed choices are auto, month, quarter, year.\n",
    ],
    [
      ['report', SEED, 'missing.html', '--out', 'r.html'],
      'pdx: report: cannot start:\n  missing.html: no such file or folder\n(run pdx report --help for usage)\n',
    ],
  ])('exits 2 on bad usage, before reading any input: %j', (args, message) => {
    const result = pdx(args, { cwd: tmp });
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(existsSync(join(tmp, 'r.html'))).toBe(false);
  });

  it('explains itself with examples', () => {
    const result = pdx(['report', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: pdx report [options] [inputs...]');
    expect(result.stdout).toContain('$ pdx report reports/ --out report.html');
  });
});
