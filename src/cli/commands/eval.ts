/**
 * `pdx eval sheet.csv`: scores the active dictionaries against a coded sheet.
 * Each row's text is tagged again (so a changed dictionary is scored without
 * drawing a new sample), compared with `coded_topics` per topic
 * (src/validation/score-coding.ts), and, when a second coder filled
 * `coded_topics_2`, the two coders' agreement is measured
 * (src/validation/agreement.ts). Every problem of the sheet (a missing column,
 * a topic id the dictionaries do not have, an empty text) is reported at once.
 */
import { Option, type Command } from 'commander';
import { table } from '../../corpus/format-stats.js';
import { decode } from '../../decode/decode.js';
import { closest } from '../../topics/did-you-mean.js';
import type { ExplainedTopic } from '../../topics/explain-topics.js';
import type { TopicEngine } from '../../topics/topic-engine.js';
import { codingAgreement, type CodingAgreement } from '../../validation/agreement.js';
import { tagClauseText } from '../../validation/clause-topics.js';
import { codedIds, columnKey, NO_TOPIC, readSheet, TOPIC_SEPARATOR, unguarded, type SheetTable } from '../../validation/coding-sheet.js';
import { codedRowWeights, scoreCoding, type CodingScore, type Figures } from '../../validation/score-coding.js';
import { addDictionaryOptions, type DictionaryCliOptions } from '../dictionary-options.js';
import { cannotStart, EXIT_OK } from '../errors.js';
import { readInputFile, type FailureMessages } from '../io/read-input.js';
import { readStandardInput } from '../io/standard-input.js';
import { count, engineOrProblem, threeDecimals, topicName } from './validation-cli.js';

const EMPTY_MEANINGS = ['uncoded', 'none'] as const;
type EmptyMeaning = (typeof EMPTY_MEANINGS)[number];

interface EvalCliOptions extends DictionaryCliOptions {
  format: 'text' | 'json';
  verbose?: boolean;
  empty: EmptyMeaning;
}

const HELP = `
The sheet is a CSV as pdx sample writes it, also after a spreadsheet, pandas
or R saved it again (comma, semicolon or tab between fields; UTF-8 or GBK;
# lines before the header skipped). It needs the columns text and
coded_topics; doc and clause name a row in --verbose, and coded_topics_2
(a second coder) adds their agreement. A weight column (pdx sample --by topic)
adds figures weighted to the corpus.

coded_topics holds topic ids of the active dictionaries (pdx topics lists
them), joined by ; (or , or spaces), or none for a clause about no topic. An
empty cell is a row not coded yet, left out (--empty none: a clause about
no topic). An id the dictionaries do not have stops the run (exit 2), every
one named with its rows and the id it was perhaps meant to be.

Each row's text is tagged again with the active dictionaries (--dict,
--dict-mode), so a changed dictionary is scored on the same rows. Per topic:
rows coded with it, rows tagged with it, tp (coded and tagged), fp (tagged,
not coded), fn (coded, not tagged), precision tp/(tp+fp), recall tp/(tp+fn),
F1 2tp/(2tp+fp+fn); micro sums the counts of all topics, macro averages the
topics' figures. A figure with nothing to divide by is shown as — (null in
JSON). Agreement of two coders, per topic and pooled over every row and topic
either used: the share of rows they agree on, Cohen's kappa and
Krippendorff's alpha (nominal).

Examples:
  $ pdx eval sheet.csv
  $ pdx eval sheet.csv --verbose                  each row where pdx and the coder differ, with the terms that fired
  $ pdx eval sheet.csv --dict mine.yaml           score the built-in topics plus yours
  $ pdx eval sheet.csv --format json | jq '.topics.epidemic'

Not npm run eval of the pdx repository, which checks pdx's own extraction
against the project's gold files: pdx eval scores dictionaries against the
sheet you coded.

Exit codes: 0 scored, 2 bad usage (the sheet cannot be read, lacks a column,
or names a topic the dictionaries do not have).`;

