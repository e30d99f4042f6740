/**
 * The date of the document itself — when it was published or broadcast —
 * from the most to the least trustworthy place: a date meta tag, an archive's
 * comment, a dated line (发布时间：……, 2017-08-10 来源：……, or a dateline
 * 新华社北京4月18日电), the page's address, the input's path. Never the date
 * of an event the text reports: the body is read only for its dated lines.
 */
import type { PageHints } from '../html/page-hints.js';
import { toHalfWidth } from '../language/chinese-number.js';
import type { DocumentDate, DocumentDateSource, Span } from '../schema.js';
import { iso, pad, PATH_DATE, readFullDate, validDate, type CalendarDate } from './calendar.js';

export interface DocumentDateInput {
  hints: PageHints;
  plainText: string;
  paragraphs: readonly Span[];
  /** The input's path or URL as given. */
  path: string;
}

const META_DATE_KEYS =
  /^(?:pubdate|publishdate|publish[_-]?(?:date|time)|pubtime|releasedate|firstpublishedtime|article:published_time|og:time|og:release_date|dc\.date(?:\.issued)?|dcterms\.(?:created|issued)|date|created|weibo:article:create_at)$/i;
const META_URL_KEYS = /^(?:og:url|url|canonical)$/i;
const COMMENT_DATE_KEY = /(?:releaseDate|pubDate|publishDate|date)\s*[:：=]\s*/i;
// A line above the body that only dates the page: short, no sentence, and the date opens it or a
// page word stands by it (发布时间：……, ……来源：……) — a headline with a date in it dates its event.
const DATED_LINE_MAX = 80;
const DATED_LINE_SEARCH = 6;
const PAGE_WORDS = /^\s*(?:19|20)\d{2}|来源|发布|时间|日期|作者|编辑|浏览|点击|字号|稿源/;
/** A news dateline at the head of the body: 新华社北京4月18日电, 本报北京2024年1月10日讯. */
const DATELINE = /^[^，。；：:\n]{0,16}?(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日(?:电|讯)/;
/** A year and month in an address: /2024-01/, /202401/. */
const URL_MONTH = /(?<!\d)((?:19|20)\d{2})[-_/]?(0[1-9]|1[0-2])\//;

function dayDate(date: CalendarDate, source: DocumentDateSource): DocumentDate {
  return { date: iso(date), precision: 'day', source };
}

function fromMeta(meta: Readonly<Record<string, string>>): CalendarDate | null {
  for (const [key, value] of Object.entries(meta)) {
    if (!META_DATE_KEYS.test(key.trim())) continue;
    const date = readFullDate(value);
    if (date) return date;
  }
  return null;
}

function fromComments(comments: readonly string[]): CalendarDate | null {
  for (const comment of comments) {
    const key = COMMENT_DATE_KEY.exec(comment);
    const date = key ? readFullDate(comment.slice(key.index + key[0].length)) : null;
    if (date) return date;
  }
  return null;
}

function fromDatedLines({ hints, plainText, paragraphs }: DocumentDateInput): CalendarDate | null {
  for (const [start, end] of paragraphs.slice(0, DATED_LINE_SEARCH)) {
    const line = plainText.slice(start, end);
    if (line.length > DATED_LINE_MAX || /[，。；！？]/.test(line) || !PAGE_WORDS.test(line)) continue;
    const date = readFullDate(line);
    if (date) return date;
  }
  for (const line of hints.datedLines) {
    const date = readFullDate(line);
    if (date) return date;
  }
  return null;
}

/** The dateline of the first paragraphs, with or without its year. */
function dateline({ plainText, paragraphs }: DocumentDateInput): { year: number | null; month: number; day: number } | null {
  for (const [start, end] of paragraphs.slice(0, DATED_LINE_SEARCH)) {
    const match = DATELINE.exec(toHalfWidth(plainText.slice(start, end)));
    if (!match) continue;
    const year = match[1] ? Number(match[1]) : null;
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (validDate(year ?? 2000, month, day)) return { year, month, day };
  }
  return null;
}

function addresses(hints: PageHints): string[] {
  return [
    ...hints.links,
    ...Object.entries(hints.meta)
      .filter(([key]) => META_URL_KEYS.test(key.trim()))
      .map(([, value]) => value),
  ];
}

/** The document's own date and where it was read, or null when the input gives none. */
export function findDocumentDate(input: DocumentDateInput): DocumentDate | null {
  const { hints } = input;
  const meta = fromMeta(hints.meta);
  if (meta) return dayDate(meta, 'meta');
  const comment = fromComments(hints.comments);
  if (comment) return dayDate(comment, 'comment');
  const line = fromDatedLines(input);
  if (line) return dayDate(line, 'dated-line');
  const written = dateline(input);
  if (written?.year) return dayDate({ year: written.year, month: written.month, day: written.day }, 'dated-line');
  const urls = addresses(hints);
  for (const url of urls) {
    const date = readFullDate(url, PATH_DATE);
    if (date) return dayDate(date, 'url');
  }
  const path = readFullDate(input.path, PATH_DATE);
  if (path) return dayDate(path, 'path');
  // Less than a day: a dateline without its year, then a month in the address.
  if (written) return { date: `--${pad(written.month)}-${pad(written.day)}`, precision: 'month-day', source: 'dated-line' };
  for (const url of urls) {
    const month = URL_MONTH.exec(url);
    if (month) return { date: `${month[1]}-${month[2]}`, precision: 'month', source: 'url' };
  }
  return null;
}
