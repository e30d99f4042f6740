/**
 * Where a clause ends: before the next cue expression, or where the statement
 * ends and other content begins — a paragraph of narrative, another voice, the
 * next news item, a credit or footer line, or (in features and reaction
 * pieces) the reporter's own narration right after a leader's words.
 */
import type { Span, SpeakerKind } from '../schema.js';
import { isHeadingLine } from './layout.js';
import {
  ANOTHER_ACTS,
  ANOTHER_VOICE,
  ATTENDANCE,
  BODY_END,
  CUE_VERBS,
  DAY_OPENER,
  DIRECTIVE_VERB_START,
  ENUMERATION_START,
  FOCUS_NARRATED,
  FOOTER_LINE,
  GROUP_REMARKS,
  GROUP_SUBJECT,
  GROUP_VOICE,
  LIST_ITEM,
  MEETING_NARRATIVE,
  MEETING_RECOUNTED,
  NARRATION_OPENER,
  NARRATION_PIECE,
  NARRATION_SETTING,
  SCENE_MOOD,
  NEWS_ITEM_START,
  OTHERS_TAKE_THE_FLOOR,
  PROCEDURE_VERBS,
  REPORTER,
  REPORTERS_CONTEXT,
  SPEAKERS_THOUGHT,
  TRAILING_FOOTER,
} from './lexicon.js';
import { modalityOf } from './modality.js';
import { CREDIT_LINE, TRAILING_CREDIT } from '../language/credits.js';
import { SENTENCE_END } from '../language/sentences.js';

/** What the end of a clause depends on: who speaks, and whether other people open sentences. */
export interface StatementContext {
  speaker: string;
  kind: SpeakerKind;
  /**
   * How the clause quotes someone's words inside a report about something else:
   * 'narration' — the reporter's narration may follow in the same paragraph (今年以来，……);
   * 'feature' — a feature's quote of a leader (习近平总书记强调, 总书记指出), a named
   * meeting (党的二十届三中全会提出) or a document (党的二十大报告提出), which goes on
   * only while it directs, lists, or speaks in the first person; null — an event report.
   */
  quoted: 'narration' | 'feature' | null;
  /**
   * An order that takes its object straight after the verb (民航局要求加大……, 哈莱维要求以军……, 曹琛号召……): it
   * does not go on into what the reporter tells besides, what has been done since or someone else does
   * (……。从昨天起，三亚凤凰机场增加……; ……。截至11日24时，……; ……。农业银行计划……), nor into how it was met
   * (……，但遭到拒绝。).
   */
  orders: boolean;
  /**
   * The speaker's next cue opens a later sentence of this paragraph bare (李强指出，……。本次论坛为……提供了良好平台。希望……):
   * a letter's or a speech's words, which the reporter has not broken into before it.
   */
  carriedOn: boolean;
  /** A person (known or titled) at the start of `sentence`, or null. */
  personAtStart(sentence: string): string | null;
  /** The person a bare title (总书记, 习主席) names at `position`, or null. */
  byTitle(title: string, position: number): string | null;
  /** The titled person whose name ends at `position` (金正恩 of 金正恩总书记), or null. */
  nameEndingAt(position: number): string | null;
}

/** Sentences of `text` in [start, end): each ends after 。！？ (and closing quotes) or at a line break. */
export function* sentences(text: string, start: number, end: number): Generator<Span> {
  let cursor = start;
  while (cursor < end) {
    let stop = cursor;
    while (stop < end && !SENTENCE_END.test(text[stop]!)) stop++;
    if (stop < end && text[stop] !== '\n') {
      stop++;
      while (stop < end && /[”’」』）)]/.test(text[stop]!)) stop++;
    }
    if (stop > cursor) yield [cursor, stop];
    cursor = stop < end && text[stop] === '\n' ? stop + 1 : stop;
  }
}

// A group at work in the narrative: ……，大家埋头苦干，……; 新征程上，广大干部群众坚持…….
const GROUP_AT_WORK = new RegExp(`(?:^|[，,])(?:${GROUP_SUBJECT.source})[^，,。]{0,6}?(?:坚持|埋头|纷纷|正在|积极|奋力|踊跃|牢记)`);

// A cue expression the grammar did not take, of a group (广大党员干部认为，……): someone else speaks.
const UNTAKEN_CUE = new RegExp(`^(?:${GROUP_SUBJECT.source})[^，。；！？“”]{0,12}?(?:${CUE_VERBS.join('|')})[，,：:]`);
const FIRST_PERSON = /我们|咱们|中方|中国愿|^我(?!国)|[，,]我(?!国)/;
// A group that says what it will do, with no pause (委员们表示要在各自岗位上……; 大家纷纷表示将……).
const GROUP_SAYS = new RegExp(`^[^，。；！？“”]{0,14}?(?:${GROUP_SUBJECT.source}|们)[^，。；！？“”]{0,6}?表示(?:要|将|愿|会|一定)`);
// 总书记, or a surname and a title (习主席, 李总理); a bare 主席 is too often a word's piece (主席国).
const BARE_TITLE_MENTION = /总书记|[\u4e00-\u9fff](?:主席|总理|委员长)/g;

const SPEAKER_AS_I = /(?:^|[，,：:])我(?![们国省市区县院校军方])/;

