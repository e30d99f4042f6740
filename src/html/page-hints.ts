/**
 * What a page says about itself outside the article body: its meta tags, the
 * comments an archive leaves at its head (<!-- title: … ; releaseDate: … -->),
 * dated lines around the body (发布时间：2020-07-17, 2017-08-10 来源：……) and
 * its own address (canonical link, og:url). Read once, here, from the markup,
 * so that no later stage goes back to the raw page: the date stages read
 * these hints, never HTML.
 */
import type { Element } from 'domhandler';

export interface PageHints {
  /** name/property/itemprop → content. */
  meta: Record<string, string>;
  /** The text of the comments near the head of the page, in order. */
  comments: string[];
  /** Short lines of the page (tags removed) that date it: 发布时间：2020-07-17, 2017-08-10 来源：办公厅. */
  datedLines: string[];
  /** Addresses the page gives for itself: a canonical link, a 查看原文 link. */
  links: string[];
}

export const NO_HINTS: PageHints = Object.freeze({ meta: {}, comments: [], datedLines: [], links: [] }) as PageHints;

// Archives write their comment before the markup: only the head of the page is searched.
const HEAD_LENGTH = 4000;
const COMMENT = /<!--([\s\S]{0,400}?)-->/g;
// A date line outside the article body: 发布时间：<span>2020-07-17</span>, 2017-08-10&nbsp;<span>来源：……</span>.
const PAGE_LENGTH = 100_000;
const DATE = String.raw`(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}`;
const DATED_MARKUP = new RegExp(
  String.raw`(?:发布|发表|更新)?(?:时间|日期)\s*[：:]\s*(?:<[^<>]{0,80}>\s*){0,3}${DATE}|${DATE}日?(?:\s|&nbsp;|\u3000|<[^<>]{0,80}>){0,6}来源`,
  'g',
);
const MAX_DATED_LINES = 3;
const TAG = /<[^<>]*>|&nbsp;/g;

/** The comments, dated lines and own address of `html`; `meta` as the markup stage read it. */
export function readPageHints(html: string, meta: Record<string, string>, elements: readonly Element[] = []): PageHints {
  const comments = [...html.slice(0, HEAD_LENGTH).matchAll(COMMENT)].map((match) => match[1]!.trim()).filter(Boolean);
  const datedLines = [...html.slice(0, PAGE_LENGTH).matchAll(DATED_MARKUP)]
    .slice(0, MAX_DATED_LINES)
    .map((match) => match[0].replace(TAG, ' ').replace(/\s+/g, ' ').trim());
  const links = elements
    .filter((element) => element.name === 'link' && /\bcanonical\b/i.test(element.attribs['rel'] ?? '') && element.attribs['href'])
    .map((element) => element.attribs['href']!);
  return { meta, comments, datedLines, links };
}
