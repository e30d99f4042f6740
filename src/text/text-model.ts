/**
 * The plain-text model every later stage reads: paragraphs joined by "\n",
 * with the offsets of each paragraph. Spans everywhere point into `plainText`.
 */
import { normaliseParagraph } from '../language/spaces.js';
import type { Span } from '../schema.js';

export interface TextModel {
  plainText: string;
  paragraphs: Span[];
}

export function buildTextModel(rawParagraphs: Iterable<string>): TextModel {
  const paragraphs: Span[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const raw of rawParagraphs) {
    const text = normaliseParagraph(raw);
    if (!text) continue;
    if (parts.length > 0) offset += 1; // the "\n" between paragraphs
    paragraphs.push([offset, offset + text.length]);
    parts.push(text);
    offset += text.length;
  }
  return { plainText: parts.join('\n'), paragraphs };
}

/** Index of the paragraph containing `offset` (binary search). */
export function paragraphAt(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]![0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(lo, 0);
}
