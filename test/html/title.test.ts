/**
 * Titles of whole pages whose <title> is only the site's or column's name
 * (信用临安): the headline comes from the body — a heading, a 标题 block, the
 * first bold line above the dateline — and a page without one has none.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>` +
  `<div class="top"><a href="/"><img alt="信用临安">信用临安</a><a href="/news">信用动态</a></div>${body}</body></html>`;
const BODY = '<p>3月12日，区信用体系建设领导小组召开第三次会议。</p><p>会议强调，要加快推进社会信用体系建设，提升信用监管效能。</p>';
const title = (html: string): string | null => extract(html, { path: 'page.html' }).title;

describe('a <title> that names only the site', () => {
  it('takes the headline from a 标题 block above the dateline', () => {
    const html = page(
      '<title>信用临安</title>',
      `<div class="news_title">区信用体系建设领导小组召开第三次会议</div><div class="news_info">发布时间：2024-03-12 来源：区发改局</div><div class="news_text">${BODY}</div>`,
    );
    expect(title(html)).toBe('区信用体系建设领导小组召开第三次会议');
  });

  it('takes the headline from a heading (h2) in the body', () => {
    const html = page('<title>信用临安</title>', `<div class="main"><h2>区信用体系建设领导小组召开第三次会议</h2><p>2024-03-12</p>${BODY}</div>`);
    expect(title(html)).toBe('区信用体系建设领导小组召开第三次会议');
  });

  it('takes the first bold line above the dateline', () => {
    const html = page(
      '<title>信用临安</title>',
      `<table><tr><td><p><strong>区信用体系建设领导小组召开第三次会议</strong></p><p>2024-03-12 来源：区发改局</p>${BODY}</td></tr></table>`,
    );
    expect(title(html)).toBe('区信用体系建设领导小组召开第三次会议');
  });

  it('knows a site name by the page’s own SiteName meta, or by how site names end (……人民政府网)', () => {
    const meta = page('<meta name="SiteName" content="青溪在线"><title>青溪在线</title>', `<h3>青溪区召开防汛工作会议</h3><p>发布时间：2024-06-01</p>${BODY}`);
    expect(title(meta)).toBe('青溪区召开防汛工作会议');
    const government = page('<title>青溪区人民政府网</title>', `<h3>青溪区召开防汛工作会议</h3><p>发布时间：2024-06-01</p>${BODY}`);
    expect(title(government)).toBe('青溪区召开防汛工作会议');
  });

  it('has no title when the page shows no headline', () => {
    expect(title(page('<title>信用临安</title>', `<div class="main">${BODY}</div>`))).toBeNull();
  });

  it('keeps a <title> that is a headline, cut at the site name', () => {
    expect(title(page('<title>区信用体系建设领导小组召开第三次会议_信用临安</title>', `<div class="main">${BODY}</div>`))).toBe(
      '区信用体系建设领导小组召开第三次会议',
    );
  });
});

describe('a headline an archive left in a comment (<!-- title: … ; releaseDate: … -->)', () => {
  it('is read from the page hints, on a whole page and on a fragment alike', () => {
    const comment = '<!-- saved by the archive --><!-- title: 区信用体系建设领导小组召开第三次会议 ; releaseDate: 2024-03-12 -->';
    const whole = extract(`${comment}${page('<title>信用临安</title>', BODY)}`, { path: 'page.html' });
    expect(whole.title).toBe('区信用体系建设领导小组召开第三次会议');
    const fragment = extract(`${comment}${BODY}`, { path: 'page.html' });
    expect(fragment.title).toBe('区信用体系建设领导小组召开第三次会议');
  });

  it('stands before the <title>, after the ArticleTitle meta tag', () => {
    const head = '<meta name="ArticleTitle" content="区信用工作会议召开"><title>信用临安</title>';
    expect(title(`<!-- title: 区信用体系建设领导小组召开第三次会议 -->${page(head, BODY)}`)).toBe('区信用工作会议召开');
  });

  it('is none when the comment names no title', () => {
    expect(extract(`<!-- title: ; releaseDate: 2024-03-12 -->${BODY}`).title).toBeNull();
  });
});
