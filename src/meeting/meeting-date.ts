/**
 * When the meeting was held. Reports write the date short (7月16日晚, 16日,
 * 今天); the year, and for 16日 or 今天 the rest, comes from where the page
 * says it was published: its meta tags, an archive's <!-- releaseDate -->
 * comment, a dated line above the body, or a date in the path or URL.
 */
import type { Span, YearSource } from '../schema.js';
import { parseChineseNumber, toHalfWidth } from './chinese-number.js';
import { TIMES_OF_DAY } from './lexicon.js';
import { alternation } from './patterns.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface SourceDate extends CalendarDate {
  source: NonNullable<YearSource>;
}

export interface DateHints {
  /** The page's meta tags (name/property → content). */
  meta: Readonly<Record<string, string>>;
  /** The decoded input: an archive's header comment, a page's dated line outside the body. */
  raw: string;
  /** The input's path or URL as given. */
  path: string;
  plainText: string;
  paragraphs: readonly Span[];
}

export interface FoundDate {
  /** ISO 8601: 2020-07-16, or --07-16 when no year is known. */
  date: string;
  precision: 'day' | 'month-day';
  text: string;
  span: Span;
  yearInferred: boolean;
  yearSource: YearSource;
  timeOfDay: string | null;
  timeSpan: Span | null;
}

const META_DATE_KEYS = /^(?:pubdate|publishdate|publish[_-]?(?:date|time)|pubtime|releasedate|firstpublishedtime|article:published_time|og:time|og:release_date|dc\.date(?:\.issued)?|dcterms\.(?:created|issued)|date|created|weibo:article:create_at)$/i;
const FULL_DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const PATH_DATE = /(?<!\d)((?:19|20)\d{2})[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?!\d)/;
const COMMENT = /<!--([\s\S]{0,400}?)-->/g;
const COMMENT_DATE_KEY = /(?:releaseDate|pubDate|publishDate|date)\s*[:：=]\s*/i;
// A line above the body that only dates the page: 2017-08-10来源：……, 发布时间：2020-07-17 10:00.
// A whole page keeps it outside the article body, so it is read off the markup.
const DATED_LINE_MAX = 80;
const DATED_LINE_SEARCH = 6;
const DATED_MARKUP = /(?:(?:发布|发表|更新)?(?:时间|日期)\s*[：:]\s*(?:<[^<>]{0,80}>\s*){0,3}((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2}))|(?:((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s|&nbsp;|\u3000|<[^<>]{0,80}>){0,6}来源)/;
const HEAD_LENGTH = 4000;
const PAGE_LENGTH = 100_000;

function validDate(year: number, month: number, day: number): CalendarDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null;
}

