/**
 * What changed from one report to another: topics gained and lost, directives
 * new, dropped or reworded, 提法 new and dropped.
 *
 * Directives are paired in two rounds. First those equal but for white space
 * and punctuation (unchanged), in reading order. Then, among the rest, every
 * pair whose character-bigram Dice similarity (similarity.ts) reaches the
 * threshold, most similar first, each directive used once (reworded; ties go
 * to the earlier directive of A, then of B). What is left of A was dropped,
 * what is left of B is new.
 */
import type { Modality, PdxDocument } from '../schema.js';
import { periodDate } from './periods.js';
import { bigrams, diceOfBigrams, matchKey } from './similarity.js';

/** The similarity at which two different directives count as one reworded. */
export const DEFAULT_REWORD_THRESHOLD = 0.5;

/** One of the two documents compared: its path, title and date. */
export interface DiffSide {
  path: string;
  title: string | null;
  date: string | null;
}

/** A directive as the diff shows it: text, speaker, modality and topics. */
export interface DirectiveRef {
  text: string;
  speaker: string;
  modality: Modality | null;
  topics: string[];
}

/** A directive of the earlier document found reworded in the later one. */
export interface Reworded {
  before: DirectiveRef;
  after: DirectiveRef;
  /** Dice similarity, rounded to 3 decimals. */
  similarity: number;
}

/** A topic found in only one of the two documents. */
export interface TopicChange {
  id: string;
  label: string;
  /** Clauses tagged with it, in the document that has it. */
  clauses: number;
}

/** What {@link diffDocuments} returns: topics gained and lost, directives unchanged, reworded, new and dropped, and formulations new and dropped. */
export interface DocumentDiff {
  a: DiffSide;
  b: DiffSide;
  threshold: number;
  topics: { gained: TopicChange[]; lost: TopicChange[]; kept: string[] };
  directives: { unchanged: number; reworded: Reworded[]; new: DirectiveRef[]; dropped: DirectiveRef[] };
  formulations: { new: string[]; dropped: string[]; kept: string[] };
}

function side(document: PdxDocument): DiffSide {
  return { path: document.source.path, title: document.title, date: periodDate(document)?.date ?? null };
}

function topicsOf(document: PdxDocument): Map<string, TopicChange> {
  const topics = new Map<string, TopicChange>();
  for (const clause of document.clauses) {
    for (const { id, label } of clause.topics) {
      const topic = topics.get(id) ?? { id, label, clauses: 0 };
      topic.clauses++;
      topics.set(id, topic);
    }
  }
  return topics;
}

function directivesOf(document: PdxDocument): DirectiveRef[] {
  return document.clauses.flatMap((clause) => clause.directives.map(({ text, modality, topics }) => ({ text, speaker: clause.speaker, modality, topics })));
}

function matchDirectives(before: DirectiveRef[], after: DirectiveRef[], threshold: number): DocumentDiff['directives'] {
  const keysBefore = before.map((item) => matchKey(item.text));
  const keysAfter = after.map((item) => matchKey(item.text));
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();

  const waiting = new Map<string, number[]>();
  for (const [index, key] of keysBefore.entries()) waiting.set(key, [...(waiting.get(key) ?? []), index]);
  let unchanged = 0;
  keysAfter.forEach((key, index) => {
    const match = waiting.get(key)?.shift();
    if (match === undefined) return;
    usedBefore.add(match);
    usedAfter.add(index);
    unchanged++;
  });

  const gramsBefore = keysBefore.map(bigrams);
  const gramsAfter = keysAfter.map(bigrams);
  const candidates: { i: number; j: number; similarity: number }[] = [];
  for (let i = 0; i < before.length; i++) {
    if (usedBefore.has(i)) continue;
    for (let j = 0; j < after.length; j++) {
      if (usedAfter.has(j)) continue;
      const similarity = diceOfBigrams(gramsBefore[i]!, gramsAfter[j]!);
      if (similarity >= threshold) candidates.push({ i, j, similarity });
    }
  }
  candidates.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
  const pairs: { i: number; j: number; similarity: number }[] = [];
  for (const candidate of candidates) {
    if (usedBefore.has(candidate.i) || usedAfter.has(candidate.j)) continue;
    usedBefore.add(candidate.i);
    usedAfter.add(candidate.j);
    pairs.push(candidate);
  }
  pairs.sort((x, y) => x.j - y.j);
  return {
    unchanged,
    reworded: pairs.map(({ i, j, similarity }) => ({ before: before[i]!, after: after[j]!, similarity: Math.round(similarity * 1000) / 1000 })),
    new: after.filter((_, j) => !usedAfter.has(j)),
    dropped: before.filter((_, i) => !usedBefore.has(i)),
  };
}

