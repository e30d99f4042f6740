/**
 * The meeting's agenda: procedure items that are not directives — 审议通过《……》,
 * 听取……汇报, 研究部署……, 传达学习……, 对……进行安排部署 — read from the
 * narrative (never from inside a clause), with their verb and object. An item
 * names its subject (会议还研究了……, 中共中央政治局听取了……) or follows one
 * in the same sentence; only the sentence that convenes the meeting may list
 * items with no subject at all (……召开会议，研究……，审议……).
 */
import type { AgendaItem, Span } from '../schema.js';
import { AGENDA_SUBJECT, AGENDA_VERB_PATTERN, NOT_AGENDA } from './lexicon.js';
import { escapeRegExp, inside } from '../language/patterns.js';
import { STATEMENT_END } from '../language/sentences.js';

export interface AgendaInput {
  plainText: string;
  /** The text as written, offset for offset, when plainText is its simplified reading: items are quoted from it. */
  written?: string;
  /** Spans that are no narrative: clause bodies and the headline. */
  skip: readonly Span[];
  /** Bodies that may open an item as its subject (中共中央政治局听取了……). */
  subjects: readonly string[];
  /** The sentence that convenes the meeting. */
  lead: Span;
}

const PIECE_END = /[，,：:]/;
const OPEN = new Set(['《', '“', '「', '（', '(']);
const CLOSE = new Set(['》', '”', '」', '）', ')']);
// 对全区疫情防控……进行安排部署 / 就如何做好……进行了讨论.
const ON_TOPIC = /^(?:对|就)(.+?)(?:进行|作出|作了)了?(安排部署|研究部署|部署|研究|审议|讨论|学习)$/;
const REPORT_END = /(?:汇报|报告)$/;

/** Pieces of a sentence between commas and colons, keeping 《……》 and quotes whole. */
function pieces(text: string, start: number, end: number): Span[] {
  const found: Span[] = [];
  let depth = 0;
  let pieceStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && PIECE_END.test(ch)) {
      found.push([pieceStart, i]);
      pieceStart = i + 1;
    }
  }
  found.push([pieceStart, end]);
  return found;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s。；;]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** An item where it was read: its verb (without 了), its object and the whole item. */
interface ItemAt {
  verb: Span;
  object: Span;
  span: Span;
}

export function findAgenda({ plainText: text, written = text, skip, subjects, lead }: AgendaInput): AgendaItem[] {
  const items: ItemAt[] = [];
  const itemKey = (item: ItemAt): string => `${text.slice(...item.verb)}\u0000${text.slice(...item.object)}`;
  // Seen items by verb and object: a set, so a text of thousands of items stays linear.
  const seen = new Set<string>();
  const subject = subjects.length > 0 ? new RegExp(`^(?:${subjects.map(escapeRegExp).join('|')})`) : null;
  let sentenceStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !STATEMENT_END.test(text[i]!)) continue;
    const sentenceEnd = i;
    let previous: ItemAt | null = null;
    const inLead = sentenceStart < lead[1] && lead[0] < sentenceEnd;
    // Whether an earlier piece of the sentence named the meeting as subject (会上，学习了……).
    let subjectNamed = false;
    const list = pieces(text, sentenceStart, sentenceEnd);
    for (let p = 0; p < list.length; p++) {
      const [pieceStart, pieceEnd] = trimmed(text, list[p]![0], list[p]![1]);
      if (pieceEnd <= pieceStart || inside(skip, pieceStart)) {
        previous = null;
        continue;
      }
      let at = pieceStart;
      const opener = subject?.exec(text.slice(at, pieceEnd));
      if (opener) at += opener[0].length;
      const named = AGENDA_SUBJECT.exec(text.slice(at, pieceEnd))![0];
      at += named.length;
      subjectNamed ||= Boolean(opener) || /^(?:会议|会上|全会|与会)/.test(named);
      if (at === pieceEnd) continue;
      const rest = text.slice(at, pieceEnd);
      if (!subjectNamed && !inLead) {
        previous = null;
        continue;
      }
      const verb = AGENDA_VERB_PATTERN.exec(rest);
      const onTopic = verb ? null : ON_TOPIC.exec(rest);
      if (verb && !NOT_AGENDA.test(rest)) {
        let [objectStart, objectEnd] = trimmed(text, at + verb[0].length, pieceEnd);
        // 会议决定，……: the object is the rest of the sentence.
        if (objectEnd <= objectStart && p + 1 < list.length) [objectStart, objectEnd] = trimmed(text, list[p + 1]![0], sentenceEnd);
        if (objectEnd <= objectStart) continue;
        previous = { verb: [at, at + verb[0].replace(/了$/, '').length], object: [objectStart, objectEnd], span: [at, objectEnd] };
        // The lead sentence announces what a later paragraph reports again (会议审议通过《……》).
        if (!seen.has(itemKey(previous))) {
          seen.add(itemKey(previous));
          items.push(previous);
        }
        if (objectEnd > pieceEnd) break;
      } else if (onTopic) {
        // 对(object)进行(verb): the object after 对 or 就, the verb at the end.
        previous = { verb: [pieceEnd - onTopic[2]!.length, pieceEnd], object: [at + 1, at + 1 + onTopic[1]!.length], span: [at, pieceEnd] };
        items.push(previous);
      } else if (previous && text.slice(...previous.verb) === '听取' && REPORT_END.test(rest) && rest === text.slice(pieceStart, pieceEnd)) {
        // 听取了……汇报、……汇报，……汇报: the reports listed after a comma are the same item.
        previous.object = [previous.object[0], pieceEnd];
        previous.span = [previous.span[0], pieceEnd];
      } else {
        previous = null;
      }
    }
    sentenceStart = i + 1;
  }
  return items.map(({ verb, object, span }) => ({ verb: written.slice(...verb), object: written.slice(...object), text: written.slice(...span), span }));
}
