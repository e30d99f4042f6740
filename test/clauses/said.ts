/** The clauses of a short report as a test reads them: speaker, cue and text. */
import { extract } from '../../src/index.js';

export interface Said {
  speaker: string;
  cue: string;
  text: string;
}

export const clauses = (input: string): Said[] => extract(input).clauses.map(({ speaker, cue, text }) => ({ speaker, cue, text }));
export const said = (speaker: string, cue: string, text: string): Said => ({ speaker, cue, text });
/** Who speaks in a short report, by which cue: speaker/speakerKind/cue. */
export const speakers = (input: string): string[] => extract(input).clauses.map((c) => `${c.speaker}/${c.speakerKind}/${c.cue}`);
