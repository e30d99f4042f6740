/**
 * plain text → clauses. A clause starts at a cue expression
 * (`[会上，][speaker][lead phrase][adverbs][cue verb][，：:]`) and runs to the
 * next cue expression or to where the statement ends and narrative resumes.
 * The grammar's words live in lexicon.ts; this module only applies them.
 */
import type { Cue, Pronoun, Span, SpeakerKind } from '../schema.js';
import {
  ADVERBS,
  ARMY_SPEAKER,
  BODY_AT_START,
  CUE_PATTERN,
  CUE_PUNCTUATION,
  COUNTRIES,
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
  GROUP_SPEAKER,
  MANNER,
  NAMED_DOCUMENT,
  NOT_A_VOICE,
  ORGANISATION_END,
  PLACE_SPEAKER,
  SETTING_WORDS,
  TEXT_AS_WRITTEN,
  TEXT_AT_START,
  TITLE,
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
  /** A cue inside what someone else says (李强表示，正如习近平主席指出，……): its clause is one sentence. */
  nested?: boolean;
  /** How the subject of the sentence names a speaker the cue phrase does not name (习近平总书记……，号召……). */
  named?: string;
}

// Verbs that pass a text on or carry it out: the text is their object, not a speaker.
const CARRIES_OUT = /传达|学习|贯彻|落实|响应|执行(?!机构|委员|局|理事|秘书|主任|董事)|遵照/;

// A foreign name in full, its parts joined by a dot (克莱门斯·菲斯特, 何塞·维加).
const FULL_FOREIGN_NAME = /^[\u4e00-\u9fff]{1,6}(?:[·•][\u4e00-\u9fff]{1,8}){1,3}$/;

// Titles that stand for one person (总书记, 习主席, 李总理).
const BARE_TITLE = new RegExp(`^(?:[${[...SURNAMES].join('')}])?(?:总书记|主席|总理|委员长)$`);

// The speaker's own voice in their remarks (我们都认为, 我和欧尔班总理一致认为).
const FIRST_PERSON = /^(?:我们|咱们|我)/;

const CUE_SET: ReadonlySet<string> = new Set(CUE_VERBS);
const SENTENCE_END = /[。！？!?；;\n]/;
const PIECE_SEPARATOR = /[，,：:]/;
const HAN = /^[\u3400-\u9fff]+$/;
const TITLE_AT_END = new RegExp(`(?:${LAST_TITLE.source})$`);
const ADVERB_SUFFIX = new RegExp(`(?:${[...ADVERBS].sort((a, b) => b.length - a.length).join('|')})$`);
// What opens a speaker phrase without naming anyone: a setting, 正如 (李强表示，正如习近平主席指出),
// or the core a body is led by (以习近平同志为核心的党中央).
const LEADING_SETTING =
  /^(?:会上|会议上|在会上|同时|此外|另外|最后|随后|会前|会后|期间|其间|正如|诚如|但|而|不过|然而|有(?=[^，。]{0,16}(?:人士|议员|官员|专家|学者|媒体|舆论|分析|人))|以[^，。]{1,12}为核心的|时任[^，。]{1,20}?的|(?:从|到|再到)(?=[^，。]{0,16}(?:会议|全会|报告|文件|《)))/;
// Pieces before the subject that only set the scene: a date, a place, a news source.
const SETTING_PIECE =
  /^(?:\d{1,4}年|\d{1,2}月|\d{1,2}日|[一二三四五六七八九十]{1,3}月|今年|近日|日前|不久前|前不久|近期|最近|当天|当日|同日|今天|昨天|上午|下午|晚上|会上|会前|会后|随后|此前|期间|其间|央视网消息|新华社|本报讯|据.{1,12}(?:报道|消息))|(?:中|时|上|后|期间|之际)$/;
// …… and longer ones that set the time, the place or the occasion (党的十八大以来, 疫情和百年变局交织之下,
// 在深地科学与工程云龙湖实验室, 面对复杂严峻的世界经济形势, 从闽山闽水到中国大地).
const SCENE_PIECE =
  /^(?:在|面对|随着|站在|从|自从|伴随|每当|针对)[^，。；]{1,40}$|^[^，。；]{1,40}(?:以来|之下|面前|之际|之初|之时|前夕|期间|时期|前后|当中|之中|过程中|的时候|当天|当日)$/;