function readFullDate(text: string, pattern: RegExp = FULL_DATE): CalendarDate | null {
  const match = pattern.exec(text);
  return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** When the page says it was published, from the most to the least trustworthy place. */
export function sourceDate(hints: DateHints): SourceDate | null {
  for (const [key, value] of Object.entries(hints.meta)) {
    if (!META_DATE_KEYS.test(key.trim())) continue;
    const date = readFullDate(value);
    if (date) return { ...date, source: 'meta' };
  }
  for (const match of hints.raw.slice(0, HEAD_LENGTH).matchAll(COMMENT)) {
    const key = COMMENT_DATE_KEY.exec(match[1]!);
    const date = key ? readFullDate(match[1]!.slice(key.index + key[0].length)) : null;
    if (date) return { ...date, source: 'comment' };
  }
  for (const [start, end] of hints.paragraphs.slice(0, DATED_LINE_SEARCH)) {
    const line = toHalfWidth(hints.plainText.slice(start, end));
    if (line.length > DATED_LINE_MAX || /[，。；！？]/.test(line)) continue;
    const date = readFullDate(line);
    if (date) return { ...date, source: 'dated-line' };
  }
  const dated = DATED_MARKUP.exec(hints.raw.slice(0, PAGE_LENGTH));
  if (dated) {
    const [year, month, day] = dated[1] ? dated.slice(1, 4) : dated.slice(4, 7);
    const date = validDate(Number(year), Number(month), Number(day));
    if (date) return { ...date, source: 'dated-line' };
  }
  const date = readFullDate(hints.path, PATH_DATE);
  return date ? { ...date, source: 'path' } : null;
}

const NUMERAL = '[〇零一二三四五六七八九十]';
/** 2020年7月16日, 7月16日, 16日, 二〇二〇年七月十六日, 12月15日至16日; or 今天/昨天. */
export const DATE_EXPRESSION = new RegExp(
  `(?<![\\d〇零一二三四五六七八九十])(?:(\\d{4}|[〇零一二三四五六七八九]{4})年)?(?:(\\d{1,2}|${NUMERAL}{1,2})月)?(\\d{1,2}|${NUMERAL}{1,3})[日号](?:(?:至|到|—|-)(?:\\d{1,2}月)?\\d{1,2}日)?|(今天|今日|昨天|昨日)`,
  'g',
);
const TIME_OF_DAY = new RegExp(`^(?:${alternation(TIMES_OF_DAY)})`);

const pad = (value: number): string => String(value).padStart(2, '0');

function iso(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

// A report is published after its meeting, so a month/day later than the publication is last year's.
const LATEST_AFTER_PUBLICATION_DAYS = 31;

function yearFor(month: number, day: number, source: CalendarDate): number {
  const candidate = Date.UTC(source.year, month - 1, day);
  const published = Date.UTC(source.year, source.month - 1, source.day);
  return candidate - published > LATEST_AFTER_PUBLICATION_DAYS * 86_400_000 ? source.year - 1 : source.year;
}

/** Reads the date expression `match` against the publication date. */
function resolve(match: RegExpExecArray, source: SourceDate | null): Omit<FoundDate, 'text' | 'span' | 'timeOfDay' | 'timeSpan'> | null {
  const [, yearText, monthText, dayText, relative] = match;
  if (relative) {
    if (!source) return null;
    const date = relative.startsWith('昨') ? addDays(source, -1) : source;
    return { date: iso(date), precision: 'day', yearInferred: true, yearSource: source.source };
  }
  const day = parseChineseNumber(dayText!);
  if (day === null) return null;
  const written = yearText ? parseChineseNumber(yearText) : null;
  const month = monthText ? parseChineseNumber(monthText) : null;
  if (month === null) {
    // 16日 alone: the month of publication, or the one before when the day is still to come.
    if (!source) return null;
    const previous = day > source.day ? addDays({ ...source, day: 1 }, -1) : source;
    const date = validDate(previous.year, previous.month, day);
    return date ? { date: iso(date), precision: 'day', yearInferred: true, yearSource: source.source } : null;
  }
  if (written !== null) {
    const date = validDate(written, month, day);
    return date ? { date: iso(date), precision: 'day', yearInferred: false, yearSource: null } : null;
  }
  if (!validDate(2000, month, day)) return null; // 2000 is a leap year: 2月29日 stays possible
  if (!source) return { date: `--${pad(month)}-${pad(day)}`, precision: 'month-day', yearInferred: false, yearSource: null };
  const date = validDate(yearFor(month, day, source), month, day);
  return date ? { date: iso(date), precision: 'day', yearInferred: true, yearSource: source.source } : null;
}

/** Every date expression in [start, end) of `text`, resolved, in reading order. */
export function datesIn(text: string, start: number, end: number, source: SourceDate | null): FoundDate[] {
  const found: FoundDate[] = [];
  const region = toHalfWidth(text.slice(start, end));
  for (const match of region.matchAll(DATE_EXPRESSION)) {
    const resolved = resolve(match, source);
    if (!resolved) continue;
    const at = start + match.index;
    const after = at + match[0].length;
    const time = TIME_OF_DAY.exec(text.slice(after, after + 2));
    found.push({
      ...resolved,
      text: text.slice(at, after),
      span: [at, after],
      timeOfDay: time ? time[0] : null,
      timeSpan: time ? [after, after + time[0].length] : null,
    });
  }
  return found;
}
