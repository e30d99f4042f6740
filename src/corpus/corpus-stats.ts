/**
 * Statistics of a corpus, gathered one document at a time. `add` folds a
 * document into running counts and keeps nothing else of it, so memory grows
 * with the number of distinct topics, months, meeting bodies, speakers and
 * 提法, never with the number of documents: an archive of 100,000 outputs
 * streams through in bounded memory.
 *
 * Counts are kept per month and rolled up to quarters and years when asked,
 * so one pass serves every granularity.
 */
import type { PdxDocument, SpeakerKind } from '../schema.js';
import { periodDate, periodOf, periodRange, UNKNOWN_PERIOD, type DateBasis, type Granularity } from './periods.js';

/** How many documents, clauses and directives a row counts. */
export interface RowCounts {
  documents: number;
  clauses: number;
  directives: number;
}

/** @deprecated The name 0.1.0 exported; kept so that code importing it still compiles. Use {@link RowCounts}. */
export type Tally = RowCounts;

/** The counts of one topic across the corpus. */
export interface TopicRow extends RowCounts {
  id: string;
  label: string;
}

/** The counts of one period (see {@link periodOf}). */
export interface PeriodRow extends RowCounts {
  period: string;
}

/** The clauses and directives of one topic in one period. */
export interface TopicPeriodRow {
  topic: string;
  period: string;
  clauses: number;
  directives: number;
}

/** The counts of one meeting body (who meets: 国务院, a 领导小组 …). */
export interface BodyRow extends RowCounts {
  /** meeting.body; null counts the documents with no meeting or a meeting named only by its topic. */
  body: string | null;
}

/** The counts of one speaker, with the kind of speaker. */
export interface SpeakerRow extends RowCounts {
  speaker: string;
  kind: SpeakerKind;
}

/** A set formulation (a quoted slogan or a numbered phrase such as 两个确保) across the corpus. */
export interface FormulationRow {
  text: string;
  kind: 'quoted' | 'numbered';
  /** How many documents use it. */
  documents: number;
  /** How many times it occurs, summed over documents. */
  occurrences: number;
  /** The earliest and latest date of a dated document that uses it; null when no such document has a date. */
  firstSeen: string | null;
  lastSeen: string | null;
}

/** One formulation's use in one period. */
export interface FormulationPeriodRow {
  text: string;
  period: string;
  documents: number;
  occurrences: number;
}

/** What {@link CorpusStats.summary} returns: totals and the rows per topic, period, body, speaker and formulation. */
export interface CorpusSummary {
  by: Granularity;
  /** What placed documents in periods: `meeting` (the meeting's date when the report is about a meeting dated to the day, else the document's date) or `document` (always the document's date). */
  dateBasis: DateBasis;
  documents: number;
  /** Documents with a date (see periodDate); the others are in the period UNKNOWN_PERIOD. */
  dated: number;
  /** How many dated documents were placed by their meeting's date and how many by their own date. */
  datedBy: { meeting: number; document: number };
  clauses: number;
  directives: number;
  firstDate: string | null;
  lastDate: string | null;
  /** By clauses, most first. */
  topics: TopicRow[];
  /** Every period from the first date to the last, empty ones included, then UNKNOWN_PERIOD when a document has no date. */
  periods: PeriodRow[];
  /** Topic by period, in the order of `topics` then `periods`; only pairs with clauses. */
  topicPeriods: TopicPeriodRow[];
  /** By documents, most first; null last. */
  bodies: BodyRow[];
  /** By clauses, most first. */
  speakers: SpeakerRow[];
  /** By documents, then occurrences, then first seen. */
  formulations: FormulationRow[];
  /** Formulation by period, in the order of `formulations` then time. */
  formulationPeriods: FormulationPeriodRow[];
}

interface Counts {
  clauses: number;
  directives: number;
}

interface TopicTally extends RowCounts {
  label: string;
  months: Map<string, Counts>;
}

