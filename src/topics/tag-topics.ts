/**
 * Clauses → topic tags with evidence. Terms match on token boundaries (the
 * segmenter knows every term, so multi-word terms stay whole); an exact term
 * matches as a raw substring; a glob (环保*) matches the tokens that begin
 * with its prefix, from a token boundary to the first boundary at or after the
 * prefix's end. A term is dropped where one of its `exclude` words overlaps or
 * touches it (安全 inside 粮食安全). A topic is tagged when the summed weights
 * of its terms reach its threshold (scaled by the clause's length where the
 * dictionary says so) and its dictionary's share (relative floor) of the
 * strongest topic of the same dictionary: the rule each dictionary sets, by
 * default a single counted match. The built-in dictionary's rule and weights
 * are calibrated on hand-coded clauses (scripts/calibrate-topics.mjs).
 */
import type { Evidence, Span, TopicTag } from '../schema.js';
import { CLAUSE_LENGTH_RATIO, type CompiledDictionary, type DecisionRule, type TermRule, type TopicInfo } from './dictionary.js';

export interface TermHit {
  rule: TermRule;
  span: Span;
  /** The text that matched: the term itself, or for a glob the words it covered. */
  term: string;
}

export interface DroppedHit extends TermHit {
  /** The exclude word that stands around the term, and where. */
  excludedBy: { word: string; span: Span };
}

const REPEAT_BONUS = 0.5;
const MAX_COUNTED_REPEATS = 3;

// An exclude word overlaps or touches the term when it starts in [start - its length, end]:
// only those starting points are tried, never a search on to the end of the text.
function excludedBy(text: string, rule: TermRule, start: number, end: number): DroppedHit['excludedBy'] | null {
  for (const word of rule.exclude) {
    for (let at = Math.max(0, start - word.length); at <= end; at++) {
      if (text.startsWith(word, at)) return { word, span: [at, at + word.length] };
    }
  }
  return null;
}

/**
 * Every term occurrence inside `range`, in order of position: those that count
 * (`kept`: one per topic and span, the heaviest) and those an exclude word dropped.
 */
export function matchTerms(
  text: string,
  boundaries: readonly number[],
  range: Span,
  dictionary: CompiledDictionary,
): { kept: TermHit[]; dropped: DroppedHit[] } {
  const kept = new Map<string, TermHit>();
  const dropped: DroppedHit[] = [];
  const consider = (rule: TermRule, start: number, end: number): void => {
    const term = text.slice(start, end);
    const exclusion = excludedBy(text, rule, start, end);
    if (exclusion) {
      dropped.push({ rule, span: [start, end], term, excludedBy: exclusion });
      return;
    }
    const key = `${rule.topic}\u0000${start}\u0000${end}`;
    const earlier = kept.get(key);
    if (!earlier || earlier.rule.weight < rule.weight) kept.set(key, { rule, span: [start, end], term });
  };

  const [from, to] = range;
  // Binary search: a document with thousands of clauses must not rescan its tokens for each one.
  let first = 0;
  for (let hi = boundaries.length; first < hi; ) {
    const mid = (first + hi) >> 1;
    if (boundaries[mid]! < from) first = mid + 1;
    else hi = mid;
  }
  // From each boundary, the trie walk finds every term starting there; one
  // counts when it also ends on a boundary. Prefixes come shortest first, so
  // the boundary pointer only moves forward.
  for (let i = first; i < boundaries.length - 1 && boundaries[i]! < to; i++) {
    const start = boundaries[i]!;
    let j = i + 1;
    for (const { length, values } of dictionary.terms.prefixesAt(text, start, to)) {
      while (j < boundaries.length && boundaries[j]! < start + length) j++;
      if (j >= boundaries.length || boundaries[j]! > to) break;
      if (boundaries[j] === start + length) for (const rule of values) consider(rule, start, start + length);
    }
    if (dictionary.globs.isEmpty) continue;
    // A glob runs from its prefix on to the first boundary at or after the prefix's end.
    j = i + 1;
    for (const { length, values } of dictionary.globs.prefixesAt(text, start, to)) {
      while (j < boundaries.length && boundaries[j]! < start + length) j++;
      if (j >= boundaries.length || boundaries[j]! > to) break;
      for (const rule of values) consider(rule, start, boundaries[j]!);
    }
  }
  // Exact terms are searched in the range alone: searching the whole text from `from`
  // would scan to its end for every clause (quadratic on long documents).
  const region = dictionary.exactRules.length > 0 ? text.slice(from, to) : '';
  for (const rule of dictionary.exactRules) {
    for (let at = region.indexOf(rule.term); at >= 0; at = region.indexOf(rule.term, at + 1)) {
      consider(rule, from + at, from + at + rule.term.length);
    }
  }
  const byPosition = (a: TermHit, b: TermHit): number => a.span[0] - b.span[0] || b.span[1] - a.span[1];
  return { kept: [...kept.values()].sort(byPosition), dropped: dropped.sort(byPosition) };
}

