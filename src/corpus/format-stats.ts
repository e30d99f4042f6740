/**
 * A corpus summary as `pdx stats` prints it: JSON (the summary as it is), CSV
 * (one long table that a spreadsheet can filter by its `section` column) or
 * a text view for reading in a terminal.
 */
import type { CorpusSummary } from './corpus-stats.js';
import { csvRecord, type CsvValue } from './csv.js';

/** The output formats of {@link formatStats}. */
export const STATS_FORMATS = ['text', 'json', 'csv'] as const;
/** One of {@link STATS_FORMATS}. */
export type StatsFormat = (typeof STATS_FORMATS)[number];

/** The CSV columns; a section leaves the ones it has no value for empty. */
const STATS_CSV_COLUMNS = ['section', 'key', 'label', 'period', 'documents', 'clauses', 'directives', 'occurrences', 'first_seen', 'last_seen'] as const;

type CsvRow = Partial<Record<(typeof STATS_CSV_COLUMNS)[number], CsvValue>>;

function statsCsv(summary: CorpusSummary): string {
  const rows: CsvRow[] = [
    {
      section: 'total',
      key: 'all',
      documents: summary.documents,
      clauses: summary.clauses,
      directives: summary.directives,
      first_seen: summary.firstDate,
      last_seen: summary.lastDate,
    },
    { section: 'total', key: 'dated', documents: summary.dated },
    { section: 'total', key: 'dated_by_meeting', documents: summary.datedBy.meeting },
    { section: 'total', key: 'dated_by_document', documents: summary.datedBy.document },
    ...summary.periods.map(({ period, ...tally }) => ({ section: 'period', period, ...tally })),
    ...summary.topics.map(({ id, label, ...tally }) => ({ section: 'topic', key: id, label, ...tally })),
    ...summary.topicPeriods.map(({ topic, period, clauses, directives }) => ({ section: 'topic_period', key: topic, period, clauses, directives })),
    ...summary.bodies.map(({ body, ...tally }) => ({ section: 'body', key: body, ...tally })),
    ...summary.speakers.map(({ speaker, kind, ...tally }) => ({ section: 'speaker', key: speaker, label: kind, ...tally })),
    ...summary.formulations.map(({ text, kind, documents, occurrences, firstSeen, lastSeen }) => ({
      section: 'formulation',
      key: text,
      label: kind,
      documents,
      occurrences,
      first_seen: firstSeen,
      last_seen: lastSeen,
    })),
    ...summary.formulationPeriods.map(({ text, period, documents, occurrences }) => ({
      section: 'formulation_period',
      key: text,
      period,
      documents,
      occurrences,
    })),
  ];
  return csvRecord(STATS_CSV_COLUMNS) + rows.map((row) => csvRecord(STATS_CSV_COLUMNS.map((column) => row[column] ?? null))).join('');
}

// How many rows of the long lists the text view shows; JSON and CSV have them all.
const TEXT_LIMITS = { bodies: 20, speakers: 20, formulations: 30 };

const number = (value: number): string => value.toLocaleString('en-US');
const count = (value: number, noun: string): string => `${number(value)} ${noun}${value === 1 ? '' : 's'}`;

/**
 * A table whose text column comes last: the numbers line up in a terminal
 * whatever the width of the Chinese characters after them.
 */
export function table(title: string, headers: string[], rows: string[][], more: number): string[] {
  if (rows.length === 0) return [title, '  (none)'];
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string =>
    '  ' + cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padStart(widths[column]!))).join('  ');
  const lines = [title, line(headers), ...rows.map(line)];
  if (more > 0) lines.push(`  … and ${number(more)} more (all of them in --format json or csv)`);
  return lines;
}

/** Which date placed the documents in periods, as the text view and the report say it. */
export function datingNote(summary: CorpusSummary): string {
  const { meeting, document } = summary.datedBy;
  if (summary.dateBasis === 'document') return `Periods by document date (--date document): ${count(document, 'document')}.`;
  return `Periods by meeting date for ${count(meeting, 'report')} about a meeting dated to the day, else by document date (${number(document)}).`;
}

function statsText(summary: CorpusSummary): string {
  const range = summary.firstDate ? `, ${summary.firstDate} to ${summary.lastDate}` : '';
  // A reader scans the periods that have documents; the gaps are in JSON and CSV, for charting.
  const periods = summary.periods.filter((row) => row.documents > 0);
  const empty = summary.periods.length - periods.length;
  const lines = [
    `${count(summary.documents, 'document')} (${number(summary.dated)} dated${range}), ${count(summary.clauses, 'clause')}, ${count(summary.directives, 'directive')}`,
    datingNote(summary),
    '',
    ...table(
      `By ${summary.by}${empty > 0 ? ` (${number(empty)} ${summary.by}s without documents not shown)` : ''}`,
      ['documents', 'clauses', 'directives', 'period'],
      periods.map((row) => [number(row.documents), number(row.clauses), number(row.directives), row.period]),
      0,
    ),
    '',
    ...table(
      'By topic',
      ['documents', 'clauses', 'directives', 'topic'],
      summary.topics.map((row) => [number(row.documents), number(row.clauses), number(row.directives), `${row.id} ${row.label}`]),
      0,
    ),
    '',
    ...table(
      'By meeting body',
      ['documents', 'clauses', 'directives', 'body'],
      summary.bodies.slice(0, TEXT_LIMITS.bodies).map((row) => [number(row.documents), number(row.clauses), number(row.directives), row.body ?? '(none)']),
      summary.bodies.length - TEXT_LIMITS.bodies,
    ),
    '',
    ...table(
      'By speaker',
      ['documents', 'clauses', 'directives', 'speaker'],
      summary.speakers.slice(0, TEXT_LIMITS.speakers).map((row) => [number(row.documents), number(row.clauses), number(row.directives), row.speaker]),
      summary.speakers.length - TEXT_LIMITS.speakers,
    ),
    '',
    ...table(
      '提法 (formulations)',
      ['documents', 'occurrences', 'first seen', 'last seen', '提法'],
      summary.formulations
        .slice(0, TEXT_LIMITS.formulations)
        .map((row) => [number(row.documents), number(row.occurrences), row.firstSeen ?? '-', row.lastSeen ?? '-', row.text]),
      summary.formulations.length - TEXT_LIMITS.formulations,
    ),
  ];
  return lines.join('\n') + '\n';
}

/** The summary in `format`, ending in a line break (CSV: in CRLF). */
export function formatStats(summary: CorpusSummary, format: StatsFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(summary, null, 2) + '\n';
    case 'csv':
      return statsCsv(summary);
    case 'text':
      return statsText(summary);
  }
}
