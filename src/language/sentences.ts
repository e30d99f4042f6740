/** Where sentences end, for every stage that reads them (clauses, meetings, agendas). */

/** The end of a sentence: 。！？ (full-width or plain) or a line break. */
export const SENTENCE_END = /[。！？!?\n]/;

/** The end of a sentence or of one of the statements a sentence joins with ；: where a clause's or an agenda item's sentence starts. */
export const STATEMENT_END = /[。！？!?；;\n]/;
