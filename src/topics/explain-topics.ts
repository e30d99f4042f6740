/**
 * Why a text gets the topics it gets: every term that fired, per topic with
 * its weight and score, and every term an exclude word dropped, with the
 * word and where it stands. The same matcher and scoring as extraction, on
 * the whole text as one clause; `pdx topics --explain` only formats this.
 */
import type { Span } from '../schema.js';
import { matchTerms, topicFloor, topicScore, TOPIC_THRESHOLD, weighTopics } from './tag-topics.js';
import type { TopicEngine } from './topic-engine.js';

/** A term that matched the text, with its span and weight. */
export interface ExplainedTerm {
  /** The text that matched. */
  term: string;
  /** The dictionary term that matched it, as written (a glob keeps its `*`). */
  rule: string;
  weight: number;
  count: number;
  spans: Span[];
  /** The rule's exclude words: none of them stands around these spans, so the term counts. */
  exclude: readonly string[];
}

/** A topic with at least one matching term: its weight, score, whether it would be tagged, and the terms. */
export interface ExplainedTopic {
  id: string;
  label: string;
  /** Summed weight of the topic's terms (repeats with diminishing returns). */
  weight: number;
  score: number;
  /** Whether the topic would be tagged on a clause with this text: its weight reaches `floor`. */
  tagged: boolean;
  terms: ExplainedTerm[];
}

/** A term that matched but was dropped by an exclude rule, with the word that excluded it. */
export interface DroppedTerm {
  topic: string;
  term: string;
  rule: string;
  span: Span;
  excludedBy: { word: string; span: Span };
}

/** What {@link explainTopics} returns: the thresholds, the topics that fired and the terms an exclude rule dropped. */
export interface TopicExplanation {
  /** The summed weight a topic needs at least. */
  threshold: number;
  /** The summed weight a topic needs on this text: the threshold, or a fifth of the strongest topic's. */
  floor: number;
  /** Topics with at least one term that counts, strongest first. */
  topics: ExplainedTopic[];
  /** Term occurrences that an exclude word dropped, in order of position. */
  dropped: DroppedTerm[];
}

/** Explain which terms of `engine`'s dictionary fire on `text`, per topic, and which exclude rules dropped (what `pdx topics --explain` prints). */
export function explainTopics(text: string, engine: TopicEngine): TopicExplanation {
  const { dictionary, segmenter } = engine;
  const { kept, dropped } = matchTerms(text, segmenter.boundaries(text), [0, text.length], dictionary);
  const weights = weighTopics(kept);
  const floor = topicFloor(weights);
  const topics = weights.map(({ topic, weight, terms }) => ({
    id: topic,
    label: dictionary.topics.get(topic)?.label ?? topic,
    weight: Math.round(weight * 1000) / 1000,
    score: topicScore(weight),
    tagged: weight >= floor,
    terms: [...terms].map(([term, { rule, spans }]) => ({ term, rule: rule.term, weight: rule.weight, count: spans.length, spans, exclude: rule.exclude })),
  }));
  return {
    threshold: TOPIC_THRESHOLD,
    floor: Math.round(floor * 1000) / 1000,
    topics: topics.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1)),
    dropped: dropped.map(({ rule, term, span, excludedBy }) => ({ topic: rule.topic, term, rule: rule.term, span, excludedBy })),
  };
}
