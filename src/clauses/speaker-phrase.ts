/**
 * Who the words before a cue verb name (区委书记、区长张明华, 会议, 他, 《方案》, 东帝汶):
 * a person, the meeting, a body, a text, or no one — then the cue word was no cue.
 */
import {
  ARMY_SPEAKER,
  COUNTRIES,
  DOCUMENT_SPEAKER,
  GROUP_PRONOUNS,
  GROUP_SPEAKER,
  LAST_TITLE,
  MANNER,
  MEETING_SPEAKER,
  NAMED_DOCUMENT,
  NOT_A_VOICE,
  OFFICIAL_SPEAKER,
  ORGANISATION_END,
  ORGANISATION_SPEAKER,
  PLACE_SPEAKER,
  PRONOUNS,
  REPORTED_USE,
  SETTING_WORDS,
  SURNAMES,
  TEXT_AS_WRITTEN,
  TEXT_SPEAKER,
  TITLE,
} from './lexicon.js';
import type { Speaker, SpeakerContext } from './cue-expression.js';
import { looksLikeName, TITLE_AT_END, type Tagger } from './names.js';
import { nameAt } from './people.js';
import { bodyReferredTo, resolveGroupPronoun, resolvePronoun } from './pronouns.js';

// Verbs that pass a text on or carry it out: the text is their object, not a speaker.
const CARRIES_OUT = /传达|学习|贯彻|落实|响应|执行(?!机构|委员|局|理事|秘书|主任|董事)|遵照/;

// A foreign name in full, its parts joined by a dot (克莱门斯·菲斯特, 何塞·维加).
const FULL_FOREIGN_NAME = /^[\u4e00-\u9fff]{1,6}(?:[·•][\u4e00-\u9fff]{1,8}){1,3}$/;

/** A foreign name in full, not an organisation's or a group's name that happens to hold a dot. */
function isFullForeignName(text: string): boolean {
  return FULL_FOREIGN_NAME.test(text) && !ORGANISATION_END.test(text) && !GROUP_SPEAKER.test(text);
}

// A foreign name in full after the words that describe its bearer, and when they spoke (美国能源专家迈克尔·韦伯,
// 联合国人权问题特别报告员阿莱娜·杜晗, 世卫组织总干事高级顾问布鲁斯·艾尔沃德近期): the described are no titles of ours.
const DESCRIBED_FOREIGN_NAME =
  /^[^，。；“”]{0,24}?(?:专家|学者|学家|报告员|顾问|研究员|教授|分析师|主任|负责人|发言人|议员|官员|大使|总干事|秘书长|人士)([\u4e00-\u9fff]{1,6}(?:[·•][\u4e00-\u9fff]{1,8}){1,3})(?:近期|近日|日前|此前|近来|最近)?$/;

const MEMBER_SPEAKS = /^(.+?)常委(?:代表[\u4e00-\u9fff]{2,12}?)?(?:发言)?$/;
// A Chinese name of two or three characters, which starts with a surname.
const MEMBER_NAME = new RegExp(`^[${[...SURNAMES].join('')}][\\u4e00-\\u9fff]{1,2}$`);

// Titles that stand for one person (总书记, 习主席, 李总理).
const BARE_TITLE = new RegExp(`^(?:[${[...SURNAMES].join('')}])?(?:总书记|主席|总理|委员长)$`);

// What opens a speaker phrase without naming anyone: a setting (在给石峡村乡亲们的回信中总书记强调), 正如 (李强表示，正如习近平主席指出),
// or the core a body is led by (以习近平同志为核心的党中央).
const LEADING_SETTING =
  /^(?:在[^，。；“”]{2,30}?(?:中|上|时|期间)(?=[\u4e00-\u9fff]{0,6}(?:总书记|主席|总理|委员长)$)|会上|会议上|在会上|同时|此外|另外|最后|随后|会前|会后|期间|其间|正如|诚如|但|而|不过|然而|(?:另)?一方面|有(?=[^，。]{0,16}(?:人士|议员|官员|专家|学者|媒体|舆论|分析|人))|以[^，。]{1,12}为核心的|时任[^，。]{1,20}?的|(?:从|到|再到)(?=[^，。]{0,16}(?:会议|全会|报告|文件|《)))/;

// A meeting name does not carry a verb of its own (中央书记处要围绕……常委会 is no meeting speaking).
const NOT_A_MEETING_NAME = /要|围绕|按照|根据|落实|贯彻|学习|通过/;
// A body named by what it is (该机构希望……, 该组织认为……): the one of that kind the item named last.
const DEMONSTRATIVE_BODY = /^该(机构|组织|委员会|协会|中心|公司|银行|联盟|部门|法院|政府)$/;

