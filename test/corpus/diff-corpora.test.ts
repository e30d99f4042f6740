/**
 * Two corpora compared: shares of clauses (topics, speakers) and of documents
 * (提法, bodies), the change in percentage points, keyness worked out by hand,
 * the order, and the CSV and text views. CLI runs are in test/cli/commands/diff.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CorpusStats } from '../../src/corpus/corpus-stats.js';
import { corpusDiffCsv, diffCorpora, formatCorpusDiffText, type CorpusSideInput } from '../../src/corpus/diff-corpora.js';
import type { PdxDocument } from '../../src/schema.js';
import { readTable } from '../output/read-csv.js';
import { makeDocument } from './make-document.js';

const ECONOMY: [string, string] = ['economy', '经济发展与市场'];
const SAFETY: [string, string] = ['safety', '安全生产与应急管理'];
const REFORM: [string, string] = ['reform', '全面深化改革'];

function side(inputs: string[], documents: PdxDocument[]): CorpusSideInput {
  const stats = new CorpusStats();
  for (const document of documents) stats.add(document);
  return { inputs, summary: stats.summary('year') };
}

// A: 2 documents, 3 clauses: economy in 2, safety in 2.
const A = side(
  ['2023/'],
  [
    makeDocument({ date: '2023-03-01', body: '国务院', clauses: [{ topics: [ECONOMY] }, { topics: [ECONOMY, SAFETY] }], formulations: [{ text: '两个确保' }] }),
    makeDocument({ date: '2023-05-01', body: null, clauses: [{ speaker: '李强', kind: 'person', topics: [SAFETY] }], formulations: [{ text: '两个确保' }] }),
  ],
);
// B: 3 documents, 4 clauses: economy in 3, reform in 1; one document without clauses.
const B = side(
  ['2024/'],
  [
    makeDocument({
      date: '2024-03-01',
      body: '中共中央政治局',
      clauses: [{ topics: [ECONOMY] }, { topics: [ECONOMY] }, { topics: [ECONOMY] }],
      formulations: [{ text: '新质生产力' }],
    }),
    makeDocument({
      date: '2024-06-01',
      body: '国务院',
      clauses: [{ speaker: '习近平', kind: 'person', topics: [REFORM] }],
      formulations: [{ text: '新质生产力' }],
    }),
    makeDocument({ date: '2024-07-01', clauses: [] }),
  ],
);

describe('diffCorpora', () => {
  const diff = diffCorpora(A, B);

  it('describes both sides', () => {
    expect(diff.compared).toBe('corpora');
    expect(diff.measure).toBe('chi2');
    expect(diff.a).toEqual({ inputs: ['2023/'], documents: 2, clauses: 3, directives: 0, firstDate: '2023-03-01', lastDate: '2023-05-01' });
    expect(diff.b).toMatchObject({ documents: 3, clauses: 4, firstDate: '2024-03-01', lastDate: '2024-07-01' });
  });

  it('compares topics by share of clauses, sorted by keyness of B against A', () => {
    expect(diff.topics).toEqual([
      // B 1 of 4 against A 0 of 3: a=1 b=0 c=3 d=3, N=7, |ad − bc| = 3 < 3.5: no correction.
      // chi2 = 7·3² / (1·6·4·3) = 63/72 = 0.875, positive (1 > E = 4/7).
      { id: 'reform', label: '全面深化改革', clausesA: 0, clausesB: 1, shareA: 0, shareB: 0.25, change: 25, keyness: 0.875, p: 0.3496 },
      // 3 of 4 against 2 of 3: a=3 b=2 c=1 d=1, |3 − 2| = 1 < 3.5; chi2 = 7·1 / (5·2·4·3) = 7/120 = 0.0583.
      { id: 'economy', label: '经济发展与市场', clausesA: 2, clausesB: 3, shareA: 0.666667, shareB: 0.75, change: 8.3333, keyness: 0.0583, p: 0.8091 },
      // 0 of 4 against 2 of 3: a=0 b=2 c=4 d=1, |0 − 8| = 8 ≥ 3.5 and E = 2·4/7 < 5: δ = 0.5,
      // chi2 = 7·(8 − 3.5)² / (2·5·4·3) = 141.75/120 = 1.18125, negative. p values: R's pchisq(chi2, 1, lower.tail = FALSE).
      {
        id: 'safety',
        label: '安全生产与应急管理',
        clausesA: 2,
        clausesB: 0,
        shareA: 0.666667,
        shareB: 0,
        change: -66.6667,
        keyness: expect.closeTo(-1.18125, 3),
        p: 0.2771,
      },
    ]);
  });

  it('compares 提法 and bodies by share of documents, speakers by share of clauses', () => {
    expect(diff.formulations.map(({ text, documentsA, documentsB, shareA, shareB }) => [text, documentsA, documentsB, shareA, shareB])).toEqual([
      ['新质生产力', 0, 2, 0, 0.666667],
      ['两个确保', 2, 0, 1, 0],
    ]);
    expect(diff.bodies.map(({ body, documentsA, documentsB }) => [body, documentsA, documentsB])).toEqual([
      ['中共中央政治局', 0, 1],
      // Ties on keyness go by name; the documents without a body have the key ''.
      [null, 1, 1],
      ['国务院', 1, 1],
    ]);
    expect(diff.speakers.map(({ speaker, kind, clausesA, clausesB }) => [speaker, kind, clausesA, clausesB])).toEqual([
      ['习近平', 'person', 0, 1],
      ['会议', 'meeting', 2, 3],
      ['李强', 'person', 1, 0],
    ]);
  });

  it('scores by log-likelihood when asked', () => {
    const lr = diffCorpora(A, B, 'lr');
    expect(lr.measure).toBe('lr');
    // economy, uncorrected: 2 Σ O ln(O/E) with E = 20/7, 15/7 / 8/7, 6/7 for 3, 2 / 1, 1.
    const g2 = 2 * (3 * Math.log(3 / (20 / 7)) + 2 * Math.log(2 / (15 / 7)) + 1 * Math.log(1 / (8 / 7)) + 1 * Math.log(1 / (6 / 7)));
    expect(lr.topics.find((topic) => topic.id === 'economy')!.keyness).toBe(Number(g2.toFixed(4)));
  });

  it('leaves shares and change empty for a side without clauses', () => {
    const empty = diffCorpora(A, side(['none/'], [makeDocument({ clauses: [] })]));
    expect(empty.topics.find((topic) => topic.id === 'economy')).toMatchObject({ clausesB: 0, shareA: 0.666667, shareB: null, change: null, keyness: 0, p: 1 });
  });
});

describe('corpusDiffCsv', () => {
  it('is one table with a section column, totals first', () => {
    const csv = corpusDiffCsv(diffCorpora(A, B));
    expect(csv.split('\r\n').slice(0, 5)).toEqual([
      'section,key,label,unit,count_a,count_b,share_a,share_b,change,keyness,p',
      'total,documents,,documents,2,3,,,,,',
      'total,clauses,,clauses,3,4,,,,,',
      'total,directives,,directives,0,0,,,,,',
      'topic,reform,全面深化改革,clauses,0,1,0,0.25,25,0.875,0.3496',
    ]);
    const rows = readTable(csv);
    expect(rows.map((row) => row['section'])).toEqual([
      'total',
      'total',
      'total',
      'topic',
      'topic',
      'topic',
      'formulation',
      'formulation',
      'body',
      'body',
      'body',
      'speaker',
      'speaker',
      'speaker',
    ]);
    expect(rows.find((row) => row['section'] === 'body' && row['key'] === '')).toMatchObject({ count_a: '1', count_b: '1', unit: 'documents' });
    expect(rows.find((row) => row['key'] === '李强')).toMatchObject({ label: 'person', unit: 'clauses', count_a: '1', count_b: '0', change: '-33.3333' });
  });
});

describe('formatCorpusDiffText', () => {
  it('shows every topic, the 提法 of each side, and what appears and disappears', () => {
    const text = formatCorpusDiffText(diffCorpora(A, B));
    expect(text).toContain(
      'A  2023/: 2 documents (2023-03-01 to 2023-05-01), 3 clauses, 0 directives\nB  2024/: 3 documents (2024-03-01 to 2024-07-01), 4 clauses, 0 directives\n',
    );
    expect(text).toContain(
      'Topics, by share of clauses\n' +
        '  clauses A  share A  clauses B  share B  change pp  keyness      p  topic\n' +
        '          0     0.0%          1    25.0%     +25.00    +0.88  0.350  reform 全面深化改革\n' +
        '          2    66.7%          3    75.0%      +8.33    +0.06  0.809  economy 经济发展与市场\n' +
        '          2    66.7%          0     0.0%     -66.67    -1.18  0.277  safety 安全生产与应急管理\n',
    );
    expect(text).toContain('提法 more in B, by share of documents\n');
    expect(text).toContain('  新质生产力\n');
    expect(text).toContain('Meeting bodies new in B (1):\n  中共中央政治局 (1 document)\nMeeting bodies gone from B (0)\n');
    expect(text).toContain('Speakers new in B (1):\n  习近平 (1 clause)\nSpeakers gone from B (1):\n  李强 (1 clause)\n');
  });
});
