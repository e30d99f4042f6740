/**
 * A small RFC 4180 reader for the tests of the tables pdx writes: fields
 * separated by `delimiter`, records by CRLF; a quoted field may hold the
 * delimiter, CR, LF and doubled quotes. It throws on anything RFC 4180 does
 * not allow (a bare LF between records, a quote inside an unquoted field,
 * text after a closing quote, an unclosed quote, a last record without its
 * CRLF), so that a test reading a table also checks that it is well formed.
 */
export function readCsv(text: string, delimiter: ',' | '\t' = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`not RFC 4180 at offset ${i} (record ${records.length + 1}): ${what}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('a quoted field is not closed');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('a quote inside an unquoted field');
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
      continue;
    }
    fail(i >= text.length ? 'the last record does not end in CRLF' : `unexpected ${JSON.stringify(text[i])} after a field`);
  }
  return records;
}

/** The records of a table as objects keyed by the header's column names. */
export function readTable(text: string, delimiter: ',' | '\t' = ','): Record<string, string>[] {
  const [header, ...records] = readCsv(text, delimiter);
  if (!header) throw new Error('no header');
  return records.map((record) => {
    if (record.length !== header.length) throw new Error(`a record of ${record.length} fields under a header of ${header.length}: ${record.join('|')}`);
    return Object.fromEntries(header.map((name, index) => [name, record[index]!]));
  });
}
