/**
 * Small helpers for building patterns from word lists and reading spans,
 * shared by the meeting, formulation and target stages.
 */
import type { Span } from '../schema.js';

/** A regex alternation of `words`, longest first, so that 常委会会议 wins over 会议. */
export const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** `text` as a literal inside a regex. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Sorted, merged copies of the span lists asked about, so each question is a
// binary search: a long text asks once per piece, about thousands of clauses.
const mergedSpans = new WeakMap<readonly Span[], Span[]>();

function merged(spans: readonly Span[]): Span[] {
  let result = mergedSpans.get(spans);
  if (!result) {
    result = [];
    for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
      const last = result[result.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else result.push([start, end]);
    }
    mergedSpans.set(spans, result);
  }
  return result;
}

/** Whether `position` lies inside one of `spans`. */
export function inside(spans: readonly Span[], position: number): boolean {
  const list = merged(spans);
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = list[mid]!;
    if (position < start) hi = mid - 1;
    else if (position >= end) lo = mid + 1;
    else return true;
  }
  return false;
}
