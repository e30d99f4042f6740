/**
 * Terms for a topic from a corpus: what the log-odds ranks first among the
 * topic's clauses, without what the topic already matches (a term, a glob of
 * it, or a phrase in which one of its terms fires), without fragments cut at
 * a particle, each clause text counted once, with its counts and the shortest
 * example. The words are cut by a greedy longest-match segmenter over a fixed
 * vocabulary, so the test states every token.
 */
import { describe, expect, it } from 'vitest';
import { createTopicEngine, dictionaryFileSchema } from '../../src/index.js';
import type { Segmenter } from '../../src/topics/segmenter.js';
import { TermContrast, topicsWithTerm } from '../../src/validation/suggest-terms.js';

const VOCABULARY = ['生态环境', '保护', '绿水青山', '理念', '坚持', '的', '经济', '增长', '推动', '稳定', '就业', '环保', '环保督察', '生态'];

/** Longest match from the left over VOCABULARY (and the dictionary's terms); anything else one character a token. */
function greedy(extra: readonly string[]): Segmenter {
  const words = [...new Set([...VOCABULARY, ...extra])].sort((a, b) => b.length - a.length);
  return {
    boundaries(text) {
      const bounds = [0];
      for (let at = 0; at < text.length; ) {
        at += words.find((word) => text.startsWith(word, at))?.length ?? 1;
        bounds.push(at);
      }
      return bounds;
    },
    tag: () => [],
  };
}

const engine = createTopicEngine(
  [
    dictionaryFileSchema.parse({
      name: 'test',
      version: '1',
      topics: [
        { id: 'green', labels: { zh: '生态' }, terms: ['生态环境', '环保*'] },
        { id: 'jobs', labels: { zh: '就业' }, terms: ['就业', '绿水青山'] },
      ],
    }),
  ],
  { segmenter: greedy },
);

function contrast(): TermContrast {
  const terms = new TermContrast(engine.segmenter);
  const green = ['坚持绿水青山理念保护生态环境', '保护生态环境的绿水青山', '绿水青山理念保护生态', '推动环保督察保护生态环境'];
  const others = ['推动经济增长', '稳定就业推动经济', '坚持经济增长', '推动就业稳定', '保护就业'];
  for (const [clause, text] of green.entries()) terms.add(text, true, { doc: 'g.md', clause });
  for (const [clause, text] of others.entries()) terms.add(text, false, { doc: 'o.md', clause });
  return terms;
}

describe('TermContrast', () => {
  it("ranks the topic's words and phrases, leaving out what its terms match and fragments cut at a particle", () => {
    const candidates = contrast().candidates('green', engine.dictionary, { minCount: 2, minScore: 0 });
    const terms = candidates.map((candidate) => candidate.term);
    expect(terms).toContain('绿水青山');
    expect(terms).toContain('绿水青山理念');
    // 生态环境 is a term; 保护生态环境 is a phrase in which it fires; 环保督察 a word its glob 环保* covers;
    // 生态环境的 and 的绿水青山 are cut at 的.
    for (const had of ['生态环境', '保护生态环境', '环保督察', '生态环境的', '的绿水青山']) expect(terms).not.toContain(had);
    const best = candidates.find((candidate) => candidate.term === '绿水青山')!;
    expect(best).toMatchObject({ count: 3, countOut: 0, clauses: 3, clausesOut: 0, otherTopics: ['jobs'] });
    // The shortest clause of the topic that holds it.
    expect(best.example).toEqual({ doc: 'g.md', clause: 2, text: '绿水青山理念保护生态' });
    expect(candidates.map((candidate) => candidate.score)).toEqual([...candidates.map((candidate) => candidate.score)].sort((a, b) => b - a));
  });

  it('counts a clause text seen again once', () => {
    const once = contrast();
    const twice = contrast();
    twice.add('坚持绿水青山理念保护生态环境', true, { doc: 'copy/g.md', clause: 0 });
    twice.add('推动经济增长', false, { doc: 'copy/o.md', clause: 0 });
    expect(twice.topicClauses).toBe(4);
    expect(twice.otherClauses).toBe(5);
    expect(twice.candidates('green', engine.dictionary, { minCount: 1, minScore: 0 })).toEqual(
      once.candidates('green', engine.dictionary, { minCount: 1, minScore: 0 }),
    );
  });

  it('keeps to --top, --min-count and --min-score', () => {
    const terms = contrast();
    expect(terms.candidates('green', engine.dictionary, { minCount: 1, minScore: 0, top: 2 })).toHaveLength(2);
    expect(terms.candidates('green', engine.dictionary, { minCount: 3, minScore: 0 }).every((candidate) => candidate.count >= 3)).toBe(true);
    expect(terms.candidates('green', engine.dictionary, { minCount: 1, minScore: 1e6 })).toEqual([]);
  });
});

describe('topicsWithTerm', () => {
  it('names the topics that have a word as a term, or a glob that starts it', () => {
    expect(topicsWithTerm('绿水青山', engine.dictionary)).toEqual(new Set(['jobs']));
    expect(topicsWithTerm('环保督察', engine.dictionary)).toEqual(new Set(['green']));
    expect(topicsWithTerm('保护', engine.dictionary)).toEqual(new Set());
  });
});
