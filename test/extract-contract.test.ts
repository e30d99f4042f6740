/**
 * The contract of `extract` as the README states it: any string or bytes and
 * any selector string give a document (problems are warnings); only an
 * argument of the wrong type throws, a PdxArgumentError. And a headline with
 * no body under it is a document (NO_BODY), not a failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTopicEngine, documentSchema, extract, isFatal, PdxArgumentError, WARNING_CODES } from '../src/index.js';
import { FIXTURES } from './support.js';

const PAGE = readFileSync(join(FIXTURES, 'district-executive-meeting-page', 'input.html'));
const summary = (document: ReturnType<typeof extract>): string[] => document.clauses.map((clause) => `${clause.speaker}${clause.cue}：${clause.text}`);

describe('a selector that is not valid CSS', () => {
  it.each([
    ['div[', 'Expected name, found the end of the selector'],
    [':foo', 'Unknown pseudo-class :foo'],
    ['p:has(', 'Missing closing parenthesis in :has (p:has()'],
    ['a,', 'Empty sub-selector'],
    ['::before', 'Pseudo-elements are not supported by css-select'],
  ])('%j is a SELECTOR_INVALID warning; the page is read by the built-in rules', (selector, problem) => {
    const document = extract(PAGE, { selector });
    expect(document.warnings).toEqual([
      { code: 'SELECTOR_INVALID', message: `the selector ${JSON.stringify(selector)} is not valid CSS (${problem}); the built-in body rules were used` },
    ]);
    expect(isFatal(document.warnings[0]!)).toBe(false);
    expect(summary(document)).toEqual(summary(extract(PAGE)));
  });

  it('is a warning on plain text too, where no selector is used', () => {
    expect(extract('会议指出，要加强防控。', { selector: 'div[' }).warnings.map((item) => item.code)).toEqual(['SELECTOR_INVALID']);
  });
});

describe('arguments of the wrong type', () => {
  const cases: [string, () => unknown, string][] = [
    ['undefined', () => extract(undefined as never), 'extract(input): input must be a string or a Uint8Array (a Buffer), not undefined'],
    ['null', () => extract(null as never), 'extract(input): input must be a string or a Uint8Array (a Buffer), not null'],
    ['a number', () => extract(42 as never), 'extract(input): input must be a string or a Uint8Array (a Buffer), not number'],
    ['an object', () => extract({} as never), 'extract(input): input must be a string or a Uint8Array (a Buffer), not an object (Object)'],
    ['an array', () => extract([1, 2] as never), 'extract(input): input must be a string or a Uint8Array (a Buffer), not an array'],
    [
      'an ArrayBuffer',
      () => extract(new ArrayBuffer(4) as never),
      'extract(input): input must be a string or a Uint8Array (a Buffer), not an object (ArrayBuffer) (wrap an ArrayBuffer: new Uint8Array(buffer))',
    ],
    ['null options', () => extract('会议指出，要加强防控。', null as never), 'extract(input, options): options must be an object, not null'],
    ['options as a string', () => extract('会议指出，要加强防控。', 'a.html' as never), 'extract(input, options): options must be an object, not string'],
    ['a selector that is no string', () => extract('x', { selector: 42 as never }), 'extract(input, options): options.selector must be a string, not number'],
    ['a path that is no string', () => extract('x', { path: ['a'] as never }), 'extract(input, options): options.path must be a string, not an array'],
    [
      'topics that are no engine',
      () => extract('x', { topics: {} as never }),
      'extract(input, options): options.topics must be a topic engine (createTopicEngine, defaultTopicEngine), not an object (Object)',
    ],
  ];
  it.each(cases)('%s throws a PdxArgumentError (a TypeError, code INVALID_ARGUMENT) saying what was expected', (_, call, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PdxArgumentError);
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown).toMatchObject({ name: 'PdxArgumentError', code: 'INVALID_ARGUMENT', message });
  });

  it('accepts a Buffer, a Uint8Array, a string, and options left out or undefined', () => {
    const text = '会议指出，要加强防控。';
    const expected = summary(extract(text));
    for (const input of [Buffer.from(text), new TextEncoder().encode(text), text]) expect(summary(extract(input))).toEqual(expected);
    expect(summary(extract(text, undefined))).toEqual(expected);
    expect(summary(extract(text, { selector: undefined, topics: defaultTopicEngine() }))).toEqual(expected);
  });

  it('for any value: returns a valid document or throws a PdxArgumentError, nothing else', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.string(), fc.uint8Array()),
        fc.oneof(fc.anything(), fc.record({ path: fc.anything(), selector: fc.anything() }, { requiredKeys: [] })),
        (input, options) => {
          try {
            expect(documentSchema.safeParse(extract(input as string, options as never)).success).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(PdxArgumentError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a headline with no body', () => {
  it('is a document: the title, no text, no clauses, and a NO_BODY warning that is not fatal', () => {
    // What 144 items of a year of 新闻联播 hold: a headline and a link to the video.
    const document = extract('### 中央经济工作会议在北京举行\n\n\n\n[查看原文](https://tv.cctv.com/2024/12/12/VIDE20iMAyqaF4vhK5KTlLiZ241212.shtml)\n', {
      path: '20241212_01.md',
    });
    expect(document.title).toBe('中央经济工作会议在北京举行');
    expect(document.plainText).toBe('');
    expect(document.clauses).toEqual([]);
    expect(document.warnings).toEqual([{ code: 'NO_BODY', message: 'the input has a headline but no body text: the document has a title and no clauses' }]);
    expect(WARNING_CODES.NO_BODY.fatal).toBe(false);
    expect(document.source.format).toBe('text');
  });

  it('is a document on a page whose only text is its title', () => {
    const document = extract('<html><head><title>区政府召开常务会议</title></head><body><script>var a = 1;</script></body></html>');
    expect(document.title).toBe('区政府召开常务会议');
    expect(document.warnings.map((item) => item.code)).toEqual(['NO_BODY']);
  });

  it('while input with no readable text at all is NO_TEXT, fatal', () => {
    for (const input of ['<html><body><script>var a = "会议指出，";</script></body></html>', '[查看原文](https://tv.cctv.com/x.shtml)\n']) {
      const document = extract(input);
      expect(document.title).toBeNull();
      expect(document.warnings).toEqual([{ code: 'NO_TEXT', message: 'no readable text was found in the input' }]);
      expect(isFatal(document.warnings[0]!)).toBe(true);
    }
  });
});
