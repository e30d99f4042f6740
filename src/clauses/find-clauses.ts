/**
 * plain text → clauses. A clause starts at a cue expression
 * (`[会上，][speaker][lead phrase][adverbs][cue verb][，：:]`) and runs to the
 * next cue expression or to where the statement ends and narrative resumes.
 * The grammar's words live in lexicon.ts; this module only applies them.
 */
import type { Cue, Pronoun, Span, SpeakerKind } from '../schema.js';
import {
  ADVERBS,
  CUE_PATTERN,
  CUE_PUNCTUATION,
  CUE_VERBS,
  DIRECT_OBJECT_CUES,
  LAST_TITLE,
  LEAD_PHRASE,
  MEETING_LEAD,
  MEETING_SPEAKER,
  NOT_NAMES,
  OFFICIAL_SPEAKER,
  ORGANISATION_SPEAKER,
  DOCUMENT_SPEAKER,
  ORGANISATION_END,
  PROCEDURE_VERBS,
  PRONOUNS,
  REPORTED_USE,
  SURNAMES,
  TEXT_SPEAKER,
} from './lexicon.js';
import { clauseEnd, type StatementContext } from './clause-end.js';
import { Layout } from './layout.js';
import { nameAt, People } from './people.js';

export interface FoundClause {
  speaker: string;
  speakerKind: SpeakerKind;
  /** The pronoun the cue phrase names the speaker by, and whether a titled person was found for it. */
  pronoun?: Pronoun;
  cue: Cue;
  cuePhrase: string;
  cueSpan: Span;
  span: Span;
}

interface Speaker {
  speaker: string;
  kind: SpeakerKind;
  pronoun?: Pronoun;
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
  /** A cue followed straight by a quotation (明确指出“……”): the clause is the quotation, ending here. */
  quotationEnd: number | null;
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
// 希望与会嘉宾…… and 希望和平…… do take an object; 要求和…… does not.
const DIRECT_OBJECT_STOP = /^(?:[的了及等、。，,；;：:！？）)》”’\s]|和(?!平|谐)|与(?!会))|^$/;

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

/** The people a document names: those it names with a title (people.ts), and speakers read as names. */
export class NameBook {
  // Each name with its rank in the order names were met (a tie between two names goes to the earlier).
  private readonly names = new Map<string, number>();
  // The lengths names come in: a name is looked up where it starts, not searched for.
  private readonly lengths = new Set<number>();

  constructor(private readonly tag: Tagger) {}

  isName(word: string): boolean {
    return readsAsName(word, this.tag);
  }

  isTitledName(word: string): boolean {
    return isPlausibleName(word) && readsAsTitledName(word, this.tag);
  }

