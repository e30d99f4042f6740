import { describe, expect, it } from 'vitest';
import { CorpusStats } from '../../src/corpus/corpus-stats.js';
import { formatStats } from '../../src/corpus/format-stats.js';
import { makeDocument } from './make-document.js';

const ECONOMY: [string, string] = ['economy', '经济发展与市场'];
const SAFETY: [string, string] = ['safety', '安全生产与应急管理'];

// Three dated documents (January, February twice skipped to April) and one undated.
const corpus = [
  makeDocument({
    path: 'a.html',
    date: '2024-01-19',
    body: '区政府',
    clauses: [
      {
        topics: [ECONOMY, SAFETY],
        directives: [
          { text: '要稳增长', topics: ['economy'] },
          { text: '要抓安全', topics: ['safety'] },
        ],
      },
      { speaker: '于军', kind: 'person', topics: [ECONOMY], directives: [{ text: '要优化营商环境', topics: ['economy'] }] },
    ],
    formulations: [{ text: '两个确立', count: 2 }],
  }),
  makeDocument({
    path: 'b.html',
    date: '2024-04-02',
    body: '区政府',
    clauses: [
      {
        topics: [SAFETY],
        directives: [
          { text: '必须守住底线', topics: ['safety'], modality: '必须' },
          { text: '形势总体平稳', modality: null },
        ],
      },
    ],
    formulations: [{ text: '两个确立' }, { text: '四个意识', kind: 'numbered' }],
  }),
  makeDocument({ path: 'c.html', date: '2024-04-30', body: null, clauses: [] }),
  makeDocument({
    path: 'd.html',
    clauses: [{ speaker: '于军', kind: 'person', topics: [ECONOMY], directives: [{ text: '要扩大内需', topics: ['economy'] }] }],
    formulations: [{ text: '四个意识' }],
  }),
];

function statsOf(): CorpusStats {
  const stats = new CorpusStats();
  for (const document of corpus) stats.add(document);
  return stats;
}

describe('CorpusStats', () => {
  it('counts documents, clauses and directives by topic, month, body, speaker and 提法', () => {
    expect(statsOf().summary('month')).toEqual({
      by: 'month',
      dateBasis: 'meeting',
      documents: 4,
      dated: 3,
      datedBy: { meeting: 3, document: 0 },
      clauses: 4,
      directives: 6,
      firstDate: '2024-01-19',
      lastDate: '2024-04-30',
      topics: [
        { id: 'economy', label: '经济发展与市场', documents: 2, clauses: 3, directives: 3 },
        { id: 'safety', label: '安全生产与应急管理', documents: 2, clauses: 2, directives: 2 },
      ],
      periods: [
        { period: '2024-01', documents: 1, clauses: 2, directives: 3 },
        { period: '2024-02', documents: 0, clauses: 0, directives: 0 },
        { period: '2024-03', documents: 0, clauses: 0, directives: 0 },
        { period: '2024-04', documents: 2, clauses: 1, directives: 2 },
        { period: 'unknown', documents: 1, clauses: 1, directives: 1 },
      ],
      topicPeriods: [
        { topic: 'economy', period: '2024-01', clauses: 2, directives: 2 },
        { topic: 'economy', period: 'unknown', clauses: 1, directives: 1 },
        { topic: 'safety', period: '2024-01', clauses: 1, directives: 1 },
        { topic: 'safety', period: '2024-04', clauses: 1, directives: 1 },
      ],
      bodies: [
        { body: '区政府', documents: 2, clauses: 3, directives: 5 },
        { body: null, documents: 2, clauses: 1, directives: 1 },
      ],
      speakers: [
        { speaker: '于军', kind: 'person', documents: 2, clauses: 2, directives: 2 },
        { speaker: '会议', kind: 'meeting', documents: 2, clauses: 2, directives: 4 },
      ],
      formulations: [
        { text: '两个确立', kind: 'numbered', documents: 2, occurrences: 3, firstSeen: '2024-01-19', lastSeen: '2024-04-02' },
        { text: '四个意识', kind: 'numbered', documents: 2, occurrences: 2, firstSeen: '2024-04-02', lastSeen: '2024-04-02' },
      ],
      formulationPeriods: [
        { text: '两个确立', period: '2024-01', documents: 1, occurrences: 2 },
        { text: '两个确立', period: '2024-04', documents: 1, occurrences: 1 },
        { text: '四个意识', period: '2024-04', documents: 1, occurrences: 1 },
        { text: '四个意识', period: 'unknown', documents: 1, occurrences: 1 },
      ],
    });
  });

  it('rolls months up into quarters and years from the same counts', () => {
    const stats = statsOf();
    expect(stats.summary('quarter').periods).toEqual([
      { period: '2024-Q1', documents: 1, clauses: 2, directives: 3 },
      { period: '2024-Q2', documents: 2, clauses: 1, directives: 2 },
      { period: 'unknown', documents: 1, clauses: 1, directives: 1 },
    ]);
    expect(stats.summary('year').periods).toEqual([
      { period: '2024', documents: 3, clauses: 3, directives: 5 },
      { period: 'unknown', documents: 1, clauses: 1, directives: 1 },
    ]);
    expect(stats.summary('year').formulationPeriods.filter((row) => row.text === '两个确立')).toEqual([
      { text: '两个确立', period: '2024', documents: 2, occurrences: 3 },
    ]);
  });

  it('places a meeting report at its meeting date, any other document at its own date, and says which', () => {
    const own = (date: string) => ({ date, precision: 'day' as const, source: 'url' as const });
    // Held on the last day of a quarter, reported on the first of the next.
    const documents = [makeDocument({ date: '2024-03-31', documentDate: own('2024-04-01') }), makeDocument({ documentDate: own('2024-05-06') })];
    const quarters = (stats: CorpusStats) => stats.summary('quarter').periods.map(({ period, documents: count }) => [period, count]);
    const byMeeting = new CorpusStats();
    const byDocument = new CorpusStats('document');
    for (const document of documents) {
      byMeeting.add(document);
      byDocument.add(document);
    }
    expect(quarters(byMeeting)).toEqual([
      ['2024-Q1', 1],
      ['2024-Q2', 1],
    ]);
    expect(byMeeting.summary('quarter')).toMatchObject({ dateBasis: 'meeting', datedBy: { meeting: 1, document: 1 } });
    expect(quarters(byDocument)).toEqual([['2024-Q2', 2]]);
    expect(byDocument.summary('quarter')).toMatchObject({ dateBasis: 'document', datedBy: { meeting: 0, document: 2 } });
    expect(formatStats(byDocument.summary('quarter'), 'text').split('\n')[1]).toBe('Periods by document date (--date document): 2 documents.');
  });

  it('summarises an empty corpus', () => {
    const summary = new CorpusStats().summary('month');
    expect(summary).toMatchObject({ documents: 0, dated: 0, firstDate: null, lastDate: null, periods: [], topics: [], formulations: [] });
  });
});