interface Row {
  row: number;
  doc: string;
  clause: string;
  text: string;
  coded: string[] | null;
  coded2: string[] | null;
  weight: number | undefined;
  stratum: string | undefined;
}

interface Disagreement {
  row: number;
  doc: string;
  clause: string;
  text: string;
  coded: string[];
  tagged: string[];
  /** Tagged, not coded: the terms that fired. */
  extra: { id: string; terms: string[] }[];
  /** Coded, not tagged: the terms of the topic that fired, below what it needed (none when no term fired). */
  missed: { id: string; terms: string[]; weight: number; needed: number }[];
}

const SHEET_MESSAGES: FailureMessages = {
  NOT_FOUND: 'no such file; give the sheet pdx sample wrote',
  IS_DIRECTORY: 'is a folder; give the sheet file',
  NOT_A_FILE: 'is not a regular file (a socket or device); save the sheet to a file, or pipe it to pdx eval -',
};

/** The sheet's bytes, or the problem that stops the run. */
async function readSheetBytes(path: string): Promise<Buffer | string> {
  if (path === '-') return readStandardInput();
  // A sheet is read whatever its size: pdx eval has no --max-bytes, and a sheet is no untrusted download.
  const read = readInputFile(path, { maxBytes: Number.POSITIVE_INFINITY, messages: SHEET_MESSAGES, pipes: true });
  return 'failure' in read ? `${path}: ${read.failure.message}` : read.bytes;
}

const REQUIRED = ['text', 'coded_topics'] as const;
const KNOWN = ['doc', 'clause', 'speaker', 'cue', 'text', 'pdx_topics', 'coded_topics', 'coded_topics_2', 'note', 'stratum', 'weight'];

const plural = (n: number, noun: string): string => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
const rowList = (rows: readonly number[]): string => (rows.length <= 8 ? rows.join(', ') : `${rows.slice(0, 8).join(', ')} and ${rows.length - 8} more`);

