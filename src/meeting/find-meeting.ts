/**
 * The meeting a report is about: the event it reports, never one it only
 * mentions, studies the spirit of, looks back on or schedules. Its name is
 * read where the report announces it (……召开……会议, ……会议……举行/闭幕,
 * 出席……论坛, 在……全会上发表重要讲话, 向……峰会作视频致辞) into body, kind
 * and session; then the meetings held jointly with it (……暨……); its date,
 * time of day and place; who chaired, spoke and attended.
 *
 * Which announcement is the report's: the one its headline names; with a
 * headline that names none, one in the lead sentence, or one that opens a
 * lead paragraph and is then heard (会议强调……) — unless the headline says
 * the report is a letter, talks, a tour, a commentary, a digest or a press
 * conference, or the lead gives reactions to a meeting held before.
 */
import { daysBetween, type CalendarDate } from '../dates/calendar.js';
import type { DocumentDate, Meeting, MeetingRef, Person, Span } from '../schema.js';
import { parseChineseNumber } from '../language/chinese-number.js';
import {
  BEFORE_ROLE,
  BODY_END,
  BODY_TYPE_OF_KIND,
  CEREMONY_AFTER,
  CONVENE_AFTER,
  CONVENE_BEFORE,
  KIND_BY_BODY,
  KIND_QUALIFIER,
  KIND_STEM,
  KNOWN_BODIES,
  LETTER,
  MEETING_KIND_PATTERN,
  NOT_A_BODY,
  NOT_A_MEETING_AFTER,
  NOT_A_NAME,
  NAME_END,
  MEETING_ACTS,
  DURING,
  NOT_YET,
  PLACE,
  REPORT_GENRES,
  REPORT_GENRES_UNLESS_NAMED,
  REACTION_LEAD,
  ROLE_SUFFIX,
  EDITION,
  SESSION,
  SESSION_IN_TERM,
  PLACE_END,
  PLENUM_OF_TERM,
  SPEECH_AT,
  SPEECH_TO,
  SUBJECT_ADVERBS,
  TERM_PREFIX,
  TERM_SUFFIX,
  TOPICAL_KINDS,
  VERB_BEFORE_NAME,
} from './lexicon.js';
import { dateReference, datesIn, type DateReference, type FoundDate } from './meeting-date.js';
import { findPeople, personsBefore } from './people.js';
import { inside } from '../language/patterns.js';
import { SENTENCE_END } from '../language/sentences.js';

export interface MeetingInput {
  plainText: string;
  /** The text as written, offset for offset, when plainText is its simplified reading: names, dates and places are quoted from it. */
  written?: string;
  paragraphs: readonly Span[];
  /** Spans that are no narrative: clause bodies and the headline. */
  skip: readonly Span[];
  /** The headline, which says what the report is about; null when the input has none. */
  title: string | null;
  /** Where the meeting itself speaks: the cue spans of clauses whose speaker is the meeting (会议强调). */
  meetingCues: readonly Span[];
  /** The document's own date, which short dates (16日, 今天) are read against. */
  documentDate: DocumentDate | null;
}

/** How many paragraphs (after the headline) may hold the announcement the headline names. */
const NAMED_PARAGRAPHS = 6;
/** How many prose paragraphs may open with an announcement the meeting is then heard in. */
const OPENING_PARAGRAPHS = 3;
/** How many days before the document a meeting the headline does not name may have been held (a weekend's news comes on Monday). */
const MAX_REPORT_LAG_DAYS = 2;
/** A meeting dated after the document is scheduled, not reported; one day allows for time zones. */
const MAX_AHEAD_DAYS = 1;
const MAX_NAME = 60;
const NAME_STOP = /[，,。；;：:！？!?、\n\s]/;
const OPENERS: Readonly<Record<string, string>> = { '”': '“', '》': '《', '）': '（', ')': '(', '」': '「' };
// A dateline (新华社北京7月30日电　) ends with a space: the subject starts after it.
const PIECE_START = /[，,。；;：:！？!?\s]/;
// A paragraph of prose, not a breadcrumb, byline or dated line.
const PROSE = /[。！？；]/;

