/**
 * HTML → paragraphs. A fragment (an article body as a CMS stores it) is read
 * whole; on a whole saved page the article body is found first (main-content.ts)
 * so that navigation, sidebars and related-article lists never reach the
 * clause stage. Block elements and <br> end a paragraph; scripts, styles and
 * form controls are dropped.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { findMainContent } from './main-content.js';
import { fragmentParagraphs } from './fragment-text.js';
import { readPageHints, type PageHints } from './page-hints.js';
import { commentTitle, findHtmlTitle } from './title.js';
import { BLOCK_TAGS, INDEXED_TAGS, SKIPPED_TAGS } from './tags.js';

export interface HtmlExtraction {
  paragraphs: string[];
  title: string | null;
  meta: Record<string, string>;
  /** What the page says about itself outside the body: meta, archive comments, dated lines, its address. */
  hints: PageHints;
  /** A user selector that matched nothing (the page was read by the built-in rules instead). */
  selectorMissed: boolean;
}

const WHOLE_PAGE = /<(?:html|body|head)\b/i;

export function isWholePage(html: string): boolean {
  return WHOLE_PAGE.test(html.slice(0, 20000));
}

/**
 * Collects the text of `roots` as paragraphs, walking iteratively so that
 * pathologically deep markup (thousands of nested divs) cannot overflow the stack.
 */
export function collectParagraphs(roots: readonly AnyNode[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim()) paragraphs.push(current);
    current = '';
  };
  // A stack of nodes to visit; `null` marks the end of a block element.
  const stack: (AnyNode | null)[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.type === 'text') {
      current += (node as unknown as { data: string }).data;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const element = node as Element;
    const name = element.name?.toLowerCase() ?? '';
    if (SKIPPED_TAGS.has(name)) continue;
    if (name === 'br') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = element.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs;
}

/**
 * Elements named in INDEXED_TAGS, in document order (what `$('meta')`, `$('h2, h3')` … return).
 * Collecting them in one walk is much cheaper than a CSS query each: cheerio
 * compiles every selector anew, and those queries were half the time of this
 * stage on short reports.
 */
function indexElements(root: AnyNode): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    const element = node as Element;
    if (node.type !== 'root' && INDEXED_TAGS.has(element.name)) found.push(element);
    const children = element.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

function readMeta(elements: readonly Element[]): Record<string, string> {
  const meta: Record<string, string> = {};
  elements.forEach((element) => {
    if (element.name !== 'meta') return;
    const key = element.attribs['name'] ?? element.attribs['property'] ?? element.attribs['itemprop'];
    const content = element.attribs['content'];
    if (key && content !== undefined && !(key.trim() in meta)) meta[key.trim()] = content.trim();
  });
  return meta;
}

export interface HtmlOptions {
  /** A CSS selector that points at the article body, overriding the built-in rules. */
  selector?: string | undefined;
}

export function htmlToText(html: string, options: HtmlOptions = {}): HtmlExtraction {
  const wholePage = isWholePage(html);
  // A fragment is read whole: without headings or meta it needs no tree (fragment-text.ts).
  const fragment = wholePage || options.selector ? null : fragmentParagraphs(html);
  if (fragment) {
    const hints = readPageHints(html, {});
    return { paragraphs: fragment, title: commentTitle(hints.comments), meta: {}, hints, selectorMissed: false };
  }
  const $ = load(html);
  const indexed = indexElements($.root()[0]!);
  const meta = readMeta(indexed);
  const main = findMainContent($, { wholePage, selector: options.selector });
  const paragraphs = collectParagraphs(main.roots);
  const hints = readPageHints(html, meta, indexed);
  return { paragraphs, title: findHtmlTitle($, hints, indexed), meta, hints, selectorMissed: main.selectorMissed };
}
