/** explainTopics: which terms fire on a text, per topic with weight and score, and which an exclude word dropped. */
import { describe, expect, it } from 'vitest';
import { createTopicEngine, dictionaryFileSchema, explainTopics } from '../../src/index.js';

const engine = createTopicEngine([
  dictionaryFileSchema.parse({
    name: 'explain',
    version: '1',
    topics: [
      { id: 'safety', labels: { zh: '安全' }, terms: [{ term: '安全', weight: 2, exact: true, exclude: ['粮食安全'] }] },
      { id: 'food', labels: { zh: '粮食' }, terms: [{ term: '粮食安全', weight: 2 }] },
      { id: 'hazards', labels: { zh: '隐患' }, terms: [{ term: '隐患', weight: 1.6 }] },
      { id: 'weak', labels: { zh: '弱' }, terms: ['检查'] },
      { id: 'flood', labels: { zh: '防汛' }, terms: [{ term: '防汛', weight: 10 }] },
    ],
  }),
]);

describe('explainTopics', () => {
  it('lists the terms that count per topic, and a term an exclude word dropped, with the word and where', () => {
    expect(explainTopics('确保安全，保障粮食安全，排查隐患，开展检查', engine)).toEqual({
      threshold: 1.5,
      floor: 1.5,
      topics: [
        { id: 'food', label: '粮食', weight: 2, score: 0.632, tagged: true, terms: [{ term: '粮食安全', rule: '粮食安全', weight: 2, count: 1, spans: [[7, 11]], exclude: [] }] },
        { id: 'safety', label: '安全', weight: 2, score: 0.632, tagged: true, terms: [{ term: '安全', rule: '安全', weight: 2, count: 1, spans: [[2, 4]], exclude: ['粮食安全'] }] },
        { id: 'hazards', label: '隐患', weight: 1.6, score: 0.551, tagged: true, terms: [{ term: '隐患', rule: '隐患', weight: 1.6, count: 1, spans: [[14, 16]], exclude: [] }] },
        { id: 'weak', label: '弱', weight: 1, score: 0.393, tagged: false, terms: [{ term: '检查', rule: '检查', weight: 1, count: 1, spans: [[19, 21]], exclude: [] }] },
      ],
      dropped: [{ topic: 'safety', term: '安全', rule: '安全', span: [9, 11], excludedBy: { word: '粮食安全', span: [7, 11] } }],
    });
  });

  it('raises the floor to a fifth of the strongest topic, as tagging a clause does', () => {
    const explanation = explainTopics('做好防汛，排查隐患', engine);
    expect(explanation.floor).toBe(2);
    expect(explanation.topics.map((topic) => [topic.id, topic.weight, topic.tagged])).toEqual([
      ['flood', 10, true],
      ['hazards', 1.6, false],
    ]);
  });

  it('finds nothing in a text without dictionary terms', () => {
    expect(explainTopics('成绩来之不易', engine)).toEqual({ threshold: 1.5, floor: 1.5, topics: [], dropped: [] });
  });
});