function setsTheScene(piece: string): boolean {
  return (SETTING_PIECE.test(piece) && piece.length <= 16) || SCENE_PIECE.test(piece);
}
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
  // A person named with a title, however long their name (费尔南德斯, 巴沙尔·阿萨德).
  if (names.has(candidate)) return true;
  return isPlausibleName(candidate) && candidate.length <= 3 && SURNAMES.has(candidate[0]!) && names.isName(candidate);
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

/**
 * The titled person (or bare title: 总书记) a sentence opens with, after its setting (当天，在……时，), named with a
 * title before `end`, where the sentence ends; or someone named without a title who opens it speaking.
 */
function titledSubject(sentence: string, end: number, { names, people, tag }: SpeakerContext): string | null {
  for (const rawPiece of sentence.split(PIECE_SEPARATOR)) {
    const piece = rawPiece.trim();
    if (!piece || (SETTING_PIECE.test(piece) && piece.length <= 16)) continue;
    const person = names.personAtStart(piece);
    if (person && people.titledBefore(person, end)) return person;
    // Someone who speaks, named without a title (赫什近日在接受媒体采访时称，……。他认为).
    const speaking = SAYS.test(piece) ? nameAt(piece, 0, tag) : null;
    if (speaking) return speaking;
    const bare = /^[\u4e00-\u9fff]?(?:总书记|主席|总理|委员长|总统|首相)/.exec(piece);
    return bare ? (people.byTitle(bare[0], end) ?? people.byTitle(bare[0].slice(1), end)) : null;
  }
  return null;
}

/** The titled person who opens the last of the clauses of `before` that opens with one. */
function clauseSubjectBefore(before: string, position: number, { names, people }: SpeakerContext): string | null {
  const pieces = before.split(PIECE_SEPARATOR);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const person = names.personAtStart(pieces[i]!.trim());
    if (person && people.titledBefore(person, position)) return person;
  }
  return null;
}

/**
 * 他/她: the titled person the sentences just before open with (习近平在讲话中回顾了
 * 胡耀邦同志的……。他指出 → 习近平; 石破茂说，……，他要求 → 石破茂), else the person named with a title last before
 * it, in the same news item; with neither, the pronoun stays as written and says
 * it is unresolved.
 */
function resolvePronoun(context: SpeakerContext, written: '他' | '她'): Speaker {
  const { text, position, people, itemStart } = context;
  // First the person who opens the last clause before the pronoun in its own sentence (日本首相石破茂说，……，他要求……;
  // 乌沙科夫表示，普京在通话中说，……，但他同时强调 → 普京).
  let end = sentenceStartBefore(text, position);
  let person = end >= itemStart ? clauseSubjectBefore(text.slice(end, text.lastIndexOf(written, position)), position, context) : null;
  for (let n = 0; n < SUBJECT_SENTENCES && end > itemStart && !person; n++) {
    const start = Math.max(itemStart, sentenceStartBefore(text, end - 1));
    person = titledSubject(text.slice(start, end), end, context);
    end = start;
  }
  // Else the person named with a title last, else the person who spoke last in this item (江泽民指出，……。他提出，……).
  // Else the person the item is about, named again and again as a subject though never with a title (江泽民……。他指出).
  person ??=
    people.lastNamed(position, itemStart) ??
    (context.previous?.kind === 'person' && !context.previous.pronoun ? context.previous.speaker : null) ??
    people.lastSubject(position, itemStart);
  return person
    ? { speaker: person, kind: 'person', pronoun: { written, resolved: true } }
    : { speaker: written, kind: 'person', pronoun: { written, resolved: false } };
}

/** The person a bare title opening `piece` stands for (总书记强调……, 习主席来到……). */
function titleAtStart(piece: string, { people, position }: SpeakerContext): string | null {
  const bare = /^[\u4e00-\u9fff]?(?:总书记|主席|总理|委员长)/.exec(piece)?.[0];
  return bare ? (people.byTitle(bare, position) ?? people.byTitle(bare.slice(1), position)) : null;
}

// A meeting name does not carry a verb of its own (中央书记处要围绕……常委会 is no meeting speaking).
const NOT_A_MEETING_NAME = /要|围绕|按照|根据|落实|贯彻|学习|通过/;