/** Who a speaker phrase names, or null when it names no one (then it was no cue). */
export function parseSpeakerPhrase(phrase: string, context: SpeakerContext): Speaker | null {
  const { names } = context;
  let speakerText = phrase.replace(LEADING_SETTING, '');
  // 会上强调, 同时指出 carry the meeting on; 但希望, 而认为, 一方面又要求 only join a sentence, whoever's it is.
  if (!speakerText && phrase) return /^(?:但|而|不过|然而|(?:另)?一方面)$/.test(phrase) ? null : { speaker: '会议', kind: 'meeting' };
  // 习近平同志 is 习近平; 中央政治局的同志 and 广大同志 are a group.
  speakerText = speakerText.replace(/(?<![的大])同志$/, '');
  if (!speakerText || REPORTED_USE.test(speakerText)) return null;
  // A phrase that starts inside a quotation (以“儒学：世界和平与发展”为主题的……研讨会上) names no one.
  if ((speakerText.match(/“/g)?.length ?? 0) !== (speakerText.match(/”/g)?.length ?? 0)) return null;
  if (MEETING_SPEAKER.test(speakerText) && !NOT_A_MEETING_NAME.test(speakerText)) return { speaker: '会议', kind: 'meeting' };
  if (PRONOUNS.test(speakerText)) return resolvePronoun(context, speakerText as '他' | '她');
  if (GROUP_PRONOUNS.test(speakerText)) return resolveGroupPronoun(context, speakerText as '他们' | '她们');
  // 他, then only when or how he spoke (他在24日再次发文指出), not with whom (他和……).
  const pronoun = /^(?:他|她)(?![们的和同与及跟])/.exec(speakerText)?.[0] as '他' | '她' | undefined;
  if (pronoun && spokeHow(speakerText.slice(1)) && onlyHowOrWhen(speakerText.slice(1), context)) return resolvePronoun(context, pronoun);
  const referred = DEMONSTRATIVE_BODY.exec(speakerText);
  if (referred) return { speaker: bodyReferredTo(context, referred[1]!) ?? speakerText, kind: 'official' };
  if (TEXT_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'text' };
  // 信中指出，……: the letter just told of.
  if (/^(?:来)?信中$/.test(speakerText)) return { speaker: '信', kind: 'text' };
  // 其中明确，……: the text the sentences before named (……印发《……办法》，对……作出规定。其中明确，……).
  if (speakerText === '其中') return textNamedBefore(context);
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
  // A standing committee member who speaks in a round of speeches, for a party or not: a surname and one or two characters
  // before 常委 are a name, however the segmenter cuts them (黄润秋常委发言, 洪慧民常委代表民建中央发言: 黄润|秋).
  const member = MEMBER_SPEAKS.exec(speakerText);
  if (member && (MEMBER_NAME.test(member[1]!) || isFullForeignName(member[1]!))) {
    names.add(member[1]!);
    return { speaker: member[1]!, kind: 'person' };
  }
  const title = LAST_TITLE.exec(speakerText);
  if (title) {
    // 区委书记、区长于军 → 于军; and the name-first order: 张锡勇副局长 → 张锡勇.
    const after = speakerText.slice(title.index + title[0].length);
    const before = speakerText.slice(0, title.index).replace(/[、，]$/, '');
    // A dotted name before its title is whole (穆铁礼甫·哈斯木常委); after a title it may run on (总统易卜拉欣·莱希通电话).
    const dottedNameFirst = !after && isFullForeignName(before);
    const name = after || (looksLikeName(before, names) || nameAt(before, 0, context.tag) === before || dottedNameFirst ? before : '');
    if (name && (names.isNameAfterTitle(name) || nameAt(name, 0, context.tag) === name || dottedNameFirst)) {
      names.add(name);
      return { speaker: name, kind: 'person' };
    }
  } else if (looksLikeName(speakerText, names) || isFullForeignName(speakerText)) {
    // …… or a foreign name in full, which no title need introduce (克莱门斯·菲斯特).
    names.add(speakerText);
    return { speaker: speakerText, kind: 'person' };
  }
  const described = DESCRIBED_FOREIGN_NAME.exec(speakerText);
  if (described && isFullForeignName(described[1]!)) {
    names.add(described[1]!);
    return { speaker: described[1]!, kind: 'person' };
  }
  // A country speaks as itself (东帝汶希望), and so do countries together (科特迪瓦和塞内加尔要求), its army (以军要求)
  // and a province or city its segmenter knows as a place (北京市要求).
  if (speakerText.split(/[和、与及]/).every((part) => COUNTRIES.has(part)) || ARMY_SPEAKER.test(speakerText)) return { speaker: speakerText, kind: 'official' };
  if (PLACE_SPEAKER.test(speakerText) && context.tag(speakerText).every((word) => word.tag === 'ns')) return { speaker: speakerText, kind: 'official' };
  // A person, then only how or when they spoke (习近平7日下午, 习近平对此表示感谢, 习近平总书记冒雨).
  const person = names.personAtStart(speakerText);
  if (person && spokeHow(speakerText.slice(speakerText.indexOf(person) + person.length))) return { speaker: person, kind: 'person' };
  // An organisation, then when and how it spoke (税务总局、金融监管总局日前联合, 中国代表在安理会表决后发言).
  const organisation = speakerText.replace(BODY_SPOKE, '') || speakerText;
  if (ORGANISATION_SPEAKER.test(organisation) && readsAsNounPhrase(organisation, context.tag)) return { speaker: organisation, kind: 'official' };
  // A group or an unnamed voice (国际人士, 与会嘉宾, 委员们, 各中央巡视组组长, 美国媒体 of 美国媒体分析认为).
  const voice = speakerText.replace(MANNER, '') || speakerText;
  if (GROUP_SPEAKER.test(voice) && readsAsNounPhrase(voice, context.tag)) return { speaker: voice, kind: 'official' };
  // An office named by its body, with no name (各中央巡视组组长, 美国总统): the body's name may hold a verb (巡视组).
  return TITLE_AT_END.test(voice) && !NOT_A_VOICE.test(voice) && voice.length <= 20 ? { speaker: voice, kind: 'official' } : null;
}