/** True when `sentence` speaks of the speaker in the third person (总书记的重要讲话……, 习近平主席的新年贺词……, 《意见》提出的……). */
function mentionsSpeaker(sentence: string, position: number, context: StatementContext): boolean {
  // 《意见》提出的主要目标是：……: a text spoken of by its name.
  // …… or by a longer name (共同发言提出…… of 发言).
  if (context.kind === 'text')
    return sentence
      .trimStart()
      .slice(0, context.speaker.length + 4)
      .includes(context.speaker);
  if (context.kind !== 'person') return false;
  const withoutThought = sentence.replace(SPEAKERS_THOUGHT, '');
  if (withoutThought.includes(context.speaker)) return true;
  // In the speaker's own first person a bare title is someone else's (不久前，我同通伦总书记互致信函).
  if (SPEAKER_AS_I.test(sentence)) return false;
  for (const match of sentence.matchAll(BARE_TITLE_MENTION)) {
    // 金正恩总书记 is 金正恩, whatever 总书记 alone would name.
    const named = context.nameEndingAt(position + match.index) ?? context.byTitle(match[0], position);
    if (named === context.speaker) return true;
  }
  return false;
}

const REPORTERS_SCENE = /^(?:(?:眼下|如今|目前|当下)[，,][^，。；]{0,20}?正|截至[^，。；]{1,20}[，,]|对此[，,])/;

/**
 * The reporter's narration after a person's words: a sentence that sets its
 * own time or place (今年以来，……; 眼下，……; 在深圳前海，……) and neither
 * directs (要, 必须) nor speaks in the first person (我们).
 */
function isNarration(sentence: string, kind: SpeakerKind): boolean {
  const opener =
    NARRATION_OPENER.exec(sentence) ??
    NARRATION_PIECE.exec(sentence) ??
    FOCUS_NARRATED.exec(sentence) ??
    MEETING_RECOUNTED.exec(sentence) ??
    GROUP_AT_WORK.exec(sentence) ??
    (kind === 'text' ? null : NARRATION_SETTING.exec(sentence));
  if (!opener) return false;
  const rest = sentence.slice(opener.index + opener[0].length);
  // 当前，全国……进入关键时期，各地区各有关部门要……: the setting of what those addressed are told further on.
  return !modalityOf(rest) && !ADDRESSED_MUST.test(rest) && !FIRST_PERSON.test(sentence);
}

// ……。俄方还警告美方……: the reporter tells a further remark by what it did, not in the speaker's own first person.
const FURTHER_REMARK = /^(?![我中])[^，。；“”]{1,12}?(?:还|也|同时|并|则)(?:警告|呼吁|谴责|指责|批评|敦促)/;

// A paragraph of someone's remarks that takes up the next matter (关于巴以冲突，这场悲剧……), or speaks as 我们 (我们决定做好
// 以下几方面工作。): the reporter writes neither.
const TOPIC_TAKEN_UP = /^关于[^，。；“”]{2,20}[，,]/;
const OWN_FIRST_PERSON = /^我们(?!的)/;

// Those a directive addresses, told what to do (……，各地区各有关部门要……).
const ADDRESSED_MUST = /[，,](?:各地区|各地|各级|各有关部门|有关部门|各部门|各单位)[^，。；]{0,10}?(?:要|必须|务必)/;

/** 聚焦特殊群体，我国……越织越牢: a paragraph that opens like a directive (聚焦, 围绕) but tells what the country did. */
function focusNarrated(sentence: string): boolean {
  const focus = FOCUS_NARRATED.exec(sentence);
  return !!focus && !modalityOf(sentence.slice(focus[0].length));
}

// A ministry or office that opens a sentence with what it will do or has done (文化和旅游部将……, 国家医保局日前……).
const BODY_AT_WORK = new RegExp(`^((?![^，。]*?[我你])[\\u4e00-\\u9fff、]{1,20}?${BODY_END}(?:等[^，。]{0,6}部门)?)(?:将|已|正|也将|还将|近日|日前|今天|\\d)`);

// What a person does in the narrative (李强随后来到……, 他勉励……, 王小洪7月3日在公安部作宣讲报告, 他代表中共中央向大家表示衷心感谢,
// 他代表党中央，向……表示热烈祝贺, 他祝孩子们……, 他批评……).
const NARRATIVE_ACT =
  /^(?:\d{1,2}日|\d{1,2}月\d{1,2}日|近日|日前|当天|随后|还|也|又|并|先后|首先|一行)*(?:代表[^，。；“”]{1,16}?[，,]?(?:向|对|欢迎|祝贺|感谢)|祝愿|祝福|祝(?=[\u4e00-\u9fff]{1,4}们)|批评|引用|在|到|赴|来到|走进|前往|抵达|察看|了解|听取|考察|调研|视察|看望|慰问|勉励|叮嘱|主持|出席|参加|会见|会谈|会晤|陪同|作|表示|说|指出|强调|要求|希望|提出|认为|称|介绍|同|与|向|对|和|详细|仔细|亲切|充分肯定|高度评价|感谢|祝贺|欢迎|赞赏|赞扬|称赞|盛赞)/;
// 他/她 doing something in the narrative (他还来到……, 他勉励……); not 他生前……, his deeds in a statement.
const PRONOUN_ACTS = new RegExp(`^(?:他|她)(?![们的生])${NARRATIVE_ACT.source.slice(1)}`);

/** True when `person`, at the start of `sentence` with their titles, does something in the narrative. */
function actsInNarrative(sentence: string, person: string): boolean {
  const after = sentence.slice(sentence.indexOf(person) + person.length).replace(/^(?:同志|总书记|主席|总理|委员长|先生|女士)+/, '');
  // 习近平总书记在全会上的重要讲话……, 阮富仲同志的逝世……: the person's words or deeds, spoken of.
  if (/^(?:在[^，。；]{1,16}?)?的/.test(after)) return false;
  return NARRATIVE_ACT.test(after) && !FIRST_PERSON.test(sentence);
}

