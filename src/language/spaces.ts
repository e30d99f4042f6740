/** Spaces in running text: layout to drop or fold, never content. */

// NBSP, U+3000 and the other Unicode spaces are layout, not content: real
// pages indent paragraphs with them. Zero-width characters are dropped.
// (JavaScript's \s holds them all.) A lone plain space already reads as itself:
// leaving it alone spares a text of spaces a replacement at each (on a megabyte
// of them the garbage of that grew faster than the text).
const SPACES = /\s{2,}|[^\S ]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/g;

export function normaliseParagraph(raw: string): string {
  return raw.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}
