/**
 * The report's charts, as inline SVG written by hand: no chart library, no
 * script, nothing fetched. Each chart is an <svg data-chart="…"> with a fixed
 * viewBox; the page scales it to the screen or to an A4 page. Every mark
 * carries a <title> with its exact numbers (a tooltip in a browser), and its
 * topic, period or 提法 in data- attributes.
 */
import type { CorpusSummary, FormulationRow, PeriodRow } from './corpus-stats.js';
import { escapeHtml, fitText, textWidth } from './markup.js';
import { periodOf, UNKNOWN_PERIOD } from './periods.js';

const LABEL_SIZE = 12;
const AXIS_SIZE = 11;
const ROW_HEIGHT = 22;
const PLOT_WIDTH = 760;
const MAX_LABEL_WIDTH = 220;
const AXIS_ANGLE = 55;

const round = (value: number): number => Math.round(value * 10) / 10;
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

function svgOpen(chart: string, width: number, height: number, title: string): string {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${chart}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(title)}">`;
}

function labelColumn(labels: string[]): number {
  return Math.min(MAX_LABEL_WIDTH, Math.max(60, ...labels.map((label) => textWidth(label, LABEL_SIZE)))) + 12;
}

// At least this many periods in a row without documents are drawn as one narrow gap, so that one
// stray early date does not push a year of months into a corner.
const GAP_RUN = 3;

/** A column of a time axis: one period, or a run of empty periods drawn as one gap. */
interface AxisColumn {
  label: string;
  x: number;
  width: number;
  /** The period's row; null for a gap. */
  period: PeriodRow | null;
  title: string;
}

interface TimeAxis {
  columns: AxisColumn[];
  /** The column of each period, gaps excluded. */
  byPeriod: Map<string, AxisColumn>;
  right: number;
  height: number;
  svg: string;
}

/** The columns of `periods` from `left`, with their names above; turned when wider than a column, so each stays readable. */
function timeAxis(periods: PeriodRow[], left: number): TimeAxis {
  const runs: (PeriodRow | PeriodRow[])[] = [];
  for (let index = 0; index < periods.length; ) {
    let end = index;
    while (end < periods.length && periods[end]!.documents === 0) end++;
    if (end - index >= GAP_RUN) {
      runs.push(periods.slice(index, end));
      index = end;
    } else {
      runs.push(periods[index]!);
      index++;
    }
  }
  const gaps = runs.filter(Array.isArray).length;
  // The plot aims at PLOT_WIDTH; columns narrow as periods grow, down to a readable minimum.
  const column = Math.max(14, Math.min(48, Math.floor(PLOT_WIDTH / Math.max(1, runs.length - gaps / 2))));
  const gapWidth = Math.max(12, Math.round(column / 2));
  const columns: AxisColumn[] = [];
  let x = left;
  for (const run of runs) {
    const column_ = Array.isArray(run)
      ? { label: '…', x, width: gapWidth, period: null, title: `${run[0]!.period} – ${run[run.length - 1]!.period}: no documents` }
      : { label: run.period, x, width: column, period: run, title: run.period };
    columns.push(column_);
    x += column_.width;
  }
  const widest = Math.max(0, ...columns.map((item) => textWidth(item.label, AXIS_SIZE)));
  const turned = widest > column - 4;
  const height = turned ? Math.ceil(widest * Math.sin((AXIS_ANGLE * Math.PI) / 180) + AXIS_SIZE + 8) : AXIS_SIZE + 10;
  const y = height - 6;
  const svg = columns
    .map((item) => {
      const centre = round(item.x + item.width / 2);
      const title = `<title>${escapeHtml(item.title)}</title>`;
      return turned && item.period
        ? `<text class="axis" x="${centre}" y="${y}" text-anchor="start" transform="rotate(-${AXIS_ANGLE} ${centre} ${y})">${title}${escapeHtml(item.label)}</text>`
        : `<text class="axis" x="${centre}" y="${y}" text-anchor="middle">${title}${escapeHtml(item.label)}</text>`;
    })
    .join('');
  const byPeriod = new Map(columns.filter((item) => item.period).map((item) => [item.period!.period, item]));
  return { columns, byPeriod, right: x, height, svg };
}