/** Every term occurrence inside `range` that counts, in order of position. */
export function findTermHits(text: string, boundaries: readonly number[], range: Span, dictionary: CompiledDictionary): TermHit[] {
  return matchTerms(text, boundaries, range, dictionary).kept;
}

export interface TopicWeight {
  topic: string;
  /** Summed weight of the topic's terms, repeats with diminishing returns. */
  weight: number;
  /** Per matched text: the heaviest rule that matched it and where. */
  terms: Map<string, { rule: TermRule; spans: Span[] }>;
}

/** The hits grouped by topic and matched text, with each topic's summed weight, in order of first hit. */
export function weighTopics(hits: readonly TermHit[]): TopicWeight[] {
  const byTopic = new Map<string, TopicWeight>();
  for (const { rule, span, term } of hits) {
    let topic = byTopic.get(rule.topic);
    if (!topic) {
      topic = { topic: rule.topic, weight: 0, terms: new Map() };
      byTopic.set(rule.topic, topic);
    }
    const entry = topic.terms.get(term);
    if (!entry) topic.terms.set(term, { rule, spans: [span] });
    else {
      entry.spans.push(span);
      if (entry.rule.weight < rule.weight) entry.rule = rule;
    }
  }
  for (const topic of byTopic.values()) {
    for (const { rule, spans } of topic.terms.values()) topic.weight += rule.weight * (1 + REPEAT_BONUS * (Math.min(spans.length, MAX_COUNTED_REPEATS) - 1));
  }
  return [...byTopic.values()];
}

/** What a dictionary's thresholds are multiplied by on a clause of `length` characters (1 when it sets no clauseLength). */
export function lengthFactor(rule: Pick<DecisionRule, 'clauseLength'> | undefined, length: number): number {
  if (!rule?.clauseLength) return 1;
  const { reference, exponent } = rule.clauseLength;
  const ratio = Math.min(CLAUSE_LENGTH_RATIO.max, Math.max(CLAUSE_LENGTH_RATIO.min, length / reference));
  return ratio ** exponent;
}

/** Where a topic stands on a clause: what it needs to be tagged, and whether it is. */
export interface TopicVerdict {
  /** The threshold that applies to the topic on this clause: its own, its dictionary's, or 0, scaled by the clause's length if the dictionary says so. */
  threshold: number;
  /** The summed weight it needs on this clause: the threshold, or its share of the strongest topic of its dictionary if that is more. */
  floor: number;
  /** The summed weight of the strongest topic of its dictionary on this clause. */
  strongest: number;
  tagged: boolean;
}

// Sums of decimal weights carry rounding error (0.1 + 0.2): a weight that reaches the floor on paper does in code too.
const WEIGHT_SLACK = 1e-9;

const NO_RULE: Pick<TopicInfo, 'threshold' | 'relativeFloor' | 'dictionaryIndex'> = { threshold: 0, relativeFloor: 0, dictionaryIndex: -1 };

/** The verdict on each topic of `weights` in a clause of `clauseLength` characters, in the same order. */
export function judgeTopics(weights: readonly TopicWeight[], dictionary: CompiledDictionary, clauseLength: number): TopicVerdict[] {
  const rules = weights.map(({ topic }) => dictionary.topics.get(topic) ?? NO_RULE);
  const strongest = new Map<number, number>();
  for (const [i, { weight }] of weights.entries()) {
    const dictionary = rules[i]!.dictionaryIndex;
    strongest.set(dictionary, Math.max(weight, strongest.get(dictionary) ?? 0));
  }
  return weights.map(({ weight }, i) => {
    const { relativeFloor, dictionaryIndex } = rules[i]!;
    const threshold = rules[i]!.threshold * lengthFactor(dictionary.rules[dictionaryIndex], clauseLength);
    const top = strongest.get(dictionaryIndex)!;
    const floor = Math.max(threshold, relativeFloor * top);
    return { threshold, floor, strongest: top, tagged: weight > 0 && weight >= floor - WEIGHT_SLACK };
  });
}

/** A summed weight as a score in 0..1. */
export function topicScore(weight: number): number {
  return Math.round((1 - Math.exp(-weight / 2)) * 1000) / 1000;
}

/** Groups the hits of a clause of `clauseLength` characters into topic tags under each dictionary's rule, strongest first. */
export function scoreTopics(hits: readonly TermHit[], dictionary: CompiledDictionary, clauseLength: number): TopicTag[] {
  const weights = weighTopics(hits);
  const verdicts = judgeTopics(weights, dictionary, clauseLength);
  const tags: TopicTag[] = [];
  weights.forEach(({ topic, weight, terms }, i) => {
    if (!verdicts[i]!.tagged) return;
    const evidence: Evidence[] = [...terms].map(([term, { spans }]) => ({ term, count: spans.length, spans }));
    evidence.sort((a, b) => a.spans[0]![0] - b.spans[0]![0]);
    tags.push({ id: topic, label: dictionary.topics.get(topic)?.label ?? topic, score: topicScore(weight), evidence });
  });
  return tags.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
