/**
 * The people a report names with a title (国务院总理李强, 匈牙利总理欧尔班,
 * 习近平总书记), where it names them, and by which title. A pronoun (他/她)
 * and a bare title (总书记, 习主席) refer to one of them: a person named
 * earlier in the same news item with a title, never a piece of another word
 * (江大 in 长江大保护, 和群众 after 代表).
 */
import type { Tagger } from './names.js';
import { COUNTRIES, NAME_END, NOT_NAMES, ORGANISATION_END, PARTY_LEADERS, SURNAMES, TITLE, TITLES, TRANSLITERATION } from './lexicon.js';

export interface Mention {
  name: string;
  title: string;
  /** Offset of the name. */
  at: number;
}

const HAN = /^[\u4e00-\u9fff]+$/;
// Chinese names run to three characters, transliterated ones further (内塔尼亚胡, 斯莫特里赫).
const CHINESE_NAME = [2, 3] as const;
const FOREIGN_NAME_MAX = 6;
// Two-character surnames (欧阳, 司马) and the Japanese names in the news (石破, 高市, 岸田).
const COMPOUND_SURNAMES = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|端木|石破|高市|岸田|安倍|麻生|茂木)/;

function endsName(text: string, at: number): boolean {
  return at >= text.length || NAME_END.test(text.slice(at, at + 8));
}

function isForeign(name: string): boolean {
  return [...name].every((char) => TRANSLITERATION.has(char));
}

const TRANSLITERATED = `[${[...TRANSLITERATION].join('')}]{2,${FOREIGN_NAME_MAX}}`;
const FOREIGN_FULL_NAME = new RegExp(`^${TRANSLITERATED}(?:[·•\\-－]${TRANSLITERATED}){1,2}`);

const TITLE_SET: ReadonlySet<string> = new Set(TITLES);

function plausible(name: string): boolean {
  // 鲁登科, 格鲁什科: a run of transliteration may end as a section's name does (财务科).
  const organisation = ORGANISATION_END.test(name) && !(name.endsWith('科') && name.length >= 3 && isForeign(name));
  return HAN.test(name) && !NOT_NAMES.has(name) && !COUNTRIES.has(name) && !organisation && !TITLE_SET.has(name);
}

// Tags the segmenter gives names: known (nr, nrfg, nrt) or unknown words (x); places for some foreign names.
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
const FOREIGN_NAME_TAGS = new Set([...NAME_TAGS, 'ns']);
// A name does not start with a function word: 和|群众, 向|世界, 于|当年, 曾|指出.
const FUNCTION_TAGS = new Set(['c', 'p', 'd', 'u', 'r', 'v', 'f', 'm', 'q', 'y', 'e', 'o', 'uj', 'ul', 'ud', 'ug', 'uv', 'uz']);

/**
 * What the segmenter makes of a candidate name: no common word (党中央, 考察, 发表 in
 * 时发表), no function word first (和|群众, 向|世界, 于|当年, 曾|指出), no preposition
 * last (高声|向).
 */
function readsAsPerson(name: string, foreign: boolean, tag: Tagger): boolean {
  const words = tag(name);
  if (words.length === 1) return (foreign ? FOREIGN_NAME_TAGS : NAME_TAGS).has(words[0]!.tag);
  // 泽|连斯基, 古|特雷斯, 马克|龙: every word of two characters is a name's.
  // A run of three or more is a name however the segmenter cuts it (达加|洛, 基里|洛夫); two must read as one.
  if (foreign) return name.length >= 3 || words.every(({ word, tag: wordTag }) => word.length === 1 || FOREIGN_NAME_TAGS.has(wordTag));
  const [first, ...rest] = words;
  const last = words[words.length - 1]!;
  if (rest.some(({ word, tag: wordTag }) => word.length > 1 && /^v/.test(wordTag))) return false;
  // 栗|战书, 张国|清.
  return first!.word.length === 1 ? !FUNCTION_TAGS.has(first!.tag) : NAME_TAGS.has(first!.tag) && !(last.word.length === 1 && /^[pcudr]/.test(last.tag));
}