// After an order, the reporter tells what has been done since, as of when, where, or what someone does already
// (同一天，……; 从昨天起，……; 截至11日24时，……; 在中日友好医院的呼吸与危重症医学科，……; 农业银行计划……; 网信部门已开通……;
// 英国9月消费者价格指数同比涨幅达10.1%; 英格兰银行近日警告……);
// not 各级工会要……, 一个共济人可…… or 在此基础上，…….
const ORDER_FOLLOWED_UP =
  /^(?:(?:同一天|同日|当天|当日|此后|随后)[，,]|(?:未来|预计)(?=将|[，,])|从[^，。；]{1,12}起[，,]|截至[^，。；]{1,20}[，,]|在(?![此这])[^，。；“”]{2,30}[，,]|[^，。；“”要应须需]{2,20}?(?:已经|已|正在|计划|进一步|近期|近日|日前|今年以来|同比|环比))/;

/**
 * Whether a piece of `sentence` opens with the speaker's own name (为缓解……，民航局安排……): who gives an order does
 * not name itself in it, the reporter tells what it did besides.
 */
function namesItself(sentence: string, speaker: string): boolean {
  return sentence.split(/[，,；;]/).some((piece) => piece.startsWith(speaker));
}

// A paragraph that only names what something holds, before a list of it (……措施包括：; 主要内容如下：).
const CONTENTS_ANNOUNCED = /^[^，,。；;“”]{2,40}?(?:包括|如下|主要有|有以下|分别是)[^，,。；;]{0,8}[：:]$/;

// A sentence that opens with what was just quoted, as the aim of what follows (围绕这一目标，……; 按照这些要求，……).
const REFERS_BACK = /^(?:围绕|按照|对照|朝着|锚定|为实现|为落实)(?:这一|这个|这些|上述)[^，。；]{0,8}[，,]/;

const OTHERS_RESTATE = /^[两三四五六七八九十多]国[^，。；]{0,8}?重申/;

// A sentence that opens with someone's cue (他强调，……): a statement of its own.
const CUE_OPENS = new RegExp(`^[^，。；“”]{0,24}?(?:${CUE_VERBS.join('|')})[，,：:]`);

// A sentence, or its statement, about a comrade by name (他强调，邓小平同志是……).
const COMRADE_OPENS = /(?:^|[，,：:])\s*[\u4e00-\u9fff]{2,4}同志(?!们)/;

// ……，但遭到拒绝。 / ……，但被拒绝。 / ……，遭到对方拒绝。 / ……，引发巴方强烈不满。
const REFUSED =
  /[，,](?:(?:但|却)?(?:遭到|遭|被)[^，。；]{0,6}?(?:拒绝|否决|驳回)|(?:此举|这一要求)?(?:引发|引起|招致)[^，。；]{0,12}?(?:不满|反对|批评|抗议|谴责))/;

// A connective that carries a list on only when what follows directs (此外，要……), not the reporter's 此外，外资机构还…….
const CONNECTIVE = /^(?:同时|此外|另外|最后|总之)[，,]?/;

/** A paragraph that goes on with the items of a statement: a numbered item, or a connective and a directive. */
function listsOn(paragraph: string): boolean {
  const connective = CONNECTIVE.exec(paragraph);
  if (!connective) return ENUMERATION_START.test(paragraph);
  const rest = paragraph.slice(connective[0].length);
  return !!modalityOf(rest) || DIRECTIVE_VERB_START.test(rest);
}

// The time a statement sets for what it asks (新时代新征程，全党……要……; 新的一年，各级党委必须……; 2025年，要……); not
// a speaker (中方代表发言，呼吁……要……) nor the reporter's own turn of phrase (越是困难时刻，越要……).
const TIME_SETTING =
  /^(?:新时代|新征程|新的一年|新阶段|新形势下|\d{4}年|今年|明年|下一步|下一阶段|今后|未来|当前|现阶段|面向未来|展望未来)[^，,。；;：:“”]{0,8}[，,]/;

/** A paragraph that opens with the time it sets and then directs (要, 必须) carries a statement on, as one opening with 要 does. */
function settingThenDirects(paragraph: string): boolean {
  const setting = TIME_SETTING.exec(paragraph);
  return !!setting && demands(paragraph.slice(setting[0].length));
}

// A sentence only the speaker says: in the first person, or with their belief or wish (相信……, 期待……, 祝愿……).
const SPEAKERS_OWN = /^(?:相信|深信|坚信|期待|期望|祝)/;

/** Whether `sentence` is the speaker's own, not the reporter's. */
function speakerGoesOn(sentence: string): boolean {
  return FIRST_PERSON.test(sentence) || SPEAKERS_OWN.test(sentence);
}

/** Whether `text` opens by telling someone what they must do (必须……, 各地要……), not only what to keep up (坚持……). */
function demands(text: string): boolean {
  const modality = modalityOf(text);
  return modality === '必须' || modality === '要';
}

/** ……，必须……, ……，要……; not ……，坚持……, which narration says as often. */
function directsInAPiece(sentence: string): boolean {
  return sentence.split(/[，,；;]/).some(demands);
}

// Someone told what they must do (一切国家机关和国家工作人员必须牢固树立人民公仆意识).
const SUBJECT_MUST = /^[^，。；“”]{1,20}?(?:必须|务必|应当|(?<![相响适对供反效答回感照顺理呼])应(?![急用对邀]))/;

/** A sentence that tells someone what to do (各地区各部门要……; ……，必须……; 一切国家机关……必须……). */
function tellsToDo(sentence: string): boolean {
  return !!modalityOf(sentence) || directsInAPiece(sentence) || SUBJECT_MUST.test(sentence) || /^[^，。；“”]{1,20}?要(?![求素点害闻])/.test(sentence);
}

// 不断焕新升级的“中国服务”，正为……; 持续增强的绿色能源供应能力，将为……: a directive verb that only qualifies the subject
// the reporter tells of.
const MODIFIED_SUBJECT = /^[^，,。；;]{2,24}的“?[^，,。；;的“”]{1,10}”?[，,](?:正|将|已|也)/;

