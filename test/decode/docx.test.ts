/**
 * Word documents (.docx) in the library: told by their content, read by
 * src/decode/docx.ts into the same pipeline as any page, and a damaged one
 * is one fatal warning, DOCX_ERROR, never an exception.
 *
 * test/data/xwlb-20240517-state-council-executive.docx is the fixture
 * xwlb-20240517-state-council-executive as Word: its headline line as <h1>
 * and its body, saved by `soffice --headless --convert-to docx` (LibreOffice
 * 7.4). test/data/heading-table-break.docx is LibreOffice's too, from a page
 * with headings, a table and a line break. The other cases are written by
 * test/docx-writer.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/decode/docx.js';
import { documentSchema, extract, isFatal, type PdxDocument } from '../../src/index.js';
import { contentTypes, docx, WORD_MAIN_TYPE, zip } from '../docx-writer.js';
import { DATA, expectSpansConsistent, FIXTURES } from '../support.js';

const FIXTURE = 'xwlb-20240517-state-council-executive';
const WORD_COPY = readFileSync(join(DATA, `${FIXTURE}.docx`));
const LAYOUT = readFileSync(join(DATA, 'heading-table-break.docx'));

const codes = (document: PdxDocument): string[] => document.warnings.map((item) => item.code);
const summary = (document: PdxDocument): [string, string, string][] => document.clauses.map((clause) => [clause.speaker, clause.cue, clause.text]);
const htmlOf = (bytes: Buffer): string => {
  const read = readDocx(bytes);
  if (read.kind !== 'docx') throw new Error(`not read as a Word document: ${JSON.stringify(read)}`);
  return read.html;
};

/** `value` with every span moved by `by` characters and every paragraph index by one (the headline paragraph). */
function shifted<T>(value: T, by: number): T {
  if (Array.isArray(value)) {
    if (value.length === 2 && value.every((item) => typeof item === 'number')) return value.map((item: number) => item + by) as T;
    return value.map((item: unknown) => shifted(item, by)) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'paragraph' ? (item as number) + 1 : shifted(item, by)])) as T;
}

describe('a Word document saved by LibreOffice', () => {
  it("reads the fixture's Word copy as the fixture: title, the same clauses and meeting, offsets after the headline paragraph", () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, FIXTURE, 'expected.json'), 'utf8')) as PdxDocument;
    const document = extract(WORD_COPY, { path: `${FIXTURE}/input.docx` });
    expect(document.title).toBe(expected.title);
    // In Word the headline is a paragraph of the body; in the markdown it is a line above it.
    expect(document.plainText).toBe(`${expected.title}\n${expected.plainText}`);
    const by = expected.title!.length + 1;
    expect(document.clauses).toEqual(shifted(expected.clauses, by));
    expect(document.meeting).toEqual(shifted(expected.meeting, by));
    expect(document.source).toEqual({
      path: `${FIXTURE}/input.docx`,
      sha256: createHash('sha256').update(WORD_COPY).digest('hex'),
      bytes: WORD_COPY.length,
      encoding: 'utf-8',
      encodingSource: 'declared',
      format: 'html',
      container: 'docx',
      script: 'simplified',
    });
    expect(codes(document)).toEqual([]);
    expectSpansConsistent(document);
  });

  it('takes a Heading 1 paragraph as the title, table cells and line breaks as paragraphs', () => {
    const document = extract(LAYOUT);
    expect(document.title).toBe('区政府召开第12次常务会议');
    expect(document.plainText.split('\n')).toEqual([
      '区政府召开第12次常务会议',
      '2024年3月1日，区政府召开常务会议。',
      '区长张三主持会议。',
      '会议议题',
      '议题一',
      '会议强调，要抓好安全生产。',
      '议题二',
      '会议要求，各部门要加强协作。',
      '会议指出，要做好防汛工作。 （记者 李四）',
    ]);
    expect(summary(document)).toEqual([
      ['会议', '强调', '要抓好安全生产。'],
      ['会议', '要求', '各部门要加强协作。'],
      ['会议', '指出', '要做好防汛工作。'],
    ]);
    expect(document.credits!.map((credit) => credit.names)).toEqual([['李四']]);
  });
});

