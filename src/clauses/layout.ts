/**
 * The shape of a report around its clauses: where news items start (a digest
 * of 快讯 runs several items under sub-headlines), which paragraph leads each
 * item, and which lines are page furniture rather than prose.
 */
import { ENUMERATION_START, FOOTER_LINE } from './lexicon.js';

// A sub-headline is a short line that ends no sentence: 美明州抗议持续 数十名抗议者被逮捕.
const HEADLINE_MAX = 40;
const SENTENCE_PUNCTUATION = /[。！？!?；;：:，,、…”’」』）)]$/;

/** A line that heads what follows (a 快讯 item's title, a section heading), not a sentence of prose. */
export function isHeadingLine(line: string): boolean {
  const s = line.trim();
  if (!s || s.length > HEADLINE_MAX || !/[\u4e00-\u9fff]{4}/.test(s)) return false;
  if (/[。！？!?]/.test(s) || SENTENCE_PUNCTUATION.test(s)) return false;
  if (ENUMERATION_START.test(s) || FOOTER_LINE.test(s)) return false;
  return true;
}

interface Line {
  start: number;
  end: number;
}

/** True when one of `lines` (ascending) holds `position`. */
function lineHolding(lines: readonly Line[], position: number): boolean {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid]!;
    if (position < line.start) hi = mid - 1;
    else if (position > line.end) lo = mid + 1;
    else return true;
  }
  return false;
}

function* linesOf(text: string): Generator<Line> {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    yield { start, end: end < 0 ? text.length : end };
    if (end < 0) return;
    start = end + 1;
  }
}

export class Layout {
  /** Start of each news item, ascending: the document start, then each sub-headline. */
  private readonly itemStarts: number[] = [0];
  /** Lines that head what follows (sub-headlines, section headings), ascending. */
  private readonly headings: Line[] = [];
  /** The lead paragraph of each item: its first line of prose. */
  private readonly leads: Line[] = [];
  /** How many quotations (“…”) are open at each offset, within its paragraph. */
  private readonly quoteDepth: Uint16Array;

  constructor(readonly text: string) {
    this.quoteDepth = new Uint16Array(text.length + 1);
    let depth = 0;
    let from = 0;
    for (const mark of text.matchAll(/[“”\n]/g)) {
      const at = mark.index + 1;
      if (depth > 0) this.quoteDepth.fill(depth, from, at);
      const c = mark[0];
      if (c === '\n') depth = 0;
      else if (c === '“') depth++;
      else if (depth > 0) depth--;
      from = at;
    }
    if (depth > 0) this.quoteDepth.fill(depth, from);
    let wantLead = true;
    for (const line of linesOf(text)) {
      const content = text.slice(line.start, line.end);
      if (isHeadingLine(content)) {
        this.headings.push(line);
        if (line.start > 0 && !wantLead) this.itemStarts.push(line.start);
        wantLead = true;
        continue;
      }
      if (wantLead && /[。！？!?]/.test(content)) {
        this.leads.push(line);
        wantLead = false;
      }
    }
  }

  /** Where the news item holding `position` starts. */
  itemStart(position: number): number {
    let lo = 0;
    let hi = this.itemStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.itemStarts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return this.itemStarts[lo]!;
  }

  /** True when `position` lies in the lead paragraph of its news item. */
  inLead(position: number): boolean {
    return lineHolding(this.leads, position);
  }

  /** True when `position` lies in a line that heads what follows (西非两国总统要求法国撤军 over a 快讯 item). */
  inHeading(position: number): boolean {
    return lineHolding(this.headings, position);
  }

  /** True when `position` lies inside a quotation (“…”) opened earlier in its paragraph. */
  insideQuotation(position: number): boolean {
    return (this.quoteDepth[position] ?? 0) > 0;
  }
}
