import { describe, expect, it } from 'vitest';
import { csvField, csvRecord } from '../../src/corpus/csv.js';

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('会议强调')).toBe('会议强调');
    expect(csvField('2024-Q1')).toBe('2024-Q1');
    expect(csvField(42)).toBe('42');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0.25)).toBe('0.25');
  });

  it('writes null as an empty field', () => {
    expect(csvField(null)).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"要落实"')).toBe('"他说""要落实"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
  });

  it('does not quote Chinese punctuation that is not a CSV separator', () => {
    expect(csvField('外防输入、内防反弹，“两个确立”')).toBe('外防输入、内防反弹，“两个确立”');
  });

  it('guards text that a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('+86 10 1234')).toBe("'+86 10 1234");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });

  it('guards only at the start of the field', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('2024-01')).toBe('2024-01');
  });
});

describe('csvRecord', () => {
  it('joins fields with commas and ends the record with CRLF', () => {
    expect(csvRecord(['topic', 'economy', '经济发展与市场', null, 3, 'a,b'])).toBe('topic,economy,经济发展与市场,,3,"a,b"\r\n');
  });
});
