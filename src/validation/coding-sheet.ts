/**
 * The coding sheet of `pdx sample` and `pdx eval`: a CSV with a row per
 * sampled clause and an empty `coded_topics` column for the coder.
 *
 * Written: lines starting with `#` first (what was drawn and how, the topic
 * ids with their labels), then the header and the rows under the rules of
 * src/corpus/csv.ts (RFC 4180, CRLF, the formula guard). pandas
 * (`read_csv(…, comment="#")`) and readr (`read_csv(…, comment = "#")`) skip
 * those lines; both would also cut a field at an unquoted `#`, so every field
 * holding one is quoted. The `#` lines hold no comma or quote, so that a
 * spreadsheet shows each in one cell.
 *
 * Read back (after a spreadsheet, pandas or R saved it): comma, tab or
 * semicolon separated, any line ends, `#` lines (quoted or not, padded with
 * empty cells or not) before the header skipped, empty rows skipped, column
 * names matched without regard to case, spaces or dashes.
 */
import { csvField, type CsvValue } from '../corpus/csv.js';
import type { SampledClause } from './sample-clauses.js';

/** The columns of a sheet, in order; `stratum` and `weight` only in a sample drawn by topic. */
export const SHEET_COLUMNS = ['doc', 'clause', 'speaker', 'cue', 'text', 'pdx_topics', 'coded_topics', 'note'] as const;
export const STRATUM_COLUMNS = ['stratum', 'weight'] as const;

/** What a coder writes in `coded_topics` for a clause about no topic; an empty cell is a row not coded yet. */
export const NO_TOPIC = 'none';

/** Topic ids in a cell are joined by this (no topic id holds one). */
export const TOPIC_SEPARATOR = ';';

// A field with # is quoted: pandas and readr would take an unquoted # for the start of a comment.
function sheetField(value: CsvValue): string {
  const field = csvField(value);
  return typeof value === 'string' && value.includes('#') && !field.startsWith('"') ? `"${field}"` : field;
}

const sheetRecord = (values: readonly CsvValue[]): string => values.map(sheetField).join(',') + '\r\n';

/** A `#` line: no line break, comma or double quote inside. */
export const commentLine = (text: string): string =>
  `# ${text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\s*,\s*/g, ' / ')
    .replace(/"/g, "'")}\r\n`;

/** The sheet: `comments` as `#` lines, then the header and a row per clause. */
export function sheetCsv(rows: readonly SampledClause[], comments: readonly string[]): string {
  const stratified = rows.some((row) => row.stratum !== undefined);
  const header: string[] = [...SHEET_COLUMNS, ...(stratified ? STRATUM_COLUMNS : [])];
  let out = comments.map(commentLine).join('') + sheetRecord(header);
  for (const row of rows) {
    const values: CsvValue[] = [row.doc, row.clause, row.speaker, row.cue, row.text, row.topics.join(TOPIC_SEPARATOR), '', ''];
    if (stratified) values.push(row.stratum ?? '', row.weight === undefined ? '' : Number(row.weight.toFixed(6)));
    out += sheetRecord(values);
  }
  return out;
}

/** A table as read back: column names as written, and the records under the header with their row numbers. */
export interface SheetTable {
  delimiter: ',' | '\t' | ';';
  columns: string[];
  /** Each record under the header: its cells and its row in a spreadsheet (1 = the first line of the file, `#` lines included). */
  records: { row: number; cells: string[] }[];
}

/** Records of `text` split by `delimiter`: quoted fields may hold it, quotes (doubled) and line breaks; a record ends at CRLF, LF or CR. */
function records(text: string, delimiter: string): string[][] {
  const out: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    out.push(record);
    record = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      i++;
    } else if (char === delimiter) {
      endField();
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      i++;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return out;
}

const isCommentRecord = (cells: readonly string[]): boolean => (cells[0] ?? '').trimStart().startsWith('#');
const isEmptyRecord = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/** How a column name is compared: lower case, spaces and dashes as `_`. */
export const columnKey = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The first line that is neither empty nor a `#` line: the header, which tells the delimiter. */
function headerLine(text: string): string {
  for (const line of text.split(/\r\n|\n|\r/)) {
    const bare = line.replace(/^"/, '').trimStart();
    if (bare === '' || bare.startsWith('#') || /^[,;\t]*$/.test(line)) continue;
    return line;
  }
  return '';
}

/** Reads a sheet back: the delimiter is the one of comma, tab and semicolon that cuts the header into most columns. */
export function readSheet(text: string): SheetTable {
  const header = headerLine(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const delimiters = [',', '\t', ';'] as const;
  const delimiter = delimiters.reduce((best, candidate) => (header.split(candidate).length > header.split(best).length ? candidate : best), delimiters[0]);
  const all = records(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, delimiter);
  let at = 0;
  while (at < all.length && (isCommentRecord(all[at]!) || isEmptyRecord(all[at]!))) at++;
  const columns = (all[at] ?? []).map((name) => name.trim());
  const found: SheetTable['records'] = [];
  for (let i = at + 1; i < all.length; i++) if (!isEmptyRecord(all[i]!)) found.push({ row: i + 1, cells: all[i]! });
  return { delimiter, columns, records: found };
}

/** A text field as it was before the formula guard of the writer (a leading ' before = + - @, a tab or CR). */
export const unguarded = (value: string): string => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/** The topic ids of a coded cell: split at ; , 、 or white space (ASCII or full-width); `null` for an empty cell. */
export function codedIds(cell: string): string[] | null {
  const ids = cell.split(/[;；,，、\s]+/u).filter((id) => id !== '');
  return ids.length === 0 ? null : ids;
}