  add(name: string): void {
    if (this.names.has(name)) return;
    this.names.set(name, this.names.size);
    this.lengths.add(name.length);
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  /**
   * A known or titled person at the very start of `piece` (within its first 30
   * characters, after a title). Names are looked up where they could start, not
   * searched for: searching every name over every sentence was names × text.
   */
  personAtStart(piece: string): string | null {
    const seen = new Set<string>();
    let best: string | null = null;
    let bestRank = Infinity;
    // Each name counts where it first appears, as a search for it would find it.
    for (let at = 0; at <= 30 && at < piece.length; at++) {
      for (const length of this.lengths) {
        const name = piece.slice(at, at + length);
        const rank = this.names.get(name);
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
  people: People;
  /** Where the news item holding the cue starts: a pronoun refers back no further. */
  itemStart: number;
  tag: Tagger;
  /** The speaker of the previous cue in the same news item. */
  previous: Speaker | null;
}

// How many sentences back a pronoun looks for the person a sentence opens with.
const SUBJECT_SENTENCES = 3;

/** The titled person (or bare title: 总书记) a sentence opens with, after its setting (当天，在……时，). */
function titledSubject(sentence: string, position: number, { names, people }: SpeakerContext): string | null {
  for (const rawPiece of sentence.split(PIECE_SEPARATOR)) {
    const piece = rawPiece.trim();
    if (!piece || (SETTING_PIECE.test(piece) && piece.length <= 16)) continue;
    const person = names.personAtStart(piece);
    if (person && people.titledBefore(person, position)) return person;
    const bare = /^[\u4e00-\u9fff]?(?:总书记|主席|总理|委员长|总统|首相)/.exec(piece);
    return bare ? (people.byTitle(bare[0], position) ?? people.byTitle(bare[0].slice(1), position)) : null;
  }
  return null;
}

/**
 * 他/她: the titled person the sentences just before open with (习近平在讲话中回顾了
 * 胡耀邦同志的……。他指出 → 习近平), else the person named with a title last before
 * it, in the same news item; with neither, the pronoun stays as written and says
 * it is unresolved.
 */
function resolvePronoun(context: SpeakerContext, written: '他' | '她'): Speaker {
  const { text, position, people, itemStart } = context;
  let person: string | null = null;
  let end = sentenceStartBefore(text, position);
  for (let n = 0; n < SUBJECT_SENTENCES && end > itemStart && !person; n++) {
    const start = Math.max(itemStart, sentenceStartBefore(text, end - 1));
    person = titledSubject(text.slice(start, end), start, context);
    end = start;
  }
  // Else the person named with a title last, else the person who spoke last in this item (江泽民指出，……。他提出，……).
  person ??= people.lastNamed(position, itemStart) ?? (context.previous?.kind === 'person' && !context.previous.pronoun ? context.previous.speaker : null);
  return person
    ? { speaker: person, kind: 'person', pronoun: { written, resolved: true } }
    : { speaker: written, kind: 'person', pronoun: { written, resolved: false } };
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
  if (PRONOUNS.test(speakerText)) return resolvePronoun(context, speakerText as '他' | '她');
  if (TEXT_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'text' };
  if (OFFICIAL_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'official' };
  const document = DOCUMENT_SPEAKER.exec(speakerText);
  if (document && !/^(?:他|她|会议)/.test(speakerText)) return { speaker: document[0], kind: 'text' };
  const titled = context.people.byTitle(speakerText, context.position);
  if (titled) return { speaker: titled, kind: 'person' };
  const title = LAST_TITLE.exec(speakerText);
  if (title) {
    // 区委书记、区长于军 → 于军; and the name-first order: 张锡勇副局长 → 张锡勇.
    const after = speakerText.slice(title.index + title[0].length);
    const before = speakerText.slice(0, title.index).replace(/[、，]$/, '');
    const name = after || (looksLikeName(before, names) ? before : '');
    if (name && (names.isTitledName(name) || nameAt(name, 0, context.tag) === name)) {
      names.add(name);
      return { speaker: name, kind: 'person' };
    }
    return ORGANISATION_SPEAKER.test(speakerText) ? { speaker: speakerText, kind: 'official' } : null;
  }
  if (looksLikeName(speakerText, names)) {
    names.add(speakerText);
    return { speaker: speakerText, kind: 'person' };
  }
  return ORGANISATION_SPEAKER.test(speakerText) ? { speaker: speakerText, kind: 'official' } : null;
}

/**
 * Where a quotation that a cue introduces without punctuation ends (明确指出“着力建设……”，): just
 * after its closing mark, when a statement ends there; null when the quotation is a name or a
 * noun's attribute (提出“两山”理念, 强调“四个意识”的……), which is no statement.
 */
function quotationStatementEnd(text: string, open: number): number | null {
  const close = text.indexOf('”', open + 1);
  if (close < 0 || /[\n]/.test(text.slice(open, close))) return null;
  const next = text[close + 1] ?? '';
  return next === '' || /[，,。；;！？!?\n]/.test(next) ? close + 1 : null;
}

// A verb that makes 部署 in a meeting's lead sentence set a task (部署开展……), not name an agenda item (部署……工作).
const DEPLOYS = /^(?:开展|加快|推进|推动|进一步|做好|抓好|加强|实施|落实|深化|促进|完善|建立|健全|提升|扩大|巩固|强化|优化|全面)(?!了)/;

/** What a report offers every cue: its text, the people it names, and its layout. */
interface Document {
  text: string;
  names: NameBook;
  people: People;
  layout: Layout;
  headlines: readonly Span[];
  tag: Tagger;
}

// Verbs that introduce what someone says: a cue after them is inside their statement
// (民众呼吁……，要求其…… / 他的妈妈向媒体表示，希望……).
const REPORTS_SPEECH = /(?:表示|(?<![所来是如就])说|称|呼吁|介绍|谈到|透露|宣布|告诉|坦言|写道|致辞|发言|抗议|谴责|敦促|警告)(?:道|说)?$/;
const SAYS = new RegExp(`${REPORTS_SPEECH.source}|(?:认为|指出|强调|提出)$`);
// Verbs with which a person addresses someone (习近平总书记勉励大伙，……。希望……).
const ADDRESSES = /(?:勉励|嘱托|叮嘱|寄语|鼓励|祝愿|祝贺|感谢|欢迎|寄望|期望|期待)[^，。]{0,8}$/;

/**
 * A cue verb with no speaker before it, after a comma: its speaker is the
 * subject of the sentence (……召开……会议，要求…… → 会议; 戴源详细询问……，要求…… → 戴源).
 * A meeting announced in the lead of a news item speaks as 会议; elsewhere the
 * person who chaired it is the subject (习近平总书记……主持召开座谈会，要求……).
 */
function sentenceSubject(pieces: string[], context: SpeakerContext, inLead: boolean): (Speaker & { lead: boolean }) | null {
  if (pieces.some((piece) => SAYS.test(piece.trim()))) return null;
  const before = pieces.join('，');
  // A meeting the report looks back on (2016年1月5日，习近平总书记主持召开……座谈会，明确提出……) is the person's.
  const meetingLead = MEETING_LEAD.test(before) && !RETROSPECT.test(before);
  for (const rawPiece of pieces) {
    const piece = rawPiece.trim();
    if (!piece) continue;
    if (/^(?:会上|会议上)$/.test(piece)) return { speaker: '会议', kind: 'meeting', lead: false };
    if (SETTING_PIECE.test(piece) && piece.length <= 16) continue;
    if (/^会议/.test(piece)) {
      // 会议听取……汇报，要求…… opens the meeting's statement; 会议通过《条例》，……要求 reports the regulation.
      const procedure = piece.slice(2).replace(/^(?:还|并|也|同时)/, '');
      if (/^(?:通过|审议|审定|讨论|原则通过)/.test(procedure)) return null;
      return { speaker: '会议', kind: 'meeting', lead: meetingLead || PROCEDURE_VERBS.test(procedure) };
    }
    if (meetingLead && inLead) return { speaker: '会议', kind: 'meeting', lead: true };
    if (/^(?:他|她)(?![们的])/.test(piece)) return { ...resolvePronoun(context, piece[0] as '他' | '她'), lead: false };
    const person = context.names.personAtStart(piece);
    if (person) return { speaker: person, kind: 'person', lead: false };
    return meetingLead ? { speaker: '会议', kind: 'meeting', lead: true } : null;
  }
  return null;
}

// A sentence that looks back: a year, or 以来/多次/先后/曾.
const RETROSPECT = /\d{4}年|以来|多次|先后|曾经?|此前|时任/;

// How far back the sentences before a sentence-opening cue are read for who speaks.
const VOICE_LOOKBACK = 600;
// A sentence that publishes a document makes it the subject of the next: ……印发《方案》。提出，……
const PUBLISHES = /(?:发布|印发|出台|公布|发表|推出)(?:了)?(《[^》]{2,60}》)[^，。；]{0,12}[。；]?$/;

/**
 * Who a sentence speaks for when it opens with a speaker: 会议……, a person
 * (习近平总书记勉励大伙，……), 他/她, someone who 表示s (洛伦索表示，……), a document
 * just published. Undefined for a sentence of narrative with no speaker; null
 * for a voice that is no speaker of ours (大家表示，……).
 */
function openingVoice(sentence: string, context: SpeakerContext): Speaker | null | undefined {
  const published = PUBLISHES.exec(sentence);
  if (published) return { speaker: published[1]!, kind: 'text' };
  if (MEETING_LEAD.test(sentence)) return { speaker: '会议', kind: 'meeting' };
  for (const rawPiece of sentence.split(PIECE_SEPARATOR)) {
    const piece = rawPiece.trim();
    if (!piece) continue;
    if (SETTING_PIECE.test(piece) && piece.length <= 16) continue;
    // The meeting or plenum as subject (全会总结了……。一致认为，……), not as a setting (会议期间，……).
    if (/^(?:会议|全会|大会)(?!期间|前|后|上|中|结束|召开|举行|开幕|闭幕)/.test(piece)) return { speaker: '会议', kind: 'meeting' };
    // Someone who speaks: 洛伦索表示，……; 习近平总书记勉励大伙，……; not 习近平主席同总统先生举行会谈，…….
    const speaks = SAYS.test(piece) || ADDRESSES.test(piece);
    // A text that speaks: 贺词表示，……。希望…….
    const text = speaks ? DOCUMENT_SPEAKER.exec(piece.replace(SAYS, '')) : null;
    if (text && !context.names.personAtStart(piece)) return { speaker: text[0], kind: 'text' };
    if (/^(?:他|她)(?![们的])/.test(piece)) return speaks ? resolvePronoun(context, piece[0] as '他' | '她') : undefined;
    const person = context.names.personAtStart(piece);
    if (person) return speaks ? { speaker: person, kind: 'person' } : undefined;
    return speaks ? null : undefined;
  }
  return undefined;
}

/**
 * The speaker a sentence-opening cue carries on (……。希望……, ……。一致认为，……):
 * the voice of the nearest sentence before it that opens with one, back to
 * the previous cue's statement, whose speaker it carries on when no one else
 * took the floor in between.
 */
function carriedSpeaker(doc: Document, sentenceStart: number, previousCue: CueExpression | null, context: SpeakerContext): Speaker | null {
  const floor = Math.max(context.itemStart, previousCue ? previousCue.bodyStart : 0, sentenceStart - VOICE_LOOKBACK);
  let end = sentenceStart;
  while (end > floor) {
    const start = Math.max(floor, sentenceStartBefore(doc.text, end - 1));
    const voice = openingVoice(doc.text.slice(start, end), { ...context, position: start });
    // The cue phrase names no one: the speaker carries over without the pronoun that named them.
    if (voice !== undefined) return voice && { speaker: voice.speaker, kind: voice.kind };
    end = start;
  }
  return previousCue && end <= previousCue.bodyStart ? { speaker: previousCue.speaker, kind: previousCue.kind } : null;
}

/** Reads the cue expression around the cue verb at `verbStart`, or null when it is no cue. */
function readCue(doc: Document, verbStart: number, previous: CueExpression | null): CueExpression | null {
  const { text, names, people, layout, headlines } = doc;
  if (headlines.some(([start, end]) => verbStart >= start && verbStart < end)) return null;
  // A cue inside a quoted statement (……：“……习近平希望……”) is part of that statement.
  if (layout.insideQuotation(verbStart)) return null;
  const itemStart = layout.itemStart(verbStart);
  const previousCue = previous && previous.verbStart >= itemStart ? previous : null;
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
  let quotationEnd: number | null = null;
  if (CUE_PUNCTUATION.has(after)) bodyStart = skipSpaces(text, verbEnd + 1);
  else if (after === '“') {
    quotationEnd = quotationStatementEnd(text, verbEnd);
    if (quotationEnd === null) return null;
    bodyStart = verbEnd;
  } else if (cue === '部署' && verbEnd === verbStart + 2 && /[，,]/.test(text[verbStart - 1] ?? '') && DEPLOYS.test(text.slice(verbEnd, verbEnd + 5))) {
    // ……主持召开国务院常务会议，部署加快加力清理拖欠企业账款工作，……: a task the meeting sets (not 部署实施了……).
    bodyStart = verbEnd;
  } else if (DIRECT_OBJECT_CUES.has(cue) && verbEnd === verbStart + 2 && !DIRECT_OBJECT_STOP.test(text.slice(verbEnd, verbEnd + 2)) && !text.startsWith('要', verbEnd)) {
    bodyStart = verbEnd;
  } else return null;
  if (bodyStart >= text.length || SENTENCE_END.test(text[bodyStart]!) && text[bodyStart] !== '\n') return null;

  const sentenceStart = sentenceStartBefore(text, verbStart);
  const pieces = text.slice(sentenceStart, verbStart).split(PIECE_SEPARATOR);
  const local = pieces.pop()!;
  const localStart = verbStart - local.length;
  const phrase = stripModifiers(local.trim());
  const direct = bodyStart === verbEnd && quotationEnd === null;
  const previousSpeaker: Speaker | null = previousCue ? { speaker: previousCue.speaker, kind: previousCue.kind, ...(previousCue.pronoun ? { pronoun: previousCue.pronoun } : {}) } : null;
  const context: SpeakerContext = { text, position: verbStart, names, people, itemStart, tag: doc.tag, previous: previousSpeaker };
  const expression = (speaker: Speaker, phraseStart: number, inLeadSentence: boolean): CueExpression => ({
    ...speaker,
    cue,
    phraseStart,
    verbStart,
    bodyStart,
    sentenceStart,
    inLeadSentence,
    quotationEnd,
  });

  if (phrase) {
    // Inside what someone 表示s or 说s (与会同志们表示，……，准确把握……要求，……).
    if (pieces.some((piece) => REPORTS_SPEECH.test(piece.trim()))) return null;
    const speaker = parseSpeakerPhrase(phrase, context);
    // Only the meeting, or a person, 要求s its object directly; 《方案》要求…… reports a text.
    if (!speaker || (direct && speaker.kind !== 'meeting' && speaker.kind !== 'person')) return null;
    return expression(speaker, localStart + (local.length - local.trimStart().length), false);
  }
  if (pieces.length === 0 || pieces.every((piece) => !piece.trim())) {
    // A further item of the meeting's lead sentence after ；: ……，要求……；号召…….
    if (previousCue?.inLeadSentence && /[；;]/.test(text[verbStart - 1] ?? '')) {
      return expression({ speaker: previousCue.speaker, kind: previousCue.kind }, localStart, true);
    }
    // Opening a sentence that carries the speaker before on: ……的汇报。强调，…… / ……。希望……
    const carried = carriedSpeaker(doc, sentenceStart, previousCue, context);
    if (carried) return expression(carried, localStart, false);
    if (previousCue) return null;
    // With no speaker yet, only a meeting that was just announced in this item can carry on
    // (……召开……会议，听取……的汇报。强调，…… / 会议听取了……。强调，……).
    const before = text.slice(Math.max(itemStart, sentenceStart - MEETING_CONTEXT), sentenceStart);
    const announced = MEETING_LEAD.test(before) || /(?:^|[。！？\n])会议(?!期间|前|后|上|中|结束)/.test(before);
    return announced ? expression({ speaker: '会议', kind: 'meeting' }, localStart, false) : null;
  }
  const subject = sentenceSubject(pieces, context, layout.inLead(verbStart));
  if (!subject || (cue === '部署' && direct && !subject.lead)) return null;
  const { lead, ...speaker } = subject;
  return expression(speaker, localStart, lead);
}

/**
 * How a clause quotes someone's words (see StatementContext.quoted). Features
 * name their leader by name and title (习近平总书记强调) or by a bare title
 * (总书记指出), a meeting or document by what sets it apart (党的二十届三中全会
 * 提出, 党的二十大报告提出); event reports put titles before the name (国务院总理
 * 李强……强调) or name the speaker bare (习近平指出), and say 会议 for the meeting.
 */
function quotesWords(cue: CueExpression, phrase: string): StatementContext['quoted'] {
  if (cue.kind === 'meeting') return /^(?:会议|会上|全会|常委会|常务会)?$/.test(phrase) ? null : 'feature';
  if (cue.kind === 'text') return phrase.length > cue.speaker.length && !phrase.startsWith('《') ? 'feature' : 'narration';
  if (cue.kind !== 'person') return null;
  if (TITLE_AT_END.test(phrase)) return 'feature';
  return LAST_TITLE.test(phrase) ? 'narration' : null;
}

export interface FindClausesInput {
  plainText: string;
  /** Spans of headline paragraphs inside plainText, whose cue words are not clauses. */
  headlines?: readonly Span[];
  /** Part-of-speech tagging for reading names (the topic segmenter's). */
  tag: Tagger;
}

/** The segmenter's answers, asked once per string of a document (names are read around every title). */
function remembered(tag: Tagger): Tagger {
  const answers = new Map<string, ReturnType<Tagger>>();
  return (text) => {
    let answer = answers.get(text);
    if (!answer) answers.set(text, (answer = tag(text)));
    return answer;
  };
}

export function findClauses({ plainText: text, headlines = [], tag: segmenterTag }: FindClausesInput): FoundClause[] {
  const tag = remembered(segmenterTag);
  const names = new NameBook(tag);
  const people = new People(text, tag);
  for (const name of people.names()) names.add(name);
  const doc: Document = { text, names, people, layout: new Layout(text), headlines, tag };
  const cues: CueExpression[] = [];
  let previous: CueExpression | null = null;
  let consumedTo = 0;
  for (const match of text.matchAll(CUE_PATTERN)) {
    const verbStart = match.index;
    if (verbStart < consumedTo) continue;
    const cue = readCue(doc, verbStart, previous);
    if (!cue) continue;
    cues.push(cue);
    previous = cue;
    consumedTo = cue.bodyStart;
  }
  const clauses: FoundClause[] = [];
  // A pronoun's clause quotes as the clause before it of the same speaker did (习近平总书记指出，……。他强调，……).
  const quotedBy = new Map<string, StatementContext['quoted']>();
  cues.forEach((cue, i) => {
    const phrase = stripModifiers(text.slice(cue.phraseStart, cue.verbStart));
    const quoted = cue.pronoun ? (quotedBy.get(cue.speaker) ?? null) : quotesWords(cue, phrase);
    quotedBy.set(cue.speaker, quoted);
    const next = cues[i + 1];
    // The next cue's whole sentence belongs to it, unless this clause started inside that sentence.
    const limit = next ? (next.sentenceStart > cue.bodyStart ? next.sentenceStart : next.phraseStart) : text.length;
    const end = clauseEnd(text, cue, Math.max(limit, cue.bodyStart), {
      speaker: cue.speaker,
      kind: cue.kind,
      quoted,
      personAtStart: (sentence) => names.personAtStart(sentence),
      byTitle: (title, position) => people.byTitle(title, position),
      nameEndingAt: (position) => people.nameEndingAt(position),
    });
    if (end <= cue.bodyStart) return;
    const cuePhraseEnd = text.slice(cue.verbStart, cue.bodyStart).replace(/[\s，,：:]+$/, '').length + cue.verbStart;
    clauses.push({
      speaker: cue.speaker,
      speakerKind: cue.kind,
      ...(cue.pronoun ? { pronoun: cue.pronoun } : {}),
      cue: cue.cue,
      cuePhrase: text.slice(cue.phraseStart, cuePhraseEnd),
      cueSpan: [cue.phraseStart, cuePhraseEnd],
      span: [cue.bodyStart, end],
    });
  });
  return clauses;
}
