/**
 * The analyst's report: one self-contained HTML page with the charts of a
 * corpus (topic × period heat map, topic shares, 提法 timeline), a table of
 * its documents, and each document's directives, which the table links to by
 * anchor. Nothing is fetched: no script, no font, no image; a
 * Content-Security-Policy that allows none makes sure of it. Every string
 * from a document is escaped.
 *
 * The page is written in parts so that a caller can stream a corpus of any
 * size: the document rows and directive sections are produced one document at
 * a time (reportRow, reportSection), and the charts, which need the whole
 * corpus, go into the frame around them (reportFrame) at the end.
 */
import type { Clause, PdxDocument } from '../schema.js';
import { VERSION } from '../version.js';
import { formulationTimelineSvg, heatmapSvg, topicSharesSvg } from './charts.js';
import { CorpusStats, type CorpusSummary } from './corpus-stats.js';
import { escapeHtml } from './markup.js';
import { datingNote } from './format-stats.js';
import { GRANULARITIES, periodDate, type DateBasis, type Granularity } from './periods.js';

/** Options of the HTML report: its title and how many formulations the 提法 timeline shows. */
export interface ReportOptions {
  /** The page's heading. */
  title?: string;
  /** The 提法 timeline shows this many formulations, most used first. */
  formulations?: number;
  /** What places a document in a period (see periodDate); `meeting` when absent. */
  dateBasis?: DateBasis;
}

export const DEFAULT_REPORT_TITLE = 'pdx 语料报告 · Corpus report';
export const DEFAULT_TIMELINE_FORMULATIONS = 20;
/** `auto` picks the finest granularity with at most this many periods that have documents. */
const AUTO_MAX_PERIODS = 36;

/**
 * The granularity of `auto`: the finest with at most AUTO_MAX_PERIODS periods
 * that have documents (months for a year or three, then quarters, then years).
 * Empty periods do not count: the charts fold runs of them into one gap.
 */
export function reportGranularity(stats: CorpusStats): Granularity {
  const used = (by: Granularity): number => stats.summary(by).periods.filter((row) => row.documents > 0).length;
  return GRANULARITIES.find((by) => used(by) <= AUTO_MAX_PERIODS) ?? 'year';
}

// Noto Sans CJK first: Debian's fonts-noto-cjk, which headless Chromium and most Linux desktops have.
const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif';

const STYLE = `
:root { --ink: #1b1f24; --muted: #5b6470; --line: #d9dee5; --accent: #08519c; --soft: #f3f6fa; }
* { box-sizing: border-box; }
body { font-family: ${FONT_STACK}; color: var(--ink); margin: 0 auto; padding: 24px 32px 48px; max-width: 1160px; line-height: 1.55; font-size: 14px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 0 0 4px; }
a { color: var(--accent); }
.summary, .note, .meta { color: var(--muted); }
.note { font-size: 12px; margin: 4px 0 0; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 20px; list-style: none; padding: 0; margin: 12px 0 0; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg.chart text { font-family: ${FONT_STACK}; fill: var(--ink); }
svg.chart .axis { font-size: 11px; fill: var(--muted); }
svg.chart .row-label { font-size: 12px; }
svg.chart .cell-value { font-size: 10px; }
svg.chart .on-dark { fill: #ffffff; }
svg.chart .bar { fill: var(--accent); }
svg.chart .bar-value { font-size: 11px; fill: var(--muted); }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .span { stroke: #6baed6; stroke-width: 3; stroke-linecap: round; }
svg.chart .dot { fill: var(--accent); fill-opacity: 0.8; }
.empty { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--soft); }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.date { white-space: nowrap; }
.doc { border-top: 1px solid var(--line); padding: 12px 0; }
.doc ol { margin: 4px 0 8px; padding-left: 28px; }
.clause-head { margin: 8px 0 0; font-weight: 600; }
.modality { display: inline-block; min-width: 2.4em; color: var(--accent); font-weight: 600; }
.tags { color: var(--muted); font-size: 12px; margin-left: 6px; }
.back { font-size: 12px; margin: 0; }
@media print {
  @page { size: A4 portrait; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav, .back { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section.chart-section { break-inside: avoid; page-break-inside: avoid; }
  svg.chart { width: 100%; }
  thead { display: table-header-group; }
  tr, .doc { break-inside: avoid; page-break-inside: avoid; }
}`;

const number = (value: number): string => value.toLocaleString('en-US');

function describeCorpus(summary: CorpusSummary): string {
  const range = summary.firstDate ? `, ${summary.firstDate} – ${summary.lastDate}` : '';
  const undated = summary.documents - summary.dated;
  return (
    `${number(summary.documents)} documents${range}${undated > 0 ? ` (${number(undated)} without a date)` : ''}; ` +
    `${number(summary.clauses)} clauses, ${number(summary.directives)} directives, ${number(summary.topics.length)} topics, ${number(summary.formulations.length)} 提法. ` +
    `Periods: ${summary.by}s. ${datingNote(summary)} Made by pdx ${escapeHtml(VERSION)}.`
  );
}

/** The report page in three pieces, so that rows and sections can be streamed in between (see {@link reportFrame}). */
export interface ReportFrame {
  /** Everything up to the document rows: head, charts, the table's header. */
  beforeRows: string;
  /** Between the rows and the directive sections. */
  betweenRowsAndSections: string;
  /** The end of the page. */
  afterSections: string;
}

