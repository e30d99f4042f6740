/**
 * When the meeting was held. Reports write the date short (7月16日晚, 16日,
 * 今天, 日前); what the text leaves out is taken from the best evidence, in
 * order: a year written with the date; the document's own date (今天 and 日前
 * are that day, 昨天 the day before, 16日 its month, 7月16日 its year); and,
 * when the document has no date, the latest year the text writes (总结2011年
 * 工作，部署2012年任务 → 2012).
 */
import { addDays, iso, pad, validDate, type CalendarDate } from '../dates/calendar.js';
import type { DocumentDate, Span, YearSource } from '../schema.js';
import { parseChineseNumber, toHalfWidth } from '../language/chinese-number.js';
import { TIMES_OF_DAY } from './lexicon.js';
import { alternation } from '../language/patterns.js';

/** What a short date is read against: as much of a date as is known, and where it came from. */
export interface DateReference {
  year: number | null;
  month: number | null;
  day: number | null;
  source: NonNullable<YearSource>;
}

export interface FoundDate {
  /** ISO 8601: 2020-07-16, or --07-16 when no year is known. */
  date: string;
  precision: 'day' | 'month-day';
  /** Where the date is written (7月16日), and the time of day after it (上午). */
  span: Span;
  yearInferred: boolean;
  yearSource: YearSource;
  timeSpan: Span | null;
}

// A year the text writes as the report's own, not a deadline, the end of a range or a plan (到2035年,
// 2024—2030年, 2025年前, 2035年远景目标); a year inside a 《title》 dates that document, not the report.
const WRITTEN_YEAR = /(?<![\d到至—–\-~～])((?:19|20)\d{2})年(?!前|以前|之前|底前|远景|目标|以后|后)/g;
const TITLES = /《[^《》]*》/g;

/** The reference a meeting date is read against: the document's date, else the latest year the text writes. */
export function dateReference(documentDate: DocumentDate | null | undefined, plainText: string): DateReference | null {
  if (documentDate) {
    const [year, month, day] = documentDate.date.split('-').map((part) => (part ? Number(part) : null));
    if (documentDate.precision === 'month-day')
      return { year: null, month: Number(documentDate.date.slice(2, 4)), day: Number(documentDate.date.slice(5, 7)), source: documentDate.source };
    return { year: year ?? null, month: month ?? null, day: day ?? null, source: documentDate.source };
  }
  let latest = 0;
  for (const match of toHalfWidth(plainText).replace(TITLES, '').matchAll(WRITTEN_YEAR)) latest = Math.max(latest, Number(match[1]));
  return latest > 0 ? { year: latest, month: null, day: null, source: 'text' } : null;
}

const NUMERAL = '[〇零一二三四五六七八九十]';
/** 2020年7月16日, 7月16日, 16日, 二〇二〇年七月十六日, 12月15日至16日; or 今天, 昨天, 日前. */
export const DATE_EXPRESSION = new RegExp(
  `(?<![\\d〇零一二三四五六七八九十])(?:(\\d{4}|[〇零一二三四五六七八九]{4})年)?(?:(\\d{1,2}|${NUMERAL}{1,2})月)?(\\d{1,2}|${NUMERAL}{1,3})[日号](?:(?:至|到|—|-)(?:\\d{1,2}月)?\\d{1,2}日)?|(今天|今日|日前|近日|昨天|昨日|前天)`,
  'g',
);
const TIME_OF_DAY = new RegExp(`^(?:${alternation(TIMES_OF_DAY)})`);

/** Days before the document's date that a relative word means. */
const RELATIVE_DAYS: Readonly<Record<string, number>> = { 今天: 0, 今日: 0, 日前: 0, 近日: 0, 昨天: -1, 昨日: -1, 前天: -2 };

// A report is published after its meeting, so a month/day later than the publication is last year's.
const LATEST_AFTER_PUBLICATION_DAYS = 31;

function yearFor(month: number, day: number, reference: DateReference & { year: number }): number {
  if (reference.month === null) return reference.year;
  const candidate = Date.UTC(reference.year, month - 1, day);
  const published = Date.UTC(reference.year, reference.month - 1, reference.day ?? 1);
  return candidate - published > LATEST_AFTER_PUBLICATION_DAYS * 86_400_000 ? reference.year - 1 : reference.year;
}

type Resolved = Omit<FoundDate, 'span' | 'timeSpan'>;

function monthDay(month: number, day: number): Resolved {
  return { date: `--${pad(month)}-${pad(day)}`, precision: 'month-day', yearInferred: false, yearSource: null };
}

/** A date counted from the reference's day (今天, 昨天, 16日): null when the reference has no day. */
function fromReferenceDay(reference: DateReference | null, shift: (base: CalendarDate) => CalendarDate | null): Resolved | null {
  if (!reference || reference.month === null || reference.day === null) return null;
  // Without a year, 2000 stands in: a leap year, so that 2月29日 stays possible.
  const date = shift({ year: reference.year ?? 2000, month: reference.month, day: reference.day });
  if (!date) return null;
  return reference.year === null ? monthDay(date.month, date.day) : { date: iso(date), precision: 'day', yearInferred: true, yearSource: reference.source };
}

/** Reads the date expression `match` against `reference`. */
function resolve(match: RegExpExecArray, reference: DateReference | null): Resolved | null {
  const [, yearText, monthText, dayText, relative] = match;
  if (relative) return fromReferenceDay(reference, (base) => addDays(base, RELATIVE_DAYS[relative]!));
  const day = parseChineseNumber(dayText!);
  if (day === null) return null;
  const written = yearText ? parseChineseNumber(yearText) : null;
  const month = monthText ? parseChineseNumber(monthText) : null;
  if (month === null) {
    // 16日 alone: the month of the document, or the one before when the day is still to come.
    return fromReferenceDay(reference, (base) => {
      const previous = day > base.day ? addDays({ ...base, day: 1 }, -1) : base;
      return validDate(previous.year, previous.month, day);
    });
  }
  if (written !== null) {
    const date = validDate(written, month, day);
    return date ? { date: iso(date), precision: 'day', yearInferred: false, yearSource: null } : null;
  }
  if (!validDate(2000, month, day)) return null;
  if (reference?.year == null) return monthDay(month, day);
  const date = validDate(yearFor(month, day, { ...reference, year: reference.year }), month, day);
  return date ? { date: iso(date), precision: 'day', yearInferred: true, yearSource: reference.source } : null;
}

/** Every date expression in [start, end) of `text`, resolved, in reading order. */
export function datesIn(text: string, start: number, end: number, reference: DateReference | null): FoundDate[] {
  const found: FoundDate[] = [];
  const region = toHalfWidth(text.slice(start, end));
  for (const match of region.matchAll(DATE_EXPRESSION)) {
    const resolved = resolve(match, reference);
    if (!resolved) continue;
    const at = start + match.index;
    const after = at + match[0].length;
    const time = TIME_OF_DAY.exec(text.slice(after, after + 2));
    found.push({
      ...resolved,
      span: [at, after],
      timeSpan: time ? [after, after + time[0].length] : null,
    });
  }
  return found;
}