/** Whether the 、 at `at` lists inside a name that a convening verb opens, within MAX_NAME of its kind. */
function listInName(text: string, at: number, limit: number, kindStart: number): boolean {
  for (let i = at; i > limit && kindStart - i < MAX_NAME; i--) {
    if (/[，,。；;：:！？!?\n]/.test(text[i - 1]!)) return false;
    if (CONVENE_BEFORE.test(text.slice(Math.max(limit, i - 5), i))) return true;
  }
  return false;
}

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
    // 主持召开专家、企业家和……代表座谈会: a list inside the name, when a convening verb opens it.
    if (ch === '、' && listInName(text, i - 1, limit, kindStart)) {
      i--;
      continue;
    }
    // 在……全会上, 向……峰会: a preposition before the name is no part of it.
    if (NAME_STOP.test(ch) || ((ch === '在' || ch === '向') && i < kindStart)) break;
    i--;
  }
  return i;
}

interface NamePart {
  start: number;
  end: number;
  kind: string;
}

/** The kind words in [from, to), skipping 会议精神, 会议室, 视频会晤 and the like. */
const KIND_WORD = new RegExp(MEETING_KIND_PATTERN.source, 'g');

function kindWords(text: string, from: number, to: number): NamePart[] {
  const words: NamePart[] = [];
  const pattern = KIND_WORD;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end > to) break;
    if (NOT_A_MEETING_AFTER.test(text.slice(end, end + 4))) {
      // 安全会议 holds 全会 only by accident: look again one character on.
      pattern.lastIndex = start + 1;
      continue;
    }
    words.push({ start, end, kind: match[0] });
  }
  return words;
}

/** How the text says the meeting took place. */
type Relation = 'convened' | 'attended' | 'speech' | 'modifier';

interface Announcement {
  /** Each meeting of the name, joint ones after the first. */
  parts: NamePart[];
  /** Where the convening verb before the name starts (……召开), or -1 when the verb follows the name. */
  verbStart: number;
  /** The end of the verb after the name (……会议召开), or the name's end. */
  after: number;
  relation: Relation;
  paragraph: Span;
  /** Where the piece before the name starts: the convener of 区委常委会召开第一百零二次会议 stands between. */
  subjectStart: number;
}

// 决定召开, 将于……举行: the meeting is to come.
function notYet(text: string, pieceStart: number, verbAt: number): boolean {
  return NOT_YET.test(text.slice(pieceStart, verbAt));
}

function pieceEnd(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && !/[，,。；;！？!?\n]/.test(text[i]!)) i++;
  return i;
}

function pieceStartBefore(text: string, at: number, limit: number): number {
  let i = at;
  while (i > limit && !/[，,。；;！？!?\n]/.test(text[i - 1]!)) i--;
  return i;
}

