/** explainTopics: which terms fire on a text, per topic with weight, score and the threshold that applied, and which an exclude word dropped. */
import { describe, expect, it } from 'vitest';
import { createTopicEngine, dictionaryFileSchema, explainTopics } from '../../src/index.js';

const topics = [
  { id: 'safety', labels: { zh: '安全' }, terms: [{ term: '安全', weight: 2, exact: true, exclude: ['粮食安全'] }] },
  { id: 'food', labels: { zh: '粮食' }, terms: [{ term: '粮食安全', weight: 2 }] },
  { id: 'hazards', labels: { zh: '隐患' }, terms: [{ term: '隐患', weight: 1.6 }] },
  { id: 'weak', labels: { zh: '弱' }, terms: ['检查'] },
  { id: 'checks', labels: { zh: '检查' }, threshold: 0.5, terms: [{ term: '抽查', weight: 0.6 }] },
  { id: 'flood', labels: { zh: '防汛' }, terms: [{ term: '防汛', weight: 10 }] },
];
const engine = createTopicEngine([dictionaryFileSchema.parse({ name: 'explain', version: '1', threshold: 1.5, relativeFloor: 0.2, topics })]);

describe('explainTopics', () => {
  it('lists the terms that count per topic with the threshold that applied, and a term an exclude word dropped, with the word and where', () => {
    expect(explainTopics('确保安全，保障粮食安全，排查隐患，开展检查', engine)).toEqual({
      threshold: 1.5,
      floor: 1.5,
      topics: [
        {
          id: 'food',
          label: '粮食',
          weight: 2,
          score: 0.632,
          threshold: 1.5,
          floor: 1.5,
          tagged: true,
          terms: [{ term: '粮食安全', rule: '粮食安全', weight: 2, count: 1, spans: [[7, 11]], exclude: [] }],
        },
        {
          id: 'safety',
          label: '安全',
          weight: 2,
          score: 0.632,
          threshold: 1.5,
          floor: 1.5,
          tagged: true,
          terms: [{ term: '安全', rule: '安全', weight: 2, count: 1, spans: [[2, 4]], exclude: ['粮食安全'] }],
        },
        {
          id: 'hazards',
          label: '隐患',
          weight: 1.6,
          score: 0.551,
          threshold: 1.5,
          floor: 1.5,
          tagged: true,
          terms: [{ term: '隐患', rule: '隐患', weight: 1.6, count: 1, spans: [[14, 16]], exclude: [] }],
        },
        {
          id: 'weak',
          label: '弱',
          weight: 1,
          score: 0.393,
          threshold: 1.5,
          floor: 1.5,
          tagged: false,
          terms: [{ term: '检查', rule: '检查', weight: 1, count: 1, spans: [[19, 21]], exclude: [] }],
        },
      ],
      dropped: [{ topic: 'safety', term: '安全', rule: '安全', span: [9, 11], excludedBy: { word: '粮食安全', span: [7, 11] } }],
    });
  });

  it("applies a topic's own threshold instead of the dictionary's", () => {
    const [checks] = explainTopics('开展抽查', engine).topics;
    expect(checks).toMatchObject({ id: 'checks', weight: 0.6, threshold: 0.5, floor: 0.5, tagged: true });
  });

  it('raises the floor to the relative floor times the strongest topic, as tagging a clause does', () => {
    const explanation = explainTopics('做好防汛，排查隐患', engine);
    expect(explanation.floor).toBe(2);
    expect(explanation.topics.map((topic) => [topic.id, topic.weight, topic.floor, topic.tagged])).toEqual([
      ['flood', 10, 2, true],
      ['hazards', 1.6, 2, false],
    ]);
  });

  it('tags on a single counted match with a dictionary that sets no threshold, and weighs the relative floor within each dictionary', () => {
    const plain = dictionaryFileSchema.parse({
      name: 'plain',
      version: '1',
      relativeFloor: 0.5,
      topics: [{ id: 'market', labels: { zh: '市场' }, terms: [{ term: '营商环境', weight: 0.2 }] }],
    });
    const strict = dictionaryFileSchema.parse({
      name: 'strict',
      version: '1',
      threshold: 1.5,
      relativeFloor: 0.5,
      topics: [{ id: 'flood', labels: { zh: '防汛' }, terms: [{ term: '防汛', weight: 10 }] }],
    });
    const explanation = explainTopics('优化营商环境，做好防汛', createTopicEngine([strict, plain]));
    expect(explanation.topics.map((topic) => [topic.id, topic.threshold, topic.floor, topic.tagged])).toEqual([
      ['flood', 1.5, 5, true],
      ['market', 0, 0.1, true],
    ]);
    expect([explanation.threshold, explanation.floor]).toEqual([1.5, 5]);
  });

  it('scales the threshold with the length of the text where the dictionary sets clauseLength, within a third and three times the reference', () => {
    const scaled = createTopicEngine([
      dictionaryFileSchema.parse({ name: 'scaled', version: '1', threshold: 1, clauseLength: { reference: 10, exponent: 1 }, topics }),
    ]);
    const threshold = (text: string): number => explainTopics(text, scaled).topics[0]!.threshold;
    expect(threshold('开展抽查工作')).toBe(0.5 * 0.6);
    expect(threshold('开展检查')).toBe(0.4 * 1);
    expect(threshold(`开展检查${'，'.repeat(16)}`)).toBe(2);
    expect(threshold(`开展检查${'，'.repeat(60)}`)).toBe(3);
    expect(explainTopics('开展检查', scaled).threshold).toBe(0.4);
  });

  it('finds nothing in a text without dictionary terms', () => {
    expect(explainTopics('成绩来之不易', engine)).toEqual({ threshold: 1.5, floor: 1.5, topics: [], dropped: [] });
  });
});