/** The page around the rows and sections, with the charts of `summary`. */
export function reportFrame(summary: CorpusSummary, options: ReportOptions = {}): ReportFrame {
  const title = escapeHtml(options.title ?? DEFAULT_REPORT_TITLE);
  const timeline = options.formulations ?? DEFAULT_TIMELINE_FORMULATIONS;
  const beforeRows = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="pdx ${escapeHtml(VERSION)}">`,
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
    `<p class="summary">${describeCorpus(summary)}</p>`,
    '<nav><ol><li><a href="#heatmap">话题 × 时期 Topics by period</a></li><li><a href="#topic-shares">话题占比 Topic shares</a></li>' +
      '<li><a href="#formulations">提法 timeline</a></li><li><a href="#documents">文件 Documents</a></li><li><a href="#directives">指示 Directives</a></li></ol></nav>',
    '</header>',
    '<section class="chart-section" id="heatmap">',
    '<h2>话题 × 时期 · Topics by period</h2>',
    heatmapSvg(summary),
    '<p class="note">Colour: the share of the clauses in the period that touch the topic (a clause can touch several); number: clauses; … marks a run of periods without documents. A report about a meeting is dated by the meeting, any other document by its own date (--date document: every document by its own date).</p>',
    '</section>',
    '<section class="chart-section" id="topic-shares">',
    '<h2>话题占比 · Topic shares</h2>',
    topicSharesSvg(summary),
    '<p class="note">Share of all clauses that touch each topic; the shares add up to more than 100% because a clause can touch several topics.</p>',
    '</section>',
    '<section class="chart-section" id="formulations">',
    '<h2>提法 · Formulations over time</h2>',
    formulationTimelineSvg(summary, timeline),
    `<p class="note">The ${timeline} 提法 used in the most documents: a line from the period first seen to the last, a dot in each period used (larger: more documents). Right: documents.</p>`,
    '</section>',
    '<section id="documents">',
    '<h2>文件 · Documents</h2>',
    '<table>',
    '<thead><tr><th>#</th><th>日期 Date</th><th>标题 Title</th><th>会议 Body</th><th>条款 Clauses</th><th>指示 Directives</th></tr></thead>',
    '<tbody>',
  ].join('\n');
  return {
    beforeRows: beforeRows + '\n',
    betweenRowsAndSections: '</tbody>\n</table>\n</section>\n<section id="directives">\n<h2>指示 · Directives</h2>\n',
    afterSections: '</section>\n</body>\n</html>\n',
  };
}

const anchor = (index: number): string => `doc-${index}`;
const directiveCount = (document: PdxDocument): number => document.clauses.reduce((sum, clause) => sum + clause.directives.length, 0);
const documentName = (document: PdxDocument): string => document.title ?? document.source.path;

/** The table row of the `index`-th document (1-based); its title links to its directives when it has any. */
export function reportRow(document: PdxDocument, index: number, dateBasis: DateBasis = 'meeting'): string {
  const date = periodDate(document, dateBasis);
  const directives = directiveCount(document);
  const name = escapeHtml(documentName(document));
  const dateCell = date ? `<span title="${date.source === 'meeting' ? 'meeting date' : 'document date'}">${date.date}</span>` : '—';
  return (
    `<tr><td class="n">${index}</td><td class="date">${dateCell}</td>` +
    `<td>${directives > 0 ? `<a href="#${anchor(index)}">${name}</a>` : name}</td>` +
    `<td>${escapeHtml(document.meeting?.body ?? '')}</td>` +
    `<td class="n">${document.clauses.length}</td>` +
    `<td class="n">${directives > 0 ? `<a href="#${anchor(index)}">${directives}</a>` : '0'}</td></tr>\n`
  );
}

function clauseItems(clause: Clause): string {
  const labels = new Map(clause.topics.map((tag) => [tag.id, tag.label]));
  const items = clause.directives.map((directive) => {
    const tags = directive.topics.map((id) => labels.get(id) ?? id);
    return (
      `<li><span class="modality">${escapeHtml(directive.modality ?? '')}</span>${escapeHtml(directive.text)}` +
      `${tags.length ? `<span class="tags">${escapeHtml(tags.join(' · '))}</span>` : ''}</li>`
    );
  });
  return `<p class="clause-head">${escapeHtml(clause.speaker)} · ${escapeHtml(clause.cue)}</p><ol>${items.join('')}</ol>`;
}

/** The directives of the `index`-th document, under the anchor its row links to; empty when it has none. */
export function reportSection(document: PdxDocument, index: number, dateBasis: DateBasis = 'meeting'): string {
  if (directiveCount(document) === 0) return '';
  const date = periodDate(document, dateBasis);
  const meta = [date?.date, document.meeting?.body, document.source.path].filter((item): item is string => Boolean(item)).map(escapeHtml);
  return (
    `<section class="doc" id="${anchor(index)}"><h3>${index}. ${escapeHtml(documentName(document))}</h3>` +
    `<p class="meta">${meta.join(' · ')}</p>` +
    document.clauses
      .filter((clause) => clause.directives.length > 0)
      .map(clauseItems)
      .join('') +
    '<p class="back"><a href="#documents">↑ 文件 Documents</a></p></section>\n'
  );
}

/**
 * The whole report of `documents` at once, by `by` periods (auto: see
 * reportGranularity). For a corpus that fits in memory; the CLI streams the
 * same parts instead.
 */
export function renderReport(documents: readonly PdxDocument[], by: Granularity | 'auto', options: ReportOptions = {}): string {
  const stats = new CorpusStats(options.dateBasis);
  for (const document of documents) stats.add(document);
  const frame = reportFrame(stats.summary(by === 'auto' ? reportGranularity(stats) : by), options);
  return (
    frame.beforeRows +
    documents.map((document, index) => reportRow(document, index + 1, options.dateBasis)).join('') +
    frame.betweenRowsAndSections +
    documents.map((document, index) => reportSection(document, index + 1, options.dateBasis)).join('') +
    frame.afterSections
  );
}
