/**
 * One cue expression (`[会上，][speaker][lead phrase][adverbs][cue verb][，：:]`) read around its
 * verb: whether it is a cue at all, where its statement starts, and who speaks.
 */
import type { Cue, Span } from '../schema.js';
import type { StatementContext } from './clause-end.js';
import type { CueExpression, Speaker, SpeakerContext } from './cue-expression.js';
import { COUNTRIES, CUE_PUNCTUATION, CUE_VERBS, DIRECT_OBJECT_CUES, LAST_TITLE, MEETING_LEAD, OCCASION_PHRASE, SETTING_WORDS } from './lexicon.js';
import { Layout } from './layout.js';
import { NameBook, TITLE_AT_END, type Tagger } from './names.js';
import { People } from './people.js';
import { carriedSpeaker, quoterOf, remarkerOf, sentenceSubject } from './sentence-subject.js';
import { opensSentence, PIECE_SEPARATOR, REPORTS_SPEECH, SAYS, SCENE_PIECE, sentenceStartBefore, stripModifiers } from './sentence-pieces.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';
import { STATEMENT_END } from '../language/sentences.js';

// The speaker's own voice in their remarks (我们都认为, 我和欧尔班总理一致认为).
const FIRST_PERSON = /^(?:我们|咱们|我)/;

const CUE_SET: ReadonlySet<string> = new Set(CUE_VERBS);
// How far back a meeting announcement still sets the scene for a speakerless cue.
const MEETING_CONTEXT = 400;
// 希望与会嘉宾…… and 希望和平…… do take an object; 要求和…… does not.
const DIRECT_OBJECT_STOP = /^(?:[的了及等、。，,；;：:！？）)》”’\s]|和(?!平|谐)|与(?!会))|^$/;

