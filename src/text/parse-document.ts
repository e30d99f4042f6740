/**
 * Decoded text → title + paragraphs. Decides whether the input is markup or
 * plain text (a `.txt` file may well hold an HTML fragment, as the seed does),
 * peels off a leading headline line (a fragment's first line, a `### `
 * markdown heading) and drops lines that are only page furniture.
 */
import { htmlToText, type HtmlOptions } from '../html/html-to-text.js';
import { NO_HINTS, type PageHints } from '../html/page-hints.js';
import { normaliseParagraph } from '../language/spaces.js';
import { buildTextModel, type TextModel } from './text-model.js';

export type InputFormat = 'html' | 'text';

export interface ParsedDocument extends TextModel {
  format: InputFormat;
  title: string | null;
  meta: Record<string, string>;
  /** What the input says about itself outside the body (meta, archive comments, dated lines, its address), for the date stages. */
  hints: PageHints;
  selectorMissed: boolean;
}

const MARKUP = /<(?:p|div|br|span|table|td|h[1-6]|html|body|section|article|font|strong|li)\b[^>]*>/i;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 50000);
  // A tag ends at a >: tried only up to the last one, an unclosed <p is not read on to the end each time.
  return MARKUP.test(head.slice(0, head.lastIndexOf('>') + 1));
}

// Page furniture that survives markup removal: a markdown link or image alone
// on its line ("[查看原文](…)"), print/close/share buttons.
const FURNITURE =
  /^(?:!?\[[^\]]*\]\([^)]*\)|[【[]?(?:打印(?:本页)?|关闭(?:窗口)?|返回顶部|分享到)[】\]]?(?:\s*[【[]?(?:打印(?:本页)?|关闭(?:窗口)?|返回顶部|分享到)[】\]]?)*)$/;

// A headline line is short and is not a sentence.
const MAX_HEADLINE = 120;
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+/;

function headlineOf(line: string): string | null {
  const text = normaliseParagraph(line.replace(MARKDOWN_HEADING, '').replace(/&(?:nbsp|#160|#12288|ensp|emsp);/gi, ' '));
  if (!text || text.length > MAX_HEADLINE || !/[\p{L}\p{N}].*[\p{L}\p{N}]/u.test(text) || FURNITURE.test(text)) return null;
  if (MARKDOWN_HEADING.test(line)) return text;
  if (/[。！？；：:]$/.test(text) || /^</.test(text)) return null;
  return text;
}

/** Splits off a first line that is a headline, when the rest of the input is the body. */
function splitLeadingHeadline(text: string, html: boolean): { title: string | null; body: string } {
  const start = text.search(/\S/);
  if (start < 0) return { title: null, body: '' };
  const newline = text.indexOf('\n', start);
  const firstLine = newline < 0 ? text.slice(start) : text.slice(start, newline);
  // In markup, only a line of bare text before the first tag can be a headline.
  if (html && (firstLine.trimStart().startsWith('<') || /<[a-z!/]/i.test(firstLine))) return { title: null, body: text };
  if (newline < 0) return { title: null, body: text };
  const title = headlineOf(firstLine);
  return title ? { title, body: text.slice(newline + 1) } : { title: null, body: text };
}

// A related-articles list or a pager ends the article: nothing after it is body text.
const ARTICLE_END = /^(?:相关(?:报道|新闻|阅读|链接|文章|稿件)|延伸阅读|推荐阅读|热点推荐|热门推荐|猜你喜欢|上一篇|下一篇|上一条|下一条)(?:[：:]|$)/;

// A link to the report's own page, left by the tool that saved it: [查看原文](https://…/2024/01/19/…).
const SOURCE_LINK = /^\[(?:查看)?(?:原文|原始链接|原链接|来源|source|original)[^\]]*\]\((https?:\/\/[^)\s]+)\)$/i;

/** The paragraphs without furniture, and the addresses of the report that the furniture gave. */
function dropFurniture(paragraphs: string[]): { kept: string[]; links: string[] } {
  const kept: string[] = [];
  const links: string[] = [];
  for (const paragraph of paragraphs) {
    const text = normaliseParagraph(paragraph);
    if (kept.length > 0 && ARTICLE_END.test(text)) break;
    if (!FURNITURE.test(text)) kept.push(paragraph);
    else {
      const link = SOURCE_LINK.exec(text);
      if (link) links.push(link[1]!);
    }
  }
  return { kept, links };
}

/** With no headline anywhere else, a short first paragraph that is not a sentence is the headline. */
function leadingHeadline(model: TextModel): string | null {
  const first = model.paragraphs[0];
  if (!first || model.paragraphs.length < 2) return null;
  const text = model.plainText.slice(first[0], first[1]);
  return text.length <= 60 && !/[。，；！？：:]/.test(text) && !/^\d/.test(text) ? headlineOf(text) : null;
}

export function parseDocument(text: string, options: HtmlOptions = {}): ParsedDocument {
  if (looksLikeHtml(text)) {
    const { title: headline, body } = splitLeadingHeadline(text, true);
    const html = htmlToText(body, options);
    const { kept, links } = dropFurniture(html.paragraphs);
    const model = buildTextModel(kept);
    return {
      ...model,
      format: 'html',
      title: headline ?? html.title ?? leadingHeadline(model),
      meta: html.meta,
      hints: { ...html.hints, links: [...html.hints.links, ...links] },
      selectorMissed: html.selectorMissed,
    };
  }
  const { title, body } = splitLeadingHeadline(text, false);
  const { kept, links } = dropFurniture(body.split(/\r?\n|\r/));
  const model = buildTextModel(kept);
  return { ...model, format: 'text', title, meta: {}, hints: { ...NO_HINTS, links }, selectorMissed: false };
}