/** Every announcement of a meeting in `paragraph`, in reading order. */
function announcementsIn(text: string, paragraph: Span, skip: readonly Span[], meetingCues: readonly Span[]): Announcement[] {
  const [paragraphStart, paragraphEnd] = paragraph;
  const words = kindWords(text, paragraphStart, paragraphEnd);
  const found: Announcement[] = [];
  for (let w = 0; w < words.length; w++) {
    const first = words[w]!;
    if (inside(skip, first.start)) continue;
    // 世界经济论坛2024年年会, ……常委会第129次委员长会议: a kind word inside a longer name is no name's end.
    const next = words[w + 1];
    if (next && text[first.end] !== '暨' && nameStart(text, next.start, paragraphStart) <= first.start) continue;
    const parts: NamePart[] = [{ start: nameStart(text, first.start, paragraphStart), end: first.end, kind: first.kind }];
    // ……第102次会议暨……第14次联席会议: each side of 暨 that ends in a kind is a meeting of its own.
    while (text[parts.at(-1)!.end] === '暨' && w + 1 < words.length) {
      const joinAt = parts.at(-1)!.end + 1;
      const joined = words[w + 1]!;
      if (joined.start - joinAt > MAX_NAME || nameStart(text, joined.start, joinAt) !== joinAt) break;
      parts.push({ start: joinAt, end: joined.end, kind: joined.kind });
      w++;
    }
    const last = parts.at(-1)!;
    const nameAt = parts[0]!.start;
    // 多场交流会议, 本次会议: a count or a reference, not the name of a meeting.
    if (NOT_A_NAME.test(text.slice(nameAt, last.end))) continue;
    const pieceStart = pieceStartBefore(text, nameAt, paragraphStart);
    const ceremony = CEREMONY_AFTER.exec(text.slice(last.end, last.end + 4));
    const afterName = last.end + (ceremony ? ceremony[0].length : 0);
    // 出席……论坛午餐会, 参加……会议宣传报道: the name goes on into something else.
    const ends = NAME_END.test(text.slice(afterName, afterName + 3)) || MEETING_ACTS.test(text.slice(afterName, afterName + 8));
    // 在……出席……峰会之际, ……会议期间: the meeting only dates something else.
    if (DURING.test(text.slice(afterName, pieceEnd(text, afterName, paragraphEnd)))) continue;
    // 组织召开 “……”动员会: a space may stand between the verb and the name.
    const beforeStart = Math.max(paragraphStart, nameAt - 7);
    const verb = CONVENE_BEFORE.exec(text.slice(beforeStart, nameAt).trimEnd());
    if (verb && ends) {
      const verbStart = beforeStart + verb.index;
      if (notYet(text, pieceStart, verbStart)) continue;
      // 主持会议, 出席会议: a bare kind after such a verb refers to a meeting named before.
      if (text.slice(nameAt, last.end) === first.kind && !/召开|举行|举办/.test(verb[0])) continue;
      // 会见出席……大会的外方嘉宾: those who attend are the ones met, not the subject.
      if (/(?:会见|看望|接见|慰问|宴请|欢迎)[^，。；]{0,8}$/.test(text.slice(pieceStart, verbStart))) continue;
      // 出席在万象举行的……领导人会议: attended, whatever stands between.
      const attendedHeld = /(?:出席|参加|列席)[^，。；]{0,20}$/.test(text.slice(pieceStart, verbStart));
      const modifier = verb[0].endsWith('的') && !attendedHeld;
      // 3月6日召开的全县安全生产工作会议强调, 日前召开的……主席会议，审议通过了……: a meeting named as it speaks or acts.
      if (
        modifier &&
        !MEETING_ACTS.test(text.slice(afterName, afterName + 8)) &&
        !inside(meetingCues, afterName) &&
        !meetingCues.some(([start]) => start === nameAt)
      )
        continue;
      const attended = attendedHeld || /出席|参加|列席/.test(verb[0]);
      found.push({
        parts,
        verbStart,
        after: last.end,
        relation: modifier ? 'modifier' : attended ? 'attended' : 'convened',
        paragraph,
        subjectStart: pieceStart,
      });
      continue;
    }
    // A verb whose name goes on (出席……论坛午餐会) announces nothing.
    if (verb) continue;
    const preposition = text[nameAt - 1];
    if (
      (preposition === '在' && SPEECH_AT.test(text.slice(afterName, afterName + 6))) ||
      (preposition === '向' && SPEECH_TO.test(text.slice(last.end, last.end + 8)))
    ) {
      if (notYet(text, pieceStart, nameAt)) continue;
      found.push({ parts, verbStart: nameAt - 1, after: last.end, relation: 'speech', paragraph, subjectStart: pieceStart });
      continue;
    }
    const follows = CONVENE_AFTER.exec(text.slice(afterName, Math.min(paragraphEnd, afterName + 48)));
    if (!follows || notYet(text, pieceStart, afterName + follows[0].length - 2)) continue;
    // 区委常委会召开第一百零二次会议: a body named like a kind convenes the meeting named next.
    const following = words[w + 1];
    if (following && nameStart(text, following.start, paragraphStart) === afterName + follows[0].length) continue;
    found.push({ parts, verbStart: -1, after: afterName + follows[0].length, relation: 'convened', paragraph, subjectStart: pieceStart });
  }
  return found;
}

