/**
 * Tables as users make them: `pdx --format csv|tsv` and `pdx batch --csv`,
 * read back with a strict RFC 4180 reader and held against the JSON of the
 * same inputs (one row per directive, per clause with --rows clauses), in
 * input order whatever --jobs, kept and resumed like --jsonl FILE. Needs the
 * build in dist/.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdxDocument } from '../../src/schema.js';
import { fixtureCases, FIXTURES } from '../support.js';
import { readTable } from '../output/read-csv.js';
import { pdx, startPdx } from './batch/helpers.js';

let tmp: string;
/** Every fixture's input, under in/ with its case's name: every genre the extractor knows. */
let inputs: string[];
let documents: PdxDocument[];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pdx-table-test-'));
  mkdirSync(join(tmp, 'in'));
  inputs = fixtureCases().map((item) => {
    const path = `in/${item.name}-${item.inputFile}`;
    copyFileSync(item.inputPath, join(tmp, path));
    return path;
  });
  const converted = pdx(['--format', 'jsonl', '--quiet', ...inputs], tmp);
  expect(converted.status, converted.stderr).toBe(0);
  documents = converted.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as PdxDocument);
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A text cell as the table writes it: after an apostrophe when it starts like a formula. */
const guarded = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

describe('pdx --format csv', () => {
  it('has one row per directive of the JSON of the same inputs, in order, each with its document and clause', () => {
    const result = pdx(['--format', 'csv', '--quiet', ...inputs], tmp);
    expect(result.status, result.stderr).toBe(0);
    const rows = readTable(result.stdout);
    const expected = documents.flatMap((document) =>
      document.clauses.flatMap((clause) =>
        clause.directives.map((directive, index) => ({
          doc: document.source.path,
          title: guarded(document.title ?? ''),
          body: document.meeting?.body ?? '',
          clause: String(clause.index),
          speaker: guarded(clause.speaker),
          cue: clause.cue,
          directive: String(index),
          text: guarded(directive.text),
          modality: directive.modality ?? '',
          strength: String(directive.strength),
          topics: directive.topics.join(';'),
          targets: (directive.targets ?? []).map((target) => target.text).join(';'),
          start: String(directive.span[0]),
          end: String(directive.span[1]),
        })),
      ),
    );
    expect(expected.length).toBeGreaterThan(100);
    expect(rows).toHaveLength(expected.length);
    for (const [index, row] of rows.entries()) expect(row).toMatchObject(expected[index]!);
    // Per document too: a report without clauses (there are some) has no rows.
    for (const document of documents) {
      expect(rows.filter((row) => row['doc'] === document.source.path)).toHaveLength(
        document.clauses.reduce((sum, clause) => sum + clause.directives.length, 0),
      );
    }
    expect(documents.some((document) => document.clauses.length === 0)).toBe(true);
  });

  it('with --rows clauses, has one row per clause', () => {
    const result = pdx(['--format', 'csv', '--rows', 'clauses', '--quiet', ...inputs], tmp);
    const rows = readTable(result.stdout);
    const clauses = documents.flatMap((document) => document.clauses.map((clause) => ({ document, clause })));
    expect(rows).toHaveLength(clauses.length);
    rows.forEach((row, index) => {
      const { document, clause } = clauses[index]!;
      expect(row).toMatchObject({
        doc: document.source.path,
        clause: String(clause.index),
        cue_phrase: guarded(clause.cuePhrase),
        text: guarded(clause.text),
        directives: String(clause.directives.length),
      });
    });
  });

  it('writes TSV with a byte order mark when asked', () => {
    const result = pdx(['--format', 'tsv', '--bom', '--quiet', inputs[0]!], tmp);
    expect(result.stdout.startsWith('\ufeffdoc\tdate\tbody\ttitle\tclause\t')).toBe(true);
    expect(readTable(result.stdout.slice(1), '\t').length).toBe(documents[0]!.clauses.reduce((sum, clause) => sum + clause.directives.length, 0));
  });

  it('prints the header alone for a report without clauses', () => {
    writeFileSync(join(tmp, 'no-cue.txt'), '今天天气晴朗。');
    const result = pdx(['--format', 'csv', '--quiet', 'no-cue.txt'], tmp);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('doc,date,body,title,clause,speaker,speaker_kind,cue,directive,text,modality,strength,topics,targets,start,end\r\n');
  });

  it('prints the header even when every input failed, so that a reader gets an empty table', () => {
    writeFileSync(join(tmp, 'empty.txt'), '');
    const result = pdx(['--format', 'tsv', '--rows', 'clauses', 'empty.txt'], tmp);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('pdx: empty.txt: EMPTY_INPUT: the input is empty (0 bytes)\n');
    expect(result.stdout).toBe(
      'doc\tdate\tbody\ttitle\tclause\tspeaker\tspeaker_kind\tcue\tcue_phrase\ttext\tdirectives\ttopics\ttargets\tparagraph\tstart\tend\r\n',
    );
  });

  it.each([
    [['--rows', 'clauses', 'no-cue.txt'], 'pdx: cannot start:\n  --rows clauses: applies to --format csv or tsv only\n'],
    [['--format', 'jsonl', '--bom', 'no-cue.txt'], 'pdx: cannot start:\n  --bom: applies to --format csv or tsv only\n'],
  ])('refuses table options without a table: %j', (args, message) => {
    const result = pdx(args, tmp);
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stdout).toBe('');
  });
});

