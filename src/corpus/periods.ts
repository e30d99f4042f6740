/**
 * When a document happened, and the period it falls in: the date of the
 * meeting it reports when that is known to the day, else the document's own
 * date (documentDate). Both are read from the document alone, so a report and
 * the JSON it was converted to always land in the same period.
 */
import { findDocumentDate } from '../dates/document-date.js';
import { NO_HINTS } from '../html/page-hints.js';
import type { PdxDocument } from '../schema.js';

/** The period lengths `pdx stats --by` and the report accept. */
export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
/** One of {@link GRANULARITIES}. */
export type Granularity = (typeof GRANULARITIES)[number];

/** What places a document in time (`--date`): its meeting's date when known, else its own; or always its own. */
export const DATE_BASES = ['meeting', 'document'] as const;
/** One of {@link DATE_BASES}. */
export type DateBasis = (typeof DATE_BASES)[number];

/** The period of a document with no date. It sorts after every dated period. */
export const UNKNOWN_PERIOD = 'unknown';

/** The date a document is counted at and where it was taken from (see {@link periodDate}). */
export interface PeriodDate {
  /** ISO 8601: 2024-01-19, or 2024-01 when the document gives only its month. */
  date: string;
  /** meeting: meeting.date; document: documentDate. */
  source: 'meeting' | 'document';
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The document's own date; an output written before documentDate existed is dated by its path and dated lines. */
function ownDate(document: PdxDocument): PdxDocument['documentDate'] {
  if (document.documentDate !== undefined) return document.documentDate;
  return findDocumentDate({ hints: NO_HINTS, plainText: document.plainText, paragraphs: document.paragraphs, path: document.source.path });
}

/**
 * With basis `meeting`, the meeting's date when the report is about a meeting
 * dated to the day (--07-16 has no year); else, and with basis `document`, the
 * document's own date when it has a year. Null when neither is there.
 */
export function periodDate(document: PdxDocument, basis: DateBasis = 'meeting'): PeriodDate | null {
  const meeting = document.meeting?.date;
  if (basis === 'meeting' && meeting && FULL_DATE.test(meeting)) return { date: meeting, source: 'meeting' };
  const own = ownDate(document);
  return own && own.precision !== 'month-day' ? { date: own.date, source: 'document' } : null;
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
