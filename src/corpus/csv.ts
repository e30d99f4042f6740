/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet: fields with a
 * comma, a quote or a line break are quoted (quotes doubled), records end in
 * CRLF, and a text field that starts with = + - @ (or a tab or carriage
 * return) gets a leading apostrophe so that Excel or LibreOffice show it as
 * text instead of running it as a formula (CSV injection). Numbers are
 * written as numbers: a count is never guarded.
 *
 * TSV is the same with a tab between fields: a field is quoted when it holds
 * a tab, a quote or a line break, so that no text is ever cut or changed.
 */

export type CsvValue = string | number | null;
/** The field separator: a comma for CSV, a tab for TSV. */
export type CsvDelimiter = ',' | '\t';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES: Record<CsvDelimiter, RegExp> = { ',': /[",\r\n]/, '\t': /["\t\r\n]/ };

export function csvField(value: CsvValue, delimiter: CsvDelimiter = ','): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES[delimiter].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRecord(values: readonly CsvValue[], delimiter: CsvDelimiter = ','): string {
  return values.map((value) => csvField(value, delimiter)).join(delimiter) + '\r\n';
}