/** A sentence that goes on with a quoted statement: it directs (……，必须……; 一切国家机关……必须……), lists, speaks in the first person or quotes. */
function directs(sentence: string): boolean {
  return (
    headsADirective(sentence) ||
    directsInAPiece(sentence) ||
    SUBJECT_MUST.test(sentence) ||
    ENUMERATION_START.test(sentence) ||
    (DIRECTIVE_VERB_START.test(sentence) && !MODIFIED_SUBJECT.test(sentence)) ||
    FIRST_PERSON.test(sentence) ||
    opensQuotation(sentence)
  );
}

/**
 * A sentence with a modal head: 必须, 要, 确保 with or without a subject (各地区要……), the milder heads only
 * where they open it (坚持……; 一是坚持……); 浙江杭州坚持科技创新，…… tells what a place does.
 */
function headsADirective(sentence: string): boolean {
  const modality = modalityOf(sentence);
  if (!modality) return false;
  return !['坚持', '力争', '鼓励', '倡导'].includes(modality) || MILD_HEAD_AT_START.test(sentence.trimStart());
}

const MILD_HEAD_AT_START =
  /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]?|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])?(?:坚持|力争|鼓励|支持|引导|倡导)/;

/** How many more quotations `sentence` opens (“) than it closes (”). */
function quoteBalance(sentence: string): number {
  return (sentence.match(/“/g)?.length ?? 0) - (sentence.match(/”/g)?.length ?? 0);
}

/** A sentence that opens a quotation (“……), not a quoted term (“十五五”开局之年，……). */
function opensQuotation(sentence: string): boolean {
  return /^[“「]/.test(sentence) && !/^[“「][^”」]{1,8}[”」][^，,。；;、！？!?”」\s]/.test(sentence);
}

// 把人口高质量发展同人民高品质生活紧密结合起来; 发挥好政府投资的带动放大效应; 保护好、传承好历史文化遗产是……:
// a sentence with no subject that opens with what is to be done.
const TASK_OPENS =
  /^(?:把(?![握关])|(?:遵循|打造|共同推进|共同建设|重点(?=完善|推进|加强|发展|建设))|(?:发挥|保护|传承|维护|守护|管理|利用|运用|用|办|讲|走|干|带|守|护|建设|落实|贯彻|把握|处理|统筹|解决|治理|弘扬|巩固|保障|培养|教育|引导)好)/;
// ……开设思想政治理论课非常必要，……: a judgement of what matters.
// ……只有……才能……; ……离不开……; ……根本在于……; ……都是为了……: what holds, as a speaker says it.
const MATTERS = /(?:非常|十分|尤为|极为|至关|更加|尤其)(?:必要|重要|关键)[，,。；;！]|只有[^。；]{2,40}才|离不开|(?:根本|关键)在于|都是为了/;
// 中国将始终坚定维护……: a leader speaking for the country.
const COUNTRY_PLEDGES = /^中国将/;

/**
 * A sentence of a feature's quote that says what is to be done or what matters, with no subject of
 * its own and none of the reporter's marks (figures, a comment opening with 这): the speaker's words go on.
 */
function carriesWordsOn(sentence: string): boolean {
  if (/\d|^[这此]|了[，,。；;！]/.test(sentence) || GROUP_OPENS.test(sentence)) return false;
  return TASK_OPENS.test(sentence) || MATTERS.test(sentence) || COUNTRY_PLEDGES.test(sentence) || LONG_SUBJECT_MUST.test(sentence);
}

// 大家深刻认识到，只有……才能……: a group's thought, not the speaker's words.
const GROUP_OPENS = new RegExp(`^(?:${GROUP_SUBJECT.source})`);

// 军队领导干部特别是高级干部要带头……: a subject longer than a modal head's (modality.ts) told what to do.
const LONG_SUBJECT_MUST = /^[^，,。；;“”]{13,24}?(?<![主重需只必纲摘扼提首紧])要(?![求素点害闻])/;

// 亲切温暖的话语，……; 总书记的系列讲话为……; 习近平主席的话语温暖人心; 这番话……: the words spoken of.
const THE_WORDS =
  /^(?:[^，。；“”]{0,12}?的)?(?:系列|重要|殷殷|谆谆)?(?:讲话|话语|嘱托|指示|指示要求|论述|期望|寄语|教诲)(?![精要])|^(?:这番|这些|一番|一席)(?:话|嘱托|讲话)/;

const HEEDED = /^(?:牢记|铭记|谨记|遵循|遵照|按照|依照|落实|贯彻|践行|不负|聆听|学习|领会|回应|带着|把)/;

/** A sentence that opens with the words just quoted, the speaker's or unattributed (亲切温暖的话语，饱含……). */
function speaksOfTheWords(sentence: string, context: StatementContext): boolean {
  const opening = THE_WORDS.exec(sentence.trimStart());
  // 牢记总书记的嘱托，……: what people do with the words, not the words spoken of.
  if (!opening || HEEDED.test(opening[0])) return false;
  const person = context.personAtStart(sentence);
  return !person || person === context.speaker;
}

/**
 * 'undirected': a feature's sentence that may be the speaker's or the reporter's, decided by what follows it;
 * 'words told': the reporter speaks of the words just quoted, which therefore ran up to here.
 */
type Verdict = 'goes on' | 'ends' | 'undirected' | 'words told';

// 击鼓催征勇争先，奋楫扬帆正当时。; 春来潮涌，万物竞发。: the reporter's couplet before turning to the words.
const COUPLET = /^([\u4e00-\u9fff]{3,8})[，,]([\u4e00-\u9fff]{3,8})[。！]$/;

