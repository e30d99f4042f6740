/**
 * The one module that knows the segmenter. Everything else sees token
 * boundaries as offsets, so jieba can be swapped without touching the matcher.
 * The dictionary (≈0.2 s) loads on first use, never at import time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba as JiebaType } from '@node-rs/jieba';

export interface Segmenter {
  /** Token boundaries of `text`: sorted offsets, 0 and text.length included. */
  boundaries(text: string): number[];
  /** Words of `text` with their part-of-speech tags (jieba's: nr name, n noun, v verb, x unknown …). */
  tag(text: string): readonly TaggedWord[];
}

export interface TaggedWord {
  word: string;
  tag: string;
}

const requireFromHere = createRequire(import.meta.url);

/**
 * Tagging is asked of short strings (a would-be name after a title), and the
 * same ones come back report after report (习近平, 李强): each answer is kept,
 * up to this many, since a call into the addon costs more than the tagging.
 */
const TAG_MEMO_LIMIT = 20_000;
const TAG_MEMO_MAX_LENGTH = 8;

let baseDictionary: Uint8Array | null = null;

function loadJieba(): typeof import('@node-rs/jieba') {
  return requireFromHere('@node-rs/jieba') as typeof import('@node-rs/jieba');
}

/**
 * A jieba segmenter that knows `extraWords` as words (each dictionary term, so
 * that a term is never split across tokens).
 */
export function createSegmenter(extraWords: Iterable<string>): Segmenter {
  let jieba: JiebaType | null = null;
  const words = [...new Set(extraWords)];
  const tagged = new Map<string, readonly TaggedWord[]>();
  const instance = (): JiebaType => {
    if (jieba) return jieba;
    const { Jieba } = loadJieba();
    // The file itself: the package's `dict` module also reads a 6 MB idf table pdx never uses.
    baseDictionary ??= readFileSync(requireFromHere.resolve('@node-rs/jieba/dict.txt'));
    jieba = Jieba.withDict(baseDictionary);
    // A high frequency makes jieba prefer the term over its parts.
    if (words.length > 0) jieba.loadDict(Buffer.from(words.map((word) => `${word.replace(/\s+/g, '')} 200000`).join('\n')));
    return jieba;
  };
  return {
    boundaries(text: string): number[] {
      const result = [0];
      if (!text) return result;
      let offset = 0;
      for (const token of instance().cut(text, true)) {
        offset += token.length;
        result.push(offset);
      }
      // jieba returns the input cut, never rewritten; if that ever fails, fall back to characters.
      if (offset !== text.length) return Array.from({ length: text.length + 1 }, (_, i) => i);
      return result;
    },
    tag(text: string): readonly TaggedWord[] {
      if (!text) return [];
      if (text.length > TAG_MEMO_MAX_LENGTH) return instance().tag(text, true);
      let words = tagged.get(text);
      if (!words) {
        words = instance().tag(text, true);
        if (tagged.size >= TAG_MEMO_LIMIT) tagged.clear();
        tagged.set(text, words);
      }
      return words;
    },
  };
}
