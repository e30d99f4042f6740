/**
 * The headline as a reader sees it, without site or column names. Government
 * pages name it in `<meta name="ArticleTitle">`; otherwise the page's <h1> that
 * the <title> repeats, then the <title> cut at its site-name separator.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element, ParentNode } from 'domhandler';
import { normaliseParagraph } from '../text/text-model.js';
import { countCjk } from './main-content.js';

// "标题_网站名", "标题 - 栏目 - 网站", "标题|网站". A dash pair (——) is
// punctuation inside Chinese headlines, so only a lone hyphen separates.
const TITLE_SEPARATOR = /\s*(?:_|\||｜|(?<![-—])-(?![-—])|(?<!—)—(?!—))\s*/;

export function cleanDocumentTitle(raw: string): string | null {
  const text = normaliseParagraph(raw);
  if (!text) return null;
  const [first] = text.split(TITLE_SEPARATOR);
  return first && first.length >= 4 ? first : text;
}

// Some archives keep a page's headline in a leading comment: <!-- title: … ; releaseDate: … -->
const COMMENT_TITLE = /<!--\s*title\s*[:：]\s*(.*?)\s*(?:;\s*[A-Za-z]+\s*[:：].*?)?-->/s;

/** The headline an archive left in a leading comment, or null. */
export function commentTitle(html: string): string | null {
  const comment = COMMENT_TITLE.exec(html);
  return comment && normaliseParagraph(comment[1]!) ? normaliseParagraph(comment[1]!) : null;
}

const named = (elements: readonly Element[], ...names: string[]): Element[] => elements.filter((element) => names.includes(element.name));

function insideLink(element: Element): boolean {
  for (let node: ParentNode | null = element; node; node = node.parent) if ((node as Element).name === 'a') return true;
  return false;
}

function holdsLink(element: Element): boolean {
  return element.children.some((child) => child.type === 'tag' && ((child as Element).name === 'a' || holdsLink(child as Element)));
}

/** `elements`: the page's meta, title and h1–h3 elements in document order. */
export function findHtmlTitle($: CheerioAPI, html: string, meta: Record<string, string>, elements: readonly Element[]): string | null {
  const fromMeta = meta['ArticleTitle'] ?? meta['articletitle'];
  if (fromMeta && normaliseParagraph(fromMeta)) return normaliseParagraph(fromMeta);
  const comment = commentTitle(html);
  if (comment) return comment;
  const [titleElement] = named(elements, 'title');
  const documentTitle = titleElement ? normaliseParagraph($(titleElement).text()) : '';
  const headings = named(elements, 'h1')
    .map((element) => normaliseParagraph($(element).text()))
    .filter((text) => text.length >= 4);
  const repeated = headings.find((heading) => documentTitle.includes(heading));
  if (repeated) return repeated;
  if (documentTitle) return cleanDocumentTitle(documentTitle);
  if (headings[0]) return headings[0];
  // Templates without <title> or <h1> set the headline in a lesser heading (<h3> in an info-head block).
  const lesser = named(elements, 'h2', 'h3')
    .filter((element) => !insideLink(element) && !holdsLink(element))
    .map((element) => normaliseParagraph($(element).text()))
    .find((text) => countCjk(text) >= 6);
  return lesser ?? null;
}
