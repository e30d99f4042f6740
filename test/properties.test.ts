/**
 * Properties of `extract` on arbitrary input: real report text cut at random
 * places and remixed, random cue-word soup, HTML-ish markup, and raw bytes.
 * Inputs stay short (≤ ~2,000 characters) so 1,000 runs per property are quick.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractUnchecked } from '../src/extract.js';
import { documentSchema, extract, type PdxDocument } from '../src/index.js';
import { docx } from './docx-writer.js';
import { fixtureCases, sharedCorpusFiles } from './support.js';

const RUNS = { numRuns: 1000 };
const MAX_PIECE = 900;
const MAX_INPUT = 2000;

// Real report texts: the shared corpus when it sits next to the repository, else the fixtures.
const corpusFiles = sharedCorpusFiles();
const sources = (corpusFiles.length > 0 ? corpusFiles : fixtureCases().map((item) => item.inputPath)).map((path) => readFileSync(path, 'utf8'));

/** A piece of a real report, cut at random offsets. */
const reportPiece = fc
  .tuple(fc.integer({ min: 0, max: sources.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.noBias(fc.integer({ min: 0, max: MAX_PIECE })))
  .map(([index, at, length]) => {
    const text = sources[index]!;
    const start = Math.floor(at * text.length);
    return text.slice(start, start + length);
  });

/** Words the clause grammar reacts to, and the punctuation around them. */
const WORDS = [
  '会议',
  '会上',
  '指出',
  '强调',
  '要求',
  '认为',
  '提出',
  '明确',
  '号召',
  '希望',
  '部署',
  '指示',
  '强调指出',
  '一致',
  '还',
  '同时',
  '进一步',
  '在讲话中',
  '在主持会议时',
  '他',
  '她',
  '张明华',
  '区委书记、区长',
  '有关负责人',
  '文章',
  '社论',
  '《工作方案》',
  '要',
  '必须',
  '坚持',
  '确保',
  '鼓励',
  '倡导',
  '力争',
  '一是',
  '二是',
  '1.',
  '（一）',
  '听取',
  '审议通过',
  '研究部署',
  '主持召开',
  '常务会议',
  '精神',
  '根据',
  '按照',
  '的',
  '汇报',
  '参加会议',
  '（记者 李文）',
  '责任编辑：王某',
  '相关新闻',
  '垃圾分类',
  '安全',
  '粮食安全',
  '疫情防控',
  '，',
  '。',
  '；',
  '：',
  ':',
  '、',
  '“',
  '”',
  '！',
  '？',
  '\n',
  ' ',
  '\u3000',
  '\u00a0',
  '\r\n',
  '𠮷',
  '\uFEFF',
  '\u200B',
  '\uD800',
];
const cueSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 200, size: 'max' }).map((words) => words.join(''));

const HTML_BITS = [
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<br>',
  '<br/>',
  '<span style="x">',
  '</span>',
  '<h1>',
  '</h1>',
  '<title>',
  '</title>',
  '<html>',
  '<body>',
  '</body>',
  '<head>',
  '<meta charset="gbk">',
  '<meta name="ArticleTitle" content="区政府召开会议">',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<a href="/x">',
  '</a>',
  '<ul><li>',
  '</li></ul>',
  '<div class="TRS_Editor">',
  '<div id="zoom">',
  '<!--',
  '-->',
  '<!-- title: 会议 -->',
  '&nbsp;',
  '&amp;',
  '&#12288;',
  '&lt;',
  '<',
  '>',
  '"',
  "'",
  '<table><tr><td>',
  '</td></tr></table>',
  '### ',
  '[链接](http://x)',
  '【打印】',
];
const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HTML_BITS),
      fc.constantFrom(...WORDS),
      reportPiece.map((piece) => piece.slice(0, 80)),
    ),
    { maxLength: 80, size: 'max' },
  )
  .map((bits) => bits.join(''));

const anyText = fc
  .oneof(
    reportPiece,
    fc.array(fc.oneof(reportPiece, cueSoup), { minLength: 1, maxLength: 3, size: 'max' }).map((parts) => parts.join('\n')),
    cueSoup,
    htmlish,
    fc.string({ maxLength: 300, unit: 'grapheme' }),
  )
  .map((text) => text.slice(0, MAX_INPUT));