interface SpeakerTally extends RowCounts {
  kind: SpeakerKind;
}

interface FormulationTally {
  kind: 'quoted' | 'numbered';
  documents: number;
  occurrences: number;
  first: string | null;
  last: string | null;
  months: Map<string, { documents: number; occurrences: number }>;
}

const emptyCounts = (): RowCounts => ({ documents: 0, clauses: 0, directives: 0 });

function entry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

// Code-unit order: the same on every machine, unlike localeCompare.
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Counts over many documents, added one at a time (`add`) so a corpus never has to fit in memory; `summary(by)` returns the tables `pdx stats` prints. */
export class CorpusStats {
  private documents = 0;
  private dated = 0;
  private readonly datedBy = { meeting: 0, document: 0 };
  private clauses = 0;
  private directives = 0;
  private firstDate: string | null = null;
  private lastDate: string | null = null;
  private readonly months = new Map<string, RowCounts>();
  private readonly topics = new Map<string, TopicTally>();
  private readonly bodies = new Map<string | null, RowCounts>();
  private readonly speakers = new Map<string, SpeakerTally>();
  private readonly formulations = new Map<string, FormulationTally>();

  /** `dateBasis`: what places a document in a period (see {@link periodDate}). */
  constructor(private readonly dateBasis: DateBasis = 'meeting') {}

  /** Folds one document into the counts. */
  add(document: PdxDocument): void {
    const dating = periodDate(document, this.dateBasis);
    const date = dating?.date ?? null;
    const month = periodOf(date, 'month');
    this.documents++;
    if (dating !== null && date !== null) {
      this.dated++;
      this.datedBy[dating.source]++;
      if (this.firstDate === null || date < this.firstDate) this.firstDate = date;
      if (this.lastDate === null || date > this.lastDate) this.lastDate = date;
    }
    let directives = 0;
    const topicsSeen = new Set<string>();
    const speakersSeen = new Set<string>();
    for (const clause of document.clauses) {
      directives += clause.directives.length;
      const speaker = entry(this.speakers, clause.speaker, () => ({ ...emptyCounts(), kind: clause.speakerKind }));
      speaker.clauses++;
      speaker.directives += clause.directives.length;
      if (!speakersSeen.has(clause.speaker)) {
        speakersSeen.add(clause.speaker);
        speaker.documents++;
      }
      const labels = new Map(clause.topics.map((tag) => [tag.id, tag.label]));
      const topicAt = (id: string): TopicTally => entry(this.topics, id, () => ({ ...emptyCounts(), label: labels.get(id) ?? id, months: new Map() }));
      for (const tag of clause.topics) {
        const topic = topicAt(tag.id);
        topic.clauses++;
        entry(topic.months, month, () => ({ clauses: 0, directives: 0 })).clauses++;
        if (!topicsSeen.has(tag.id)) {
          topicsSeen.add(tag.id);
          topic.documents++;
        }
      }
      for (const directive of clause.directives) {
        for (const id of directive.topics) {
          const topic = topicAt(id);
          topic.directives++;
          entry(topic.months, month, () => ({ clauses: 0, directives: 0 })).directives++;
        }
      }
    }
    this.clauses += document.clauses.length;
    this.directives += directives;
    for (const tally of [entry(this.months, month, emptyCounts), entry(this.bodies, document.meeting?.body ?? null, emptyCounts)]) {
      tally.documents++;
      tally.clauses += document.clauses.length;
      tally.directives += directives;
    }
    for (const formulation of document.formulations ?? []) {
      const tally = entry(this.formulations, formulation.text, () => ({
        kind: formulation.kind,
        documents: 0,
        occurrences: 0,
        first: null,
        last: null,
        months: new Map(),
      }));
      tally.documents++;
      tally.occurrences += formulation.count;
      if (date !== null) {
        if (tally.first === null || date < tally.first) tally.first = date;
        if (tally.last === null || date > tally.last) tally.last = date;
      }
      const inMonth = entry(tally.months, month, () => ({ documents: 0, occurrences: 0 }));
      inMonth.documents++;
      inMonth.occurrences += formulation.count;
    }
  }

