/**
 * Reading a fragment from the parser's events gives exactly the paragraphs
 * the tree walk gives (collectParagraphs over cheerio's tree), for every
 * markup the two could disagree on: nesting, implied and stray closing tags,
 * skipped elements, entities, comments. Fragments with headings or meta are
 * left to the tree.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio/slim';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/decode.js';
import { fragmentParagraphs } from '../../src/html/fragment-text.js';
import { collectParagraphs, isWholePage } from '../../src/html/html-to-text.js';
import { looksLikeHtml } from '../../src/text/parse-document.js';
import { fixtureCases } from '../support.js';

// How many fixtures are fragments without headings or meta, read from the parser's events.
const READ_FIXTURES = 13;

const fromTree = (html: string): string[] => collectParagraphs([load(html).root()[0]!]);

const PIECES = [
  '<p>',
  '</p>',
  '<br>',
  '<br/>',
  '</br>',
  '<strong>',
  '</strong>',
  '<span style="x">',
  '</span>',
  '<div>',
  '</div>',
  '<b>',
  '</b>',
  '<table><tr><td>',
  '</td><td>',
  '</td></tr></table>',
  '<ul><li>',
  '</li><li>',
  '</ul>',
  '<a href="#">',
  '</a>',
  '<font>',
  '</font>',
  '<center>',
  '</center>',
  '<pre>',
  '</pre>',
  '<h4>',
  '</h4>',
  '<hr>',
  '<img src="a.png">',
  '<input value="x">',
  '<script>var a = "<p>";</script>',
  '<style>p { color: red }</style>',
  '<noscript><p>开启脚本</p></noscript>',
  '<form><p>表单',
  '</form>',
  '<textarea><p>文本框</textarea>',
  '<select><option>选项</option></select>',
  '<template><p>模板</p></template>',
  '<!-- 注释 -->',
  '<![CDATA[ 数据 ]]>',
  '<!DOCTYPE html>',
  '&nbsp;',
  '&amp;',
  '&lt;p&gt;',
  '&#12288;',
  '&#x4f1a;',
  '&bogus;',
  '会议强调，',
  '要抓好秋粮收购。',
  '  ',
  '\n',
  '\t',
  'ABC 123',
  '“两新两高”',
  '<',
  '>',
  '</ p>',
  '<p class=a',
  '</unknown>',
];
const fragment = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('fragmentParagraphs', () => {
  it('reads every fragment as the tree walk does (3,000 generated fragments)', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        expect(fragmentParagraphs(html)).toEqual(fromTree(html));
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads the HTML fragments of the fixtures as the tree walk does (the shared corpus: test/robustness/corpus.test.ts)', () => {
    let read = 0;
    for (const { inputPath } of fixtureCases()) {
      const { text } = decode(readFileSync(inputPath));
      if (!looksLikeHtml(text) || isWholePage(text)) continue;
      const paragraphs = fragmentParagraphs(text);
      if (paragraphs === null) continue;
      expect(paragraphs, inputPath).toEqual(fromTree(text));
      read++;
    }
    expect(read).toBeGreaterThanOrEqual(READ_FIXTURES);
  });

  it('leaves a fragment with a heading, a title or meta to the tree', () => {
    expect(fragmentParagraphs('<h3>区委常委会召开会议</h3><p>会议强调，要抓好秋粮收购。</p>')).toBeNull();
    expect(fragmentParagraphs('<meta name="ArticleTitle" content="标题"><p>正文</p>')).toBeNull();
    expect(fragmentParagraphs('<p>正文</p><noscript><title>标题</title></noscript>')).toBeNull();
    expect(fragmentParagraphs('<p>会议强调，<br>要抓好<strong>秋粮</strong>收购。</p><script>x()</script>')).toEqual(['会议强调，', '要抓好秋粮收购。']);
  });
});
