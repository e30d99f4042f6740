/**
 * The tidy table of `pdx --format csv|tsv` and `pdx batch --csv`: its columns,
 * one row per directive (or clause) with the document's fields repeated,
 * quoting and the formula guard, and no rows for a report without clauses.
 * CLI runs are in test/cli/table.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodDate } from '../../src/corpus/periods.js';
import { TABLE_COLUMNS, tableHeader, tableRecords } from '../../src/output/directive-table.js';
import type { PdxDocument } from '../../src/schema.js';
import { makeDocument } from '../corpus/make-document.js';
import { readCsv, readTable } from './read-csv.js';

const MEETING = makeDocument({
  path: 'reports/a.html',
  title: '区政府召开第5次常务会议',
  date: '2024-01-19',
  body: '区政府',
  clauses: [
    {
      topics: [
        ['economy', '经济发展与市场'],
        ['epidemic', '疫情防控'],
      ],
      directives: [
        { text: '要稳住经济基本盘', topics: ['economy'] },
        { text: '当前形势趋稳向好', modality: null },
      ],
    },
    { speaker: '于军', kind: 'person', directives: [{ text: '必须落实, 不得拖延', topics: ['economy', 'epidemic'] }] },
  ],
});
// A target on the first directive, as the extractor writes them.
MEETING.clauses[0]!.directives[0]!.targets = [
  { kind: 'deadline', text: '到2025年', span: [0, 1], year: 2025 },
  { kind: 'target', text: '提高10个百分点', span: [1, 2], value: 10, unit: '个百分点' },
];

describe('tableRecords, one row per directive', () => {
  it('writes the document, clause and directive fields, lists joined by ;', () => {
    expect(tableHeader('directives', 'csv')).toBe(
      'doc,date,body,title,clause,speaker,speaker_kind,cue,directive,text,modality,strength,topics,targets,start,end\r\n',
    );
    const [first, second, third] = MEETING.clauses.flatMap((clause) => clause.directives).map((directive) => directive.span);
    expect(tableRecords(MEETING, 'directives', 'csv')).toBe(
      `reports/a.html,2024-01-19,区政府,区政府召开第5次常务会议,0,会议,meeting,强调,0,要稳住经济基本盘,要,3,economy,到2025年;提高10个百分点,${first![0]},${first![1]}\r\n` +
        `reports/a.html,2024-01-19,区政府,区政府召开第5次常务会议,0,会议,meeting,强调,1,当前形势趋稳向好,,0,,,${second![0]},${second![1]}\r\n` +
        `reports/a.html,2024-01-19,区政府,区政府召开第5次常务会议,1,于军,person,强调,0,"必须落实, 不得拖延",要,3,economy;epidemic,,${third![0]},${third![1]}\r\n`,
    );
  });

  it('gives no rows for a report without clauses, and empty cells for what a document lacks', () => {
    expect(tableRecords(makeDocument({ clauses: [] }), 'directives', 'csv')).toBe('');
    expect(tableRecords(makeDocument({ clauses: [] }), 'clauses', 'tsv')).toBe('');
    // No meeting and no date anywhere: date and body are empty; no title either.
    const bare = makeDocument({ path: 'x.txt', title: null, clauses: [{ directives: [{ text: '要干' }] }] });
    expect(readTable(tableHeader('directives', 'csv') + tableRecords(bare, 'directives', 'csv'))[0]).toMatchObject({
      doc: 'x.txt',
      date: '',
      body: '',
      title: '',
    });
  });

  it('dates a document as pdx stats does: the meeting date, else the date in its path', () => {
    const undated = makeDocument({ path: 'xwlb/20240517_01.md', clauses: [{ directives: [{ text: '要干' }] }] });
    expect(periodDate(undated)?.date).toBe('2024-05-17');
    expect(readTable(tableHeader('directives', 'csv') + tableRecords(undated, 'directives', 'csv'))[0]!['date']).toBe('2024-05-17');
  });
});

describe('tableRecords, one row per clause', () => {
  it('writes the clause with its cue phrase, text, number of directives, topics and targets', () => {
    const table = readTable(tableHeader('clauses', 'csv') + tableRecords(MEETING, 'clauses', 'csv'));
    expect(Object.keys(table[0]!)).toEqual([...TABLE_COLUMNS.clauses]);
    expect(table).toEqual([
      {
        doc: 'reports/a.html',
        date: '2024-01-19',
        body: '区政府',
        title: '区政府召开第5次常务会议',
        clause: '0',
        speaker: '会议',
        speaker_kind: 'meeting',
        cue: '强调',
        cue_phrase: '会议强调',
        text: MEETING.clauses[0]!.text,
        directives: '2',
        topics: 'economy;epidemic',
        targets: '到2025年;提高10个百分点',
        paragraph: '0',
        start: String(MEETING.clauses[0]!.span[0]),
        end: String(MEETING.clauses[0]!.span[1]),
      },
      expect.objectContaining({ clause: '1', speaker: '于军', speaker_kind: 'person', cue_phrase: '于军强调', directives: '1', topics: '', targets: '' }),
    ]);
    // The first clause's text runs over two paragraphs: its line break is kept, quoted.
    expect(MEETING.clauses[0]!.text).toContain('\n');
  });
});

describe('quoting', () => {
  const awkward = makeDocument({ path: 'a,b\tc.txt', title: '=HYPERLINK("x")', clauses: [{ directives: [{ text: '-要"稳"住，a,b' }] }] });

  it('CSV: quotes commas, quotes and line breaks, and guards formulas', () => {
    const line = tableRecords(awkward, 'directives', 'csv');
    expect(line.startsWith(`"a,b\tc.txt",,,"'=HYPERLINK(""x"")",0,会议,meeting,强调,0,"'-要""稳""住，a,b",要,3,`)).toBe(true);
  });

  it('TSV: quotes tabs, quotes and line breaks, not commas', () => {
    const line = tableRecords(awkward, 'directives', 'tsv');
    expect(line.startsWith(`"a,b\tc.txt"\t\t\t"'=HYPERLINK(""x"")"\t0\t会议\tmeeting\t强调\t0\t"'-要""稳""住，a,b"\t要\t3\t`)).toBe(true);
    expect(tableHeader('clauses', 'tsv')).toBe(TABLE_COLUMNS.clauses.join('\t') + '\r\n');
  });
});

// Directive texts as the extractor could never write them: every character a table must quote.
const text = fc.string({ unit: fc.constantFrom('要', '稳', ',', '"', '\t', '\n', '\r', '=', '-', '+', '@', ' ', 'a', '，'), minLength: 1, maxLength: 12 });
const documents = fc.array(
  fc.record({
    speaker: fc.constantFrom('会议', '于军', '=cmd', 'a,b'),
    directives: fc.array(fc.record({ text, topics: fc.subarray(['economy', 'epidemic', 'safety']) }), { maxLength: 4 }),
  }),
  { maxLength: 5 },
);

/** What a spreadsheet-safe cell holds for a text: the text, after an apostrophe when it starts like a formula. */
const guarded = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

