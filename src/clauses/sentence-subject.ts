/**
 * The speaker of a cue that names none: the subject of its sentence (……召开……会议，要求……) or the voice a
 * sentence before it opens with, carried on (……。希望……).
 */
import { BODY_AT_START, COUNTRIES, DOCUMENT_SPEAKER, MEETING_LEAD, NOT_A_VOICE, PROCEDURE_VERBS, SETTING_WORDS, TEXT_AT_START } from './lexicon.js';
import type { CueExpression, Speaker, SpeakerContext } from './cue-expression.js';
import { resolvePronoun, titleAtStart } from './pronouns.js';
import { nameAt } from './people.js';
import { PIECE_SEPARATOR, REPORTS_SPEECH, SAYS, sentenceStartBefore, setsTheScene } from './sentence-pieces.js';
import { TITLES_FIRST } from './speaker-phrase.js';

// A later piece of a sentence that says what its subject said (……，指出残疾人是……; ……，强调……).
const SAYS_NEXT = /^(?:指出|强调|表示|认为|提出|要求|希望)/;
// Proposals a person puts forward by number, whose items may open with 希望 (……提出五点建议：一是……。希望蒙方……);
// not 习近平主席提出全球治理倡议, which another speaker cites.
const PROPOSES = /提出[^，。；]{0,10}?[一二三四五六七八九十两几\d]+(?:点|条|项)(?:建议|主张|倡议|意见)$/;
// Remarks a person made, whose words a sentence opening with 强调/希望 goes on with (……作出一系列重要论述和重要指示批示。强调，……).
const REMARKS_MADE = /(?:作出|做出|发表)[^，。；]{0,16}(?:指示|批示|论述|讲话)[。！]?$/;
// Verbs with which a person addresses someone (习近平总书记勉励大伙，……。希望……).
const ADDRESSES = /(?:勉励|嘱托|叮嘱|寄语|鼓励|祝愿|祝贺|感谢|欢迎|寄望|期望|期待)[^，。]{0,8}$/;

/**
 * A cue verb with no speaker before it, after a comma: its speaker is the
 * subject of the sentence (……召开……会议，要求…… → 会议; 戴源详细询问……，要求…… → 戴源).
 * A meeting announced in the lead of a news item speaks as 会议; elsewhere the
 * person who chaired it is the subject (习近平总书记……主持召开座谈会，要求……).
 */
/**
 * A piece that opens with a person the report names, however it goes on (习近平总书记在今年全国两会期间), or with a
 * bare title that stands for one (总书记还来到村民家中).
 */
function opensWithPerson(piece: string, context: SpeakerContext): boolean {
  const person = context.names.personAtStart(piece);
  return (!!person && piece.startsWith(person)) || !!titleAtStart(piece, context);
}

export function sentenceSubject(
  pieces: string[],
  context: SpeakerContext,
  inLead: boolean,
  direct: boolean,
): (Speaker & { lead: boolean; named?: string }) | null {
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
      // …… or a bare title that stands for one (春节将至，……，习主席高度重视，要求……).
      const titled = titleAtStart(piece, context);
      const title = /^[\u4e00-\u9fff]?(?:总书记|主席|总理|委员长)/.exec(piece)?.[0] ?? '';
      if (titled && !/^(?:同志)?的/.test(piece.slice(title.length))) return { speaker: titled, kind: 'person', lead: false };
      // …… or a body that acts after what it acts for (为有效应对……的影响，做好……，农业农村部已下发通知，要求……).
      const body = bodyActing(piece, before, direct);
      if (body) return { ...body, lead: false };
      continue;
    }
    if (/^(?:会上|会议上)$/.test(piece)) return { speaker: '会议', kind: 'meeting', lead: false };
    if (setsTheScene(piece) && !opensWithPerson(piece, context)) continue;
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
    // Someone the report names without a title, who hears, sees or visits (彭丽媛听取了……情况介绍，希望……).
    const host = nameAt(piece, 0, context.tag);
    if (host && HOST_ACTS.test(piece.slice(host.length))) return { speaker: host, kind: 'person', lead: false };
    // A text or a plenum that deals with something, then speaks of it (《条例》首次……作出规定，强调，……; “十五五”规划《建议》将……
    // 作为……原则，指出，……; 党的二十届三中全会对……作出进一步部署，指出，……).
    const atWork = direct ? null : textOrPlenumAtWork(piece);
    if (atWork) return { ...atWork, lead: false };
    const body = bodyActing(piece, before, direct);
    if (body) return { ...body, lead: false };
    const country = COUNTRY_ACTS.exec(piece);
    if (country) return { speaker: country[0], kind: 'official', lead: false };
    subjectless = true;
  }
  return null;
}

// A text by its title, after what qualifies it (“十五五”规划《建议》), or a plan by its kind, that deals with something.
const TEXT_AT_WORK =
  /^((?:“[^”]{1,8}”)?[^，。；《》“”]{0,8}?(《[^《》]{1,60}》|规划纲要))(?:首次|还|也|进一步|专门|再次)?(?:对|就|将|把|从|聚焦|围绕|作出|做出)/;
