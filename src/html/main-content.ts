/**
 * Finds the article body of a whole saved page. A user's selector wins; then the
 * containers that Chinese government and news CMSs use; then a text-density
 * rule that counts Chinese characters and punctuation (Latin word counts say
 * nothing about Chinese prose) and discounts text inside links, which is what
 * navigation, sidebars and related-article lists are made of.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, SKIPPED_TAGS } from './tags.js';

export interface MainContent {
  roots: AnyNode[];
  selectorMissed: boolean;
}

/** Article containers of common government and news CMSs, most specific first. */
export const CMS_CONTAINERS = [
  '.TRS_Editor',
  '#zoom',
  '#UCAP-CONTENT',
  '.pages_content',
  '.article-content',
  '#article-content',
  '.article_content',
  '#article_content',
  '.TRS_UEDITOR',
  '#endText',
  '.post_body',
  '.post_text',
  '#artibody',
  '.art_con',
  '.article-body',
  '#articleContent',
  '.con_text',
  '.news_content',
  '#content .text',
  '.detail-content',
  '.main-text',
];

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/g;

export function countCjk(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

// A container must hold real prose to be believed: a few words are a caption.
const MIN_BODY_CJK = 40;
const MAX_LINK_SHARE = 0.5;

/** Chinese characters in and under an element, and how many of them are link text. */
interface CjkCounts {
  cjk: number;
  linkCjk: number;
}

/** Counts Chinese text in and under every element, iteratively (pages can be deeply nested). */
function tallyTree(root: AnyNode): Map<Element, CjkCounts> {
  const tallies = new Map<Element, CjkCounts>();
  const order: { node: AnyNode; parent: Element | null; inLink: boolean }[] = [];
  const stack: { node: AnyNode; parent: Element | null; inLink: boolean }[] = [{ node: root, parent: null, inLink: false }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    order.push(entry);
    const node = entry.node;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const element = node as Element;
    const name = element.name?.toLowerCase() ?? '';
    if (SKIPPED_TAGS.has(name)) continue;
    if (node.type === 'tag') tallies.set(element, { cjk: 0, linkCjk: 0 });
    const inLink = entry.inLink || name === 'a';
    const parent = node.type === 'tag' ? element : entry.parent;
    for (const child of element.children ?? []) stack.push({ node: child, parent, inLink });
  }
  // Children were pushed after their parents, so a reverse pass adds each
  // subtree into its parent before the parent is added into its own.
  for (let i = order.length - 1; i >= 0; i--) {
    const { node, parent, inLink } = order[i]!;
    if (!parent) continue;
    const parentTally = tallies.get(parent);
    if (!parentTally) continue;
    if (node.type === 'text') {
      const count = countCjk((node as unknown as { data: string }).data);
      parentTally.cjk += count;
      if (inLink) parentTally.linkCjk += count;
    } else if (node.type === 'tag') {
      const own = tallies.get(node as Element);
      if (own) {
        parentTally.cjk += own.cjk;
        parentTally.linkCjk += own.linkCjk;
      }
    }
  }
  return tallies;
}

function isProse(tally: CjkCounts | undefined): boolean {
  return !!tally && tally.cjk >= MIN_BODY_CJK && tally.linkCjk / tally.cjk <= MAX_LINK_SHARE;
}

/**
 * The densest block, scored the way Readability scores paragraphs: the
 * non-link Chinese text directly inside a block counts for that block, fully
 * for its parent and half for its grandparent. The container of the article's
 * paragraphs collects them all (even when it is <body> itself), and a
 * wrapper that also holds the chrome gets only half; link-heavy blocks are
 * discounted by their share of link text.
 */
function densestBlock(root: AnyNode, tallies: Map<Element, CjkCounts>): Element | null {
  const scores = new Map<Element, number>();
  const add = (element: Element | null, amount: number): void => {
    if (element && tallies.has(element)) scores.set(element, (scores.get(element) ?? 0) + amount);
  };
  const stack: { node: AnyNode; block: Element | null; inLink: boolean }[] = [{ node: root, block: null, inLink: false }];
  const own = new Map<Element, number>();
  while (stack.length > 0) {
    const { node, block, inLink } = stack.pop()!;
    if (node.type === 'text') {
      if (block && !inLink) own.set(block, (own.get(block) ?? 0) + countCjk((node as unknown as { data: string }).data));
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const element = node as Element;
    const name = element.name?.toLowerCase() ?? '';
    if (SKIPPED_TAGS.has(name)) continue;
    const nextBlock = node.type === 'tag' && BLOCK_TAGS.has(name) ? element : block;
    for (const child of element.children ?? []) stack.push({ node: child, block: nextBlock, inLink: inLink || name === 'a' });
  }
  for (const [block, count] of own) {
    add(block, count);
    const parent = block.parent?.type === 'tag' ? (block.parent as Element) : null;
    add(parent, count);
    add(parent?.parent?.type === 'tag' ? (parent.parent as Element) : null, count / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (element.name.toLowerCase() === 'html') continue;
    const tally = tallies.get(element)!;
    const final = score * (tally.cjk ? 1 - tally.linkCjk / tally.cjk : 0);
    if (final > bestScore) {
      bestScore = final;
      best = element;
    }
  }
  return best;
}

export function findMainContent($: CheerioAPI, options: { wholePage: boolean; selector?: string | undefined }): MainContent {
  const root = $.root()[0]!;
  let selectorMissed = false;
  if (options.selector) {
    const picked = $(options.selector).toArray();
    if (picked.length > 0) return { roots: picked, selectorMissed };
    selectorMissed = true;
  }
  if (!options.wholePage) return { roots: [root], selectorMissed };
  const tallies = tallyTree(root);
  for (const selector of CMS_CONTAINERS) {
    const found = $(selector)
      .toArray()
      .filter((element) => isProse(tallies.get(element as Element)));
    if (found.length > 0) return { roots: [found[0]!], selectorMissed };
  }
  const dense = densestBlock(root, tallies);
  if (dense && isProse(tallies.get(dense))) return { roots: [dense], selectorMissed };
  const body = $('body').toArray();
  return { roots: body.length > 0 ? body : [root], selectorMissed };
}
