/**
 * The meeting a report is about: its name as the lead sentence writes it
 * (……召开……会议 / ……会议……召开), read into body, kind and session; the
 * meetings held jointly with it (……暨……); its date, time of day and place;
 * and who chaired, spoke and attended.
 */
import type { Meeting, MeetingRef, Person, Span } from '../schema.js';
import { parseChineseNumber } from './chinese-number.js';
import {
  BEFORE_ROLE,
  BODY_END,
  BODY_TYPE_OF_KIND,
  CONVENE_AFTER,
  CONVENE_BEFORE,
  KIND_BY_BODY,
  KIND_QUALIFIER,
  KIND_STEM,
  MEETING_KIND_PATTERN,
  NOT_A_MEETING_AFTER,
  PLACE,
  ROLE_SUFFIX,
  SESSION,
  SUBJECT_ADVERBS,
  TERM_PREFIX,
  TOPICAL_KINDS,
  VERB_BEFORE_NAME,
} from './lexicon.js';
import { datesIn, sourceDate, type DateHints, type FoundDate } from './meeting-date.js';
import { findPeople, personsBefore } from './people.js';
import { inside } from './patterns.js';

export interface MeetingInput extends DateHints {
  /** Spans that are no narrative: clause bodies and the headline. */
  skip: readonly Span[];
}

/** How many paragraphs (after the headline) may hold the sentence that announces the meeting. */
const LEAD_PARAGRAPHS = 4;
const MAX_NAME = 60;
const NAME_STOP = /[，,。；;：:！？!?、\n\s]/;
const OPENERS: Readonly<Record<string, string>> = { '”': '“', '》': '《', '）': '（', ')': '(', '」': '「' };
const SENTENCE_END = /[。！？!?\n]/;
// A dateline (新华社北京7月30日电　) ends with a space: the subject starts after it.
const PIECE_START = /[，,。；;：:！？!?\s]/;

/** Where a meeting's name starts, walking back from its kind word over quotes, brackets and 暨. */
function nameStart(text: string, kindStart: number, limit: number): number {
  let i = kindStart;
  while (i > limit && kindStart - i < MAX_NAME) {
    if (VERB_BEFORE_NAME.test(text.slice(Math.max(limit, i - 5), i))) break;
    const ch = text[i - 1]!;
    const opener = OPENERS[ch];
    if (opener) {
      // The opener counts only inside the name's reach: searched there, not back to the start of the text.
      const floor = Math.max(limit, kindStart - MAX_NAME);
      const open = floor + text.slice(floor, Math.max(floor, i - 1)).lastIndexOf(opener);
      if (open < floor) break;
      i = open;
      continue;
    }
    if (NAME_STOP.test(ch)) break;
    i--;
  }
  return i;
}

interface NamePart {
  start: number;
  end: number;
  kind: string;
}

/** The kind words in [from, to), skipping 会议精神, 会议室 and the like. */
function kindWords(text: string, from: number, to: number): NamePart[] {
  const words: NamePart[] = [];
  for (const match of text.slice(from, to).matchAll(MEETING_KIND_PATTERN)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (!NOT_A_MEETING_AFTER.test(text.slice(end, end + 4))) words.push({ start, end, kind: match[0] });
  }
  return words;
}

interface Lead {
  /** Each meeting of the name, joint ones after the first. */
  parts: NamePart[];
  /** Where the convening verb before the name starts (……召开), or -1 when the verb follows the name. */
  verbStart: number;
  /** The end of the verb after the name (……会议召开), or the name's end. */
  after: number;
}