/** An undirected sentence the reporter says, even right before speaking of the words: figures, what the words did, a couplet. */
function reportersAside(sentence: string): boolean {
  const couplet = COUPLET.exec(sentence);
  return /\d/.test(sentence) || WHAT_WORDS_DID.test(sentence) || (!!couplet && couplet[1]!.length === couplet[2]!.length);
}

/** The sentence just before `start` in its paragraph, up to 200 characters of it, or ''. */
function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  return (
    before
      .slice(before.lastIndexOf('\n') + 1)
      .split(/[。！？]/)
      .slice(-2)[0] ?? ''
  );
}

/**
 * A meeting's statement that tells what a leader did (全会一致认为，……。习近平总书记对……寄予殷切期望，提出明确要求。要……;
 * ……。习近平总书记在全会上发表重要讲话，深刻阐述了……。我们要……): the meeting speaks of it, as a later sentence of the
 * paragraph that directs shows.
 */
function meetingSpeaksOf(text: string, end: number, context: StatementContext, newParagraph: boolean): boolean {
  if (context.kind !== 'meeting' || context.quoted || newParagraph) return false;
  let cursor = end;
  for (let i = 0; i < 3; i++) {
    const span = nextSentenceSpan(text, cursor);
    if (!span) return false;
    const later = text.slice(span[0], span[1]);
    if (tellsToDo(later)) return !CUE_OPENS.test(later);
    cursor = span[1];
  }
  return false;
}

/** Where the sentence after `end` in its paragraph is, or null. */
function nextSentenceSpan(text: string, end: number): Span | null {
  const [span] = sentences(text, end, Math.min(text.length, end + 400));
  return span && !text.slice(end, span[0]).includes('\n') ? span : null;
}

/** The sentence after `end` in its paragraph, or ''. */
function nextSentence(text: string, end: number): string {
  const span = nextSentenceSpan(text, end);
  return span ? text.slice(span[0], span[1]) : '';
}

/**
 * Whether a sentence after the first carries the statement on, or where it
 * ends. A new paragraph carries it on only when the previous one announced a
 * list (：), or it opens with a numbered item, a directive head, or the next
 * paragraph of a quotation. In a feature's quote, a sentence that neither
 * directs nor speaks in the first person is 'undirected': the statement goes
 * on through it only when a later sentence of the paragraph does (团结就是力量，
 * 信心赛过黄金。我们要坚定信心……).
 */
