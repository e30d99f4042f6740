/**
 * `pdx diff A B` as users run it: two reports or pdx outputs, and two corpora
 * (folders, globs, JSON Lines, @lists); text, JSON and CSV; exit codes 0, 1 (an
 * input failed) and 2 (usage). Matching and keyness are tested in
 * test/corpus/diff-documents.test.ts and diff-corpora.test.ts. Needs the build in dist/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDiff } from '../../../src/corpus/diff-corpora.js';
import type { DocumentDiff } from '../../../src/corpus/diff-documents.js';
import { makeDocument } from '../../corpus/make-document.js';
import { readTable } from '../../output/read-csv.js';
import { expectUsageError, pdx } from '../corpus-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pdx-diff-test-'));
  writeFileSync(join(tmp, '101.txt'), '区防控工作领导小组召开第101次会议\n会议强调，要加强宣传引导；要做好汛期各项准备工作。');
  writeFileSync(join(tmp, '102.txt'), '区防控工作领导小组召开第102次会议\n会议强调，要进一步加强宣传引导工作；要全力稳住经济基本盘。');
  writeFileSync(join(tmp, 'one.json'), JSON.stringify(makeDocument({ clauses: [{ directives: [{ text: '要加强宣传引导' }] }] }), null, 2));
  const line = JSON.stringify(makeDocument({ clauses: [] }));
  writeFileSync(join(tmp, 'two.jsonl'), `${line}\n${line}\n`);
  // Two corpora: 2023 speaks of safety and floods, 2024 of the economy.
  const reports = {
    '2023/a.txt': '区安全生产委员会召开会议\n会议强调，要抓好安全生产，坚决遏制重特大事故。',
    '2023/b.txt': '区防汛工作会议召开\n会议要求，要做好汛期各项准备工作，确保安全度汛。',
    '2024/a.txt': '区政府召开常务会议\n会议强调，要全力稳住经济基本盘，扩大有效投资。',
    '2024/b.txt': '区政府召开常务会议\n会议指出，要推动经济高质量发展，优化营商环境。',
    '2024/c.txt': '区委召开会议\n习近平在会上强调，要坚持“两个毫不动摇”，促进经济发展。',
  };
  for (const [path, text] of Object.entries(reports)) {
    mkdirSync(join(tmp, path, '..'), { recursive: true });
    writeFileSync(join(tmp, path), text);
  }
  writeFileSync(join(tmp, 'list-2024.txt'), '# the 2024 meetings\n2024/a.txt\n\n2024/c.txt\n');
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
    [['diff', '101.txt', '@nowhere.txt'], 'pdx: diff: cannot start:\n  @nowhere.txt: cannot read the list nowhere.txt: no such file (check the path)\n'],
    [
      ['diff', '101.txt', '@empty.list'],
      'pdx: diff: cannot start:\n  @empty.list: the list names no inputs; write one report, output, folder or glob per line\n',
    ],
    [['diff', '101.txt'], "error: missing required argument 'b'\n"],
    [
      ['diff', '101.txt', '102.txt', '--threshold', '1.5'],
      "error: option '-t, --threshold <similarity>' argument '1.5' is invalid. give a number above 0, at most 1 (e.g. 0.5)\n",
    ],
    [['diff', '-', '-'], 'pdx: standard input ("-") can be read only once\n'],
    [['diff', '101.txt', 'missing.txt'], 'pdx: diff: cannot start:\n  missing.txt: no such file or folder\n(run pdx diff --help for usage)\n'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    writeFileSync(join(tmp, 'empty.list'), '# nothing yet\n\n');
    expectUsageError(args, message, tmp);
  });

  it('explains itself with examples', () => {
    const result = pdx(['diff', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: pdx diff [options] <a> <b>');
    expect(result.stdout).toContain('$ pdx diff meeting-101.html meeting-102.html');
  });
});

describe('pdx diff of two corpora', () => {
  it('compares two folders by topic shares, with keyness of B against A', () => {
    const result = pdx(['diff', '2023', '2024', '--format', 'json'], { cwd: tmp });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const diff = JSON.parse(result.stdout) as CorpusDiff;
    expect(diff.compared).toBe('corpora');
    expect(diff.a).toMatchObject({ inputs: ['2023'], documents: 2, clauses: 2 });
    expect(diff.b).toMatchObject({ inputs: ['2024'], documents: 3, clauses: 3 });
    const economy = diff.topics.find((topic) => topic.id === 'economy')!;
    // 3 of 3 clauses against 0 of 2: a=3 b=0 c=0 d=2, |6 − 0| = 6 ≥ 2.5 and E = 1.8 < 5: δ = 0.5,
    // chi2 = 5·(6 − 2.5)² / (3·2·3·2) = 61.25/36 = 1.7014.
    expect(economy).toMatchObject({ clausesA: 0, clausesB: 3, shareA: 0, shareB: 1, change: 100, keyness: 1.7014 });
    expect(diff.topics[0]!.id).toBe('economy');
    expect(diff.topics.at(-1)!.keyness).toBeLessThan(0);
    expect(diff.speakers.map((speaker) => [speaker.speaker, speaker.clausesA, speaker.clausesB])).toContainEqual(['习近平', 0, 1]);
    expect(diff.formulations.map((item) => [item.text, item.documentsA, item.documentsB])).toContainEqual(['两个毫不动摇', 0, 1]);
  });

  it('takes globs, JSON Lines and @lists, and prints a reading view', () => {
    const converted = pdx(['--format', 'jsonl', '2023/a.txt', '2023/b.txt'], { cwd: tmp });
    writeFileSync(join(tmp, '2023.jsonl'), converted.stdout);
    const result = pdx(['diff', '2023.jsonl', '@list-2024.txt'], { cwd: tmp });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('A  2023.jsonl: 2 documents, 2 clauses, ');
    expect(result.stdout).toContain('B  @list-2024.txt: 2 documents, 2 clauses, ');
    expect(result.stdout).toContain('Speakers new in B (1):\n  习近平 (1 clause)\n');
    const glob = pdx(['diff', '2023/*.txt', '2024/[ab].txt', '--format', 'json'], { cwd: tmp });
    expect((JSON.parse(glob.stdout) as CorpusDiff).b.documents).toBe(2);
  });

  it('compares a folder of one report, or a file of several, as a corpus, and two single reports too with --format csv', () => {
    mkdirSync(join(tmp, 'one'), { recursive: true });
    writeFileSync(join(tmp, 'one', 'a.txt'), '区政府召开常务会议\n会议强调，要全力稳住经济基本盘。');
    expect((JSON.parse(pdx(['diff', 'one', '101.txt', '--format', 'json'], { cwd: tmp }).stdout) as CorpusDiff).compared).toBe('corpora');
    // A JSON Lines file of two documents is a corpus of two.
    expect((JSON.parse(pdx(['diff', '101.txt', 'two.jsonl', '--format', 'json'], { cwd: tmp }).stdout) as CorpusDiff).b.documents).toBe(2);
    const csv = pdx(['diff', '101.txt', '102.txt', '--format', 'csv'], { cwd: tmp });
    expect(csv.status).toBe(0);
    const rows = readTable(csv.stdout);
    expect(rows[0]).toEqual({
      section: 'total',
      key: 'documents',
      label: '',
      unit: 'documents',
      count_a: '1',
      count_b: '1',
      share_a: '',
      share_b: '',
      change: '',
      keyness: '',
      p: '',
    });
    expect(rows.filter((row) => row['section'] === 'topic').length).toBeGreaterThan(0);
  });

  it('still compares when an input of a corpus fails, and exits 1', () => {
    writeFileSync(join(tmp, '2023', 'empty.txt'), '');
    try {
      const result = pdx(['diff', '2023', '2024', '--format', 'json'], { cwd: tmp });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('pdx: 2023/empty.txt: EMPTY_INPUT: the input is empty (0 bytes)\n');
      expect((JSON.parse(result.stdout) as CorpusDiff).a.documents).toBe(2);
    } finally {
      rmSync(join(tmp, '2023', 'empty.txt'));
    }
  });
});
