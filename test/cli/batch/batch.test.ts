/**
 * `pdx batch` as users run it: the built binary spawned on small temporary
 * trees. Needs the build in dist/ (`npm test` builds first).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/cli/batch/progress.js';
import { SLOT_BYTES } from '../../../src/cli/batch/slots.js';
import { documentSchema, extract, VERSION } from '../../../src/index.js';
import { FIXTURES } from '../../support.js';
import { docx } from '../../docx-writer.js';
import { listFiles, pdx, startPdx, temporaryTrees } from './helpers.js';

const SEED = readFileSync(join(FIXTURES, 'seed', 'input.txt'));
const QINGSHAN = readFileSync(join(FIXTURES, 'qingshan-flood-control-meeting', 'input.txt'));
const SYMPOSIUM = readFileSync(join(FIXTURES, 'xwlb-private-economy-symposium', 'input.md'));
const PAGE = readFileSync(join(FIXTURES, 'district-executive-meeting-page', 'input.html'));
const DOCX_TEXT = ['区防汛工作会议召开', '会议强调，要压实防汛责任，确保安全度汛。'];

const tree = temporaryTrees('pdx-batch-test-');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const summaryOf = (stderr: string): string => stderr.replace(/\d+\.\d\d s, \d+\.\d\d MB\/s/g, 'T s, R MB/s');

/** "N clauses, M topic tags", as the summary counts them in `documents`. */
function tally(documents: ReturnType<typeof extract>[]): string {
  const clauses = documents.reduce((sum, document) => sum + document.clauses.length, 0);
  const topics = documents.reduce((sum, document) => sum + document.clauses.reduce((n, clause) => n + clause.topics.length, 0), 0);
  return `${clauses} clauses, ${topics} topic tags`;
}

const ARCHIVE = {
  'in/a/b/c.html': PAGE,
  'in/a/d.txt': SEED,
  'in/e.md': SYMPOSIUM,
  'in/e.txt': QINGSHAN,
  'in/notes.json': '{}',
  'in/.hidden/x.html': PAGE,
};

describe('pdx batch DIR --out OUT', () => {
  it('mirrors the input tree: OUT/a/b/c.html.json for in/a/b/c.html, each the document extract makes', () => {
    const dir = tree({ ...ARCHIVE, 'in/f.docx': docx(DOCX_TEXT) });
    const result = pdx(['batch', '--jobs', '1', 'in', '--out', 'out'], dir);
    expect(result.status).toBe(0);
    expect(listFiles(join(dir, 'out'))).toEqual(['a/b/c.html.json', 'a/d.txt.json', 'e.md.json', 'e.txt.json', 'f.docx.json']);
    const documents = [];
    for (const [name, bytes] of [
      ['a/b/c.html', PAGE],
      ['a/d.txt', SEED],
      ['e.md', SYMPOSIUM],
      ['e.txt', QINGSHAN],
    ] as const) {
      const document = extract(bytes, { path: `in/${name}` });
      expect(readFileSync(join(dir, 'out', `${name}.json`), 'utf8')).toBe(JSON.stringify(document) + '\n');
      documents.push(document);
    }
    documents.push(readJson(join(dir, 'out', 'f.docx.json')) as ReturnType<typeof extract>);
    expect(summaryOf(result.stderr)).toBe(`pdx batch: 5 inputs: 5 converted, 0 up to date (skipped), 0 failed · ${tally(documents)} · T s, R MB/s\n`);
  });

  it('reads a .docx as extract does; source names the .docx bytes', () => {
    const bytes = docx(DOCX_TEXT);
    const dir = tree({ 'in/f.docx': bytes });
    expect(pdx(['batch', '--jobs', '1', 'in', '--out', 'out', '--quiet'], dir).status).toBe(0);
    const output = readFileSync(join(dir, 'out', 'f.docx.json'), 'utf8');
    expect(output).toBe(JSON.stringify(extract(bytes, { path: 'in/f.docx' })) + '\n');
    const document = JSON.parse(output) as ReturnType<typeof extract>;
    expect(document.plainText).toBe(DOCX_TEXT.join('\n'));
    expect(document.clauses.map((clause) => [clause.speaker, clause.cue, clause.text])).toEqual([['会议', '强调', '要压实防汛责任，确保安全度汛。']]);
    expect(document.source).toMatchObject({
      path: 'in/f.docx',
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: 'html',
      container: 'docx',
    });
  });

  it('takes globs the shell left alone, and files named directly', () => {
    const dir = tree(ARCHIVE);
    const result = pdx(['batch', 'in/**/*.txt', 'in/notes.json', '--out', 'out', '--jobs', '1', '--quiet'], dir);
    // A folder walk passes notes.json by; named, it is read like any report.
    expect(result.status).toBe(0);
    expect(listFiles(join(dir, 'out'))).toEqual(['a/d.txt.json', 'e.txt.json', 'notes.json.json']);
  });

  it('writes byte-identical outputs with --jobs 1 and --jobs 2, and with --validate', () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 12; i++) files[`in/${i % 3}/r${i}.${['txt', 'md', 'html'][i % 3]}`] = [SEED, SYMPOSIUM, PAGE][i % 3]!;
    const dir = tree(files);
    expect(pdx(['batch', 'in', '--out', 'one', '--jobs', '1', '--quiet'], dir).status).toBe(0);
    expect(pdx(['batch', 'in', '--out', 'two', '--jobs', '2', '--quiet'], dir).status).toBe(0);
    const one = listFiles(join(dir, 'one'));
    expect(one).toHaveLength(12);
    expect(listFiles(join(dir, 'two'))).toEqual(one);
    for (const name of one) expect(readFileSync(join(dir, 'two', name))).toEqual(readFileSync(join(dir, 'one', name)));
    const jsonl1 = pdx(['batch', 'in', '--jsonl', '-', '--jobs', '1', '--quiet'], dir);
    const jsonl2 = pdx(['batch', 'in', '--jsonl', '-', '--jobs', '2', '--quiet'], dir);
    expect(jsonl2.stdout).toBe(jsonl1.stdout);
    const validated = pdx(['batch', 'in', '--jsonl', '-', '--jobs', '2', '--validate', '--quiet'], dir);
    expect(validated.status).toBe(0);
    expect(validated.stdout).toBe(jsonl1.stdout);
  });
});