function continuesStatement(text: string, [start, end]: Span, context: StatementContext, state: { inList: boolean; quoted: boolean }): Verdict {
  const s = text.slice(start, end).trim();
  if (!s) return 'goes on';
  const newParagraph = start > 0 && text[start - 1] === '\n';
  if (newParagraph) {
    if (isHeadingLine(s) || FOOTER_LINE.test(s)) return 'ends';
    const announced = /[：:；;]\s*$/.test(text.slice(Math.max(0, start - 3), start - 1));
    // 进一步优化新冠肺炎疫情防控措施包括：: the reporter names what a notice holds; 进一步 is the name's, no directive's head.
    if (!announced && CONTENTS_ANNOUNCED.test(s)) return 'ends';
    const quotationGoesOn = state.quoted && opensQuotation(s);
    // A feature quotes one paragraph, unless it lists or quotes on (“……”).
    const carried =
      context.quoted === 'feature'
        ? quotationGoesOn || LIST_ITEM.test(s)
        : announced ||
          state.inList ||
          listsOn(s) ||
          (DIRECTIVE_VERB_START.test(s) && !focusNarrated(s)) ||
          modalityOf(s) ||
          settingThenDirects(s) ||
          quotationGoesOn ||
          TOPIC_TAKEN_UP.test(s) ||
          (context.kind === 'person' && OWN_FIRST_PERSON.test(s));
    if (!carried) return 'ends';
  }
  // 此外，美国劳工部当天公布数据显示，……; 对此，土耳其通信局7日称，……: a connective does not make another source the speaker's.
  const told = s.replace(/^(?:此外|另外|同时|与此同时|对此)[，,]/, '');
  // ……。刘家强常委代表民革中央发言建议，……: another member's proposal, as after a ； (beforeAnotherRemark).
  if (anotherSpeaks(told) || FURTHER_REMARK.test(told) || UNTAKEN_CUE.test(s) || GROUP_VOICE.test(s) || GROUP_SAYS.test(s) || REPORTER.test(s)) return 'ends';
  if (CREDIT_LINE.test(s) || (TRAILING_CREDIT.test(s) && s.replace(TRAILING_CREDIT, '') === '')) return 'ends';
  // 学习贯彻党的二十大精神，要…… directs; 学习传达了……精神。 reports the agenda.
  // Nor does the same day (同一天，据尼日尔媒体报道，……).
  if (NEWS_ITEM_START.test(told.replace(/^(?:同一天|同日)[，,]/, ''))) return 'ends';
  // Inside a numbered item of the statement, a task that opens with such a verb is one more of its tasks (第四，……。研究制定……
  // 意见，形成长效机制。).
  const taskInItem = state.inList && !newParagraph;
  if (MEETING_NARRATIVE.test(s) || (PROCEDURE_VERBS.test(s) && !directsInAPiece(s) && !taskInItem)) {
    // A chair's closing speech goes through the session's business to what follows from it (赵乐际指出，……。会议作出决定，
    // 授权……。要加快……).
    const next = nextSentence(text, end);
    const goesThrough = context.kind === 'person' && !newParagraph && /^(?:本次)?会议/.test(s) && tellsToDo(next) && !CUE_OPENS.test(next);
    // The speaker's words about this occasion, before the speaker's own 希望 (……。本次论坛为……提供了良好平台。希望……),
    // first person (……。此次论坛北京峰会成果将惠及……。中方愿同……) or belief (……。这次峰会肩负着……。相信……).
    const occasionSpokenOf = !newParagraph && /^(?:本次|此次|这次|本届)/.test(s) && (context.carriedOn || (context.kind === 'person' && speakerGoesOn(next)));
    return goesThrough || occasionSpokenOf ? 'goes on' : 'ends';
  }
  if (ATTENDANCE.test(s) || OTHERS_TAKE_THE_FLOOR.test(s) || DAY_OPENER.test(s) || GROUP_REMARKS.test(s) || SCENE_MOOD.test(s)) return 'ends';
  // ……。三国外长重申支持……: others who took part restate their stand, in the report’s account (not 双方重申 in a leader’s words).
  if (context.kind === 'person' && OTHERS_RESTATE.test(told)) return 'ends';
  // An event report goes on with the reporter's context or another party's act (……。这是国家连续第19次提高……;
  // ……。伊朗最高领袖哈梅内伊当天也会见了哈立德。); a meeting's statement says neither.
  if (context.kind !== 'meeting' && !FIRST_PERSON.test(s) && (REPORTERS_CONTEXT.test(told) || ANOTHER_ACTS.test(told))) return 'ends';
  // ……。在广西考察时，他重点听取了……: the speaker on another occasion, in the reporter's words.
  if (context.kind === 'person' && ANOTHER_OCCASION.test(s)) return 'ends';
  // 他还来到……: the speaker in the narrative; not 他 of a comrade the statement speaks of (邓小平同志是……。他对党……作出了突出贡献).
  if (PRONOUN_ACTS.test(s) && !COMRADE_OPENS.test(sentenceBefore(text, start))) return 'ends';
  // Another body at work (交通运输部要求……。文化和旅游部将强化……).
  const body = BODY_AT_WORK.exec(told);
  if (body && context.kind !== 'meeting' && body[1] !== context.speaker) return 'ends';
  // Someone else acts in the narrative (李强随后来到……); not when the speaker speaks of them
  // (会议认为，……。习近平总书记在全会上的重要讲话……; 蔡奇指出，……。习近平总书记始终关心……).
  const person = context.personAtStart(s);
  if (person && person !== context.speaker && actsInNarrative(s, person) && !meetingSpeaksOf(text, end, context, newParagraph)) return 'ends';
  // 亲切温暖的话语，饱含……; 总书记的系列讲话为……: the reporter turns to the words just quoted.
  if (context.quoted === 'feature' && !newParagraph && speaksOfTheWords(s, context)) return 'words told';
  // 围绕这一目标，中央强化……: the reporter goes on from the words quoted to what was done for them.
  if (context.quoted === 'feature' && REFERS_BACK.test(s)) return 'ends';
  if (mentionsSpeaker(s, start, context)) return 'ends';
  // 当前，全国春管春耕工作陆续展开。各地区各部门要……: the setting a 批示 or a named speaker gives what it directs next.
  // A body's statement ends where the reporter shows the scene now, counts up or turns to the answer (农业农村部明确，……。
  // 眼下，贵州正着力打造……; ……。截至2月末，农发行已……; ……。对此，以色列方面暂未回应).
  if (context.kind === 'official' && !newParagraph && REPORTERS_SCENE.test(told) && !FIRST_PERSON.test(s)) return 'ends';
  if (context.quoted && !newParagraph && isNarration(s, context.kind))
    return context.quoted === 'narration' && tellsToDo(nextSentence(text, end)) ? 'goes on' : 'ends';
  if (context.quoted === 'feature' && !newParagraph && !directs(s)) {
    return carriesWordsOn(s) ? 'goes on' : 'undirected';
  }
  if (
    context.orders &&
    !directs(s) &&
    (ORDER_FOLLOWED_UP.test(told) || NARRATION_OPENER.test(told) || NARRATION_SETTING.test(told) || namesItself(told, context.speaker))
  )
    return 'ends';
  return 'goes on';
}

function trimClauseEnd(text: string, start: number, end: number): number {
  let body = text.slice(start, end);
  for (const trailing of [TRAILING_CREDIT, TRAILING_FOOTER]) {
    const match = trailing.exec(body);
    if (match) body = body.slice(0, match.index);
  }
  return start + body.replace(/[\s，,、：:]+$/, '').length;
}

export interface ClauseStart {
  bodyStart: number;
  /** Cue in the sentence that announces the meeting: its clause ends at the next ； or procedure verb. */
  inLeadSentence: boolean;
  /** A cue followed straight by a quotation (明确指出“……”): the clause is the quotation, ending here. */
  quotationEnd: number | null;
  /** A cue inside what someone else says (李强表示，正如习近平主席指出，……): its clause is one sentence. */
  nested?: boolean;
}