/** The rows of the sheet, or every problem in it. */
function sheetRows(sheet: SheetTable, engine: TopicEngine, emptyIsNone: boolean, path: string): { rows: Row[]; hasSecond: boolean } | { problems: string[] } {
  const problems: string[] = [];
  const keys = sheet.columns.map(columnKey);
  const at = (name: string): number => keys.indexOf(name);
  for (const name of REQUIRED) {
    if (at(name) >= 0) continue;
    const near = closest(
      name,
      keys.filter((key) => !KNOWN.includes(key)),
    );
    problems.push(
      `${path}: no column ${name}${near ? ` (did you mean ${sheet.columns[keys.indexOf(near)]}? rename it ${name})` : ''}; the header has ${sheet.columns.length > 0 ? sheet.columns.join(', ') : 'no columns'} (a sheet of pdx sample has doc, clause, speaker, cue, text, pdx_topics, coded_topics, note)`,
    );
  }
  if (problems.length > 0) return { problems };
  const ids = [...engine.dictionary.topics.keys()];
  const known = new Set(ids);
  const byLabel = new Map<string, string>();
  for (const topic of engine.dictionary.topics.values()) {
    byLabel.set(topic.label, topic.id);
    if (topic.labelEn) byLabel.set(topic.labelEn.toLowerCase(), topic.id);
  }
  const unknown = new Map<string, { column: string; rows: number[] }>();
  const emptyText: number[] = [];
  const mixed: string[] = [];
  const badWeights: number[] = [];
  const columnOf = { coded: at('coded_topics'), coded2: at('coded_topics_2') };

  const parseCoded = (cells: string[], column: number, name: string, row: number): string[] | null => {
    if (column < 0) return null;
    const ids = codedIds(cells[column] ?? '');
    if (ids === null) return emptyIsNone ? [] : null;
    const none = ids.filter((id) => id.toLowerCase() === NO_TOPIC);
    if (none.length > 0) {
      if (none.length < ids.length)
        mixed.push(`${path}: row ${row}: ${name} says ${NO_TOPIC} and names topics too (${ids.join(TOPIC_SEPARATOR)}); write either`);
      return [];
    }
    for (const id of ids) {
      if (known.has(id)) continue;
      const entry = unknown.get(`${name}\u0000${id}`) ?? { column: name, rows: [] };
      entry.rows.push(row);
      unknown.set(`${name}\u0000${id}`, entry);
    }
    return [...new Set(ids)];
  };

  const rows: Row[] = [];
  for (const { row, cells } of sheet.records) {
    const cell = (name: string): string => (at(name) >= 0 ? (cells[at(name)] ?? '') : '');
    const coded = parseCoded(cells, columnOf.coded, 'coded_topics', row);
    const coded2 = parseCoded(cells, columnOf.coded2, 'coded_topics_2', row);
    const text = unguarded(cell('text'));
    if ((coded !== null || coded2 !== null) && text.trim() === '') emptyText.push(row);
    let weight: number | undefined;
    if (at('weight') >= 0) {
      weight = Number(cell('weight'));
      if (!(cell('weight').trim() !== '' && weight > 0 && Number.isFinite(weight))) badWeights.push(row);
    }
    rows.push({ row, doc: cell('doc'), clause: cell('clause'), text, coded, coded2, weight, stratum: at('stratum') >= 0 ? cell('stratum') : undefined });
  }
  for (const [key, { column, rows: where }] of unknown) {
    const id = key.slice(key.indexOf('\u0000') + 1);
    const labelled = byLabel.get(id) ?? byLabel.get(id.toLowerCase());
    const near = closest(id, ids);
    const hint = labelled
      ? `it is the label of ${labelled}: write ${labelled}`
      : near
        ? `did you mean ${near}?`
        : 'pdx topics lists the topic ids (add --dict FILE for a dictionary of your own)';
    problems.push(
      `${path}: ${column}: ${JSON.stringify(id)} is not a topic of the active dictionaries (${where.length === 1 ? 'row' : 'rows'} ${rowList(where)}); ${hint}`,
    );
  }
  problems.push(...mixed);
  if (emptyText.length > 0)
    problems.push(
      `${path}: the text of ${emptyText.length === 1 ? 'row' : 'rows'} ${rowList(emptyText)} is empty, but the row is coded; put the clause's text back (pdx sample wrote it), or clear its coding`,
    );
  if (badWeights.length > 0)
    problems.push(
      `${path}: weight of ${badWeights.length === 1 ? 'row' : 'rows'} ${rowList(badWeights)} is not a number above 0; put back what pdx sample wrote, or delete the weight column`,
    );
  return problems.length > 0 ? { problems } : { rows, hasSecond: columnOf.coded2 >= 0 };
}

const termsOf = (topic: ExplainedTopic): string[] =>
  topic.terms.map((term) => `${term.term}${term.rule === term.term ? '' : ` (${term.rule})`} ×${term.count}`);

function disagreement(row: Row, coded: readonly string[], explained: readonly ExplainedTopic[]): Disagreement | null {
  const tagged = explained.filter((topic) => topic.tagged).map((topic) => topic.id);
  const extra = tagged.filter((id) => !coded.includes(id));
  const missed = coded.filter((id) => !tagged.includes(id));
  if (extra.length === 0 && missed.length === 0) return null;
  const find = (id: string): ExplainedTopic | undefined => explained.find((topic) => topic.id === id);
  return {
    row: row.row,
    doc: row.doc,
    clause: row.clause,
    text: row.text,
    coded: [...coded],
    tagged,
    extra: extra.map((id) => ({ id, terms: termsOf(find(id)!) })),
    missed: missed.map((id) => {
      const topic = find(id);
      return { id, terms: topic ? termsOf(topic) : [], weight: topic?.weight ?? 0, needed: topic?.floor ?? 0 };
    }),
  };
}

function figureCells(figures: Figures): string[] {
  return [threeDecimals(figures.precision), threeDecimals(figures.recall), threeDecimals(figures.f1)];
}

