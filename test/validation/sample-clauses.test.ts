/**
 * Drawing clauses for a coding sheet: the same seed draws the same clauses
 * whatever the input order, a clause seen twice is one clause, the first rows
 * of a sheet are the smaller sample, and a sample by topic gives every
 * stratum its rows and each row the weight of its stratum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateRows, ClauseSampler, type ClauseToSample, type SampleOptions } from '../../src/validation/sample-clauses.js';

const clause = (i: number, topics: string[] = []): ClauseToSample => ({
  doc: `d${Math.floor(i / 3)}.md`,
  clause: i % 3,
  speaker: '会议',
  cue: '强调',
  text: `要做好第${i}项工作`,
  topics,
});
const corpus = Array.from({ length: 60 }, (_, i) => clause(i, i % 10 === 0 ? ['epidemic'] : i % 2 === 0 ? ['economy'] : []));

function draw(clauses: readonly ClauseToSample[], options: SampleOptions) {
  const sampler = new ClauseSampler(options);
  for (const item of clauses) sampler.add(item);
  return sampler.result(['economy', 'epidemic']);
}
const texts = (sample: ReturnType<typeof draw>): string[] => sample.rows.map((row) => row.text);

describe('ClauseSampler', () => {
  it('draws n distinct clauses; the same seed the same ones, in the same order, whatever the input order', () => {
    const sample = draw(corpus, { n: 12, seed: 7 });
    expect(sample.rows).toHaveLength(12);
    expect(new Set(texts(sample)).size).toBe(12);
    expect(sample.clauses).toBe(60);
    expect(texts(draw(corpus, { n: 12, seed: 7 }))).toEqual(texts(sample));
    expect(texts(draw([...corpus].reverse(), { n: 12, seed: 7 }))).toEqual(texts(sample));
    expect(texts(draw(corpus, { n: 12, seed: 8 }))).not.toEqual(texts(sample));
    expect(sample.byTopic).toBeNull();
  });

  it('gives every clause the same chance: over many seeds each is drawn about n/N of the time', () => {
    const drawn = new Map<string, number>();
    for (let seed = 0; seed < 600; seed++) for (const text of texts(draw(corpus, { n: 10, seed }))) drawn.set(text, (drawn.get(text) ?? 0) + 1);
    // 600 draws of 10 of 60: each clause 100 times expected (binomial sd ≈ 9.1); 55 to 145 is ±5 sd.
    expect(drawn.size).toBe(60);
    for (const times of drawn.values()) expect(times).toBeGreaterThan(55);
    for (const times of drawn.values()) expect(times).toBeLessThan(145);
  });

  it('makes the first rows of a larger sample the smaller sample of the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.nat(1000), (small, large, seed) => {
        const [a, b] = [Math.min(small, large), Math.max(small, large)];
        expect(texts(draw(corpus, { n: b, seed })).slice(0, a)).toEqual(texts(draw(corpus, { n: a, seed })));
      }),
      { numRuns: 40 },
    );
  });

  it('counts a clause text seen again once, keeping the document it was first seen in', () => {
    const again = { ...corpus[5]!, doc: 'copy/d1.md' };
    const sample = draw([...corpus, again], { n: 60, seed: 1 });
    expect(sample.clauses).toBe(60);
    expect(sample.repeated).toBe(1);
    expect(sample.rows.filter((row) => row.text === again.text).map((row) => row.doc)).toEqual(['d1.md']);
  });

  it('takes every clause when n is larger than the corpus', () => {
    expect(draw(corpus.slice(0, 5), { n: 50, seed: 3 }).rows).toHaveLength(5);
  });
});

describe('ClauseSampler by topic', () => {
  it("puts a clause in the stratum of its rarest topic, gives each stratum at least the rows asked, and weighs a row by its stratum's clauses per row", () => {
    // 60 clauses: 6 epidemic (i % 10 = 0; they also get economy below), 24 economy only, 30 none.
    const both = corpus.map((item) => (item.topics.includes('epidemic') ? { ...item, topics: ['economy', 'epidemic'] } : item));
    const sample = draw(both, { n: 12, seed: 5, byTopic: { minRows: 4 } });
    expect(sample.byTopic!.strata).toEqual([
      // 4 each first (12), no rows left: 24 / 4 = 6, 6 / 4 = 1.5, 30 / 4 = 7.5.
      { id: 'economy', clauses: 24, rows: 4, weight: 6 },
      { id: 'epidemic', clauses: 6, rows: 4, weight: 1.5 },
      { id: 'none', clauses: 30, rows: 4, weight: 7.5 },
    ]);
    const byStratum = (id: string) => sample.rows.filter((row) => row.stratum === id);
    expect(byStratum('epidemic').every((row) => row.topics.includes('epidemic') && row.weight === 1.5)).toBe(true);
    expect(byStratum('economy').every((row) => row.topics.join() === 'economy')).toBe(true);
    expect(byStratum('none').every((row) => row.topics.length === 0)).toBe(true);
    // Rows carrying epidemic: its 4; carrying economy: its 4 and the 4 epidemic rows, which carry both.
    expect(sample.byTopic!.rowsWithTopic).toEqual(
      new Map([
        ['economy', 8],
        ['epidemic', 4],
      ]),
    );
    // The weights add up to the corpus.
    expect(sample.rows.reduce((sum, row) => sum + row.weight!, 0)).toBe(60);
  });

  it('draws the rows of a stratum as a simple sample of it would, and says when n cannot hold the rows asked', () => {
    const sample = draw(corpus, { n: 9, seed: 2, byTopic: { minRows: 10 } });
    // Three strata cannot have 10 each in 9 rows: 3 each.
    expect(sample.byTopic).toMatchObject({ minRows: 3, askedMinRows: 10 });
    const epidemic = corpus.filter((item) => item.topics.includes('epidemic'));
    // The same rows; their order on the sheet mixes them with the other strata's.
    expect(texts(draw(epidemic, { n: 3, seed: 2 })).sort()).toEqual(
      sample.rows
        .filter((row) => row.stratum === 'epidemic')
        .map((row) => row.text)
        .sort(),
    );
  });

  it('mixes the strata in the order of the rows, so that the first rows of a sheet hold each stratum in about its share', () => {
    // 10 rare clauses among 1,000: all 10 drawn and 30 of the others. In the first 20 of the 40 rows,
    // 5 rare ones are expected (hypergeometric sd 1.6); the mean over 50 seeds has sd 0.23.
    const big = Array.from({ length: 1000 }, (_, i) => clause(i, i % 100 === 0 ? ['epidemic'] : []));
    let inFirstHalf = 0;
    for (let seed = 0; seed < 50; seed++) {
      const rows = draw(big, { n: 40, seed, byTopic: { minRows: 10 } }).rows;
      expect(rows.filter((row) => row.stratum === 'epidemic')).toHaveLength(10);
      inFirstHalf += rows.slice(0, 20).filter((row) => row.stratum === 'epidemic').length;
    }
    expect(inFirstHalf / 50).toBeGreaterThan(4);
    expect(inFirstHalf / 50).toBeLessThan(6);
  });
});

describe('allocateRows', () => {
  it('gives each stratum the least rows (or all it has), then the rest in proportion to what each has left', () => {
    // 5 each, or all of the stratum of 2: 5 + 5 + 2 + 5 = 17; 3 left over room 95, 15, 0, 35 (145):
    // quotas 1.966, 0.310, 0, 0.724 → 1, 0, 0, 0 and the 2 left to the largest fractions (0.966, 0.724).
    expect(allocateRows([100, 20, 2, 40], 20, 5)).toEqual({ rows: [7, 5, 2, 6], minRows: 5 });
  });

  it('lowers the least rows until n holds them, and takes everything when n is the corpus or more', () => {
    // 5, 4 and 3 each need 17, 14 and 11 rows; 2 each need 8 of 10. The 2 left over room 98, 18, 0, 38 (154):
    // quotas 1.273, 0.234, 0, 0.494 → 1, 0, 0, 0, and the last row to the largest fraction (0.494).
    expect(allocateRows([100, 20, 2, 40], 10, 5)).toEqual({ rows: [3, 2, 2, 3], minRows: 2 });
    expect(allocateRows([3, 4], 10, 5)).toEqual({ rows: [3, 4], minRows: 5 });
  });

  it('always allocates exactly n rows, never more than a stratum has', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 20 }),
        (sizes, n, minRows) => {
          const { rows } = allocateRows(sizes, n, minRows);
          const total = sizes.reduce((a, b) => a + b, 0);
          expect(rows.reduce((a, b) => a + b, 0)).toBe(Math.min(n, total));
          for (const [i, row] of rows.entries()) expect(row).toBeLessThanOrEqual(sizes[i]!);
        },
      ),
    );
  });
});