  /** The counts so far, by `by`. */
  summary(by: Granularity): CorpusSummary {
    const rollUp = (month: string): string => (month === UNKNOWN_PERIOD ? UNKNOWN_PERIOD : periodOf(`${month}-01`, by));
    const periodNames = this.firstDate !== null && this.lastDate !== null ? periodRange(this.firstDate, this.lastDate, by) : [];
    if (this.months.has(UNKNOWN_PERIOD)) periodNames.push(UNKNOWN_PERIOD);
    const order = new Map(periodNames.map((period, index) => [period, index]));
    const byPeriod = (a: { period: string }, b: { period: string }): number => order.get(a.period)! - order.get(b.period)!;

    const periods = new Map<string, PeriodRow>(periodNames.map((period) => [period, { period, ...emptyCounts() }]));
    for (const [month, tally] of this.months) {
      const row = periods.get(rollUp(month))!;
      row.documents += tally.documents;
      row.clauses += tally.clauses;
      row.directives += tally.directives;
    }

    const topics = [...this.topics]
      .map(([id, { label, documents, clauses, directives }]) => ({ id, label, documents, clauses, directives }))
      .sort((a, b) => b.clauses - a.clauses || b.directives - a.directives || byText(a.id, b.id));
    const topicPeriods = topics.flatMap(({ id }) => {
      const rows = new Map<string, TopicPeriodRow>();
      for (const [month, counts] of this.topics.get(id)!.months) {
        const period = rollUp(month);
        const row = entry(rows, period, () => ({ topic: id, period, clauses: 0, directives: 0 }));
        row.clauses += counts.clauses;
        row.directives += counts.directives;
      }
      return [...rows.values()].filter((row) => row.clauses > 0).sort(byPeriod);
    });

    const bodies = [...this.bodies]
      .map(([body, tally]) => ({ body, ...tally }))
      .sort((a, b) => (a.body === null ? 1 : 0) - (b.body === null ? 1 : 0) || b.documents - a.documents || byText(a.body ?? '', b.body ?? ''));
    const speakers = [...this.speakers]
      .map(([speaker, { kind, documents, clauses, directives }]) => ({ speaker, kind, documents, clauses, directives }))
      .sort((a, b) => b.clauses - a.clauses || b.documents - a.documents || byText(a.speaker, b.speaker));

    const formulations = [...this.formulations]
      .map(([text, { kind, documents, occurrences, first, last }]) => ({ text, kind, documents, occurrences, firstSeen: first, lastSeen: last }))
      .sort(
        (a, b) =>
          b.documents - a.documents || b.occurrences - a.occurrences || byText(a.firstSeen ?? '\uffff', b.firstSeen ?? '\uffff') || byText(a.text, b.text),
      );
    const formulationPeriods = formulations.flatMap(({ text }) => {
      const rows = new Map<string, FormulationPeriodRow>();
      for (const [month, counts] of this.formulations.get(text)!.months) {
        const period = rollUp(month);
        const row = entry(rows, period, () => ({ text, period, documents: 0, occurrences: 0 }));
        row.documents += counts.documents;
        row.occurrences += counts.occurrences;
      }
      return [...rows.values()].sort(byPeriod);
    });

    return {
      by,
      dateBasis: this.dateBasis,
      documents: this.documents,
      dated: this.dated,
      datedBy: { ...this.datedBy },
      clauses: this.clauses,
      directives: this.directives,
      firstDate: this.firstDate,
      lastDate: this.lastDate,
      topics,
      periods: [...periods.values()],
      topicPeriods,
      bodies,
      speakers,
      formulations,
      formulationPeriods,
    };
  }
}
