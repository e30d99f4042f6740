/**
 * The analyst's validation loop as users run it: `pdx sample` draws a coding
 * sheet, `pdx eval` scores the dictionaries against the coded sheet, `pdx
 * suggest` proposes terms. Reports and pdx outputs, the same sheet for the
 * same seed, a sheet coded as pdx tagged scoring 1 everywhere, a topic taken
 * out of the coding making exactly its rows false positives, and every usage
 * problem reported at once (exit 2). Needs the build in dist/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdxDocument } from '../../src/schema.js';
import { builtinDictionary } from '../../src/topics/builtin.js';
import type { TermCandidate } from '../../src/validation/suggest-terms.js';
import { makeDocument } from '../corpus/make-document.js';
import { readCsv } from '../output/read-csv.js';
import { fixtureCases } from '../support.js';
import { BIN, expectUsageError, pdx } from './corpus-cli.js';

let tmp: string;
let documents: PdxDocument[];

interface SheetRow {
  doc: string;
  clause: string;
  speaker: string;
  cue: string;
  text: string;
  pdx_topics: string;
  coded_topics: string;
  note: string;
  stratum?: string;
  weight?: string;
}

/** The version the built-in dictionary stamps on what it tags. */
const BUILTIN_VERSION = builtinDictionary().version;

/** The # lines and the rows of a sheet, read with the strict RFC 4180 reader. */
function parseSheet(text: string): { comments: string[]; header: string[]; rows: SheetRow[] } {
  const lines = text.split('\r\n');
  const comments = lines.filter((line) => line.startsWith('#'));
  const [header, ...records] = readCsv(text.slice(comments.reduce((length, line) => length + line.length + 2, 0)));
  return { comments, header: header!, rows: records.map((record) => Object.fromEntries(header!.map((name, i) => [name, record[i]!])) as unknown as SheetRow) };
}

/** A sheet with the coded column(s) set per row, and the `extra` columns of the rows. */
function writeCoded(
  path: string,
  rows: readonly SheetRow[],
  coded: (row: SheetRow) => string,
  second?: (row: SheetRow) => string,
  extra: (keyof SheetRow)[] = [],
): void {
  const header = ['doc', 'clause', 'text', 'pdx_topics', 'coded_topics', ...(second ? ['coded_topics_2'] : []), ...extra];
  const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;
  const lines = rows.map((row) =>
    [row.doc, row.clause, row.text, row.pdx_topics, coded(row), ...(second ? [second(row)] : []), ...extra.map((name) => row[name] ?? '')].map(quote).join(','),
  );
  writeFileSync(path, [header.join(','), ...lines].join('\n') + '\n');
}

