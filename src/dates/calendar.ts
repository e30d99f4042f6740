/**
 * Calendar dates as reports and pages write them (2020-07-16, 2020年7月16日,
 * 2020/07/16, 20200716 in a path) and the arithmetic the date stages need.
 */
import { toHalfWidth } from '../language/chinese-number.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A full date in prose or meta: 2020-07-16, 2020年7月16日, 2020/7/16, 2020.07.16. */
export const FULL_DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
/** A full date in a path or URL: 20200716, 2020-07-16, 2020/07/16, 2020_07_16. */
export const PATH_DATE = /(?<!\d)((?:19|20)\d{2})[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?!\d)/;

export function validDate(year: number, month: number, day: number): CalendarDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null;
}

/** The first date `pattern` finds in `text` (full-width digits read too), when it is a real day. */
export function readFullDate(text: string, pattern: RegExp = FULL_DATE): CalendarDate | null {
  const match = pattern.exec(toHalfWidth(text));
  return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

export const pad = (value: number): string => String(value).padStart(2, '0');

export function iso(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
