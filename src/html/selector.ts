/**
 * Whether a user's CSS selector (`--selector`, `extract(…, { selector })`) can
 * be used: css-select parses and compiles it only when it runs, and throws
 * then ("Expected name, found …"), so it is tried once on an empty document.
 */
import { load } from 'cheerio/slim';

/** What is wrong with `selector` in the selector engine's words, or null when it is valid. */
export function selectorProblem(selector: string): string | null {
  try {
    load('<p></p>')(selector);
    return null;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).trim() || 'rejected by the selector engine';
    // css-what names what it found instead, which is nothing at the end of the selector.
    return message.replace(/found$/, 'found the end of the selector');
  }
}