/** Any input a user may hand over: a string, its UTF-8 bytes, or raw bytes. */
const anyInput: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: anyText },
  { weight: 2, arbitrary: anyText.map((text) => new TextEncoder().encode(text)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: MAX_INPUT }) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 600 }).map((bytes) => Uint8Array.from([0xff, 0xfe, ...bytes])) },
  { weight: 1, arbitrary: anyText.map((text) => docx(text.split('\n'))) },
);

const CSS_BITS = [
  'div',
  'p',
  '#zoom',
  '.TRS_Editor',
  '[',
  ']',
  '(',
  ')',
  ':',
  '::',
  'not',
  'has',
  'contains',
  'nth-child',
  '*',
  '|',
  ',',
  '>',
  '~',
  '+',
  ' ',
  '"',
  "'",
  '=',
  '\\',
  '会议',
];
/** Selectors, valid and not: CSS pieces in any order, and any string. */
const anySelector = fc.oneof(
  fc.array(fc.constantFrom(...CSS_BITS), { maxLength: 12 }).map((bits) => bits.join('')),
  fc.string({ maxLength: 30 }),
);

const slice = (doc: PdxDocument, [start, end]: readonly [number, number]): string => doc.plainText.slice(start, end);

describe('extract on arbitrary input', () => {
  it('has real report text to cut from', () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((text) => text.length > 0)).toBe(true);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        extract(input);
      }),
      RUNS,
    );
  });

  it('never throws, whatever path and selector strings come with it', () => {
    fc.assert(
      fc.property(anyInput, fc.record({ path: fc.string({ maxLength: 40 }), selector: anySelector }, { requiredKeys: [] }), (input, options) => {
        expect(documentSchema.safeParse(extract(input, options)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives output that validates against documentSchema as JSON', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const doc = extract(input);
        const json: unknown = JSON.parse(JSON.stringify(doc));
        expect(json).toEqual(doc);
        const result = documentSchema.safeParse(json);
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      }),
      RUNS,
    );
  });

  it('builds, unchecked (as pdx batch writes it), the document that validates, serialised byte for byte alike', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const built = extractUnchecked(input);
        // parse returns the schema's fields in the schema's order: the order pdx batch must write them in.
        expect(JSON.stringify(built)).toBe(JSON.stringify(documentSchema.parse(built)));
      }),
      RUNS,
    );
  });

  it('gives clause, cue, directive and evidence spans that point at their text', () => {
    let clauses = 0;
    fc.assert(
      fc.property(anyInput, (input) => {
        const doc = extract(input);
        clauses += doc.clauses.length;
        for (const clause of doc.clauses) {
          expect(slice(doc, clause.span)).toBe(clause.text);
          expect(slice(doc, clause.cueSpan)).toBe(clause.cuePhrase);
          for (const directive of clause.directives) expect(slice(doc, directive.span)).toBe(directive.text);
          for (const topic of clause.topics) for (const e of topic.evidence) for (const span of e.spans) expect(slice(doc, span)).toBe(e.term);
        }
      }),
      RUNS,
    );
    // The inputs hold cues: spans were checked, not skipped for want of clauses.
    expect(clauses).toBeGreaterThan(100);
  });

  it('gives clauses in reading order that do not overlap, each after its cue', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const doc = extract(input);
        doc.clauses.forEach((clause, i) => {
          expect(clause.index).toBe(i);
          expect(clause.cueSpan[1]).toBeLessThanOrEqual(clause.span[0]);
          expect(clause.span[1]).toBeLessThanOrEqual(doc.plainText.length);
          const next = doc.clauses[i + 1];
          if (next) expect(clause.span[1]).toBeLessThanOrEqual(next.cueSpan[0]);
        });
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input gives deep-equal output', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const copy = typeof input === 'string' ? input : Uint8Array.from(input);
        expect(extract(copy)).toEqual(extract(input));
      }),
      RUNS,
    );
  });
});
