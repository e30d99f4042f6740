// What the decoding checks share, used by scripts/decode-mutants.mjs (on the
// built dist/) and test/decode/mutants.test.ts (on src/): UTF-8 bodies with
// stray bytes put in, and pages written in GBK or Big5.
/** Of the mutants of each size, at least this share must still be read as UTF-8. */
export const MIN_UTF8_SHARE = 0.99;
/** How many stray bytes a mutant gets. */
export const STRAY_COUNTS = [1, 16, 64];
/** A body is an article's worth of bytes: headline-only items are left out. */
export const MIN_BODY_BYTES = 1000;

/** `bytes` with `count` random non-NUL bytes put in at random places, drawn from `next`. */
export function insertStrayBytes(bytes, count, next) {
  const out = [...bytes];
  for (let i = 0; i < count; i++) out.splice(Math.floor(next() * (out.length + 1)), 0, 1 + Math.floor(next() * 255));
  return Uint8Array.from(out);
}

const encoders = new Map();

/**
 * An encoder into `encoding` ('gbk' or 'big5'), from the TextDecoder's own
 * table read backwards (Node has no legacy encoders): every two-byte code it
 * decodes to one character. A character with no code is left out.
 */
export function legacyEncoder(encoding) {
  let table = encoders.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
    encoders.set(encoding, table);
  }
  return (text) => {
    const bytes = [];
    for (const char of text) {
      const code = char.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else if (table.has(char)) bytes.push(...table.get(char));
    }
    return Uint8Array.from(bytes);
  };
}
