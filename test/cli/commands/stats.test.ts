/**
 * `pdx stats` as users run it: reports and pdx outputs, folders, standard
 * input; the three formats; exit codes 0, 1 (some input failed), 2 (usage).
 * Needs the build in dist/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusSummary } from '../../../src/corpus/corpus-stats.js';
import { FIXTURES } from '../../support.js';
import { makeDocument } from '../../corpus/make-document.js';
import { expectUsageError, pdx } from '../corpus-cli.js';

let tmp: string;
// Paths as given from tmp: the seed sits under a dated folder, so its month-day meeting date gets a year.
const REPORTS = ['reports/2020-07-16/seed.txt', 'reports/qingshan.txt', 'reports/xwlb/20240517_01.md', 'reports/xwlb/politburo.html'];
const SOURCES = [
  'seed/input.txt',
  'qingshan-flood-control-meeting/input.txt',
  'xwlb-20240517-state-council-executive/input.md',
  'politburo-meeting-page-pubdate/input.html',
];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pdx-stats-test-'));
  REPORTS.forEach((path, index) => {
    mkdirSync(join(tmp, path, '..'), { recursive: true });
    copyFileSync(join(FIXTURES, SOURCES[index]!), join(tmp, path));
  });
  writeFileSync(join(tmp, 'reports', '.hidden.txt'), '会议强调，要隐藏。');
  const converted = pdx(['--format', 'jsonl', ...REPORTS], { cwd: tmp });
  expect(converted.status).toBe(0);
  writeFileSync(join(tmp, 'all.jsonl'), converted.stdout);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const summaryOf = (stdout: string): CorpusSummary => JSON.parse(stdout) as CorpusSummary;

describe('pdx stats', () => {
  it('places meeting reports at their meeting date, the others at their own date, and says which; --date document places all at their own', () => {
    const byMeeting = pdx(['stats', 'reports', '--by', 'year', '--format', 'text'], { cwd: tmp });
    expect(byMeeting.stdout.split('\n')[1]).toBe('Periods by meeting date for 3 reports about a meeting dated to the day, else by document date (0).');
    const byDocument = pdx(['stats', 'reports', '--by', 'year', '--format', 'json', '--date', 'document'], { cwd: tmp });
    expect(byDocument.status).toBe(0);
    const summary = summaryOf(byDocument.stdout);
    expect(summary).toMatchObject({ dateBasis: 'document', datedBy: { meeting: 0, document: 3 } });
    expectUsageError(['stats', 'reports', '--date', 'page'], "error: option '--date <which>' argument 'page' is invalid", tmp);
  });

  it('counts a folder of reports, walked in name order, hidden files skipped', () => {
    const result = pdx(['stats', 'reports', '--by', 'year', '--format', 'json'], { cwd: tmp });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const summary = summaryOf(result.stdout);
    expect(summary).toMatchObject({ by: 'year', documents: 4, dated: 3, clauses: 16, directives: 70, firstDate: '2020-07-16', lastDate: '2024-07-30' });
    expect(summary.periods).toEqual([
      { period: '2020', documents: 1, clauses: 7, directives: 40 },
      { period: '2021', documents: 0, clauses: 0, directives: 0 },
      { period: '2022', documents: 0, clauses: 0, directives: 0 },
      { period: '2023', documents: 0, clauses: 0, directives: 0 },
      { period: '2024', documents: 2, clauses: 5, directives: 13 },
      { period: 'unknown', documents: 1, clauses: 4, directives: 17 },
    ]);
    expect(summary.bodies.map((row) => [row.body, row.documents])).toEqual([
      ['中共中央政治局', 1],
      ['区新冠肺炎疫情防控工作领导小组', 1],
      ['国务院', 1],
      [null, 1],
    ]);
    expect(summary.formulations.find((row) => row.text === '四个意识')).toEqual({
      text: '四个意识',
      kind: 'numbered',
      documents: 1,
      occurrences: 1,
      firstSeen: '2024-07-30',
      lastSeen: '2024-07-30',
    });
  });

  it('gives the same statistics from the JSON Lines of the same reports, without extracting again', () => {
    const fromReports = pdx(['stats', ...REPORTS, '--format', 'json'], { cwd: tmp });
    const fromOutputs = pdx(['stats', 'all.jsonl', '--format', 'json'], { cwd: tmp });
    expect(fromOutputs.status).toBe(0);
    expect(fromOutputs.stdout).toBe(fromReports.stdout);
  });

  it('reads standard input: JSON Lines, or one report', () => {
    const lines = readFileSync(join(tmp, 'all.jsonl'));
    expect(summaryOf(pdx(['stats', '--format', 'json'], { cwd: tmp, input: lines }).stdout).documents).toBe(4);
    const report = pdx(['stats', '-', '--format', 'json'], { cwd: tmp, input: readFileSync(join(FIXTURES, 'seed', 'input.txt')) });
    expect(report.status).toBe(0);
    expect(summaryOf(report.stdout)).toMatchObject({ documents: 1, clauses: 7, directives: 40, dated: 0 });
  });

  describe('pdx outputs in a folder', () => {
    let dir: string;
    beforeAll(() => {
      dir = join(tmp, 'converted');
      mkdirSync(join(dir, 'nested'), { recursive: true });
      const one = makeDocument({ date: '2024-01-05', clauses: [{ directives: [{ text: '要落实' }] }] });
      const two = makeDocument({ date: '2024-02-05', clauses: [] });
      writeFileSync(join(dir, 'a.html.json'), JSON.stringify(one));
      writeFileSync(join(dir, 'nested', 'pretty.json'), JSON.stringify(two, null, 2) + '\n');
      writeFileSync(join(dir, 'nested', 'array.json'), JSON.stringify([one, two], null, 2));
      writeFileSync(join(dir, 'crlf.jsonl'), `\ufeff${JSON.stringify(one)}\r\n\r\n${JSON.stringify(two)}\r\n`);
      // What pdx batch leaves next to its outputs: not pdx output, skipped in a folder.
      writeFileSync(join(dir, '_errors.jsonl'), '{"path":"x.html","code":"NO_TEXT","message":"no readable text"}\n');
    });

    it('reads compact, pretty-printed, array and CRLF JSON Lines outputs and skips other JSON', () => {
      const result = pdx(['stats', 'converted', '--format', 'json'], { cwd: tmp });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(summaryOf(result.stdout)).toMatchObject({ documents: 6, clauses: 3, directives: 3 });
    });

    it('fails a file of other JSON named on the command line, exit 1, and still counts the rest', () => {
      const result = pdx(['stats', 'converted/_errors.jsonl', 'converted/a.html.json', '--format', 'json'], { cwd: tmp });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('pdx: converted/_errors.jsonl:1: not a pdx output (no schemaVersion)\n');
      expect(summaryOf(result.stdout).documents).toBe(1);
    });
  });

  it('reports a bad line by its number, an unknown schema version and an invalid document, and goes on', () => {
    const good = JSON.stringify(makeDocument({ clauses: [] }));
    const invalid = JSON.stringify({ ...makeDocument({ clauses: [] }), clauses: 'none' });
    writeFileSync(join(tmp, 'mixed.jsonl'), [good, '{"schemaVersion":1,', JSON.stringify({ schemaVersion: 2 }), invalid, good].join('\n'));
    const result = pdx(['stats', 'mixed.jsonl', '--format', 'json'], { cwd: tmp });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'pdx: mixed.jsonl:2: not valid JSON',
      'pdx: mixed.jsonl:3: schemaVersion 2 is not one this pdx reads (1)',
      'pdx: mixed.jsonl:4: not a valid pdx document: clauses: Invalid input: expected array, received string',
      '',
    ]);
    expect(summaryOf(result.stdout).documents).toBe(2);
  });

  it('fails a report with no text, exit 1', () => {
    writeFileSync(join(tmp, 'empty.txt'), '');
    const result = pdx(['stats', 'empty.txt', 'reports/qingshan.txt'], { cwd: tmp });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('pdx: empty.txt: EMPTY_INPUT: the input is empty (0 bytes)\n');
    expect(result.stdout.split('\n')[0]).toBe('1 document (0 dated), 4 clauses, 17 directives');
  });

  it('writes CSV with CRLF records and, with --bom, a UTF-8 byte order mark for Excel', () => {
    const result = pdx(['stats', 'all.jsonl', '--format', 'csv', '--bom', '--by', 'quarter'], { cwd: tmp });
    expect(result.status).toBe(0);
    expect(
      result.stdout.startsWith(
        '\ufeffsection,key,label,period,documents,clauses,directives,occurrences,first_seen,last_seen\r\ntotal,all,,,4,16,70,,2020-07-16,2024-07-30\r\n',
      ),
    ).toBe(true);
    expect(result.stdout).toContain('\r\nbody,国务院,,,1,');
    expect(result.stdout.endsWith('\r\n')).toBe(true);
    expect(pdx(['stats', 'all.jsonl', '--format', 'csv'], { cwd: tmp }).stdout.startsWith('section,')).toBe(true);
  });

  it('streams: 20,000 outputs go through a 40 MB heap', () => {
    const line = JSON.stringify(
      makeDocument({
        date: '2024-03-01',
        clauses: [{ topics: [['economy', '经济发展与市场']], directives: [{ text: '要稳增长'.repeat(50), topics: ['economy'] }] }],
        formulations: [{ text: '两个确立' }],
      }),
    );
    writeFileSync(join(tmp, 'many.jsonl'), (line + '\n').repeat(20_000));
    const result = pdx(['stats', 'many.jsonl', '--format', 'json'], { cwd: tmp, node: ['--max-old-space-size=40'] });
    expect(result.stderr).toBe('');
    expect(summaryOf(result.stdout)).toMatchObject({ documents: 20_000, clauses: 20_000, directives: 20_000 });
  });

  it.each([
    [['stats', 'all.jsonl', '--bom'], 'pdx: --bom applies to --format csv only\n'],
    [['stats', 'all.jsonl', '--by', 'week'], "error: option '-b, --by <period>' argument 'week' is invalid. Allowed choices are month, quarter, year.\n"],
    [['stats', '-', '-'], 'pdx: standard input ("-") can be read only once\n'],
    [['stats', 'all.jsonl', 'missing.html'], 'pdx: stats: cannot start:\n  missing.html: no such file or folder\n(run pdx stats --help for usage)\n'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    expectUsageError(args, message, tmp);
  });

  it('explains itself with examples', () => {
    const result = pdx(['stats', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: pdx stats [options] [inputs...]');
    expect(result.stdout).toContain('$ pdx stats all.jsonl --by year --format csv --bom > stats.csv');
  });
});
