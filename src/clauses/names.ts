/**
 * Reading people's names: a name after a title, a name standing alone, and the
 * book of the people a document names, looked up where they start.
 */
import { LAST_TITLE, NOT_NAMES, ORGANISATION_END, SURNAMES } from './lexicon.js';

const HAN = /^[\u3400-\u9fff]+$/;
export const TITLE_AT_END = new RegExp(`(?:${LAST_TITLE.source})$`);

/** Part-of-speech tagging, from the segmenter: it knows which words are common words. */
export type Tagger = (text: string) => readonly { word: string; tag: string }[];

// Tags jieba gives names: nr/nrfg/nrt for known ones, x for a word it does not know.
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

/**
 * A name right after a title: anything but a single common word (近日, 党中央,
 * 决策), and a split name must start with its surname (王|立新, not 的|重要).
 */
function readsAsNameAfterTitle(word: string, tag: Tagger): boolean {
  const parts = tag(word);
  if (parts.length === 1) return NAME_TAGS.has(parts[0]!.tag);
  return parts[0]!.word.length === 1 && SURNAMES.has(parts[0]!.word);
}

/** A person's name: a surname, and no common word among its parts (周密 and 重要 are words; 丁|薛祥 is a name). */
function readsAsUntitledName(word: string, tag: Tagger): boolean {
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

  /** A name standing without a title (张明华强调): its surname and parts tell it from a word. */
  isUntitledName(word: string): boolean {
    return readsAsUntitledName(word, this.tag);
  }

  /** A name right after a title (区长|张明华): the title vouches for it, so only a common word is refused. */
  isNameAfterTitle(word: string): boolean {
    return isPlausibleName(word) && readsAsNameAfterTitle(word, this.tag);
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

export function looksLikeName(candidate: string, names: NameBook): boolean {
  // A person named with a title, however long their name (费尔南德斯, 巴沙尔·阿萨德).
  if (names.has(candidate)) return true;
  return isPlausibleName(candidate) && candidate.length <= 3 && SURNAMES.has(candidate[0]!) && names.isUntitledName(candidate);
}