describe('formatStats', () => {
  it('writes one CSV table with a section column, CRLF line ends', () => {
    const csv = formatStats(statsOf().summary('quarter'), 'csv');
    expect(csv.split('\r\n')).toEqual([
      'section,key,label,period,documents,clauses,directives,occurrences,first_seen,last_seen',
      'total,all,,,4,4,6,,2024-01-19,2024-04-30',
      'total,dated,,,3,,,,,',
      'total,dated_by_meeting,,,3,,,,,',
      'total,dated_by_document,,,0,,,,,',
      'period,,,2024-Q1,1,2,3,,,',
      'period,,,2024-Q2,2,1,2,,,',
      'period,,,unknown,1,1,1,,,',
      'topic,economy,经济发展与市场,,2,3,3,,,',
      'topic,safety,安全生产与应急管理,,2,2,2,,,',
      'topic_period,economy,,2024-Q1,,2,2,,,',
      'topic_period,economy,,unknown,,1,1,,,',
      'topic_period,safety,,2024-Q1,,1,1,,,',
      'topic_period,safety,,2024-Q2,,1,1,,,',
      'body,区政府,,,2,3,5,,,',
      'body,,,,2,1,1,,,',
      'speaker,于军,person,,2,2,2,,,',
      'speaker,会议,meeting,,2,2,4,,,',
      'formulation,两个确立,numbered,,2,,,3,2024-01-19,2024-04-02',
      'formulation,四个意识,numbered,,2,,,2,2024-04-02,2024-04-02',
      'formulation_period,两个确立,,2024-Q1,1,,,2,,',
      'formulation_period,两个确立,,2024-Q2,1,,,1,,',
      'formulation_period,四个意识,,2024-Q2,1,,,1,,',
      'formulation_period,四个意识,,unknown,1,,,1,,',
      '',
    ]);
  });

  it('quotes and guards the names it writes to CSV', () => {
    const stats = new CorpusStats();
    stats.add(
      makeDocument({ date: '2024-01-01', body: '=cmd|"/c calc"!A1', clauses: [{ speaker: '张三,李四', kind: 'person', directives: [{ text: '要落实' }] }] }),
    );
    const csv = formatStats(stats.summary('year'), 'csv');
    expect(csv).toContain('\r\nbody,"\'=cmd|""/c calc""!A1",,,1,1,1,,,\r\n');
    expect(csv).toContain('\r\nspeaker,"张三,李四",person,,1,1,1,,,\r\n');
  });

  it('shows the periods with documents in the text view and says how many are empty', () => {
    const text = formatStats(statsOf().summary('month'), 'text');
    expect(text.split('\n').slice(0, 10)).toEqual([
      '4 documents (3 dated, 2024-01-19 to 2024-04-30), 4 clauses, 6 directives',
      'Periods by meeting date for 3 reports about a meeting dated to the day, else by document date (0).',
      '',
      'By month (2 months without documents not shown)',
      '  documents  clauses  directives  period',
      '          1        2           3  2024-01',
      '          2        1           2  2024-04',
      '          1        1           1  unknown',
      '',
      'By topic',
    ]);
  });

  it('prints the summary itself as JSON', () => {
    const summary = statsOf().summary('year');
    expect(JSON.parse(formatStats(summary, 'json'))).toEqual(summary);
  });
});