describe('documents larger than the shared slot they are handed back in', () => {
  it('are written whole, beside small ones, to --out and --jsonl', () => {
    const large = Buffer.concat(Array.from({ length: 80 }, () => SYMPOSIUM));
    const dir = tree({ 'in/a.md': SEED, 'in/b.md': large, 'in/c.md': QINGSHAN });
    const expected = [
      ['a.md', SEED],
      ['b.md', large],
      ['c.md', QINGSHAN],
    ].map(([name, bytes]) => JSON.stringify(extract(bytes as Buffer, { path: `in/${name}` })) + '\n');
    expect(Buffer.byteLength(expected[1]!)).toBeGreaterThan(SLOT_BYTES);
    expect(pdx(['batch', 'in', '--out', 'out', '--jobs', '1', '--quiet'], dir).status).toBe(0);
    expect(['a.md', 'b.md', 'c.md'].map((name) => readFileSync(join(dir, 'out', `${name}.json`), 'utf8'))).toEqual(expected);
    expect(pdx(['batch', 'in', '--jsonl', 'all.jsonl', '--jobs', '1', '--quiet'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'all.jsonl'), 'utf8')).toBe(expected.join(''));
  });
});

describe('pdx batch --jsonl', () => {
  it('streams every document as one line, in input order (folders sorted, depth first), to a file or stdout', () => {
    const dir = tree(ARCHIVE);
    const toFile = pdx(['batch', '--jobs', '1', 'in', '--jsonl', 'all.jsonl', '--quiet'], dir);
    expect(toFile.status).toBe(0);
    const lines = readFileSync(join(dir, 'all.jsonl'), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => (JSON.parse(line) as { source: { path: string } }).source.path)).toEqual(['in/a/b/c.html', 'in/a/d.txt', 'in/e.md', 'in/e.txt']);
    expect(lines[1]).toBe(JSON.stringify(extract(SEED, { path: 'in/a/d.txt' })));
    const toStdout = pdx(['batch', '--jobs', '1', 'in', '--jsonl', '-', '--quiet'], dir);
    expect(toStdout.stdout).toBe(readFileSync(join(dir, 'all.jsonl'), 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['all.jsonl', 'in']);
  });

  it('to stdout, waits for a slow reader with many workers and prints no warning', async () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 48; i++) files[`in/r${String(i).padStart(2, '0')}.md`] = SYMPOSIUM;
    const dir = tree(files);
    // Twelve lanes (--jobs 4, three each) come to wait for stdout to drain while nobody reads it.
    const { child, done } = startPdx(['batch', 'in', '--jsonl', '-', '--jobs', '4', '--quiet'], dir);
    child.stdout!.pause();
    await new Promise((resolve) => setTimeout(resolve, 4000));
    child.stdout!.resume();
    const run = await done;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(
      run.stdout
        .split('\n')
        .slice(0, -1)
        .map((line) => (JSON.parse(line) as { source: { path: string } }).source.path),
    ).toEqual(Object.keys(files));
  }, 60_000);

  it('reports failures on stderr, one line each, since there is no --out to list them in', () => {
    const dir = tree({ 'in/a.txt': SEED, 'in/b.html': '' });
    const result = pdx(['batch', '--jobs', '1', 'in', '--jsonl', '-'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(summaryOf(result.stderr)).toBe(
      'pdx: in/b.html: EMPTY_INPUT: the input is empty (0 bytes)\n' +
        `pdx batch: 2 inputs: 1 converted, 0 up to date (skipped), 1 failed · ${tally([extract(SEED)])} · T s, R MB/s\n`,
    );
  });
});