describe('the table read back', () => {
  it('has one record per directive (per clause), each field as the document has it, in CSV and TSV', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom('csv' as const, 'tsv' as const), (clauses, format) => {
        const document: PdxDocument = makeDocument({ path: 'r,"1".txt', clauses });
        const delimiter = format === 'csv' ? ',' : '\t';
        const directives = document.clauses.flatMap((clause) => clause.directives.map((directive, index) => ({ clause, directive, index })));
        const rows = readTable(tableHeader('directives', format) + tableRecords(document, 'directives', format), delimiter);
        expect(rows).toHaveLength(directives.length);
        rows.forEach((row, i) => {
          const { clause, directive, index } = directives[i]!;
          expect(row).toMatchObject({
            doc: 'r,"1".txt',
            clause: String(clause.index),
            speaker: guarded(clause.speaker),
            directive: String(index),
            text: guarded(directive.text),
            topics: directive.topics.join(';'),
            start: String(directive.span[0]),
            end: String(directive.span[1]),
          });
        });
        const clauseRows = readCsv(tableHeader('clauses', format) + tableRecords(document, 'clauses', format), delimiter);
        expect(clauseRows).toHaveLength(1 + document.clauses.length);
        for (const [i, row] of clauseRows.slice(1).entries()) expect(row[TABLE_COLUMNS.clauses.indexOf('text')]).toBe(guarded(document.clauses[i]!.text));
      }),
      { numRuns: 300 },
    );
  });
});
