/**
 * Globs (a trailing `*`): a glob matches from a word boundary to the end of
 * the word in which its prefix ends, through a prefix index rather than a
 * pattern per glob.
 */
import { describe, expect, it } from 'vitest';
import { createTopicEngine, dictionaryFileSchema, explainTopics } from '../../src/index.js';
import { PrefixIndex } from '../../src/language/prefix-index.js';

const engine = createTopicEngine([
  dictionaryFileSchema.parse({
    name: 'globs',
    version: '1',
    topics: [
      { id: 'food', labels: { zh: '餐饮' }, terms: ['餐饮*', { term: '饮*', weight: 3 }] },
      { id: 'approvals', labels: { zh: '审批' }, terms: ['审批*', { term: '审批权', weight: 2 }, { term: '行政审*', exclude: ['行政审判'] }] },
    ],
  }),
]);

const fired = (text: string): [string, string, string, number[][]][] =>
  explainTopics(text, engine).topics.flatMap((topic) =>
    topic.terms.map((term): [string, string, string, number[][]] => [topic.id, term.rule, term.term, term.spans]),
  );

describe('glob matching', () => {
  it('extends a prefix that ends inside a word to the end of that word', () => {
    expect(fired('推动餐饮业有序经营')).toEqual([['food', '餐饮*', '餐饮业', [[2, 5]]]]);
  });

  it('matches a prefix that is a word of its own as that word', () => {
    expect(fired('精简审批事项')).toEqual([['approvals', '审批*', '审批', [[2, 4]]]]);
  });

  it('does not match a prefix that starts inside a word (饮* in 餐饮业)', () => {
    expect(fired('推动餐饮业')).toEqual([['food', '餐饮*', '餐饮业', [[2, 5]]]]);
    expect(fired('饮用水')).toEqual([['food', '饮*', '饮用水', [[0, 3]]]]);
  });

  it('counts a glob and a term matching the same words once, with the larger weight', () => {
    expect(explainTopics('下放审批权', engine).topics).toEqual([
      {
        id: 'approvals',
        label: '审批',
        weight: 2,
        score: 0.632,
        threshold: 0,
        floor: 0,
        tagged: true,
        terms: [{ term: '审批权', rule: '审批权', weight: 2, count: 1, spans: [[2, 5]], exclude: [] }],
      },
    ]);
  });

  it('drops a glob match where an exclude word touches it', () => {
    expect(explainTopics('推进行政审判公开', engine).dropped).toEqual([
      { topic: 'approvals', term: '行政审判', rule: '行政审*', span: [2, 6], excludedBy: { word: '行政审判', span: [2, 6] } },
    ]);
  });
});

describe('prefix index', () => {
  it('finds every stored prefix at a position in one walk, shortest first, within the end', () => {
    const index = new PrefixIndex<string>();
    index.slot('审').push('a');
    index.slot('审批').push('b');
    index.slot('审批权').push('c');
    index.slot('批').push('d');
    expect(index.prefixesAt('下放审批权力', 2, 6)).toEqual([
      { length: 1, values: ['a'] },
      { length: 2, values: ['b'] },
      { length: 3, values: ['c'] },
    ]);
    expect(index.prefixesAt('下放审批权力', 2, 4)).toEqual([
      { length: 1, values: ['a'] },
      { length: 2, values: ['b'] },
    ]);
    expect(index.prefixesAt('下放审批权力', 0, 6)).toEqual([]);
    expect(new PrefixIndex<string>().isEmpty).toBe(true);
    expect(index.isEmpty).toBe(false);
  });
});
