/**
 * The paragraphs of an HTML fragment read straight from the parser's events,
 * without building its tree. Most reports are fragments of a few <p>, <br>
 * and <strong>, and building a tree for them cost more than everything else
 * the HTML stage does. The events are those the tree is built from (same
 * parser, same options, implied closing tags included), taken with the rules
 * of collectParagraphs: text joins the current paragraph, <br> and the opening
 * and closing of a block element end it, skipped elements are dropped whole.
 *
 * A fragment that holds an element the title and meta readers look at (meta,
 * title, h1–h3) is left to the tree: the answer is then null.
 */
import { Parser } from 'htmlparser2';
import { BLOCK_TAGS, INDEXED_TAGS, SKIPPED_TAGS } from './tags.js';

export function fragmentParagraphs(html: string): string[] | null {
  const paragraphs: string[] = [];
  let current = '';
  // How deep inside a skipped element the parser is (0: outside any).
  let skippedDepth = 0;
  let needsTree = false;
  const flush = (): void => {
    if (current.trim()) paragraphs.push(current);
    current = '';
  };
  const parser = new Parser({
    onopentag(name) {
      if (INDEXED_TAGS.has(name)) needsTree = true;
      if (skippedDepth > 0 || SKIPPED_TAGS.has(name)) skippedDepth++;
      else if (name === 'br' || BLOCK_TAGS.has(name)) flush();
    },
    onclosetag(name) {
      if (skippedDepth > 0) skippedDepth--;
      else if (BLOCK_TAGS.has(name)) flush();
    },
    ontext(text) {
      if (skippedDepth === 0) current += text;
    },
  });
  parser.end(html);
  if (needsTree) return null;
  flush();
  return paragraphs;
}
