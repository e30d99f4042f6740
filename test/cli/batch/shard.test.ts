/**
 * `pdx batch --shard K/N`: N runs given the same arguments convert disjoint
 * parts that together are the unsharded run, byte for byte, whatever N; the
 * parts merge by copying (--out) or concatenating (--jsonl, --csv), resume
 * like any run, and a part never touches another part's files.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../../../src/cli/batch/shard.js';
import { fixtureCases, FIXTURES } from '../../support.js';
import { listFiles, pdx, startPdx, temporaryTrees } from './helpers.js';

const SEED = readFileSync(join(FIXTURES, 'seed', 'input.txt'));
const SHARD_COUNTS = [1, 2, 3, 7];

const tree = temporaryTrees('pdx-shard-test-');

/** Every fixture report, in folders named after the first word of its case (in/xwlb/xwlb-plenum-communique.md …). */
function reports(): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const fixture of fixtureCases()) {
    files[`in/${fixture.name.split('-')[0]}/${fixture.name}${fixture.inputFile.slice('input'.length)}`] = readFileSync(fixture.inputPath);
  }
  return files;
}

/** Every file under `dir` with its bytes, by path relative to it. */
function contents(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((path) => [path, readFileSync(join(dir, path))]));
}

const linesOf = (path: string): string[] => readFileSync(path, 'utf8').split(/(?<=\n)/);
const summaryOf = (stderr: string): string => stderr.replace(/\d+\.\d\d s, \d+\.\d\d MB\/s/g, 'T s, R MB/s');
const parts = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** `lines` are `whole` with some left out, in the order of `whole`. */
function expectInOrderWithin(lines: readonly string[], whole: readonly string[]): void {
  const positions = lines.map((line) => whole.indexOf(line));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

describe('the shard of an input', () => {
  it('is the documented SHA-256 rule, so that a shell can tell which part a path is in', () => {
    // From: echo $(( 0x$(printf %s "$path" | sha256sum | cut -c1-8) % N + 1 )), for N = 2, 3, 7, 1000.
    const of = (path: string): number[] => [2, 3, 7, 1000].map((n) => shardOf(path, n));
    expect(of('a.html')).toEqual([2, 1, 2, 760]);
    expect(of('2024/01/会议纪要.html')).toEqual([1, 2, 5, 119]);
    expect(of('archive/xwlb/20240101_01.md')).toEqual([1, 3, 1, 781]);
    expect(shardOf('anything', 1)).toBe(1);
  });

  it('--shard K/N: K from 1 to N; every other value is named with how to fix it', () => {
    const read = (value: string): unknown => {
      const problems: string[] = [];
      const shard = parseShard(value, problems);
      return problems.length > 0 ? problems : shard;
    };
    expect(read('1/1')).toEqual({ index: 1, count: 1 });
    expect(read('7/7')).toEqual({ index: 7, count: 7 });
    expect(read('02/10')).toEqual({ index: 2, count: 10 });
    expect(read('0/4')).toEqual([
      '--shard 0/4: K counts from 1 to N (1/4 … 4/4); for a 0-based index such as $JOB_COMPLETION_INDEX give $((JOB_COMPLETION_INDEX + 1))/4',
    ]);
    expect(read('5/4')).toEqual(['--shard 5/4: K cannot be more than N: the parts are 1/4 … 4/4']);
    expect(read('1/0')).toEqual(['--shard 1/0: N, the number of parts, must be at least 1']);
    expect(read('/4')).toEqual(['--shard /4: K is missing: is the variable that should give it set? (e.g. --shard 2/4, K from 1 to N)']);
    expect(read('2/')).toEqual(['--shard 2/: N is missing: is the variable that should give it set? (e.g. --shard 2/4, K from 1 to N)']);
    expect(read('1/4294967297')).toEqual(['--shard 1/4294967297: N can be at most 4294967296']);
    for (const value of ['2', '2of4', '1.5/4', '-1/4', '1/4/8', ' 1/4', 'a/b', '']) {
      expect(read(value)).toEqual([`--shard ${value}: give K/N, this run's part K of N parts (K from 1 to N), e.g. --shard 2/4`]);
    }
  });
});

describe('pdx batch --shard K/N', () => {
  // Fixture reports in nested folders, one with a Chinese name, and two that fail.
  const archive = {
    ...reports(),
    'in/会议/纪要.txt': SEED,
    'in/bad/empty.html': '',
    'in/bad/image.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
  };
  let dir: string;
  beforeAll(() => {
    dir = tree(archive);
    for (const output of [
      ['--out', 'whole'],
      ['--jsonl', 'whole.jsonl'],
      ['--csv', 'whole.csv'],
    ]) {
      expect(pdx(['batch', 'in', ...output, '--jobs', '2', '--quiet'], dir).status).toBe(1);
    }
  });

  /** The converted documents of an --out folder, without its failure lists. */
  const documentsIn = (out: string): Map<string, Buffer> => new Map([...contents(out)].filter(([name]) => !/^_errors(\.\d+-of-\d+)?\.jsonl$/.test(name)));

  it('--out: the folders of N parts, copied into one, are the unsharded folder byte for byte; failures are listed per part', async () => {
    const whole = documentsIn(join(dir, 'whole'));
    const errors = linesOf(join(dir, 'whole', '_errors.jsonl'));
    expect(errors).toHaveLength(2);
    for (const n of SHARD_COUNTS) {
      const merged = join(dir, `merged-${n}`);
      let outputs = 0;
      const results = await Promise.all(
        parts(n).map((k) => startPdx(['batch', 'in', '--out', `part-${k}-of-${n}`, '--shard', `${k}/${n}`, '--jobs', '1', '--quiet'], dir).done),
      );
      for (const k of parts(n)) {
        const out = join(dir, `part-${k}-of-${n}`);
        const result = results[k - 1]!;
        const errorsFile = join(out, `_errors.${k}-of-${n}.jsonl`);
        const failed = existsSync(errorsFile) ? linesOf(errorsFile) : [];
        expect(result.status).toBe(failed.length > 0 ? 1 : 0);
        // In input order, the unsharded list without the other parts' failures.
        expectInOrderWithin(failed, errors);
        outputs += listFiles(out).length - (failed.length > 0 ? 1 : 0);
        cpSync(out, merged, { recursive: true });
      }
      // Disjoint: no copy replaced a file of another part.
      expect(outputs).toBe(whole.size);
      const failures = readdirSync(merged).filter((name) => /^_errors\.\d+-of-\d+\.jsonl$/.test(name));
      expect(failures.flatMap((name) => linesOf(join(merged, name))).sort()).toEqual([...errors].sort());
      expect(documentsIn(merged)).toEqual(whole);
    }
  }, 180_000);

  it('--out: N parts written into one folder make the unsharded folder, whatever --jobs', () => {
    const shared = join(dir, 'shared');
    for (const k of parts(3))
      expect(pdx(['batch', 'in', '--out', shared, '--shard', `${k}/3`, '--jobs', String(1 + (k % 2)), '--quiet'], dir).status).toBeLessThanOrEqual(1);
    expect(documentsIn(shared)).toEqual(documentsIn(join(dir, 'whole')));
    const failures = readdirSync(shared).filter((name) => name.startsWith('_errors'));
    expect(failures.flatMap((name) => linesOf(join(shared, name))).sort()).toEqual(linesOf(join(dir, 'whole', '_errors.jsonl')).sort());
  });

  it('--jsonl: each part is the unsharded file without the other parts’ lines; parts concatenated in shard order hold every line once', async () => {
    const whole = linesOf(join(dir, 'whole.jsonl'));
    for (const n of SHARD_COUNTS) {
      const concatenated: string[] = [];
      const results = await Promise.all(
        parts(n).map((k) => startPdx(['batch', 'in', '--jsonl', `part-${k}-of-${n}.jsonl`, '--shard', `${k}/${n}`, '--jobs', '1', '--quiet'], dir).done),
      );
      for (const k of parts(n)) {
        const file = join(dir, `part-${k}-of-${n}.jsonl`);
        expect(results[k - 1]!.status).toBeLessThanOrEqual(1);
        const lines = linesOf(file).filter((line) => line !== '');
        expectInOrderWithin(lines, whole);
        concatenated.push(...lines);
      }
      expect([...concatenated].sort()).toEqual([...whole].sort());
      // One part is the whole, in its order.
      if (n === 1) expect(concatenated.join('')).toBe(readFileSync(join(dir, 'whole.jsonl'), 'utf8'));
    }
    // The same part with two workers, and to stdout: the same bytes.
    const two = pdx(['batch', 'in', '--jsonl', '-', '--shard', '2/3', '--jobs', '2', '--quiet'], dir);
    expect(two.stdout).toBe(readFileSync(join(dir, 'part-2-of-3.jsonl'), 'utf8'));
  }, 180_000);

  it('--csv: each part has the header; the header and every part’s rows are the unsharded table’s rows', () => {
    const [header, ...rows] = linesOf(join(dir, 'whole.csv'));
    const gathered: string[] = [];
    for (const k of parts(3)) {
      const file = join(dir, `part-${k}-of-3.csv`);
      expect(pdx(['batch', 'in', '--csv', file, '--shard', `${k}/3`, '--jobs', '1', '--quiet'], dir).status).toBeLessThanOrEqual(1);
      const [partHeader, ...partRows] = linesOf(file);
      expect(partHeader).toBe(header);
      gathered.push(...partRows);
    }
    expect(gathered.sort()).toEqual(rows.sort());
  });
});

describe('the parts of an archive', () => {
  it('depend on paths relative to the common folder, not on how the arguments spell it', () => {
    const dir = tree(reports());
    const spellings = [['in'], ['./in/'], [join(dir, 'in')], ['in/**/*.md', 'in/**/*.html', 'in/**/*.txt']];
    const taken = spellings.map((inputs, i) => {
      expect(pdx(['batch', ...inputs, '--out', `out-${i}`, '--shard', '2/3', '--jobs', '1', '--quiet'], dir).status).toBe(0);
      return listFiles(join(dir, `out-${i}`));
    });
    expect(taken[0]!.length).toBeGreaterThan(0);
    for (const files of taken.slice(1)) expect(files).toEqual(taken[0]);
  });
});

describe('an empty part', () => {
  it('is a run with nothing to do: exit 0, an empty folder or file, a table with its header', () => {
    // a.html is in part 2 of 2 (above).
    const dir = tree({ 'in/a.html': SEED });
    const out = pdx(['batch', 'in', '--out', 'out', '--shard', '1/2'], dir);
    expect(out.status).toBe(0);
    expect(summaryOf(out.stderr)).toBe(
      'pdx batch: shard 1/2 (0 of 1 input): 0 converted, 0 up to date (skipped), 0 failed · 0 clauses, 0 topic tags · T s, R MB/s\n',
    );
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
    expect(pdx(['batch', 'in', '--jsonl', 'part.jsonl', '--shard', '1/2', '--quiet'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'part.jsonl'), 'utf8')).toBe('');
    expect(pdx(['batch', 'in', '--csv', 'part.csv', '--shard', '1/2', '--quiet'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'part.csv'), 'utf8')).toMatch(/^doc,date,[^\n]*\n$/);
    const other = pdx(['batch', 'in', '--out', 'out', '--shard', '2/2'], dir);
    expect(summaryOf(other.stderr)).toMatch(/^pdx batch: shard 2\/2 \(1 of 1 input\): 1 converted, /);
    expect(listFiles(join(dir, 'out'))).toEqual(['a.html.json']);
  });
});

describe('resuming a part', () => {
  const files = Object.fromEntries(Object.entries(reports()).slice(0, 12));
  const inPart = (n: number, k: number): string[] => Object.keys(files).filter((path) => shardOf(path.slice('in/'.length), n) === k);

  it('--out: the same command converts only what is missing', () => {
    const dir = tree(files);
    const mine = inPart(3, 2);
    expect(mine.length).toBeGreaterThan(1);
    expect(pdx(['batch', 'in', '--out', 'out', '--shard', '2/3', '--jobs', '1', '--quiet'], dir).status).toBe(0);
    const first = contents(join(dir, 'out'));
    expect([...first.keys()]).toEqual(mine.map((path) => `${path.slice('in/'.length)}.json`).sort());
    rmSync(join(dir, 'out', `${mine[0]!.slice('in/'.length)}.json`));
    const again = pdx(['batch', 'in', '--out', 'out', '--shard', '2/3', '--jobs', '1'], dir);
    expect(summaryOf(again.stderr)).toMatch(
      new RegExp(`^pdx batch: shard 2/3 \\(${mine.length} of 12 inputs\\): 1 converted, ${mine.length - 1} up to date \\(skipped\\), 0 failed · `),
    );
    expect(contents(join(dir, 'out'))).toEqual(first);
  });

  it('--jsonl FILE: kept lines of FILE.partial are not converted again; lines of other parts in it are not taken', () => {
    const dir = tree(files);
    const mine = inPart(3, 2).length;
    expect(pdx(['batch', 'in', '--jsonl', 'part.jsonl', '--shard', '2/3', '--jobs', '1', '--quiet'], dir).status).toBe(0);
    expect(pdx(['batch', 'in', '--jsonl', 'other.jsonl', '--shard', '1/3', '--jobs', '1', '--quiet'], dir).status).toBe(0);
    const done = readFileSync(join(dir, 'part.jsonl'), 'utf8');
    const again = pdx(['batch', 'in', '--jsonl', 'part.jsonl', '--shard', '2/3', '--jobs', '1'], dir);
    expect(summaryOf(again.stderr)).toMatch(new RegExp(`^pdx batch: shard 2/3 \\(${mine} of 12 inputs\\): 0 converted, ${mine} up to date \\(skipped\\)`));
    expect(readFileSync(join(dir, 'part.jsonl'), 'utf8')).toBe(done);

    // As a killed run leaves it: no FILE, a FILE.partial short of one document, here with part 1's lines too.
    const lines = linesOf(join(dir, 'part.jsonl')).filter((line) => line !== '');
    writeFileSync(join(dir, 'part.jsonl.partial'), [...lines.slice(1).reverse(), ...linesOf(join(dir, 'other.jsonl'))].join(''));
    rmSync(join(dir, 'part.jsonl'));
    const resumed = pdx(['batch', 'in', '--jsonl', 'part.jsonl', '--shard', '2/3', '--jobs', '2'], dir);
    expect(resumed.status).toBe(0);
    expect(summaryOf(resumed.stderr)).toMatch(
      new RegExp(`^pdx batch: shard 2/3 \\(${mine} of 12 inputs\\): 1 converted, ${mine - 1} up to date \\(skipped\\)`),
    );
    expect(readFileSync(join(dir, 'part.jsonl'), 'utf8')).toBe(done);
    expect(existsSync(join(dir, 'part.jsonl.partial'))).toBe(false);
  });

  it('removes the temporary files a killed run of its own part left in --out, and no other part’s', () => {
    // b.html is in part 1 of 2, a.html in part 2.
    const dir = tree({
      'in/a.html': SEED,
      'in/b.html': SEED,
      'out/.a.html.json.4242-0.tmp': '{"half":',
      'out/.b.html.json.4242-0.tmp': '{"half":',
      'out/._errors.1-of-2.jsonl.4242-0.tmp': '{"half":',
      'out/._errors.2-of-2.jsonl.4242-0.tmp': '{"half":',
    });
    expect(pdx(['batch', 'in', '--out', 'out', '--shard', '1/2', '--quiet'], dir).status).toBe(0);
    expect(listFiles(join(dir, 'out'))).toEqual(['._errors.2-of-2.jsonl.4242-0.tmp', '.a.html.json.4242-0.tmp', 'b.html.json']);
    expect(pdx(['batch', 'in', '--out', 'out', '--quiet'], dir).status).toBe(0);
    expect(listFiles(join(dir, 'out'))).toEqual(['a.html.json', 'b.html.json']);
  });
});

describe('a bad --shard', () => {
  it('is bad usage, reported with every other problem before anything is written, exit 2', () => {
    const dir = tree({ 'in/a.html': SEED });
    const result = pdx(['batch', 'in', 'nowhere', '--out', 'out', '--shard', '0/4'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'pdx: batch: cannot start:\n' +
        '  --shard 0/4: K counts from 1 to N (1/4 … 4/4); for a 0-based index such as $JOB_COMPLETION_INDEX give $((JOB_COMPLETION_INDEX + 1))/4\n' +
        '  nowhere: no such file or folder\n' +
        '(run pdx batch --help for usage)\n',
    );
    expect(readdirSync(dir)).toEqual(['in']);
  });
});