// A body named by what it is (该机构希望……, 该组织认为……): the one of that kind the item named last.
const DEMONSTRATIVE_BODY = /^该(机构|组织|委员会|协会|中心|公司|银行|联盟|部门|法院|政府)$/;

const HAN_ONLY = /^[\u4e00-\u9fff]+$/;
// A body's name opening a piece, up to where it starts to act (联合国世界粮食计划署|当天表示, 德国联邦统计局|5日公布).
const BODY_NAME_AT_START =
  /^([\u4e00-\u9fff]{2,16}?(?:署|局|办公室|组织|机构|委员会|银行|基金|中心|协会|联盟|理事会))(?=\d|当天|今天|近日|日前|发布|公布|表示|称|发表|认为|指出|强调|的)/;

/**
 * The body of kind `kind` that opens a clause of the news item before the cue (国际原子能机构5日发表声明说，……。
 * 该机构希望…… → 国际原子能机构), else the body that opens one (联合国世界粮食计划署当天表示，……。该机构强调), or null.
 */
function bodyReferredTo({ text, position, itemStart }: SpeakerContext, kind: string): string | null {
  const pieces = text
    .slice(Math.max(itemStart, position - MAX_LOOKBACK), position)
    .split(/[，,。；;：:！？\n]/)
    .slice(0, -1)
    .map((piece) => piece.trim().replace(SETTING_WORDS, ''))
    .reverse();
  // A name of that kind: up to 16 characters, then the kind word (国际原子能机构).
  for (const piece of pieces) {
    const at = piece.indexOf(kind);
    if (at >= 1 && at <= 16 && HAN_ONLY.test(piece.slice(0, at)) && !piece.startsWith('该')) return piece.slice(0, at + kind.length);
  }
  for (const piece of pieces) {
    const match = BODY_NAME_AT_START.exec(piece);
    if (match && !match[1]!.startsWith('该')) return match[1]!;
  }
  return null;
}

