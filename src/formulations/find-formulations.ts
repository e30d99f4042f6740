/**
 * 提法: the slogans a report puts in quotes (“外防输入、内防反弹”, “接诉即办”)
 * when they are not document titles or citations, and numbered formulas
 * (两新两高, 四个中心, 七有), quoted or not. Once a text is a formulation,
 * each of its appearances counts, quoted or not, for tracking its use.
 */
import { escapeRegExp, inside } from '../language/patterns.js';
import type { DocumentFormulation, Formulation, Span } from '../schema.js';
import { PrefixIndex } from '../language/prefix-index.js';
import {
  DOCUMENT_TITLE,
  IDIOMS,
  KNOWN_FORMULAS,
  MAX_FORMULATION,
  MAX_PART,
  COUNTED_START,
  MEASURE_WORDS,
  NAME_OF_A_THING,
  NAMED_BY,
  NUMBERED_ANYWHERE,
  NUMBERED_SHAPE,
  ONE_OF_A_KIND,
  PART_SEPARATOR,
  QUOTES,
  SENTENCE_PUNCTUATION,
  SPEECH_BEFORE,
} from './lexicon.js';

export interface FormulationOptions {
  /**
   * Whether a text is one plain word of the general lexicon (蛋糕, 停摆,
   * 加速度): quoted, it is still no 提法. Without it, no quote is taken for one.
   */
  plainWord?: (text: string) => boolean;
  /** Whether a text is one idiom (一心一意): numbered in shape, still no formula. */
  idiom?: (text: string) => boolean;
}

export interface FoundFormulations {
  /** Every appearance, in reading order. */
  occurrences: Formulation[];
}

