/**
 * plain text → clauses. A clause starts at a cue expression
 * (`[会上，][speaker][lead phrase][adverbs][cue verb][，：:]`) and runs to the
 * next cue expression or to where the statement ends and narrative resumes.
 * The grammar's words live in lexicon.ts; this module only applies them.
 */
import type { Cue, Span, SpeakerKind } from '../schema.js';
import { modalityOf } from './modality.js';
import {
  ADVERBS,
  ATTENDANCE,
  CREDIT_LINE,
  CUE_PATTERN,
  CUE_PUNCTUATION,
  CUE_VERBS,
  ANOTHER_VOICE,
  DIRECT_OBJECT_CUES,
  DIRECTIVE_VERB_START,
  ENUMERATION_START,
  LAST_TITLE,
  LEAD_PHRASE,
  MEETING_LEAD,
  MEETING_NARRATIVE,
  MEETING_SPEAKER,
  NEWS_ITEM_START,
  NOT_NAMES,
  OFFICIAL_SPEAKER,
  ORGANISATION_END,
  PROCEDURE_VERBS,
  PRONOUNS,
  REPORTED_USE,
  SURNAMES,
  TEXT_SPEAKER,
  TITLED_NAME,
  AFTER_TITLE,
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
const TITLE_AT_END = new RegExp(`(?:${LAST_TITLE.source})$`);
const ADVERB_SUFFIX = new RegExp(`(?:${[...ADVERBS].sort((a, b) => b.length - a.length).join('|')})$`);
const LEADING_SETTING = /^(?:会上|会议上|在会上|同时|此外|另外|最后|随后|会前|会后|期间|其间)/;
// Pieces before the subject that only set the scene: a date, a place, a news source.
const SETTING_PIECE = /^(?:\d{1,4}年|\d{1,2}月|[一二三四五六七八九十]{1,3}月|今年|近日|日前|当天|当日|同日|今天|昨天|上午|下午|晚上|会上|会前|会后|随后|此前|期间|其间|央视网消息|新华社|本报讯|据.{1,12}(?:报道|消息))|(?:中|时|上|后|期间|之际)$/;
// How far back a meeting announcement still sets the scene for a speakerless cue.
const MEETING_CONTEXT = 400;
const DIRECT_OBJECT_STOP = /^[的了和与及等、。，,；;：:！？）)》”’\s]|^$/;

// A speaker phrase and the subject of its sentence lie well within this many
// characters of the cue verb; looking no further keeps a text without
// sentence ends (or with 100,000 cue words) linear.
const MAX_LOOKBACK = 300;