// A plenum or a work conference that deals with something (党的二十届三中全会对……作出进一步部署).
const PLENUM_AT_WORK = /^((?:党的)?[^，。；《》“”]{2,16}?(?:全会|全体会议|工作会议))(?:首次|还|也|进一步|专门|再次)?(?:对|就|将|把|作出|做出)/;

/** The text or plenum a piece opens with at work, named as the piece names it (a feature's “十五五”规划《建议》 quotes as one). */
function textOrPlenumAtWork(piece: string): (Speaker & { named: string }) | null {
  const text = TEXT_AT_WORK.exec(piece);
  if (text) return { speaker: text[2]!, kind: 'text', named: text[1]! };
  const plenum = PLENUM_AT_WORK.exec(piece);
  return plenum ? { speaker: '会议', kind: 'meeting', named: plenum[1]! } : null;
}

// What a host does before saying what they hope or ask (听取了……介绍, 参观了……, 察看……).
const HOST_ACTS = /^(?:\d{1,2}日|近日|当天|随后|还|也|先后)*(?:听取|了解|察看|来到|参观|走进|考察|视察|调研|询问|看望|慰问)/;

/**
 * A body or a text that acts, then speaks (全国总工会近日对……进行部署，要求……; 中共中央办公厅、国务院办公厅印发……，要求……);
 * a body 要求s its object directly only when it directs (not 双方代表团举行3次会晤，要求……), and 《方案》……，要求……
 * reports a text, as 《方案》要求…… does.
 */
function bodyActing(piece: string, before: string, direct: boolean): Speaker | null {
  const body = direct && !DIRECTS.test(before) ? null : subjectAtStart(piece);
  return body && !(direct && body.kind === 'text') ? body : null;
}

// What a body does when it directs: it deploys, notifies, publishes, or delivers a note (俄罗斯外交部7日照会……，要求……).
const DIRECTS = /部署|通知|印发|下发|发布(?!会)|出台|制定|作出|发出|研判|会商|调度|照会/;

// A country, its government or its army opening a sentence with what it does (乍得军方以……为由，要求……; 尼日尔宣布……，
// 并要求……); not 美国多地民众……, whose subject is the people, nor 谴责……，要求……, whose demand the condemnation says.
const COUNTRY_ACTS = new RegExp(
  `^(${[...COUNTRIES].sort((a, b) => b.length - a.length).join('|')})(?:军方|政府|方面)?(?=近日|日前|今天|昨天|此前|\\d{1,2}日|宣布|决定|以(?![军色])|已|将|再次|同日|当天|随后|正式|通过|拒绝)`,
);

/**
 * The bodies a piece opens with, before what they do (全国总工会|近日对……, 中共中央办公厅、国务院办公厅|印发,
 * 中央编办等五部门|联合印发), or the text it opens with (报告|总结……).
 */
function subjectAtStart(rawPiece: string): Speaker | null {
  // 日前国家卫生健康委、国家疾控局印发……: the time before the bodies is not their name.
  const piece = rawPiece.replace(SETTING_WORDS, '');
  const body = BODY_AT_START.exec(piece);
  if (body && !NOT_A_VOICE.test(body[1]!)) {
    // 农业农村部会同水利部、应急管理部联合下发通知: the bodies it works with issue it too (not 会同有关方面).
    const partners = piece.startsWith('会同', body[1]!.length) ? BODY_AT_START.exec(piece.slice(body[1]!.length + 2)) : null;
    const speaker = partners && !NOT_A_VOICE.test(partners[1]!) ? `${body[1]!}会同${partners[1]!}` : body[1]!;
    return { speaker, kind: 'official' };
  }
  const text = TEXT_AT_START.exec(piece);
  return text ? { speaker: text[1]!, kind: 'text' } : null;
}

// A sentence that looks back: a year, or 以来/多次/先后/曾.
const RETROSPECT = /\d{4}年|以来|多次|先后|曾经?|此前|时任/;

// How far back the sentences before a sentence-opening cue are read for who speaks.
const VOICE_LOOKBACK = 600;
const TEXT_PROVIDES = /^(《[^《》]{1,60}》)(?:还|并|也|进一步)?(?:明确|规定|提出|要求|强调|指出)/;
// A sentence that publishes a document makes it the subject of the next: ……印发《方案》。提出，……
const PUBLISHES = /(?:发布|印发|出台|公布|发表|推出)(?:了)?(《[^》]{2,60}》)[^，。；]{0,12}[。；]?$/;
const NOTICE_ISSUED = /^[^，。；]{2,40}?(?:印发|下发|发出|发布)(通知|意见)[，。；]/;
// 央视网消息（新闻联播）：, which opens the item's first sentence.
const DATELINE = /^[^，。；：:]{0,20}?(?:消息|讯)(?:[（(][^）)]{1,12}[）)])?[：:]/;

