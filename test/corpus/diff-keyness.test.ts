/**
 * Keyness as quanteda's textstat_keyness computes it, checked against values
 * worked out by hand (the arithmetic is in the comments) and p-values of R's
 * pchisq(x, 1, lower.tail = FALSE).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquaredUpperTail, keyness } from '../../src/corpus/diff-keyness.js';

describe('keyness, chi2', () => {
  it('applies Yates’ correction when an expected count is under 5 and |ad − bc| ≥ N/2', () => {
    // quanteda's own test table: the feature in 3 of 10 target units and 7 of 9 reference units.
    // a=3 b=7 c=7 d=2, N=19; |ad − bc| = |6 − 49| = 43 ≥ 9.5; E(d) = 9·9/19 = 4.26 < 5, so δ = 0.5.
    // chi2 = 19 · (43 − 19·0.5)² / (10·9·10·9) = 19 · 33.5² / 8100 = 21322.75 / 8100 = 2.632438…,
    // negative: a = 3 is under E(a) = 10·10/19 = 5.26. R: chisq.test(matrix(c(3,7,7,2),2)) gives 2.632438.
    const result = keyness(3, 10, 7, 9);
    expect(result.keyness).toBeCloseTo(-21322.75 / 8100, 12);
    expect(result.p).toBeCloseTo(0.104700815039641, 13); // R: pchisq(21322.75 / 8100, 1, lower.tail = FALSE)
  });

  it('leaves it out when every expected count is 5 or more', () => {
    // 120 of 1000 target units, 60 of 1000 reference units: a=120 b=60 c=880 d=940, N=2000.
    // The smallest expected count is 180·1000/2000 = 90. chi2 = 2000 · (120·940 − 60·880)² / (180·1820·1000·1000)
    // = 2000 · 60000² / 327,600,000,000 = 21.978021978…; p (R) = 2.757906e-06.
    const result = keyness(120, 1000, 60, 1000);
    expect(result.keyness).toBeCloseTo(7.2e12 / 3.276e11, 10);
    expect(result.p).toBeCloseTo(2.7579057770547e-6, 17);
  });

  it('leaves it out when |ad − bc| < N/2, even with small expected counts', () => {
    // 1 of 438 reference units, none of 437 target units: |0·437 − 1·437| = 437 < N/2 = 437.5.
    // chi2 = 875 · 437² / (1·874·437·438) = 875·437 / (874·438) = 382375 / 382812 = 0.998858…, negative.
    expect(keyness(0, 437, 1, 438).keyness).toBeCloseTo(-382375 / 382812, 12);
    // 3 of 438 and none of 437: |0 − 3·437| = 1311 ≥ 437.5 and E = 3·437/875 = 1.5 < 5, so δ = 0.5:
    // chi2 = 875 · (1311 − 437.5)² / (3·872·437·438) = 875 · 873.5² / 500,747,496 = 1.333283…
    expect(keyness(0, 437, 3, 438).keyness).toBeCloseTo(-(875 * 873.5 ** 2) / (3 * 872 * 437 * 438), 12);
  });

  it('is 0 with p 1 where the table shows no association, or cannot', () => {
    expect(keyness(10, 100, 10, 100)).toEqual({ keyness: 0, p: 1 }); // a = E(a)
    expect(keyness(0, 100, 0, 50)).toEqual({ keyness: 0, p: 1 }); // on neither side
    expect(keyness(5, 5, 8, 8)).toEqual({ keyness: 0, p: 1 }); // in every unit of both
    expect(keyness(0, 0, 3, 10)).toEqual({ keyness: 0, p: 1 }); // a side without units
  });

  it('changes sign, not size, when the sides are swapped', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.nat(200), fc.nat(200), (a, c, b, d) => {
        const forward = keyness(a, a + c, b, b + d);
        const backward = keyness(b, b + d, a, a + c);
        expect(backward.keyness).toBeCloseTo(-forward.keyness, 9);
        expect(backward.p).toBeCloseTo(forward.p, 12);
      }),
    );
  });
});

describe('keyness, lr', () => {
  it('is G² over the table moved by the same Yates δ', () => {
    // 3 of 10 and 7 of 9 again; δ = 0.5 moves each cell toward independence: 3.5, 6.5 / 6.5, 2.5.
    // Expected counts keep the margins: 10·10/19, 10·9/19 / 10·9/19, 9·9/19.
    // G² = 2 (3.5 ln(3.5/5.2632) + 6.5 ln(6.5/4.7368) + 6.5 ln(6.5/4.7368) + 2.5 ln(2.5/4.2632)) = 2.702844 (R agrees).
    const e = [100 / 19, 90 / 19, 90 / 19, 81 / 19];
    const handG2 = 2 * (3.5 * Math.log(3.5 / e[0]!) + 6.5 * Math.log(6.5 / e[1]!) + 6.5 * Math.log(6.5 / e[2]!) + 2.5 * Math.log(2.5 / e[3]!));
    expect(handG2).toBeCloseTo(2.70284374273874, 12);
    expect(keyness(3, 10, 7, 9, 'lr').keyness).toBeCloseTo(-handG2, 12);
    // Without correction (expected counts ≥ 5): 120 of 1000 against 60 of 1000, G² = 22.36626 (R), p = 2.252969e-06.
    const large = keyness(120, 1000, 60, 1000, 'lr');
    expect(large.keyness).toBeCloseTo(22.3662648433644, 10);
    expect(large.p).toBeCloseTo(2.25296870011476e-6, 15);
  });

  it('counts an empty cell as 0, its limit', () => {
    // 4 of 40 target units, none of 40 reference: |4·40 − 0| = 160 ≥ 40 and E = 2 < 5: δ = 0.5, cells 3.5, 0.5 / 36.5, 39.5.
    const g2 = 2 * (3.5 * Math.log(3.5 / 2) + 0.5 * Math.log(0.5 / 2) + 36.5 * Math.log(36.5 / 38) + 39.5 * Math.log(39.5 / 38));
    expect(keyness(4, 40, 0, 40, 'lr').keyness).toBeCloseTo(g2, 12);
  });
});

describe('chiSquaredUpperTail', () => {
  it.each([
    [0.001, 0.97477287936996],
    [0.5, 0.479500122186953],
    [3.841459, 0.0499999946531957],
    [100, 1.52397060483211e-23],
    [500, 9.50539776655409e-111],
    [1400, 2.10101451626413e-306],
  ])('P(X ≥ %d) for one degree of freedom is R’s %d', (x, p) => {
    expect(chiSquaredUpperTail(x) / p).toBeCloseTo(1, 11);
  });

  it('is 1 at 0 and below', () => {
    expect(chiSquaredUpperTail(0)).toBe(1);
    expect(chiSquaredUpperTail(-1)).toBe(1);
  });
});