/** True when a known word runs across offset `cut` of the text at `at` (来到 across 曾来|到, 陪同 across 蔡奇陪|同). */
function splitsWord(text: string, at: number, cut: number, tag: Tagger): boolean {
  let offset = 0;
  for (const { word, tag: wordTag } of tag(text.slice(at, at + cut + 3))) {
    const end = offset + word.length;
    if (offset < cut && end > cut) return wordTag !== 'x';
    if (end >= cut) return false;
    offset = end;
  }
  return false;
}

// How far around a mention the text is read for the same name said again (丁薛祥和…… / 丁薛祥表示).
const ECHO_WINDOW = 2000;

/** True when `name` appears again near `at` with a name's ending after it, and no known word across its end. */
function echoed(text: string, name: string, at: number, tag: Tagger): boolean {
  const from = Math.max(0, at - ECHO_WINDOW);
  const region = text.slice(from, at + ECHO_WINDOW);
  for (let i = region.indexOf(name); i >= 0; i = region.indexOf(name, i + 1)) {
    const other = from + i;
    if (other !== at && endsName(text, other + name.length) && !splitsWord(text, other, name.length, tag)) return true;
  }
  return false;
}

/**
 * The name that starts at `at` (just after a title) and that the segmenter
 * reads as a person: a Chinese name of a surname and one or two characters,
 * ending where a name's ending follows (张国清于19日 → 张国清, 王毅表示 → 王毅)
 * and no known word runs across its end (蔡奇|陪同, not 蔡奇陪) unless the
 * report says it so elsewhere (丁薛祥和…… beside 丁薛祥表示), else where the
 * segmenter ends a word (赵立群|立即); or a run of transliteration characters
 * (马杜罗表示, 欧尔班7日).
 */
export function nameAt(text: string, at: number, tag: Tagger): string | null {
  // 巴沙尔·阿萨德, 迪亚斯-卡内尔, 安娜·托尼: parts of transliteration joined by a dot or a hyphen.
  const joined = FOREIGN_FULL_NAME.exec(text.slice(at, at + 24));
  // The mark between the parts says it is a name, whatever the segmenter makes of a part (何塞·维加, 维加/v).
  if (joined && endsName(text, at + joined[0].length) && joined[0].split(/[·•\-－]/).every((part) => plausible(part))) return joined[0];
  const foreign = foreignNameAt(text, at, tag);
  // 罗斯巴赫的……: a run of three or more is a foreign name even when it starts with a surname (罗).
  if (foreign && foreign.length >= 3) return foreign;
  return chineseNameAt(text, at, tag) ?? foreign ?? knownNameAt(text, at, tag);
}

// Names the segmenter knows whole run to five characters (鸠山由纪夫).
const KNOWN_NAME_MAX = 5;

/**
 * A name the segmenter knows as one word, a person's (nr), where no surname or run of transliteration
 * reads one: Japanese names (鸠山由纪夫近日发文).
 */
function knownNameAt(text: string, at: number, tag: Tagger): string | null {
  // The segmenter is asked only where such a name could end: after most titles none can (代表|和群众), and
  // asking it after every title of a report was a tenth of pdx's time.
  let ends = false;
  for (let length = 3; length <= KNOWN_NAME_MAX && !ends; length++) ends = plausible(text.slice(at, at + length)) && endsName(text, at + length);
  if (!ends) return null;
  const [first] = tag(text.slice(at, at + KNOWN_NAME_MAX + 3));
  if (first?.tag !== 'nr' || first.word.length < 3 || first.word.length > KNOWN_NAME_MAX) return null;
  // Its surname alone is a name too (鸠山|由纪夫), which an idiom the segmenter takes for a name is not (念兹|在兹).
  const surname = tag(first.word.slice(0, 2));
  if (surname.length !== 1 || surname[0]!.tag !== 'nr') return null;
  return plausible(first.word) && endsName(text, at + first.word.length) ? first.word : null;
}

