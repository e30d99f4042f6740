/**
 * Why a text gets the topics it gets: every term that fired, per topic with
 * its weight and score, and every term an exclude word dropped, with the
 * word and where it stands. The same matcher and scoring as extraction, on
 * the whole text as one clause; `pdx topics --explain` only formats this.
 */
import type { Span } from '../schema.js';
import { judgeTopics, lengthFactor, matchTerms, topicScore, weighTopics } from './tag-topics.js';
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
  /** The threshold that applied: the topic's own, else its dictionary's, else 0 (a single counted match tags); scaled by the text's length if the dictionary sets clauseLength. */
  threshold: number;
  /** The summed weight the topic needed on this text: its threshold, or its dictionary's share of the strongest topic if that is more. */
  floor: number;
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

/** What {@link explainTopics} returns: the rule of the first dictionary, the topics that fired and the terms an exclude rule dropped. */
export interface TopicExplanation {
  /** The threshold of the first active dictionary (the built-in one, unless replaced) on a text of this length; each topic says the one that applied to it. */
  threshold: number;
  /** What a topic of the first dictionary without a threshold of its own needs on this text: its threshold, or its share of the strongest topic. */
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
  const verdicts = judgeTopics(weights, dictionary, text.length);
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  const topics = weights.map(({ topic, weight, terms }, i) => ({
    id: topic,
    label: dictionary.topics.get(topic)?.label ?? topic,
    weight: round(weight),
    score: topicScore(weight),
    threshold: round(verdicts[i]!.threshold),
    floor: round(verdicts[i]!.floor),
    tagged: verdicts[i]!.tagged,
    terms: [...terms].map(([term, { rule, spans }]) => ({ term, rule: rule.term, weight: rule.weight, count: spans.length, spans, exclude: rule.exclude })),
  }));
  const first = dictionary.rules[0];
  const threshold = round((first?.threshold ?? 0) * lengthFactor(first, text.length));
  const strongestOfFirst = Math.max(0, ...weights.filter(({ topic }) => dictionary.topics.get(topic)?.dictionaryIndex === 0).map(({ weight }) => weight));
  return {
    threshold,
    floor: round(Math.max(threshold, (first?.relativeFloor ?? 0) * strongestOfFirst)),
    topics: topics.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1)),
    dropped: dropped.map(({ rule, term, span, excludedBy }) => ({ topic: rule.topic, term, rule: rule.term, span, excludedBy })),
  };
}