/** Sentence start at or before `position`: just after the last 。！？；or line break. */
function sentenceStartBefore(text: string, position: number): number {
  const floor = Math.max(0, position - MAX_LOOKBACK);
  for (let i = position - 1; i >= floor; i--) if (SENTENCE_END.test(text[i]!)) return i + 1;
  return floor;
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

/** Part-of-speech tagging, from the segmenter: it knows which words are common words. */
export type Tagger = (text: string) => readonly { word: string; tag: string }[];

// Tags jieba gives names: nr/nrfg/nrt for known ones, x for a word it does not know.
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

/**
 * A name right after a title: anything but a single common word (近日, 党中央,
 * 决策), and a split name must start with its surname (王|立新, not 的|重要).
 */
function readsAsTitledName(word: string, tag: Tagger): boolean {
  const parts = tag(word);
  if (parts.length === 1) return NAME_TAGS.has(parts[0]!.tag);
  return parts[0]!.word.length === 1 && SURNAMES.has(parts[0]!.word);
}

/** A person's name: a surname, and no common word among its parts (周密 and 重要 are words; 丁|薛祥 is a name). */
function readsAsName(word: string, tag: Tagger): boolean {
  if (!SURNAMES.has(word[0]!)) return false;
  const parts = tag(word);
  return parts.some((part) => NAME_TAGS.has(part.tag)) && parts.every((part) => part.word.length === 1 || NAME_TAGS.has(part.tag));
}

function isPlausibleName(name: string): boolean {
  return HAN.test(name) && name.length >= 2 && name.length <= 4 && !NOT_NAMES.has(name) && !ORGANISATION_END.test(name);
}

/** The people a document names: found after titles (市长曹路宝), and as speakers. */
export class NameBook {
  // Each name with its rank in the order names were met (a tie between two names goes to the earlier).
  private names: Map<string, number> | null = null;
  private readonly extra = new Set<string>();
  // The lengths names come in: a name is looked up where it starts, not searched for.
  private readonly lengths = new Set<number>();
  // The last answer of lastBefore, so that the next question scans only the text in between.
  private lastFound: { text: string; top: number; at: number; name: string | null; known: number } | null = null;

  constructor(
    private readonly text: string,
    private readonly tag: Tagger,
  ) {}

  isName(word: string): boolean {
    return readsAsName(word, this.tag);
  }

  isTitledName(word: string): boolean {
    return isPlausibleName(word) && readsAsTitledName(word, this.tag);
  }

  /** The name `text` opens with (text after a title: 刘芳第一时间率…… → 刘芳), or null. */
  private leadingName(text: string): string | null {
    const [first] = this.tag(text);
    return first && isPlausibleName(first.word) && this.isName(first.word) ? first.word : null;
  }

  private all(): Map<string, number> {
    if (!this.names) {
      const names = new Map<string, number>();
      this.names = names;
      for (const name of this.extra) this.enter(names, name);
      // A title followed by a clear next step (市长曹路宝分别……) names a person outright;
      // otherwise the segmenter reads the name off the text after the title (市长刘芳第一时间……).
      for (const match of this.text.matchAll(TITLED_NAME)) {
        if (this.isTitledName(match[1]!)) this.enter(names, match[1]!);
      }
      for (const match of this.text.matchAll(AFTER_TITLE)) {
        const start = match.index + match[0].length;
        const name = this.leadingName(this.text.slice(start, start + 8));
        if (name) this.enter(names, name);
      }
    }
    return this.names;
  }

  private enter(names: Map<string, number>, name: string): void {
    if (names.has(name)) return;
    names.set(name, names.size);
    this.lengths.add(name.length);
  }

  add(name: string): void {
    this.extra.add(name);
    if (this.names) this.enter(this.names, name);
  }

  has(name: string): boolean {
    return this.all().has(name);
  }

  /** The earliest met name of rank `fromRank` or later that starts at `at` of `text`. */
  private nameAt(text: string, at: number, fromRank = 0): string | null {
    const names = this.all();
    let best: string | null = null;
    let bestRank = Infinity;
    for (const length of this.lengths) {
      const word = text.slice(at, at + length);
      const rank = names.get(word);
      if (rank !== undefined && rank >= fromRank && rank < bestRank) {
        best = word;
        bestRank = rank;
      }
    }
    return best;
  }

  /** The last start in [floor, top] of a name of rank `fromRank` or later. */
  private lastStart(text: string, top: number, floor: number, fromRank = 0): { at: number; name: string } | null {
    for (let at = top; at >= floor; at--) {
      const name = this.nameAt(text, at, fromRank);
      if (name) return { at, name };
    }
    return null;
  }

  /**
   * The person named last before `position`, for 他/她. Asked in reading
   * order, each question reads only the text since the last one (and, for
   * names met since, the text since the last answer): searching every name
   * back to the start of the text was quadratic.
   */
  lastBefore(text: string, position: number): string | null {
    const known = this.all().size;
    const top = Math.max(0, position - 1);
    const last = this.lastFound;
    let found: { at: number; name: string | null } | null;
    if (last && last.text === text && top >= last.top) {
      found =
        this.lastStart(text, top, last.top + 1) ??
        (known > last.known ? this.lastStart(text, last.top, last.at + 1, last.known) : null) ??
        { at: last.at, name: last.name };
    } else {
      found = this.lastStart(text, top, 0) ?? { at: -1, name: null };
    }
    this.lastFound = { text, top, at: found.at, name: found.name, known };
    return found.name;
  }

  /** A known or titled person at the very start of `piece` (within its first 30 characters, after a title). */
  personAtStart(piece: string): string | null {
    const names = this.all();
    const seen = new Set<string>();
    let best: string | null = null;
    let bestRank = Infinity;
    // Each name counts where it first appears, as a search for it would find it.
    for (let at = 0; at <= 30 && at < piece.length; at++) {
      for (const length of this.lengths) {
        const name = piece.slice(at, at + length);
        const rank = names.get(name);
        if (rank === undefined || seen.has(name)) continue;
        seen.add(name);
        if (rank > bestRank) continue;
        const before = piece.slice(0, at);
        if (at === 0 || (TITLE_AT_END.test(before) && !/[，。；]/.test(before))) {
          best = name;
          bestRank = rank;
        }
      }
    }
    return best;
  }
}

function looksLikeName(candidate: string, names: NameBook): boolean {
  if (!isPlausibleName(candidate)) return false;
  return names.has(candidate) || (candidate.length <= 3 && SURNAMES.has(candidate[0]!) && names.isName(candidate));
}

interface SpeakerContext {
  text: string;
  position: number;
  names: NameBook;
  previous: Speaker | null;
}

/** 他/她: the person named last, else the last person who spoke. */
function resolvePronoun({ text, position, names, previous }: SpeakerContext): Speaker | null {
  const person = names.lastBefore(text, position) ?? (previous?.kind === 'person' ? previous.speaker : null);
  return person ? { speaker: person, kind: 'person' } : null;
}

// A meeting name does not carry a verb of its own (中央书记处要围绕……常委会 is no meeting speaking).
const NOT_A_MEETING_NAME = /要|围绕|按照|根据|落实|贯彻|学习|通过/;

/** Who a speaker phrase names, or null when it names no one (then it was no cue). */
function parseSpeakerPhrase(phrase: string, context: SpeakerContext): Speaker | null {
  const { names } = context;
  let speakerText = phrase.replace(LEADING_SETTING, '');
  if (!speakerText && phrase) return { speaker: '会议', kind: 'meeting' };
  speakerText = speakerText.replace(/同志$/, '');
  if (!speakerText || REPORTED_USE.test(speakerText)) return null;
  if (MEETING_SPEAKER.test(speakerText) && !NOT_A_MEETING_NAME.test(speakerText)) return { speaker: '会议', kind: 'meeting' };
  if (PRONOUNS.test(speakerText)) return resolvePronoun(context);
  if (TEXT_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'text' };
  if (OFFICIAL_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'official' };
  const title = LAST_TITLE.exec(speakerText);
  if (title) {
    // 区委书记、区长于军 → 于军; and the name-first order: 张锡勇副局长 → 张锡勇.
    const after = speakerText.slice(title.index + title[0].length);
    const before = speakerText.slice(0, title.index).replace(/[、，]$/, '');
    const name = after || (looksLikeName(before, names) ? before : '');
    if (names.isTitledName(name)) {
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
function sentenceSubject(pieces: string[], context: SpeakerContext): (Speaker & { lead: boolean }) | null {
  const before = pieces.join('，');
  if (MEETING_LEAD.test(before)) return { speaker: '会议', kind: 'meeting', lead: true };
  for (const rawPiece of pieces) {
    const piece = rawPiece.trim();
    if (!piece) continue;
    if (/^(?:会上|会议上)$/.test(piece)) return { speaker: '会议', kind: 'meeting', lead: false };
    if (SETTING_PIECE.test(piece) && piece.length <= 16) continue;
    if (/^会议/.test(piece)) {
      // 会议听取……汇报，要求…… opens the meeting's statement; 会议通过《条例》，……要求 reports the regulation.
      const procedure = piece.slice(2).replace(/^(?:还|并|也|同时)/, '');
      if (/^(?:通过|审议|审定|讨论|原则通过)/.test(procedure)) return null;
      return { speaker: '会议', kind: 'meeting', lead: PROCEDURE_VERBS.test(procedure) };
    }
    const speaker = /^(?:他|她)(?!们)/.test(piece) ? resolvePronoun(context) : null;
    const person = speaker?.speaker ?? context.names.personAtStart(piece);
    return person ? { speaker: person, kind: 'person', lead: false } : null;
  }
  return null;
}

/** Reads the cue expression around the cue verb at `verbStart`, or null when it is no cue. */
function readCue(
  text: string,
  verbStart: number,
  names: NameBook,
  previousCue: CueExpression | null,
  headlines: readonly Span[],
): CueExpression | null {
  const previousSpeaker: Speaker | null = previousCue ? { speaker: previousCue.speaker, kind: previousCue.kind } : null;
  if (headlines.some(([start, end]) => verbStart >= start && verbStart < end)) return null;
  const cue = text.slice(verbStart, verbStart + 2) as Cue;
  // 部署要求 is a noun (……常委会部署要求).
  if (cue === '部署' && text.startsWith('要求', verbStart + 2)) return null;
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
  const context: SpeakerContext = { text, position: verbStart, names, previous: previousSpeaker };
  const expression = (speaker: Speaker, phraseStart: number, inLeadSentence: boolean): CueExpression => ({
    ...speaker,
    cue,
    phraseStart,
    verbStart,
    bodyStart,
    sentenceStart,
    inLeadSentence,
  });

  if (phrase) {
    const speaker = parseSpeakerPhrase(phrase, context);
    // Only the meeting, or a person, 要求s its object directly; 《方案》要求…… reports a text.
    if (!speaker || (direct && speaker.kind !== 'meeting' && speaker.kind !== 'person')) return null;
    return expression(speaker, localStart + (local.length - local.trimStart().length), false);
  }
  if (pieces.length === 0 || pieces.every((piece) => !piece.trim())) {
    // A further item of the meeting's lead sentence after ；: ……，要求……；号召…….
    if (previousCue?.inLeadSentence && /[；;]/.test(text[verbStart - 1] ?? '')) return expression(previousCue, localStart, true);
    // Opening a sentence that carries the meeting (or the last speaker) on: ……的汇报。强调，……
    // Inside a person's statement, a bare 希望…… is still that statement.
    if (direct && previousSpeaker && previousSpeaker.kind !== 'meeting') return null;
    if (previousSpeaker) return expression(previousSpeaker, localStart, false);
    // With no speaker yet, only a meeting that was just announced, or just the subject of a
    // sentence, can carry on (……召开……会议，听取……的汇报。强调，…… / 会议听取了……。强调，……).
    const before = text.slice(Math.max(0, sentenceStart - MEETING_CONTEXT), sentenceStart);
    const announced = MEETING_LEAD.test(before) || /(?:^|[。！？\n])会议/.test(before);
    return announced ? expression({ speaker: '会议', kind: 'meeting' }, localStart, false) : null;
  }
  const subject = sentenceSubject(pieces, context);
  if (!subject) return null;
  return expression({ speaker: subject.speaker, kind: subject.kind }, localStart, subject.lead);
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

/**
 * True when a sentence after the first carries the statement on; false where
 * narrative resumes. A new paragraph carries it on only when the previous one
 * announced a list (：) or it opens with a numbered item or a directive head.
 */
function continuesStatement(text: string, [start, end]: Span, names: NameBook, inList: boolean): boolean {
  const s = text.slice(start, end).trim();
  if (!s) return true;
  if (start > 0 && text[start - 1] === '\n' && !inList) {
    const announced = /[：:；;]\s*$/.test(text.slice(Math.max(0, start - 3), start - 1));
    if (!announced && !ENUMERATION_START.test(s) && !DIRECTIVE_VERB_START.test(s) && !modalityOf(s)) return false;
  }
  if (ANOTHER_VOICE.test(s)) return false;
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
  // Once a clause has opened a numbered list (一是……), its items may run over several paragraphs.
  let inList = false;
  for (const [start, stop] of sentences(text, cue.bodyStart, limit)) {
    if (!first && !continuesStatement(text, [start, stop], names, inList)) break;
    first = false;
    end = stop;
    inList ||= ENUMERATION_START.test(text.slice(start, stop).trim());
  }
  return trimClauseEnd(text, cue.bodyStart, end);
}

export interface FindClausesInput {
  plainText: string;
  /** Spans of headline paragraphs inside plainText, whose cue words are not clauses. */
  headlines?: readonly Span[];
  /** Part-of-speech tagging for reading names (the topic segmenter's). */
  tag: Tagger;
}

export function findClauses({ plainText: text, headlines = [], tag }: FindClausesInput): FoundClause[] {
  const names = new NameBook(text, tag);
  const cues: CueExpression[] = [];
  let previous: CueExpression | null = null;
  let consumedTo = 0;
  for (const match of text.matchAll(CUE_PATTERN)) {
    const verbStart = match.index;
    if (verbStart < consumedTo) continue;
    const cue = readCue(text, verbStart, names, previous, headlines);
    if (!cue) continue;
    cues.push(cue);
    previous = cue;
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
