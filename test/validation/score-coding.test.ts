/**
 * Scoring a coded sheet per topic: counts and figures worked out by hand, and
 * the two checks a user makes of any scorer: a sheet coded exactly as the
 * dictionary tagged scores 1 everywhere, and a topic taken out of the coding
 * turns exactly the rows that had it into false positives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codedRowWeights, scoreCoding, type CodedRow } from '../../src/validation/score-coding.js';

describe('scoreCoding', () => {
  const rows: CodedRow[] = [
    { coded: ['a'], tagged: ['a'] }, // a: tp
    { coded: ['a', 'b'], tagged: ['a'] }, // a: tp, b: fn
    { coded: [], tagged: ['b'] }, // b: fp
    { coded: ['c'], tagged: [] }, // c: fn
  ];

  it('counts tp, fp and fn per topic and gives precision, recall and F1, null where nothing divides', () => {
    const score = scoreCoding(rows, ['c', 'b', 'a']);
    expect(score.rows).toBe(4);
    expect(score.exact).toBe(1);
    expect(score.topics).toEqual([
      { id: 'c', coded: 1, tagged: 0, tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 },
      { id: 'b', coded: 1, tagged: 1, tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 },
      { id: 'a', coded: 2, tagged: 2, tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 },
    ]);
    // micro: tp 2, fp 1, fn 2: P = 2/3, R = 2/4, F1 = 4/7.
    expect(score.micro).toEqual({ tp: 2, fp: 1, fn: 2, precision: 2 / 3, recall: 0.5, f1: 4 / 7 });
    // macro: P over b and a (c has none) = 0.5; R and F1 over all three = 1/3.
    expect(score.macro).toEqual({ precision: 0.5, recall: 1 / 3, f1: 1 / 3 });
  });

  it('weighs rows by the corpus clauses they stand for, when weights are given', () => {
    const weighted = rows.map((row, i) => ({ ...row, weight: i + 1 }));
    const score = scoreCoding(weighted, ['a', 'b', 'c']);
    // a: tp 1 + 2 = 3; b: fp 3, fn 2; c: fn 4. Row counts stay as they are.
    expect(score.topics.find((topic) => topic.id === 'b')).toMatchObject({
      tp: 0,
      fp: 1,
      fn: 1,
      weighted: { tp: 0, fp: 3, fn: 2, precision: 0, recall: 0, f1: 0 },
    });
    expect(score.micro.weighted).toEqual({ tp: 3, fp: 3, fn: 6, precision: 0.5, recall: 1 / 3, f1: 0.4 });
    expect(scoreCoding(rows, []).micro.weighted).toBeUndefined();
  });

  it('orders topics as given, others after by name', () => {
    expect(scoreCoding([{ coded: ['z', 'm'], tagged: ['a'] }], ['m']).topics.map((topic) => topic.id)).toEqual(['m', 'a', 'z']);
  });

  const topicSets = fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }), { minLength: 1, maxLength: 30 });

  it('scores 1 on every topic and overall when the coding is the tagging', () => {
    fc.assert(
      fc.property(topicSets, (tags) => {
        const score = scoreCoding(
          tags.map((tagged) => ({ coded: [...tagged], tagged })),
          ['a', 'b', 'c', 'd'],
        );
        for (const topic of score.topics) expect([topic.precision, topic.recall, topic.f1, topic.fp, topic.fn]).toEqual([1, 1, 1, 0, 0]);
        expect(score.exact).toBe(tags.length);
        if (score.topics.length > 0) expect([score.micro.f1, score.macro.f1]).toEqual([1, 1]);
      }),
    );
  });

  it('makes exactly the rows that had a topic its false positives when the topic is taken out of the coding', () => {
    fc.assert(
      fc.property(topicSets, fc.constantFrom('a', 'b', 'c', 'd'), (tags, removed) => {
        const score = scoreCoding(
          tags.map((tagged) => ({ coded: tagged.filter((id) => id !== removed), tagged })),
          ['a', 'b', 'c', 'd'],
        );
        const had = tags.filter((tagged) => tagged.includes(removed)).length;
        const topic = score.topics.find((item) => item.id === removed);
        if (had === 0) expect(topic).toBeUndefined();
        else expect(topic).toMatchObject({ coded: 0, tagged: had, tp: 0, fp: had, fn: 0, precision: 0, recall: null, f1: 0 });
        for (const other of score.topics.filter((item) => item.id !== removed)) expect([other.fp, other.fn, other.f1]).toEqual([0, 0, 1]);
        expect(score.micro.fp).toBe(had);
        expect(score.micro.fn).toBe(0);
      }),
    );
  });
});

describe('codedRowWeights', () => {
  it("shares a stratum's clauses among its coded rows, so a sheet coded in part still stands for the corpus", () => {
    // Stratum a: 3 rows of weight 5 (15 clauses), 2 coded: 7.5 each. Stratum b: 2 rows of weight 10, both coded: 10 each.
    const weights = codedRowWeights([
      { stratum: 'a', weight: 5, coded: true },
      { stratum: 'a', weight: 5, coded: false },
      { stratum: 'b', weight: 10, coded: true },
      { stratum: 'a', weight: 5, coded: true },
      { stratum: 'b', weight: 10, coded: true },
    ]);
    expect(weights).toEqual([7.5, null, 10, 7.5, 10]);
  });

  it('keeps the weight of a row without a stratum, and gives none to a sheet without weights', () => {
    expect(
      codedRowWeights([
        { weight: 4, coded: true },
        { weight: 6, coded: true },
      ]),
    ).toEqual([4, 6]);
    expect(codedRowWeights([{ coded: true }])).toBeNull();
  });
});