// A sequential blue scale (light to dark) that stays apart from the page's grey and prints in greyscale.
const RAMP = [
  [0.0, [239, 245, 251]],
  [0.5, [107, 174, 214]],
  [1.0, [8, 48, 107]],
] as const;

function rampColour(t: number): string {
  const clamped = Math.max(0, Math.min(1, t));
  const upper = RAMP.findIndex(([stop]) => stop >= clamped);
  const [stopB, colourB] = RAMP[Math.max(1, upper)]!;
  const [stopA, colourA] = RAMP[Math.max(1, upper) - 1]!;
  const local = (clamped - stopA) / (stopB - stopA);
  const channel = (index: number): string =>
    Math.round(colourA[index]! + (colourB[index]! - colourA[index]!) * local)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

// A share of a handful of clauses says little: periods with fewer are faded and do not set the colour scale.
export const THIN_PERIOD_CLAUSES = 10;

/**
 * Topic × period heat map. A cell's colour is the share of the period's
 * clauses that touch the topic (so a busy month does not darken every row),
 * scaled to the largest share of a period that is not thin; its number is the
 * clauses.
 */
export function heatmapSvg(summary: CorpusSummary): string {
  const { topics, periods } = summary;
  if (topics.length === 0 || periods.length === 0) return '<p class="empty">No clause carries a topic: nothing to map.</p>';
  const left = labelColumn(topics.map((topic) => topic.label));
  const axis = timeAxis(periods, left);
  const cells = new Map(summary.topicPeriods.map((row) => [`${row.topic}\u0000${row.period}`, row]));
  // In a corpus where every dated period is thin, fading them all would only grey the map.
  const fades = periods.some((row) => row.period !== UNKNOWN_PERIOD && row.clauses >= THIN_PERIOD_CLAUSES);
  const isThin = (clauses: number): boolean => fades && clauses < THIN_PERIOD_CLAUSES;
  const periodClauses = new Map(periods.map((row) => [row.period, row.clauses]));
  const maxShare = Math.max(
    0,
    ...summary.topicPeriods.filter((row) => !isThin(periodClauses.get(row.period)!)).map((row) => row.clauses / periodClauses.get(row.period)!),
  );
  const top = axis.height;
  const bottom = top + topics.length * ROW_HEIGHT;
  const legendTop = bottom + 14;
  const height = legendTop + 34;
  const caption = `share of the clauses in the period · number: clauses${fades ? ` · faded: fewer than ${THIN_PERIOD_CLAUSES} clauses in the period` : ''}`;
  const width = Math.max(axis.right + 8, left + 172 + textWidth(caption, AXIS_SIZE) + 8);
  const parts = [svgOpen('heatmap', width, height, 'Topics by period: share of the clauses in each period'), axis.svg];
  for (const gap of axis.columns.filter((item) => !item.period)) {
    parts.push(
      `<rect class="gap" x="${gap.x + 1}" y="${top + 1}" width="${gap.width - 2}" height="${bottom - top - 2}" fill="#fbfbfc"><title>${escapeHtml(gap.title)}</title></rect>`,
    );
  }
  topics.forEach((topic, r) => {
    const y = top + r * ROW_HEIGHT;
    parts.push(
      `<text class="row-label" x="${left - 8}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="end" data-topic="${escapeHtml(topic.id)}"><title>${escapeHtml(topic.id)}</title>${escapeHtml(fitText(topic.label, LABEL_SIZE, MAX_LABEL_WIDTH))}</text>`,
    );
    for (const { x, width, period } of axis.columns) {
      if (!period) continue;
      const clauses = cells.get(`${topic.id}\u0000${period.period}`)?.clauses ?? 0;
      const share = period.clauses > 0 ? clauses / period.clauses : 0;
      const t = maxShare > 0 ? Math.min(1, share / maxShare) : 0;
      const thin = isThin(period.clauses);
      const fill = clauses > 0 ? rampColour(t) : '#f6f7f9';
      const tip = `${topic.label} · ${period.period}: ${clauses} of ${period.clauses} clauses (${percent(share)})${thin && clauses > 0 ? ', a thin period' : ''}`;
      parts.push(
        `<rect class="cell" x="${x + 1}" y="${y + 1}" width="${width - 2}" height="${ROW_HEIGHT - 2}" rx="2" fill="${fill}"${thin && clauses > 0 ? ' fill-opacity="0.4"' : ''} data-topic="${escapeHtml(topic.id)}" data-period="${escapeHtml(period.period)}" data-clauses="${clauses}"><title>${escapeHtml(tip)}</title></rect>`,
      );
      if (clauses > 0 && width >= 26) {
        parts.push(
          `<text class="cell-value${t > 0.55 && !thin ? ' on-dark' : ''}" x="${round(x + width / 2)}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="middle">${clauses}</text>`,
        );
      }
    }
  });
  parts.push(
    '<defs><linearGradient id="heatmap-legend" x1="0" x2="1" y1="0" y2="0">',
    ...[0, 0.25, 0.5, 0.75, 1].map((t) => `<stop offset="${t}" stop-color="${rampColour(t)}"/>`),
    '</linearGradient></defs>',
    `<rect x="${left}" y="${legendTop}" width="160" height="10" fill="url(#heatmap-legend)"/>`,
    `<text class="axis" x="${left}" y="${legendTop + 24}">0%</text>`,
    `<text class="axis" x="${left + 160}" y="${legendTop + 24}" text-anchor="end">${percent(maxShare)}</text>`,
    `<text class="axis" x="${left + 172}" y="${legendTop + 9}">${escapeHtml(caption)}</text>`,
    '</svg>',
  );
  return parts.join('');
}

function tickStep(max: number): number {
  for (const step of [0.01, 0.02, 0.05, 0.1, 0.2, 0.25]) if (max / step <= 6) return step;
  return 0.5;
}

/** Horizontal bars: the share of all clauses that touch each topic (a clause may touch several). */
export function topicSharesSvg(summary: CorpusSummary): string {
  const { topics } = summary;
  if (topics.length === 0 || summary.clauses === 0) return '<p class="empty">No clause carries a topic.</p>';
  const left = labelColumn(topics.map((topic) => topic.label));
  const plot = 440;
  const maxShare = Math.max(...topics.map((topic) => topic.clauses / summary.clauses));
  const step = tickStep(maxShare);
  const scale = plot / (Math.ceil(maxShare / step) * step);
  const top = 22;
  const width = left + plot + 120;
  const height = top + topics.length * ROW_HEIGHT + 6;
  const parts = [svgOpen('topic-shares', width, height, 'Share of clauses by topic')];
  for (let tick = 0; tick * scale <= plot + 0.5; tick = round((tick + step) * 1000) / 1000) {
    const x = round(left + tick * scale);
    parts.push(
      `<line class="grid" x1="${x}" x2="${x}" y1="${top - 4}" y2="${height - 4}"/>`,
      `<text class="axis" x="${x}" y="${top - 8}" text-anchor="middle">${Math.round(tick * 100)}%</text>`,
    );
  }
  topics.forEach((topic, r) => {
    const share = topic.clauses / summary.clauses;
    const y = top + r * ROW_HEIGHT;
    const length = round(share * scale);
    parts.push(
      `<text class="row-label" x="${left - 8}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="end"><title>${escapeHtml(topic.id)}</title>${escapeHtml(fitText(topic.label, LABEL_SIZE, MAX_LABEL_WIDTH))}</text>`,
      `<rect class="bar" x="${left}" y="${y + 4}" width="${Math.max(1, length)}" height="${ROW_HEIGHT - 8}" data-topic="${escapeHtml(topic.id)}" data-share="${share.toFixed(4)}"><title>${escapeHtml(`${topic.label}: ${topic.clauses} of ${summary.clauses} clauses (${percent(share)}), ${topic.directives} directives, ${topic.documents} documents`)}</title></rect>`,
      `<text class="bar-value" x="${round(left + Math.max(1, length) + 6)}" y="${y + ROW_HEIGHT / 2 + 4}">${topic.clauses} · ${percent(share)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The 提法 timeline: one row per formulation (the `count` most used that
 * have a date), a line from the period it was first seen to the last, and a
 * dot in each period it was used, its area growing with the documents.
 */
export function formulationTimelineSvg(summary: CorpusSummary, count: number): string {
  const shown: FormulationRow[] = summary.formulations.filter((row) => row.firstSeen !== null).slice(0, count);
  const periods = summary.periods.filter((row) => row.period !== UNKNOWN_PERIOD);
  if (shown.length === 0 || periods.length === 0) return '<p class="empty">No dated document uses a 提法.</p>';
  const left = labelColumn(shown.map((row) => row.text));
  const axis = timeAxis(periods, left);
  const texts = new Set(shown.map((row) => row.text));
  const dots = summary.formulationPeriods.filter((row) => texts.has(row.text) && axis.byPeriod.has(row.period));
  const maxDocuments = Math.max(1, ...dots.map((row) => row.documents));
  const top = axis.height;
  const height = top + shown.length * ROW_HEIGHT + 6;
  const xOf = (period: string): number => {
    const column = axis.byPeriod.get(period)!;
    return round(column.x + column.width / 2);
  };
  const parts = [svgOpen('formulation-timeline', axis.right + 80, height, '提法 timeline: first and last seen, documents per period'), axis.svg];
  for (const period of axis.byPeriod.keys()) parts.push(`<line class="grid" x1="${xOf(period)}" x2="${xOf(period)}" y1="${top}" y2="${height - 4}"/>`);
  parts.push(`<text class="axis" x="${axis.right + 8}" y="${top - 6}">documents</text>`);
  shown.forEach((row, r) => {
    const y = top + r * ROW_HEIGHT + ROW_HEIGHT / 2;
    const data = `data-formulation="${escapeHtml(row.text)}"`;
    const span = `${row.text}: first seen ${row.firstSeen}, last seen ${row.lastSeen}, ${row.documents} documents, ${row.occurrences} occurrences`;
    parts.push(
      `<text class="row-label" x="${left - 8}" y="${y + 4}" text-anchor="end"><title>${escapeHtml(row.text)}</title>${escapeHtml(fitText(row.text, LABEL_SIZE, MAX_LABEL_WIDTH))}</text>`,
      `<line class="span" x1="${xOf(periodOf(row.firstSeen!, summary.by))}" x2="${xOf(periodOf(row.lastSeen!, summary.by))}" y1="${y}" y2="${y}" ${data}><title>${escapeHtml(span)}</title></line>`,
    );
    for (const dot of dots.filter((item) => item.text === row.text)) {
      const radius = round(2.5 + 6 * Math.sqrt(dot.documents / maxDocuments));
      parts.push(
        `<circle class="dot" cx="${xOf(dot.period)}" cy="${y}" r="${radius}" ${data} data-period="${escapeHtml(dot.period)}"><title>${escapeHtml(`${row.text} · ${dot.period}: ${dot.documents} documents, ${dot.occurrences} occurrences`)}</title></circle>`,
      );
    }
    parts.push(`<text class="bar-value" x="${axis.right + 8}" y="${y + 4}">${row.documents}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