/**
 * Who a sentence speaks for when it opens with a speaker: 会议……, a person
 * (习近平总书记勉励大伙，……), 他/她, someone who 表示s (洛伦索表示，……), a document
 * just published. Undefined for a sentence of narrative with no speaker; null
 * for a voice that is no speaker of ours (大家表示，……).
 */
function openingVoice(sentence: string, context: SpeakerContext): Speaker | null | undefined {
  const published = PUBLISHES.exec(sentence);
  if (published) return { speaker: published[1]!, kind: 'text' };
  // …… and an unnamed notice by its kind (国家医保局、财政部日前印发通知，在全国层面……。明确，……).
  const issuing = sentence.replace(DATELINE, '');
  const notice = NOTICE_ISSUED.exec(issuing);
  if (notice && subjectAtStart(issuing)) return { speaker: notice[1]!, kind: 'text' };
  if (MEETING_LEAD.test(sentence)) return { speaker: '会议', kind: 'meeting' };
  const pieces = sentence.split(PIECE_SEPARATOR);
  for (const [index, rawPiece] of pieces.entries()) {
    const piece = rawPiece.trim();
    if (!piece) continue;
    // 3月5日，……; 党的十八大以来，……: the time or scene before the voice.
    if (setsTheScene(piece) && !opensWithPerson(piece, context)) continue;
    // A text that says what it provides (《办法》明确经营主体……；……；要求……): its own items, not its publishers'.
    const provides = TEXT_PROVIDES.exec(piece);
    if (provides) return { speaker: provides[1]!, kind: 'text' };
    // The meeting or plenum as subject (全会总结了……。一致认为，……), not as a setting (会议期间，……).
    if (/^(?:会议|全会|大会)(?!期间|前|后|上|中|结束|召开|举行|开幕|闭幕)/.test(piece)) return { speaker: '会议', kind: 'meeting' };
    // Someone who speaks: 洛伦索表示，……; 习近平总书记勉励大伙，……; 韩正……提出五点建议：……; not 习近平主席同总统先生举行会谈，…….
    const speaks = SAYS.test(piece) || ADDRESSES.test(piece) || PROPOSES.test(piece) || REMARKS_MADE.test(piece);
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
export function carriedSpeaker(text: string, sentenceStart: number, previousCue: CueExpression | null, context: SpeakerContext): Speaker | null {
  // After a cue inside someone else's words (李强表示，习近平主席指出，……。希望……) the one who 表示s speaks on.
  const floor = Math.max(
    context.itemStart,
    previousCue ? (previousCue.nested ? previousCue.sentenceStart : previousCue.bodyStart) : 0,
    sentenceStart - VOICE_LOOKBACK,
  );
  let end = sentenceStart;
  while (end > floor) {
    const start = Math.max(floor, sentenceStartBefore(text, end - 1));
    const voice = openingVoice(text.slice(start, end), { ...context, position: start });
    // The cue phrase names no one: the speaker carries over without the pronoun that named them.
    if (voice !== undefined) return voice && (quoterOf(text, start, voice, context) ?? { speaker: voice.speaker, kind: voice.kind });
    end = start;
  }
  if (!previousCue || previousCue.nested || end > previousCue.bodyStart) return null;
  return quoterOf(text, previousCue.sentenceStart, previousCue, context) ?? { speaker: previousCue.speaker, kind: previousCue.kind };
}

/**
 * Who quotes `voice`, a person opening the sentence at `start`, when the paragraph opens with another person's remarks
 * (韩正表示，……。习近平主席指出，……。希望……): the words cited are the quoter's to go on with, and so is the 希望 after them.
 */
export function quoterOf(text: string, start: number, voice: Speaker, context: SpeakerContext): Speaker | null {
  if (voice.kind !== 'person') return null;
  const remarker = remarkerOf(text, start, context);
  return remarker && remarker.speaker !== voice.speaker ? remarker : null;
}

/** The person whose remarks (……表示，……; ……说，……) open the paragraph of the sentence at `start`, if any. */
export function remarkerOf(text: string, start: number, context: SpeakerContext): Speaker | null {
  // The paragraph's start, looked for no further back than a voice is (a text without line breaks stays linear).
  const floor = Math.max(context.itemStart, start - VOICE_LOOKBACK);
  let paragraphStart = start;
  while (paragraphStart > floor && text[paragraphStart - 1] !== '\n') paragraphStart--;
  if (paragraphStart >= start || (paragraphStart > context.itemStart && text[paragraphStart - 1] !== '\n')) return null;
  const firstSentence = text.slice(paragraphStart, start).split(/[。！？]/)[0]!;
  if (!REPORTS_SPEECH.test(firstSentence.split(PIECE_SEPARATOR)[0]!.trim())) return null;
  const remarker = openingVoice(firstSentence, { ...context, position: paragraphStart });
  return remarker?.kind === 'person' ? { speaker: remarker.speaker, kind: 'person' } : null;
}
