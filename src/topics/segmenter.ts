/**
 * The one module that knows the segmenter. Everything else sees token
 * boundaries as offsets, so jieba can be swapped without touching the matcher.
 * The dictionary (≈0.1–0.2 s) loads on first use, never at import time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

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

/** Makes the segmenter of a topic engine from the dictionary's terms (see {@link createSegmenter}). */
export type SegmenterFactory = (extraWords: readonly string[]) => Segmenter;

/** What a segmenter is built on: jieba's cut (as token lengths) and tagging, with HMM for unknown words. */
export interface JiebaCalls {
  cutLengths(text: string): number[];
  tag(text: string): TaggedWord[];
}

const requireFromHere = createRequire(import.meta.url);

/** jieba with its base dictionary and nothing else. */
export function loadBaseJieba(): Jieba {
  const { Jieba } = requireFromHere('@node-rs/jieba') as typeof import('@node-rs/jieba');
  // The file itself: the package's `dict` module also reads a 6 MB idf table pdx never uses.
  return Jieba.withDict(readFileSync(requireFromHere.resolve('@node-rs/jieba/dict.txt')));
}

/** `words` as lines of a jieba dictionary; a high frequency makes jieba prefer each term over its parts. */
export function dictionaryLines(words: readonly string[]): string {
  return words.map((word) => `${word.replace(/\s+/g, '')} 200000`).join('\n');
}

/** Teaches jieba the words of `lines` (see {@link dictionaryLines}), so that a dictionary term is never split across tokens. */
export function addDictionaryLines(jieba: Jieba, lines: string): void {
  if (lines) jieba.loadDict(Buffer.from(lines));
}

/** The calls of one jieba instance. */
export function jiebaCalls(jieba: Jieba): JiebaCalls {
  return {
    cutLengths: (text) => jieba.cut(text, true).map((token) => token.length),
    tag: (text) => jieba.tag(text, true),
  };
}

/**
 * Tagging is asked of short strings (a would-be name after a title, a title
 * with the few characters around it), and the same ones come back report after
 * report (习近平, 李强, 国家主席习近平): the most recently used answers are
 * kept, since a call into the addon costs more than the tagging. Few, because
 * what a worker keeps alive for the whole run sets how far its heap grows: on
 * xwlb-2022-2026 (122,819 calls, 43,246 distinct strings) 20,000 kept answers
 * saved 72,000 calls, and the run's peak memory was about 20 MB higher (two
 * workers, heaps grown by a fifth at a time); 2,000 save 63,000 (a call
 * takes about 6 µs, so the difference is 0.05 s of a 12 s run).
 */
export const TAG_MEMO_LIMIT = 2_000;
export const TAG_MEMO_MAX_LENGTH = 24;

/** A segmenter over jieba's calls: boundaries from token lengths, tagging remembered for short strings. */
export function segmenterOver(calls: JiebaCalls): Segmenter {
  const tagged = new Map<string, readonly TaggedWord[]>();
  return {
    boundaries(text: string): number[] {
      const result = [0];
      if (!text) return result;
      let offset = 0;
      for (const length of calls.cutLengths(text)) {
        offset += length;
        result.push(offset);
      }
      // jieba returns the input cut, never rewritten; if that ever fails, fall back to characters.
      if (offset !== text.length) return Array.from({ length: text.length + 1 }, (_, i) => i);
      return result;
    },
    tag(text: string): readonly TaggedWord[] {
      if (!text) return [];
      if (text.length > TAG_MEMO_MAX_LENGTH) return calls.tag(text);
      let words = tagged.get(text);
      if (words) {
        // A Map iterates in insertion order: put back, the answer becomes the newest, and the oldest is first.
        tagged.delete(text);
      } else {
        words = calls.tag(text);
        if (tagged.size >= TAG_MEMO_LIMIT) tagged.delete(tagged.keys().next().value!);
      }
      tagged.set(text, words);
      return words;
    },
  };
}

/** jieba's calls in this thread, with `extraWords` known as words; jieba loads on the first call. */
export function localJiebaCalls(extraWords: Iterable<string>): JiebaCalls {
  const words = [...new Set(extraWords)];
  let calls: JiebaCalls | null = null;
  const loaded = (): JiebaCalls => {
    if (!calls) {
      const jieba = loadBaseJieba();
      addDictionaryLines(jieba, dictionaryLines(words));
      calls = jiebaCalls(jieba);
    }
    return calls;
  };
  return { cutLengths: (text) => loaded().cutLengths(text), tag: (text) => loaded().tag(text) };
}

/** A jieba segmenter in this thread that knows `extraWords` as words; jieba loads on the first call. */
export function createSegmenter(extraWords: Iterable<string>): Segmenter {
  return segmenterOver(localJiebaCalls(extraWords));
}