describe('pdx batch --csv', () => {
  it('writes the table pdx --format csv prints, in input order with --jobs 1 and 2, to a file or stdout', () => {
    const direct = pdx(['--format', 'csv', '--quiet', ...inputs], tmp).stdout;
    // Folders are walked in name order, as the inputs were listed.
    const one = pdx(['batch', 'in', '--csv', 'one.csv', '--jobs', '1', '--quiet'], tmp);
    expect(one.status, one.stderr).toBe(0);
    expect(readFileSync(join(tmp, 'one.csv'), 'utf8')).toBe(direct);
    expect(pdx(['batch', 'in', '--csv', 'two.csv', '--jobs', '2', '--quiet'], tmp).status).toBe(0);
    expect(readFileSync(join(tmp, 'two.csv'), 'utf8')).toBe(direct);
    expect(pdx(['batch', 'in', '--csv', '-', '--jobs', '2', '--quiet'], tmp).stdout).toBe(direct);
    const clauses = pdx(['batch', 'in', '--csv', '-', '--rows', 'clauses', '--bom', '--quiet'], tmp).stdout;
    expect(clauses).toBe('\ufeff' + pdx(['--format', 'csv', '--rows', 'clauses', '--quiet', ...inputs], tmp).stdout);
    expect(readdirSync(tmp).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it.each([
    [
      ['batch', 'in', '--csv', 'x.csv', '--jsonl', 'x.jsonl'],
      '  --jsonl and --csv exclude each other: write one .json per report into a folder, one JSON Lines stream, or one table\n',
    ],
    [['batch', 'in', '--out', 'out', '--rows', 'clauses'], '  --rows clauses: applies to --csv only\n'],
    [['batch', 'in', '--jsonl', '-', '--bom'], '  --bom: applies to --csv only\n'],
  ])('refuses conflicting outputs and table options: %j', (args, line) => {
    const result = pdx(args, tmp);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`pdx: batch: cannot start:\n${line}(run pdx batch --help for usage)\n`);
  });
});

/** A folder of `count` reports, the command converting it to all.csv started, resolved once `lines` documents are in all.csv.partial. */
async function startCsvRun(count: number, lines: number, rows: string): Promise<{ dir: string; partial: string; run: ReturnType<typeof startPdx> }> {
  const dir = mkdtempSync(join(tmp, 'resume-'));
  // Two meetings and a report without clauses, which has no rows but a line in FILE.partial.
  const sources = ['seed/input.txt', 'qingshan-flood-control-meeting/input.txt', 'job-fair-no-cue/input.html'];
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    copyFileSync(join(FIXTURES, source), join(dir, 'in', `${String(i).padStart(3, '0')}${source.slice(source.lastIndexOf('.'))}`));
  }
  const partial = join(dir, 'all.csv.partial');
  const run = startPdx(['batch', 'in', '--csv', 'all.csv', '--rows', rows, '--jobs', '1'], dir);
  const linesIn = (): number => (existsSync(partial) ? readFileSync(partial, 'utf8').split('\n').length - 1 : 0);
  const deadline = Date.now() + 30_000;
  while (linesIn() < lines && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  return { dir, partial, run };
}

// Three runs of 90 reports each: 12 s on a quiet machine, past vitest's 30 s when the load average nears 10.
const RUNS_TIMEOUT = 120_000;

const summaryLine = (stderr: string): string => stderr.split('\n').find((line) => line.startsWith('pdx batch: ') && line.includes(' inputs: '))!;

describe('pdx batch --csv FILE, stopped and resumed', () => {
  it(
    'keeps every converted document in FILE.partial and resumes from it to the table a clean run writes',
    async () => {
      const { dir, partial, run } = await startCsvRun(90, 12, 'directives');
      run.child.kill('SIGKILL');
      await run.done;
      const kept = readFileSync(partial, 'utf8').split('\n').length - 1;
      expect(kept).toBeGreaterThanOrEqual(12);
      expect(existsSync(join(dir, 'all.csv'))).toBe(false);
      // A line cut short by the kill is dropped, not read into the table.
      writeFileSync(partial, '{"generator":{"name":"policy-di', { flag: 'a' });
      const resumed = pdx(['batch', 'in', '--csv', 'all.csv', '--jobs', '2'], dir);
      expect(resumed.status, resumed.stderr).toBe(0);
      expect(summaryLine(resumed.stderr)).toMatch(new RegExp(`^pdx batch: 90 inputs: ${90 - kept} converted, ${kept} up to date \\(skipped\\), 0 failed · `));
      expect(existsSync(partial)).toBe(false);
      expect(readFileSync(join(dir, 'all.csv'), 'utf8')).toBe(pdx(['batch', 'in', '--csv', '-', '--quiet'], dir).stdout);
    },
    RUNS_TIMEOUT,
  );

  it(
    'converts again what an earlier run kept for the other kind of rows',
    async () => {
      const { dir, run } = await startCsvRun(90, 6, 'clauses');
      run.child.kill('SIGKILL');
      await run.done;
      const resumed = pdx(['batch', 'in', '--csv', 'all.csv', '--jobs', '1'], dir);
      expect(summaryLine(resumed.stderr)).toMatch(/^pdx batch: 90 inputs: 90 converted, 0 up to date \(skipped\), 0 failed · /);
      expect(readFileSync(join(dir, 'all.csv'), 'utf8')).toBe(pdx(['batch', 'in', '--csv', '-', '--quiet'], dir).stdout);
    },
    RUNS_TIMEOUT,
  );
});