/** Where the clause that starts at `cue` ends, given where the next cue phrase starts. */
export function clauseEnd(text: string, cue: ClauseStart, limit: number, context: StatementContext): number {
  if (cue.quotationEnd !== null) return Math.min(cue.quotationEnd, limit);
  if (cue.inLeadSentence) {
    const region = text.slice(cue.bodyStart, limit);
    const procedure = /[；;。！？\n]|[，,](?=(?:听取|审议|研究|部署|传达|学习|通过|决定|讨论))/.exec(region);
    const stop = procedure ? cue.bodyStart + procedure.index + (/[；;。！？]/.test(procedure[0]) ? 1 : 0) : limit;
    return trimClauseEnd(text, cue.bodyStart, stop);
  }
  // Once a clause has opened a numbered list (一是……), its items may run over several paragraphs;
  // once it has opened a quotation, so may the quotation.
  const state = { inList: false, quoted: false };
  const spans = [...sentences(text, cue.bodyStart, limit)].slice(0, cue.nested ? 1 : undefined);
  let end = cue.bodyStart;
  // Quotation marks the statement has opened and not closed in its current paragraph.
  let openQuotes = 0;
  for (let i = 0; i < spans.length; i++) {
    const [start, stop] = spans[i]!;
    if (text[start - 1] === '\n') openQuotes = 0;
    // A quotation the statement opened goes on to its closing mark within the paragraph (总书记提出，“……命根子。拥有……”。).
    if (i > 0 && openQuotes <= 0) {
      let verdict = continuesStatement(text, [start, stop], context, state);
      // An undirected sentence stays when a later one of its paragraph goes on with the statement.
      // The reporter speaking of the words after it (……。亲切温暖的话语，……) shows that it was still the words.
      for (let j = i + 1; verdict === 'undirected' && j < spans.length && text[spans[j]![0] - 1] !== '\n'; j++) {
        const next = continuesStatement(text, spans[j]!, context, state);
        if (next === 'words told') verdict = reportersAside(text.slice(start, stop).trim()) ? 'ends' : 'goes on';
        else if (next !== 'undirected') verdict = next;
      }
      if (verdict !== 'goes on') break;
    }
    end = stop;
    const sentence = text.slice(start, stop).trim();
    openQuotes += quoteBalance(sentence);
    state.inList ||= LIST_ITEM.test(sentence);
    state.quoted ||= opensQuotation(sentence);
  }
  // Another member's remark after a ； ends a statement however its speaker was named (……；吴良好常委表示，……).
  const remarked = beforeAnotherRemark(text, cue.bodyStart, end);
  const narrated = context.quoted === 'feature' ? beforeNarratedAct(text, cue.bodyStart, remarked, context.orders) : remarked;
  const told = beforeSpeakerRetold(text, cue.bodyStart, narrated);
  const quoted = quotationTold(text, cue.bodyStart, told);
  return trimClauseEnd(text, cue.bodyStart, context.orders ? beforeRefusal(text, cue.bodyStart, quoted) : quoted);
}

/**
 * A statement ends at the ； after which the reporter tells another remark by what it did (……接续奋斗；用“……”，盛赞……),
 * or another speaker takes the floor in the same sentence, as a round of speeches is reported (……好同事；曹卫星常委代表
 * 民盟中央表示，……；李谠常委代表民建中央建议，……).
 */
function beforeAnotherRemark(text: string, start: number, end: number): number {
  const body = text.slice(start, end);
  for (const match of body.matchAll(/[；;]/g)) {
    const rest = body.slice(match.index + 1);
    if (ANOTHER_REMARK.test(rest) || anotherSpeaks(rest)) return start + match.index + 1;
  }
  return end;
}

// ……，他表示该组织全力支持……; ……；他还否认了……; ……，她呼吁……: the reporter tells the speaker's next remark or act.
const SPEAKER_RETOLD = /^(?:他|她)(?![们的])(?:还|也|同时|并)?(?:表示|说|否认|称|呼吁|指责|批评|谴责|宣布|透露|介绍|提到)/;
// ……，并针对新基建的各个领域作出具体部署。; ……；并对……作出总体要求。; ……，并就……提出了意见和建议。: closing the sentence,
// what the speaker did besides saying it (not ……，并对……作出新的规划和部署，双方要……, which goes on).
const DID_BESIDES = /^并(?:针对|就|围绕|对)[^，。；]{1,40}?(?:作出|做出|提出)了?[^，。；]{0,6}(?:部署|要求|意见建议|意见和建议)[。！]?$/;

/** `text` up to its first sentence end, that mark included. */
function firstSentence(text: string): string {
  const stop = text.search(/[。！？]/);
  return stop < 0 ? text : text.slice(0, stop + 1);
}

// Longer than any piece SPEAKER_RETOLD or DID_BESIDES reads.
const RETOLD_WINDOW = 90;

/**
 * A statement ends at the ， or ； after which the reporter tells of the speaker again within the sentence: as 他/她,
 * or by what they did besides. Only a piece that opens with 他, 她 or 并 is read, and only as far as those words
 * reach, so that a long statement costs linear work.
 */
function beforeSpeakerRetold(text: string, start: number, end: number): number {
  for (let at = start; at < end - 1; at++) {
    const mark = text[at]!;
    const next = text[at + 1]!;
    if ((mark !== '，' && mark !== ',' && mark !== '；' && mark !== ';') || (next !== '他' && next !== '她' && next !== '并')) continue;
    const window = text.slice(at + 1, Math.min(end, at + 1 + RETOLD_WINDOW));
    if (next !== '并' ? SPEAKER_RETOLD.test(window) : DID_BESIDES.test(firstSentence(window))) return at + 1;
  }
  return end;
}

/** An order ends before the reporter tells how it was met (西班牙要求意大利取消边境管控，但遭到拒绝。; ……，引发巴方强烈不满。) or what has been done since. */
function beforeRefusal(text: string, start: number, end: number): number {
  const body = text.slice(start, end);
  const refused = REFUSED.exec(body);
  if (refused) return start + refused.index + 1;
  // ……，法国已从马里……撤军; ……，目前这一期限已过; ……，截至今天12时，……: in the same sentence, what has been done since.
  for (const match of body.matchAll(/[，,]/g)) if (DONE_SINCE_ORDER.test(body.slice(match.index + 1))) return start + match.index + 1;
  return end;
}

// What the reporter tells after an order in the same sentence: what someone has done already, or as of when; not what is
// ripe already (抢收已成熟中稻).
const DONE_SINCE_ORDER = /^(?:截至[^，。；]{1,20}[，,]|[^，。；“”要应须需]{2,12}?(?:已经|已)(?!成为|是|成熟))/;

/**
 * In a feature, the reporter may go on in the same sentence with what the quoted words did or
 * what the speaker did besides (……，要激发有潜能的消费，并围绕……作出具体部署。; ……，要……，为教育强国
 * 建设提供了行动指南。): the quote ends before that clause.
 */