/** The complete lines of a file (none when it is not there). */
const linesOf = (path: string): string[] => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').slice(0, -1) : []);

/** A folder in/ of `count` reports, and the command converting it to all.jsonl started; resolves once `lines` documents are in all.jsonl.partial. */
async function startJsonlRun(count: number, lines: number): Promise<{ dir: string; partial: string; run: ReturnType<typeof startPdx> }> {
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < count; i++) files[`in/${String(i).padStart(3, '0')}.txt`] = i % 2 ? SEED : QINGSHAN;
  const dir = tree(files);
  const partial = join(dir, 'all.jsonl.partial');
  const run = startPdx(['batch', 'in', '--jsonl', 'all.jsonl', '--jobs', '1'], dir);
  // The moment a test stops the run is a property of the run (documents on disk), not of the clock.
  const deadline = Date.now() + 30_000;
  while (linesOf(partial).length < lines && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  return { dir, partial, run };
}

/** all.jsonl in `dir` is byte for byte what an uninterrupted run writes. */
function expectCleanRunOutput(dir: string): void {
  expect(pdx(['batch', 'in', '--jsonl', 'clean.jsonl', '--jobs', '1', '--quiet'], dir).status).toBe(0);
  expect(readFileSync(join(dir, 'all.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'clean.jsonl'), 'utf8'));
}

describe('pdx batch --jsonl FILE, resumed', () => {
  it('keeps the lines of an earlier run made by this version for unchanged inputs; --force converts everything again', () => {
    const dir = tree(ARCHIVE);
    const clean = pdx(['batch', '--jobs', '1', 'in', '--jsonl', '-', '--quiet'], dir).stdout;
    expect(pdx(['batch', '--jobs', '1', 'in', '--jsonl', 'all.jsonl', '--quiet'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'all.jsonl'), 'utf8')).toBe(clean);

    const again = pdx(['batch', '--jobs', '1', 'in', '--jsonl', 'all.jsonl'], dir);
    expect(summaryOf(again.stderr)).toBe('pdx batch: 4 inputs: 0 converted, 4 up to date (skipped), 0 failed · 0 clauses, 0 topic tags · T s, R MB/s\n');
    expect(readFileSync(join(dir, 'all.jsonl'), 'utf8')).toBe(clean);

    // An input changed since, and a line stamped by another version: both converted again.
    const lines = linesOf(join(dir, 'all.jsonl'));
    lines[3] = lines[3]!.replace(`"name":"policy-directives","version":"${VERSION}"`, '"name":"policy-directives","version":"0.0.0-older"');
    writeFileSync(join(dir, 'all.jsonl'), lines.map((line) => line + '\n').join(''));
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'in', 'e.md'), future, future);
    const partly = pdx(['batch', '--jobs', '1', 'in', '--jsonl', 'all.jsonl'], dir);
    expect(summaryOf(partly.stderr)).toMatch(/^pdx batch: 4 inputs: 2 converted, 2 up to date \(skipped\), 0 failed · /);
    expect(readFileSync(join(dir, 'all.jsonl'), 'utf8')).toBe(clean);

    // Fewer inputs: the file holds theirs only.
    const fewer = pdx(['batch', '--jobs', '1', 'in/a', '--jsonl', 'all.jsonl', '--quiet'], dir);
    expect(fewer.status).toBe(0);
    expect(linesOf(join(dir, 'all.jsonl')).map((line) => (JSON.parse(line) as { source: { path: string } }).source.path)).toEqual([
      'in/a/b/c.html',
      'in/a/d.txt',
    ]);

    const forced = pdx(['batch', '--jobs', '1', 'in', '--jsonl', 'all.jsonl', '--force'], dir);
    expect(summaryOf(forced.stderr)).toMatch(/^pdx batch: 4 inputs: 4 converted, 0 up to date \(skipped\), 0 failed · /);
    expect(readFileSync(join(dir, 'all.jsonl'), 'utf8')).toBe(clean);
    expect(readdirSync(dir).sort()).toEqual(['all.jsonl', 'in']);
  });

  it('after a kill, resumes from FILE.partial, a line cut short by the kill included, to the file a clean run writes', async () => {
    const { dir, partial, run } = await startJsonlRun(200, 16);
    run.child.kill('SIGKILL');
    await run.done;
    const kept = linesOf(partial).length;
    expect(kept).toBeGreaterThanOrEqual(16);
    expect(existsSync(join(dir, 'all.jsonl'))).toBe(false);
    writeFileSync(partial, '{"schemaVersion":1,"generator":{"na', { flag: 'a' });
    const resumed = pdx(['batch', 'in', '--jsonl', 'all.jsonl', '--jobs', '1'], dir);
    expect(resumed.status).toBe(0);
    expect(summaryOf(resumed.stderr)).toMatch(new RegExp(`^pdx batch: 200 inputs: ${200 - kept} converted, ${kept} up to date \\(skipped\\), 0 failed · `));
    expectCleanRunOutput(dir);
    expect(existsSync(partial)).toBe(false);
  });
});

describe('resuming', () => {
  it('skips outputs newer than their input made by the same version and dictionaries; --force redoes them', () => {
    const dir = tree(ARCHIVE);
    expect(pdx(['batch', '--jobs', '1', 'in', '--out', 'out', '--quiet'], dir).status).toBe(0);
    const output = join(dir, 'out', 'a', 'd.txt.json');
    const before = statSync(output).mtimeMs;

    const again = pdx(['batch', '--jobs', '1', 'in', '--out', 'out'], dir);
    expect(again.status).toBe(0);
    expect(summaryOf(again.stderr)).toBe('pdx batch: 4 inputs: 0 converted, 4 up to date (skipped), 0 failed · 0 clauses, 0 topic tags · T s, R MB/s\n');
    expect(statSync(output).mtimeMs).toBe(before);

    // An input changed after its output, and an output stamped by another version: both redone.
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'in', 'e.md'), future, future);
    const other = join(dir, 'out', 'e.txt.json');
    const stamped = readJson(other) as { generator: { version: string } };
    stamped.generator.version = '0.0.0-older';
    writeFileSync(other, JSON.stringify(stamped));
    const partial = pdx(['batch', '--jobs', '1', 'in', '--out', 'out'], dir);
    expect(summaryOf(partial.stderr)).toMatch(/^pdx batch: 4 inputs: 2 converted, 2 up to date \(skipped\), 0 failed · /);
    expect((readJson(other) as { generator: { version: string } }).generator.version).not.toBe('0.0.0-older');

    const forced = pdx(['batch', '--jobs', '1', 'in', '--out', 'out', '--force'], dir);
    expect(summaryOf(forced.stderr)).toMatch(/^pdx batch: 4 inputs: 4 converted, 0 up to date \(skipped\), 0 failed · /);
    expect(statSync(output).mtimeMs).toBeGreaterThan(before);
  });

  it('redoes an output made with other dictionaries', () => {
    const dir = tree({
      'in/a.txt': SEED,
      'extra.json': JSON.stringify({ name: 'extra', version: '1', topics: [{ id: 'masks', labels: { zh: '口罩' }, terms: ['口罩', '佩戴口罩'] }] }),
    });
    expect(pdx(['batch', '--jobs', '1', 'in', '--out', 'out', '--quiet'], dir).status).toBe(0);
    const withDict = pdx(['batch', '--jobs', '1', 'in', '--out', 'out', '--dict', 'extra.json'], dir);
    expect(withDict.status).toBe(0);
    expect(summaryOf(withDict.stderr)).toMatch(/^pdx batch: 1 input: 1 converted, 0 up to date/);
    const document = readJson(join(dir, 'out', 'a.txt.json')) as { generator: { dictionaries: { name: string }[] } };
    expect(document.generator.dictionaries.map((dictionary) => dictionary.name)).toEqual(['pdx-builtin', 'extra']);
  });
});