function chineseNameAt(text: string, at: number, tag: Tagger): string | null {
  const surname = COMPOUND_SURNAMES.exec(text.slice(at, at + 2))?.[0] ?? (SURNAMES.has(text[at] ?? '') ? text[at]! : '');
  if (!surname) return null;
  const candidates = CHINESE_NAME.map((length) => text.slice(at, at + surname.length - 1 + length)).filter(
    (name, i) => name.length === surname.length - 1 + CHINESE_NAME[i]! && plausible(name) && readsAsPerson(name, false, tag),
  );
  const whole = (name: string): boolean => !splitsWord(text, at, name.length, tag) || echoed(text, name, at, tag);
  const ended = candidates.find((name) => endsName(text, at + name.length) && whole(name));
  if (ended) return ended;
  // A name of four (乔进双梅, 格桑德吉) when the report says it again so, ending a name each time.
  const four = text.slice(at, at + surname.length + 3);
  if (
    four.length === surname.length + 3 &&
    plausible(four) &&
    endsName(text, at + four.length) &&
    echoed(text, four, at, tag) &&
    readsAsPerson(four, false, tag)
  )
    return four;
  // Else where the segmenter ends a word (赵立群|立即, 刘芳|第一时间) — not inside a run of
  // transliteration that goes on (罗斯|巴赫独家专访).
  const edges = wordEdges(text.slice(at, at + 8), tag);
  const runsOn = (name: string): boolean => isForeign(text.slice(at, at + name.length + 1)) && at + name.length < text.length;
  return [...candidates].reverse().find((name) => edges.has(name.length) && !runsOn(name)) ?? null;
}

function foreignNameAt(text: string, at: number, tag: Tagger): string | null {
  let end = at;
  while (end < text.length && end - at < FOREIGN_NAME_MAX && TRANSLITERATION.has(text[end]!)) end++;
  for (let stop = end; stop >= at + 2; stop--) {
    const name = text.slice(at, stop);
    if (plausible(name) && endsName(text, stop) && readsAsPerson(name, true, tag)) return name;
  }
  return null;
}

/** Offsets where the segmenter cuts `text` into words. */
function wordEdges(text: string, tag: Tagger): Set<number> {
  const edges = new Set<number>([0]);
  let at = 0;
  for (const { word } of tag(text)) {
    at += word.length;
    edges.add(at);
  }
  return edges;
}

// How much text around a title the segmenter reads to see whether the title is a word of its own.
const WORD_WINDOW = 6;

/** False when the title is a piece of a longer word (省长 in 湖北省长江大保护). */
function titleIsWord(text: string, start: number, end: number, tag: Tagger): boolean {
  const from = Math.max(0, start - WORD_WINDOW);
  const edges = wordEdges(text.slice(from, Math.min(text.length, end + WORD_WINDOW)), tag);
  return edges.has(end - from);
}

/**
 * The name right before a title (习近平总书记强调, 李强总理要求, 栗战书委员长主持):
 * a Chinese name, or a foreign one the segmenter does not read as a place
 * (not 伊朗 of 伊朗总统称……, 乌拉圭 of 乌拉圭总统拉卡列).
 */
