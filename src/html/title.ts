/**
 * The headline as a reader sees it, without site or column names. Government
 * pages name it in `<meta name="ArticleTitle">`; otherwise the page's <h1> that
 * the <title> repeats, then the <title> cut at its site-name separator.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element, ParentNode } from 'domhandler';
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
  // A comment ends at a -->: the search stops at the last one, so that an unclosed
  // <!-- title: is not read on to the end of the page once for each (cubic on long inputs).
  const comment = COMMENT_TITLE.exec(html.slice(0, html.lastIndexOf('-->') + 3));
  return comment && normaliseParagraph(comment[1]!) ? normaliseParagraph(comment[1]!) : null;
}

const named = (elements: readonly Element[], ...names: string[]): Element[] => elements.filter((element) => names.includes(element.name));

// A page's headline is among its first headings. Each heading read costs a walk
// of everything inside it, so a page of thousands of nested headings reads a few.
const MAX_HEADINGS = 20;

/** The text under `node`, as cheerio's text() reads it, without recursion: markup can be nested thousands deep. */
function textOf(node: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type === 'text') text += (next as unknown as { data: string }).data;
    else if (next.type !== 'comment' && 'children' in next) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return text;
}

/**
 * Whether an element is a link or inside one, and whether it holds one, for
 * every element at the cost of one walk up from each link and each question
 * (asking each element about its whole subtree and ancestry was quadratic on deep markup).
 */
function linkTests($: CheerioAPI): { insideLink: (element: Element) => boolean; holdsLink: (element: Element) => boolean } {
  const holders = new Set<ParentNode>();
  for (const link of $('a').toArray()) {
    for (let node = link.parent; node && !holders.has(node); node = node.parent) holders.add(node);
  }
  const inside = new Map<ParentNode, boolean>();
  const insideLink = (element: Element): boolean => {
    const path: ParentNode[] = [];
    let answer = false;
    for (let node: ParentNode | null = element; node; node = node.parent) {
      const known = inside.get(node);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(node);
      if ((node as Element).name === 'a') {
        answer = true;
        break;
      }
    }
    for (const node of path) inside.set(node, answer);
    return answer;
  };
  return { insideLink, holdsLink: (element) => holders.has(element) };
}

/** `elements`: the page's meta, title and h1–h3 elements in document order. */
export function findHtmlTitle($: CheerioAPI, html: string, meta: Record<string, string>, elements: readonly Element[]): string | null {
  const fromMeta = meta['ArticleTitle'] ?? meta['articletitle'];
  if (fromMeta && normaliseParagraph(fromMeta)) return normaliseParagraph(fromMeta);
  const comment = commentTitle(html);
  if (comment) return comment;
  const [titleElement] = named(elements, 'title');
  const documentTitle = titleElement ? normaliseParagraph(textOf(titleElement)) : '';
  const headings = named(elements, 'h1')
    .slice(0, MAX_HEADINGS)
    .map((element) => normaliseParagraph(textOf(element)))
    .filter((text) => text.length >= 4);
  const repeated = headings.find((heading) => documentTitle.includes(heading));
  if (repeated) return repeated;
  if (documentTitle) return cleanDocumentTitle(documentTitle);
  if (headings[0]) return headings[0];
  // Templates without <title> or <h1> set the headline in a lesser heading (<h3> in an info-head block).
  const { insideLink, holdsLink } = linkTests($);
  const lesser = named(elements, 'h2', 'h3')
    .filter((element) => !insideLink(element) && !holdsLink(element))
    .slice(0, MAX_HEADINGS)
    .map((element) => normaliseParagraph(textOf(element)))
    .find((text) => countCjk(text) >= 6);
  return lesser ?? null;
}