/** What changed from `a` to `b`; `threshold` is the Dice similarity (0..1) at which two directives are one reworded. */
export function diffDocuments(a: PdxDocument, b: PdxDocument, threshold: number = DEFAULT_REWORD_THRESHOLD): DocumentDiff {
  const topicsA = topicsOf(a);
  const topicsB = topicsOf(b);
  const formulationsA = (a.formulations ?? []).map((item) => item.text);
  const formulationsB = (b.formulations ?? []).map((item) => item.text);
  return {
    a: side(a),
    b: side(b),
    threshold,
    topics: {
      gained: [...topicsB.values()].filter((topic) => !topicsA.has(topic.id)),
      lost: [...topicsA.values()].filter((topic) => !topicsB.has(topic.id)),
      kept: [...topicsB.keys()].filter((id) => topicsA.has(id)),
    },
    directives: matchDirectives(directivesOf(a), directivesOf(b), threshold),
    formulations: {
      new: formulationsB.filter((text) => !formulationsA.includes(text)),
      dropped: formulationsA.filter((text) => !formulationsB.includes(text)),
      kept: formulationsB.filter((text) => formulationsA.includes(text)),
    },
  };
}

function describeSide(name: string, item: DiffSide): string {
  return `${name}  ${item.path}${item.title ? ` — ${item.title}` : ''}${item.date ? ` (${item.date})` : ''}`;
}

const topicList = (topics: TopicChange[]): string =>
  topics.map((topic) => `${topic.id} ${topic.label} (${topic.clauses} clause${topic.clauses === 1 ? '' : 's'})`).join(', ');

/** The diff for reading: - marks what A had, + what B has. */
export function formatDiffText(diff: DocumentDiff): string {
  const { topics, directives, formulations } = diff;
  const lines = [
    describeSide('A', diff.a),
    describeSide('B', diff.b),
    '',
    `Topics gained (${topics.gained.length})${topics.gained.length ? `: ${topicList(topics.gained)}` : ''}`,
    `Topics lost (${topics.lost.length})${topics.lost.length ? `: ${topicList(topics.lost)}` : ''}`,
    `Topics in both: ${topics.kept.length}`,
    '',
    `Directives: ${directives.unchanged} unchanged, ${directives.reworded.length} reworded, ${directives.new.length} new, ${directives.dropped.length} dropped` +
      ` (reworded: character-bigram Dice similarity ≥ ${diff.threshold})`,
  ];
  if (directives.reworded.length) {
    lines.push('', 'Reworded:');
    for (const item of directives.reworded) lines.push(`  ~ ${item.similarity.toFixed(3)}`, `    - ${item.before.text}`, `    + ${item.after.text}`);
  }
  if (directives.new.length) lines.push('', 'New:', ...directives.new.map((item) => `  + [${item.speaker}] ${item.text}`));
  if (directives.dropped.length) lines.push('', 'Dropped:', ...directives.dropped.map((item) => `  - [${item.speaker}] ${item.text}`));
  lines.push(
    '',
    `提法 new (${formulations.new.length})${formulations.new.length ? `: ${formulations.new.join('、')}` : ''}`,
    `提法 dropped (${formulations.dropped.length})${formulations.dropped.length ? `: ${formulations.dropped.join('、')}` : ''}`,
    `提法 in both: ${formulations.kept.length}`,
  );
  return lines.join('\n') + '\n';
}
