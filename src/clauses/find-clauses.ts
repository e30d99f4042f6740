/**
 * plain text → clauses. A clause starts at a cue expression
 * (`[会上，][speaker][lead phrase][adverbs][cue verb][，：:]`) and runs to the
 * next cue expression or to where the statement ends and narrative resumes.
 * The grammar's words live in lexicon.ts; this module drives its parts:
 * read-cue.ts reads each cue expression (whose speaker speaker-phrase.ts,
 * sentence-subject.ts and pronouns.ts find, over the sentence pieces of
 * sentence-pieces.ts and the names of names.ts and people.ts), and
 * clause-end.ts says where each statement ends.
 */
import type { Cue, Pronoun, Span, SpeakerKind } from '../schema.js';
import { clauseEnd, type StatementContext } from './clause-end.js';
import type { CueExpression } from './cue-expression.js';
import { CUE_PATTERN } from './lexicon.js';
import type { Tagger } from './names.js';
import { documentOf, quotesWords, readCue } from './read-cue.js';
import { opensSentence, stripModifiers } from './sentence-pieces.js';

export type { Tagger } from './names.js';

export interface FoundClause {
  speaker: string;
  speakerKind: SpeakerKind;
  /** The pronoun the cue phrase names the speaker by, and whether a titled person was found for it. */
  pronoun?: Pronoun;
  cue: Cue;
  cuePhrase: string;
  cueSpan: Span;
  span: Span;
}

export interface FindClausesInput {
  plainText: string;
  /** Spans of headline paragraphs inside plainText, whose cue words are not clauses. */
  headlines?: readonly Span[];
  /** Part-of-speech tagging for reading names (the topic segmenter's). */
  tag: Tagger;
}

/** The segmenter's answers, asked once per string of a document (names are read around every title). */
function remembered(tag: Tagger): Tagger {
  const answers = new Map<string, ReturnType<Tagger>>();
  return (text) => {
    let answer = answers.get(text);
    if (!answer) {
      answer = tag(text);
      answers.set(text, answer);
    }
    return answer;
  };
}

export function findClauses({ plainText: text, headlines = [], tag: segmenterTag }: FindClausesInput): FoundClause[] {
  const verbs = [...text.matchAll(CUE_PATTERN)];
  // Most news items hold no cue verb at all (58 % of xwlb-2024): the people a report names are read only for one that does.
  if (verbs.length === 0) return [];
  const tag = remembered(segmenterTag);
  const doc = documentOf(text, headlines, tag);
  const { names, people } = doc;
  const cues: CueExpression[] = [];
  let previous: CueExpression | null = null;
  let consumedTo = 0;
  for (const match of verbs) {
    const verbStart = match.index;
    if (verbStart < consumedTo) continue;
    const cue = readCue(doc, verbStart, previous);
    if (!cue) continue;
    cues.push(cue);
    previous = cue;
    consumedTo = cue.bodyStart;
  }
  const clauses: FoundClause[] = [];
  // A pronoun's clause quotes as the clause before it of the same speaker did (习近平总书记指出，……。他强调，……), and
  // so does a cue that carries a person on without naming them (……总书记强调：……。希望……).
  const quotedBy = new Map<string, StatementContext['quoted']>();
  cues.forEach((cue, i) => {
    const phrase = cue.named ?? stripModifiers(text.slice(cue.phraseStart, cue.verbStart));
    const quoted =
      cue.pronoun || (!phrase && cue.kind === 'person' && quotedBy.has(cue.speaker)) ? (quotedBy.get(cue.speaker) ?? null) : quotesWords(cue, phrase);
    quotedBy.set(cue.speaker, quoted);
    const next = cues[i + 1];
    // The next cue's whole sentence belongs to it, unless this clause started inside that sentence;
    // the closing marks its sentence opens with end this clause's quotation (……作用。”总书记强调).
    const limit = next
      ? next.sentenceStart > cue.bodyStart
        ? next.sentenceStart + /^[”’」』）)]*/.exec(text.slice(next.sentenceStart, next.phraseStart))![0].length
        : next.phraseStart
      : text.length;
    const end = clauseEnd(text, cue, Math.max(limit, cue.bodyStart), {
      speaker: cue.speaker,
      kind: cue.kind,
      quoted,
      orders: (cue.cue === '要求' || cue.cue === '号召') && cue.kind !== 'meeting' && cue.bodyStart === cue.verbStart + 2,
      carriedOn:
        !!next &&
        next.speaker === cue.speaker &&
        next.sentenceStart > cue.bodyStart &&
        opensSentence(text, next.sentenceStart, next.phraseStart) &&
        next.phraseStart === next.verbStart &&
        !text.slice(cue.bodyStart, next.sentenceStart).includes('\n'),
      personAtStart: (sentence) => names.personAtStart(sentence),
      byTitle: (title, position) => people.byTitle(title, position),
      nameEndingAt: (position) => people.nameEndingAt(position),
    });
    if (end <= cue.bodyStart) return;
    const cuePhraseEnd = text.slice(cue.verbStart, cue.bodyStart).replace(/[\s，,：:]+$/, '').length + cue.verbStart;
    clauses.push({
      speaker: cue.speaker,
      speakerKind: cue.kind,
      ...(cue.pronoun ? { pronoun: cue.pronoun } : {}),
      cue: cue.cue,
      cuePhrase: text.slice(cue.phraseStart, cuePhraseEnd),
      cueSpan: [cue.phraseStart, cuePhraseEnd],
      span: [cue.bodyStart, end],
    });
  });
  return clauses;
}
