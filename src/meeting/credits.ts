/**
 * Reporter and editor credits: （记者 唐炜）, 责任编辑：罗崇纬_NB12082,
 * 【……报道 实习记者 李亮】. Metadata about the report, not its text.
 */
import type { Credit, Span } from '../schema.js';
import { SURNAMES } from '../clauses/lexicon.js';
import { CREDIT_ROLE_PATTERN, CREDIT_ROLE_START } from '../language/credits.js';

// A credit stands on its own: at a line start, after a space or an opening bracket.
const BEFORE_CREDIT = /(?:^|[\s（(【[|丨])$/;
const SEPARATOR = /^[\s：:丨|/]*/;
// A name, and the CMS code some sites append to it (罗崇纬_NB12082, 黄忆南 PN269).
const NAME = /^([\u4e00-\u9fff]{2,4})(?:[_\s]?[A-Za-z]+\d+)?/;
// Names of one credit stay on its line.
const BETWEEN_NAMES = /^[、，, \t\u3000]+/;

function readNames(text: string, start: number): { names: Span[]; end: number } {
  const names: Span[] = [];
  let at = start;
  let end = start;
  for (;;) {
    const match = NAME.exec(text.slice(at, at + 24));
    if (!match || !SURNAMES.has(match[1]![0]!)) break;
    // A role word right after is the next credit, not a name: （记者 唐炜 通讯员 李明）.
    if (CREDIT_ROLE_START.test(match[1]!)) break;
    names.push([at, at + match[1]!.length]);
    end = at + match[1]!.length;
    at += match[0].length;
    const gap = BETWEEN_NAMES.exec(text.slice(at, at + 4));
    if (!gap) break;
    at += gap[0].length;
  }
  return { names, end };
}

/** Credits read in `text` and quoted from `written`, the same text as written when `text` is its simplified reading. */
export function findCredits(text: string, written: string = text): Credit[] {
  const credits: Credit[] = [];
  for (const match of text.matchAll(CREDIT_ROLE_PATTERN)) {
    const start = match.index;
    if (!BEFORE_CREDIT.test(text.slice(Math.max(0, start - 1), start))) continue;
    const roleEnd = start + match[0].length;
    const separator = SEPARATOR.exec(text.slice(roleEnd, roleEnd + 4))![0];
    // Glued to its name only inside brackets: （记者唐炜）.
    if (!separator && !/[（(【]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    const { names, end } = readNames(text, roleEnd + separator.length);
    if (names.length > 0) credits.push({ role: written.slice(start, roleEnd), names: names.map((name) => written.slice(...name)), span: [start, end] });
  }
  return credits;
}
