/** Escaping and text measurement for the HTML and SVG that the report writes by hand. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * The width `text` takes at `fontSize` pixels, estimated: there is no browser
 * to measure in, and labels only need room, not a perfect fit. CJK and other
 * full-width characters take a full em, Latin letters and digits about 0.62.
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? fontSize : fontSize * 0.62;
  return width;
}

/** `text` cut to at most `maxWidth` pixels, with … where it was cut. */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let fitted = '';
  for (const char of text) {
    if (textWidth(fitted + char + '…', fontSize) > maxWidth) break;
    fitted += char;
  }
  return fitted + '…';
}