describe('the WordprocessingML reader', () => {
  const paragraph = (runs: string, properties = ''): string => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
  const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

  it('reads runs, tabs and breaks; leaves out deleted text, field codes and tab stops; keeps inserted text', () => {
    const body =
      paragraph(
        run('会议') +
          '<w:r><w:tab/></w:r>' +
          run('指出，') +
          '<w:del><w:r><w:delText>不要</w:delText></w:r></w:del><w:ins><w:r><w:t>要</w:t></w:r></w:ins>' +
          run('加强防控。'),
        '<w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs>',
      ) +
      paragraph(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
          run('第1页') +
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      ) +
      paragraph(
        run('第一行') + '<w:r><w:br/></w:r>' + run('第二行') + '<w:r><w:br w:type="page"/></w:r>' + run('同一段') + '<w:r><w:noBreakHyphen/></w:r>' + run('续'),
      );
    expect(htmlOf(docx({ body }))).toBe('<p>会议 指出，要加强防控。</p>\n<p>第1页</p>\n<p>第一行<br>第二行同一段-续</p>');
  });

  it('reads a text box once, not its copy for old readers', () => {
    const box = (kind: string): string => `<w:txbxContent>${paragraph(run(`会议强调，要做好${kind}。`))}</w:txbxContent>`;
    const body = paragraph(
      run('正文') +
        `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('防汛')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('防汛')}</w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
    );
    const document = extract(docx({ body }));
    expect(document.plainText.match(/会议强调/g)).toHaveLength(1);
    expect(summary(document)).toEqual([['会议', '强调', '要做好防汛。']]);
  });

  it('knows heading styles by their names, as Chinese Word numbers them ("1" named "heading 1"), and the title style', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>' +
      '<w:style w:type="character" w:styleId="2"><w:name w:val="heading 2"/></w:style>';
    const body =
      paragraph(run('区委常委会召开会议'), '<w:pStyle w:val="a3"/>') +
      paragraph(run('会议议题'), '<w:pStyle w:val="1"/>') +
      paragraph(run('会议指出，要抓落实。'), '<w:pStyle w:val="2"/>');
    expect(htmlOf(docx({ body, styles }))).toBe('<h1>区委常委会召开会议</h1>\n<h1>会议议题</h1>\n<p>会议指出，要抓落实。</p>');
    expect(extract(docx({ body, styles })).title).toBe('区委常委会召开会议');
  });

  it('finds the main part through [Content_Types].xml, stored or deflated, whatever the file is called', () => {
    for (const stored of [true, false]) {
      const bytes = docx({ body: paragraph(run('会议要求，要守住安全底线。')), mainPart: 'word/document2.xml', stored });
      const document = extract(bytes, { path: 'report.bin' });
      expect(summary(document)).toEqual([['会议', '要求', '要守住安全底线。']]);
      expect(document.source.container).toBe('docx');
    }
  });

  it('reads an empty Word document as EMPTY_INPUT', () => {
    const document = extract(docx({ body: paragraph('') }));
    expect(document.warnings).toEqual([{ code: 'EMPTY_INPUT', message: 'the Word document holds no text' }]);
    expect(document.source.container).toBe('docx');
  });
});

describe('what is not a readable Word document', () => {
  const DOCX_ERROR = /^the Word document cannot be read: .+; open it in Word or LibreOffice and save it again$/;
  const only = (document: PdxDocument): { code: string; message: string } => {
    expect(document.warnings).toHaveLength(1);
    expect(isFatal(document.warnings[0]!)).toBe(true);
    return document.warnings[0]!;
  };

  it('a truncated .docx is DOCX_ERROR, however much of it is left', () => {
    for (const length of [60, 200, 1000, 3000, WORD_COPY.length - 10]) {
      const warning = only(extract(WORD_COPY.subarray(0, length)));
      expect(warning.code).toBe('DOCX_ERROR');
      expect(warning.message).toMatch(DOCX_ERROR);
    }
    expect(only(extract(WORD_COPY.subarray(0, 3000))).message).toBe(
      'the Word document cannot be read: its end record is missing (the file is truncated); open it in Word or LibreOffice and save it again',
    );
  });

  it('damaged compressed data or a wrong checksum is DOCX_ERROR', () => {
    const bytes = docx({ body: `<w:p><w:r><w:t>${'会议指出，要加强防控。'.repeat(50)}</w:t></w:r></w:p>` });
    const main = bytes.indexOf('word/document.xml') + 'word/document.xml'.length;
    const inflated = Buffer.from(bytes);
    inflated.fill(0xff, main + 20, main + 40);
    expect(only(extract(inflated)).message).toMatch(/^the Word document cannot be read: the entry word\/document\.xml (cannot be inflated|is damaged)/);
    const stored = docx({ body: '<w:p><w:r><w:t>会议指出，要加强防控。</w:t></w:r></w:p>', stored: true });
    const flipped = Buffer.from(stored);
    const at = flipped.indexOf('会议');
    flipped[at] = flipped[at]! ^ 1;
    expect(only(extract(flipped)).message).toBe(
      'the Word document cannot be read: the entry word/document.xml is damaged (its checksum does not match); open it in Word or LibreOffice and save it again',
    );
  });

  it('an entry claiming more than any report needs is refused without inflating it', () => {
    const bytes = Buffer.from(docx(['会议指出，要加强防控。']));
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), bytes.indexOf('word/document.xml') + 20);
    for (let at = central; at >= 0; at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (bytes.subarray(at + 46, at + 46 + 17).toString() === 'word/document.xml') bytes.writeUInt32LE(0x7fffffff, at + 24);
    }
    expect(only(extract(bytes)).message).toMatch(
      /^the Word document cannot be read: the entry word\/document\.xml claims 2147483647 bytes, more than any report/,
    );
  });

  it('a spreadsheet, a presentation, another archive or an old .doc is BINARY_INPUT, saying what it is', () => {
    const cases: [Buffer, string][] = [
      [
        zip({
          '[Content_Types].xml': contentTypes({ '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' }),
          'xl/workbook.xml': '<workbook/>',
        }),
        'the input is an Excel workbook (.xlsx), not a report: save the sheet as text or HTML',
      ],
      [zip({ 'ppt/presentation.xml': '<p/>' }), 'the input is a PowerPoint presentation (.pptx), not a report: save it as text or HTML'],
      [zip({ 'notes/a.txt': '会议指出，要加强防控。' }), 'the input is a zip archive, not a report: unpack it and convert its files (pdx batch DIR)'],
      [
        Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]),
        'the input is an old Word .doc (or a password-protected Office file), which pdx does not read: save it as .docx without a password',
      ],
    ];
    for (const [bytes, message] of cases) expect(only(extract(bytes))).toEqual({ code: 'BINARY_INPUT', message });
  });

  it('a main part named in the content types but missing falls back to word/document.xml', () => {
    const bytes = zip({
      '[Content_Types].xml': contentTypes({ '/word/gone.xml': WORD_MAIN_TYPE }),
      'word/document.xml': '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>会议指出，要加强防控。</w:t></w:r></w:p></w:body></w:document>',
    });
    expect(summary(extract(bytes))).toEqual([['会议', '指出', '要加强防控。']]);
  });

  it('no cut, no changed byte of a Word document makes extract throw: each gives a valid document', () => {
    fc.assert(
      fc.property(
        fc.nat(WORD_COPY.length),
        fc.array(fc.tuple(fc.nat(WORD_COPY.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        (length, changes) => {
          const bytes = Buffer.from(WORD_COPY.subarray(0, Math.max(length, 4)));
          for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
          const document = extract(bytes);
          expect(documentSchema.safeParse(document).success).toBe(true);
          const fatal = document.warnings.find(isFatal);
          if (fatal) expect(['DOCX_ERROR', 'BINARY_INPUT', 'EMPTY_INPUT', 'NO_TEXT']).toContain(fatal.code);
        },
      ),
      { numRuns: 300 },
    );
  });
});
