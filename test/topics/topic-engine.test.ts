/**
 * A dictionary of one's own changes the topics and nothing else: its terms go
 * into the segmenter the topics are cut with, never into the one that reads
 * speakers' names and 提法.
 */
import { describe, expect, it } from 'vitest';
import { createTopicEngine, defaultTopicEngine, extract, loadDictionaries, type PdxDocument } from '../../src/index.js';

const REPORT = '国际联播快讯\n新年伊始，加沙地带的冲突仍在持续。巴以民众希望冲突早日结束，恢复和平。\n会议强调，要做好疫情防控，落实“四个不摘”要求。';

function engineOf(yaml: string, mode: 'extend' | 'replace') {
  const loaded = loadDictionaries([{ path: 'mine.yaml', text: yaml }], mode);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return createTopicEngine(loaded.files);
}

/** Everything of a document but its topics and the dictionaries named in its generator. */
function withoutTopics(document: PdxDocument): unknown {
  return {
    clauses: document.clauses.map(({ topics: _topics, directives, ...clause }) => ({
      ...clause,
      directives: directives.map(({ topics: _t, ...directive }) => directive),
    })),
    meeting: document.meeting,
    formulations: document.formulations,
  };
}

describe('a topic engine', () => {
  it('reads speakers and 提法 the same whatever dictionaries tag the topics', () => {
    const builtin = extract(REPORT, { path: 'r.md' });
    expect(builtin.clauses.map((clause) => `${clause.speaker}/${clause.cue}`)).toEqual(['巴以民众/希望', '会议/强调']);
    // With only these terms in jieba (replace), 巴以民众 was cut differently and the clause was lost.
    for (const mode of ['extend', 'replace'] as const) {
      const mine = extract(REPORT, { path: 'r.md', topics: engineOf('peace:\n  - 疫情防控\n  - 新冠*\n', mode) });
      expect(withoutTopics(mine)).toEqual(withoutTopics(builtin));
      expect(mine.clauses[1]!.topics.map((tag) => tag.id)).toContain('peace');
    }
  });

  it('shares the built-in jieba for the language stages', () => {
    expect(defaultTopicEngine().language).toBe(defaultTopicEngine().segmenter);
    expect(engineOf('peace:\n  - 和平\n', 'extend').language).toBe(defaultTopicEngine().segmenter);
  });
});
