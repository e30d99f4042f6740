/**
 * Cohen's kappa and Krippendorff's alpha against published examples and
 * values worked out by hand (the arithmetic is in the comments).
 */
import { describe, expect, it } from 'vitest';
import { codingAgreement, cohensKappa, krippendorffAlpha } from '../../src/validation/agreement.js';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", A: two observers, binary data.
const A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
const B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];

describe("Cohen's kappa", () => {
  it('is 0.4 on the 2 × 2 table of 20 yes-yes, 5 yes-no, 10 no-yes and 15 no-no', () => {
    // po = 35/50 = 0.7; first says yes 25/50, second 30/50: pe = 0.5 · 0.6 + 0.5 · 0.4 = 0.5; κ = 0.2 / 0.5 = 0.4.
    const first = [...Array(20).fill('yes'), ...Array(5).fill('yes'), ...Array(10).fill('no'), ...Array(15).fill('no')];
    const second = [...Array(20).fill('yes'), ...Array(5).fill('no'), ...Array(10).fill('yes'), ...Array(15).fill('no')];
    expect(cohensKappa(first, second)).toBeCloseTo(0.4, 12);
  });

  it("is 1/11 on Krippendorff's binary example", () => {
    // po = 6/10; A says 1 on 2 of 10, B on 4: pe = 0.8 · 0.6 + 0.2 · 0.4 = 0.56; κ = 0.04 / 0.44 = 1/11.
    expect(cohensKappa(A, B)).toBeCloseTo(1 / 11, 12);
  });

  it('is 1 for perfect agreement, and null where chance agreement is certain', () => {
    expect(cohensKappa(['a', 'b', 'a'], ['a', 'b', 'a'])).toBe(1);
    expect(cohensKappa(['a', 'a'], ['a', 'a'])).toBeNull();
    expect(cohensKappa([], [])).toBeNull();
    expect(() => cohensKappa([1], [1, 2])).toThrow(RangeError);
  });
});

describe("Krippendorff's alpha (nominal)", () => {
  it('is 0.095 on the binary example (2/21 by hand)', () => {
    // Coincidences: 0-0 from 5 units (10), 1-1 from 1 unit (2), 0-1 and 1-0 from 4 units (4 each);
    // n0 = 14, n1 = 6, n = 20. α = 1 − (n − 1) · 8 / (2 · 14 · 6) = 1 − 152/168 = 2/21 = 0.0952.
    expect(krippendorffAlpha(A.map((value, i) => [value, B[i]!]))).toBeCloseTo(2 / 21, 12);
  });

  it('is 0.743 on the example of four observers with values left out', () => {
    // Krippendorff (2011), C: nominal data, any number of observers, missing values; published α = 0.743.
    const observers = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];
    const units = observers[0]!.map((_, u) => observers.map((values) => values[u]!));
    expect(krippendorffAlpha(units)!.toFixed(3)).toBe('0.743');
  });

  it('is 1 for perfect agreement and null without any variation', () => {
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['b', 'b'],
      ]),
    ).toBe(1);
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['a', 'a'],
      ]),
    ).toBeNull();
    expect(krippendorffAlpha([['a', null]])).toBeNull();
  });
});

describe('codingAgreement', () => {
  it('measures each topic as a yes/no decision per row, and pools them over the topics either coder used', () => {
    const rows = A.map((value, i) => ({ first: value ? ['epidemic'] : [], second: B[i] ? ['epidemic', 'health'] : [] }));
    const agreement = codingAgreement(rows, ['health', 'epidemic']);
    expect(agreement.rows).toBe(10);
    expect(agreement.sameTopics).toBe(5); // rows 4, 5, 7, 8, 10: neither coded anything
    expect(agreement.topics.map((topic) => topic.id)).toEqual(['health', 'epidemic']);
    const epidemic = agreement.topics[1]!;
    expect(epidemic).toMatchObject({ rows: 10, first: 2, second: 4, both: 1, agreement: 0.6 });
    expect(epidemic.kappa).toBeCloseTo(1 / 11, 12);
    expect(epidemic.alpha).toBeCloseTo(2 / 21, 12);
    const health = agreement.topics[0]!;
    expect(health).toMatchObject({ first: 0, second: 4, both: 0, agreement: 0.6, kappa: 0 });
    // 20 decisions: health 6 agreed (all "no"), epidemic 6 agreed.
    expect(agreement.pooled.decisions).toBe(20);
    expect(agreement.pooled.agreement).toBeCloseTo(12 / 20, 12);
  });
});