function skipSpaces(text: string, position: number): number {
  let i = position;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

// Up to six characters with no pause and no modal head (要稳字当头 says something; 投资于人, 全球文明倡议 name it).
const QUOTED_TERM = /^(?![要应不必])[^，,、；;：:。！？!?]{1,6}$/;

/**
 * Where a quotation that a cue introduces without punctuation ends (明确指出“着力建设……”，): just
 * after its closing mark, or after the mark that ends the sentence there, when a statement ends
 * there; null when the quotation is a name or a noun's attribute (提出“两山”理念, 强调“四个意识”的……),
 * which is no statement.
 */
function quotationStatementEnd(text: string, open: number): number | null {
  let close = text.indexOf('”', open + 1);
  if (close < 0 || /[\n]/.test(text.slice(open, close))) return null;
  // 首次提出“新质生产力”，此后……; 会议提出“五个必须”，……: a concept named, not a statement (提出“共抓大保护、不搞大开发”).
  if (QUOTED_TERM.test(text.slice(open + 1, close))) return null;
  // 强调“……”“……”: statements quoted one after another, which the last closing mark ends.
  while (text[close + 1] === '“') {
    const nextClose = text.indexOf('”', close + 2);
    if (nextClose < 0 || /[\n]/.test(text.slice(close, nextClose))) break;
    close = nextClose;
  }
  const next = text[close + 1] ?? '';
  // The sentence's final mark is the statement's own (提出“……”。); a pause goes with what follows.
  if (/[。！？!?]/.test(next)) return close + 2;
  return next === '' || /[，,；;\n]/.test(next) ? close + 1 : null;
}

const IDIOM_AFTER_YAO = /^(?:同存异|同化异|真务实)/;

// Words that make a cue word that is also a noun one: what is made or given, or its kind (作出重要指示, 提出要求, 系统部署).
const NOUN_CUES: ReadonlySet<Cue> = new Set<Cue>(['指示', '部署', '要求']);
const NOUN_BEFORE = /(?:作出|做出|作|提出|进行|给予|重要|(?<!重)新的?|总|有关|决策|系统|战略|具体|谋划|研究|安排|统筹)$/;

// A verb that makes 部署 in a meeting's lead sentence set a task (部署开展……), not name an agenda item (部署……工作).
const DEPLOYS = /^(?:开展|加快|推进|推动|进一步|做好|抓好|加强|实施|落实|深化|促进|完善|建立|健全|提升|扩大|巩固|强化|优化|全面)(?!了)/;

/** What a report offers every cue: its text, the people it names, and its layout. */
export interface Document {
  text: string;
  names: NameBook;
  people: People;
  layout: Layout;
  headlines: readonly Span[];
  tag: Tagger;
}

/** The report `text` as every cue reads it: the people it names with a title are known names from the start. */
export function documentOf(text: string, headlines: readonly Span[], tag: Tagger): Document {
  const names = new NameBook(tag);
  const people = new People(text, tag);
  for (const name of people.names()) names.add(name);
  return { text, names, people, layout: new Layout(text), headlines, tag };
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
// Some countries, no party in particular (其他国家希望能够……, 部分国家希望……): their wish is the reporter's account, not a
// party's statement; a group of people who demand (部分抗议者要求……) still speaks.
const SOME_COUNTRIES = /^(?:其他|其它|部分|一些|有些|不少|许多|很多|多数|少数|个别)(?:国家|国)$/;

export function readCue(doc: Document, verbStart: number, previous: CueExpression | null): CueExpression | null {
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
  // 要求同存异, 要求真务实: 要 before an idiom that opens with 求 (求同存异, 求真务实), no 要求.
  if (cue === '要求' && IDIOM_AFTER_YAO.test(text.slice(verbStart + 2, verbStart + 5))) return null;
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
  if (bodyStart >= text.length || (STATEMENT_END.test(text[bodyStart]!) && text[bodyStart] !== '\n')) return null;

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
  // So does one that only says how they spoke (习近平主席洞察世界大势，……，进一步高屋建瓴地指出，……).
  const sceneOnly = (SCENE_PIECE.test(phrase) || OCCASION_PHRASE.test(phrase) || MANNER_ONLY.test(phrase)) && pieces.some((piece) => piece.trim());
  if (phrase && !sceneOnly) {
    const phraseStart = localStart;
    if (FIRST_PERSON.test(phrase)) {
      // 我们都认为，…… opening a sentence of someone's remarks is theirs (……。我同马克龙总统举行了……会谈。我们一致认为，……);
      // inside a sentence it goes on with their statement.
      // Only the first person and how they hold it (我们一致认为，, 我同普京总统一致认为，), not what they put forward
      // (我对大家提出三点希望：), nor a wish that runs straight into its object (我希望通过这次访问……).
      const opensASentence = pieces.every((piece) => !piece.trim()) && FIRST_PERSON_HOLDS.test(phrase) && !direct;
      return opensASentence && previousCue?.kind === 'person' ? expression({ speaker: previousCue.speaker, kind: 'person' }, phraseStart, false) : null;
    }
    const speaker = parseSpeakerPhrase(phrase, context);
    // Only the meeting, a person or a party 要求s its object directly (布方希望同中方……); 《方案》要求…… reports a text.
    if (!speaker || (direct && (speaker.kind === 'text' || SOME_COUNTRIES.test(speaker.speaker)))) return null;
    if (speaker.kind === 'text' && previousCue && citedInStatement(doc, previousCue, { speaker: speaker.speaker, phrase, phraseStart })) return null;
    // Inside what someone 表示s or 说s, only someone named speaks anew, for a sentence (李强表示，正如习近平主席
    // 指出，……; not 与会同志们表示，……，准确把握……要求，……); inside a statement a cue introduces, no one does: the
    // speaker quotes them (李强指出，习近平总书记强调，……; 拉夫罗夫强调，……，三方都希望……).
    const introduced = pieces.map((piece) => piece.trim()).filter((piece) => !SCENE_PIECE.test(piece));
    if (introduced.some((piece) => REPORTS_SPEECH.test(piece)))
      return speaker.kind === 'person' ? { ...expression(speaker, phraseStart, false), nested: true } : null;
    if (introduced.some((piece) => SAYS.test(piece))) return null;
    // A side or a country named in a person's remarks, opening a sentence of them, is the person speaking for it, and the
    // remarks go on (李克强指出，……。中方希望……; 普京表示，……。俄方希望……; 米莱表示，……。阿根廷希望……).
    if (
      (SIDE.test(speaker.speaker) || COUNTRIES.has(speaker.speaker)) &&
      opensSentence(text, sentenceStart, phraseStart) &&
      inRemarks(doc, sentenceStart, previousCue, context)
    )
      return null;
    // A leader the remarks of another cite, opening a later sentence of them (韩正表示，……。习近平主席指出，……。中方愿……): the
    // quoter goes on after the sentence cited, as after 正如习近平主席指出.
    if (opensSentence(text, sentenceStart, phraseStart) && quoterOf(text, sentenceStart, speaker, context))
      return { ...expression(speaker, phraseStart, false), nested: true };
    return expression(speaker, phraseStart, false);
  }
  if (pieces.length === 0 || pieces.every((piece) => !piece.trim())) {
    // A further item of the meeting's lead sentence after ；: ……，要求……；号召…….
    if (previousCue?.inLeadSentence && /[；;]/.test(text[verbStart - 1] ?? '')) {
      return expression({ speaker: previousCue.speaker, kind: previousCue.kind }, localStart, true);
    }
    // Opening a sentence that carries the speaker before on: ……的汇报。强调，…… / ……。希望……
    const carried = carriedSpeaker(text, sentenceStart, previousCue, context);
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

// How someone spoke, by an idiom (进一步高屋建瓴地, 语重心长地): no one named.
const MANNER_ONLY = /^(?:进一步|更加|再次)?[\u4e00-\u9fff]{4}地$/;

// A country's side (中方, 俄方, 巴方), not both or all of them (双方, 各方), nor 地方.
const SIDE = /^(?!地方|一方|双方|各方|多方)[\u4e00-\u9fff]方$/;

/**
 * Whether the sentence at `sentenceStart` is part of a person's remarks: a person's cue earlier in its paragraph, or a
 * person who 表示s or 说s opening the paragraph.
 */
function inRemarks(doc: Document, sentenceStart: number, previousCue: CueExpression | null, context: SpeakerContext): boolean {
  const paragraphStart = doc.text.lastIndexOf('\n', sentenceStart - 1) + 1;
  // Remarks, not an order the person gave (以色列总理内塔尼亚胡要求国防军……。以方认为，……).
  const remarks = previousCue?.kind === 'person' && previousCue.bodyStart > previousCue.verbStart + 2;
  if (remarks && previousCue.bodyStart >= paragraphStart) return true;
  return remarkerOf(doc.text, sentenceStart, context) !== null;
}

const FIRST_PERSON_HOLDS = /^(?:我们?|我同[^，。；“”]{1,12}?)(?:都|也|还|一致|始终|一直|衷心|真诚|由衷|共同)*$/;

const ARTICLE = /》[^《》]{0,8}(?:刊文|发文|撰文|发表文章|发表评论|文章)$/;

/**
 * How a clause quotes someone's words (see StatementContext.quoted). Features
 * name their leader by name and title (习近平总书记强调) or by a bare title
 * (总书记指出), a meeting or document by what sets it apart (党的二十届三中全会
 * 提出, 党的二十大报告提出); event reports put titles before the name (国务院总理
 * 李强……强调) or name the speaker bare (习近平指出), and say 会议 for the meeting.
 */
export function quotesWords(cue: CueExpression, phrase: string): StatementContext['quoted'] {
  if (cue.kind === 'meeting') return /^(?:会议|会上|全会|常委会|常务会)?$/.test(phrase) ? null : 'feature';
  // A paper's article (德国《时代》周报网站近日刊文指出) is news quoted as told, not a document a feature cites.
  if (cue.kind === 'text') return phrase.length > cue.speaker.length && !phrase.startsWith('《') && !ARTICLE.test(phrase) ? 'feature' : 'narration';
  if (cue.kind !== 'person') return null;
  if (TITLE_AT_END.test(phrase)) return 'feature';
  return LAST_TITLE.test(phrase) ? 'narration' : null;
}
