/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet: fields with a
 * comma, a quote or a line break are quoted (quotes doubled), records end in
 * CRLF, and a text field that starts with = + - @ (or a tab or carriage
 * return) gets a leading apostrophe so that Excel or LibreOffice show it as
 * text instead of running it as a formula (CSV injection). Numbers are
 * written as numbers: a count is never guarded.
 */

export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
