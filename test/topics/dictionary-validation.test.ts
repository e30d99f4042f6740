/**
 * Dictionary validation: every problem of a set of dictionaries at once, each
 * as FILE:LINE: what is wrong; how to fix it — the exact lines `pdx` prints.
 */
import { describe, expect, it } from 'vitest';
import { createTopicEngine, formatProblem, loadDictionaries, type DictionaryMode, type DictionarySource } from '../../src/index.js';

function problems(sources: DictionarySource[], mode: DictionaryMode = 'extend'): string[] {
  const result = loadDictionaries(sources, mode);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const yaml = (path: string, lines: string[]): DictionarySource => ({ path, text: lines.join('\n') + '\n' });

describe('terms', () => {
  const topicWith = (terms: string): DictionarySource => yaml('t.yaml', ['topics:', '  - id: waste', '    labels: { zh: 垃圾治理 }', `    terms: ${terms}`]);

  it('rejects a term that is only punctuation', () => {
    expect(problems([topicWith('[垃圾分类, "……"]')])).toEqual([
      't.yaml:4: term "……" in topic "waste" is only punctuation; write a word with letters or digits, or remove it',
    ]);
  });

  it('rejects an empty term', () => {
    expect(problems([topicWith('[垃圾分类, "  "]')])).toEqual(['t.yaml:4: term "  " in topic "waste" is empty; write the word, or remove the entry']);
  });

  it('rejects a glob with "*" inside, and "*" alone', () => {
    expect(problems([topicWith('[环*保, "*"]')])).toEqual([
      't.yaml:4: term "环*保" in topic "waste" has "*" inside it, but a glob takes "*" only at its end; write "环保*", or remove the "*"',
      't.yaml:4: term "*" in topic "waste" is a glob with no prefix and would match every word; write a prefix before "*" (环保*)',
    ]);
  });

  it('rejects a glob as an exclude word, and a glob that is also exact', () => {
    expect(problems([topicWith('[{ term: 分类, exclude: [分类*] }, { term: 环保*, exact: true }]')])).toEqual([
      't.yaml:4: exclude word "分类*" of term "分类" in topic "waste" cannot be a glob: exclude words match as written; write the whole word',
      't.yaml:4: "exact" of term "环保*" in topic "waste" cannot be true for a glob, which matches whole words; remove "exact", or the "*"',
    ]);
  });

  it('rejects a weight out of range or not a number', () => {
    expect(problems([topicWith('[{ term: 分类, weight: -1 }, { term: 垃圾, weight: 11 }, { term: 桶, weight: heavy }]')])).toEqual([
      't.yaml:4: the weight -1 of term "分类" in topic "waste" is out of range; use a number above 0 and at most 10 (1 is the default)',
      't.yaml:4: the weight 11 of term "垃圾" in topic "waste" is out of range; use a number above 0 and at most 10 (1 is the default)',
      't.yaml:4: the weight of term "桶" in topic "waste" must be a number above 0 and at most 10, not the text "heavy"',
    ]);
  });

  it('rejects a term that is neither text nor a mapping', () => {
    expect(problems([topicWith('[垃圾, 7, true]')])).toEqual([
      't.yaml:4: term #2 in topic "waste" must be text, or a mapping with term (and weight, exclude, exact), not the number 7',
      't.yaml:4: term #3 in topic "waste" must be text, or a mapping with term (and weight, exclude, exact), not true',
    ]);
  });
});

describe('decision rule', () => {
  it('rejects a threshold or relative floor out of range or not a number, for the dictionary and for a topic', () => {
    const source = yaml('r.yaml', [
      'threshold: -1',
      'relativeFloor: 1.5',
      'topics:',
      '  - id: waste',
      '    labels: { zh: 垃圾 }',
      '    threshold: heavy',
      '    terms: [垃圾分类]',
      '  - id: water',
      '    labels: { zh: 水 }',
      '    threshold: 101',
      '    terms: [水污染]',
    ]);
    expect(problems([source])).toEqual([
      'r.yaml:1: the threshold of the dictionary is negative; use 0 (a single match tags) or more',
      'r.yaml:2: the relative floor of the dictionary is above 1; use a share from 0 to 1 (0.3: three tenths of the strongest topic)',
      'r.yaml:6: the threshold of topic "waste" must be a number from 0 to 100 (the summed weight at which a topic is tagged), not the text "heavy"',
      'r.yaml:10: the threshold of topic "water" is out of range; use a summed weight of at most 100',
    ]);
  });

  it('checks how thresholds scale with clause length: both numbers, in range, no other key', () => {
    const source = yaml('c.yaml', [
      'clauseLength: { reference: 0, exponent: 3, exp: 1 }',
      'topics:',
      '  - id: waste',
      '    labels: { zh: 垃圾 }',
      '    terms: [垃圾分类]',
    ]);
    expect(problems([source])).toEqual([
      'c.yaml:1: "reference" of the clause length rule of the dictionary is not above 0; use the clause length, in characters, at which the threshold applies as written (such as 100)',
      'c.yaml:1: "exponent" of the clause length rule of the dictionary is above 2; use 0 (length does not matter) up to 2',
      'c.yaml:1: unknown key "exp" in the clause length rule of the dictionary; the keys here are reference, exponent',
    ]);
    const missing = yaml('d.yaml', ['clauseLength: { reference: 100 }', 'topics:', '  - id: waste', '    labels: { zh: 垃圾 }', '    terms: [垃圾分类]']);
    expect(problems([missing])).toEqual(['d.yaml:1: the clause length rule of the dictionary has no "exponent"; add a number from 0 to 2']);
  });

  it('names a misspelt threshold', () => {
    const source = yaml('s.yaml', ['treshold: 2', 'topics:', '  - id: waste', '    labels: { zh: 垃圾 }', '    terms: [垃圾分类]']);
    expect(problems([source])).toEqual(['s.yaml:1: unknown key "treshold" in the dictionary; did you mean "threshold"?']);
  });
});

describe('keys', () => {
  it('names an unknown key on its own line, with the key it is probably a typo of', () => {
    const source = yaml('k.yaml', [
      'name: typos',
      'topic_list: 3',
      'topics:',
      '  - id: waste',
      '    labels: { zh: 垃圾, cn: 垃圾 }',
      '    term: [垃圾分类]',
      '  - id: water',
      '    labels: { zh: 水 }',
      '    terms:',
      '      - term: 水污染',
      '        wieght: 2',
    ]);
    expect(problems([source])).toEqual([
      'k.yaml:2: unknown key "topic_list" in the dictionary; the keys here are name, version, description, threshold, relativeFloor, clauseLength, topics',
      'k.yaml:5: unknown key "cn" in the labels of topic "waste"; the keys here are zh, en',
      'k.yaml:6: unknown key "term" in topic "waste"; did you mean "terms"?',
      'k.yaml:11: unknown key "wieght" in term "水污染" in topic "water"; did you mean "weight"?',
    ]);
  });

  it('says what is missing and what to add', () => {
    const source = yaml('m.yaml', [
      'topics:',
      '  - id: waste',
      '    terms: [垃圾]',
      '  - labels: { zh: 水 }',
      '    terms: [水]',
      '  - id: air',
      '    labels: { en: Air }',
      '    terms: [雾霾]',
    ]);
    expect(problems([source])).toEqual([
      'm.yaml:2: topic "waste" has no "labels"; add labels with zh, the topic\'s name',
      'm.yaml:4: topic #2 has no "id"; add an id (lower-case, such as environment_waste)',
      'm.yaml:7: the labels of topic "air" have no "zh"; add the topic\'s name',
    ]);
  });

  it('rejects an id that breaks the id rule, suggesting one that keeps it', () => {
    const source = yaml('i.yaml', ['topics:', '  - id: Air Quality', '    labels: { zh: 空气 }', '    terms: [雾霾]']);
    expect(problems([source])).toEqual([
      'i.yaml:2: topic id "Air Quality" is not a valid id; use lower-case letters, digits and _, with dots for subtopics (environment.waste); for example "air_quality"',
    ]);
  });
});

describe('topics across the set', () => {
  const topic = (id: string, extra: string[] = [], terms = '[词]'): string[] => [`  - id: ${id}`, `    labels: { zh: ${id} }`, ...extra, `    terms: ${terms}`];

  it('rejects an id defined twice in one file', () => {
    expect(problems([yaml('d.yaml', ['topics:', ...topic('waste'), ...topic('waste')])])).toEqual([
      'd.yaml:5: topic id "waste" is defined twice in this file (first on line 2); rename one, or merge their terms',
    ]);
  });

  it('rejects an id another file or the built-in dictionary defines, unless the topic overrides it on purpose', () => {
    const first = yaml('a.yaml', ['topics:', ...topic('waste'), ...topic('economy')]);
    const second = yaml('b.yaml', ['topics:', ...topic('waste'), ...topic('health', ['    override: true'])]);
    expect(problems([first, second])).toEqual([
      'a.yaml:5: topic id "economy" is already defined by the built-in dictionary (pdx-builtin); pick another id, or add "override": true to this topic to replace that one on purpose',
      'b.yaml:2: topic id "waste" is already defined by a.yaml:2; pick another id, or add "override": true to this topic to replace that one on purpose',
    ]);
  });

  it('lets an override replace the earlier topic whole', () => {
    const result = loadDictionaries([yaml('o.yaml', ['topics:', ...topic('health', ['    override: true'], '[医保]')])], 'extend');
    expect(result.ok).toBe(true);
    const { dictionary } = createTopicEngine(result.ok ? result.files : []);
    expect(dictionary.topics.get('health')).toMatchObject({ label: 'health', terms: 1, dictionary: 'o' });
    // The rules a whole term matches, as the tagger finds them from a word boundary.
    const rulesOf = (term: string): readonly { topic: string }[] =>
      dictionary.terms.prefixesAt(term, 0, term.length).find((match) => match.length === term.length)?.values ?? [];
    expect(rulesOf('医保').map((rule) => rule.topic)).toEqual(['health']);
    // 医疗机构 was a term of the built-in health topic only.
    expect(rulesOf('医疗机构')).toEqual([]);
    expect([...dictionary.topics.keys()].indexOf('health')).toBe(8);
  });

  it('rejects a parent that is not defined, with a likely id', () => {
    const source = yaml('p.yaml', ['topics:', ...topic('ocean.coast'), ...topic('enviroment.water', ['    parent: enviroment'])]);
    expect(problems([source])).toEqual([
      'p.yaml:2: parent "ocean" of topic "ocean.coast" is not defined; add a topic "ocean"',
      'p.yaml:7: parent "enviroment" of topic "enviroment.water" is not defined; add a topic "enviroment", or did you mean "environment"?',
    ]);
  });

  it('says when --dict-mode replace left a parent out', () => {
    expect(problems([yaml('r.yaml', ['topics:', ...topic('environment.water')])], 'replace')).toEqual([
      'r.yaml:2: parent "environment" of topic "environment.water" is a built-in topic, which --dict-mode replace leaves out; add a topic "environment", or use --dict-mode extend',
    ]);
    expect(problems([yaml('r.yaml', ['topics:', ...topic('environment.water')])], 'extend')).toEqual([]);
  });

  it('rejects a parent that the dotted id does not start with', () => {
    const source = yaml('q.yaml', ['topics:', ...topic('water', ['    parent: environment']), ...topic('economy.water', ['    parent: environment'])]);
    expect(problems([source])).toEqual([
      'q.yaml:4: topic "water" has parent "environment", so its id must start with "environment."; rename it "environment.water", or remove the parent',
      'q.yaml:8: topic "economy.water" has parent "environment", but its id starts with "economy."; rename it "environment.water", or make the parent "economy"',
    ]);
  });

  it('rejects an empty term list, but not on a topic whose subtopics carry the terms', () => {
    const source = yaml('e.yaml', [
      'topics:',
      '  - id: empty',
      '    labels: { zh: 空 }',
      '    terms: []',
      '  - id: group',
      '    labels: { zh: 组 }',
      ...topic('group.member'),
      '  - id: lonely',
      '    labels: { zh: 孤 }',
    ]);
    expect(problems([source])).toEqual([
      'e.yaml:4: topic "empty" has an empty term list; add at least one term, or a subtopic',
      'e.yaml:10: topic "lonely" has an empty term list; add at least one term, or a subtopic',
    ]);
  });
});

describe('quanteda-style dictionaries', () => {
  it('places problems on the category key or the term, in quanteda words', () => {
    const source = yaml('q.yml', [
      '环境:',
      '  垃圾:',
      '    - 垃圾分类',
      '    - 环*',
      '    - "*保"',
      '  空气: []',
      'Tax:',
      '  - 税收*',
      'tax:',
      '  - 税务',
      '"——":',
      '  - 破折号',
      'health: [医保]',
    ]);
    expect(problems([source])).toEqual([
      'q.yml:5: term "*保" in topic "环境.垃圾" has "*" inside it, but a glob takes "*" only at its end; write "保*", or remove the "*"',
      'q.yml:6: category "空气" has an empty term list; add at least one term, or a subcategory',
      'q.yml:9: category "tax" makes the topic id "tax", as category "Tax" on line 7 does; rename one of them',
      'q.yml:11: category "——" cannot be made into a topic id, having no letters or digits; rename it',
      'q.yml:13: category "health" makes the topic id "health", which the built-in dictionary (pdx-builtin) already defines; rename the category, or leave the built-in topics out with --dict-mode replace',
    ]);
  });
});

describe('files', () => {
  it('places JSON problems on their lines', () => {
    const text = [
      '{',
      '  "name": "j",',
      '  "topics": [',
      '    {',
      '      "id": "waste",',
      '      "labels": { "zh": "垃圾" },',
      '      "terms": ["垃圾", { "term": "分类", "weight": 0 }],',
      '      "parnet": "environment"',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    expect(problems([{ path: 'j.json', text }])).toEqual([
      'j.json:7: the weight 0 of term "分类" in topic "waste" is out of range; use a number above 0 and at most 10 (1 is the default)',
      'j.json:8: unknown key "parnet" in topic "waste"; did you mean "parent"?',
    ]);
  });

  it('reports syntax errors, empty files and files that hold no mapping', () => {
    expect(problems([{ path: 's.json', text: '{\n  "topics": [\n    { "id": "a", }\n  ]\n}\n' }])).toEqual([
      's.json:3: the file is not valid JSON: Expected double-quoted property name; fix the syntax there',
    ]);
    expect(problems([{ path: 's.yaml', text: 'topics:\n  - id: a\n    labels: { zh: a\n  - id: b\n' }])).toEqual([
      's.yaml:4: the file is not valid YAML: Flow map in block collection must be sufficiently indented and end with a }; fix the syntax there',
    ]);
    expect(problems([{ path: 'e.yaml', text: '# nothing yet\n' }])).toEqual([
      'e.yaml:1: the file is empty; write a dictionary in it (README: "Custom dictionaries")',
    ]);
    expect(problems([{ path: 'b.yaml', text: ' \n' }])).toEqual(['b.yaml:1: the file is empty; write a dictionary in it (README: "Custom dictionaries")']);
    expect(problems([{ path: 'l.json', text: '["垃圾分类"]' }])).toEqual([
      'l.json:1: the file holds a list, not a dictionary; write a mapping with "topics" (pdx format), or of categories to term lists (quanteda style)',
    ]);
  });

  it('lists the problems of every file at once, file by file, line by line', () => {
    const result = problems([
      yaml('one.yaml', ['topics:', '  - id: a', '    labels: { zh: 一 }', '    terms: ["!"]']),
      { path: 'two.json', text: '{"topics": []}' },
    ]);
    expect(result).toEqual([
      'one.yaml:4: term "!" in topic "a" is only punctuation; write a word with letters or digits, or remove it',
      'two.json:1: "topics" is empty; add at least one topic',
    ]);
  });
});
