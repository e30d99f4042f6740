/**
 * The headline as a reader sees it, without site or column names. Government
 * pages name it in `<meta name="ArticleTitle">`; otherwise the page's <h1> that
 * the <title> repeats, then the <title> cut at its site-name separator.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { normaliseParagraph } from '../language/spaces.js';
import { countCjk } from './main-content.js';
import type { PageHints } from './page-hints.js';

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
const COMMENT_TITLE = /^title\s*[:：]\s*(.*?)\s*(?:;\s*[A-Za-z]+\s*[:：].*)?$/s;

/** The headline an archive left in a leading comment (of the page hints), or null. */
export function commentTitle(comments: readonly string[]): string | null {
  for (const comment of comments) {
    const title = COMMENT_TITLE.exec(comment);
    if (title) return normaliseParagraph(title[1]!) || null;
  }
  return null;
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

// What a site or a column calls itself: 青山市人民政府网, 信用临安, 新闻中心, 首页.
const SITE_NAME_END = /(?:网|网站|门户|官网|政府|在线|频道|栏目|首页|之窗|之家|平台|中心|发布|新闻|动态|要闻|资讯)$/;
// A headline says something; a site name of up to this many characters says only who publishes.
const SITE_NAME_MAX = 8;

/**
 * True when a page's <title> is only its site's or column's name (信用临安,
 * 青山市人民政府网, 新闻中心): then it names no article.
 */
function namesOnlyTheSite(title: string, meta: Record<string, string>): boolean {
  const names = ['SiteName', 'sitename', 'ColumnName', 'columnname', 'og:site_name', 'application-name']
    .map((key) => normaliseParagraph(meta[key] ?? ''))
    .filter(Boolean);
  if (names.includes(title)) return true;
  return countCjk(title) <= SITE_NAME_MAX && !/[，。：:！？、“”]/.test(title) && (SITE_NAME_END.test(title) || countCjk(title) <= 4);
}

// A block that holds the headline on templates without <h1>: class or id 标题 (title, biaoti, bt, headline).
const HEADLINE_BLOCK = '[class*="title" i], [id*="title" i], [class*="biaoti" i], [id*="biaoti" i], [class~="bt"], [id="bt"], [class*="headline" i]';
// A line that dates the article: the headline stands above it.
const DATELINE = /(?:发布|发表|更新|来源|时间|日期)[：:]|\d{4}[-年./]\d{1,2}[-月./]\d{1,2}/;
// A headline is a line of prose of this many CJK characters, not a sentence of the body.
const HEADLINE_CJK = [6, 60] as const;

function headlineLike(text: string, site: string): boolean {
  const cjk = countCjk(text);
  return cjk >= HEADLINE_CJK[0] && cjk <= HEADLINE_CJK[1] && text !== site && !/[。；]$/.test(text) && !DATELINE.test(text);
}

/**
 * The headline in the body of a page whose <title> names only the site: a heading
 * (h1–h3), a 标题 block, or the first bold line above the dateline; null when the
 * page shows none.
 */
function bodyHeadline($: CheerioAPI, elements: readonly Element[], site: string): string | null {
  const { insideLink, holdsLink } = linkTests($);
  const text = (element: Element): string => normaliseParagraph(textOf(element));
  const usable = (element: Element): boolean => !insideLink(element) && !holdsLink(element) && headlineLike(text(element), site);
  const heading = named(elements, 'h1', 'h2', 'h3').find(usable);
  if (heading) return text(heading);
  const block = $(HEADLINE_BLOCK)
    .toArray()
    .find((element) => element.type === 'tag' && usable(element) && !$(element).find('p, div, li, ul, table').length);
  if (block) return text(block);
  // The first bold line, when a dateline follows it before the body's prose.
  for (const bold of $('strong, b').toArray()) {
    if (!usable(bold)) continue;
    const following = [...$(bold).parent().nextAll().slice(0, 3).toArray(), ...$(bold).nextAll().toArray()];
    const after = normaliseParagraph(following.map(textOf).join(''));
    if (DATELINE.test(after.slice(0, 80))) return text(bold);
  }
  return null;
}

/** `elements`: the page's meta, title and h1–h3 elements in document order; `hints` what the page says about itself. */
export function findHtmlTitle($: CheerioAPI, hints: PageHints, elements: readonly Element[]): string | null {
  const { meta } = hints;
  const fromMeta = meta['ArticleTitle'] ?? meta['articletitle'];
  if (fromMeta && normaliseParagraph(fromMeta)) return normaliseParagraph(fromMeta);
  const comment = commentTitle(hints.comments);
  if (comment) return comment;
  const [titleElement] = named(elements, 'title');
  const documentTitle = titleElement ? normaliseParagraph(textOf(titleElement)) : '';
  const headings = named(elements, 'h1')
    .slice(0, MAX_HEADINGS)
    .map((element) => normaliseParagraph(textOf(element)))
    .filter((text) => text.length >= 4);
  const repeated = headings.find((heading) => documentTitle.includes(heading));
  if (repeated) return repeated;
  const cleaned = documentTitle ? cleanDocumentTitle(documentTitle) : null;
  if (cleaned && !namesOnlyTheSite(cleaned, meta)) return cleaned;
  if (cleaned) return bodyHeadline($, elements, cleaned);
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