function scoreText(score: CodingScore, engine: TopicEngine, weighted: boolean): string[] {
  const headers = ['coded', 'tagged', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1', ...(weighted ? ['P weighted', 'R weighted', 'F1 weighted'] : []), 'topic'];
  const rows = score.topics.map((topic) => [
    String(topic.coded),
    String(topic.tagged),
    String(topic.tp),
    String(topic.fp),
    String(topic.fn),
    ...figureCells(topic),
    ...(topic.weighted ? figureCells(topic.weighted) : []),
    topicName(engine, topic.id),
  ]);
  const { micro, macro } = score;
  rows.push(
    [
      String(micro.tp + micro.fn),
      String(micro.tp + micro.fp),
      String(micro.tp),
      String(micro.fp),
      String(micro.fn),
      ...figureCells(micro),
      ...(micro.weighted ? figureCells(micro.weighted) : []),
      'micro (all topics)',
    ],
    [
      '',
      '',
      '',
      '',
      '',
      threeDecimals(macro.precision),
      threeDecimals(macro.recall),
      threeDecimals(macro.f1),
      ...(weighted ? ['', '', ''] : []),
      `macro (mean of ${plural(score.topics.length, 'topic')})`,
    ],
  );
  return table(`Per topic, over ${plural(score.rows, 'coded row')} (coded and tagged: rows; tp, fp, fn: rows)`, headers, rows, 0);
}

function agreementText(agreement: CodingAgreement, engine: TopicEngine): string[] {
  const same = agreement.rows > 0 ? ` (${((100 * agreement.sameTopics) / agreement.rows).toFixed(1)}%)` : '';
  const rows = agreement.topics.map((topic) => [
    String(topic.first),
    String(topic.second),
    String(topic.both),
    threeDecimals(topic.agreement),
    threeDecimals(topic.kappa),
    threeDecimals(topic.alpha),
    topicName(engine, topic.id),
  ]);
  const { pooled } = agreement;
  rows.push([
    '',
    '',
    '',
    threeDecimals(pooled.agreement),
    threeDecimals(pooled.kappa),
    threeDecimals(pooled.alpha),
    `pooled (${count(pooled.decisions)} yes/no decisions)`,
  ]);
  return [
    '',
    ...table(
      `Agreement of coded_topics and coded_topics_2 on ${plural(agreement.rows, 'row')} coded by both: the same topics on ${count(agreement.sameTopics)}${same}`,
      ['coder 1', 'coder 2', 'both', 'agreement', 'kappa', 'alpha', 'topic'],
      rows,
      0,
    ),
  ];
}

function disagreementText(items: readonly Disagreement[]): string[] {
  const lines = ['', `Rows where pdx and coded_topics differ (${count(items.length)}):`];
  const shown = (text: string): string => {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
  };
  for (const item of items) {
    const where = [item.doc, item.clause !== '' ? `#${item.clause}` : ''].filter(Boolean).join(' ');
    lines.push(
      `row ${item.row}${where ? `  ${where}` : ''}  coded: ${item.coded.join(TOPIC_SEPARATOR) || NO_TOPIC}  tagged: ${item.tagged.join(TOPIC_SEPARATOR) || NO_TOPIC}`,
    );
    for (const extra of item.extra) lines.push(`  extra ${extra.id}: ${extra.terms.join(', ')}`);
    for (const missed of item.missed) {
      lines.push(
        missed.terms.length > 0
          ? `  missed ${missed.id}: ${missed.terms.join(', ')}: weight ${missed.weight}, needed ${missed.needed}`
          : `  missed ${missed.id}: no term of it fired`,
      );
    }
    lines.push(`  ${shown(item.text)}`);
  }
  return lines;
}

async function runEval(sheetPath: string, options: EvalCliOptions): Promise<number> {
  const problems: string[] = [];
  const engine = await engineOrProblem(options, problems);
  const bytes = await readSheetBytes(sheetPath);
  if (typeof bytes === 'string') problems.push(bytes);
  const sheet: SheetTable | null = typeof bytes === 'string' ? null : readSheet(decode(bytes).text);
  const read = engine && sheet ? sheetRows(sheet, engine, options.empty === 'none', sheetPath) : null;
  if (read && 'problems' in read) problems.push(...read.problems);
  if (problems.length > 0 || !engine || !read || 'problems' in read) throw cannotStart('eval', problems);

  const { rows, hasSecond } = read;
  const coded = rows.filter((row) => row.coded !== null);
  const weights = codedRowWeights(rows.map((row) => ({ stratum: row.stratum, weight: row.weight, coded: row.coded !== null })));
  const order = [...engine.dictionary.topics.keys()];
  const disagreements: Disagreement[] = [];
  const scored = rows.flatMap((row, index) => {
    if (row.coded === null) return [];
    const explained = tagClauseText(row.text, engine).topics;
    const found = disagreement(row, row.coded, explained);
    if (found) disagreements.push(found);
    const weight = weights?.[index];
    return [
      { coded: row.coded, tagged: explained.filter((topic) => topic.tagged).map((topic) => topic.id), ...(typeof weight === 'number' ? { weight } : {}) },
    ];
  });
  const score = scoreCoding(scored, order);
  const agreement = hasSecond
    ? codingAgreement(
        rows.filter((row) => row.coded !== null && row.coded2 !== null).map((row) => ({ first: row.coded!, second: row.coded2! })),
        order,
      )
    : null;
  const dictionaries = engine.dictionary.refs;
  const notCoded = rows.length - coded.length;

  if (options.format === 'json') {
    const topics = Object.fromEntries(score.topics.map(({ id, ...figures }) => [id, figures]));
    const result = {
      sheet: sheetPath,
      rows: rows.length,
      coded: coded.length,
      dictionaries,
      topics,
      micro: score.micro,
      macro: score.macro,
      exact: score.exact,
      ...(agreement ? { agreement: { ...agreement, topics: Object.fromEntries(agreement.topics.map(({ id, ...figures }) => [id, figures])) } } : {}),
      ...(options.verbose ? { disagreements } : {}),
    };
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return EXIT_OK;
  }
  const lines = [
    `${sheetPath}: ${plural(coded.length, 'row')} coded of ${count(rows.length)}${notCoded > 0 ? ` (${count(notCoded)} with coded_topics empty, left out)` : ''}; tagged again with ${dictionaries.map((ref) => `${ref.name} ${ref.version}`).join(' + ')}`,
  ];
  if (coded.length === 0) lines.push(`No row is coded yet: write topic ids in coded_topics (or ${NO_TOPIC}), then run pdx eval again.`);
  else {
    lines.push(`Same topics as the coder on ${plural(score.exact, 'row')} of ${count(coded.length)}.`, '');
    lines.push(...scoreText(score, engine, weights !== null));
    if (weights !== null)
      lines.push('', 'Weighted: each coded row counts as the corpus clauses of its stratum it stands for (pdx sample --by topic): estimates for the corpus.');
  }
  if (agreement) lines.push(...agreementText(agreement, engine));
  if (options.verbose && disagreements.length > 0) lines.push(...disagreementText(disagreements));
  process.stdout.write(lines.join('\n') + '\n');
  return EXIT_OK;
}

export function registerEval(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('eval')
    .description("score the topic dictionaries against a coded sheet (pdx sample): per topic precision, recall and F1; coders' agreement")
    .argument('<sheet>', 'the coded sheet (CSV), "-" for standard input')
    .addOption(new Option('-f, --format <format>', 'text (a reading view) or json').choices(['text', 'json']).default('text'))
    .option('-v, --verbose', 'list each row where pdx and the coder differ, with the terms that fired')
    .addOption(
      new Option('--empty <meaning>', 'an empty coded_topics cell: uncoded (left out) or none (a clause about no topic)')
        .choices(EMPTY_MEANINGS)
        .default('uncoded'),
    )
    .addHelpText('after', HELP);
  addDictionaryOptions(command).action(async (sheet: string, options: EvalCliOptions) => {
    setExitCode(await runEval(sheet, options));
  });
}
