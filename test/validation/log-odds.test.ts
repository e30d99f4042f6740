/**
 * The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &
 * Quinn 2008, eq. 16 and 18), against values worked out by hand (the
 * arithmetic is in the comments), and the words and phrases it counts.
 */
import { describe, expect, it } from 'vitest';
import { logOdds, wordsAndPhrases } from '../../src/validation/log-odds.js';

/** A segmenter that cuts `text` into the given tokens. */
function cutInto(tokens: string[]): { boundaries: (text: string) => number[] } {
  return {
    boundaries: (text) => {
      expect(text).toBe(tokens.join(''));
      const bounds = [0];
      for (const token of tokens) bounds.push(bounds[bounds.length - 1]! + token.length);
      return bounds;
    },
  };
}

describe('logOdds', () => {
  // inside: a 3, b 1 (n = 4); outside: a 1, b 5, c 2 (n = 8); background: a 4, b 6, c 2 (n = 12); α0 = 12.
  const inside = new Map([
    ['a', 3],
    ['b', 1],
  ]);
  const outside = new Map([
    ['a', 1],
    ['b', 5],
    ['c', 2],
  ]);
  const background = new Map([
    ['a', 4],
    ['b', 6],
    ['c', 2],
  ]);

  it('scores each word of the inside group by the z-score of its log-odds ratio, highest first', () => {
    const scores = logOdds(inside, outside, background, 12);
    // a: α = 12 · 4/12 = 4. δ = ln((3+4)/(4+12−3−4)) − ln((1+4)/(8+12−1−4)) = ln(7/9) − ln(5/15) = ln(7/3) = 0.847298;
    //    σ² = 1/(3+4) + 1/(1+4) = 12/35 = 0.342857; z = 0.847298 / 0.585540 = 1.447037.
    // b: α = 12 · 6/12 = 6. δ = ln((1+6)/(4+12−1−6)) − ln((5+6)/(8+12−5−6)) = ln(7/9) − ln(11/9) = ln(7/11) = −0.451985;
    //    σ² = 1/7 + 1/11 = 18/77 = 0.233766; z = −0.451985 / 0.483494 = −0.934831.
    // c occurs only outside: not scored.
    expect(scores.map((score) => score.word)).toEqual(['a', 'b']);
    expect(scores[0]).toMatchObject({ word: 'a', inside: 3, outside: 1 });
    expect(scores[0]!.z).toBeCloseTo(1.447037, 6);
    expect(scores[1]).toMatchObject({ word: 'b', inside: 1, outside: 5 });
    expect(scores[1]!.z).toBeCloseTo(-0.934831, 6);
  });

  it('gives a word the background never saw a pseudo-count of 0.5 there', () => {
    // x: 2 inside (n = 2), 0 outside (n = 3), background n = 10 without x; α0 = 12: α = 12 · 0.5/10 = 0.6.
    // δ = ln((2+0.6)/(2+12−2−0.6)) − ln((0+0.6)/(3+12−0−0.6)) = ln(2.6/11.4) − ln(0.6/14.4) = 1.699981;
    // σ² = 1/2.6 + 1/0.6 = 2.051282; z = 1.699981 / 1.432230 = 1.186927.
    const scores = logOdds(new Map([['x', 2]]), new Map([['y', 3]]), new Map([['y', 10]]), 12);
    expect(scores[0]!.z).toBeCloseTo(1.186927, 6);
  });

  it('takes a prior of 1,000 words unless told otherwise', () => {
    expect(logOdds(inside, outside, background)).toEqual(logOdds(inside, outside, background, 1000));
    expect(logOdds(inside, outside, background)[0]!.z).not.toBeCloseTo(logOdds(inside, outside, background, 12)[0]!.z, 3);
  });

  it('orders equal scores by word, whatever the order of the counts', () => {
    // 乙 (U+4E59) comes before 甲 (U+7532): counted first or last, it is listed first.
    const background = new Map([
      ['甲', 5],
      ['乙', 5],
    ]);
    expect(
      logOdds(
        new Map([
          ['甲', 2],
          ['乙', 2],
        ]),
        new Map(),
        background,
      ).map((score) => score.word),
    ).toEqual(['乙', '甲']);
    expect(
      logOdds(
        new Map([
          ['乙', 2],
          ['甲', 2],
        ]),
        new Map(),
        background,
      ).map((score) => score.word),
    ).toEqual(['乙', '甲']);
  });
});

describe('wordsAndPhrases', () => {
  it('counts words of two characters or more with a Chinese character, and two-word phrases of three or more', () => {
    const tokens = ['要', '加强', '疫情', '防控', '，', '做好', '核酸', '检测', '工作', '。', 'AI', '芯片'];
    expect(wordsAndPhrases(tokens.join(''), cutInto(tokens))).toEqual([
      '要加强',
      '加强',
      '加强疫情',
      '疫情',
      '疫情防控',
      '防控',
      '做好',
      '做好核酸',
      '核酸',
      '核酸检测',
      '检测',
      '检测工作',
      '工作',
      'AI芯片',
      '芯片',
    ]);
  });

  it('makes no phrase of two single characters, across punctuation, or without a Chinese character', () => {
    const tokens = ['我', '们', '、', '抓', '落实', 'GDP', '2024'];
    expect(wordsAndPhrases(tokens.join(''), cutInto(tokens))).toEqual(['抓落实', '落实', '落实GDP']);
  });
});