function nameBefore(text: string, titleStart: number, tag: Tagger): string | null {
  for (const length of [3, 2]) {
    const at = titleStart - length;
    if (at < 0) continue;
    const name = text.slice(at, titleStart);
    if (!plausible(name) || !(SURNAMES.has(name[0]!) || isForeign(name))) continue;
    const before = text[at - 1] ?? '';
    const opens =
      at === 0 ||
      /[，,、。；;：:！？\s（(“”]/.test(before) ||
      (/[\u4e00-\u9fff]/.test(before) && wordEdges(text.slice(Math.max(0, at - WORD_WINDOW), titleStart), tag).has(Math.min(at, WORD_WINDOW)));
    if (!opens || nameAt(text, at, tag) !== name) continue;
    if (SURNAMES.has(name[0]!) || tag(name).every((word) => word.tag !== 'ns')) return name;
  }
  return null;
}

// How far back a chain of titles (……、……、) before a name is read.
const CHAIN_WINDOW = 60;
const TITLE_AT_PART_END = new RegExp(`(?:${TITLES.join('|')})$`);

/** The titles listed with 、 right before the title at `titleStart`: 中共中央总书记、国家主席、 → [中共中央总书记, 国家主席]. */
function chainedTitles(text: string, titleStart: number): string[] {
  const before = text.slice(Math.max(0, titleStart - CHAIN_WINDOW), titleStart);
  if (!before.endsWith('、')) return [];
  const chain = before.slice(Math.max(...['，', '。', '；', '：', '\n'].map((mark) => before.lastIndexOf(mark))) + 1, -1);
  return chain
    .split('、')
    .map((part) => TITLE_AT_PART_END.exec(part)?.[0])
    .filter((title): title is string => !!title);
}

const OPENING_PARENTHESIS = /[（(]/;
const CLOSING_PARENTHESIS = /[）)]/;

/** Every person the text names with a title, in reading order. */
export function titledMentions(text: string, tag: Tagger): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(TITLE)) {
    const title = match[0];
    const start = match.index;
    const end = start + title.length;
    // 校长（院长）蔡奇: the other title of a joint office, in parentheses right before the name.
    const nameStart = OPENING_PARENTHESIS.test(text[start - 1] ?? '') && CLOSING_PARENTHESIS.test(text[end] ?? '') ? end + 1 : end;
    const after = nameAt(text, nameStart, tag);
    if (after && titleIsWord(text, start, end, tag)) {
      mentions.push({ name: after, title, at: nameStart });
      // The titles listed before it are the same person's (中共中央总书记、国家主席、中央军委主席习近平).
      for (const chained of chainedTitles(text, start)) mentions.push({ name: after, title: chained, at: nameStart });
      continue;
    }
    const before = nameBefore(text, start, tag);
    if (before) mentions.push({ name: before, title, at: start - before.length });
  }
  return mentions.sort((a, b) => a.at - b.at);
}

// Titles that stand for one person in context: 总书记, 总理; with a surname: 习主席, 李总理.
const BARE_TITLES = ['总书记', '主席', '总理', '委员长', '总统', '首相'];

interface Occurrence {
  name: string;
  at: number;
}

