/**
 * plain text → clauses. A clause starts at a cue expression
 * (`[会上，][speaker][lead phrase][adverbs][cue verb][，：:]`) and runs to the
 * next cue expression or to where the statement ends and narrative resumes.
 * The grammar's words live in lexicon.ts; this module only applies them.
 */
import type { Cue, Span, SpeakerKind } from '../schema.js';
import {
  ADVERBS,
  ATTENDANCE,
  CREDIT_LINE,
  CUE_PATTERN,
  CUE_PUNCTUATION,
  CUE_VERBS,
  DIRECT_OBJECT_CUES,
  LAST_TITLE,
  LEAD_PHRASE,
  MEETING_LEAD,
  MEETING_NARRATIVE,
  MEETING_SPEAKER,
  NEWS_ITEM_START,
  NOT_NAMES,
  OFFICIAL_SPEAKER,
  PROCEDURE_VERBS,
  PRONOUNS,
  REPORTED_USE,
  SURNAMES,
  TEXT_SPEAKER,
  TITLED_NAME,
  TRAILING_CREDIT,
} from './lexicon.js';

export interface FoundClause {
  speaker: string;
  speakerKind: SpeakerKind;
  cue: Cue;
  cuePhrase: string;
  cueSpan: Span;
  span: Span;
}

interface Speaker {
  speaker: string;
  kind: SpeakerKind;
}

interface CueExpression extends Speaker {
  cue: Cue;
  /** Where the cue phrase starts (the speaker, or the verb when the speaker is carried over). */
  phraseStart: number;
  verbStart: number;
  bodyStart: number;
  /** The earliest the previous clause must end: the start of this cue's sentence or phrase. */
  sentenceStart: number;
  /** Cue inside the sentence that announces the meeting: its clause ends at the next ； or procedure verb. */
  inLeadSentence: boolean;
}

const CUE_SET: ReadonlySet<string> = new Set(CUE_VERBS);
const SENTENCE_END = /[。！？!?；;\n]/;
const PIECE_SEPARATOR = /[，,：:]/;
const HAN = /^[\u3400-\u9fff]+$/;
const ADVERB_SUFFIX = new RegExp(`(?:${[...ADVERBS].sort((a, b) => b.length - a.length).join('|')})$`);
const LEADING_SETTING = /^(?:会上|会议上|在会上|同时|此外|另外|最后|随后|会前|会后|期间|其间)/;
// Pieces before the subject that only set the scene: a date, a place, a news source.
const SETTING_PIECE = /^(?:\d{1,4}年|\d{1,2}月|[一二三四五六七八九十]{1,3}月|今年|近日|日前|当天|当日|同日|今天|昨天|上午|下午|晚上|会上|会前|会后|随后|此前|期间|其间|央视网消息|新华社|本报讯|据.{1,12}(?:报道|消息))|(?:中|时|上|后|期间|之际)$/;
const DIRECT_OBJECT_STOP = /^[的了和与及等、。，,；;：:！？）)》”’\s]|^$/;

/** Sentence start at or before `position`: just after the last 。！？；or line break. */
function sentenceStartBefore(text: string, position: number): number {
  for (let i = position - 1; i >= 0; i--) if (SENTENCE_END.test(text[i]!)) return i + 1;
  return 0;
}