function beforeNarratedAct(text: string, start: number, end: number, orders: boolean): number {
  const body = text.slice(start, end);
  for (const match of body.matchAll(/[，,；;]/g)) {
    const rest = body.slice(match.index + 1);
    // ……攻坚战；在陕西汉中，他嘱咐大家，……: another occasion the reporter goes on to.
    // ……支撑；2023年，中央成立科技委员会……: the reporter's chronology of what was done since.
    if (/[；;]/.test(match[0]) && (ANOTHER_OCCASION.test(rest) || DONE_SINCE.test(rest))) return start + match.index + 1;
    if (!/[，,]/.test(match[0])) continue;
    if (ACT_ALONGSIDE.test(rest) || WORDS_MOVED.test(rest) || WORDS_TOLD_ON.test(rest) || (orders && WORDS_EXPOUNDED.test(rest)))
      return start + match.index + 1;
    if (
      WHAT_WORDS_DID.test(rest) &&
      directsInAPiece(
        body
          .slice(0, match.index)
          .split(/[。！？]/)
          .pop()!,
      )
    )
      return start + match.index + 1;
  }
  return end;
}

// ……，明确要求各级民政部门要……职责，深刻阐明了……问题: after an order told in the reporter's chain of verbs, the reporter
// sums up what the words did; not in a statement of what a report did (指出，党的二十大报告明确概括了……，深刻揭示了……).
const WORDS_EXPOUNDED_SOURCE = '(?:深刻|深入|系统|科学|全面|精辟|集中)?(?:阐明|阐述|阐释|揭示|论述)了';
const WORDS_EXPOUNDED = new RegExp(`^${WORDS_EXPOUNDED_SOURCE}`);
// ……，极大地鼓舞了广大农科学子: what the words did to those who heard them.
const WORDS_MOVED_SOURCE = '(?:极大地|深深地|深深)?(?:鼓舞|激励|温暖|感动|振奋)了';
const WORDS_MOVED = new RegExp(`^${WORDS_MOVED_SOURCE}`);
// 在陕西汉中，他嘱咐大家……; 在黑龙江漠河，总书记提出……: the speaker at another place.
const ANOTHER_OCCASION = /^在[^，。；]{1,16}[，,](?:他|她|总书记|习近平总书记|习近平)/;
// 李谠常委代表民建中央建议，……: another speaker’s proposal; not the speaker’s own 我们建议 or 中方建议, nor 意见和建议 or 政策建议 named.
const ANOTHER_SUGGESTS = /^(?![我你您对各在]|中方|中国)[^，。；！？“”的]{1,40}?(?<![见项条点议成和与及策])建议[，,：:]/;

/** Whether `piece` opens with another voice taking the floor: one who 表示s, 说s, 介绍s …, or another member's 建议. */
function anotherSpeaks(piece: string): boolean {
  return ANOTHER_VOICE.test(piece) || ANOTHER_SUGGESTS.test(piece);
}

// ……号召全党……；用“……”，盛赞中国人民……: another remark of the speaker, told by what it did.
const ANOTHER_REMARK = /^(?:又|还|并)?(?:用|以|借)“[^”]{1,40}”[，,](?:盛赞|称赞|赞扬|赞美|褒扬|歌颂|礼赞|勉励|激励)/;
// 并就……作出系统部署, 并围绕……做出具体部署; ……，对……作出战略部署。 closing the sentence: what the speaker did besides saying it.
const ACT_ALONGSIDE = /^(?:并(?:就|围绕|对|在)[^，。；]{0,40}?(?:作出|做出)|对[^，。；]{2,30}?(?:作出|做出)了?[^，。；]{0,4}部署。?$)/;
// ……，这让王雅丽的努力方向更加清晰; ……，这让大家对未来发展充满信心: what the words meant to those the reporter tells of.
const WORDS_TOLD_ON = /^这(?:让|使|使得|给|令)(?![^，。；]*(?:我|中国|世界|国家))[^，。；]{1,24}?(?:更加|充满|有了|倍感|深受|备受)/;
// 为……提供了行动指南, 为……指明了方向, 为……打开了新思路: what the words did, said after the words direct.
const WHAT_WORDS_DID_SOURCE = '为[^，。；]{2,40}?(?:提供了|指明了|注入了|奠定了|明确了|打开了|开辟了|带来了)';
const WHAT_WORDS_DID = new RegExp(`^${WHAT_WORDS_DID_SOURCE}`);
// A year the reporter dates what happened next by (2021年，……; 2023年3月，……; 同年，……).
const DATED_SOURCE = '(?:\\d{4}年(?:\\d{1,2}月)?|同年|次年)[，,]';

// A dated piece that tells what was done (2023年，中央成立……; 2021年，“……”被写入……), not a target (2035年，基本实现……).
const DONE_SINCE = new RegExp(`^${DATED_SOURCE}[^；;。]*?(?:了|被|成立|召开|出台|印发|发布)`);

// What follows a quoted statement in the reporter's words: what the words did (，为……提供了科学指引; ，极大地鼓舞了……), or
// after ；, the chronology the reporter goes on with (；2021年，……被写入……).
const AFTER_QUOTATION = new RegExp(`^(?:[，,](?:${WHAT_WORDS_DID_SOURCE}|${WORDS_MOVED_SOURCE}|${WORDS_EXPOUNDED_SOURCE})|[；;]${DATED_SOURCE})`);

/** A statement that is one quotation (指出，“……”，为……提供了……) ends at its closing mark when the reporter's comment follows. */
function quotationTold(text: string, start: number, end: number): number {
  if (text[start] !== '“') return end;
  const close = text.indexOf('”', start);
  return close > start && close < end && !text.slice(start, close).includes('\n') && AFTER_QUOTATION.test(text.slice(close + 1, end)) ? close + 1 : end;
}
