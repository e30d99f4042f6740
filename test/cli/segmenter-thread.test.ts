/**
 * jieba in a helper thread (the launcher's, for one-report runs) answers
 * exactly as jieba in this thread: same boundaries, same words and tags, so
 * output never depends on which one ran. What the thread cannot take (a text
 * over its buffer, a second engine) is done in this thread, with the same result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_REQUEST, startSegmenterThread } from '../../src/cli/segmenter-thread.js';
import { runsExtract } from '../../src/cli/command-names.js';
import { buildProgram } from '../../src/cli/program.js';
import { createSegmenter } from '../../src/topics/segmenter.js';
import { ROOT } from '../support.js';

const WORKER = pathToFileURL(join(ROOT, 'dist', 'segmenter-thread-worker.cjs'));
const WORDS = ['两新两高', '一网通办', '城市更新'];
const SEED = readFileSync(join(ROOT, 'fixtures', 'seed', 'input.txt'), 'utf8');
const TEXTS = [
  SEED,
  '会议强调，要推进两新两高，做好一网通办和城市更新，市长刘芳主持会议。',
  '习近平',
  '王立新',
  '近日',
  '𠮷野家',
  'ABC公司2024年营收12.5亿元',
  ' \n\t',
  '。',
];

describe('the segmenter thread', () => {
  const thread = startSegmenterThread(WORKER);
  const threaded = thread.segmenterFor(WORDS);
  const local = createSegmenter(WORDS);

  it('cuts and tags every text exactly as jieba in this thread', () => {
    for (const text of TEXTS) {
      expect(threaded.boundaries(text)).toEqual(local.boundaries(text));
      expect(threaded.tag(text)).toEqual(local.tag(text));
    }
    expect(threaded.boundaries('')).toEqual([0]);
    expect(threaded.tag('')).toEqual([]);
  });

  it('knows the dictionary terms it was given as words', () => {
    const text = '推进两新两高和城市更新';
    const cuts = threaded.boundaries(text);
    expect(cuts).toContain(text.indexOf('两新两高'));
    expect(cuts).toContain(text.indexOf('两新两高') + 4);
    expect(cuts).not.toContain(text.indexOf('两新两高') + 2);
  });

  it('does a text longer than its buffer in this thread, with the same result', () => {
    const long = SEED.repeat(Math.ceil((MAX_REQUEST + 1) / SEED.length));
    expect(long.length).toBeGreaterThan(MAX_REQUEST);
    expect(threaded.boundaries(long)).toEqual(local.boundaries(long));
  });

  it('gives a second engine a segmenter of its own, with its own words', () => {
    const other = thread.segmenterFor(['秋粮收购']);
    expect(other.boundaries('抓好秋粮收购')).toEqual(createSegmenter(['秋粮收购']).boundaries('抓好秋粮收购'));
    expect(other.boundaries('抓好秋粮收购')).toEqual([0, 2, 6]);
  });
});

describe('a thread that never answers', () => {
  it('is given up after the timeout, and jieba runs in this thread with the same result', () => {
    const started = Date.now();
    const broken = startSegmenterThread(pathToFileURL(join(ROOT, 'dist', 'no-such-worker.cjs')), 300);
    const segmenter = broken.segmenterFor(WORDS);
    expect(segmenter.boundaries(TEXTS[1]!)).toEqual(createSegmenter(WORDS).boundaries(TEXTS[1]!));
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('which runs start the thread', () => {
  it('a report, standard input and dictionary options do; other commands, help and version do not', () => {
    expect(runsExtract(['report.html'])).toBe(true);
    expect(runsExtract([])).toBe(true);
    expect(runsExtract(['-', '--format', 'text'])).toBe(true);
    expect(runsExtract(['--dict', 'my.yaml', 'report.html'])).toBe(true);
    expect(runsExtract(['extract', 'report.html'])).toBe(true);
    for (const args of [['--version'], ['-V'], ['--help'], ['report.html', '-h'], ['batch', 'in/', '--out', 'out/'], ['schema']])
      expect(runsExtract(args)).toBe(false);
  });

  it('knows every command the program has', () => {
    const names = buildProgram(() => undefined)
      .commands.map((command) => command.name())
      .filter((name) => name !== 'extract');
    expect(names).toEqual(expect.arrayContaining(['batch', 'topics', 'schema', 'stats', 'report', 'diff', 'completion']));
    for (const name of names) expect(runsExtract([name])).toBe(false);
  });
});