function skipSpaces(text: string, position: number): number {
  let i = position;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Removes trailing adverbs and lead phrases, in any order (还在讲话中强调, 在讲话中还强调). */
function stripModifiers(phrase: string): string {
  let current = phrase;
  for (;;) {
    const next = current.replace(ADVERB_SUFFIX, '').replace(LEAD_PHRASE, '');
    if (next === current) return current;
    current = next;
  }
}

export class NameBook {
  private readonly names = new Set<string>();

  constructor(text: string) {
    for (const match of text.matchAll(TITLED_NAME)) {
      const name = match[1]!;
      if (!NOT_NAMES.has(name)) this.names.add(name);
    }
  }

  add(name: string): void {
    this.names.add(name);
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  /** The person named last before `position`, for 他/她. */
  lastBefore(text: string, position: number): string | null {
    let best: string | null = null;
    let bestAt = -1;
    for (const name of this.names) {
      const at = text.lastIndexOf(name, position - 1);
      if (at > bestAt) {
        bestAt = at;
        best = name;
      }
    }
    return best;
  }

  /** A known or titled person at the very start of `piece`. */
  personAtStart(piece: string): string | null {
    for (const name of this.names) {
      const at = piece.indexOf(name);
      if (at < 0 || at > 30) continue;
      if (at === 0) return name;
      const before = piece.slice(0, at);
      if (LAST_TITLE.test(before) && new RegExp(`(?:${LAST_TITLE.source})$`).test(before) && !/[，。；]/.test(before)) return name;
    }
    return null;
  }
}

function looksLikeName(candidate: string, names: NameBook): boolean {
  if (!HAN.test(candidate) || candidate.length < 2 || candidate.length > 4) return false;
  if (NOT_NAMES.has(candidate)) return false;
  return names.has(candidate) || (candidate.length <= 3 && SURNAMES.has(candidate[0]!));
}

/** Who a speaker phrase names, or null when it names no one (then it was no cue). */
function parseSpeakerPhrase(phrase: string, text: string, position: number, names: NameBook): Speaker | null {
  let speakerText = phrase.replace(LEADING_SETTING, '');
  if (!speakerText && phrase) return { speaker: '会议', kind: 'meeting' };
  speakerText = speakerText.replace(/同志$/, '');
  if (!speakerText || REPORTED_USE.test(speakerText)) return null;
  if (MEETING_SPEAKER.test(speakerText)) return { speaker: '会议', kind: 'meeting' };
  if (PRONOUNS.test(speakerText)) {
    const person = names.lastBefore(text, position);
    return person ? { speaker: person, kind: 'person' } : null;
  }
  if (TEXT_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'text' };
  if (OFFICIAL_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'official' };
  const title = LAST_TITLE.exec(speakerText);
  if (title) {
    const name = speakerText.slice(title.index + title[0].length);
    if (name && HAN.test(name) && name.length >= 2 && name.length <= 4 && !NOT_NAMES.has(name)) {
      names.add(name);
      return { speaker: name, kind: 'person' };
    }
    return null;
  }
  if (looksLikeName(speakerText, names)) {
    names.add(speakerText);
    return { speaker: speakerText, kind: 'person' };
  }
  return null;
}

/**
 * A cue verb with no speaker before it, after a comma: its speaker is the
 * subject of the sentence (……召开……会议，要求…… → 会议; 戴源详细询问……，要求…… → 戴源).
 */
function sentenceSubject(pieces: string[], text: string, position: number, names: NameBook): (Speaker & { lead: boolean }) | null {
  const before = pieces.join('，');
  if (MEETING_LEAD.test(before)) return { speaker: '会议', kind: 'meeting', lead: true };
  for (const rawPiece of pieces) {
    const piece = rawPiece.trim();
    if (!piece) continue;
    if (/^(?:会上|会议上)$/.test(piece)) return { speaker: '会议', kind: 'meeting', lead: false };
    if (SETTING_PIECE.test(piece) && piece.length <= 16) continue;
    if (/^会议/.test(piece)) return { speaker: '会议', kind: 'meeting', lead: PROCEDURE_VERBS.test(piece.slice(2)) };
    const pronoun = /^(?:他|她)/.test(piece) ? names.lastBefore(text, position) : null;
    const person = pronoun ?? names.personAtStart(piece);
    return person ? { speaker: person, kind: 'person', lead: false } : null;
  }
  return null;
}

/** Reads the cue expression around the cue verb at `verbStart`, or null when it is no cue. */
function readCue(
  text: string,
  verbStart: number,
  names: NameBook,
  previousSpeaker: Speaker | null,
  headline: Span | null,
): CueExpression | null {
  if (headline && verbStart >= headline[0] && verbStart < headline[1]) return null;
  const cue = text.slice(verbStart, verbStart + 2) as Cue;
  // Compounds take their first verb: 强调指出, 指出并强调.
  let verbEnd = verbStart + 2;
  for (;;) {
    const rest = text.slice(verbEnd, verbEnd + 3);
    if (CUE_SET.has(rest.slice(0, 2))) verbEnd += 2;
    else if (rest[0] === '并' && CUE_SET.has(rest.slice(1, 3))) verbEnd += 3;
    else break;
  }
  const after = text[verbEnd] ?? '';
  let bodyStart: number;
  if (CUE_PUNCTUATION.has(after)) bodyStart = skipSpaces(text, verbEnd + 1);
  else if (DIRECT_OBJECT_CUES.has(cue) && verbEnd === verbStart + 2 && !DIRECT_OBJECT_STOP.test(text.slice(verbEnd, verbEnd + 1)) && !text.startsWith('要', verbEnd)) {
    bodyStart = verbEnd;
  } else return null;
  if (bodyStart >= text.length || SENTENCE_END.test(text[bodyStart]!) && text[bodyStart] !== '\n') return null;

  const sentenceStart = sentenceStartBefore(text, verbStart);
  const pieces = text.slice(sentenceStart, verbStart).split(PIECE_SEPARATOR);
  const local = pieces.pop()!;
  const localStart = verbStart - local.length;
  const phrase = stripModifiers(local.trim());
  const direct = bodyStart === verbEnd;

  if (phrase) {
    const speaker = parseSpeakerPhrase(phrase, text, verbStart, names);
    if (!speaker) return null;
    const phraseStart = localStart + (local.length - local.trimStart().length);
    return { ...speaker, cue, phraseStart, verbStart, bodyStart, sentenceStart, inLeadSentence: false };
  }
  // Nothing but adverbs before the verb: 强调要…… with no punctuation is no cue.
  if (direct && pieces.length === 0) {
    if (!DIRECT_OBJECT_CUES.has(cue)) return null;
  }
  if (pieces.length === 0 || pieces.every((piece) => !piece.trim())) {
    // Opening a sentence that carries the meeting (or the last speaker) on: ……的汇报。强调，……
    const carried = previousSpeaker ?? { speaker: '会议', kind: 'meeting' as const };
    return { ...carried, cue, phraseStart: localStart, verbStart, bodyStart, sentenceStart, inLeadSentence: false };
  }
  const subject = sentenceSubject(pieces, text, verbStart, names);
  if (!subject) return null;
  return {
    speaker: subject.speaker,
    kind: subject.kind,
    cue,
    phraseStart: localStart,
    verbStart,
    bodyStart,
    sentenceStart,
    inLeadSentence: subject.lead,
  };
}

/** Sentences of `text` in [start, end): each ends after 。！？ (and closing quotes) or at a line break. */
function* sentences(text: string, start: number, end: number): Generator<Span> {
  let cursor = start;
  while (cursor < end) {
    let stop = cursor;
    while (stop < end && !/[。！？!?\n]/.test(text[stop]!)) stop++;
    if (stop < end && text[stop] !== '\n') {
      stop++;
      while (stop < end && /[”’」』）)]/.test(text[stop]!)) stop++;
    }
    if (stop > cursor) yield [cursor, stop];
    cursor = stop < end && text[stop] === '\n' ? stop + 1 : stop;
  }
}

/** True when a sentence after the first carries the statement on; false where narrative resumes. */
function continuesStatement(sentence: string, names: NameBook): boolean {
  const s = sentence.trim();
  if (!s) return true;
  if (CREDIT_LINE.test(s) || TRAILING_CREDIT.test(s) && s.replace(TRAILING_CREDIT, '') === '') return false;
  if (NEWS_ITEM_START.test(s) || MEETING_NARRATIVE.test(s) || PROCEDURE_VERBS.test(s)) return false;
  if (ATTENDANCE.test(s)) return false;
  if (/^(?:他|她)(?![们])/.test(s)) return false;
  if (names.personAtStart(s)) return false;
  return true;
}

function trimClauseEnd(text: string, start: number, end: number): number {
  let e = end;
  let body = text.slice(start, e);
  const credit = TRAILING_CREDIT.exec(body);
  if (credit) e = start + credit.index;
  body = text.slice(start, e);
  const trimmed = body.replace(/[\s，,、：:]+$/, '');
  return start + trimmed.length;
}

/** Where the clause that starts at `cue` ends, given where the next cue phrase starts. */
function clauseEnd(text: string, cue: CueExpression, limit: number, names: NameBook): number {
  if (cue.inLeadSentence) {
    const region = text.slice(cue.bodyStart, limit);
    const procedure = /[；;。！？\n]|[，,](?=(?:听取|审议|研究|部署|传达|学习|通过|决定|讨论))/.exec(region);
    const stop = procedure ? cue.bodyStart + procedure.index + (/[；;。！？]/.test(procedure[0]) ? 1 : 0) : limit;
    return trimClauseEnd(text, cue.bodyStart, stop);
  }
  let end = cue.bodyStart;
  let first = true;
  for (const [start, stop] of sentences(text, cue.bodyStart, limit)) {
    if (!first && !continuesStatement(text.slice(start, stop), names)) break;
    first = false;
    end = stop;
  }
  return trimClauseEnd(text, cue.bodyStart, end);
}

export interface FindClausesInput {
  plainText: string;
  /** Span of a headline inside plainText, whose cue words are not clauses. */
  headline?: Span | null;
}

export function findClauses({ plainText: text, headline = null }: FindClausesInput): FoundClause[] {
  const names = new NameBook(text);
  const cues: CueExpression[] = [];
  let previous: Speaker | null = null;
  let consumedTo = 0;
  for (const match of text.matchAll(CUE_PATTERN)) {
    const verbStart = match.index;
    if (verbStart < consumedTo) continue;
    const cue = readCue(text, verbStart, names, previous, headline);
    if (!cue) continue;
    cues.push(cue);
    previous = { speaker: cue.speaker, kind: cue.kind };
    consumedTo = cue.bodyStart;
  }
  const clauses: FoundClause[] = [];
  cues.forEach((cue, i) => {
    const next = cues[i + 1];
    // The next cue's whole sentence belongs to it, unless this clause started inside that sentence.
    const limit = next ? (next.sentenceStart > cue.bodyStart ? next.sentenceStart : next.phraseStart) : text.length;
    const end = clauseEnd(text, cue, Math.max(limit, cue.bodyStart), names);
    if (end <= cue.bodyStart) return;
    const cuePhraseEnd = text.slice(cue.verbStart, cue.bodyStart).replace(/[\s，,：:]+$/, '').length + cue.verbStart;
    clauses.push({
      speaker: cue.speaker,
      speakerKind: cue.kind,
      cue: cue.cue,
      cuePhrase: text.slice(cue.phraseStart, cuePhraseEnd),
      cueSpan: [cue.phraseStart, cuePhraseEnd],
      span: [cue.bodyStart, end],
    });
  });
  return clauses;
}
