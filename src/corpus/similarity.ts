/**
 * How alike two directives are: the Dice coefficient of their character
 * bigrams, 2·|A∩B| / (|A|+|B|) over the multisets of adjacent character
 * pairs, with white space and punctuation left out. Chinese has no spaces to
 * split words on, and a reworded directive keeps most of its two-character
 * words (加强 宣传 引导), so bigrams catch rewording without a segmenter:
 * 要加强宣传引导 and 要进一步加强宣传引导工作 score 0.59, while of 100,000
 * random pairs of the 8,307 directives of a year of 新闻联播 reports 99.9%
 * score under 0.3 and 0.02% reach 0.5 (the default threshold of pdx diff).
 */

const IGNORED = /[\s\p{P}\p{S}]/gu;

/** The text as it is compared: without white space, punctuation or symbols. */
export function matchKey(text: string): string {
  return text.replace(IGNORED, '');
}

/** The character bigrams of a match key, with their counts; a one-character key is its own single gram. */
export function bigrams(key: string): Map<string, number> {
  const chars = Array.from(key);
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let index = 0; index + 1 < chars.length; index++) {
    const gram = chars[index]! + chars[index + 1]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

const size = (grams: Map<string, number>): number => {
  let total = 0;
  for (const count of grams.values()) total += count;
  return total;
};

/** Dice similarity of two bigram multisets, 0..1; two empty ones are alike (1). */
export function diceOfBigrams(a: Map<string, number>, b: Map<string, number>): number {
  const total = size(a) + size(b);
  if (total === 0) return 1;
  let shared = 0;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return (2 * shared) / total;
}

/** Character-bigram Dice similarity of two texts, 0..1 (1: the same but for spaces and punctuation). */
export function diceSimilarity(a: string, b: string): number {
  return diceOfBigrams(bigrams(matchKey(a)), bigrams(matchKey(b)));
}