/** The first sentence of the lead paragraphs that convenes a meeting. */
function findLead(text: string, paragraphs: readonly Span[], skip: readonly Span[]): Lead | null {
  const lead = paragraphs.filter(([start]) => !inside(skip, start)).slice(0, LEAD_PARAGRAPHS);
  for (const [paragraphStart, paragraphEnd] of lead) {
    const words = kindWords(text, paragraphStart, paragraphEnd);
    for (let w = 0; w < words.length; w++) {
      const first = words[w]!;
      if (inside(skip, first.start)) continue;
      const parts: NamePart[] = [{ start: nameStart(text, first.start, paragraphStart), end: first.end, kind: first.kind }];
      // ……第102次会议暨……第14次联席会议: each side of 暨 that ends in a kind is a meeting of its own.
      while (text[parts.at(-1)!.end] === '暨' && w + 1 < words.length) {
        const joinAt = parts.at(-1)!.end + 1;
        const next = words[w + 1]!;
        if (next.start - joinAt > MAX_NAME || nameStart(text, next.start, joinAt) !== joinAt) break;
        parts.push({ start: joinAt, end: next.end, kind: next.kind });
        w++;
      }
      const last = parts.at(-1)!;
      const verb = CONVENE_BEFORE.exec(text.slice(Math.max(paragraphStart, parts[0]!.start - 6), parts[0]!.start));
      if (verb) return { parts, verbStart: parts[0]!.start - verb[0].length, after: last.end };
      const follows = CONVENE_AFTER.exec(text.slice(last.end, Math.min(paragraphEnd, last.end + 40)));
      if (!follows) continue;
      // 区委常委会召开第一百零二次会议: a body named like a kind convenes the meeting named next.
      const next = words[w + 1];
      if (next && nameStart(text, next.start, paragraphStart) === last.end + follows[0].length) continue;
      return { parts, verbStart: -1, after: last.end + follows[0].length };
    }
  }
  return null;
}

/** Body, kind and session of one name, before the body is looked for elsewhere. */
function readName(text: string, part: NamePart): MeetingRef {
  const name = text.slice(part.start, part.end);
  const kindAt = name.length - part.kind.length;
  let session: number | null = null;
  let sessionYear: number | null = null;
  let sessionSpan: Span | null = null;
  let prefixEnd = kindAt;
  for (const match of name.slice(0, kindAt).matchAll(SESSION)) {
    session = parseChineseNumber(match[2]!);
    sessionYear = match[1] ? parseChineseNumber(match[1]) : null;
    sessionSpan = [part.start + match.index, part.start + match.index + match[0].length];
    prefixEnd = match.index;
  }
  // 全体（扩大）会议: the qualifier is no part of the body, and 全体 belongs to the kind.
  let kind = part.kind;
  let kindWritten = true;
  const qualifier = sessionSpan ? null : KIND_QUALIFIER.exec(name.slice(0, prefixEnd));
  if (qualifier) {
    prefixEnd = qualifier.index;
    const stem = KIND_STEM.exec(name.slice(0, prefixEnd));
    if (stem) {
      kind = stem[0] + kind;
      kindWritten = false;
      prefixEnd = stem.index;
    }
  }
  const term = TERM_PREFIX.exec(name.slice(0, prefixEnd));
  const prefixStart = term ? term[0].length : 0;
  const prefix = name.slice(prefixStart, prefixEnd);
  const body = prefix && (BODY_END.test(prefix) || !TOPICAL_KINDS.has(kind)) ? prefix : null;
  return {
    name,
    body,
    kind,
    session,
    sessionYear,
    span: [part.start, part.end],
    spans: {
      ...(body ? { body: [part.start + prefixStart, part.start + prefixEnd] as Span } : {}),
      ...(kindWritten ? { kind: [part.start + kindAt, part.end] as Span } : {}),
      ...(sessionSpan ? { session: sessionSpan } : {}),
    },
  };
}

/** The organisation that convenes (中共中央政治局10月29日召开会议), when the subject is no person. */
function organizer(text: string, verbStart: number, paragraphStart: number): { body: string; span: Span } | null {
  let start = verbStart;
  while (start > paragraphStart && !PIECE_START.test(text[start - 1]!)) start--;
  let subject = text.slice(start, verbStart);
  for (;;) {
    const next = subject.replace(SUBJECT_ADVERBS, '').replace(BEFORE_ROLE, '');
    if (next === subject) break;
    subject = next;
  }
  const term = TERM_PREFIX.exec(subject);
  const bodyStart = start + (term ? term[0].length : 0);
  const body = subject.slice(term ? term[0].length : 0);
  if (!body || !BODY_END.test(body) || personsBefore(text, bodyStart, bodyStart + body.length).length > 0) return null;
  return { body, span: [bodyStart, bodyStart + body.length] };
}

/** A bare 会议 takes its body's kind: 中共中央政治局 + 会议 → 政治局会议. */
function refineKind(meeting: MeetingRef): MeetingRef {
  if (meeting.kind !== '会议' || !meeting.body) return meeting;
  const refined = KIND_BY_BODY.find(([pattern]) => pattern.test(meeting.body!));
  if (!refined) return meeting;
  const { kind: _written, ...spans } = meeting.spans;
  return { ...meeting, kind: refined[1], spans };
}

