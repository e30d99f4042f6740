/**
 * Clauses → topic tags with evidence. Terms match on token boundaries (the
 * segmenter knows every term, so multi-word terms stay whole); an exact term
 * matches as a raw substring. A term is dropped where one of its `exclude`
 * words overlaps or touches it (安全 inside 粮食安全). A topic is tagged when
 * the summed weights of its terms reach the threshold and a share of the strongest topic's.
 */
import type { Evidence, Span, TopicTag } from '../schema.js';
import type { CompiledDictionary, TermRule } from './dictionary.js';

export interface TermHit {
  rule: TermRule;
  span: Span;
}

/** Summed weight at which a topic is tagged: more than one ordinary term, so a passing word is not enough. */
export const TOPIC_THRESHOLD = 1.5;
/**
 * A topic must also carry a fifth of the clause's strongest topic: a long
 * omnibus clause mentions many things in passing, and the guidelines tag what
 * it is about (usually one to four topics).
 */
export const RELATIVE_FLOOR = 0.2;
// Repeats add evidence, with diminishing returns, so one word said five times does not outweigh three different ones.
const REPEAT_BONUS = 0.5;
const MAX_COUNTED_REPEATS = 3;

function excluded(text: string, rule: TermRule, start: number, end: number): boolean {
  for (const word of rule.exclude) {
    let at = text.indexOf(word, Math.max(0, start - word.length));
    while (at >= 0 && at <= end) {
      if (at + word.length >= start) return true;
      at = text.indexOf(word, at + 1);
    }
  }
  return false;
}

/** Every term occurrence inside `range`, in order of position. */
export function findTermHits(text: string, boundaries: readonly number[], range: Span, dictionary: CompiledDictionary): TermHit[] {
  const hits: TermHit[] = [];
  const [from, to] = range;
  let first = 0;
  while (first < boundaries.length && boundaries[first]! < from) first++;
  for (let i = first; i < boundaries.length - 1 && boundaries[i]! < to; i++) {
    const start = boundaries[i]!;
    for (let j = i + 1; j < boundaries.length && boundaries[j]! <= to; j++) {
      const end = boundaries[j]!;
      if (end - start > dictionary.longestTerm) break;
      const rules = dictionary.byTerm.get(text.slice(start, end));
      if (!rules) continue;
      for (const rule of rules) if (!excluded(text, rule, start, end)) hits.push({ rule, span: [start, end] });
    }
  }
  for (const rule of dictionary.exactRules) {
    for (let at = text.indexOf(rule.term, from); at >= 0 && at + rule.term.length <= to; at = text.indexOf(rule.term, at + 1)) {
      if (!excluded(text, rule, at, at + rule.term.length)) hits.push({ rule, span: [at, at + rule.term.length] });
    }
  }
  return hits.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}

/** Groups hits into topic tags that pass the threshold, strongest first. */
export function scoreTopics(hits: readonly TermHit[], dictionary: CompiledDictionary, threshold = TOPIC_THRESHOLD): TopicTag[] {
  const byTopic = new Map<string, Map<string, { weight: number; spans: Span[] }>>();
  for (const { rule, span } of hits) {
    const terms = byTopic.get(rule.topic) ?? new Map<string, { weight: number; spans: Span[] }>();
    const entry = terms.get(rule.term) ?? { weight: rule.weight, spans: [] };
    entry.spans.push(span);
    terms.set(rule.term, entry);
    byTopic.set(rule.topic, terms);
  }
  const raws = new Map<string, number>();
  for (const [topic, terms] of byTopic) {
    let raw = 0;
    for (const { weight, spans } of terms.values()) raw += weight * (1 + REPEAT_BONUS * (Math.min(spans.length, MAX_COUNTED_REPEATS) - 1));
    raws.set(topic, raw);
  }
  const floor = Math.max(threshold, RELATIVE_FLOOR * Math.max(0, ...raws.values()));
  const tags: TopicTag[] = [];
  for (const [topic, terms] of byTopic) {
    const raw = raws.get(topic)!;
    if (raw < floor) continue;
    const evidence: Evidence[] = [...terms].map(([term, { spans }]) => ({ term, count: spans.length, spans }));
    evidence.sort((a, b) => a.spans[0]![0] - b.spans[0]![0]);
    const info = dictionary.topics.get(topic);
    tags.push({ id: topic, label: info?.label ?? topic, score: Math.round((1 - Math.exp(-raw / 2)) * 1000) / 1000, evidence });
  }
  return tags.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
