/** Topics: dictionary terms on jieba word boundaries, exclusions, evidence with spans. */
import { describe, expect, it } from 'vitest';
import { createTopicEngine, dictionaryFileSchema, extract, loadDictionaries, type DictionaryMode, type PdxDocument } from '../../src/index.js';
import { createSegmenter } from '../../src/topics/segmenter.js';

const tokens = (text: string, boundaries: number[]): string[] => boundaries.slice(1).map((end, i) => text.slice(boundaries[i], end));

describe('built-in dictionary', () => {
  it('tags a clause about 垃圾分类 with environment, evidence and exact spans', () => {
    const doc = extract('会议指出，要深入推进垃圾分类，提高垃圾分类水平。');
    const [clause] = doc.clauses;
    expect(clause!.topics.map((t) => t.id)).toEqual(['environment']);
    const [environment] = clause!.topics;
    expect(environment!.label).toBe('生态环境与垃圾分类');
    expect(environment!.evidence).toEqual([
      {
        term: '垃圾分类',
        count: 2,
        spans: [
          [10, 14],
          [17, 21],
        ],
      },
    ]);
    expect(doc.plainText.slice(10, 14)).toBe('垃圾分类');
    expect(doc.plainText.slice(17, 21)).toBe('垃圾分类');
    expect(environment!.score).toBeGreaterThan(0);
    expect(environment!.score).toBeLessThanOrEqual(1);
    expect(clause!.directives.map((d) => d.topics)).toEqual([['environment']]);
  });

  it('gives a clause about nothing in the taxonomy no topics', () => {
    expect(extract('会议指出，成绩来之不易，值得充分肯定。').clauses[0]!.topics).toEqual([]);
  });

  it('names the dictionary that produced the tags in generator.dictionaries', () => {
    const [ref] = extract('会议指出，要加强防汛工作。').generator.dictionaries;
    expect(ref!.name).toBe('pdx-builtin');
    expect(ref!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('custom dictionaries', () => {
  const dictionary = dictionaryFileSchema.parse({
    name: 'test-dict',
    version: '0.0.1',
    topics: [
      { id: 'safety', labels: { zh: '安全' }, terms: [{ term: '安全', weight: 2, exclude: ['粮食安全'] }] },
      { id: 'elderly', labels: { zh: '养老服务' }, terms: [{ term: '银发驿站', weight: 2 }] },
      { id: 'station', labels: { zh: '站点' }, terms: [{ term: '驿站', weight: 2 }] },
    ],
  });
  const engine = createTopicEngine([dictionary]);
  const topicsOf = (input: string): PdxDocument['clauses'][number]['topics'] => extract(input, { topics: engine }).clauses[0]!.topics;

  it('does not fire 安全 inside 粮食安全 (exclude)', () => {
    expect(topicsOf('会议强调，要保障粮食安全。')).toEqual([]);
  });

  it('fires 安全 alone, with its span', () => {
    expect(topicsOf('会议强调，要确保安全。')).toEqual([
      { id: 'safety', label: '安全', score: expect.any(Number), evidence: [{ term: '安全', count: 1, spans: [[8, 10]] }] },
    ]);
  });

  it('fires only the 安全 that is not part of 粮食安全 in the same clause', () => {
    const topics = topicsOf('会议强调，要保障粮食安全，确保安全。');
    expect(topics.map((t) => t.evidence)).toEqual([[{ term: '安全', count: 1, spans: [[15, 17]] }]]);
  });

  it('matches a dictionary term whole even where jieba alone would split it', () => {
    const text = '会议强调，要建好银发驿站。';
    // Without the dictionary, jieba cuts the term in two…
    expect(tokens(text, createSegmenter([]).boundaries(text))).toContain('银发');
    expect(tokens(text, createSegmenter([]).boundaries(text))).not.toContain('银发驿站');
    // …with it, the term is one token and matches whole; its part 驿站 is no word of its own here.
    expect(tokens(text, engine.segmenter.boundaries(text))).toContain('银发驿站');
    expect(topicsOf(text)).toEqual([
      { id: 'elderly', label: '养老服务', score: expect.any(Number), evidence: [{ term: '银发驿站', count: 1, spans: [[8, 12]] }] },
    ]);
  });

  it('stamps the custom dictionary in generator.dictionaries', () => {
    const doc = extract('会议强调，要确保安全。', { topics: engine });
    expect(doc.generator.dictionaries.map((d) => [d.name, d.version])).toEqual([['test-dict', '0.0.1']]);
  });

  it('rejects a malformed dictionary with a clear message', () => {
    const result = dictionaryFileSchema.safeParse({ name: 'x', version: '1', topics: [{ id: 'Bad Id', labels: { zh: '坏' }, terms: ['词'] }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['topics.0.id']);
  });
});

describe('thresholds', () => {
  const REPORT = '会议强调，要持续优化营商环境。';
  function topicsWith(path: string, text: string, mode: DictionaryMode): PdxDocument['clauses'][number]['topics'] {
    const loaded = loadDictionaries([{ path, text }], mode);
    if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('\n'));
    return extract(REPORT, { topics: createTopicEngine(loaded.files) }).clauses[0]!.topics;
  }

  it('tags on a single counted match with a quanteda-style dictionary, as quanteda counts every match', () => {
    expect(topicsWith('policy.yaml', 'policy:\n  market: [营商环境]\n', 'replace')).toEqual([
      { id: 'policy.market', label: 'market', score: 0.393, evidence: [{ term: '营商环境', count: 1, spans: [[10, 14]] }] },
    ]);
  });

  it("tags a user's single match beside the built-in topics, whose relative floor weighs only built-in topics", () => {
    const ids = topicsWith('policy.yaml', 'policy:\n  market: [营商环境]\n', 'extend').map((topic) => topic.id);
    expect(ids).toContain('policy.market');
    expect(ids).toContain('economy');
  });

  it('tags a pdx dictionary without threshold on one light term, and applies a threshold where the dictionary or the topic sets one', () => {
    const dictionary = (rule: string, topicRule = ''): string =>
      `{ ${rule} "topics": [{ "id": "market", "labels": { "zh": "市场" }, ${topicRule} "terms": [{ "term": "营商环境", "weight": 0.3 }] }] }`;
    expect(topicsWith('d.json', dictionary(''), 'replace').map((topic) => topic.id)).toEqual(['market']);
    expect(topicsWith('d.json', dictionary('"threshold": 1,'), 'replace')).toEqual([]);
    expect(topicsWith('d.json', dictionary('"threshold": 1,', '"threshold": 0.3,'), 'replace').map((topic) => topic.id)).toEqual(['market']);
  });
});
