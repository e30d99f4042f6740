/**
 * Words that set one group of texts apart from another: the log-odds ratio
 * with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words", Political Analysis 16:4, eq. 16 and 18). The prior is
 * each word's share of a background corpus, scaled to `priorSize` words, so
 * that a rare word needs much more evidence than a frequent one; the score is
 * the z-score of the log-odds ratio. `pdx suggest` and the calibration
 * script scripts/topic-terms.mjs both use this one implementation.
 */
import type { Segmenter } from '../topics/segmenter.js';

/** α0, the weight of the prior in words, unless told otherwise. */
export const DEFAULT_PRIOR_SIZE = 1000;

// A word the background never saw gets this pseudo-count there.
const UNSEEN_IN_BACKGROUND = 0.5;

const WORDLIKE = /^[\p{Script=Han}A-Za-z0-9]+$/u;
const HAN = /\p{Script=Han}/u;

/**
 * The words (two characters or more, with a Chinese character) and two-word
 * phrases (three characters or more) of `text`, as the segmenter cuts it, in
 * order; tokens of punctuation or space neither count nor join a phrase.
 */
export function wordsAndPhrases(text: string, segmenter: Pick<Segmenter, 'boundaries'>): string[] {
  const bounds = segmenter.boundaries(text);
  const tokens: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) tokens.push(text.slice(bounds[i], bounds[i + 1]));
  const out: string[] = [];
  tokens.forEach((token, i) => {
    if (!WORDLIKE.test(token)) return;
    if (token.length >= 2 && HAN.test(token)) out.push(token);
    const next = tokens[i + 1];
    if (next !== undefined && WORDLIKE.test(next) && token.length + next.length >= 3 && HAN.test(token + next)) out.push(token + next);
  });
  return out;
}

/** A word's standing in one group against the other. */
export interface LogOddsScore {
  word: string;
  /** z-score of the log-odds ratio: above 1.96, the word is more frequent inside at the 5 % level (two-sided). */
  z: number;
  /** How often it occurs inside and outside. */
  inside: number;
  outside: number;
}

const total = (counts: ReadonlyMap<string, number>): number => {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
};

/**
 * The z-score of the log-odds ratio of each word of `inside` against
 * `outside`, with `background` as the informative prior, highest first (ties
 * by word). Words that occur only outside are not scored.
 */
export function logOdds(
  inside: ReadonlyMap<string, number>,
  outside: ReadonlyMap<string, number>,
  background: ReadonlyMap<string, number>,
  priorSize: number = DEFAULT_PRIOR_SIZE,
): LogOddsScore[] {
  const nIn = total(inside);
  const nOut = total(outside);
  const nBack = total(background);
  const result: LogOddsScore[] = [];
  for (const [word, yIn] of inside) {
    const yOut = outside.get(word) ?? 0;
    const alpha = (priorSize * (background.get(word) ?? UNSEEN_IN_BACKGROUND)) / nBack;
    const delta = Math.log((yIn + alpha) / (nIn + priorSize - yIn - alpha)) - Math.log((yOut + alpha) / (nOut + priorSize - yOut - alpha));
    const variance = 1 / (yIn + alpha) + 1 / (yOut + alpha);
    result.push({ word, z: delta / Math.sqrt(variance), inside: yIn, outside: yOut });
  }
  return result.sort((a, b) => b.z - a.z || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