/** A written session number of a name's prefix: 第102次, 2023年第5次, 十四届……二次 (no 第 after a term). */
function sessionOf(name: string, end: number, kind: string): { session: number; sessionYear: number | null; at: number; length: number } | null {
  let found: { session: number; sessionYear: number | null; at: number; length: number } | null = null;
  // 第七届峰会 counts an event; 第二十届中央委员会 is the term of an organ.
  for (const pattern of TOPICAL_KINDS.has(kind) ? [SESSION, EDITION] : [SESSION]) {
    for (const match of name.slice(0, end).matchAll(pattern)) {
      const session = parseChineseNumber(match.groups!['count']!);
      const year = match.groups!['year'];
      if (session !== null) found = { session, sessionYear: year ? parseChineseNumber(year) : null, at: match.index, length: match[0].length };
    }
    if (found) return found;
  }
  const inTerm = SESSION_IN_TERM.exec(name.slice(0, end));
  const session = inTerm ? parseChineseNumber(inTerm[1]!) : null;
  return inTerm && session !== null ? { session, sessionYear: null, at: inTerm.index, length: inTerm[0].length } : null;
}

/** Whether `body` names an organ, not a piece of the sentence around the meeting. */
export function isOrgan(body: string): boolean {
  return body.length >= 2 && !NOT_A_BODY.test(body) && (BODY_END.test(body) || KNOWN_BODIES.has(body));
}

/** A body without the term designations around it: 二十届中共中央政治局 → 中共中央政治局, 全国政协十四届 → 全国政协. */
function withoutTerm(body: string): { body: string; offset: number } {
  const term = TERM_PREFIX.exec(body);
  const offset = term ? term[0].length : 0;
  return { body: body.slice(offset).replace(TERM_SUFFIX, ''), offset };
}

