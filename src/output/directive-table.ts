/**
 * Documents as one tidy table for R, pandas, Stata or a spreadsheet
 * (`pdx --format csv|tsv`, `pdx batch --csv`): one row per directive, or per
 * clause, with the document's fields repeated on each row, so that counting by
 * date, body, speaker or topic needs no flattening of nested JSON.
 *
 * A document is written on its own (tableRecords) after one header
 * (tableHeader): an archive streams through one document at a time. A
 * document without clauses (or, per directive, without directives) gives no
 * rows. Quoting, the formula guard and CRLF follow src/corpus/csv.ts.
 */
import { csvRecord, type CsvDelimiter, type CsvValue } from '../corpus/csv.js';
import { periodDate } from '../corpus/periods.js';
import type { Clause, Directive, PdxDocument } from '../schema.js';

/** What one row stands for. */
export const TABLE_ROWS = ['directives', 'clauses'] as const;
/** One of {@link TABLE_ROWS}. */
export type TableRows = (typeof TABLE_ROWS)[number];

/** The table formats and the field separator of each. */
export const TABLE_DELIMITERS = { csv: ',', tsv: '\t' } as const satisfies Record<string, CsvDelimiter>;
/** csv or tsv. */
export type TableFormat = keyof typeof TABLE_DELIMITERS;

/**
 * Lists inside a cell (topic ids, targets) are joined with `;`: no topic id
 * has one (ids are letters, digits, `_` and dots) and no directive does
 * either, since directives are cut at `;` and `；`.
 */
const LIST_SEPARATOR = ';';

const DOCUMENT_COLUMNS = ['doc', 'date', 'body', 'title'] as const;
const CLAUSE_HEAD_COLUMNS = ['clause', 'speaker', 'speaker_kind', 'cue'] as const;

/** The columns of each kind of table, in order. */
export const TABLE_COLUMNS: Record<TableRows, readonly string[]> = {
  directives: [...DOCUMENT_COLUMNS, ...CLAUSE_HEAD_COLUMNS, 'directive', 'text', 'modality', 'strength', 'topics', 'targets', 'start', 'end'],
  clauses: [...DOCUMENT_COLUMNS, ...CLAUSE_HEAD_COLUMNS, 'cue_phrase', 'text', 'directives', 'topics', 'targets', 'paragraph', 'start', 'end'],
};

/** The header record of a table. */
export function tableHeader(rows: TableRows, format: TableFormat): string {
  return csvRecord(TABLE_COLUMNS[rows], TABLE_DELIMITERS[format]);
}

const targetsOf = (directives: readonly Directive[]): string =>
  directives.flatMap((directive) => (directive.targets ?? []).map((target) => target.text)).join(LIST_SEPARATOR);

function clauseHead(clause: Clause): CsvValue[] {
  return [clause.index, clause.speaker, clause.speakerKind, clause.cue];
}

/**
 * The records of one document: a row per directive (`directives`) or per
 * clause (`clauses`), in reading order; '' when it has none. `doc` is the
 * path as given, `date` the document's date as `pdx stats` periods it
 * (periodDate), `start` and `end` the span of the text in `plainText`.
 */
export function tableRecords(document: PdxDocument, rows: TableRows, format: TableFormat): string {
  if (document.clauses.length === 0) return '';
  const delimiter = TABLE_DELIMITERS[format];
  const head: CsvValue[] = [document.source.path, periodDate(document)?.date ?? null, document.meeting?.body ?? null, document.title];
  let records = '';
  for (const clause of document.clauses) {
    if (rows === 'clauses') {
      const topics = clause.topics.map((tag) => tag.id).join(LIST_SEPARATOR);
      const values = [
        ...head,
        ...clauseHead(clause),
        clause.cuePhrase,
        clause.text,
        clause.directives.length,
        topics,
        targetsOf(clause.directives),
        clause.paragraph,
        ...clause.span,
      ];
      records += csvRecord(values, delimiter);
      continue;
    }
    for (const [index, directive] of clause.directives.entries()) {
      const values = [
        ...head,
        ...clauseHead(clause),
        index,
        directive.text,
        directive.modality,
        directive.strength,
        directive.topics.join(LIST_SEPARATOR),
        targetsOf([directive]),
        ...directive.span,
      ];
      records += csvRecord(values, delimiter);
    }
  }
  return records;
}
