/**
 * The topics of a clause under the active dictionaries, for the validation
 * loop (`pdx sample`, `pdx eval`, `pdx suggest`): a clause's text is tagged
 * as extraction tags a clause (explainTopics: the same matcher and rule), so
 * that a coding sheet can be scored again after its dictionary changed, and
 * a pdx output made with other dictionaries is read with the active ones.
 */
import type { PdxDocument } from '../schema.js';
import { looksTraditional, toSimplified } from '../text/simplify.js';
import { explainTopics, type TopicExplanation } from '../topics/explain-topics.js';
import type { TopicEngine } from '../topics/topic-engine.js';

/**
 * Which terms of `engine` fire on a clause's `text` and which topics it is
 * tagged with. Text in traditional characters is matched in simplified ones,
 * as extraction does (the length, and so every span, stays the same);
 * `traditional` says which it is when the document is known, else the text decides.
 */
export function tagClauseText(text: string, engine: TopicEngine, traditional: boolean = looksTraditional(text)): TopicExplanation {
  return explainTopics(traditional ? toSimplified(text) : text, engine);
}

/** The ids of the topics `engine` tags on a clause's text, strongest first. */
export function topicIdsOfText(text: string, engine: TopicEngine, traditional?: boolean): string[] {
  return tagClauseText(text, engine, traditional)
    .topics.filter((topic) => topic.tagged)
    .map((topic) => topic.id);
}

/** Whether `document` was tagged with the dictionaries of `engine` (the same ones, by sha256, in the same order). */
export function taggedWith(document: PdxDocument, engine: TopicEngine): boolean {
  const made = document.generator.dictionaries;
  const active = engine.dictionary.refs;
  return made.length === active.length && made.every((ref, index) => ref.sha256 === active[index]!.sha256);
}

/**
 * The topic ids of each clause of `document` under `engine`: the document's
 * own tags when it was made with the same dictionaries, else each clause's
 * text tagged again.
 */
export function clauseTopicIds(document: PdxDocument, engine: TopicEngine): string[][] {
  if (taggedWith(document, engine)) return document.clauses.map((clause) => clause.topics.map((topic) => topic.id));
  const traditional = document.source.script === 'traditional';
  return document.clauses.map((clause) => topicIdsOfText(clause.text, engine, traditional));
}
