/**
 * Keyness: whether a feature (a topic, a 提法, a meeting body, a speaker) is
 * used more on one side of a comparison than the other, as quanteda's
 * textstat_keyness scores it (quanteda.textstats, src/keyness.cpp).
 *
 * Each feature is a 2 × 2 table: `a` units of the target with the feature out
 * of `targetTotal`, `b` units of the reference with it out of
 * `referenceTotal` (c and d are the units without it). The statistic is
 * signed: positive when the target has more than expected (a > E(a)),
 * negative otherwise, so sorting by it puts the target's features first and
 * the reference's last.
 *
 * - chi2: Pearson's chi-squared, N (|ad − bc| − N δ)² / ((a+b)(c+d)(a+c)(b+d)),
 *   with Yates' correction δ = 0.5 applied as quanteda applies it by default:
 *   only when |ad − bc| ≥ N/2 and some expected count is under 5 (δ = 0 otherwise).
 * - lr: the log-likelihood ratio G² = 2 Σ O ln(O / E), over the four cells
 *   moved by the same δ toward independence (quanteda's code applies that
 *   same Yates adjustment to lr by default).
 *
 * The p-value is the upper tail of the chi-squared distribution with one
 * degree of freedom at |statistic|, computed from the regularised incomplete
 * gamma function, so that it stays exact far below the 1e-16 where
 * quanteda's `1 - pchisq(x, 1)` becomes 0.
 */

/** The keyness statistics pdx computes: chi-squared, or the log-likelihood ratio G². */
export const KEYNESS_MEASURES = ['chi2', 'lr'] as const;
/** One of {@link KEYNESS_MEASURES}. */
export type KeynessMeasure = (typeof KEYNESS_MEASURES)[number];

/** A feature's signed keyness and its p-value. */
export interface Keyness {
  keyness: number;
  p: number;
}

/** quanteda's Yates δ: 0.5 when the difference is at least N/2 and an expected count is under 5, else 0. */
function yatesDelta(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  if (Math.abs(a * d - b * c) < n / 2) return 0;
  const expected = [((a + b) * (a + c)) / n, ((a + b) * (b + d)) / n, ((a + c) * (c + d)) / n, ((c + d) * (b + d)) / n];
  return expected.some((value) => value < 5) ? 0.5 : 0;
}

/** O ln(O / E), 0 for an empty cell (its limit). */
const term = (observed: number, expected: number): number => (observed > 0 ? observed * Math.log(observed / expected) : 0);

/**
 * The signed keyness of a feature found in `a` of `targetTotal` target units
 * and `b` of `referenceTotal` reference units. A table with an empty margin
 * (a side without units, or a feature in every unit of both) shows no
 * association: keyness 0, p 1.
 */
export function keyness(a: number, targetTotal: number, b: number, referenceTotal: number, measure: KeynessMeasure = 'chi2'): Keyness {
  const c = targetTotal - a;
  const d = referenceTotal - b;
  const n = a + b + c + d;
  if (a + b === 0 || c + d === 0 || targetTotal === 0 || referenceTotal === 0) return { keyness: 0, p: 1 };
  const sign = a > ((a + b) * (a + c)) / n ? 1 : -1;
  const delta = yatesDelta(a, b, c, d);
  let statistic: number;
  if (measure === 'chi2') {
    statistic = (n * (Math.abs(a * d - b * c) - n * delta) ** 2) / ((a + b) * (c + d) * (a + c) * (b + d));
  } else {
    // Each cell moves by δ toward what independence expects; the margins stay.
    const shift = a * d - b * c > 0 ? delta : -delta;
    const [aa, bb, cc, dd] = [a - shift, b + shift, c + shift, d - shift];
    statistic =
      2 *
      (term(aa, ((aa + bb) * (aa + cc)) / n) +
        term(bb, ((aa + bb) * (bb + dd)) / n) +
        term(cc, ((aa + cc) * (cc + dd)) / n) +
        term(dd, ((bb + dd) * (cc + dd)) / n));
  }
  // Rounding can leave a tiny negative G² where the table is independent.
  statistic = Math.max(0, statistic);
  return { keyness: statistic === 0 ? 0 : sign * statistic, p: chiSquaredUpperTail(statistic) };
}

const LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
const EPSILON = 1e-16;

/**
 * P(X ≥ x) for X chi-squared with one degree of freedom: Q(1/2, x/2), the
 * regularised upper incomplete gamma function, by its series below 1.5 and
 * its continued fraction (modified Lentz) above.
 */
export function chiSquaredUpperTail(x: number): number {
  if (!(x > 0)) return 1;
  const t = x / 2;
  const a = 0.5;
  const front = Math.exp(-t + a * Math.log(t) - LOG_SQRT_PI);
  if (t < a + 1) {
    let sum = 1 / a;
    let addend = sum;
    for (let n = 1; n < 500 && Math.abs(addend) > Math.abs(sum) * EPSILON; n++) {
      addend *= t / (a + n);
      sum += addend;
    }
    return Math.min(1, Math.max(0, 1 - front * sum));
  }
  const tiny = 1e-300;
  let b = t + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return front * fraction;
}