const KNOWN_FORMULA_PATTERN = new RegExp(
  [...KNOWN_FORMULAS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'g',
);

function numberedShape(text: string): boolean {
  return NUMBERED_SHAPE.test(text) && !ONE_OF_A_KIND.test(text);
}

/** A quote that holds a slogan or policy term: no sentence, citation, title, name of a thing or plain word (a quote a word names, quotedSlogans sets aside). */
function isSlogan(text: string, content: string, open: number, options: FormulationOptions): boolean {
  if (content.length < 2 || SENTENCE_PUNCTUATION.test(content) || DOCUMENT_TITLE.test(content)) return false;
  if (content.split(PART_SEPARATOR).some((part) => part.length > MAX_PART)) return false;
  if (Object.keys(QUOTES).some((opener) => content.includes(opener))) return false;
  if (NAME_OF_A_THING.test(content)) return false;
  if (IDIOMS.has(content) || options.idiom?.(content) || (!numberedShape(content) && options.plainWord?.(content))) return false;
  return !SPEECH_BEFORE.test(text.slice(Math.max(0, open - 3), open));
}

/** Whether the word after the quote says what it is the name of (“北溪”管道, “雪龙2”号). */
function namedBy(text: string, content: string, open: number): boolean {
  return NAMED_BY.test(text.slice(open + content.length + 2, open + content.length + 6));
}

// The characters the scan stops at; everything between them is skipped natively.
const QUOTE_OR_TITLE_MARK = new RegExp(`[《》${Object.keys(QUOTES).join('')}]`, 'g');

/**
 * Quoted slogans outside 《》 titles (a quote inside a title belongs to the title). A quote the
 * report once names a thing with is that thing wherever it stands (“北溪”管道……; 炸毁“北溪”是……).
 */
function quotedSlogans(text: string, options: FormulationOptions): Set<string> {
  const found = new Set<string>();
  const names = new Set<string>();
  let titleDepth = 0;
  QUOTE_OR_TITLE_MARK.lastIndex = 0;
  for (let mark = QUOTE_OR_TITLE_MARK.exec(text); mark; mark = QUOTE_OR_TITLE_MARK.exec(text)) {
    const ch = mark[0];
    const i = mark.index;
    if (ch === '《') titleDepth++;
    else if (ch === '》') titleDepth = Math.max(0, titleDepth - 1);
    const closer = QUOTES[ch];
    if (!closer || titleDepth > 0) continue;
    const length = text.slice(i + 1, i + 2 + MAX_FORMULATION).indexOf(closer);
    if (length < 0) continue;
    const content = text.slice(i + 1, i + 1 + length);
    if (namedBy(text, content, i)) names.add(content);
    else if (isSlogan(text, content, i, options)) found.add(content);
    QUOTE_OR_TITLE_MARK.lastIndex = i + length + 2;
  }
  for (const name of names) found.delete(name);
  return found;
}

/** A numbered match that is no idiom, no part of one, and counts no things (一次十分, 一项一项). */
function isFormula(text: string, match: string, at: number): boolean {
  // 四个意识 counts its heads; in 一步一个 the 个 only measures.
  if (COUNTED_START.test(match)) return true;
  if (MEASURE_WORDS.test(match[1]!) || MEASURE_WORDS.test(match[3]!) || match.slice(0, 2) === match.slice(2)) return false;
  const window = text.slice(Math.max(0, at - 3), at + match.length + 3);
  const offset = at - Math.max(0, at - 3);
  for (const idiom of IDIOMS) {
    for (let i = window.indexOf(idiom); i >= 0; i = window.indexOf(idiom, i + 1)) {
      if (i < offset + match.length && offset < i + idiom.length) return false;
    }
  }
  return true;
}

const kindOf = (text: string, numbered: ReadonlySet<string>): Formulation['kind'] => (numbered.has(text) || numberedShape(text) ? 'numbered' : 'quoted');

function isQuoted(text: string, [start, end]: Span): boolean {
  const closer = QUOTES[text[start - 1] ?? ''];
  return closer !== undefined && text[end] === closer;
}

/**
 * A report has a handful of candidates: each is found by native search (a
 * regex of each report's candidates cost more to compile than to run). A text
 * with hundreds walks a trie once instead, so the cost stays linear in the text.
 */
const NATIVE_SEARCH_LIMIT = 64;

function searchEach(text: string, candidates: ReadonlySet<string>): Span[] {
  const places: Span[] = [];
  for (const candidate of candidates) {
    for (let at = text.indexOf(candidate); at >= 0; at = text.indexOf(candidate, at + 1)) places.push([at, at + candidate.length]);
  }
  return places;
}

function longestAtEachPlace(text: string, candidates: ReadonlySet<string>): Span[] {
  const index = new PrefixIndex<true>();
  for (const candidate of candidates) index.slot(candidate).push(true);
  const places: Span[] = [];
  for (let at = 0; at < text.length; at++) {
    const length = index.longestAt(text, at);
    if (length > 0) places.push([at, at + length]);
  }
  return places;
}

export function findFormulations(text: string, options: FormulationOptions = {}): FoundFormulations {
  const candidates = quotedSlogans(text, options);
  const numbered = new Set<string>();
  for (const match of text.matchAll(NUMBERED_ANYWHERE)) if (isFormula(text, match[0], match.index)) numbered.add(match[0]);
  for (const match of text.matchAll(KNOWN_FORMULA_PATTERN)) numbered.add(match[0]);
  for (const formula of numbered) candidates.add(formula);
  if (candidates.size === 0) return { occurrences: [] };

  // Left to right, the longest at each place, so that 外防输入、内防反弹 wins over a
  // shorter formulation inside it.
  const places = candidates.size <= NATIVE_SEARCH_LIMIT ? searchEach(text, candidates) : longestAtEachPlace(text, candidates);
  places.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const occurrences: Formulation[] = [];
  let free = 0;
  for (const span of places) {
    if (span[0] < free) continue;
    free = span[1];
    const found = text.slice(span[0], span[1]);
    occurrences.push({ text: found, kind: kindOf(found, numbered), span });
  }
  return { occurrences };
}

/** Each formulation of `occurrences` once, in order of first appearance, with all its spans. */
export function documentFormulations(text: string, occurrences: readonly Formulation[]): DocumentFormulation[] {
  const byText = new Map<string, DocumentFormulation>();
  for (const { text: found, kind, span } of occurrences) {
    const entry = byText.get(found);
    if (entry) {
      entry.count++;
      entry.spans.push(span);
      entry.quoted ||= isQuoted(text, span);
    } else {
      byText.set(found, { text: found, kind, quoted: isQuoted(text, span), count: 1, spans: [span] });
    }
  }
  return [...byText.values()];
}

/**
 * The appearances inside `span`, each formulation once (its first), for a
 * clause. Occurrences are in reading order and never overlap, so those inside
 * are one run, found by binary search: filtering them all for every clause
 * was quadratic on long texts.
 */
export function formulationsIn(occurrences: readonly Formulation[], [start, end]: Span): Formulation[] {
  let first = 0;
  for (let hi = occurrences.length; first < hi; ) {
    const mid = (first + hi) >> 1;
    if (occurrences[mid]!.span[0] < start) first = mid + 1;
    else hi = mid;
  }
  const seen = new Set<string>();
  const found: Formulation[] = [];
  for (let at = first; at < occurrences.length && occurrences[at]!.span[1] <= end; at++) {
    const occurrence = occurrences[at]!;
    if (seen.has(occurrence.text)) continue;
    seen.add(occurrence.text);
    found.push(occurrence);
  }
  return found;
}

/**
 * The appearances where policy speaks: all of them in a report about a
 * meeting, else those inside a clause (a quoted name in narrative or in
 * international news is not policy language).
 */
export function policyOccurrences(occurrences: readonly Formulation[], aboutMeeting: boolean, clauses: readonly Span[]): Formulation[] {
  return aboutMeeting ? [...occurrences] : occurrences.filter(({ span }) => inside(clauses, span[0]));
}
