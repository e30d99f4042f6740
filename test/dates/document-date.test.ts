/** The document's own date: where it is read, in which order, and what is no such date. */
import { describe, expect, it } from 'vitest';
import { findDocumentDate, type DocumentDateInput } from '../../src/dates/document-date.js';
import { NO_HINTS, type PageHints } from '../../src/html/page-hints.js';
import { extract } from '../../src/index.js';
import { parseDocument } from '../../src/text/parse-document.js';

function input(over: Partial<PageHints> = {}, body: string[] = ['正文。'], path = ''): DocumentDateInput {
  const paragraphs: [number, number][] = [];
  let start = 0;
  for (const line of body) {
    paragraphs.push([start, start + line.length]);
    start += line.length + 1;
  }
  return { hints: { ...NO_HINTS, ...over }, plainText: body.join('\n'), paragraphs, path };
}

describe('findDocumentDate', () => {
  it('prefers page meta, then an archive comment, then a dated line, then the URL, then the path', () => {
    const all = {
      meta: { PubDate: '2023-08-22 17:30' },
      comments: ['title: x ; releaseDate: 2019-06-29'],
      datedLines: ['2017-08-10 来源'],
      links: ['https://tv.cctv.com/2022/09/27/VIDE1.shtml'],
    };
    const path = 'xwlb_20240312_03.md';
    expect(findDocumentDate(input(all, undefined, path))).toEqual({ date: '2023-08-22', precision: 'day', source: 'meta' });
    expect(findDocumentDate(input({ ...all, meta: {} }, undefined, path))).toEqual({ date: '2019-06-29', precision: 'day', source: 'comment' });
    expect(findDocumentDate(input({ ...all, meta: {}, comments: [] }, undefined, path))).toEqual({
      date: '2017-08-10',
      precision: 'day',
      source: 'dated-line',
    });
    expect(findDocumentDate(input({ links: all.links }, undefined, path))).toEqual({ date: '2022-09-27', precision: 'day', source: 'url' });
    expect(findDocumentDate(input({}, undefined, path))).toEqual({ date: '2024-03-12', precision: 'day', source: 'path' });
    expect(findDocumentDate(input({ meta: { 'og:url': 'https://example.gov.cn/2021/0305/c1.html' } }))).toMatchObject({ date: '2021-03-05', source: 'url' });
    expect(findDocumentDate(input({ meta: { 'article:published_time': '2019-09-09T16:19:28+08:00' } }))).toMatchObject({ date: '2019-09-09', source: 'meta' });
    expect(findDocumentDate(input({}, undefined, 'reports/20241399_01.md'))).toBeNull();
  });

  it('reads a dated line and a dateline at the head of the body, but not a dated headline of a digest item', () => {
    expect(findDocumentDate(input({}, ['标题', '发布时间：2020-07-17 10:00', '正文，……']))).toMatchObject({ date: '2020-07-17', source: 'dated-line' });
    expect(findDocumentDate(input({}, ['新华社北京2017年4月18日电 会议指出，……']))).toMatchObject({ date: '2017-04-18', source: 'dated-line' });
    // 新华社北京4月18日电 has no year: a full date elsewhere wins, else month and day are what is known.
    expect(findDocumentDate(input({}, ['新华社北京4月18日电 会议指出，……'], 'a/20170419_01.html'))).toMatchObject({ date: '2017-04-19', source: 'path' });
    expect(findDocumentDate(input({}, ['新华社北京4月18日电 会议指出，……']))).toEqual({ date: '--04-18', precision: 'month-day', source: 'dated-line' });
    expect(findDocumentDate(input({}, ['全国铁路2025年1月5日实行新的列车运行图', '记者从国铁集团了解到，……'], 'xwlb/20241222_08.md'))).toMatchObject({
      date: '2024-12-22',
      source: 'path',
    });
    expect(findDocumentDate(input({ links: ['https://www.gov.cn/zhengce/202401/t2.html'] }))).toEqual({ date: '2024-01', precision: 'month', source: 'url' });
  });

  it('is read from what the markup stage left: comments, dated lines and links, never raw markup later', () => {
    const page =
      '<!-- title: 青山镇召开推进会 ; releaseDate: 2025-03-01 --><html><head><link rel="canonical" href="https://a.gov.cn/2024/05/06/x.html"></head><body><div>发布时间：<span>2024-05-07</span></div><div class="TRS_Editor"><p>会议指出，要抓好工作。</p></div></body></html>';
    const parsed = parseDocument(page);
    expect(parsed.hints.comments[0]).toContain('releaseDate: 2025-03-01');
    expect(parsed.hints.datedLines).toEqual(['发布时间： 2024-05-07']);
    expect(parsed.hints.links).toEqual(['https://a.gov.cn/2024/05/06/x.html']);
    expect(extract(page).documentDate).toEqual({ date: '2025-03-01', precision: 'day', source: 'comment' });
    const md = '### 李强主持召开国务院常务会议\n\n<p>会议指出，要抓好工作。</p>\n\n[查看原文](https://tv.cctv.com/2024/01/05/VIDE2.shtml)\n';
    expect(parseDocument(md).hints.links).toEqual(['https://tv.cctv.com/2024/01/05/VIDE2.shtml']);
    expect(extract(md, { path: 'a.md' }).documentDate).toEqual({ date: '2024-01-05', precision: 'day', source: 'url' });
  });

  it('is kept for an item whose body is empty (a headline and a 查看原文 link)', () => {
    const doc = extract('### 中央经济工作会议在北京举行\n\n\n\n[查看原文](https://tv.cctv.com/2024/12/12/VIDE3.shtml)\n', { path: 'a.md' });
    expect(doc.warnings.map((w) => w.code)).toEqual(['NO_BODY']);
    expect(doc.documentDate).toEqual({ date: '2024-12-12', precision: 'day', source: 'url' });
  });

  it('is null when the input gives no date of its own, whatever dates its text reports', () => {
    const doc = extract('区政府召开常务会议\n2019年7月16日，区政府召开常务会议。会议指出，要抓好工作。', { path: 'report.txt' });
    expect(doc.documentDate).toBeNull();
    expect(doc.meeting?.date).toBe('2019-07-16');
  });
});