/** Who a speaker phrase names, or null when it names no one (then it was no cue). */
function parseSpeakerPhrase(phrase: string, context: SpeakerContext): Speaker | null {
  const { names } = context;
  let speakerText = phrase.replace(LEADING_SETTING, '');
  // 会上强调, 同时指出 carry the meeting on; 但希望, 而认为 only join a sentence, whoever's it is.
  if (!speakerText && phrase) return /^(?:但|而|不过|然而)$/.test(phrase) ? null : { speaker: '会议', kind: 'meeting' };
  speakerText = speakerText.replace(/同志$/, '');
  if (!speakerText || REPORTED_USE.test(speakerText)) return null;
  // A phrase that starts inside a quotation (以“儒学：世界和平与发展”为主题的……研讨会上) names no one.
  if ((speakerText.match(/“/g)?.length ?? 0) !== (speakerText.match(/”/g)?.length ?? 0)) return null;
  if (MEETING_SPEAKER.test(speakerText) && !NOT_A_MEETING_NAME.test(speakerText)) return { speaker: '会议', kind: 'meeting' };
  if (PRONOUNS.test(speakerText)) return resolvePronoun(context, speakerText as '他' | '她');
  const referred = DEMONSTRATIVE_BODY.exec(speakerText);
  if (referred) return { speaker: bodyReferredTo(context, referred[1]!) ?? speakerText, kind: 'official' };
  if (TEXT_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'text' };
  if (OFFICIAL_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'official' };
  const document = NAMED_DOCUMENT.exec(speakerText) ?? DOCUMENT_SPEAKER.exec(speakerText);
  // Not what someone passes on or carries out (传达……和李强总理批示要求, ……要深入学习贯彻……批示要求).
  if (document && !/^(?:他|她|会议)/.test(speakerText) && !CARRIES_OUT.test(speakerText)) return { speaker: document[0], kind: 'text' };
  if (TEXT_AS_WRITTEN.test(speakerText) && (/的(?:研报|文件)$/.test(speakerText) || readsAsNounPhrase(speakerText, context.tag))) {
    return { speaker: speakerText.replace(SETTING_WORDS, ''), kind: 'text' };
  }
  const titled = context.people.byTitle(speakerText, context.position);
  if (titled) return { speaker: titled, kind: 'person' };
  // A bare title that names no one in the report stays as written, a person still (总书记, 习主席).
  if (BARE_TITLE.test(speakerText)) return { speaker: speakerText, kind: 'person' };
  const title = LAST_TITLE.exec(speakerText);
  if (title) {
    // 区委书记、区长于军 → 于军; and the name-first order: 张锡勇副局长 → 张锡勇.
    const after = speakerText.slice(title.index + title[0].length);
    const before = speakerText.slice(0, title.index).replace(/[、，]$/, '');
    const name = after || (looksLikeName(before, names) || nameAt(before, 0, context.tag) === before ? before : '');
    if (name && (names.isTitledName(name) || nameAt(name, 0, context.tag) === name)) {
      names.add(name);
      return { speaker: name, kind: 'person' };
    }
  } else if (
    looksLikeName(speakerText, names) ||
    (FULL_FOREIGN_NAME.test(speakerText) && !ORGANISATION_END.test(speakerText) && !GROUP_SPEAKER.test(speakerText))
  ) {
    // …… or a foreign name in full, which no title need introduce (克莱门斯·菲斯特).
    names.add(speakerText);
    return { speaker: speakerText, kind: 'person' };
  }
  // A country speaks as itself (东帝汶希望), and so do countries together (科特迪瓦和塞内加尔要求), its army (以军要求)
  // and a province or city its segmenter knows as a place (北京市要求).
  if (speakerText.split(/[和、与及]/).every((part) => COUNTRIES.has(part)) || ARMY_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'official' };
  if (PLACE_SPEAKER.test(speakerText) && context.tag(speakerText).every((word) => word.tag === 'ns')) return { speaker: speakerText, kind: 'official' };
  // A person, then only how or when they spoke (习近平7日下午, 习近平对此表示感谢, 习近平总书记冒雨).
  const person = names.personAtStart(speakerText);
  if (person && spokeHow(speakerText.slice(speakerText.indexOf(person) + person.length))) return { speaker: person, kind: 'person' };
  if (ORGANISATION_SPEAKER.test(speakerText) && readsAsNounPhrase(speakerText, context.tag)) return { speaker: speakerText, kind: 'official' };
  // A group or an unnamed voice (国际人士, 与会嘉宾, 委员们, 各中央巡视组组长, 美国媒体 of 美国媒体分析认为).
  const voice = speakerText.replace(MANNER, '') || speakerText;
  if (GROUP_SPEAKER.test(voice) && readsAsNounPhrase(voice, context.tag)) return { speaker: voice, kind: 'official' };
  // An office named by its body, with no name (各中央巡视组组长, 美国总统): the body's name may hold a verb (巡视组).
  return TITLE_AT_END.test(voice) && !NOT_A_VOICE.test(voice) && voice.length <= 20 ? { speaker: voice, kind: 'official' } : null;
}

// What may stand between a person's name and the cue: how or when they spoke, never whose words
// (习近平总书记的重要讲话), another person (习近平同普京总统) or what they wrote (……回信).
const ANY_TITLE = new RegExp(TITLE.source);

const TITLES_FIRST = new RegExp(`^(?:${TITLE.source}|同志|先生|女士)+`);

function spokeHow(rest: string): boolean {
  const manner = rest.replace(TITLES_FIRST, '');
  // 对黑龙江提出新要求, 习近平主席所指出: the cue word is what they made or said, a noun.
  return manner.length <= 30 && !/[的、]|所$|提出|作出|做出|给予|寄予|进行|发出|表达/.test(manner) && !ANY_TITLE.test(manner);
}

// Verbs that name a group rather than say what it does (与会嘉宾, 受访者, 参会代表, 驻美国大使馆).
const GROUP_VERBS = /^(?:与会|参会|受访|在场|随行|出席|参加|驻|组成)$/;

