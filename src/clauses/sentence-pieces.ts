/**
 * A sentence as the clause grammar reads it: where it starts, its pieces
 * between commas, the pieces that only set the scene, and the words that say
 * someone speaks.
 */
import { STATEMENT_END } from '../language/sentences.js';
import { ADVERBS, LEAD_PHRASE } from './lexicon.js';

export const PIECE_SEPARATOR = /[，,：:]/;
const ADVERB_SUFFIX = new RegExp(`(?:${[...ADVERBS].sort((a, b) => b.length - a.length).join('|')})$`);
// Pieces before the subject that only set the scene: a date, a place, a news source.
export const SETTING_PIECE =
  /^(?:\d{1,4}年|\d{1,2}月|\d{1,2}日|[一二三四五六七八九十]{1,3}月|今年|近日|日前|不久前|前不久|近期|最近|当天|当日|同日|今天|昨天|上午|下午|晚上|会上|会前|会后|随后|此前|期间|其间|央视网消息|新华社|本报讯|据.{1,12}(?:报道|消息))|(?:中|时|上|后|期间|之际)$/;
// …… and longer ones that set the time, the place or the occasion (党的十八大以来, 疫情和百年变局交织之下,
// 在深地科学与工程云龙湖实验室, 面对复杂严峻的世界经济形势, 从闽山闽水到中国大地).
export const SCENE_PIECE =
  /^(?:在|面对|随着|站在|从|自从|伴随|每当|针对)[^，。；]{1,40}$|^[^，。；]{1,40}(?:以来|之下|面前|之际|之初|之时|前夕|期间|时期|前后|当中|之中|过程中|的时候|当天|当日)$/;

/** A short piece that only dates or places the sentence (当天, 在北京, 据新华社报道). */
export function onlySetting(piece: string): boolean {
  return SETTING_PIECE.test(piece) && piece.length <= 16;
}

export function setsTheScene(piece: string): boolean {
  return onlySetting(piece) || SCENE_PIECE.test(piece);
}

// A speaker phrase and the subject of its sentence lie well within this many
// characters of the cue verb; looking no further keeps a text without
// sentence ends (or with 100,000 cue words) linear.
export const MAX_LOOKBACK = 300;

/**
 * Whether the cue phrase at `phraseStart` opens the sentence that starts at `sentenceStart`: nothing stands
 * between them but the closing marks of a quotation the sentence before ended with (……。”总书记强调).
 */
export function opensSentence(text: string, sentenceStart: number, phraseStart: number): boolean {
  return !/[^\s”’」』）)]/.test(text.slice(sentenceStart, phraseStart));
}

/** Sentence start at or before `position`: just after the last 。！？；or line break. */
export function sentenceStartBefore(text: string, position: number): number {
  const floor = Math.max(0, position - MAX_LOOKBACK);
  for (let i = position - 1; i >= floor; i--) if (STATEMENT_END.test(text[i]!)) return i + 1;
  return floor;
}

/** Removes trailing adverbs and lead phrases, in any order (还在讲话中强调, 在讲话中还强调). */
export function stripModifiers(phrase: string): string {
  let current = phrase;
  for (;;) {
    const next = current.replace(ADVERB_SUFFIX, '').replace(LEAD_PHRASE, '');
    if (next === current) return current;
    current = next;
  }
}

// Verbs that introduce what someone says: a cue after them is inside their statement
// (民众呼吁……，要求其…… / 他的妈妈向媒体表示，希望……).
export const REPORTS_SPEECH =
  /(?:表示|(?<![所来是如就])说|称|呼吁|(?<![的等]|听取[^，。]{0,30})介绍|谈到|透露|宣布|告诉|坦言|写道|致辞|发言|抗议|谴责|敦促|警告|(?<![的见项条点议成])建议)(?:道|说)?$/;
export const SAYS = new RegExp(`${REPORTS_SPEECH.source}|(?:认为|指出|强调|提出|(?<!作出|做出|予以|加以|更加)明确)$`);
