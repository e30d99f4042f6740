/** A short report as the parts of the clause grammar see it: its document, and the context of a position in it. */
import type { CueExpression, SpeakerContext } from '../../src/clauses/cue-expression.js';
import { type Document, documentOf } from '../../src/clauses/read-cue.js';
import { defaultTopicEngine } from '../../src/topics/topic-engine.js';

const engine = defaultTopicEngine();
export const tag = (text: string): readonly { word: string; tag: string }[] => engine.segmenter.tag(text);

export const reportOf = (text: string): Document => documentOf(text, [], tag);

/** What a cue at `position` (the first occurrence of `at`) knows of the report `text`. */
export function contextAt(text: string, at: string, previous: SpeakerContext['previous'] = null): SpeakerContext {
  const { names, people } = reportOf(text);
  const position = text.indexOf(at);
  if (position < 0) throw new Error(`${at} is not in ${text}`);
  return { text, position, names, people, itemStart: 0, tag, previous };
}

/** Who a cue expression names and where its parts are, as a test compares them. */
export const cueSummary = ({ speaker, kind, cue, phraseStart, verbStart, bodyStart }: CueExpression) => ({
  speaker,
  kind,
  cue,
  phraseStart,
  verbStart,
  bodyStart,
});
