/** What the clause grammar knows of a cue expression and of the report around it, shared by its parts. */
import type { Cue, Pronoun, SpeakerKind } from '../schema.js';
import type { NameBook, Tagger } from './names.js';
import type { People } from './people.js';

export interface Speaker {
  speaker: string;
  kind: SpeakerKind;
  pronoun?: Pronoun;
}

export interface CueExpression extends Speaker {
  cue: Cue;
  /** Where the cue phrase starts (the speaker, or the verb when the speaker is carried over). */
  phraseStart: number;
  verbStart: number;
  bodyStart: number;
  /** The earliest the previous clause must end: the start of this cue's sentence or phrase. */
  sentenceStart: number;
  /** Cue inside the sentence that announces the meeting: its clause ends at the next ； or procedure verb. */
  inLeadSentence: boolean;
  /** A cue followed straight by a quotation (明确指出“……”): the clause is the quotation, ending here. */
  quotationEnd: number | null;
  /** A cue inside what someone else says (李强表示，正如习近平主席指出，……): its clause is one sentence. */
  nested?: boolean;
  /** How the subject of the sentence names a speaker the cue phrase does not name (习近平总书记……，号召……). */
  named?: string;
}

export interface SpeakerContext {
  text: string;
  position: number;
  names: NameBook;
  people: People;
  /** Where the news item holding the cue starts: a pronoun refers back no further. */
  itemStart: number;
  tag: Tagger;
  /** The speaker of the previous cue in the same news item. */
  previous: Speaker | null;
}
