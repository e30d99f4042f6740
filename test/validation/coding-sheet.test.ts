/**
 * The coding sheet: written so that a spreadsheet, pandas and readr read it
 * (# lines that hold no comma or quote, every field with a # quoted, RFC 4180
 * otherwise), and read back as those tools save it again.
 */
import { describe, expect, it } from 'vitest';
import { codedIds, readSheet, sheetCsv, unguarded } from '../../src/validation/coding-sheet.js';
import type { SampledClause } from '../../src/validation/sample-clauses.js';
import { readCsv } from '../output/read-csv.js';

const rows: SampledClause[] = [
  { doc: 'a.md', clause: 0, speaker: '会议', cue: '强调', text: '要做好#两会#报道，确保“万无一失”', topics: ['publicity', 'political_study'] },
  { doc: 'b, c.md', clause: 2, speaker: '习近平', cue: '指出', text: '-1%的增速\n第二段', topics: [] },
];
const comments = [
  'pdx coding sheet: 2 clauses, drawn at random',
  'Topics (id = label):',
  'party_building = 党的建设 (Party building, conduct and "discipline")',
];

describe('sheetCsv', () => {
  const sheet = sheetCsv(rows, comments);
  const lines = sheet.split('\r\n');

  it('starts with # lines without commas or quotes, then the header and a row per clause under RFC 4180', () => {
    expect(lines.slice(0, 3)).toEqual([
      '# pdx coding sheet: 2 clauses / drawn at random',
      '# Topics (id = label):',
      "# party_building = 党的建设 (Party building / conduct and 'discipline')",
    ]);
    const [header, ...records] = readCsv(lines.slice(3).join('\r\n'));
    expect(header).toEqual(['doc', 'clause', 'speaker', 'cue', 'text', 'pdx_topics', 'coded_topics', 'note']);
    expect(records).toEqual([
      ['a.md', '0', '会议', '强调', '要做好#两会#报道，确保“万无一失”', 'publicity;political_study', '', ''],
      ['b, c.md', '2', '习近平', '指出', "'-1%的增速\n第二段", '', '', ''],
    ]);
  });

  it('quotes every field that holds a #, which pandas and readr would otherwise cut as a comment', () => {
    expect(lines[4]).toBe('a.md,0,会议,强调,"要做好#两会#报道，确保“万无一失”",publicity;political_study,,');
  });

  it('adds stratum and weight columns to a sample drawn by topic', () => {
    const stratified = sheetCsv([{ ...rows[0]!, stratum: 'publicity', weight: 12.3456789 }], []);
    expect(stratified.split('\r\n').slice(0, 2)).toEqual([
      'doc,clause,speaker,cue,text,pdx_topics,coded_topics,note,stratum,weight',
      'a.md,0,会议,强调,"要做好#两会#报道，确保“万无一失”",publicity;political_study,,,publicity,12.345679',
    ]);
  });

  it('reads back what it wrote: # lines skipped, rows numbered as a spreadsheet shows them', () => {
    const table = readSheet('\ufeff' + sheet);
    expect(table.delimiter).toBe(',');
    expect(table.columns).toEqual(['doc', 'clause', 'speaker', 'cue', 'text', 'pdx_topics', 'coded_topics', 'note']);
    expect(table.records.map((record) => record.row)).toEqual([5, 6]);
    expect(table.records[1]!.cells[4]).toBe("'-1%的增速\n第二段");
    expect(unguarded(table.records[1]!.cells[4]!)).toBe('-1%的增速\n第二段');
  });
});

describe('readSheet, as tools save a sheet again', () => {
  it('reads LF line ends and a last line without one (pandas, readr)', () => {
    const table = readSheet('doc,text,coded_topics\na.md,"要做好,工作",economy\nb.md,要稳,');
    expect(table.records).toEqual([
      { row: 2, cells: ['a.md', '要做好,工作', 'economy'] },
      { row: 3, cells: ['b.md', '要稳', ''] },
    ]);
  });

  it('reads semicolons or tabs between fields, told by the header', () => {
    expect(readSheet('doc;text;coded_topics\r\na.md;要做好,工作;economy;health\r\n').records[0]!.cells).toEqual(['a.md', '要做好,工作', 'economy', 'health']);
    expect(readSheet('# note, with a comma\ndoc\ttext\tcoded_topics\na.md\t要, 稳\teconomy\n')).toMatchObject({
      delimiter: '\t',
      records: [{ row: 3, cells: ['a.md', '要, 稳', 'economy'] }],
    });
  });

  it('skips # lines a spreadsheet quoted or padded with empty cells, and empty rows', () => {
    const table = readSheet('"# legend, quoted",,,\r\n# plain,,,\r\n,,,\r\ndoc,text,coded_topics,note\r\na.md,要,none,\r\n,,,\r\nb.md,要稳,,\r\n');
    expect(table.columns).toEqual(['doc', 'text', 'coded_topics', 'note']);
    expect(table.records.map((record) => record.row)).toEqual([5, 7]);
  });
});

describe('codedIds', () => {
  it('splits at ; , 、 or spaces, ASCII or full-width; an empty cell is not coded', () => {
    expect(codedIds('economy; health')).toEqual(['economy', 'health']);
    expect(codedIds('economy，health、foreign；reform  defense')).toEqual(['economy', 'health', 'foreign', 'reform', 'defense']);
    expect(codedIds(' ; ')).toBeNull();
    expect(codedIds('none')).toEqual(['none']);
  });
});