function evalJson(args: string[]): {
  rows: number;
  coded: number;
  topics: Record<
    string,
    { coded: number; tagged: number; tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number | null }
  >;
  micro: { tp: number; fp: number; fn: number; f1: number; weighted?: { fp: number; fn: number; f1: number } };
  macro: { f1: number };
  exact: number;
  agreement?: {
    rows: number;
    topics: Record<string, { kappa: number | null; alpha: number | null; agreement: number }>;
    pooled: { kappa: number; alpha: number };
  };
  disagreements?: { row: number; coded: string[]; tagged: string[]; extra: { id: string; terms: string[] }[]; missed: { id: string }[] }[];
} {
  const result = pdx(['eval', ...args, '--format', 'json'], { cwd: tmp });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pdx-loop-test-'));
  mkdirSync(join(tmp, 'reports'));
  // Every fixture report: 37 reports of every genre, about 120 clauses.
  for (const fixture of fixtureCases()) copyFileSync(fixture.inputPath, join(tmp, 'reports', `${fixture.name}${fixture.inputFile.slice('input'.length)}`));
  const converted = pdx(['batch', 'reports', '--jsonl', 'all.jsonl', '--quiet'], { cwd: tmp });
  expect(converted.status).toBe(0);
  documents = readFileSync(join(tmp, 'all.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PdxDocument);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('pdx sample', () => {
  it('draws the same sheet, byte for byte, for the same seed; another seed draws others', () => {
    const first = pdx(['sample', 'reports', '--n', '30', '--seed', '7', '--out', 'a.csv'], { cwd: tmp });
    expect(first.status).toBe(0);
    const clauses = new Set(documents.flatMap((document) => document.clauses.map((clause) => clause.text))).size;
    expect(first.stderr).toBe(`pdx: wrote a.csv: 30 of ${clauses} clauses (--seed 7)\n`);
    expect(pdx(['sample', 'reports', '--n', '30', '--seed', '7', '--out', 'b.csv'], { cwd: tmp }).status).toBe(0);
    expect(readFileSync(join(tmp, 'b.csv')).equals(readFileSync(join(tmp, 'a.csv')))).toBe(true);
    const other = pdx(['sample', 'reports', '--n', '30', '--seed', '8'], { cwd: tmp });
    expect(parseSheet(other.stdout).rows.map((row) => row.text)).not.toEqual(parseSheet(readFileSync(join(tmp, 'a.csv'), 'utf8')).rows.map((row) => row.text));
  });

  it('writes a row per clause with its document, index, speaker, cue, text and pdx topics, and empty coded_topics and note', () => {
    const { comments, header, rows } = parseSheet(pdx(['sample', 'reports', '--n', '25', '--seed', '3'], { cwd: tmp }).stdout);
    expect(header).toEqual(['doc', 'clause', 'speaker', 'cue', 'text', 'pdx_topics', 'coded_topics', 'note']);
    expect(rows).toHaveLength(25);
    for (const row of rows) {
      const document = documents.find((item) => item.source.path === row.doc)!;
      const clause = document.clauses[Number(row.clause)]!;
      expect({ speaker: row.speaker, cue: row.cue, text: row.text.replace(/^'(?=[=+\-@])/, '') }).toEqual({
        speaker: clause.speaker,
        cue: clause.cue,
        text: clause.text,
      });
      expect(row.pdx_topics).toBe(clause.topics.map((topic) => topic.id).join(';'));
      expect([row.coded_topics, row.note]).toEqual(['', '']);
    }
    expect(comments[0]).toMatch(
      new RegExp(`^# pdx coding sheet: 25 clauses drawn at random \\(--seed 3\\) from \\d+ distinct clauses of ${documents.length} documents in reports\\.$`),
    );
    expect(comments).toContain('# epidemic = 疫情防控 (Epidemic prevention and control)');
    for (const line of comments) expect(line).not.toMatch(/[,"]/);
  });

  it('draws the same rows from the pdx outputs of the same reports, without extracting again', () => {
    const rowsOf = (args: string[]): SheetRow[] => parseSheet(pdx(['sample', ...args, '--n', '20', '--seed', '5'], { cwd: tmp }).stdout).rows;
    expect(rowsOf(['all.jsonl'])).toEqual(rowsOf(['reports']));
  });

  it('over-samples rare topics with --by topic, and says so in the sheet and its stratum and weight columns', () => {
    const result = pdx(['sample', 'reports', '--n', '40', '--seed', '2', '--by', 'topic', '--per-topic', '2'], { cwd: tmp });
    expect(result.status).toBe(0);
    const { comments, header, rows } = parseSheet(result.stdout);
    expect(header.slice(-2)).toEqual(['stratum', 'weight']);
    expect(comments[1]).toMatch(/^# Drawn by topic - NOT a simple random sample: .* Each stratum has at least 2 rows or all its clauses;/);
    // Each topic's stratum (its clauses whose rarest topic it is) gave at least 2 rows, or all it has.
    const strata = comments.flatMap((line) =>
      [...line.matchAll(/^# (\S+) = .* · stratum: (\d+) rows of (\d+) clauses/g)].map((match) => ({
        id: match[1]!,
        rows: Number(match[2]),
        clauses: Number(match[3]),
      })),
    );
    expect(strata.length).toBeGreaterThan(5);
    for (const stratum of strata) {
      expect(stratum.rows).toBeGreaterThanOrEqual(Math.min(2, stratum.clauses));
      expect(rows.filter((row) => row.stratum === stratum.id)).toHaveLength(stratum.rows);
    }
    for (const row of rows) expect(row.stratum === 'none' ? row.pdx_topics : row.pdx_topics.split(';')).toContain(row.stratum === 'none' ? '' : row.stratum);
    // The weights add up to the distinct clauses of the corpus.
    const clauses = new Set(documents.flatMap((document) => document.clauses.map((clause) => clause.text))).size;
    expect(rows.reduce((sum, row) => sum + Number(row.weight), 0)).toBeCloseTo(clauses, 3);
    // pdx eval weighs the coded rows (the first half here) to the corpus.
    writeCoded(join(tmp, 'by-topic.csv'), rows, (row) => (rows.indexOf(row) < 20 ? row.pdx_topics || 'none' : ''), undefined, ['stratum', 'weight']);
    const score = evalJson(['by-topic.csv']);
    expect(score.coded).toBe(20);
    expect(score.micro).toMatchObject({ f1: 1, weighted: { fp: 0, fn: 0, f1: 1 } });
    expect(pdx(['eval', 'by-topic.csv'], { cwd: tmp }).stdout).toContain('P weighted');
  });

  it('never overwrites a sheet that holds coding, unless --force', () => {
    const sheet = parseSheet(readFileSync(join(tmp, 'a.csv'), 'utf8')).rows;
    writeCoded(join(tmp, 'coded-once.csv'), sheet, (row) => (row === sheet[0] ? 'economy' : ''));
    const before = readFileSync(join(tmp, 'coded-once.csv'));
    const refused = pdx(['sample', 'reports', '--n', '5', '--out', 'coded-once.csv'], { cwd: tmp });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      '--out coded-once.csv: the sheet there has 1 coded row, which a new sample would overwrite; write to another file, or add --force',
    );
    expect(readFileSync(join(tmp, 'coded-once.csv')).equals(before)).toBe(true);
    expect(pdx(['sample', 'reports', '--n', '5', '--out', 'coded-once.csv', '--force'], { cwd: tmp }).status).toBe(0);
    expect(parseSheet(readFileSync(join(tmp, 'coded-once.csv'), 'utf8')).rows).toHaveLength(5);
  });

  it('starts with a byte order mark with --bom', () => {
    expect(pdx(['sample', 'reports', '--n', '2', '--bom', '--out', 'bom.csv'], { cwd: tmp }).status).toBe(0);
    expect(readFileSync(join(tmp, 'bom.csv'), 'utf8').startsWith('\ufeff# pdx coding sheet: 2 clauses')).toBe(true);
  });

  it('streams: 20,000 outputs go through a 60 MB heap', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify(makeDocument({ path: `d${i}.md`, clauses: [{ directives: [{ text: `要做好第${i}项工作` }] }] })),
    );
    writeFileSync(join(tmp, 'many.jsonl'), lines.join('\n') + '\n');
    const result = pdx(['sample', 'many.jsonl', '--n', '50', '--seed', '1'], { cwd: tmp, node: ['--max-old-space-size=60'] });
    expect(result.stderr).toBe('');
    expect(parseSheet(result.stdout).rows).toHaveLength(50);
  });

  it('reports every usage problem at once, exit 2, nothing written', () => {
    expectUsageError(
      ['sample', 'reports', 'nowhere', '--seed', 'x', '--per-topic', '0', '--by', 'speaker', '--out', 'no/such/sheet.csv'],
      [
        'pdx: sample: cannot start:',
        '  --n is missing: how many clauses to draw (--n 200)',
        '  --seed x: give a whole number (--seed 7)',
        '  --by speaker: the only stratification is --by topic',
        '  --per-topic 0: give a whole number, 1 or more (--per-topic 10)',
        '  --out no/such/sheet.csv: the folder no/such does not exist; create it, or write the sheet elsewhere',
        '  nowhere: no such file or folder',
        '(run pdx sample --help for usage)',
        '',
      ].join('\n'),
      tmp,
    );
  });

  it('explains itself with examples', () => {
    const result = pdx(['sample', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('$ pdx sample reports/ --n 200 --seed 7 --out sheet.csv');
    expect(result.stdout).toContain('pd.read_csv("sheet.csv", comment="#", keep_default_na=False)');
  });
});

describe('pdx eval', () => {
  let sheet: SheetRow[];
  // The topic on most rows, taken out of the coding below.
  let common: string;

  beforeAll(() => {
    expect(pdx(['sample', 'reports', '--n', '60', '--seed', '11', '--out', 'sheet.csv'], { cwd: tmp }).status).toBe(0);
    sheet = parseSheet(readFileSync(join(tmp, 'sheet.csv'), 'utf8')).rows;
    const counts = new Map<string, number>();
    for (const row of sheet) for (const id of row.pdx_topics.split(';').filter(Boolean)) counts.set(id, (counts.get(id) ?? 0) + 1);
    common = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  });

  it('scores 1.000 everywhere a sheet coded exactly as pdx tagged it', () => {
    writeCoded(join(tmp, 'as-tagged.csv'), sheet, (row) => row.pdx_topics || 'none');
    const score = evalJson(['as-tagged.csv']);
    expect(score).toMatchObject({ rows: 60, coded: 60, exact: 60, micro: { fp: 0, fn: 0, f1: 1 }, macro: { f1: 1 } });
    expect(Object.keys(score.topics).length).toBeGreaterThan(5);
    for (const figures of Object.values(score.topics)) expect(figures).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    const text = pdx(['eval', 'as-tagged.csv'], { cwd: tmp }).stdout;
    expect(text.split('\n')[0]).toBe(`as-tagged.csv: 60 rows coded of 60; tagged again with pdx-builtin ${BUILTIN_VERSION}`);
    expect(text).toMatch(/\n +\d+ +\d+ +\d+ +0 +0 +1\.000 +1\.000 +1\.000 +micro \(all topics\)\n/);
  });

  it('makes exactly the rows that had a topic its false positives when the topic is taken out of the coding', () => {
    writeCoded(
      join(tmp, 'minus.csv'),
      sheet,
      (row) =>
        row.pdx_topics
          .split(';')
          .filter((id) => id && id !== common)
          .join(';') || 'none',
    );
    const had = sheet.filter((row) => row.pdx_topics.split(';').includes(common));
    const score = evalJson(['minus.csv', '--verbose']);
    expect(score.topics[common]).toEqual({ coded: 0, tagged: had.length, tp: 0, fp: had.length, fn: 0, precision: 0, recall: null, f1: 0 });
    for (const [id, figures] of Object.entries(score.topics)) if (id !== common) expect(figures).toMatchObject({ fp: 0, fn: 0, f1: 1 });
    expect(score.micro).toMatchObject({ fp: had.length, fn: 0 });
    // --verbose: those rows and no others, each with the terms of the topic that fired.
    expect(score.disagreements!.map((item) => item.row)).toEqual(sheet.flatMap((row, i) => (had.includes(row) ? [i + 2] : [])));
    for (const item of score.disagreements!) {
      expect(item.extra.map((extra) => extra.id)).toEqual([common]);
      expect(item.extra[0]!.terms.length).toBeGreaterThan(0);
      expect(item.missed).toEqual([]);
    }
    const text = pdx(['eval', 'minus.csv', '--verbose'], { cwd: tmp }).stdout;
    expect(text).toContain(`\nRows where pdx and coded_topics differ (${had.length}):\n`);
    expect(text).toMatch(new RegExp(`\\n  extra ${common}: \\S+ ×\\d`));
  });

  it('leaves rows with an empty coded_topics out, or counts them as no topic with --empty none', () => {
    writeCoded(join(tmp, 'partly.csv'), sheet, (row) => (sheet.indexOf(row) < 10 ? row.pdx_topics || 'none' : ''));
    expect(evalJson(['partly.csv'])).toMatchObject({ rows: 60, coded: 10, exact: 10 });
    const asNone = evalJson(['partly.csv', '--empty', 'none']);
    expect(asNone.coded).toBe(60);
    expect(asNone.micro.fp).toBe(sheet.slice(10).reduce((sum, row) => sum + row.pdx_topics.split(';').filter(Boolean).length, 0));
    expect(pdx(['eval', 'partly.csv'], { cwd: tmp }).stdout.split('\n')[0]).toBe(
      `partly.csv: 10 rows coded of 60 (50 with coded_topics empty, left out); tagged again with pdx-builtin ${BUILTIN_VERSION}`,
    );
  });

  it('scores a changed dictionary on the same rows: each text is tagged again with --dict', () => {
    const dictionary = join(tmp, 'mine.yaml');
    // One term matched as written: a clause is tagged when its text holds 要 anywhere.
    writeFileSync(dictionary, 'topics:\n  - id: yao\n    labels: { zh: 要 }\n    terms: [{ term: 要, exact: true }]\n');
    writeCoded(join(tmp, 'mine.csv'), sheet, () => 'yao');
    const score = evalJson(['mine.csv', '--dict', dictionary, '--dict-mode', 'replace']);
    const withYao = sheet.filter((row) => row.text.includes('要')).length;
    expect(withYao).toBeGreaterThan(10);
    expect(withYao).toBeLessThan(60);
    expect(score.topics['yao']).toMatchObject({ coded: 60, tp: withYao, fn: 60 - withYao, fp: 0 });
  });

  it("measures two coders' agreement per topic, with kappa and alpha", () => {
    writeCoded(
      join(tmp, 'two.csv'),
      sheet,
      (row) => row.pdx_topics || 'none',
      (row) =>
        row.pdx_topics
          .split(';')
          .filter((id) => id && id !== common)
          .join(';') || 'none',
    );
    const score = evalJson(['two.csv']);
    expect(score.agreement!.rows).toBe(60);
    const had = sheet.filter((row) => row.pdx_topics.split(';').includes(common)).length;
    // On the common topic the second coder says no on every row: agreement (60 − had)/60, kappa 0.
    expect(score.agreement!.topics[common]).toMatchObject({ agreement: (60 - had) / 60, kappa: 0 });
    for (const [id, figures] of Object.entries(score.agreement!.topics)) if (id !== common) expect(figures).toMatchObject({ agreement: 1, kappa: 1, alpha: 1 });
    expect(pdx(['eval', 'two.csv'], { cwd: tmp }).stdout).toContain(
      '\nAgreement of coded_topics and coded_topics_2 on 60 rows coded by both: the same topics on',
    );
  });

  it('reads the sheet as pdx wrote it, with its # lines, and as a spreadsheet saves it: semicolons, GBK', () => {
    const original = readFileSync(join(tmp, 'sheet.csv'), 'utf8');
    const coded = original.replace(/,,\r\n/g, ',none,\r\n');
    writeFileSync(join(tmp, 'written.csv'), coded);
    expect(evalJson(['written.csv'])).toMatchObject({ coded: 60 });
    // 'doc;text;coded_topics\r\na.md;会议强调，要抓好安全生产和防汛救灾工作。;safety\r\n' in GBK (iconv -t gbk), as Excel saves "CSV" on a Chinese Windows.
    const gbk =
      '646f633b746578743b636f6465645f746f706963730d0a612e6d643bbbe1d2e9c7bfb5f7a3acd2aad7a5bac3b0b2c8abc9fab2fabacdb7c0d1b4bec8d4d6b9a4d7f7a1a33b7361666574790d0a';
    writeFileSync(join(tmp, 'gbk.csv'), Buffer.from(gbk, 'hex'));
    expect(evalJson(['gbk.csv']).topics['safety']).toMatchObject({ tp: 1 });
  });

  it('names every topic id it does not know, with its rows and what was meant, all at once, exit 2', () => {
    writeCoded(join(tmp, 'typos.csv'), sheet.slice(0, 5), (row) => ['epidemc', 'Economy;health', '疫情防控', 'none;safety', 'epidemc'][sheet.indexOf(row)]!);
    expectUsageError(
      ['eval', 'typos.csv'],
      [
        'pdx: eval: cannot start:',
        '  typos.csv: coded_topics: "epidemc" is not a topic of the active dictionaries (rows 2, 6); did you mean epidemic?',
        '  typos.csv: coded_topics: "Economy" is not a topic of the active dictionaries (row 3); did you mean economy?',
        '  typos.csv: coded_topics: "疫情防控" is not a topic of the active dictionaries (row 4); it is the label of epidemic: write epidemic',
        '  typos.csv: row 5: coded_topics says none and names topics too (none;safety); write either',
        '(run pdx eval --help for usage)',
        '',
      ].join('\n'),
      tmp,
    );
  });

  it('names a missing column and what it was perhaps called', () => {
    writeFileSync(join(tmp, 'renamed.csv'), 'doc,text,coded_topic\r\na.md,要稳,economy\r\n');
    const result = pdx(['eval', 'renamed.csv'], { cwd: tmp });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '  renamed.csv: no column coded_topics (did you mean coded_topic? rename it coded_topics); the header has doc, text, coded_topic',
    );
    expect(pdx(['eval', 'nowhere.csv'], { cwd: tmp }).stderr).toContain('  nowhere.csv: no such file; give the sheet pdx sample wrote\n');
  });

  it('reads a sheet from a pipe the shell names (<(…)), and refuses one that is no file, with how to fix it', () => {
    const viaPipe = execFileSync('bash', ['-c', `"${process.execPath}" "${BIN}" eval <(cat sheet.csv) --format json`], { cwd: tmp, encoding: 'utf8' });
    expect(JSON.parse(viaPipe)).toEqual({ ...evalJson(['sheet.csv']), sheet: expect.stringMatching(/^\/dev\/fd\/\d+$/) });
    execFileSync(process.execPath, ['-e', "require('net').createServer().listen('sheet.sock', () => process.exit(0))"], { cwd: tmp });
    const socket = pdx(['eval', 'sheet.sock'], { cwd: tmp });
    expect(socket.status).toBe(2);
    expect(socket.stderr).toContain('  sheet.sock: is not a regular file (a socket or device); save the sheet to a file, or pipe it to pdx eval -\n');
    expect(pdx(['eval', '.'], { cwd: tmp }).stderr).toContain('  .: is a folder; give the sheet file\n');
  });
});

describe('pdx suggest', () => {
  it('lists words and phrases much more frequent in the clauses of a topic, with counts and an example, none the topic has', () => {
    const result = pdx(['suggest', '--topic', 'safety', 'all.jsonl', '--min-count', '2', '--format', 'json'], { cwd: tmp });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const candidates = JSON.parse(result.stdout) as TermCandidate[];
    expect(candidates.length).toBeGreaterThan(5);
    const safety = documents.flatMap((document) => document.clauses.filter((clause) => clause.topics.some((topic) => topic.id === 'safety')));
    for (const candidate of candidates) {
      expect(candidate.score).toBeGreaterThanOrEqual(1.96);
      expect(candidate.count).toBeGreaterThanOrEqual(2);
      expect(candidate.example.text).toContain(candidate.term);
      expect(safety.map((clause) => clause.text)).toContain(candidate.example.text);
      // Not a term of safety: it tags no clause safety on its own.
      const explained = JSON.parse(pdx(['topics', '--explain', candidate.term, '--format', 'json']).stdout) as { topics: { id: string }[] };
      expect(explained.topics.map((topic) => topic.id)).not.toContain('safety');
    }
    expect(candidates.map((candidate) => candidate.score)).toEqual([...candidates.map((candidate) => candidate.score)].sort((a, b) => b - a));
  });

  it('reads reports as it reads their outputs, and shows each candidate in its example in the text view', () => {
    const fromReports = pdx(['suggest', '--topic', 'safety', 'reports', '--min-count', '2', '--format', 'json'], { cwd: tmp }).stdout;
    expect(pdx(['suggest', '--topic', 'safety', 'all.jsonl', '--min-count', '2', '--format', 'json'], { cwd: tmp }).stdout).toBe(fromReports);
    const text = pdx(['suggest', '--topic', 'safety', 'reports', '--min-count', '2', '--top', '3'], { cwd: tmp }).stdout.split('\n');
    const distinct = new Map(
      documents.flatMap((document) => document.clauses.map((clause) => [clause.text, clause.topics.some((topic) => topic.id === 'safety')] as const)),
    );
    const clauses = distinct.size;
    const safetyClauses = [...distinct.values()].filter(Boolean).length;
    expect(text[0]).toBe(`safety 安全生产与应急管理: ${safetyClauses} of ${clauses} distinct clauses tagged (${documents.length} documents)`);
    expect(text[1]).toMatch(
      /^3 candidates: a score of 1\.96 or more, 2 or more occurrences in those clauses, none that a term of safety \(\d+\) already matches$/,
    );
    expect(text[2]).toBe('  score  count  out  clauses  out  term [topics that have it]   example');
    expect(text[3]).toMatch(/^ +\d+\.\d\d +\d+ +\d+ +\d+ +\d+ {2}(\S+)(?: \[[^\]]+\])? {3}.*【\1】.* {2}\(reports\/\S+ #\d+\)$/);
  });

  it('reports every usage problem at once, an unknown topic with what was meant', () => {
    expectUsageError(
      ['suggest', '--topic', 'safty', 'nowhere', '--top', '0', '--min-score', 'high'],
      [
        'pdx: suggest: cannot start:',
        '  --top 0: give a whole number, 1 or more (--top 40)',
        '  --min-score high: give a number (--min-score 1.96)',
        '  --topic safty: not a topic of the active dictionaries; did you mean safety?',
        '  nowhere: no such file or folder',
        '(run pdx suggest --help for usage)',
        '',
      ].join('\n'),
      tmp,
    );
    expect(pdx(['suggest', 'all.jsonl'], { cwd: tmp }).stderr).toContain(
      '  --topic is missing: the topic to find terms for (--topic epidemic; pdx topics lists them)\n',
    );
  });

  it('explains itself with examples', () => {
    const result = pdx(['suggest', '--help']);
    expect(result.stdout).toContain('$ pdx suggest --topic epidemic ../shared/bench');
    expect(result.stdout).toContain('Monroe, Colaresi & Quinn 2008');
  });
});