/**
 * 李克强主持召开领导小组会议: the body is named only in the chair's titles
 * (……工作领导小组组长) — read it from there.
 */
function bodyFromChair(text: string, bodyType: string, chair: readonly Person[]): { body: string; span: Span } | null {
  for (const person of chair) {
    for (const title of person.titles) {
      const role = ROLE_SUFFIX.exec(title);
      const body = role ? title.slice(0, role.index) : '';
      if (!body.endsWith(bodyType) || body === bodyType) continue;
      const at = text.lastIndexOf(title, person.span[0]);
      if (at >= 0) return { body, span: [at, at + body.length] };
    }
  }
  return null;
}

function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return [s, e];
}

/** The meeting's date: next to its name in the lead sentence, else earlier in its paragraph. */
function meetingDate(input: MeetingInput, lead: Lead, paragraph: Span): FoundDate | null {
  const source = sourceDate(input);
  const nameAt = lead.verbStart >= 0 ? lead.verbStart : lead.parts[0]!.start;
  const [sentenceStart, sentenceEnd] = sentenceAround(input.plainText, nameAt, lead.after);
  const inSentence = datesIn(input.plainText, sentenceStart, sentenceEnd, source);
  const before = inSentence.filter((date) => date.span[0] < nameAt);
  if (before.length > 0) return before.at(-1)!;
  const after = inSentence.find((date) => date.span[0] >= lead.parts.at(-1)!.end);
  if (after) return after;
  return datesIn(input.plainText, paragraph[0], sentenceStart, source).at(-1) ?? null;
}

/** The sentence that announces `meeting`, where its agenda may be listed with no subject. */
export function leadSentence(text: string, meeting: Meeting): Span {
  return sentenceAround(text, meeting.span[0], meeting.span[1]);
}

export function findMeeting(input: MeetingInput): Meeting | null {
  const { plainText: text, paragraphs, skip } = input;
  const lead = findLead(text, paragraphs, skip);
  if (!lead) return null;
  const paragraph = paragraphs.find(([start, end]) => lead.parts[0]!.start >= start && lead.parts[0]!.start <= end)!;
  const [main, ...joint] = lead.parts.map((part) => readName(text, part));
  let meeting = main!;
  // Who convenes is the body (四川铁科……公司召开党委中心组学习会议), before what the name says.
  const convener = lead.verbStart >= 0 ? organizer(text, lead.verbStart, paragraph[0]) : null;
  if (convener) meeting = { ...meeting, body: convener.body, spans: { ...meeting.spans, body: convener.span } };
  meeting = refineKind(meeting);
  const people = findPeople({ plainText: text, skip });
  const bodyType = meeting.kind ? BODY_TYPE_OF_KIND[meeting.kind] : undefined;
  if (bodyType && (meeting.body === null || meeting.body === bodyType)) {
    const fromChair = bodyFromChair(text, bodyType, people.chair);
    if (fromChair) meeting = { ...meeting, body: fromChair.body, spans: { ...meeting.spans, body: fromChair.span } };
  }
  const date = meetingDate(input, lead, paragraph);
  const regionStart = lead.verbStart >= 0 ? sentenceAround(text, lead.verbStart, lead.verbStart)[0] : lead.parts[0]!.start;
  const place = PLACE.exec(text.slice(regionStart, lead.after));
  const placeStart = place ? regionStart + place.index + 1 : -1;
  return {
    ...meeting,
    joint: joint.map(refineKind),
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    dateText: date?.text ?? null,
    yearInferred: date?.yearInferred ?? false,
    yearSource: date?.yearSource ?? null,
    timeOfDay: date?.timeOfDay ?? null,
    place: place ? place[1]! : null,
    chair: people.chair,
    speakers: people.speakers,
    attendees: people.attendees,
    spans: {
      ...meeting.spans,
      ...(date ? { date: date.span } : {}),
      ...(date?.timeSpan ? { timeOfDay: date.timeSpan } : {}),
      ...(place ? { place: [placeStart, placeStart + place[1]!.length] as Span } : {}),
    },
  };
}