/** Body, kind and session of one name, before the body is looked for elsewhere. */
function readName(text: string, part: NamePart): MeetingRef {
  const name = text.slice(part.start, part.end);
  const kindAt = name.length - part.kind.length;
  const written = sessionOf(name, kindAt, part.kind);
  let prefixEnd = written ? written.at : kindAt;
  // 全体（扩大）会议: the qualifier is no part of the body, and 全体 belongs to the kind.
  let kind = part.kind;
  let kindWritten = true;
  const qualifier = written ? null : KIND_QUALIFIER.exec(name.slice(0, prefixEnd));
  if (qualifier) {
    prefixEnd = qualifier.index;
    const stem = KIND_STEM.exec(name.slice(0, prefixEnd));
    if (stem) {
      kind = stem[0] + kind;
      kindWritten = false;
      prefixEnd = stem.index;
    }
  }
  // 二十届三中全会: the third plenary session of a Central Committee.
  let session = written?.session ?? null;
  let sessionSpan: Span | null = written ? [part.start + written.at, part.start + written.at + written.length] : null;
  const plenum = kind === '全会' && !written ? PLENUM_OF_TERM.exec(name.slice(0, prefixEnd)) : null;
  if (plenum) {
    session = parseChineseNumber(plenum[1]!);
    sessionSpan = [part.start + plenum.index, part.start + plenum.index + plenum[0].length];
    prefixEnd = plenum.index;
  }
  const { body: prefix, offset } = withoutTerm(name.slice(0, prefixEnd));
  // 乌镇峰会: before a topical kind, a place is where, not who.
  const organ = isOrgan(prefix) && !(TOPICAL_KINDS.has(kind) && PLACE_END.test(prefix));
  const body = organ ? prefix : null;
  return {
    name,
    body,
    kind,
    session,
    sessionYear: written?.sessionYear ?? null,
    span: [part.start, part.end],
    spans: {
      ...(body ? { body: [part.start + offset, part.start + offset + body.length] as Span } : {}),
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
  const { body, offset } = withoutTerm(subject);
  const bodyStart = start + offset;
  if (isOrgan(body)) return personsBefore(text, bodyStart, bodyStart + body.length).length > 0 ? null : { body, span: [bodyStart, bodyStart + body.length] };
  // 全国政协十四届二次会议举行第二次全体会议: the session convenes, its body meets.
  const asMeeting = kindWords(text, start, start + subject.length).at(-1);
  if (!asMeeting || asMeeting.end !== start + subject.length) return null;
  const session = readName(text, { start, end: asMeeting.end, kind: asMeeting.kind });
  return session.body && session.spans.body ? { body: session.body, span: session.spans.body } : null;
}

/** `spans` with the body's span set, first, where the schema puts it (output is serialised in the schema's order). */
function spansWithBody(spans: MeetingRef['spans'], body: Span): MeetingRef['spans'] {
  const { body: _replaced, ...rest } = spans;
  return { body, ...rest };
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
 * A name that leaves out its body says it: 中共中央政治局召开会议 →
 * 中共中央政治局会议; ……领导小组 + 领导小组会议 → ……领导小组会议.
 */
export function nameWithBody(name: string, body: string | null): string {
  if (!body || name.includes(body)) return name;
  let overlap = Math.min(body.length, name.length);
  while (overlap > 0 && !name.startsWith(body.slice(body.length - overlap))) overlap--;
  return body + name.slice(overlap);
}

function namedWithBody(meeting: MeetingRef): MeetingRef {
  return { ...meeting, name: nameWithBody(meeting.name, meeting.body) };
}

/** A meeting's name as written; one that puts its body before the written name (中共中央政治局 + 會議) quotes both. */
function quotedName(meeting: MeetingRef, text: string, written: string): string {
  const read = text.slice(...meeting.span);
  if (meeting.name === read) return written.slice(...meeting.span);
  const body = meeting.spans.body;
  if (body && meeting.name === nameWithBody(read, text.slice(...body))) return nameWithBody(written.slice(...meeting.span), written.slice(...body));
  return meeting.name;
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

/** The meeting's date: next to its name in the announcing sentence, else earlier in its paragraph. */
function meetingDate(text: string, announcement: Announcement, reference: DateReference | null): FoundDate | null {
  const nameAt = announcement.verbStart >= 0 ? announcement.verbStart : announcement.parts[0]!.start;
  const [sentenceStart, sentenceEnd] = sentenceAround(text, nameAt, announcement.after);
  const inSentence = datesIn(text, sentenceStart, sentenceEnd, reference);
  const before = inSentence.filter((date) => date.span[0] < nameAt);
  if (before.length > 0) return before.at(-1)!;
  const after = inSentence.find((date) => date.span[0] >= announcement.parts.at(-1)!.end);
  if (after) return after;
  return datesIn(text, announcement.paragraph[0], sentenceStart, reference).at(-1) ?? null;
}

/** The sentence that announces `meeting`, where its agenda may be listed with no subject. */
export function leadSentence(text: string, meeting: Meeting): Span {
  return sentenceAround(text, meeting.span[0], meeting.span[1]);
}

function calendarOf(date: string | null | undefined): CalendarDate | null {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/** Days from the document's date to the meeting's, when both are known to the day. */
function daysAfterDocument(found: FoundDate | null, documentDate: DocumentDate | null): number | null {
  const held = calendarOf(found?.date);
  const published = documentDate?.precision === 'day' ? calendarOf(documentDate.date) : null;
  return held && published ? daysBetween(published, held) : null;
}

/** Whether two kinds name the same kind of meeting: equal or a plenum (全会, 全体会议); unless `exactly`, one ending the other (全体会议, 会议) too. */
function sameKind(a: string, b: string, exactly = false): boolean {
  const plenum = (kind: string): string => (kind === '全会' ? '全体会议' : kind);
  return plenum(a) === plenum(b) || (!exactly && (a.endsWith(b) || b.endsWith(a)));
}

/**
 * The body's announcement of the meeting a headline names: the first that
 * shares its body or name (十四届全国人大常委会第八次会议…举行第一次全体会议
 * counts its convener), else (unless `namedOnly`) the first of the same kind,
 * else the first that is more than a bare kind word.
 */
function headlineInBody(headline: Announcement, title: string, found: readonly Announcement[], text: string, namedOnly = false): Announcement | null {
  const named = readName(title, headline.parts[0]!);
  const overlaps = (a: string | null, b: string | null): boolean => Boolean(a && b && (a.includes(b) || b.includes(a)));
  const read = found.map((announcement) => ({
    announcement,
    ref: readName(text, announcement.parts[0]!),
    subject: text.slice(announcement.subjectStart, announcement.parts[0]!.start),
  }));
  // A bare kind (会议, 学习会议) shares a name with any meeting of that kind: it says nothing.
  const nameOf = (ref: MeetingRef): string | null => (ref.name === ref.kind ? null : ref.name);
  const shared = read.find(
    ({ ref }) => sameKind(named.kind ?? '', ref.kind ?? '', true) && (overlaps(named.body, ref.body) || overlaps(nameOf(named), nameOf(ref))),
  );
  const convener = read.find(({ subject }) => subject.includes(named.name));
  const kind = read.find(({ ref }) => sameKind(named.kind ?? '', ref.kind ?? ''));
  const more = read.find(({ ref }) => nameOf(ref) !== null);
  return (convener ?? shared ?? (namedOnly ? undefined : (kind ?? more)))?.announcement ?? null;
}

/** The meeting a headline announces, or the one whose communiqué it is (……第三次全体会议公报). */
function headlineAnnouncement(title: string): Announcement | null {
  const whole: Span = [0, title.length];
  const announced = announcementsIn(title, whole, [], []).find((found) => found.relation !== 'modifier');
  if (announced) return announced;
  const communique = /公报$/.exec(title);
  const kind = communique ? kindWords(title, 0, communique.index).at(-1) : undefined;
  if (!kind || kind.end !== communique!.index) return null;
  return {
    parts: [{ start: nameStart(title, kind.start, 0), end: kind.end, kind: kind.kind }],
    verbStart: -1,
    after: kind.end,
    relation: 'convened',
    paragraph: whole,
    subjectStart: 0,
  };
}

/** The announcement the report is about, or null when it is about no meeting. */
function reportedAnnouncement(input: MeetingInput, reference: DateReference | null): Announcement | null {
  const { plainText: text, paragraphs, skip, title, meetingCues, documentDate } = input;
  if (title && REPORT_GENRES.test(title)) return null;
  const headline = title ? headlineAnnouncement(title) : null;
  if (title && !headline && REPORT_GENRES_UNLESS_NAMED.test(title)) return null;
  const letter = title ? LETTER.exec(title) : null;
  // 王沪宁致信祝贺……年会召开 is about the letter; ……年会召开 王沪宁致信祝贺 about the meeting.
  if (letter && (!headline || letter.index < headline.parts.at(-1)!.end)) return null;
  const body = paragraphs.filter(([start]) => !inside(skip, start));
  const notAhead = (found: Announcement): boolean => (daysAfterDocument(meetingDate(text, found, reference), documentDate) ?? 0) <= MAX_AHEAD_DAYS;
  if (headline) {
    // The headline's meeting, announced after it in prose (a headline of several lines may stand in the body too).
    const prose = body.filter(([start, end]) => PROSE.test(text.slice(start, end)));
    const named = prose
      .slice(0, NAMED_PARAGRAPHS)
      .flatMap((paragraph) => announcementsIn(text, paragraph, skip, meetingCues))
      .filter(notAhead);
    const opening = headlineInBody(headline, title!, named, text);
    if (opening) return opening;
    // A headline may name a second event that the body comes to late (……作出重要指示 李强出席……会议并讲话).
    const later = prose
      .slice(NAMED_PARAGRAPHS)
      .flatMap((paragraph) => announcementsIn(text, paragraph, skip, meetingCues))
      .filter(notAhead);
    return headlineInBody(headline, title!, later, text, true);
  }
  const prose = body.filter(([start, end]) => PROSE.test(text.slice(start, end)));
  const lead = prose[0];
  if (!lead) return null;
  // Under a headline that names no meeting, a meeting held long before is looked back on, not reported.
  const recent = (found: Announcement): boolean => {
    const days = daysAfterDocument(meetingDate(text, found, reference), documentDate);
    return days === null || (days <= MAX_AHEAD_DAYS && (title === null || days >= -MAX_REPORT_LAG_DAYS));
  };
  // A commentary says so in its byline (文丨特约评论员 ……), above the lead.
  const byline = body.filter(([start]) => start < lead[0]).some(([start, end]) => REPORT_GENRES.test(text.slice(start, end)));
  if (byline) return null;
  const reaction = REACTION_LEAD.test(text.slice(lead[0], lead[1]));
  const [, leadSentenceEnd] = sentenceAround(text, lead[0], lead[0]);
  for (const paragraph of prose.slice(0, OPENING_PARAGRAPHS)) {
    const [, firstSentenceEnd] = sentenceAround(text, paragraph[0], paragraph[0]);
    for (const found of announcementsIn(text, paragraph, skip, meetingCues)) {
      if (!recent(found)) continue;
      const opening = found.parts[0]!.start < firstSentenceEnd;
      // Without a headline, the lead paragraph is the announcement (……检查工作。随后，……主持召开……例会).
      const inLead = paragraph === lead && (title === null || found.parts[0]!.start < leadSentenceEnd);
      const heard = meetingCues.some(([start]) => start > found.after);
      if ((inLead && !reaction) || (opening && heard && !reaction)) return found;
    }
  }
  return null;
}

/**
 * The meeting a report announces, read in `plainText`; names, dates, places and
 * people are quoted from `written` at the offsets they were read at, while body
 * and kind stay as read: they are the keys a corpus is grouped by, so that
 * 常務會議 and 常务会议 count as one.
 */
export function findMeeting(input: MeetingInput): Meeting | null {
  const { plainText: text, written = text, skip } = input;
  const reference = dateReference(input.documentDate, text);
  const announcement = reportedAnnouncement(input, reference);
  if (!announcement) return null;
  const paragraph = announcement.paragraph;
  const [main, ...joint] = announcement.parts.map((part) => readName(text, part));
  let meeting = main!;
  // Who convenes is the body (四川铁科……公司召开党委中心组学习会议), before what the name says.
  const convener =
    announcement.verbStart >= 0 && announcement.relation !== 'speech' && announcement.relation !== 'attended'
      ? organizer(text, announcement.verbStart, paragraph[0])
      : null;
  if (convener) meeting = { ...meeting, body: convener.body, spans: spansWithBody(meeting.spans, convener.span) };
  meeting = refineKind(meeting);
  const people = findPeople({ plainText: text, skip });
  const bodyType = meeting.kind ? BODY_TYPE_OF_KIND[meeting.kind] : undefined;
  if (bodyType && (meeting.body === null || meeting.body === bodyType)) {
    const fromChair = bodyFromChair(text, bodyType, people.chair);
    if (fromChair) meeting = { ...meeting, body: fromChair.body, spans: spansWithBody(meeting.spans, fromChair.span) };
  }
  meeting = namedWithBody(meeting);
  const date = meetingDate(text, announcement, reference);
  const regionStart = announcement.verbStart >= 0 ? sentenceAround(text, announcement.verbStart, announcement.verbStart)[0] : announcement.parts[0]!.start;
  const place = PLACE.exec(text.slice(regionStart, announcement.after));
  const placeStart = place ? regionStart + place.index + 1 : -1;
  const placeSpan: Span | null = place ? [placeStart, placeStart + place[1]!.length] : null;
  const quoted = (persons: readonly Person[]): Person[] => persons.map((person) => ({ ...person, name: written.slice(...person.span) }));
  return {
    ...meeting,
    name: quotedName(meeting, text, written),
    joint: joint.map((ref) => {
      const named = namedWithBody(refineKind(ref));
      return { ...named, name: quotedName(named, text, written) };
    }),
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    dateText: date ? written.slice(...date.span) : null,
    yearInferred: date?.yearInferred ?? false,
    yearSource: date?.yearSource ?? null,
    timeOfDay: date?.timeSpan ? written.slice(...date.timeSpan) : null,
    place: placeSpan ? written.slice(...placeSpan) : null,
    chair: quoted(people.chair),
    speakers: quoted(people.speakers),
    attendees: quoted(people.attendees),
    spans: {
      ...meeting.spans,
      ...(date ? { date: date.span } : {}),
      ...(date?.timeSpan ? { timeOfDay: date.timeSpan } : {}),
      ...(placeSpan ? { place: placeSpan } : {}),
    },
  };
}
