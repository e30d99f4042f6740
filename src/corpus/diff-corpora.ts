/**
 * What changed between two corpora (`pdx diff 2023/ 2024/`): per topic, 提法,
 * meeting body and speaker, the share of each side that uses it, the change
 * in percentage points and its keyness (diff-keyness.ts), B against A: a
 * positive keyness means more in B, a negative one more in A.
 *
 * Each side is counted by CorpusStats, one document at a time, so two
 * archives of any size compare in bounded memory. The unit of a share is
 * what a feature belongs to: topics and speakers are shares of clauses (a
 * clause may touch several topics, so topic shares add up to more than 1),
 * 提法 and meeting bodies shares of documents.
 */
import type { CorpusSummary } from './corpus-stats.js';
import { csvRecord, type CsvValue } from './csv.js';
import { keyness, type KeynessMeasure } from './diff-keyness.js';
import { table } from './format-stats.js';

/** One side of the comparison: what was given and what it holds. */
export interface CorpusSide {
  /** The inputs as given on the command line (folders, globs, files, @lists). */
  inputs: string[];
  documents: number;
  clauses: number;
  directives: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** How a feature's use differs from A to B. */
export interface Comparison {
  /** The share of A's (B's) units that have the feature, 0..1; null when the side has no units. */
  shareA: number | null;
  shareB: number | null;
  /** shareB − shareA in percentage points; null when a share is. */
  change: number | null;
  /** Signed keyness, B against A: positive when B uses the feature more than expected. */
  keyness: number;
  /** The p-value of |keyness| (chi-squared, one degree of freedom). */
  p: number;
}

/** A topic, by clauses tagged with it. */
export interface TopicComparison extends Comparison {
  id: string;
  label: string;
  clausesA: number;
  clausesB: number;
}

/** A 提法, by documents that use it. */
export interface FormulationComparison extends Comparison {
  text: string;
  kind: 'quoted' | 'numbered';
  documentsA: number;
  documentsB: number;
}

/** A meeting body, by documents about its meetings; `body: null` counts the documents without one. */
export interface BodyComparison extends Comparison {
  body: string | null;
  documentsA: number;
  documentsB: number;
}

/** A speaker, by clauses spoken. */
export interface SpeakerComparison extends Comparison {
  speaker: string;
  kind: string;
  clausesA: number;
  clausesB: number;
}

/** What {@link diffCorpora} returns; every list sorted by keyness, most typical of B first, of A last. */
export interface CorpusDiff {
  compared: 'corpora';
  measure: KeynessMeasure;
  a: CorpusSide;
  b: CorpusSide;
  topics: TopicComparison[];
  formulations: FormulationComparison[];
  bodies: BodyComparison[];
  speakers: SpeakerComparison[];
}

/** One side as diffCorpora takes it: the inputs as given, and CorpusStats' summary of their documents. */
export interface CorpusSideInput {
  inputs: string[];
  summary: CorpusSummary;
}

const round = (value: number, digits: number): number => {
  const rounded = Number(value.toFixed(digits));
  return rounded === 0 ? 0 : rounded;
};

/** The comparison of a feature in `countA` of `totalA` units and `countB` of `totalB`. */
export function compareCounts(countA: number, totalA: number, countB: number, totalB: number, measure: KeynessMeasure): Comparison {
  const shareA = totalA > 0 ? countA / totalA : null;
  const shareB = totalB > 0 ? countB / totalB : null;
  const score = keyness(countB, totalB, countA, totalA, measure);
  return {
    shareA: shareA === null ? null : round(shareA, 6),
    shareB: shareB === null ? null : round(shareB, 6),
    change: shareA === null || shareB === null ? null : round((shareB - shareA) * 100, 4),
    keyness: round(score.keyness, 4),
    p: Number(score.p.toPrecision(4)),
  };
}

// Code-unit order: the same on every machine, unlike localeCompare.
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The features of both sides, each with its counts on A and B (0 where it is
 * missing), compared and sorted as quanteda sorts: keyness, highest first,
 * then key.
 */
function compareAll<Row, Out extends Comparison>(
  rowsA: readonly Row[],
  rowsB: readonly Row[],
  keyOf: (row: Row) => string,
  countOf: (row: Row) => number,
  totals: [number, number],
  measure: KeynessMeasure,
  make: (row: Row, countA: number, countB: number, comparison: Comparison) => Out,
): Out[] {
  const features = new Map<string, { row: Row; a: number; b: number }>();
  for (const row of rowsA) features.set(keyOf(row), { row, a: countOf(row), b: 0 });
  for (const row of rowsB) {
    const found = features.get(keyOf(row));
    if (found) found.b = countOf(row);
    else features.set(keyOf(row), { row, a: 0, b: countOf(row) });
  }
  return [...features]
    .map(([key, { row, a, b }]) => ({ key, out: make(row, a, b, compareCounts(a, totals[0], b, totals[1], measure)) }))
    .sort((x, y) => y.out.keyness - x.out.keyness || byText(x.key, y.key))
    .map(({ out }) => out);
}

function side({ inputs, summary }: CorpusSideInput): CorpusSide {
  const { documents, clauses, directives, firstDate, lastDate } = summary;
  return { inputs, documents, clauses, directives, firstDate, lastDate };
}

/** What changed from corpus `a` to corpus `b`, scored by `measure` (chi2, as quanteda's default, or lr). */
export function diffCorpora(a: CorpusSideInput, b: CorpusSideInput, measure: KeynessMeasure = 'chi2'): CorpusDiff {
  const [sa, sb] = [a.summary, b.summary];
  const clauses: [number, number] = [sa.clauses, sb.clauses];
  const documents: [number, number] = [sa.documents, sb.documents];
  return {
    compared: 'corpora',
    measure,
    a: side(a),
    b: side(b),
    topics: compareAll(
      sa.topics,
      sb.topics,
      (row) => row.id,
      (row) => row.clauses,
      clauses,
      measure,
      ({ id, label }, clausesA, clausesB, comparison) => ({
        id,
        label,
        clausesA,
        clausesB,
        ...comparison,
      }),
    ),
    formulations: compareAll(
      sa.formulations,
      sb.formulations,
      (row) => row.text,
      (row) => row.documents,
      documents,
      measure,
      ({ text, kind }, documentsA, documentsB, comparison) => ({
        text,
        kind,
        documentsA,
        documentsB,
        ...comparison,
      }),
    ),
    // The key of "no body" cannot be a body's name: every name is non-empty.
    bodies: compareAll(
      sa.bodies,
      sb.bodies,
      (row) => row.body ?? '',
      (row) => row.documents,
      documents,
      measure,
      ({ body }, documentsA, documentsB, comparison) => ({
        body,
        documentsA,
        documentsB,
        ...comparison,
      }),
    ),
    speakers: compareAll(
      sa.speakers,
      sb.speakers,
      (row) => row.speaker,
      (row) => row.clauses,
      clauses,
      measure,
      ({ speaker, kind }, clausesA, clausesB, comparison) => ({
        speaker,
        kind,
        clausesA,
        clausesB,
        ...comparison,
      }),
    ),
  };
}

const CSV_COLUMNS = ['section', 'key', 'label', 'unit', 'count_a', 'count_b', 'share_a', 'share_b', 'change', 'keyness', 'p'] as const;

/**
 * The comparison as one table: `section` total (keys documents, clauses,
 * directives), topic, formulation, body and speaker; `unit` what the counts
 * and shares are of.
 */
export function corpusDiffCsv(diff: CorpusDiff): string {
  const row = (
    section: string,
    key: string | null,
    label: string | null,
    unit: string,
    counts: [number, number],
    comparison: Comparison | null,
  ): CsvValue[] => [
    section,
    key,
    label,
    unit,
    ...counts,
    comparison?.shareA ?? null,
    comparison?.shareB ?? null,
    comparison?.change ?? null,
    comparison?.keyness ?? null,
    comparison?.p ?? null,
  ];
  const rows = [
    ...(['documents', 'clauses', 'directives'] as const).map((key) => row('total', key, null, key, [diff.a[key], diff.b[key]], null)),
    ...diff.topics.map((item) => row('topic', item.id, item.label, 'clauses', [item.clausesA, item.clausesB], item)),
    ...diff.formulations.map((item) => row('formulation', item.text, item.kind, 'documents', [item.documentsA, item.documentsB], item)),
    ...diff.bodies.map((item) => row('body', item.body, null, 'documents', [item.documentsA, item.documentsB], item)),
    ...diff.speakers.map((item) => row('speaker', item.speaker, item.kind, 'clauses', [item.clausesA, item.clausesB], item)),
  ];
  return csvRecord(CSV_COLUMNS) + rows.map((values) => csvRecord(values)).join('');
}

// How many rows of the long lists the text view shows; JSON and CSV have them all.
const TEXT_LIMITS = { formulations: 15, appearing: 15 };

const number = (value: number): string => value.toLocaleString('en-US');
const count = (value: number, noun: string): string => `${number(value)} ${noun}${value === 1 ? '' : 's'}`;
const percent = (share: number | null): string => (share === null ? '-' : `${(share * 100).toFixed(1)}%`);
const signed = (value: number | null, digits: number): string => (value === null ? '-' : `${value > 0 ? '+' : ''}${value.toFixed(digits)}`);
const pValue = (p: number): string => (p >= 0.001 ? p.toFixed(3) : p.toExponential(1));

function describeSide(name: string, item: CorpusSide): string {
  const dates = item.firstDate ? ` (${item.firstDate} to ${item.lastDate})` : '';
  return `${name}  ${item.inputs.join(' ')}: ${count(item.documents, 'document')}${dates}, ${count(item.clauses, 'clause')}, ${count(item.directives, 'directive')}`;
}

const comparisonCells = (item: Comparison): string[] => [signed(item.change, 2), signed(item.keyness, 2), pValue(item.p)];

/** The comparison for reading: every topic, the 提法 most typical of each side, and the bodies and speakers that appear or disappear. */
export function formatCorpusDiffText(diff: CorpusDiff): string {
  const measure = diff.measure === 'chi2' ? 'chi-squared' : 'log-likelihood G²';
  const gained = diff.formulations.filter((item) => item.keyness > 0);
  const lost = diff.formulations.filter((item) => item.keyness < 0).reverse();
  const formulationRows = (rows: FormulationComparison[]): string[][] =>
    rows
      .slice(0, TEXT_LIMITS.formulations)
      .map((item) => [number(item.documentsA), percent(item.shareA), number(item.documentsB), percent(item.shareB), ...comparisonCells(item), item.text]);
  const formulationHeaders = ['docs A', 'share A', 'docs B', 'share B', 'change pp', 'keyness', 'p', '提法'];
  const appearing = <T extends { a: number; b: number; name: string }>(title: string, rows: T[], countOf: (row: T) => number, unit: string): string[] => {
    const shown = rows.sort((x, y) => countOf(y) - countOf(x)).slice(0, TEXT_LIMITS.appearing);
    const more = rows.length > shown.length ? [`  … and ${number(rows.length - shown.length)} more (all of them in --format json or csv)`] : [];
    return [`${title} (${number(rows.length)})${rows.length ? ':' : ''}`, ...shown.map((row) => `  ${row.name} (${count(countOf(row), unit)})`), ...more];
  };
  const bodies = diff.bodies.filter((item) => item.body !== null).map((item) => ({ a: item.documentsA, b: item.documentsB, name: item.body! }));
  const speakers = diff.speakers.map((item) => ({ a: item.clausesA, b: item.clausesB, name: item.speaker }));
  const lines = [
    describeSide('A', diff.a),
    describeSide('B', diff.b),
    `Keyness: ${measure} of B against A (+ more in B, − more in A), as quanteda's textstat_keyness; p from one degree of freedom`,
    '',
    ...table(
      'Topics, by share of clauses',
      ['clauses A', 'share A', 'clauses B', 'share B', 'change pp', 'keyness', 'p', 'topic'],
      diff.topics.map((item) => [
        number(item.clausesA),
        percent(item.shareA),
        number(item.clausesB),
        percent(item.shareB),
        ...comparisonCells(item),
        `${item.id} ${item.label}`,
      ]),
      0,
    ),
    '',
    ...table('提法 more in B, by share of documents', formulationHeaders, formulationRows(gained), gained.length - TEXT_LIMITS.formulations),
    '',
    ...table('提法 more in A, by share of documents', formulationHeaders, formulationRows(lost), lost.length - TEXT_LIMITS.formulations),
    '',
    ...appearing(
      'Meeting bodies new in B',
      bodies.filter((row) => row.a === 0),
      (row) => row.b,
      'document',
    ),
    ...appearing(
      'Meeting bodies gone from B',
      bodies.filter((row) => row.b === 0),
      (row) => row.a,
      'document',
    ),
    '',
    ...appearing(
      'Speakers new in B',
      speakers.filter((row) => row.a === 0),
      (row) => row.b,
      'clause',
    ),
    ...appearing(
      'Speakers gone from B',
      speakers.filter((row) => row.b === 0),
      (row) => row.a,
      'clause',
    ),
  ];
  return lines.join('\n') + '\n';
}
