/**
 * Dictionary formats and provenance: JSON and YAML (by extension, else by the
 * first character), subtopics, and the name, version and sha256 that every
 * output carries for each dictionary used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTopicEngine, extract, loadDictionaries, type DictionaryFile, type DictionarySource } from '../../src/index.js';
import { FIXTURES } from '../support.js';

const DICTIONARIES = join(FIXTURES, 'dictionaries');
const source = (file: string, path = file): DictionarySource => ({ path, text: readFileSync(join(DICTIONARIES, file), 'utf8') });

function load(sources: DictionarySource[], mode: 'extend' | 'replace' = 'extend'): DictionaryFile[] {
  const result = loadDictionaries(sources, mode);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.files;
}

const refsOf = (files: DictionaryFile[]) => createTopicEngine(files).dictionary.refs;

describe('provenance', () => {
  it('gives the same dictionary the same sha256 in JSON and in YAML, in any term order', () => {
    const json = refsOf(load([source('ministry.json')]));
    const yaml = refsOf(load([source('ministry.yaml')]));
    expect(json).toEqual(yaml);
    expect(json.map((ref) => [ref.name, ref.version])).toEqual([
      ['pdx-builtin', '2.4.0'],
      ['ministry-watch', '2.1.0'],
    ]);
    expect(json[1]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives an edited dictionary another sha256', () => {
    const edited = { path: 'ministry.yaml', text: source('ministry.yaml').text.replace('- 负面清单', '- 负面清单制度') };
    expect(refsOf(load([edited]))[1]!.sha256).not.toBe(refsOf(load([source('ministry.yaml')]))[1]!.sha256);
  });

  it('stamps every loaded dictionary in generator.dictionaries, in the order given', () => {
    const engine = createTopicEngine(load([source('ministry.json'), source('cap-style.yaml')], 'replace'));
    const doc = extract('会议强调，要持续优化营商环境，推进一网通办。', { topics: engine });
    expect(doc.generator.dictionaries).toEqual(engine.dictionary.refs);
    expect(doc.generator.dictionaries.map((ref) => ref.name)).toEqual(['ministry-watch', 'cap-style']);
  });

  it('names a dictionary that names none after its file, and versions it by its content', () => {
    const [ref] = refsOf(load([source('cap-style.yaml', 'some/dir/cap-style.yaml')], 'replace'));
    expect(ref!.name).toBe('cap-style');
    expect(ref!.version).toMatch(/^sha256:[0-9a-f]{12}$/);
    const withoutName = { path: 'plain.json', text: JSON.stringify({ topics: [{ id: 'waste', labels: { zh: '垃圾' }, terms: ['垃圾分类'] }] }) };
    const [plain] = refsOf(load([withoutName], 'replace'));
    expect([plain!.name, plain!.version]).toEqual(['plain', expect.stringMatching(/^sha256:[0-9a-f]{12}$/)]);
  });
});

describe('formats', () => {
  it('tells JSON from YAML by the first character when the file has no known extension', () => {
    const json = { path: 'topics', text: source('ministry.json').text };
    const yaml = { path: 'topics.txt', text: source('ministry.yaml').text };
    expect(refsOf(load([json]))).toEqual(refsOf(load([yaml])));
  });

  it('reads subtopics: dotted ids, with the parent given or implied by the id', () => {
    const { topics } = createTopicEngine(load([source('ministry.yaml')], 'replace')).dictionary;
    expect([...topics.values()].map((topic) => [topic.id, topic.parent, topic.label, topic.labelEn, topic.cap, topic.terms])).toEqual([
      ['business_environment', null, '营商环境', 'Business environment', [15], 2],
      ['business_environment.approvals', 'business_environment', '审批服务', 'Approvals', [], 3],
      ['business_environment.market_access', 'business_environment', '市场准入', null, [], 3],
    ]);
  });

  it('tags with subtopics on their own terms: a glob (审批* → 审批权), and not 准入 inside its exclude word 准入证', () => {
    const engine = createTopicEngine(load([source('ministry.yaml')], 'replace'));
    const doc = extract('会议要求，要持续优化营商环境，打造一流营商环境，下放审批权，推进一网通办，全面实行市场准入负面清单，办理准入证。', { topics: engine });
    expect(doc.clauses[0]!.topics.map(({ id, evidence }) => ({ id, evidence }))).toEqual([
      {
        id: 'business_environment',
        evidence: [
          { term: '优化营商环境', count: 1, spans: [[8, 14]] },
          { term: '营商环境', count: 1, spans: [[19, 23]] },
        ],
      },
      {
        id: 'business_environment.approvals',
        evidence: [
          { term: '审批权', count: 1, spans: [[26, 29]] },
          { term: '一网通办', count: 1, spans: [[32, 36]] },
        ],
      },
      {
        id: 'business_environment.market_access',
        evidence: [
          { term: '市场准入', count: 1, spans: [[41, 45]] },
          { term: '负面清单', count: 1, spans: [[45, 49]] },
        ],
      },
    ]);
  });
});
