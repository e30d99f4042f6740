/** Decoded text → title + paragraphs: where the headline comes from, and what is markup. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { looksLikeHtml, parseDocument } from '../../src/text/parse-document.js';

const BODY =
  '<div class="TRS_Editor"><p>会议指出，要加强防汛工作，确保全区安全度汛，切实保障人民群众生命财产安全，坚决守住不发生重大伤亡事故的底线。</p></div>';

describe('title', () => {
  it('is the first line of a plain-text fragment, which is not part of the body', () => {
    const doc = extract('青山区召开防汛工作会议\n会议指出，要加强防汛工作。');
    expect(doc.title).toBe('青山区召开防汛工作会议');
    expect(doc.source.format).toBe('text');
    expect(doc.plainText).toBe('会议指出，要加强防汛工作。');
  });

  it('is the bare first line before the markup of an HTML fragment (the seed form)', () => {
    const doc = extract('区防汛指挥部召开第3次会议\n<div><span>　　会议强调，要压实防汛责任。</span></div>');
    expect(doc.title).toBe('区防汛指挥部召开第3次会议');
    expect(doc.source.format).toBe('html');
    expect(doc.plainText).toBe('会议强调，要压实防汛责任。');
  });

  it('is a `### ` markdown heading without its hashes', () => {
    const doc = extract('### 青山区召开防汛工作会议\n\n会议指出，要加强防汛工作。');
    expect(doc.title).toBe('青山区召开防汛工作会议');
    expect(doc.plainText).toBe('会议指出，要加强防汛工作。');
  });

  it('is <meta name="ArticleTitle"> on a government page, before <title>', () => {
    const page = `<html><head><meta name="ArticleTitle" content="青山区召开防汛工作会议"><title>防汛_青山区政府网</title></head><body>${BODY}</body></html>`;
    expect(extract(page).title).toBe('青山区召开防汛工作会议');
  });

  it('is the <h1> that the <title> repeats', () => {
    const page = `<html><head><title>青山区召开防汛工作会议 - 青山新闻 - 青山区人民政府</title></head><body><div class="nav">首页</div><h1>青山区召开防汛工作会议</h1>${BODY}</body></html>`;
    expect(extract(page).title).toBe('青山区召开防汛工作会议');
  });

  it('is the <title> with its _site-name suffix cut', () => {
    const page = `<html><head><title>青山区召开防汛工作会议_青山区人民政府</title></head><body>${BODY}</body></html>`;
    expect(extract(page).title).toBe('青山区召开防汛工作会议');
  });

  it('keeps a —— dash pair inside the headline', () => {
    const page = `<html><head><title>众志成城——青山区召开防汛工作会议_青山区人民政府</title></head><body>${BODY}</body></html>`;
    expect(extract(page).title).toBe('众志成城——青山区召开防汛工作会议');
  });

  it('is the <h1> of a fragment', () => {
    const doc = extract('<h1>青山区召开防汛工作会议</h1><p>会议指出，要加强防汛工作。</p>');
    expect(doc.title).toBe('青山区召开防汛工作会议');
    // The headline stays in the text, but its words are no clause.
    expect(doc.clauses.map((c) => c.cuePhrase)).toEqual(['会议指出']);
  });

  it('is a leading <!-- title: … --> comment', () => {
    const doc = extract('<!-- title: 青山镇召开乡村振兴工作推进会; releaseDate: 2025-03-01 -->\n<p>会议指出，要加强乡村振兴工作。</p>');
    expect(doc.title).toBe('青山镇召开乡村振兴工作推进会');
  });

  it('is null when there is no headline', () => {
    expect(extract('会议指出，要加强防汛工作。').title).toBeNull();
  });

  it('is not a first line that opens a list with ： (it is the first clause)', () => {
    const doc = extract('会议要求：\n1.坚持规划引领，统筹考虑片区功能定位。\n2.坚持民生优先，优先实施管网改造。');
    expect(doc.title).toBeNull();
    expect(doc.clauses.map(({ speaker, cue, text }) => ({ speaker, cue, text }))).toEqual([
      { speaker: '会议', cue: '要求', text: '1.坚持规划引领，统筹考虑片区功能定位。\n2.坚持民生优先，优先实施管网改造。' },
    ]);
  });

  it('does not take cue words of the headline as a clause', () => {
    const doc = extract('青山区召开防汛工作会议强调压实责任\n会议指出，要加强防汛工作。');
    expect(doc.title).toBe('青山区召开防汛工作会议强调压实责任');
    expect(doc.clauses.map((c) => `${c.speaker}${c.cue}，${c.text}`)).toEqual(['会议指出，要加强防汛工作。']);
  });
});

describe('format', () => {
  it('tells markup from plain text', () => {
    expect(looksLikeHtml('<p>会议指出。</p>')).toBe(true);
    expect(looksLikeHtml('会议指出，要把 a<b 和 c>d 写清楚。')).toBe(false);
    expect(extract('会议指出，要加强防汛工作。').source.format).toBe('text');
  });

  it('drops page furniture lines such as 【打印】【关闭】 and a lone markdown link', () => {
    const parsed = parseDocument('会议指出，要加强防汛工作。\n【打印本页】【关闭窗口】\n[查看原文](https://example.gov.cn/a.html)\n会议结束。');
    expect(parsed.plainText).toBe('会议指出，要加强防汛工作。\n会议结束。');
    expect(parsed.paragraphs).toEqual([
      [0, 13],
      [14, 19],
    ]);
  });
});
