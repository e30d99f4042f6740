/**
 * When a document happened, and the period it falls in. The date is read from
 * the document alone (never from the page it came from), so a report and the
 * JSON it was converted to always land in the same period.
 */
import { sourceDate } from '../meeting/meeting-date.js';
import type { PdxDocument } from '../schema.js';

/** The period lengths `pdx stats --by` and the report accept. */
export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
/** One of {@link GRANULARITIES}. */
export type Granularity = (typeof GRANULARITIES)[number];

/** The period of a document with no date. It sorts after every dated period. */
export const UNKNOWN_PERIOD = 'unknown';

/** A document's date and where it was taken from (see {@link documentDate}). */
export interface DocumentDate {
  /** ISO 8601 calendar date: 2024-01-19. */
  date: string;
  /** meeting: meeting.date; page: a dated line at the top of the body, or a date in the path or URL. */
  source: 'meeting' | 'page';
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The meeting's date when it has a year (--07-16 has none); else the date the
 * page gives itself. A report without a meeting (a commentary, a talk) still
 * has a date that way. Null when neither is there.
 */
export function documentDate(document: PdxDocument): DocumentDate | null {
  const date = document.meeting?.date;
  if (date && FULL_DATE.test(date)) return { date, source: 'meeting' };
  // No meta tags or raw markup survive in a document: only its body and path can date it.
  const page = sourceDate({ meta: {}, raw: '', path: document.source.path, plainText: document.plainText, paragraphs: document.paragraphs });
  if (!page) return null;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return { date: `${page.year}-${pad(page.month)}-${pad(page.day)}`, source: 'page' };
}

/** The period of an ISO date: 2024-01, 2024-Q1 or 2024; UNKNOWN_PERIOD for no date. */
export function periodOf(date: string | null, by: Granularity): string {
  if (date === null) return UNKNOWN_PERIOD;
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (by) {
    case 'month':
      return date.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'year':
      return year;
  }
}

/** The first day of a period other than UNKNOWN_PERIOD: 2024-Q2 → 2024-04-01. */
function periodStart(period: string): { year: number; month: number } {
  const year = Number(period.slice(0, 4));
  if (period.length === 4) return { year, month: 1 };
  if (period[5] === 'Q') return { year, month: (Number(period[6]) - 1) * 3 + 1 };
  return { year, month: Number(period.slice(5, 7)) };
}

/**
 * Every period from the one of `first` to the one of `last`, both ISO dates,
 * in order: a gap in the corpus shows as an empty period, not a missing one.
 */
export function periodRange(first: string, last: string, by: Granularity): string[] {
  const start = periodOf(first, by);
  const end = periodOf(last, by);
  if (start > end) return [];
  const periods: string[] = [];
  let { year, month } = periodStart(start);
  const step = by === 'month' ? 1 : by === 'quarter' ? 3 : 12;
  for (;;) {
    const period = periodOf(`${year}-${String(month).padStart(2, '0')}-01`, by);
    periods.push(period);
    if (period === end) return periods;
    month += step;
    if (month > 12) {
      year += 1;
      month -= 12;
    }
  }
}

