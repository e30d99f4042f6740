/**
 * Who a pronoun (他, 她), a bare title (总书记) or a body named by its kind (该机构) stands for: someone
 * the news item named before it.
 */
import { GROUP_SPEAKER, OFFICIAL_SPEAKER, SETTING_WORDS } from './lexicon.js';
import type { Speaker, SpeakerContext } from './cue-expression.js';
import { nameAt } from './people.js';
import { PIECE_SEPARATOR, SAYS, MAX_LOOKBACK, onlySetting, sentenceStartBefore } from './sentence-pieces.js';

// ……在全国公安工作会议上讲话, ……并发表重要讲话: a speech whose words the next sentence's 他指出 gives.
const GAVE_A_SPEECH = /讲话[。！]?$/;

// How many sentences back a pronoun looks for the person a sentence opens with.
const SUBJECT_SENTENCES = 3;

/**
 * The titled person (or bare title: 总书记) a sentence opens with, after its setting (当天，在……时，), named with a
 * title before `end`, where the sentence ends; or someone named without a title who opens it speaking.
 */
function titledSubject(sentence: string, end: number, { names, people, tag }: SpeakerContext): string | null {
  for (const rawPiece of sentence.split(PIECE_SEPARATOR)) {
    const piece = rawPiece.trim();
    if (!piece || onlySetting(piece)) continue;
    const person = names.personAtStart(piece);
    if (person && people.titledBefore(person, end)) return person;
    // Someone who speaks, named without a title (赫什近日在接受媒体采访时称，……。他认为; 陈文清……在……会议上讲话。他指出).
    const speaking = SAYS.test(piece) || GAVE_A_SPEECH.test(piece) ? nameAt(piece, 0, tag) : null;
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
export function resolvePronoun(context: SpeakerContext, written: '他' | '她'): Speaker {
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

// How far a group's name may run at the start of a piece (美国各界人士, 近百位德国退役军官).
const GROUP_NAME_MAX = 16;
// What a group named as a subject goes on to do (多国人士表示, 国际人士高度关注, 与会者反对): not a title after a body
// (民革中央主席……), which names a person.
const GROUP_ACTS = /^(?:表示|认为|指出|强调|说|称|纷纷|普遍|一致|高度|反对|呼吁|要求|积极|热烈|认真|在|对|就|都|也|还|则|近日|日前|\d)/;

/** The group a piece opens with, as short as its name allows (美国各界人士, not 美国各界), then what it does. */
function groupAtStart(piece: string): string | null {
  const names = (length: number): boolean => {
    const name = piece.slice(0, length);
    return (GROUP_SPEAKER.test(name) || OFFICIAL_SPEAKER.test(name)) && GROUP_ACTS.test(piece.slice(length));
  };
  for (let length = 2; length <= Math.min(GROUP_NAME_MAX, piece.length - 1); length++) if (names(length)) return piece.slice(0, length);
  return null;
}

/**
 * 他们/她们: the group that opens, after its setting, the sentence of the pronoun or one of the two before, in the same news
 * item (多国人士表示，……。他们认为 → 多国人士); with none, the pronoun stays as written and says it is unresolved.
 */
export function resolveGroupPronoun(context: SpeakerContext, written: '他们' | '她们'): Speaker {
  const { text, position, itemStart } = context;
  let end = text.lastIndexOf(written, position);
  let start = Math.max(itemStart, sentenceStartBefore(text, end));
  let group: string | null = null;
  for (let n = 0; n < SUBJECT_SENTENCES && !group && end > itemStart; n++) {
    for (const rawPiece of text.slice(start, end).split(PIECE_SEPARATOR)) {
      const piece = rawPiece.trim();
      if (!piece || onlySetting(piece)) continue;
      group = groupAtStart(piece);
      break;
    }
    end = start;
    start = Math.max(itemStart, sentenceStartBefore(text, end - 1));
  }
  return { speaker: group ?? written, kind: 'official', pronoun: { written, resolved: !!group } };
}

/** The person a bare title opening `piece` stands for (总书记强调……, 习主席来到……). */
export function titleAtStart(piece: string, { people, position }: SpeakerContext): string | null {
  const bare = /^[\u4e00-\u9fff]?(?:总书记|主席|总理|委员长)/.exec(piece)?.[0];
  return bare ? (people.byTitle(bare, position) ?? people.byTitle(bare.slice(1), position)) : null;
}

const HAN_ONLY = /^[\u4e00-\u9fff]+$/;
// A body's name opening a piece, up to where it starts to act (联合国世界粮食计划署|当天表示, 德国联邦统计局|5日公布).
const BODY_NAME_AT_START =
  /^([\u4e00-\u9fff]{2,16}?(?:署|局|办公室|组织|机构|委员会|银行|基金|中心|协会|联盟|理事会))(?=\d|当天|今天|近日|日前|发布|公布|表示|称|发表|认为|指出|强调|的)/;

/**
 * The body of kind `kind` that opens a clause of the news item before the cue (国际原子能机构5日发表声明说，……。
 * 该机构希望…… → 国际原子能机构), else the body that opens one (联合国世界粮食计划署当天表示，……。该机构强调), or null.
 */
export function bodyReferredTo({ text, position, itemStart }: SpeakerContext, kind: string): string | null {
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