describe('failures and exit codes', () => {
  it('lists each failed input in OUT/_errors.jsonl, converts the rest, exits 1', () => {
    const dir = tree({
      'in/good.txt': SEED,
      'in/empty.html': '',
      'in/image.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
      'in/script.html': '<html><body><script>var a = 1;</script></body></html>',
      // A Word document cut short: its central directory is gone.
      'in/broken.docx': docx(DOCX_TEXT).subarray(0, 120),
    });
    symlinkSync(join(dir, 'in', 'missing.txt'), join(dir, 'in', 'dangling.txt'));
    const result = pdx(['batch', '--jobs', '1', 'in', '--out', 'out'], dir);
    expect(result.status).toBe(1);
    expect(listFiles(join(dir, 'out'))).toEqual(['_errors.jsonl', 'good.txt.json']);
    const errors = readFileSync(join(dir, 'out', '_errors.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { path: string; code: string; message: string });
    expect(errors.map(({ path, code }) => [path, code])).toEqual([
      ['in/broken.docx', 'DOCX_ERROR'],
      ['in/dangling.txt', 'NOT_FOUND'],
      ['in/empty.html', 'EMPTY_INPUT'],
      ['in/image.html', 'BINARY_INPUT'],
      ['in/script.html', 'NO_TEXT'],
    ]);
    expect(errors[1]!.message).toBe('no such file (check the path)');
    expect(errors[2]!.message).toBe('the input is empty (0 bytes)');
    expect(errors[0]!.message).toMatch(/^the Word document cannot be read: its end record is missing \(the file is truncated\); /);
    expect(summaryOf(result.stderr)).toBe(
      `pdx batch: 6 inputs: 1 converted, 0 up to date (skipped), 5 failed · ${tally([extract(SEED)])} · T s, R MB/s\n` +
        'pdx batch: failed inputs are listed in out/_errors.jsonl\n',
    );
    // Once the failures are fixed, the next run lists none and removes the old list.
    for (const name of ['empty.html', 'image.html', 'script.html', 'broken.docx', 'dangling.txt']) rmSync(join(dir, 'in', name));
    expect(pdx(['batch', '--jobs', '1', 'in', '--out', 'out', '--quiet'], dir).status).toBe(0);
    expect(existsSync(join(dir, 'out', '_errors.jsonl'))).toBe(false);
  });

  it('reports every usage problem at once, exit 2, and writes nothing', () => {
    const dir = tree({ 'in/a.txt': SEED });
    const result = pdx(['batch', '--jobs', '0'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'pdx: batch: cannot start:\n' +
        '  no inputs: name folders, files or globs to convert, e.g. pdx batch reports/ --out converted/\n' +
        '  --out DIR is missing: the folder that receives one .json per report (or --jsonl FILE, - for stdout, for one stream; or --csv FILE for one table)\n' +
        `  --jobs 0: give a positive whole number of workers, e.g. --jobs 2 (the default is ${availableParallelism()}, the number of cores)\n` +
        '(run pdx batch --help for usage)\n',
    );
    const more = pdx(['batch', 'in', 'nowhere', 'in/*.xml', '--out', 'out', '--jsonl', '-', '--jobs', 'two'], dir);
    expect(more.status).toBe(2);
    expect(more.stderr.split('\n').slice(1, 5)).toEqual([
      '  --out and --jsonl exclude each other: write one .json per report into a folder, one JSON Lines stream, or one table',
      `  --jobs two: give a positive whole number of workers, e.g. --jobs 2 (the default is ${availableParallelism()}, the number of cores)`,
      '  nowhere: no such file or folder',
      '  in/*.xml: matches no .html .htm .shtml .xhtml .txt .md .docx file',
    ]);
    expect(readdirSync(dir)).toEqual(['in']);
  });

  it('says what to do when the output cannot be made, not a bare system error, exit 2', () => {
    const dir = tree({ 'in/a.txt': SEED });
    const jsonl = pdx(['batch', 'in', '--jsonl', 'no/such/all.jsonl'], dir);
    expect([jsonl.status, jsonl.stderr]).toEqual([
      2,
      'pdx: batch: cannot write --jsonl no/such/all.jsonl: its folder does not exist (create it first, or check the path)\n',
    ]);
    const out = pdx(['batch', 'in', '--out', 'in/a.txt/out'], dir);
    expect([out.status, out.stderr]).toEqual([
      2,
      'pdx: batch: cannot create --out in/a.txt/out: a part of the path is a file, not a folder (check the path)\n',
    ]);
  });

  it('stops on a bad dictionary before any input is read, exit 2', () => {
    const dir = tree({ 'in/a.txt': SEED, 'bad.json': '{"topics": 3}' });
    const result = pdx(['batch', '--jobs', '1', 'in', '--out', 'out', '--dict', 'bad.json'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^pdx: batch: cannot start:\n {2}1 problem in the topic dictionaries \(no input was read\):\n {2}bad\.json:1: /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('confinement and atomic writes', () => {
  it('maps ../ and absolute inputs inside --out, relative to the folder that holds them all', () => {
    const dir = tree({ 'archive/2023/a.txt': SEED, 'archive/2024/b.md': SYMPOSIUM, 'work/.keep': '' });
    const work = join(dir, 'work');
    const result = pdx(['batch', '--jobs', '1', '../archive/2023', join(dir, 'archive', '2024', 'b.md'), '--out', 'out', '--quiet'], work);
    expect(result.status).toBe(0);
    expect(listFiles(dir)).toEqual(['archive/2023/a.txt', 'archive/2024/b.md', 'work/.keep', 'work/out/2023/a.txt.json', 'work/out/2024/b.md.json']);
    expect((readJson(join(work, 'out', '2023', 'a.txt.json')) as { source: { path: string } }).source.path).toBe('../archive/2023/a.txt');
  });

  it('never writes through a symlink that leads out of --out', () => {
    const dir = tree({ 'in/sub/x.txt': SEED, 'in/y.txt': SEED, 'elsewhere/keep.txt': 'untouched', 'out/.keep': '' });
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', 'sub'));
    symlinkSync(join(dir, 'elsewhere', 'keep.txt'), join(dir, 'out', 'y.txt.json'));
    const result = pdx(['batch', '--jobs', '1', 'in', '--out', 'out', '--quiet'], dir);
    expect(result.status).toBe(1);
    expect(listFiles(join(dir, 'elsewhere'))).toEqual(['keep.txt']);
    expect(readFileSync(join(dir, 'elsewhere', 'keep.txt'), 'utf8')).toBe('untouched');
    // The link in place of an output is replaced by the output itself.
    expect(readFileSync(join(dir, 'out', 'y.txt.json'), 'utf8')).toBe(JSON.stringify(extract(SEED, { path: 'in/y.txt' })) + '\n');
    const [error] = readFileSync(join(dir, 'out', '_errors.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { path: string; code: string });
    expect(error).toMatchObject({ path: 'in/sub/x.txt', code: 'OUTSIDE_OUT' });
  });

  it('walks a symlink loop once and takes a linked file once; leaves no temporary file', () => {
    const dir = tree({ 'in/a/r.txt': SEED });
    symlinkSync(join(dir, 'in'), join(dir, 'in', 'a', 'loop'));
    symlinkSync(join(dir, 'in', 'a', 'r.txt'), join(dir, 'in', 'same.txt'));
    const result = pdx(['batch', '--jobs', '1', 'in', '--out', 'out', '--quiet'], dir);
    expect(result.status).toBe(0);
    expect(listFiles(join(dir, 'out'))).toEqual(['a/r.txt.json']);
  });
});

describe('temporary files a killed run left', () => {
  it('are removed when the next run starts; other hidden files stay', () => {
    const dir = tree({ 'in/a.txt': SEED, 'out/sub/.a.txt.json.4242-0.tmp': '{"half":', 'out/.notes': 'keep' });
    const result = pdx(['batch', '--jobs', '1', 'in', '--out', 'out', '--quiet'], dir);
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, 'out', 'sub', '.a.txt.json.4242-0.tmp'))).toBe(false);
    expect(readFileSync(join(dir, 'out', '.notes'), 'utf8')).toBe('keep');
  });
});

describe('Ctrl-C', () => {
  it('finishes the files in flight, prints the summary, exits 130; every output is whole', async () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 1500; i++) files[`in/${String(i).padStart(4, '0')}.txt`] = i % 2 ? SEED : QINGSHAN;
    const dir = tree(files);
    const out = join(dir, 'out');
    const { child, done } = startPdx(['batch', 'in', '--out', 'out', '--jobs', '1'], dir);
    const deadline = Date.now() + 30_000;
    while (!(existsSync(out) && readdirSync(out).some((name) => name.endsWith('.json'))) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGINT');
    const result = await done;
    expect(result.status).toBe(130);
    const written = readdirSync(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(1500);
    expect(written.every((name) => name.endsWith('.txt.json'))).toBe(true);
    for (const name of written) expect(() => JSON.parse(readFileSync(join(out, name), 'utf8'))).not.toThrow();
    const [first, second] = summaryOf(result.stderr).split('\n');
    expect(first).toBe(`pdx batch: interrupted after ${written.length} of 1500 inputs; run the same command again to resume`);
    expect(second).toMatch(
      new RegExp(`^pdx batch: 1500 inputs: ${written.length} converted, 0 up to date \\(skipped\\), 0 failed, ${1500 - written.length} not started · `),
    );
  });
});

describe('Ctrl-C with --jsonl FILE', () => {
  it('keeps every converted document in FILE.partial, writes no FILE, says so; the same command resumes', async () => {
    const { dir, partial, run } = await startJsonlRun(400, 32);
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.status).toBe(130);
    expect(existsSync(join(dir, 'all.jsonl'))).toBe(false);
    const kept = linesOf(partial);
    expect(kept.length).toBeGreaterThanOrEqual(32);
    expect(kept.length).toBeLessThan(400);
    for (const line of kept) expect(documentSchema.safeParse(JSON.parse(line)).success).toBe(true);
    const [first, second] = summaryOf(result.stderr).split('\n');
    expect(first).toBe(
      `pdx batch: interrupted after ${kept.length} of 400 inputs; ${kept.length} documents are kept in all.jsonl.partial (all.jsonl is written when a run completes); run the same command again to resume`,
    );
    expect(second).toMatch(
      new RegExp(`^pdx batch: 400 inputs: ${kept.length} converted, 0 up to date \\(skipped\\), 0 failed, ${400 - kept.length} not started · `),
    );

    const resumed = pdx(['batch', 'in', '--jsonl', 'all.jsonl', '--jobs', '1'], dir);
    expect(resumed.status).toBe(0);
    expect(summaryOf(resumed.stderr)).toMatch(
      new RegExp(`^pdx batch: 400 inputs: ${400 - kept.length} converted, ${kept.length} up to date \\(skipped\\), 0 failed · `),
    );
    expectCleanRunOutput(dir);
    expect(readdirSync(dir).sort()).toEqual(['all.jsonl', 'clean.jsonl', 'in']);
  });
});

describe('the progress bar', () => {
  const stream = (isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } => {
    const sink = new PassThrough();
    let text = '';
    sink.on('data', (chunk: Buffer) => (text += chunk.toString()));
    Object.assign(sink, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, clearScreenDown: () => true });
    return { stream: sink as unknown as NodeJS.WriteStream, text: () => text };
  };

  it('shows done/total, files/s, ETA and failures on a terminal', () => {
    const terminal = stream(true);
    const progress = createProgress(3, terminal.stream, true);
    progress.update(3, 1);
    progress.stop();
    expect(terminal.text()).toMatch(/pdx batch .* 3\/3 · \d+ files\/s · ETA 0s · 1 failed/);
  });

  it('draws nothing when stderr is not a terminal, or when quiet', () => {
    for (const [isTTY, enabled] of [
      [false, true],
      [true, false],
    ] as const) {
      const target = stream(isTTY);
      const progress = createProgress(3, target.stream, enabled);
      progress.update(1, 0);
      progress.stop();
      expect(target.text()).toBe('');
    }
  });
});