// When and how a body or a delegate spoke, between its name and the cue: a day, together (日前联合), at an occasion
// (在安理会表决后发言), having others weigh it (今天（4月21日）组织气象、水利等部门研判).
const BODY_SPOKE =
  /(?:近日|日前|今天|昨天|当天|\d{1,2}日)?(?:[（(][^）)]{1,12}[）)])?(?:联合|共同|在[^，。；“”]{2,16}?(?:后|时|上|期间)(?:发言|致辞)?|组织[^，。；“”]{1,16}?(?:研判|会商))?$/;

// How far back 其中 looks for the text it is part of.
const TEXT_LOOKBACK = 200;

/** The text named last before the cue, within its news item and TEXT_LOOKBACK characters (其中 of 《……办法》). */
function textNamedBefore({ text, position, itemStart }: SpeakerContext): Speaker | null {
  const before = text.slice(Math.max(itemStart, position - TEXT_LOOKBACK), position);
  const named = [...before.matchAll(/《[^《》]{1,60}》/g)].pop();
  return named ? { speaker: named[0], kind: 'text' } : null;
}

// What may stand between a person's name and the cue: how or when they spoke, never whose words
// (习近平总书记的重要讲话), another person (习近平同普京总统) or what they wrote (……回信).
const ANY_TITLE = new RegExp(TITLE.source);

export const TITLES_FIRST = new RegExp(`^(?:${TITLE.source}|同志|先生|女士)+`);

function spokeHow(rest: string): boolean {
  const manner = rest.replace(TITLES_FIRST, '');
  // 对黑龙江提出新要求, 习近平主席所指出: the cue word is what they made or said, a noun; 习近平文化思想……正式提出: the thought is the subject.
  return (
    manner.length <= 30 &&
    !/[的、]|所$|提出|作出|做出|给予|寄予|进行|发出|表达/.test(manner) &&
    !/^[^对在就向为]{0,10}思想/.test(manner) &&
    !ANY_TITLE.test(manner)
  );
}

// Cue words that are nouns too (要求, 希望, 部署, 指示), and what makes them one after 他/她: a noun, measure word or
// pronoun before them (他重申谈判要求, 她给自己提了个要求, 他按照党中央部署), a verb of saying or following (他认为……问题希望渺茫).
const NOUN_CUE = /^(?:要求|希望|部署|指示)/;
const NOUN_HEAD_TAGS = /^(?:n|vn|nt|nz|q|m|r)/;
const FOLLOWS_OR_SAYS = /按照|根据|依照|遵照|认为|表示|指出|强调|提出|说/;
// Nouns of the act of speaking itself say how they spoke (再次发文, 发表讲话).
const SPEAKING_ACT = /(?:发文|撰文|发帖|讲话|发言|致辞)$/;

/** After 他/她, only when or how they spoke (在24日再次发文, 援引……研究, 立即), not what the cue word is the noun of. */
function onlyHowOrWhen(rest: string, { text, position, tag }: SpeakerContext): boolean {
  if (!rest || !NOUN_CUE.test(text.slice(position, position + 2))) return true;
  if (FOLLOWS_OR_SAYS.test(rest)) return false;
  const words = tag(rest);
  return SPEAKING_ACT.test(rest) || !NOUN_HEAD_TAGS.test(words[words.length - 1]!.tag);
}

// Verbs that name a group rather than say what it does (与会嘉宾, 受访者, 参会代表, 驻美国大使馆).
const GROUP_VERBS = /^(?:与会|参会|受访|在场|随行|出席|参加|驻|组成)$/;

/**
 * A noun phrase that names a speaker: no verb (贯彻落实党中央决策部署 is no speaker), no preposition, no adverb; a
 * country is a noun however the segmenter tags it (约旦 of 约旦外交部, which it takes for an adverb), and 等 lists bodies
 * (教育部等部门).
 */
function readsAsNounPhrase(phrase: string, tag: Tagger): boolean {
  if (phrase.length > 20 || NOT_A_VOICE.test(phrase)) return false;
  const words = tag(phrase);
  return words.every(({ word, tag: wordTag }) => !/^(?:p|v|d|u(?!j).*)$/.test(wordTag) || GROUP_VERBS.test(word) || COUNTRIES.has(word) || word === '等');
}