/** The occurrence that ends last at or before `position`, when it starts at or after `floor` (occurrences in reading order). */
function lastBefore(occurrences: readonly Occurrence[], position: number, floor: number): string | null {
  let lo = 0;
  let hi = occurrences.length - 1;
  let found: Occurrence | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const occurrence = occurrences[mid]!;
    if (occurrence.at + occurrence.name.length <= position) {
      found = occurrence;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && found.at >= floor ? found.name : null;
}

// A person named this many times as a subject is someone the report is about.
const SUBJECT_TIMES = 3;
// Where a sentence or a clause starts.
const PIECE_START = /(?:^|[。！？；;，,：:\n])[\s“]*/g;

/** Names at the start of sentences and clauses, of the people named so at least SUBJECT_TIMES times. */
function subjectOccurrences(text: string, tag: Tagger): Occurrence[] {
  const counts = new Map<string, number>();
  const found: Occurrence[] = [];
  for (const match of text.matchAll(PIECE_START)) {
    const at = match.index + match[0].length;
    const first = text[at] ?? '';
    if (!SURNAMES.has(first) && !TRANSLITERATION.has(first)) continue;
    const name = nameAt(text, at, tag);
    if (!name) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    found.push({ name, at });
  }
  return found.filter(({ name }) => counts.get(name)! >= SUBJECT_TIMES);
}

export class People {
  private readonly mentions: Mention[];
  /** Each place a titled person is named, from their first titled mention on. */
  private readonly occurrences: Occurrence[] = [];
  /** Where the name of each titled mention ends. */
  private readonly endings = new Map<number, string>();
  /** Each place an untitled person the report is about opens a sentence or a clause; read when a pronoun needs it. */
  private subjects: Occurrence[] | null = null;
  /** The Party's general secretary the text names, found on first need (undefined: not yet looked for). */
  private partyLeader: string | null | undefined;

  constructor(
    private readonly text: string,
    private readonly tag: Tagger,
  ) {
    this.mentions = titledMentions(text, tag);
    const first = new Map<string, number>();
    for (const mention of this.mentions) if (!first.has(mention.name)) first.set(mention.name, mention.at);
    if (first.size === 0) return;
    // Each name is looked up where it could start, the longest first, and the text read on after it.
    const lengths = [...new Set([...first.keys()].map((name) => name.length))].sort((a, b) => b - a);
    // A name is looked up only where its first character stands, not sliced out at every offset.
    const initials = new Set([...first.keys()].map((name) => name[0]!));
    for (let at = 0; at < text.length; at++) {
      if (!initials.has(text[at]!)) continue;
      for (const length of lengths) {
        const name = text.slice(at, at + length);
        const from = first.get(name);
        if (from === undefined) continue;
        if (at >= from) this.occurrences.push({ name, at });
        at += length - 1;
        break;
      }
    }
    for (const { name, at } of this.mentions) this.endings.set(at + name.length, name);
  }

  /** Everyone named with a title. */
  names(): Set<string> {
    return new Set(this.mentions.map((mention) => mention.name));
  }

  /** True when `name` is named with a title somewhere before `position`. */
  titledBefore(name: string, position: number): boolean {
    return this.mentions.some((mention) => mention.name === name && mention.at < position);
  }

  /** The titled person whose name, as written, ends at `position` (金正恩 of 金正恩总书记), or null. */
  nameEndingAt(position: number): string | null {
    return this.endings.get(position) ?? null;
  }

  /** The titled person named last before `position`, not before `floor` (他/她). */
  lastNamed(position: number, floor: number): string | null {
    return lastBefore(this.occurrences, position, floor);
  }

  /**
   * The person the report is about though it gives them no title, named last as a
   * subject before `position`, not before `floor`: someone it names again and again
   * at the start of a sentence or a clause (江泽民出生于……。1943年，江泽民考入……。他指出).
   */
  lastSubject(position: number, floor: number): string | null {
    this.subjects ??= subjectOccurrences(this.text, this.tag);
    return lastBefore(this.subjects, position, floor);
  }

  /**
   * The person a bare title names (总书记 → 习近平, 习主席 → 习近平): the last one
   * named with that title before `position`, else the first one after it; null
   * when `title` is no bare title or names no one.
   */
  byTitle(title: string, position: number): string | null {
    const bare = BARE_TITLES.find(
      (candidate) => title === candidate || (title.length === candidate.length + 1 && title.endsWith(candidate) && SURNAMES.has(title[0]!)),
    );
    if (!bare) return null;
    const surname = title.slice(0, title.length - bare.length);
    // 习主席 is 习近平 also where the report names him only as 习近平总书记.
    const titled = this.nearest((mention) => mention.title.endsWith(bare) && mention.name.startsWith(surname), position);
    if (titled) return titled;
    if (surname) return this.nearest((mention) => mention.name.startsWith(surname), position);
    // 总书记 is the Party's general secretary also where the report names him only as 以习近平同志为核心的党中央.
    return bare === '总书记' ? this.namedPartyLeader() : null;
  }

  private namedPartyLeader(): string | null {
    if (this.partyLeader === undefined) {
      const named = PARTY_LEADERS.map((name) => ({ name, at: this.text.indexOf(name) })).filter(({ at }) => at >= 0);
      this.partyLeader = named.length > 0 ? named.reduce((first, next) => (next.at < first.at ? next : first)).name : null;
    }
    return this.partyLeader;
  }

  /** The name of the last mention before `position` that `fits`, else of the first after it. */
  private nearest(fits: (mention: Mention) => boolean, position: number): string | null {
    let chosen: Mention | null = null;
    for (const mention of this.mentions) {
      if (!fits(mention)) continue;
      if (mention.at < position || !chosen) chosen = mention;
      if (mention.at >= position) break;
    }
    return chosen?.name ?? null;
  }
}