/** A noun phrase that names a speaker: no verb (贯彻落实党中央决策部署 is no speaker), no preposition, no adverb. */
function readsAsNounPhrase(phrase: string, tag: Tagger): boolean {
  if (phrase.length > 20 || NOT_A_VOICE.test(phrase)) return false;
  const words = tag(phrase);
  return words.every(({ word, tag: wordTag }) => !/^(?:p|v|d|u(?!j).*)$/.test(wordTag) || GROUP_VERBS.test(word));
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

// Words that make a cue word that is also a noun one: what is made or given, or its kind (作出重要指示, 提出要求, 系统部署).
const NOUN_CUES: ReadonlySet<Cue> = new Set<Cue>(['指示', '部署', '要求']);
const NOUN_BEFORE = /(?:作出|做出|作|提出|进行|给予|重要|(?<!重)新的?|总|有关|决策|系统|战略|具体|谋划|研究|安排|统筹)$/;

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
const REPORTS_SPEECH =
  /(?:表示|(?<![所来是如就])说|称|呼吁|(?<![的等]|听取[^，。]{0,30})介绍|谈到|透露|宣布|告诉|坦言|写道|致辞|发言|抗议|谴责|敦促|警告|(?<![的见项条点议成])建议)(?:道|说)?$/;
const SAYS = new RegExp(`${REPORTS_SPEECH.source}|(?:认为|指出|强调|提出|(?<!作出|做出|予以|加以|更加)明确)$`);
// A later piece of a sentence that says what its subject said (……，指出残疾人是……; ……，强调……).
const SAYS_NEXT = /^(?:指出|强调|表示|认为|提出|要求|希望)/;
// Proposals a person puts forward by number, whose items may open with 希望 (……提出五点建议：一是……。希望蒙方……);
// not 习近平主席提出全球治理倡议, which another speaker cites.
const PROPOSES = /提出[^，。；]{0,10}?[一二三四五六七八九十两几\d]+(?:点|条|项)(?:建议|主张|倡议|意见)$/;
// Verbs with which a person addresses someone (习近平总书记勉励大伙，……。希望……).
const ADDRESSES = /(?:勉励|嘱托|叮嘱|寄语|鼓励|祝愿|祝贺|感谢|欢迎|寄望|期望|期待)[^，。]{0,8}$/;

/**
 * A cue verb with no speaker before it, after a comma: its speaker is the
 * subject of the sentence (……召开……会议，要求…… → 会议; 戴源详细询问……，要求…… → 戴源).
 * A meeting announced in the lead of a news item speaks as 会议; elsewhere the
 * person who chaired it is the subject (习近平总书记……主持召开座谈会，要求……).
 */
function sentenceSubject(pieces: string[], context: SpeakerContext, inLead: boolean, direct: boolean): (Speaker & { lead: boolean; named?: string }) | null {
  if (pieces.some((piece) => SAYS.test(piece.trim()))) return null;
  const before = pieces.join('，');
  // A meeting the report looks back on (2016年1月5日，习近平总书记主持召开……座谈会，明确提出……) is the person's.
  const meetingLead = MEETING_LEAD.test(before) && !RETROSPECT.test(before);
  let subjectless = false;
  for (const rawPiece of pieces) {
    const piece = rawPiece.trim();
    if (!piece) continue;
    if (subjectless) {
      // A person who opens a later piece acting (空军……正在进行战斗值班，习近平询问……，要求……), not spoken of (习近平总书记的……).
      const person = context.names.personAtStart(piece);
      if (person && piece.startsWith(person) && !/^(?:同志|总书记|主席|总理)?的/.test(piece.slice(person.length)))
        return { speaker: person, kind: 'person', lead: false };
      continue;
    }
    if (/^(?:会上|会议上)$/.test(piece)) return { speaker: '会议', kind: 'meeting', lead: false };
    if (setsTheScene(piece)) continue;
    if (/^会议/.test(piece)) {
      // 会议听取……汇报，要求…… opens the meeting's statement; 会议通过《条例》，……要求 reports the regulation.
      const procedure = piece.slice(2).replace(/^(?:还|并|也|同时)/, '');
      if (/^(?:通过|审议|审定|讨论|原则通过)/.test(procedure)) return null;
      return { speaker: '会议', kind: 'meeting', lead: meetingLead || PROCEDURE_VERBS.test(procedure) };
    }
    if (meetingLead && inLead) return { speaker: '会议', kind: 'meeting', lead: true };
    if (/^(?:他|她)(?![们的])/.test(piece)) return { ...resolvePronoun(context, piece[0] as '他' | '她'), lead: false };
    const person = context.names.personAtStart(piece) ?? titleAtStart(piece, context);
    if (person) {
      // How the sentence names them tells a feature's quote from a report's (习近平总书记……，号召……).
      const at = piece.indexOf(person) + person.length;
      return { speaker: person, kind: 'person', lead: false, named: piece.slice(0, at + (TITLES_FIRST.exec(piece.slice(at))?.[0].length ?? 0)) };
    }
    if (meetingLead) return { speaker: '会议', kind: 'meeting', lead: true };
    // A body or a text that acts, then speaks (全国总工会近日对……进行部署，要求……; 中共中央办公厅、国务院办公厅印发……，要求……);
    // a body 要求s its object directly only when it directs (not 双方代表团举行3次会晤，要求……).
    const body = direct && !DIRECTS.test(before) ? null : subjectAtStart(piece);
    // 《方案》……，要求…… reports a text, as 《方案》要求…… does.
    if (body && !(direct && body.kind === 'text')) return { ...body, lead: false };
    const country = COUNTRY_ACTS.exec(piece);
    if (country) return { speaker: country[0], kind: 'official', lead: false };
    subjectless = true;
  }
  return null;
}

// What a body does when it directs: it deploys, notifies, publishes.
const DIRECTS = /部署|通知|印发|下发|发布(?!会)|出台|制定|作出|发出|研判|会商|调度/;

// A country, its government or its army opening a sentence with what it does (乍得军方以……为由，要求……; 尼日尔宣布……，
// 并要求……); not 美国多地民众……, whose subject is the people, nor 谴责……，要求……, whose demand the condemnation says.
const COUNTRY_ACTS = new RegExp(
  `^(${[...COUNTRIES].sort((a, b) => b.length - a.length).join('|')})(?:军方|政府|方面)?(?=近日|日前|今天|昨天|此前|\\d{1,2}日|宣布|决定|以(?![军色])|已|将|再次|同日|当天|随后|正式|通过|拒绝)`,
);

/**
 * The bodies a piece opens with, before what they do (全国总工会|近日对……, 中共中央办公厅、国务院办公厅|印发,
 * 中央编办等五部门|联合印发), or the text it opens with (报告|总结……).
 */
function subjectAtStart(piece: string): Speaker | null {
  const body = BODY_AT_START.exec(piece);
  if (body && !NOT_A_VOICE.test(body[1]!)) return { speaker: body[1]!, kind: 'official' };
  const text = TEXT_AT_START.exec(piece);
  return text ? { speaker: text[1]!, kind: 'text' } : null;
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
  const pieces = sentence.split(PIECE_SEPARATOR);
  for (const [index, rawPiece] of pieces.entries()) {
    const piece = rawPiece.trim();
    if (!piece) continue;
    if (SETTING_PIECE.test(piece) && piece.length <= 16) continue;
    // The meeting or plenum as subject (全会总结了……。一致认为，……), not as a setting (会议期间，……).
    if (/^(?:会议|全会|大会)(?!期间|前|后|上|中|结束|召开|举行|开幕|闭幕)/.test(piece)) return { speaker: '会议', kind: 'meeting' };
    // Someone who speaks: 洛伦索表示，……; 习近平总书记勉励大伙，……; 韩正……提出五点建议：……; not 习近平主席同总统先生举行会谈，…….
    const speaks = SAYS.test(piece) || ADDRESSES.test(piece) || PROPOSES.test(piece);
    // A text that speaks: 贺词表示，……。希望…….
    const text = speaks ? DOCUMENT_SPEAKER.exec(piece.replace(SAYS, '')) : null;
    if (text && !context.names.personAtStart(piece)) return { speaker: text[0], kind: 'text' };
    if (/^(?:他|她)(?![们的])/.test(piece)) return speaks ? resolvePronoun(context, piece[0] as '他' | '她') : undefined;
    const person = context.names.personAtStart(piece) ?? titleAtStart(piece, context);
    // …… and who goes on to say something (习近平总书记作出重要指示，指出残疾人是……。希望……).
    const saysLater = pieces.slice(index + 1).some((later) => SAYS_NEXT.test(later.trim()));
    if (person) return speaks || saysLater ? { speaker: person, kind: 'person' } : undefined;
    // A body that directs (国务院安委办、应急管理部今天部署……。要求……), not one that holds a press conference.
    const body = DIRECTS.test(piece) ? subjectAtStart(piece) : null;
    if (body?.kind === 'official') return body;
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
  // After a cue inside someone else's words (李强表示，习近平主席指出，……。希望……) the one who 表示s speaks on.
  const floor = Math.max(
    context.itemStart,
    previousCue ? (previousCue.nested ? previousCue.sentenceStart : previousCue.bodyStart) : 0,
    sentenceStart - VOICE_LOOKBACK,
  );
  let end = sentenceStart;
  while (end > floor) {
    const start = Math.max(floor, sentenceStartBefore(doc.text, end - 1));
    const voice = openingVoice(doc.text.slice(start, end), { ...context, position: start });
    // The cue phrase names no one: the speaker carries over without the pronoun that named them.
    if (voice !== undefined) return voice && { speaker: voice.speaker, kind: voice.kind };
    end = start;
  }
  return previousCue && !previousCue.nested && end <= previousCue.bodyStart ? { speaker: previousCue.speaker, kind: previousCue.kind } : null;
}

/**
 * True when a text is cited inside the statement of the cue before it, in the same paragraph of
 * an event report (习近平指出，……。党的二十大报告强调，……。对这6条，要……; 文章指出，……。党的二十大
 * 报告明确指出，……): the speaker quotes the text. A feature's narration cites texts of its own.
 */
function citedInStatement({ text }: Document, previousCue: CueExpression, cited: { speaker: string; phrase: string; phraseStart: number }): boolean {
  // 报告还指出 after 报告指出 is the same text speaking on; a bare 文章 is the one the item is about.
  if (previousCue.kind !== 'person' && previousCue.kind !== 'text') return false;
  // A quotation that has closed (他要求，“……”。“十五五”规划纲要提出，……) is a statement that has ended.
  if (cited.speaker === previousCue.speaker || cited.phrase.replace(SETTING_WORDS, '') === cited.speaker || text[previousCue.bodyStart] === '“') return false;
  const { phraseStart } = cited;
  if (text.slice(previousCue.bodyStart, phraseStart).includes('\n')) return false;
  return quotesWords(previousCue, stripModifiers(text.slice(previousCue.phraseStart, previousCue.verbStart))) !== 'feature';
}

/** Reads the cue expression around the cue verb at `verbStart`, or null when it is no cue. */
function readCue(doc: Document, verbStart: number, previous: CueExpression | null): CueExpression | null {
  const { text, names, people, layout, headlines } = doc;
  // Cues in the headline or a sub-headline (a 快讯 item's title) head what follows; the body says it.
  if (headlines.some(([start, end]) => verbStart >= start && verbStart < end) || layout.inHeading(verbStart)) return null;
  // A cue inside a quoted statement (……：“……习近平希望……”) is part of that statement.
  if (layout.insideQuotation(verbStart)) return null;
  const itemStart = layout.itemStart(verbStart);
  const previousCue = previous && previous.verbStart >= itemStart ? previous : null;
  const cue = text.slice(verbStart, verbStart + 2) as Cue;
  // 部署要求 is a noun (……常委会部署要求), and so is what is made or given (作出重要指示指出 → 指出; 提出明确要求，).
  if (cue === '部署' && text.startsWith('要求', verbStart + 2)) return null;
  if (NOUN_CUES.has(cue) && NOUN_BEFORE.test(text.slice(Math.max(0, verbStart - 4), verbStart))) return null;
  // 提出要求，/提出希望： puts a noun forward, as 提出明确要求 does (明确 is then no verb).
  if (cue === '提出' && /^(?:明确)?(?:要求|希望)/.test(text.slice(verbStart + 2, verbStart + 6))) return null;
  if (cue === '明确' && /(?:提出|作出|做出|更加|十分|非常)$/.test(text.slice(Math.max(0, verbStart - 2), verbStart))) return null;
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
  } else if (
    DIRECT_OBJECT_CUES.has(cue) &&
    verbEnd === verbStart + 2 &&
    !DIRECT_OBJECT_STOP.test(text.slice(verbEnd, verbEnd + 2)) &&
    !text.startsWith('要', verbEnd)
  ) {
    bodyStart = verbEnd;
  } else return null;
  if (bodyStart >= text.length || (SENTENCE_END.test(text[bodyStart]!) && text[bodyStart] !== '\n')) return null;

  const sentenceStart = sentenceStartBefore(text, verbStart);
  const pieces = text.slice(sentenceStart, verbStart).split(PIECE_SEPARATOR);
  const local = pieces.pop()!;
  // The closing marks of a quotation the sentence before ended with (……。”总书记强调) open no phrase.
  const localStart = verbStart - local.length + /^[\s”’」』）)]*/.exec(local)![0].length;
  const phrase = stripModifiers(text.slice(localStart, verbStart).trim());
  const direct = bodyStart === verbEnd && quotationEnd === null;
  const previousSpeaker: Speaker | null = previousCue
    ? { speaker: previousCue.speaker, kind: previousCue.kind, ...(previousCue.pronoun ? { pronoun: previousCue.pronoun } : {}) }
    : null;
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

  // A phrase that only sets the scene leaves the speaker to the sentence's subject
  // (习近平总书记把握……大势，在多个国际场合强调，……).
  const sceneOnly = SCENE_PIECE.test(phrase) && pieces.some((piece) => piece.trim());
  if (phrase && !sceneOnly) {
    const phraseStart = localStart;
    if (FIRST_PERSON.test(phrase)) {
      // 我们都认为，…… opening a paragraph of someone's remarks is theirs; inside one it goes on with their statement.
      const opensParagraph = (sentenceStart === 0 || text[sentenceStart - 1] === '\n') && pieces.every((piece) => !piece.trim());
      return opensParagraph && previousCue?.kind === 'person' ? expression({ speaker: previousCue.speaker, kind: 'person' }, phraseStart, false) : null;
    }
    const speaker = parseSpeakerPhrase(phrase, context);
    // Only the meeting, a person or a party 要求s its object directly (布方希望同中方……); 《方案》要求…… reports a text.
    if (!speaker || (direct && speaker.kind === 'text')) return null;
    if (speaker.kind === 'text' && previousCue && citedInStatement(doc, previousCue, { speaker: speaker.speaker, phrase, phraseStart })) return null;
    // Inside what someone 表示s or 说s, only someone named speaks anew, for a sentence (李强表示，正如习近平主席
    // 指出，……; not 与会同志们表示，……，准确把握……要求，……); inside a statement a cue introduces, no one does: the
    // speaker quotes them (李强指出，习近平总书记强调，……; 拉夫罗夫强调，……，三方都希望……).
    const introduced = pieces.map((piece) => piece.trim()).filter((piece) => !SCENE_PIECE.test(piece));
    if (introduced.some((piece) => REPORTS_SPEECH.test(piece)))
      return speaker.kind === 'person' ? { ...expression(speaker, phraseStart, false), nested: true } : null;
    if (introduced.some((piece) => SAYS.test(piece))) return null;
    return expression(speaker, phraseStart, false);
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
  const subject = sentenceSubject(pieces, context, layout.inLead(verbStart), direct);
  if (!subject || (cue === '部署' && direct && !subject.lead)) return null;
  const { lead, named, ...speaker } = subject;
  return { ...expression(speaker, localStart, lead), ...(named ? { named } : {}) };
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
    if (!answer) {
      answer = tag(text);
      answers.set(text, answer);
    }
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
    const phrase = cue.named ?? stripModifiers(text.slice(cue.phraseStart, cue.verbStart));
    const quoted = cue.pronoun ? (quotedBy.get(cue.speaker) ?? null) : quotesWords(cue, phrase);
    quotedBy.set(cue.speaker, quoted);
    const next = cues[i + 1];
    // The next cue's whole sentence belongs to it, unless this clause started inside that sentence;
    // the closing marks its sentence opens with end this clause's quotation (……作用。”总书记强调).
    const limit = next
      ? next.sentenceStart > cue.bodyStart
        ? next.sentenceStart + /^[”’」』）)]*/.exec(text.slice(next.sentenceStart, next.phraseStart))![0].length
        : next.phraseStart
      : text.length;
    const end = clauseEnd(text, cue, Math.max(limit, cue.bodyStart), {
      speaker: cue.speaker,
      kind: cue.kind,
      quoted,
      orders: (cue.cue === '要求' || cue.cue === '号召') && cue.kind !== 'meeting' && cue.bodyStart === cue.verbStart + 2,
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
